#pragma once
// A library template open in the editor: one language variant at a time in the subject and
// body fields, saved to the library as the user writes (there is no "save the template" step),
// and what the checker needs to compare a translation with its source.

#include "library_types.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <optional>

class QTextDocument;

namespace permitted {

class LibraryStore;

class TemplateSession : public QObject {
    Q_OBJECT
public:
    TemplateSession(LibraryStore *store, QTextDocument *subject, QTextDocument *body, QObject *parent = nullptr);

    bool isOpen() const { return m_id != 0; }
    qint64 templateId() const { return m_id; }
    QString language() const { return m_language; }
    // The open template as the library has it now.
    std::optional<LibraryTemplate> current() const;

    // Puts the variant in `language` (the source when the template has none in it) into the
    // fields, after saving what was there.
    bool open(qint64 id, const QString &language);
    bool switchLanguage(const QString &language);
    // Lets go of the template; the fields keep its text as an ordinary draft.
    void close();
    // Saves the fields' text now (it is otherwise saved once the typing pauses).
    void saveNow();

    // The placeholders of the source variant while a translation is open, for
    // placeholder-mismatch; nothing while the source itself is.
    std::optional<QSet<QString>> sourcePlaceholders() const;

signals:
    // Another template or language is in the fields, or none.
    void switched();

private:
    void edited();
    void load(const TemplateVariant &variant);

    LibraryStore *m_store;
    QTextDocument *m_subject;
    QTextDocument *m_body;
    qint64 m_id = 0;
    QString m_language;
    bool m_loading = false;
    QTimer m_savePause;
};

} // namespace permitted
