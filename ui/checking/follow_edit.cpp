#include "follow_edit.h"

namespace permitted {

void followEdit(Findings &findings, int position, int removed, int added)
{
    const int delta = added - removed;
    Findings kept;
    kept.reserve(findings.size());
    for (Finding f : findings) {
        if (removed > 0 && f.length > 0 && f.start >= position && f.end() <= position + removed) {
            continue;   // its text is gone
        } else if (f.start >= position + removed) {
            f.start += delta;   // after the edit: moves with the text
        } else if (f.end() > position) {
            const int end = f.end() <= position + removed ? position + added : f.end() + delta;
            f.start = std::min(f.start, position);
            f.length = std::max(0, end - f.start);
        }
        kept.append(f);
    }
    // An edit moves every finding after it alike and pulls those it cuts into back to its
    // start, so the order by start holds without sorting again on every key.
    findings = std::move(kept);
}

} // namespace permitted
