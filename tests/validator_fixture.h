#pragma once
// One validator with the built-in rules, and a short way to check a body in a context.

#include "detection/validator.h"

#include <QtTest>

namespace permitted::test {

inline Validator &validator()
{
    static std::unique_ptr<Validator> instance = [] {
        QString error;
        auto v = Validator::create(ValidatorOptions{}, &error);
        if (!v)
            qFatal("the validator could not be built: %s", qPrintable(error));
        return v;
    }();
    return *instance;
}

inline Findings check(const QString &body, const QString &language = QStringLiteral("en"),
                      const QString &marketplace = QString(), MessageKind kind = MessageKind::Reply)
{
    Message m;
    m.body = body;
    MessageContext c;
    c.language = language;
    c.marketplace = marketplace.isEmpty() ? (language == QLatin1String("en") ? QStringLiteral("US") : language.toUpper())
                                          : marketplace;
    c.kind = kind;
    c.today = QDate(2026, 1, 15);
    return validator().validate(m, c);
}

inline Findings only(const Findings &all, const QString &ruleId)
{
    Findings out;
    for (const Finding &f : all)
        if (f.ruleId == ruleId)
            out.append(f);
    return out;
}

inline QString rangesOf(const QString &text, const Findings &findings)
{
    QStringList parts;
    for (const Finding &f : findings)
        parts << QStringLiteral("%1 \"%2\"").arg(f.ruleId, text.mid(f.start, f.length));
    return parts.join(QStringLiteral("; "));
}

// Applies a finding's fix to `text`.
inline QString applyFix(QString text, const Finding &f)
{
    return text.replace(f.fix->start, f.fix->length, f.fix->replacement);
}

} // namespace permitted::test
