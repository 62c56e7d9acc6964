#include "template_session.h"
#include "library_store.h"
#include "templates/placeholders.h"

#include <QTextDocument>

namespace permitted {

namespace {
// Saving waits for a short rest of the keyboard, so that one transaction covers a burst of keys.
constexpr int kSavePauseMs = 400;
}

TemplateSession::TemplateSession(LibraryStore *store, QTextDocument *subject, QTextDocument *body, QObject *parent)
    : QObject(parent), m_store(store), m_subject(subject), m_body(body)
{
    m_savePause.setSingleShot(true);
    m_savePause.setInterval(kSavePauseMs);
    connect(&m_savePause, &QTimer::timeout, this, &TemplateSession::saveNow);
    connect(subject, &QTextDocument::contentsChanged, this, &TemplateSession::edited);
    connect(body, &QTextDocument::contentsChanged, this, &TemplateSession::edited);
    connect(store, &LibraryStore::changed, this, [this](qint64 id) {
        // Deleted from the panel (or an import replaced it): the text stays as a draft.
        if (isOpen() && (id == m_id || id == 0) && !m_store->find(m_id))
            close();
    });
}

std::optional<LibraryTemplate> TemplateSession::current() const
{
    return isOpen() ? m_store->find(m_id) : std::nullopt;
}

bool TemplateSession::open(qint64 id, const QString &language)
{
    saveNow();
    const auto t = m_store->find(id);
    if (!t)
        return false;
    const TemplateVariant *variant = t->variant(language);
    if (!variant)
        variant = t->variant(t->sourceLanguage);
    if (!variant)
        return false;
    m_id = id;
    m_language = variant->language;
    load(*variant);
    emit switched();
    return true;
}

bool TemplateSession::switchLanguage(const QString &language)
{
    if (!isOpen() || language == m_language)
        return false;
    const auto t = current();
    if (!t || !t->variant(language))
        return false;
    return open(m_id, language);
}

void TemplateSession::close()
{
    if (!isOpen())
        return;
    saveNow();
    m_id = 0;
    m_language.clear();
    // The fields now hold an unsaved draft.
    m_subject->setModified(true);
    emit switched();
}

void TemplateSession::load(const TemplateVariant &variant)
{
    m_loading = true;
    m_subject->setPlainText(variant.text.subject);
    m_body->setPlainText(variant.text.body);
    m_subject->clearUndoRedoStacks();
    m_body->clearUndoRedoStacks();
    m_subject->setModified(false);
    m_body->setModified(false);
    m_loading = false;
}

void TemplateSession::edited()
{
    // The fields' modified flag is the unsaved state, so the underlines' re-drawing (which
    // Qt 6.4 also reports as a change) costs no save.
    if (isOpen() && !m_loading && (m_subject->isModified() || m_body->isModified()))
        m_savePause.start();
}

void TemplateSession::saveNow()
{
    m_savePause.stop();
    if (!isOpen() || !(m_subject->isModified() || m_body->isModified()))
        return;
    const TemplateText text{m_subject->toPlainText(), m_body->toPlainText()};
    // On failure the fields stay modified: the next pause tries again, and closing asks.
    if (m_store->saveText(m_id, m_language, text)) {
        m_subject->setModified(false);
        m_body->setModified(false);
    }
}

std::optional<QSet<QString>> TemplateSession::sourcePlaceholders() const
{
    const auto t = current();
    if (!t || m_language == t->sourceLanguage)
        return std::nullopt;
    const TemplateVariant *source = t->variant(t->sourceLanguage);
    if (!source)
        return std::nullopt;
    const QStringList names = placeholderNames({source->text.subject, source->text.body});
    return QSet<QString>(names.begin(), names.end());
}

} // namespace permitted
