#include "process_memory.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace permitted::bench {

namespace {

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// smaps_rollup sums every mapping: "Pss:  123456 kB".
qint64 pssKiB(qint64 pid)
{
    for (const QByteArray &line : readProcFile(pid, "smaps_rollup").split('\n'))
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// The fourth field of /proc/PID/stat, after the name in parentheses (which may hold spaces).
qint64 parentOf(qint64 pid)
{
    const QByteArray stat = readProcFile(pid, "stat");
    const qsizetype end = stat.lastIndexOf(')');
    return end < 0 ? -1 : stat.mid(end + 2).split(' ').value(1).toLongLong();
}

} // namespace

QList<ProcessMemory> memoryOfProcessTree(qint64 root)
{
    QHash<qint64, qint64> parents;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (number)
            parents.insert(pid, parentOf(pid));
    }
    QList<ProcessMemory> out;
    for (auto it = parents.begin(); it != parents.end(); ++it) {
        qint64 ancestor = it.key();
        while (ancestor > 1 && ancestor != root)
            ancestor = parents.value(ancestor, -1);
        if (ancestor == root)
            out.append({it.key(), QString::fromUtf8(readProcFile(it.key(), "comm").trimmed()), pssKiB(it.key())});
    }
    return out;
}

} // namespace permitted::bench
