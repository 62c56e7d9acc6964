#include "rules_reference_window.h"
#include "panels/problems_panel.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace permitted {
namespace {

constexpr int kExamplesShown = 5;

// The example as HTML, its marks highlighted as the editor underlines them.
QString exampleHtml(const ReferenceExample &e)
{
    if (e.html)
        return QStringLiteral("<code>%1</code>").arg(e.text.toHtmlEscaped());
    QString out;
    int at = 0;
    for (const Range &m : e.marks) {
        out += e.text.mid(at, m.start - at).toHtmlEscaped();
        out += QStringLiteral("<span style=\"background:#f8d7da; text-decoration:underline\">%1</span>")
                   .arg(e.text.mid(m.start, m.length()).toHtmlEscaped());
        at = m.end;
    }
    out += e.text.mid(at).toHtmlEscaped();
    return out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Error: return RulesReferenceWindow::tr("Error: Amazon blocks a message that breaks this rule");
    case Severity::Warning: return RulesReferenceWindow::tr("Warning: allowed, but look at it before sending");
    case Severity::Suggestion: return RulesReferenceWindow::tr("Suggestion: the message can be better");
    }
    return {};
}

} // namespace

RulesReferenceWindow::RulesReferenceWindow(QList<RuleReference> rules, QWidget *parent)
    : QDialog(parent), m_rules(std::move(rules)), m_search(new QLineEdit(this)), m_list(new QListWidget(this)),
      m_page(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("rulesReference"));
    setWindowTitle(tr("Rules Reference"));
    m_search->setPlaceholderText(tr("Search the rules"));
    m_search->setAccessibleName(tr("Search the rules"));
    m_search->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Rules"));
    m_page->setAccessibleName(tr("The chosen rule"));
    m_page->setOpenLinks(false);
    for (const RuleReference &r : std::as_const(m_rules)) {
        auto *item = new QListWidgetItem(ProblemsPanel::iconFor(r.severity), r.text.title, m_list);
        item->setData(Qt::UserRole, r.id);
        item->setToolTip(r.id);
    }
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_page);
    split->setStretchFactor(1, 1);
    split->setSizes({330, 590});
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(split);
    resize(960, 640);

    connect(m_search, &QLineEdit::textChanged, this, &RulesReferenceWindow::filter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (const QListWidgetItem *item = m_list->item(row)) {
            const QString id = item->data(Qt::UserRole).toString();
            for (const RuleReference &r : std::as_const(m_rules))
                if (r.id == id)
                    render(r);
        }
    });
    if (!m_rules.isEmpty())
        m_list->setCurrentRow(0);
}

void RulesReferenceWindow::showRule(const QString &ruleId)
{
    m_search->clear();
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == ruleId) {
            m_list->setCurrentRow(i);
            return;
        }
    m_list->setCurrentRow(0);
}

QString RulesReferenceWindow::shownRule() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RulesReferenceWindow::filter(const QString &query)
{
    for (int i = 0; i < m_list->count(); ++i) {
        const RuleReference &r = m_rules[i];
        const bool shown = query.isEmpty() || r.text.title.contains(query, Qt::CaseInsensitive)
                           || r.text.why.contains(query, Qt::CaseInsensitive) || r.id.contains(query, Qt::CaseInsensitive);
        m_list->item(i)->setHidden(!shown);
    }
}

void RulesReferenceWindow::render(const RuleReference &r)
{
    QString html = QStringLiteral("<h2>%1</h2><p><i>%2</i></p>").arg(r.text.title.toHtmlEscaped(), severityText(r.severity).toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Why").toHtmlEscaped(), r.text.why.toHtmlEscaped());
    if (!r.text.instead.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Instead").toHtmlEscaped(), r.text.instead.toHtmlEscaped());
    auto list = [&](const QString &title, const QList<ReferenceExample> &examples) {
        if (examples.isEmpty())
            return;
        html += QStringLiteral("<h3>%1</h3><ul>").arg(title.toHtmlEscaped());
        for (const ReferenceExample &e : examples.mid(0, kExamplesShown))
            html += QStringLiteral("<li>%1</li>").arg(exampleHtml(e));
        html += QStringLiteral("</ul>");
    };
    list(tr("Breaks the rule"), r.bad);
    list(tr("Keeps to it"), r.good);
    html += QStringLiteral("<p><small>%1</small></p>").arg(tr("Rule %1 · from: %2").arg(r.id, r.source).toHtmlEscaped());
    m_page->setHtml(html);
}

} // namespace permitted
