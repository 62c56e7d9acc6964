#include "editing/message_edit.h"

#include <QUrl>

namespace permitted {
namespace {

// Where an offset lands after [start, start + removed) became `added` units.
int moved(int offset, int start, int removed, int added)
{
    if (offset <= start)
        return offset;
    if (offset >= start + removed)
        return offset - removed + added;
    return start + added;   // inside the replaced text: its end
}

// A stretch [start, start + length) after the same replacement.
template <typename T>
void moveStretch(T &item, int start, int removed, int added)
{
    const int begin = moved(item.start, start, removed, added);
    const int end = moved(item.start + item.length, start, removed, added);
    item.start = begin;
    item.length = std::max(0, end - begin);
}

void replaceBodyText(Message &m, int start, int length, const QString &replacement)
{
    const int added = int(replacement.size());
    // The paragraph the edit begins in lends its facts to the lines the replacement adds.
    Paragraph host;
    for (const Paragraph &p : m.formatting.paragraphs)
        if (p.start <= start && start <= p.start + p.length)
            host = p;
    const QString removedText = m.body.mid(start, length);
    m.body.replace(start, length, replacement);
    for (Link &l : m.links)
        moveStretch(l, start, length, added);
    m.links.removeIf([](const Link &l) { return l.length == 0; });
    for (StyledRun &r : m.formatting.runs)
        moveStretch(r, start, length, added);
    m.formatting.runs.removeIf([](const StyledRun &r) { return r.length == 0; });
    // A picture goes with its U+FFFC.
    m.formatting.images.removeIf([&](const Image &i) { return i.position >= start && i.position < start + length; });
    for (Image &i : m.formatting.images)
        i.position = moved(i.position, start, length, added);
    if (removedText.contains(u'\n') || replacement.contains(u'\n')) {
        // Lines were joined or split: the paragraphs are the body's lines again.
        QList<Paragraph> before = m.formatting.paragraphs;
        QList<Paragraph> after;
        int lineStart = 0;
        for (;;) {
            const qsizetype nl = m.body.indexOf(u'\n', lineStart);
            const int end = nl < 0 ? int(m.body.size()) : int(nl);
            Paragraph p = host;
            for (const Paragraph &old : before)
                if (moved(old.start, start, length, added) == lineStart && (old.start < start || old.start > start + length))
                    p = old;
            p.start = lineStart;
            p.length = end - lineStart;
            after.append(p);
            if (nl < 0)
                break;
            lineStart = end + 1;
        }
        m.formatting.paragraphs = after;
    } else {
        for (Paragraph &p : m.formatting.paragraphs)
            moveStretch(p, start, length, added);
    }
}

bool overlaps(int aStart, int aLength, int bStart, int bLength)
{
    return aStart < bStart + bLength && bStart < aStart + aLength;
}

// The paragraphs a stretch touches ([start, start) counts for the one it sits in).
template <typename F>
void forParagraphs(Message &m, const Fix &fix, F f)
{
    for (Paragraph &p : m.formatting.paragraphs)
        if (overlaps(p.start, std::max(1, p.length), fix.start, std::max(1, fix.length)))
            f(p);
}

Image *imageAt(Message &m, int position)
{
    for (Image &i : m.formatting.images)
        if (i.position == position)
            return &i;
    return nullptr;
}

} // namespace

bool applyFix(Message &m, Part part, const Fix &fix)
{
    if (fix.kind == FixKind::ReplaceText) {
        QString &text = part == Part::Subject ? m.subject : m.body;
        if (fix.start < 0 || fix.length < 0 || fix.start + fix.length > text.size())
            return false;
        if (part == Part::Subject)
            text.replace(fix.start, fix.length, fix.replacement);
        else
            replaceBodyText(m, fix.start, fix.length, fix.replacement);
        return true;
    }
    if (part != Part::Body)
        return false;
    switch (fix.kind) {
    case FixKind::ClearFontSize:
    case FixKind::ClearFontOverride:
        for (StyledRun &r : m.formatting.runs) {
            if (!overlaps(r.start, r.length, fix.start, fix.length))
                continue;
            if (fix.kind == FixKind::ClearFontSize) {
                r.style.fontSizePx = 0;
            } else {
                r.style.fontFamily.clear();
                r.style.color.clear();
            }
        }
        m.formatting.runs.removeIf([](const StyledRun &r) { return r.style == CharacterStyle{}; });
        if (fix.kind == FixKind::ClearFontOverride)
            forParagraphs(m, fix, [](Paragraph &p) { p.lineHeight.clear(); });
        return true;
    case FixKind::ClearAlignment:
        forParagraphs(m, fix, [](Paragraph &p) { p.alignment = Alignment::Default; });
        return true;
    case FixKind::ClearSpacing:
        forParagraphs(m, fix, [](Paragraph &p) { p.widestMarginPx = p.widestPaddingPx = 0; });
        return true;
    case FixKind::SetImageSource:
        if (Image *i = imageAt(m, fix.start)) {
            i->source = fix.replacement;
            return true;
        }
        return false;
    case FixKind::FitImageWidth:
        if (Image *i = imageAt(m, fix.start)) {
            const double width = fix.replacement.toDouble();
            if (i->widthPx && i->heightPx && *i->widthPx > 0)
                i->heightPx = *i->heightPx * width / *i->widthPx;
            i->widthPx = width;
            return true;
        }
        return false;
    case FixKind::DescribeImage:
        if (Image *i = imageAt(m, fix.start); i && !fix.replacement.trimmed().isEmpty()) {
            i->alt = fix.replacement.trimmed();
            return true;
        }
        return false;   // the user writes the description
    case FixKind::RemoveStyleSheet:
        m.formatting.sheet.clear();
        return true;
    case FixKind::ReplaceText:
        break;
    }
    return false;
}

} // namespace permitted
