#pragma once
// Underlines the findings of one part (subject or body) in its document, the way a spelling
// checker does: wavy red for errors, wavy orange for warnings, dotted blue for suggestions.
// The underlines live in the blocks' layouts (a QSyntaxHighlighter), never in the document:
// they stay out of the undo history and never mark the draft modified. Between an edit and the
// next result they move with the text, and a new result re-draws only the blocks it changes.

#include "finding.h"

#include <QSyntaxHighlighter>
#include <QTextLayout>

namespace permitted {

class FindingHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit FindingHighlighter(QTextDocument *document);
    ~FindingHighlighter() override;

    // Findings in document positions (those of this part only).
    void setFindings(const Findings &findings);
    // The findings whose range holds `position` (or ends right at it), most severe first.
    Findings findingsAt(int position) const;

    static QTextCharFormat formatFor(Severity severity);

protected:
    void highlightBlock(const QString &text) override;

private:
    void follow(int position, int removed, int added);
    void markLong();
    // The underlines of the block [blockStart, blockEnd), in block positions.
    QList<QTextLayout::FormatRange> rangesFor(int blockStart, int blockEnd) const;
    void redrawAll();

    // Longer than this, a finding is looked at by every paragraph (there are few such).
    static constexpr int kLongFinding = 2000;
    std::vector<qsizetype> m_long;
    void redrawBlocksBetween(const Findings &before, const Findings &after);

    Findings m_findings;
    QMetaObject::Connection m_following;
    // Re-drawing a block runs inside an edit block, and Qt reports it as a change of the text
    // (contentsChange) though nothing changed: the underlines must not move for it.
    bool m_redrawing = false;
};

} // namespace permitted
