#pragma once
// The template library as the interface uses it: the one place that changes it, so that the
// panel and the open template hear of every change, and that creating, renaming and deleting
// can be undone. It snapshots the library a minute after a change, and when it closes.

#include "template_library.h"

#include <QObject>
#include <QTimer>
#include <memory>

class QUndoStack;

namespace permitted {

class LibraryStore : public QObject {
    Q_OBJECT
public:
    // `library` may be null: the library could not be opened, and the store says why.
    LibraryStore(std::unique_ptr<TemplateLibrary> library, const QString &unavailableReason, QObject *parent = nullptr);
    ~LibraryStore() override;

    bool isAvailable() const { return m_library != nullptr; }
    QString unavailableReason() const { return m_unavailableReason; }
    QUndoStack *undoStack() const { return m_undo; }

    QList<LibraryTemplate> templates() const;
    std::optional<LibraryTemplate> find(qint64 id) const;

    // Undoable, each one step named `action` ("New Template", "Duplicate" ...); 0 on failure.
    qint64 createTemplate(const LibraryTemplate &t, const QString &action);
    bool renameTemplate(qint64 id, const QString &name);
    bool removeTemplate(qint64 id);

    // The editor's own undo covers text; the rest asks before it destroys anything.
    bool setTags(qint64 id, const QStringList &tags);
    bool saveText(qint64 id, const QString &language, const TemplateText &text);
    bool addLanguage(qint64 id, const QString &language, const TemplateText &text, TranslationStatus status);
    bool setStatus(qint64 id, const QString &language, TranslationStatus status);
    bool removeLanguage(qint64 id, const QString &language);
    bool importTemplates(const QList<LibraryTemplate> &incoming,
                         const std::function<ImportChoice(const LibraryTemplate &, const LibraryTemplate &)> &choose,
                         ImportSummary *summary);

    bool recordCopy(const HistoryEntry &entry);
    QList<HistoryEntry> history(const QString &orderId) const;

    // Runs a change on the library and tells everyone: `id` changed (0: several). Used by the
    // undo commands too.
    bool change(qint64 id, const std::function<bool(TemplateLibrary &)> &work);

signals:
    void changed(qint64 id);
    // A change could not be saved; `reason` is the database's.
    void failed(const QString &reason);

private:
    std::unique_ptr<TemplateLibrary> m_library;
    QString m_unavailableReason;
    QUndoStack *m_undo;
    QTimer m_snapshotTimer;
};

} // namespace permitted
