#pragma once
// Every finding of the draft in one list: its severity, what is wrong, the rule, and the text
// it concerns. Choosing one selects its text in the editor.

#include "finding.h"

#include <QWidget>

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

signals:
    void findingActivated(const permitted::Finding &finding);

private:
    // What one row shows; rows are rebuilt only when these change, not when text merely moves.
    struct Row {
        Severity severity;
        QString title, why, text, rule;
        bool operator==(const Row &) const = default;
    };
    QTreeWidget *m_list;
    Findings m_findings;   // those the rows show
    int m_total = 0;
    QList<Row> m_rows;
};

} // namespace permitted
