#include "template_library.h"
#include "library_schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>
#include <cstdio>

namespace permitted {

namespace {

QString stamp(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime fromStamp(const QVariant &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }
QDateTime now() { return QDateTime::currentDateTimeUtc(); }

QString newConnectionName()
{
    return QStringLiteral("permitted-library-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// What a look at a library file found.
struct FileCheck {
    enum class Verdict { Good, Damaged, Busy } verdict = Verdict::Good;
    QString problem;   // for Damaged and Busy, in SQLite's or our words
    int version = 0;
};

// SQLite's "database is locked" and "table is locked": another program holds the file.
bool isBusy(const QSqlError &e)
{
    return e.nativeErrorCode() == QLatin1String("5") || e.nativeErrorCode() == QLatin1String("6");
}

// How long a file held by another program is waited for before it is refused.
constexpr int kBusyWaitMs = 3000;

// Opens `path` on connection `name` and checks that it is a whole Permitted library: SQLite's
// quick check, our application id, a layout. An empty file, another program's database, or a
// file without our tables is damaged: `QSqlDatabase::open` succeeds on any file, and SQLite
// takes a zero-length file for a new database, so only these tell a lost library from a new one.
FileCheck checkFile(const QString &name, const QString &path)
{
    if (QFileInfo(path).size() == 0)
        return {FileCheck::Verdict::Damaged, QStringLiteral("the file is empty"), 0};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyWaitMs));
    if (!db.open())
        return {FileCheck::Verdict::Damaged, db.lastError().text(), 0};
    QSqlQuery check(QStringLiteral("PRAGMA quick_check"), db);
    if (!check.isActive())
        return {isBusy(check.lastError()) ? FileCheck::Verdict::Busy : FileCheck::Verdict::Damaged, check.lastError().text(), 0};
    QStringList problems;
    while (check.next())
        if (check.value(0).toString() != QLatin1String("ok"))
            problems << check.value(0).toString();
    if (!problems.isEmpty())
        return {FileCheck::Verdict::Damaged, problems.first(), 0};
    QSqlQuery id(QStringLiteral("PRAGMA application_id"), db);
    QSqlQuery v(QStringLiteral("PRAGMA user_version"), db);
    QSqlQuery tables(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('templates', 'variants')"), db);
    const int appId = id.next() ? id.value(0).toInt() : -1;
    const int version = v.next() ? v.value(0).toInt() : 0;
    const bool ourTables = tables.next() && tables.value(0).toInt() == 2;
    // A newer Permitted's file is not ours to judge: the caller leaves it alone.
    if (version > kLibrarySchemaVersion && (appId == kLibraryApplicationId || appId == 0))
        return {FileCheck::Verdict::Good, {}, version};
    // The first layout did not set the application id: its tables say what it is.
    if (appId != kLibraryApplicationId && !(appId == 0 && ourTables))
        return {FileCheck::Verdict::Damaged, QStringLiteral("the file is a database, but not a Permitted library"), version};
    if (version < 1 || !ourTables)
        return {FileCheck::Verdict::Damaged, QStringLiteral("the file holds no template library"), version};
    return {FileCheck::Verdict::Good, {}, version};
}

void closeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Checks a file on a connection of its own, closed after.
FileCheck checkApart(const QString &path)
{
    const QString probe = newConnectionName();
    const FileCheck result = checkFile(probe, path);
    closeConnection(probe);
    return result;
}

// Moves the library file and SQLite's side files out of the way; the new name, or empty.
QString moveAside(const QString &path)
{
    const QString aside = QStringLiteral("%1.damaged-%2").arg(path, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (!QFile::rename(path, aside))
        return {};
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    return aside;
}

bool renameOver(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

QString TemplateLibrary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

QStringList TemplateLibrary::snapshotPaths(const QString &path)
{
    QStringList paths{path + QStringLiteral(".snapshot")};
    for (int i = 1; i < kSnapshotsKept; ++i)
        paths << path + QStringLiteral(".snapshot.%1").arg(i);
    return paths;
}

std::unique_ptr<TemplateLibrary> TemplateLibrary::open(const QString &path, LibraryOpening *opening)
{
    *opening = {};
    opening->path = path;
    std::unique_ptr<TemplateLibrary> library(new TemplateLibrary);
    library->m_path = path;
    library->m_connection = newConnectionName();
    auto unusable = [&](const QString &problem) {
        closeConnection(library->m_connection);
        opening->outcome = LibraryOpening::Outcome::Unusable;
        opening->problem = problem;
        return nullptr;
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return unusable(QStringLiteral("the folder %1 cannot be created").arg(QFileInfo(path).absolutePath()));

    // The newest snapshot that is itself a whole library: a damaged or empty one is passed over.
    auto goodSnapshot = [&]() -> QString {
        for (const QString &s : snapshotPaths(path))
            if (QFile::exists(s) && checkApart(s).verdict == FileCheck::Verdict::Good)
                return s;
        return {};
    };
    // Puts `snapshot` in the library's place: copied beside, checked, and only then renamed over
    // it, so that a full disk or a failed copy leaves everything as it was.
    auto restoreFrom = [&](const QString &snapshot, QString *why) {
        const QString restoring = path + QStringLiteral(".restoring");
        QFile::remove(restoring);
        if (!QFile::copy(snapshot, restoring) || checkApart(restoring).verdict != FileCheck::Verdict::Good) {
            QFile::remove(restoring);
            *why = QStringLiteral("the copy %1 could not be put back (is the disk full?)").arg(snapshot);
            return false;
        }
        if (QFile::exists(path)) {
            opening->movedAsidePath = moveAside(path);
            if (opening->movedAsidePath.isEmpty()) {
                QFile::remove(restoring);
                *why = QStringLiteral("it could not be moved aside");
                return false;
            }
        }
        if (!renameOver(restoring, path)) {
            *why = QStringLiteral("the restored copy could not be renamed into place");
            return false;
        }
        opening->outcome = LibraryOpening::Outcome::Restored;
        opening->snapshotPath = snapshot;
        opening->snapshotTime = QFileInfo(snapshot).lastModified();
        return true;
    };

    if (!QFile::exists(path)) {
        if (const QString snapshot = goodSnapshot(); !snapshot.isEmpty()) {
            QString why;
            if (!restoreFrom(snapshot, &why))
                return unusable(QStringLiteral("the library file is missing, and %1; nothing was changed").arg(why));
            opening->problem = QStringLiteral("the library file was missing");
        } else {
            opening->outcome = LibraryOpening::Outcome::Created;
        }
    } else {
        const FileCheck check = checkApart(path);
        if (check.verdict == FileCheck::Verdict::Busy)
            // Held by another program (a second editor, a backup tool): waited for, then left
            // alone. Never renamed: it is not damaged.
            return unusable(QStringLiteral("the library is in use by another program (%1); close it and start Permitted again")
                                .arg(check.problem));
        if (check.verdict == FileCheck::Verdict::Damaged) {
            opening->problem = check.problem;
            if (const QString snapshot = goodSnapshot(); !snapshot.isEmpty()) {
                QString why;
                if (!restoreFrom(snapshot, &why))
                    return unusable(QStringLiteral("%1, and %2; nothing was changed").arg(check.problem, why));
            } else {
                opening->movedAsidePath = moveAside(path);
                if (opening->movedAsidePath.isEmpty())
                    return unusable(QStringLiteral("%1; it could not be moved aside").arg(check.problem));
                opening->outcome = LibraryOpening::Outcome::Replaced;
            }
        }
    }
    const bool created = opening->outcome == LibraryOpening::Outcome::Created || opening->outcome == LibraryOpening::Outcome::Replaced;
    int version = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), library->m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyWaitMs));
        if (!db.open())
            return unusable(db.lastError().text());
        if (!created) {
            QSqlQuery v(QStringLiteral("PRAGMA user_version"), db);
            version = v.next() ? v.value(0).toInt() : 0;
        }
    }
    if (version > kLibrarySchemaVersion)
        return unusable(QStringLiteral("the library was written by a newer version of Permitted (layout %1)").arg(version));

    QSqlDatabase db = QSqlDatabase::database(library->m_connection);
    // WAL with NORMAL sync: a commit costs no fsync, and a crash loses at most the last changes,
    // never the file.
    library->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    library->exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    library->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (version < kLibrarySchemaVersion) {
        QString error;
        const bool migrated = library->inTransaction([&] { return migrateLibrary(db, kLibrarySchemaVersion, &error); });
        if (!migrated)
            return unusable(QStringLiteral("the library could not be brought up to date: %1").arg(error));
        if (version > 0 && opening->outcome == LibraryOpening::Outcome::Opened) {
            opening->outcome = LibraryOpening::Outcome::Migrated;
            opening->fromVersion = version;
        }
    }
    // Deleted templates stay only for the session's undo.
    const QSqlQuery purge = library->query(QStringLiteral("DELETE FROM templates WHERE deleted_at IS NOT NULL"));
    // A snapshot of this good file, unless the last one already holds it (a copy of the whole
    // file is the largest part of opening).
    const QFileInfo snapshotInfo(library->snapshotPath());
    const bool current = snapshotInfo.exists() && purge.numRowsAffected() == 0
                         && opening->outcome == LibraryOpening::Outcome::Opened
                         && snapshotInfo.lastModified() >= QFileInfo(path).lastModified()
                         && QFileInfo(path + QStringLiteral("-wal")).size() == 0;   // no changes left in the log
    if (!current)
        library->snapshot();
    return library;
}

TemplateLibrary::~TemplateLibrary()
{
    if (m_changedSinceSnapshot)
        snapshot();
    closeConnection(m_connection);
}

QSqlQuery TemplateLibrary::query(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    return q;
}

bool TemplateLibrary::exec(const QString &sql, const QVariantList &values)
{
    const QSqlQuery q = query(sql, values);
    if (q.isActive())
        return true;
    m_error = q.lastError().text();
    return false;
}

bool TemplateLibrary::inTransaction(const std::function<bool()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    if (!work() || !db.commit()) {
        if (m_error.isEmpty())
            m_error = db.lastError().text();
        db.rollback();
        return false;
    }
    m_changedSinceSnapshot = true;
    return true;
}

bool TemplateLibrary::snapshot()
{
    // Written beside and checked; only then do the older ones move down a place and the new one
    // take the first: a crash, a full disk or a bad copy leaves the good snapshots as they were.
    const QString next = snapshotPath() + QStringLiteral(".new");
    QFile::remove(next);
    if (!exec(QStringLiteral("VACUUM INTO ?"), {next}))
        return false;
    if (const FileCheck check = checkApart(next); check.verdict != FileCheck::Verdict::Good) {
        QFile::remove(next);
        m_error = QStringLiteral("the snapshot did not check out: %1").arg(check.problem);
        return false;
    }
    const QStringList kept = snapshotPaths(m_path);
    for (qsizetype i = kept.size() - 1; i > 0; --i)
        if (QFile::exists(kept[i - 1]))
            renameOver(kept[i - 1], kept[i]);
    if (!renameOver(next, kept.front())) {
        m_error = QStringLiteral("the snapshot could not be renamed");
        return false;
    }
    m_changedSinceSnapshot = false;
    return true;
}

QList<LibraryTemplate> TemplateLibrary::load(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = query(QStringLiteral("SELECT id, uuid, name, reason, source_language, created_at, updated_at FROM templates WHERE ")
                        + where + QStringLiteral(" ORDER BY reason, name COLLATE NOCASE, id"), values);
    QList<LibraryTemplate> list;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        LibraryTemplate t;
        t.id = q.value(0).toLongLong();
        t.uuid = q.value(1).toString();
        t.name = q.value(2).toString();
        t.reason = q.value(3).toString();
        t.sourceLanguage = q.value(4).toString();
        t.created = fromStamp(q.value(5));
        t.updated = fromStamp(q.value(6));
        index.insert(t.id, list.size());
        list.append(t);
    }
    if (list.isEmpty())
        return list;
    // Only the variants and tags of the templates read.
    const QString ofThese = QStringLiteral(" WHERE template_id IN (SELECT id FROM templates WHERE %1)").arg(where);
    QSqlQuery v = query(QStringLiteral("SELECT template_id, language, subject, body, status, created_at, updated_at,"
                                       " reviewed_subject, reviewed_body FROM variants")
                        + ofThese + QStringLiteral(" ORDER BY template_id, language"), values);
    while (v.next()) {
        const auto at = index.find(v.value(0).toLongLong());
        if (at == index.end())
            continue;
        TemplateVariant variant;
        variant.language = v.value(1).toString();
        variant.text = {v.value(2).toString(), v.value(3).toString()};
        variant.status = translationStatusFromName(v.value(4).toString()).value_or(TranslationStatus::NeedsReview);
        variant.created = fromStamp(v.value(5));
        variant.updated = fromStamp(v.value(6));
        if (!v.value(8).isNull())
            variant.reviewedSource = TemplateText{v.value(7).toString(), v.value(8).toString()};
        list[*at].variants.append(variant);
    }
    QSqlQuery tags = query(QStringLiteral("SELECT template_id, tag FROM tags") + ofThese + QStringLiteral(" ORDER BY tag"), values);
    while (tags.next())
        if (const auto at = index.find(tags.value(0).toLongLong()); at != index.end())
            list[*at].tags << tags.value(1).toString();
    return list;
}

QList<LibraryTemplate> TemplateLibrary::templates() const
{
    return load(QStringLiteral("deleted_at IS NULL"), {});
}

std::optional<LibraryTemplate> TemplateLibrary::find(qint64 id) const
{
    const auto found = load(QStringLiteral("id = ? AND deleted_at IS NULL"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool TemplateLibrary::insertTemplate(const LibraryTemplate &t, qint64 *id)
{
    const QString created = stamp(t.created.isValid() ? t.created : now());
    const QString updated = stamp(t.updated.isValid() ? t.updated : now());
    const QString uuid = t.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : t.uuid;
    const QSqlQuery q = query(QStringLiteral("INSERT INTO templates (uuid, name, reason, source_language, created_at, updated_at)"
                                             " VALUES (?, ?, ?, ?, ?, ?)"),
                              {uuid, t.name, t.reason, t.sourceLanguage, created, updated});
    if (!q.isActive()) {
        m_error = q.lastError().text();
        return false;
    }
    *id = q.lastInsertId().toLongLong();
    const TemplateVariant *source = t.variant(t.sourceLanguage);
    for (const TemplateVariant &v : t.variants) {
        const bool isSource = v.language == t.sourceLanguage;
        const TranslationStatus status = isSource ? TranslationStatus::Done : v.status;
        // A translation stored with the template answers to the source it comes with, unless it
        // knows the one it was reviewed against.
        const std::optional<TemplateText> reviewed = isSource ? std::nullopt
                                                     : v.reviewedSource ? v.reviewedSource
                                                     : source ? std::optional<TemplateText>(source->text) : std::nullopt;
        if (!exec(QStringLiteral("INSERT INTO variants (template_id, language, subject, body, status, created_at, updated_at,"
                                 " reviewed_subject, reviewed_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {*id, v.language, v.text.subject, v.text.body, translationStatusName(status),
                   stamp(v.created.isValid() ? v.created : now()), stamp(v.updated.isValid() ? v.updated : now()),
                   reviewed ? QVariant(reviewed->subject) : QVariant(), reviewed ? QVariant(reviewed->body) : QVariant()}))
            return false;
    }
    return writeTags(*id, t.tags);
}

bool TemplateLibrary::writeTags(qint64 id, const QStringList &tags)
{
    if (!exec(QStringLiteral("DELETE FROM tags WHERE template_id = ?"), {id}))
        return false;
    for (const QString &tag : tags)
        if (!tag.trimmed().isEmpty()
            && !exec(QStringLiteral("INSERT OR IGNORE INTO tags (template_id, tag) VALUES (?, ?)"), {id, tag.trimmed()}))
            return false;
    return true;
}

bool TemplateLibrary::touch(qint64 id)
{
    return exec(QStringLiteral("UPDATE templates SET updated_at = ? WHERE id = ?"), {stamp(now()), id});
}

qint64 TemplateLibrary::create(const LibraryTemplate &t)
{
    qint64 id = 0;
    return inTransaction([&] { return insertTemplate(t, &id); }) ? id : 0;
}

bool TemplateLibrary::rename(qint64 id, const QString &name)
{
    return inTransaction([&] {
        return exec(QStringLiteral("UPDATE templates SET name = ? WHERE id = ?"), {name, id}) && touch(id);
    });
}

bool TemplateLibrary::setTags(qint64 id, const QStringList &tags)
{
    return inTransaction([&] { return writeTags(id, tags) && touch(id); });
}

bool TemplateLibrary::saveText(qint64 id, const QString &language, const TemplateText &text)
{
    const auto current = find(id);
    if (!current) {
        m_error = QStringLiteral("no such template");
        return false;
    }
    const TemplateVariant *before = current->variant(language);
    if (!before)
        return addLanguage(id, language, text, TranslationStatus::NeedsReview);
    if (before->text == text)
        return true;
    return inTransaction([&] {
        if (!exec(QStringLiteral("UPDATE variants SET subject = ?, body = ?, updated_at = ? WHERE template_id = ? AND language = ?"),
                  {text.subject, text.body, stamp(now()), id, language}))
            return false;
        if (language == current->sourceLanguage
            && !exec(QStringLiteral("UPDATE variants SET status = 'needs-review' WHERE template_id = ? AND language <> ? AND status = 'done'"),
                     {id, language}))
            return false;
        return touch(id);
    });
}

// The source variant's subject and body, for the reviewed_* columns of a translation.
static const QString kSourceSubject = QStringLiteral(
    "(SELECT s.subject FROM variants s JOIN templates t ON t.id = s.template_id AND t.source_language = s.language WHERE t.id = ?)");
static const QString kSourceBody = QStringLiteral(
    "(SELECT s.body FROM variants s JOIN templates t ON t.id = s.template_id AND t.source_language = s.language WHERE t.id = ?)");

bool TemplateLibrary::addLanguage(qint64 id, const QString &language, const TemplateText &text, TranslationStatus status)
{
    // A new translation is written from the source as it stands now.
    return inTransaction([&] {
        return exec(QStringLiteral("INSERT INTO variants (template_id, language, subject, body, status, created_at, updated_at,"
                                   " reviewed_subject, reviewed_body) VALUES (?, ?, ?, ?, ?, ?, ?, %1, %2)").arg(kSourceSubject, kSourceBody),
                    {id, language, text.subject, text.body, translationStatusName(status), stamp(now()), stamp(now()), id, id})
               && touch(id);
    });
}

bool TemplateLibrary::setStatus(qint64 id, const QString &language, TranslationStatus status)
{
    // Reviewed now: the source as it stands is the one the translation answers to.
    return inTransaction([&] {
        if (status == TranslationStatus::Done)
            return exec(QStringLiteral("UPDATE variants SET status = ?, reviewed_subject = %1, reviewed_body = %2"
                                       " WHERE template_id = ? AND language = ?").arg(kSourceSubject, kSourceBody),
                        {translationStatusName(status), id, id, id, language});
        return exec(QStringLiteral("UPDATE variants SET status = ? WHERE template_id = ? AND language = ?"),
                    {translationStatusName(status), id, language});
    });
}

bool TemplateLibrary::removeLanguage(qint64 id, const QString &language)
{
    return inTransaction([&] {
        return exec(QStringLiteral("DELETE FROM variants WHERE template_id = ? AND language = ?"
                                   " AND language <> (SELECT source_language FROM templates WHERE id = ?)"),
                    {id, language, id})
               && touch(id);
    });
}

bool TemplateLibrary::remove(qint64 id)
{
    return inTransaction([&] {
        return exec(QStringLiteral("UPDATE templates SET deleted_at = ? WHERE id = ?"), {stamp(now()), id});
    });
}

bool TemplateLibrary::restore(qint64 id)
{
    return inTransaction([&] {
        return exec(QStringLiteral("UPDATE templates SET deleted_at = NULL WHERE id = ?"), {id});
    });
}

bool TemplateLibrary::importTemplates(
    const QList<LibraryTemplate> &incoming,
    const std::function<ImportChoice(const LibraryTemplate &, const LibraryTemplate &)> &choose,
    ImportSummary *summary)
{
    const QList<LibraryTemplate> existing = templates();
    ImportSummary counted;
    const bool ok = inTransaction([&] {
        for (const LibraryTemplate &t : incoming) {
            const auto same = std::find_if(existing.begin(), existing.end(), [&](const LibraryTemplate &e) {
                return (!t.uuid.isEmpty() && e.uuid == t.uuid)
                       || (e.reason == t.reason && e.name.compare(t.name, Qt::CaseInsensitive) == 0);
            });
            qint64 id = 0;
            if (same == existing.end()) {
                // A uuid held by a template deleted in this session is taken as new.
                LibraryTemplate fresh = t;
                if (!exec(QStringLiteral("DELETE FROM templates WHERE uuid = ? AND deleted_at IS NOT NULL"), {t.uuid})
                    || !insertTemplate(fresh, &id))
                    return false;
                ++counted.added;
                continue;
            }
            switch (choose(t, *same)) {
            case ImportChoice::Skip:
                ++counted.skipped;
                break;
            case ImportChoice::Replace: {
                LibraryTemplate replacement = t;
                replacement.uuid = same->uuid;
                if (!exec(QStringLiteral("DELETE FROM templates WHERE id = ?"), {same->id}) || !insertTemplate(replacement, &id))
                    return false;
                ++counted.replaced;
                break;
            }
            case ImportChoice::KeepBoth: {
                LibraryTemplate copy = t;
                copy.uuid.clear();
                int n = 2;
                auto taken = [&](const QString &name) {
                    return std::any_of(existing.begin(), existing.end(), [&](const LibraryTemplate &e) {
                        return e.reason == t.reason && e.name.compare(name, Qt::CaseInsensitive) == 0;
                    });
                };
                do copy.name = QStringLiteral("%1 (%2)").arg(t.name).arg(n++);
                while (taken(copy.name));
                if (!insertTemplate(copy, &id))
                    return false;
                ++counted.added;
                break;
            }
            }
        }
        return true;
    });
    if (ok && summary)
        *summary = counted;
    return ok;
}

bool TemplateLibrary::recordCopy(const HistoryEntry &entry)
{
    return inTransaction([&] {
        return exec(QStringLiteral("INSERT INTO history (order_id, reason, language, order_completed, copied_at) VALUES (?, ?, ?, ?, ?)"),
                    // No reason chosen is an empty reason: a null QString would bind as NULL.
                    {entry.orderId, entry.reason.isNull() ? QStringLiteral("") : entry.reason, entry.language,
                     entry.orderCompleted ? QVariant(entry.orderCompleted->toString(Qt::ISODate)) : QVariant(),
                     stamp(entry.copiedAt.isValid() ? entry.copiedAt : now())});
    });
}

QList<HistoryEntry> TemplateLibrary::history(const QString &orderId) const
{
    QSqlQuery q = query(QStringLiteral("SELECT order_id, reason, language, order_completed, copied_at FROM history"
                                       " WHERE order_id = ? ORDER BY copied_at"), {orderId});
    QList<HistoryEntry> list;
    while (q.next()) {
        HistoryEntry e{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), std::nullopt, fromStamp(q.value(4))};
        if (!q.value(3).isNull())
            e.orderCompleted = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        list.append(e);
    }
    return list;
}

} // namespace permitted
