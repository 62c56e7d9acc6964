#include "finding_highlighter.h"
#include "checking/follow_edit.h"

#include <QScopedValueRollback>
#include <QTextDocument>
#include <algorithm>
#include <map>
#include <tuple>

namespace permitted {
namespace {

int rank(Severity s)
{
    return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
}

// What a block shows of a list of findings: (start in block, length, severity) triples.
using BlockMarks = std::map<int, std::vector<std::tuple<int, int, int>>>;

BlockMarks marksByBlock(const QTextDocument *doc, const Findings &findings)
{
    BlockMarks out;
    for (const Finding &f : findings) {
        if (f.length <= 0)
            continue;   // about the message as a whole: nothing to underline
        for (QTextBlock b = doc->findBlock(f.start); b.isValid() && b.position() < f.end(); b = b.next())
            out[b.blockNumber()].emplace_back(f.start - b.position(), f.length, rank(f.severity));
    }
    for (auto &[block, marks] : out)
        std::sort(marks.begin(), marks.end());
    return out;
}

} // namespace

FindingHighlighter::FindingHighlighter(QTextDocument *document) : QSyntaxHighlighter(static_cast<QObject *>(nullptr))
{
    // The findings must move with an edit before the highlighter re-draws the edited block, so
    // this connection is made first: Qt calls a signal's slots in the order they were connected.
    m_following = connect(document, &QTextDocument::contentsChange, this, &FindingHighlighter::follow);
    setDocument(document);
}

FindingHighlighter::~FindingHighlighter()
{
    // QSyntaxHighlighter's destructor clears the formats and the document reports it: by then
    // this part of the object is gone.
    disconnect(m_following);
}

QTextCharFormat FindingHighlighter::formatFor(Severity severity)
{
    // Told apart by shape as well as colour, for eyes that do not tell red from orange: errors
    // wavy, warnings dashed, suggestions dotted. Styles with a colour, which every widget style
    // draws (SpellCheckUnderline is left to the style).
    QTextCharFormat f;
    switch (severity) {
    case Severity::Error:
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(QColor(0xd0, 0x10, 0x10));
        break;
    case Severity::Warning:
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        f.setUnderlineColor(QColor(0xe6, 0x7e, 0x00));
        break;
    case Severity::Suggestion:
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        f.setUnderlineColor(QColor(0x1a, 0x5f, 0xb4));
        break;
    }
    return f;
}

void FindingHighlighter::setFindings(const Findings &findings)
{
    const Findings before = std::exchange(m_findings, findings);
    // Sorted by start, with the few long findings (a whole message judged at once) apart, a
    // paragraph finds its own findings by a binary search: a pasted document with thousands
    // of findings re-draws in time proportional to its paragraphs, not their product.
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const Finding &a, const Finding &b) { return a.start < b.start; });
    markLong();
    redrawBlocksBetween(before, m_findings);
}

void FindingHighlighter::markLong()
{
    m_long.clear();
    for (qsizetype i = 0; i < m_findings.size(); ++i)
        if (m_findings[i].length > kLongFinding)
            m_long.push_back(i);
}

Findings FindingHighlighter::findingsAt(int position) const
{
    Findings out;
    for (const Finding &f : m_findings)
        if (f.length > 0 && f.start <= position && position <= f.end())
            out.append(f);
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        return rank(a.severity) < rank(b.severity);
    });
    return out;
}

QList<QTextLayout::FormatRange> FindingHighlighter::rangesFor(int blockStart, int blockEnd) const
{
    std::vector<const Finding *> here;
    auto take = [&](const Finding &f) {
        if (f.length > 0 && f.end() > blockStart && f.start < blockEnd)
            here.push_back(&f);
    };
    for (qsizetype i : m_long)
        take(m_findings[i]);
    // Any other finding that reaches this block starts at most kLongFinding before it.
    auto it = std::lower_bound(m_findings.begin(), m_findings.end(), blockStart - kLongFinding,
                               [](const Finding &f, int start) { return f.start < start; });
    for (; it != m_findings.end() && it->start < blockEnd; ++it)
        if (it->length <= kLongFinding)
            take(*it);
    // Least severe first, so that where findings overlap the most severe one shows.
    std::stable_sort(here.begin(), here.end(), [](const Finding *a, const Finding *b) {
        return rank(a->severity) > rank(b->severity);
    });
    QList<QTextLayout::FormatRange> out;
    for (const Finding *f : here) {
        const int from = std::max(f->start, blockStart) - blockStart;
        const int to = std::min(f->end(), blockEnd) - blockStart;
        out.append({from, to - from, formatFor(f->severity)});
    }
    return out;
}

void FindingHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    for (const QTextLayout::FormatRange &r : rangesFor(blockStart, blockStart + int(text.size())))
        setFormat(r.start, r.length, r.format);
}

void FindingHighlighter::redrawAll()
{
    // QSyntaxHighlighter lays the document out again for every block it re-draws, which on a
    // pasted document of thousands of paragraphs takes minutes. The formats go straight into
    // the layouts instead, and the document is laid out once.
    QTextDocument *doc = document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        b.layout()->setFormats(rangesFor(b.position(), b.position() + b.length() - 1));
    doc->markContentsDirty(0, doc->characterCount());
}

void FindingHighlighter::follow(int position, int removed, int added)
{
    if (m_redrawing)
        return;   // our own re-drawing, not an edit
    followEdit(m_findings, position, removed, added);
    markLong();
}

void FindingHighlighter::redrawBlocksBetween(const Findings &before, const Findings &after)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    const BlockMarks was = marksByBlock(doc, before), now = marksByBlock(doc, after);
    std::vector<int> changed;
    for (const auto &[block, marks] : was)
        if (auto it = now.find(block); it == now.end() || it->second != marks)
            changed.push_back(block);
    for (const auto &[block, marks] : now)
        if (!was.contains(block))
            changed.push_back(block);
    const QScopedValueRollback redrawing(m_redrawing, true);
    // Each re-drawn block lays out the document again from there on: past a few dozen blocks
    // (a pasted document), one pass over the whole document is far cheaper.
    constexpr size_t kBlocksOneByOne = 64;
    if (changed.size() > kBlocksOneByOne) {
        redrawAll();
        return;
    }
    for (int number : changed)
        if (const QTextBlock b = doc->findBlockByNumber(number); b.isValid())
            rehighlightBlock(b);
}

} // namespace permitted
