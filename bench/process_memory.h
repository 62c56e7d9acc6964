#pragma once
// The memory a process and its children hold, as Linux counts it for a user: the proportional
// set size (PSS), in which a page shared by several processes counts a share to each, so that the
// figures of the editor and of its preview's Chromium processes add up to what they cost.

#include <QList>
#include <QString>

namespace permitted::bench {

struct ProcessMemory {
    qint64 pid = 0;
    QString name;        // the program's name, as /proc/PID/comm gives it
    qint64 pssKiB = 0;
};

// `pid` and every process descended from it, each with its PSS; empty where /proc cannot be read.
QList<ProcessMemory> memoryOfProcessTree(qint64 pid);

} // namespace permitted::bench
