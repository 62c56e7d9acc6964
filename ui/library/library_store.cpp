#include "library_store.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace permitted {

namespace {

// Creating, duplicating and importing one template: undo deletes it (as the library deletes:
// kept until it is next opened), redo brings it back.
class CreateCommand : public QUndoCommand {
public:
    CreateCommand(LibraryStore *store, qint64 id, const QString &action) : QUndoCommand(action), m_store(store), m_id(id) {}
    void undo() override { m_store->change(m_id, [this](TemplateLibrary &l) { return l.remove(m_id); }); }
    void redo() override
    {
        if (std::exchange(m_first, false))
            return;   // created before the command was pushed
        m_store->change(m_id, [this](TemplateLibrary &l) { return l.restore(m_id); });
    }

private:
    LibraryStore *m_store;
    qint64 m_id;
    bool m_first = true;
};

class RemoveCommand : public QUndoCommand {
public:
    RemoveCommand(LibraryStore *store, qint64 id, const QString &name)
        : QUndoCommand(QCoreApplication::translate("LibraryStore", "Delete “%1”").arg(name)), m_store(store), m_id(id) {}
    void undo() override { m_store->change(m_id, [this](TemplateLibrary &l) { return l.restore(m_id); }); }
    void redo() override { m_store->change(m_id, [this](TemplateLibrary &l) { return l.remove(m_id); }); }

private:
    LibraryStore *m_store;
    qint64 m_id;
};

class RenameCommand : public QUndoCommand {
public:
    RenameCommand(LibraryStore *store, qint64 id, const QString &before, const QString &after)
        : QUndoCommand(QCoreApplication::translate("LibraryStore", "Rename “%1”").arg(before)), m_store(store), m_id(id),
          m_before(before), m_after(after) {}
    void undo() override { m_store->change(m_id, [this](TemplateLibrary &l) { return l.rename(m_id, m_before); }); }
    void redo() override { m_store->change(m_id, [this](TemplateLibrary &l) { return l.rename(m_id, m_after); }); }

private:
    LibraryStore *m_store;
    qint64 m_id;
    QString m_before, m_after;
};

// A snapshot copies the whole file: not on every key, but soon after the typing stops.
constexpr int kSnapshotDelayMs = 60 * 1000;

} // namespace

LibraryStore::LibraryStore(std::unique_ptr<TemplateLibrary> library, const QString &unavailableReason, QObject *parent)
    : QObject(parent), m_library(std::move(library)), m_unavailableReason(unavailableReason), m_undo(new QUndoStack(this))
{
    m_snapshotTimer.setSingleShot(true);
    m_snapshotTimer.setInterval(kSnapshotDelayMs);
    connect(&m_snapshotTimer, &QTimer::timeout, this, [this] {
        if (m_library && m_library->changedSinceSnapshot())
            m_library->snapshot();
    });
}

LibraryStore::~LibraryStore()
{
    // The undo commands call back into this store: they go before the library.
    m_undo->clear();
}

QList<LibraryTemplate> LibraryStore::templates() const
{
    return m_library ? m_library->templates() : QList<LibraryTemplate>();
}

std::optional<LibraryTemplate> LibraryStore::find(qint64 id) const
{
    return m_library ? m_library->find(id) : std::nullopt;
}

bool LibraryStore::change(qint64 id, const std::function<bool(TemplateLibrary &)> &work)
{
    if (!m_library)
        return false;
    if (!work(*m_library)) {
        emit failed(m_library->lastError());
        return false;
    }
    if (!m_snapshotTimer.isActive())
        m_snapshotTimer.start();
    emit changed(id);
    return true;
}

qint64 LibraryStore::createTemplate(const LibraryTemplate &t, const QString &action)
{
    qint64 id = 0;
    if (!change(0, [&](TemplateLibrary &l) { return (id = l.create(t)) != 0; }))
        return 0;
    m_undo->push(new CreateCommand(this, id, action));
    return id;
}

bool LibraryStore::renameTemplate(qint64 id, const QString &name)
{
    const auto t = find(id);
    if (!t || t->name == name || name.trimmed().isEmpty())
        return false;
    m_undo->push(new RenameCommand(this, id, t->name, name.trimmed()));
    const auto renamed = find(id);
    return renamed && renamed->name == name.trimmed();
}

bool LibraryStore::removeTemplate(qint64 id)
{
    const auto t = find(id);
    if (!t)
        return false;
    m_undo->push(new RemoveCommand(this, id, t->name));
    return !find(id);
}

bool LibraryStore::setTags(qint64 id, const QStringList &tags)
{
    return change(id, [&](TemplateLibrary &l) { return l.setTags(id, tags); });
}

bool LibraryStore::saveText(qint64 id, const QString &language, const TemplateText &text)
{
    return change(id, [&](TemplateLibrary &l) { return l.saveText(id, language, text); });
}

bool LibraryStore::addLanguage(qint64 id, const QString &language, const TemplateText &text, TranslationStatus status)
{
    return change(id, [&](TemplateLibrary &l) { return l.addLanguage(id, language, text, status); });
}

bool LibraryStore::setStatus(qint64 id, const QString &language, TranslationStatus status)
{
    return change(id, [&](TemplateLibrary &l) { return l.setStatus(id, language, status); });
}

bool LibraryStore::removeLanguage(qint64 id, const QString &language)
{
    return change(id, [&](TemplateLibrary &l) { return l.removeLanguage(id, language); });
}

bool LibraryStore::importTemplates(const QList<LibraryTemplate> &incoming,
                                   const std::function<ImportChoice(const LibraryTemplate &, const LibraryTemplate &)> &choose,
                                   ImportSummary *summary)
{
    // An import may replace templates: it is not undone piecewise, and the steps before it
    // would no longer find what they knew.
    const bool ok = change(0, [&](TemplateLibrary &l) { return l.importTemplates(incoming, choose, summary); });
    if (ok)
        m_undo->clear();
    return ok;
}

bool LibraryStore::recordCopy(const HistoryEntry &entry)
{
    if (!m_library)
        return false;
    if (!m_library->recordCopy(entry)) {
        emit failed(m_library->lastError());
        return false;
    }
    return true;
}

QList<HistoryEntry> LibraryStore::history(const QString &orderId) const
{
    return m_library ? m_library->history(orderId) : QList<HistoryEntry>();
}

} // namespace permitted
