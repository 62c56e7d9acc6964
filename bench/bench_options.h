#pragma once
// The benchmarks' command-line options: "--name VALUE", with a fallback when absent.

#include <QStringList>

namespace permitted::bench {

inline QString textOption(const QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
}

inline int intOption(const QStringList &args, const QString &name, int fallback)
{
    const QString value = textOption(args, name);
    return value.isEmpty() ? fallback : value.toInt();
}

} // namespace permitted::bench
