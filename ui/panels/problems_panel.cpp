#include "problems_panel.h"
#include "checking/fix_names.h"
#include "checking/live_checker.h"

#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace permitted {
namespace {

constexpr int kQuoteLength = 40;   // characters of the concerned text a row shows
constexpr int kMaxRows = 1000;

QString quote(const QString &text, const Finding &f)
{
    if (f.length <= 0)
        return ProblemsPanel::tr("whole message");
    QString s = text.mid(f.start, f.length).simplified();
    if (s == QString(QChar(QChar::ObjectReplacementCharacter)))
        return ProblemsPanel::tr("picture");
    s.replace(QChar(QChar::ObjectReplacementCharacter), ProblemsPanel::tr("[picture]"));
    if (s.isEmpty())
        return ProblemsPanel::tr("blank lines and spaces");
    if (s.size() > kQuoteLength)
        s = s.left(kQuoteLength - 1) + QChar(0x2026);
    return ProblemsPanel::tr("“%1”", "the text a finding is about, quoted").arg(s);
}

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent) : QWidget(parent), m_list(new QTreeWidget(this))
{
    m_list->setAccessibleName(tr("Problems"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Problem"), tr("Text"), tr("Rule")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    // What is wrong reads whole; the quoted text gives way when the panel is narrow.
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->header()->setStretchLastSection(false);
    // The rule's ID is for the rules reference ("About This Rule", F1), not for reading: its
    // column would take the room the quoted text needs.
    m_list->setColumnHidden(2, true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    auto choose = [this](QTreeWidgetItem *item) {
        const int row = m_list->indexOfTopLevelItem(item);
        const int ignored = row - int(m_findings.size()) - (m_total > kMaxRows ? 1 : 0);
        if (row >= 0 && row < m_findings.size())
            emit findingActivated(m_findings[row]);
        else if (ignored >= 0 && ignored < m_ignored.size())
            emit findingActivated(m_ignored[ignored]);
    };
    connect(m_list, &QTreeWidget::itemClicked, this, choose);
    connect(m_list, &QTreeWidget::itemActivated, this, choose);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const int row = m_list->indexOfTopLevelItem(m_list->itemAt(at));
        if (QMenu *menu = createRowMenu(row)) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_list->viewport()->mapToGlobal(at));
        }
    });
}

QMenu *ProblemsPanel::createRowMenu(int row)
{
    if (row < 0)
        return nullptr;
    auto *menu = new QMenu(this);
    if (row < m_findings.size()) {
        const Finding f = m_findings[row];
        connect(menu->addAction(tr("&Show in the Text")), &QAction::triggered, this, [this, f] { emit findingActivated(f); });
        if (f.fix)
            connect(menu->addAction(fixActionText(*f.fix)), &QAction::triggered, this, [this, f] { emit fixRequested(f); });
        if (LiveChecker::canIgnore(f))
            connect(menu->addAction(tr("&Ignore Here")), &QAction::triggered, this, [this, f] { emit ignoreRequested(f); });
        connect(menu->addAction(tr("&About This Rule")), &QAction::triggered, this, [this, f] { emit ruleHelpRequested(f.ruleId); });
        return menu;
    }
    const int ignored = row - int(m_findings.size()) - (m_total > kMaxRows ? 1 : 0);
    if (ignored >= 0 && ignored < m_ignored.size()) {
        const Finding f = m_ignored[ignored];
        connect(menu->addAction(tr("&Show in the Text")), &QAction::triggered, this, [this, f] { emit findingActivated(f); });
        connect(menu->addAction(tr("&Stop Ignoring")), &QAction::triggered, this, [this, f] { emit restoreRequested(f); });
        return menu;
    }
    delete menu;
    return nullptr;
}

QIcon ProblemsPanel::iconFor(Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Suggestion: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

void ProblemsPanel::showFindings(const LiveChecker &checker)
{
    m_findings = checker.findings();
    m_total = int(m_findings.size());
    // A pasted document can hold tens of thousands; a list that long helps nobody, and the
    // status bar has the full count.
    if (m_findings.size() > kMaxRows)
        m_findings.resize(kMaxRows);
    const QString subject = checker.document(Part::Subject)->toPlainText();
    const QString body = checker.document(Part::Body)->toPlainText();
    QList<Row> rows;
    rows.reserve(m_findings.size() + 1);
    for (const Finding &f : m_findings) {
        const Explanation e = checker.explain(f);
        const QString text = quote(f.part == Part::Subject ? subject : body, f);
        rows.append({f.severity, e.title, e.why, f.part == Part::Subject ? tr("Subject: %1").arg(text) : text, f.ruleId});
    }
    if (m_total > kMaxRows)
        rows.append({Severity::Suggestion, tr("… and %n more", "", m_total - kMaxRows), QString(), QString(), QString()});
    // What the seller chose to ignore stays in sight, to be restored.
    m_ignored = checker.ignoredFindings().mid(0, kMaxRows);
    for (const Finding &f : std::as_const(m_ignored)) {
        const Explanation e = checker.explain(f);
        const QString text = quote(f.part == Part::Subject ? subject : body, f);
        rows.append({f.severity, tr("Ignored: %1").arg(e.title), e.why, f.part == Part::Subject ? tr("Subject: %1").arg(text) : text,
                     f.ruleId, true});
    }
    // Typing mostly moves findings without changing them; where rows do change, only those
    // are rewritten, so the list repaints a row, not itself.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i < m_rows.size() && rows[i] == m_rows[i])
            continue;
        QTreeWidgetItem *item = m_list->topLevelItem(int(i));
        if (!item) {
            item = new QTreeWidgetItem;
            m_list->addTopLevelItem(item);
        }
        const Row &row = rows[i];
        if (i >= m_rows.size() || m_rows[i].severity != row.severity)
            item->setIcon(0, iconFor(row.severity));
        item->setText(0, row.title);
        item->setToolTip(0, row.rule.isEmpty() ? row.why : QStringLiteral("%1\n(%2)").arg(row.why, row.rule));
        item->setText(1, row.text);
        item->setText(2, row.rule);
        for (int column = 0; column < 3; ++column)
            item->setForeground(column, row.ignored ? m_list->palette().brush(QPalette::Disabled, QPalette::Text)
                                                    : m_list->palette().brush(QPalette::Active, QPalette::Text));
    }
    while (m_list->topLevelItemCount() > rows.size())
        delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
    m_rows = rows;
}

int ProblemsPanel::count() const
{
    return m_total;
}

} // namespace permitted
