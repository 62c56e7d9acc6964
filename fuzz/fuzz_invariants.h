#pragma once
// What must hold for any input, asserted by every fuzz target: a finding lies inside the part it
// is about, and so does its fix; a message read from HTML has its links, styled runs and
// pictures inside its body. A breach aborts, which libFuzzer and the regression runner report.

#include "finding.h"
#include "message.h"

#include <cstdio>
#include <cstdlib>

namespace permitted::fuzz {

[[noreturn]] inline void breach(const char *what, const QString &detail)
{
    std::fprintf(stderr, "invariant broken: %s (%s)\n", what, qPrintable(detail));
    std::abort();
}

inline void checkRange(const char *what, int start, int length, int size)
{
    if (start < 0 || length < 0 || start + length > size)
        breach(what, QStringLiteral("[%1, +%2) in %3").arg(start).arg(length).arg(size));
}

inline void checkMessage(const Message &m)
{
    const int size = int(m.body.size());
    for (const Link &l : m.links)
        checkRange("link inside the body", l.start, l.length, size);
    for (const StyledRun &r : m.formatting.runs)
        checkRange("styled run inside the body", r.start, r.length, size);
    for (const Image &i : m.formatting.images)
        if (size > 0)
            checkRange("picture inside the body", i.position, 1, size);
}

inline void checkFindings(const Message &m, const Findings &findings)
{
    for (const Finding &f : findings) {
        const int size = int((f.part == Part::Subject ? m.subject : m.body).size());
        checkRange(qPrintable(QStringLiteral("%1 inside its part").arg(f.ruleId)), f.start, f.length, size);
        if (f.fix)
            checkRange(qPrintable(QStringLiteral("%1's fix inside its part").arg(f.ruleId)), f.fix->start, f.fix->length, size);
    }
}

} // namespace permitted::fuzz
