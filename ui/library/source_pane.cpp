#include "source_pane.h"
#include "library_store.h"
#include "template_session.h"
#include "languages.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace permitted {

SourcePane::SourcePane(TemplateSession *session, LibraryStore *store, const QString &uiLanguage, QWidget *parent)
    : QWidget(parent), m_session(session), m_uiLanguage(uiLanguage), m_title(new QLabel(this)),
      m_text(new QPlainTextEdit(this))
{
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("sourceText"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    connect(session, &TemplateSession::switched, this, &SourcePane::refresh);
    connect(store, &LibraryStore::changed, this, &SourcePane::refresh);
    refresh();
}

QString SourcePane::shownText() const
{
    return m_text->toPlainText();
}

void SourcePane::refresh()
{
    const auto t = m_session->current();
    const TemplateVariant *source = t ? t->variant(t->sourceLanguage) : nullptr;
    const bool translating = source && m_session->language() != t->sourceLanguage;
    setVisible(translating);
    if (!translating)
        return;
    m_title->setText(tr("<b>Source: %1</b>").arg(languageDisplayName(t->sourceLanguage, m_uiLanguage)));
    const QString text = source->text.subject + QStringLiteral("\n\n") + source->text.body;
    if (text != m_text->toPlainText())
        m_text->setPlainText(text);
}

} // namespace permitted
