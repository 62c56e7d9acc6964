#include "detection/fix_ranges.h"

namespace permitted {
namespace {

bool isSpace(QChar c) { return c == u' ' || c == u'\t' || c == u'\u00A0'; }

} // namespace

Fix sentenceFix(const TextView &view, Range found, const QString &sentence)
{
    const QString &text = view.text();
    const std::optional<Range> first = view.sentence(view.sentenceIndexAt(found.start));
    const std::optional<Range> last = view.sentence(view.sentenceIndexAt(std::max(found.start, found.end - 1)));
    Range r{first ? first->start : found.start, last ? last->end : found.end};
    // A sentence keeps its trailing spaces and line break: the next one starts where it did.
    int end = r.end;
    while (end > r.start && (isSpace(text[end - 1]) || text[end - 1] == u'\n' || text[end - 1] == u'\r'))
        --end;
    if (!sentence.isEmpty())
        return Fix{r.start, end - r.start, sentence};
    const bool startsLine = r.start == 0 || text[r.start - 1] == u'\n';
    const bool endsLine = end == text.size() || text[end] == u'\n' || text[end] == u'\r';
    if (startsLine && endsLine)
        return Fix{r.start, r.end - r.start, QString()};   // the whole line, its break included
    // Within a line: the spaces after it go, the line break stays.
    int to = end;
    while (to < text.size() && isSpace(text[to]))
        ++to;
    return Fix{r.start, to - r.start, QString()};
}

Fix removalFix(const TextView &view, Range found)
{
    const QString &text = view.text();
    int start = found.start;
    while (start > 0 && isSpace(text[start - 1]))
        --start;
    // At the start of a line, the spaces after it go instead.
    int end = found.end;
    if (start == 0 || text[start - 1] == u'\n') {
        start = found.start;
        while (end < text.size() && isSpace(text[end]))
            ++end;
    }
    return Fix{start, end - start, QString()};
}

} // namespace permitted
