#pragma once
// A rich-text field whose findings are underlined, explained when the pointer rests on them,
// and repaired from the context menu: the fix, spelling suggestions, "Add to dictionary",
// "Ignore here", above the usual editing actions. Dropping a text or HTML file asks for it to
// be opened instead of pasting its path.

#include "finding.h"

#include <QTextEdit>
#include <memory>

namespace permitted {

class FindingDecorator;
class LiveChecker;

class CheckedTextEdit : public QTextEdit {
    Q_OBJECT
public:
    CheckedTextEdit(Part part, QWidget *parent = nullptr);
    ~CheckedTextEdit() override;

    // Underlines, explains and repairs the findings `checker` shows for this field.
    void setLiveChecker(LiveChecker *checker);
    Part part() const { return m_part; }
    // Text size: `steps` points above (or below) the writing size, as View ▸ Zoom sets it.
    void setZoom(int steps);
    // Selects the finding's range and brings it into view.
    void selectRange(int start, int length);
    // The rich-text tooltip for the findings under a document position; empty when none.
    QString tooltipAt(int position) const;
    // The context menu for a document position, as it would open there.
    QMenu *createFindingMenu(int position);
    // Applies a finding's fix as one undo step; a picture's description is asked first.
    void applyFix(const Finding &finding);

signals:
    void fileDropped(const QString &path);
    // "About This Rule" in a finding's menu: the rules reference at this rule.
    void ruleHelpRequested(const QString &ruleId);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    QString droppedDraft(const QMimeData *source) const;

    Part m_part;
    qreal m_writingSize;
    LiveChecker *m_checker = nullptr;
    std::unique_ptr<FindingDecorator> m_decorator;
};

} // namespace permitted
