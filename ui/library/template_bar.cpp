#include "template_bar.h"
#include "library_store.h"
#include "template_session.h"
#include "languages.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace permitted {

TemplateBar::TemplateBar(TemplateSession *session, LibraryStore *store, const QString &uiLanguage, QWidget *parent)
    : QWidget(parent), m_session(session), m_store(store), m_uiLanguage(uiLanguage),
      m_tabs(new QTabBar(this)), m_add(new QToolButton(this)), m_close(new QToolButton(this)), m_status(new QLabel(this)),
      m_action(new QPushButton(this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    // Compact buttons: the tabs need the width of the text column.
    m_add->setText(QStringLiteral("+"));
    m_add->setAutoRaise(true);
    m_add->setToolTip(tr("Add Language… (translate this template into another buyer language)"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close Template (its text stays in the editor as a draft)"));
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_tabs, 1);
    top->addWidget(m_add);
    top->addWidget(m_close);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_action);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(top);
    layout->addLayout(bottom);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_refreshing && index >= 0)
            emit languageChosen(m_tabs->tabData(index).toString());
    });
    connect(m_add, &QToolButton::clicked, this, [this] { emit addLanguageRequested(QString()); });
    // A translation can be removed from its tab's menu; the source cannot.
    m_tabs->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tabs, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const auto t = m_session->current();
        const int index = m_tabs->tabAt(at);
        if (!t || index < 0 || m_tabs->tabData(index).toString() == t->sourceLanguage)
            return;
        const QString language = m_tabs->tabData(index).toString();
        QMenu menu;
        menu.addAction(tr("Remove %1…").arg(languageDisplayName(language, m_uiLanguage)), this,
                       [this, language] { removeLanguage(language); });
        menu.exec(m_tabs->mapToGlobal(at));
    });
    connect(m_close, &QToolButton::clicked, this, &TemplateBar::closeRequested);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto t = m_session->current();
        if (!t)
            return;
        if (t->status(m_session->language()) == TranslationStatus::NeedsReview)
            m_store->setStatus(t->id, m_session->language(), TranslationStatus::Done);
        else if (!t->variant(m_buyerLanguage))
            emit addLanguageRequested(m_buyerLanguage);
    });
    connect(session, &TemplateSession::switched, this, &TemplateBar::refresh);
    connect(store, &LibraryStore::changed, this, &TemplateBar::refresh);
    refresh();
}

void TemplateBar::removeLanguage(const QString &language)
{
    const auto t = m_session->current();
    if (!t || language == t->sourceLanguage || !t->variant(language))
        return;
    const QString name = languageDisplayName(language, m_uiLanguage);
    const auto answer = QMessageBox::question(this, tr("Remove Language"),
                                              tr("Remove the %1 text of “%2”? This cannot be undone.").arg(name, t->name));
    if (answer != QMessageBox::Yes)
        return;
    if (m_session->language() == language) {
        m_session->saveNow();
        emit languageChosen(t->sourceLanguage);
    }
    m_store->removeLanguage(t->id, language);
}

void TemplateBar::setBuyerLanguage(const QString &code)
{
    m_buyerLanguage = code;
    refresh();
}

void TemplateBar::refresh()
{
    const auto t = m_session->current();
    setVisible(t.has_value());
    if (!t)
        return;
    m_refreshing = true;
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    // The source first, then the translations as the library orders them.
    QList<TemplateVariant> variants = t->variants;
    std::stable_partition(variants.begin(), variants.end(),
                          [&](const TemplateVariant &v) { return v.language == t->sourceLanguage; });
    for (const TemplateVariant &v : variants) {
        QString label = languageDisplayName(v.language, m_uiLanguage);
        if (v.language == t->sourceLanguage)
            label = tr("%1 (source)").arg(label);
        else if (v.status == TranslationStatus::NeedsReview)
            label = tr("%1 (to review)").arg(label);
        const int index = m_tabs->addTab(label);
        m_tabs->setTabData(index, v.language);
        if (v.language == m_session->language())
            m_tabs->setCurrentIndex(index);
    }
    m_refreshing = false;
    // A tab bar filled while hidden keeps the empty bar's zero height once shown.
    m_tabs->setMinimumHeight(m_tabs->sizeHint().height());

    const QString source = languageDisplayName(t->sourceLanguage, m_uiLanguage);
    // The name leads the line under the tabs (which need the column's width).
    auto say = [&](const QString &text) {
        m_status->setText(QStringLiteral("<b>%1</b> \u2014 %2").arg(t->name.toHtmlEscaped(), text.toHtmlEscaped()));
    };
    if (t->status(m_session->language()) == TranslationStatus::NeedsReview) {
        say(tr("Check this translation against the %1 text beside it: the source changed after it was "
                             "translated, or it was started from another text.").arg(source));
        m_action->setText(tr("Mark as Reviewed"));
        m_action->setVisible(true);
    } else if (!m_buyerLanguage.isEmpty() && !t->variant(m_buyerLanguage)) {
        const QString buyer = languageDisplayName(m_buyerLanguage, m_uiLanguage);
        say(tr("The buyer reads %1, and this template has no %1 text yet.").arg(buyer));
        m_action->setText(tr("Add %1").arg(buyer));
        m_action->setVisible(true);
    } else if (m_session->language() != t->sourceLanguage) {
        say(tr("Translated from %1.").arg(source));
        m_action->setVisible(false);
    } else {
        say(tr("Changes are saved in your library as you type."));
        m_action->setVisible(false);
    }
}

} // namespace permitted
