#include "problems_panel.h"
#include "checking/live_checker.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace permitted {
namespace {

constexpr int kQuoteLength = 40;   // characters of the concerned text a row shows

QString quote(const QString &text, const Finding &f)
{
    if (f.length <= 0)
        return ProblemsPanel::tr("whole message");
    QString s = text.mid(f.start, f.length).simplified();
    if (s.size() > kQuoteLength)
        s = s.left(kQuoteLength - 1) + QChar(0x2026);
    return QStringLiteral("\u201C%1\u201D").arg(s);
}

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent) : QWidget(parent), m_list(new QTreeWidget(this))
{
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Problem"), tr("Text"), tr("Rule")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    auto choose = [this](QTreeWidgetItem *item) {
        const int row = m_list->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_findings.size())
            emit findingActivated(m_findings[row]);
    };
    connect(m_list, &QTreeWidget::itemClicked, this, choose);
    connect(m_list, &QTreeWidget::itemActivated, this, choose);
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
    const QString subject = checker.document(Part::Subject)->toPlainText();
    const QString body = checker.document(Part::Body)->toPlainText();
    m_list->setUpdatesEnabled(false);
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (const Finding &f : m_findings) {
        const Explanation e = checker.explain(f);
        auto *item = new QTreeWidgetItem;
        item->setIcon(0, iconFor(f.severity));
        item->setText(0, e.title);
        item->setToolTip(0, e.why);
        const QString where = f.part == Part::Subject ? tr("Subject: %1") : QStringLiteral("%1");
        item->setText(1, where.arg(quote(f.part == Part::Subject ? subject : body, f)));
        item->setText(2, f.ruleId);
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
    m_list->setUpdatesEnabled(true);
}

int ProblemsPanel::count() const
{
    return int(m_findings.size());
}

void ProblemsPanel::activate(int row)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(row)) {
        m_list->setCurrentItem(item);
        emit m_list->itemClicked(item, 0);
    }
}

} // namespace permitted
