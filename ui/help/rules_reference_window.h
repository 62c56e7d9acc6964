#pragma once
// The rules reference (F1): every rule, in the interface language, with why Amazon has it, what
// to write instead and its bad and good examples, the bad ones marked where the rule fires. A
// search field filters the list; the editor opens it at the rule of a finding.

#include "detection/rule_reference.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace permitted {

class RulesReferenceWindow : public QDialog {
    Q_OBJECT
public:
    RulesReferenceWindow(QList<RuleReference> rules, QWidget *parent = nullptr);

    // Shows `ruleId`'s page (the first rule's when it is unknown).
    void showRule(const QString &ruleId);
    QString shownRule() const;
    QTextBrowser *page() const { return m_page; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

private:
    void filter(const QString &query);
    void render(const RuleReference &rule);

    QList<RuleReference> m_rules;
    QLineEdit *m_search;
    QListWidget *m_list;
    QTextBrowser *m_page;
};

} // namespace permitted
