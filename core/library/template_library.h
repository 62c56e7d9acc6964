#pragma once
// The user's template library: a SQLite file in the application's data folder, through Qt SQL.
// Every change is its own transaction, saved at once. Opening checks the file (SQLite's quick
// check, our application id, our tables; an empty file is no library); a damaged one is moved
// aside and the newest good snapshot put back, so a broken disk block costs the user nothing. A
// file another program holds is waited for, then refused, never moved. The last few snapshots
// are kept, each checked before it replaces the one before.
// Used from one thread (the interface's).

#include "library_types.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <memory>

namespace permitted {

// What happened when the library was opened, for the user to be told.
struct LibraryOpening {
    enum class Outcome {
        Opened,      // as it was
        Created,     // there was none
        Migrated,    // an older layout, brought up to date (fromVersion)
        Restored,    // the file was damaged or missing: set aside, the snapshot put back
        Replaced,    // the file was damaged and no good snapshot existed: set aside, a new library
        Unusable,    // cannot be opened (a newer Permitted's file, a folder that cannot be written)
    };
    Outcome outcome = Outcome::Opened;
    QString path;             // the library file
    QString problem;          // what was wrong, in SQLite's or the system's words
    QString movedAsidePath;   // where the damaged file now is
    QString snapshotPath;     // the snapshot restored
    QDateTime snapshotTime;   // when the restored snapshot was taken
    int fromVersion = 0;
};

enum class ImportChoice { Replace, KeepBoth, Skip };
struct ImportSummary {
    int added = 0;
    int replaced = 0;
    int skipped = 0;
};

class TemplateLibrary {
public:
    // Where the user's library lives: library.sqlite in the application's data folder.
    static QString defaultPath();
    // Opens (or creates) the library at `path`; null only for Outcome::Unusable.
    static std::unique_ptr<TemplateLibrary> open(const QString &path, LibraryOpening *opening);
    ~TemplateLibrary();   // takes a last snapshot

    // The newest snapshot; the older ones follow it in snapshotPaths().
    QString snapshotPath() const { return snapshotPaths(m_path).front(); }
    // The snapshots kept of the library at `path`, newest first.
    static QStringList snapshotPaths(const QString &path);
    static constexpr int kSnapshotsKept = 3;
    // Why the last change failed (nothing was changed then).
    QString lastError() const { return m_error; }

    // Live templates, by reason and name.
    QList<LibraryTemplate> templates() const;
    std::optional<LibraryTemplate> find(qint64 id) const;

    // Stores a new template with its variants (a uuid and times are given where missing);
    // returns its id, 0 on failure.
    qint64 create(const LibraryTemplate &t);
    bool rename(qint64 id, const QString &name);
    bool setTags(qint64 id, const QStringList &tags);
    // Saves a language's text. A change of the source language's text marks every translation
    // that was done as needing review.
    bool saveText(qint64 id, const QString &language, const TemplateText &text);
    // Adds a language with its first text and status.
    bool addLanguage(qint64 id, const QString &language, const TemplateText &text, TranslationStatus status);
    bool setStatus(qint64 id, const QString &language, TranslationStatus status);
    bool removeLanguage(qint64 id, const QString &language);

    // Deleting keeps the template until the library is next opened, so that it can be undone.
    bool remove(qint64 id);
    bool restore(qint64 id);

    // Adds `incoming` in one transaction; `choose` decides for each that exists already (same
    // uuid, or same name and reason). Nothing changes when one of them fails.
    bool importTemplates(const QList<LibraryTemplate> &incoming,
                         const std::function<ImportChoice(const LibraryTemplate &incoming, const LibraryTemplate &existing)> &choose,
                         ImportSummary *summary);

    bool recordCopy(const HistoryEntry &entry);
    QList<HistoryEntry> history(const QString &orderId) const;

    // Copies the library to snapshotPath(), the copy that a damaged file is restored from.
    bool snapshot();
    bool changedSinceSnapshot() const { return m_changedSinceSnapshot; }

private:
    TemplateLibrary() = default;
    // `sql` prepared with `values` bound and run; check isActive() for success.
    QSqlQuery query(const QString &sql, const QVariantList &values = {}) const;
    bool exec(const QString &sql, const QVariantList &values = {});
    bool inTransaction(const std::function<bool()> &work);
    bool insertTemplate(const LibraryTemplate &t, qint64 *id);
    bool writeTags(qint64 id, const QStringList &tags);
    bool touch(qint64 id);
    QList<LibraryTemplate> load(const QString &where, const QVariantList &values) const;

    QString m_path;
    QString m_connection;
    QString m_error;
    bool m_changedSinceSnapshot = false;
};

} // namespace permitted
