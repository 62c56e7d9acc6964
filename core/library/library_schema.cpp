#include "library_schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace permitted {

namespace {

// Version 1 kept templates and their language texts. Version 2 added what translation and the
// validator need: each variant's translation status, tags, deletion that can be undone, and
// the history of copied messages (for review-repeat and the 30-day window). Version 3 keeps,
// for each translation, the source text as it stood when the translation was last reviewed, so
// that a translation to review shows which source sentences changed since.
const char *const kSteps[kLibrarySchemaVersion][6] = {
    {
        "CREATE TABLE templates (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
        " reason TEXT NOT NULL, source_language TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
        "CREATE TABLE variants (template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,"
        " language TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL, PRIMARY KEY (template_id, language))",
    },
    {
        "ALTER TABLE templates ADD COLUMN deleted_at TEXT",
        "ALTER TABLE variants ADD COLUMN status TEXT NOT NULL DEFAULT 'done'",
        "CREATE TABLE tags (template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,"
        " tag TEXT NOT NULL, PRIMARY KEY (template_id, tag))",
        "CREATE TABLE history (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL, reason TEXT NOT NULL,"
        " language TEXT NOT NULL, order_completed TEXT, copied_at TEXT NOT NULL)",
        "CREATE INDEX history_by_order ON history (order_id)",
    },
    {
        "ALTER TABLE variants ADD COLUMN reviewed_subject TEXT",
        "ALTER TABLE variants ADD COLUMN reviewed_body TEXT",
    },
};

bool run(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = QStringLiteral("%1 (%2)").arg(query.lastError().text(), statement.left(60));
    return false;
}

} // namespace

bool migrateLibrary(QSqlDatabase &db, int target, QString *error)
{
    QSqlQuery versionQuery(QStringLiteral("PRAGMA user_version"), db);
    if (!versionQuery.next()) {
        *error = versionQuery.lastError().text();
        return false;
    }
    const int version = versionQuery.value(0).toInt();
    for (int step = version; step < target; ++step) {
        for (const char *statement : kSteps[step])
            if (statement && !run(db, QString::fromLatin1(statement), error))
                return false;
    }
    if (version < target)
        return run(db, QStringLiteral("PRAGMA user_version = %1").arg(target), error)
               && run(db, QStringLiteral("PRAGMA application_id = %1").arg(kLibraryApplicationId), error);
    return true;
}

} // namespace permitted
