#pragma once
// Every finding of the draft in one list: its severity, what is wrong, the rule, and the text
// it concerns. Choosing one selects its text in the editor; its context menu applies the fix or
// ignores it. The findings the seller ignored are listed last, greyed, and can be restored.

#include "finding.h"

#include <QWidget>

class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace permitted {

class LiveChecker;

class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    // Shows the checker's findings now, with the texts of the subject and the body they cite.
    void showFindings(const LiveChecker &checker);
    // The findings, all of them, though the list shows the first thousand.
    int count() const;
    QTreeWidget *list() const { return m_list; }

    static QIcon iconFor(Severity severity);
    // The menu a row's context menu opens (for a test: the row `row` of the list).
    QMenu *createRowMenu(int row);

signals:
    void findingActivated(const permitted::Finding &finding);
    void fixRequested(const permitted::Finding &finding);
    void ignoreRequested(const permitted::Finding &finding);
    void restoreRequested(const permitted::Finding &finding);
    // "About This Rule": the rules reference at this rule.
    void ruleHelpRequested(const QString &ruleId);

private:
    // What one row shows; rows are rebuilt only when these change, not when text merely moves.
    struct Row {
        Severity severity;
        QString title, why, text, rule;
        bool ignored = false;
        bool operator==(const Row &) const = default;
    };
    QTreeWidget *m_list;
    Findings m_findings;   // those the rows show
    Findings m_ignored;    // the rows after them
    int m_total = 0;
    QList<Row> m_rows;
};

} // namespace permitted
