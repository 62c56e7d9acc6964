#pragma once
// The findings of one text field, drawn and answered for: owns the field's underlines (a
// FindingHighlighter) and says which findings lie under a position, for the tooltip and the
// context menu. It listens to the checker's results; the checker knows no widget.

#include "finding.h"

#include <QObject>
#include <memory>

class QTextDocument;

namespace permitted {

class FindingHighlighter;
class LiveChecker;

class FindingDecorator : public QObject {
    Q_OBJECT
public:
    FindingDecorator(QTextDocument *document, Part part, LiveChecker *checker, QObject *parent = nullptr);
    ~FindingDecorator() override;

    // The findings whose range holds `position` (or ends right at it), most severe first.
    Findings findingsAt(int position) const;

private:
    Part m_part;
    std::unique_ptr<FindingHighlighter> m_highlighter;
};

} // namespace permitted
