#pragma once
// The library file's layout and how an older one is brought up to date. The version lives in
// SQLite's user_version; each step upgrades by one version, inside the caller's transaction.

#include <QSqlDatabase>
#include <QString>

namespace permitted {

constexpr int kLibrarySchemaVersion = 3;
// Marks the file as a Permitted library (SQLite's application_id; "PRMT").
constexpr int kLibraryApplicationId = 0x50524D54;

// Upgrades `db` from its version to `target` (at most kLibrarySchemaVersion); false and the
// failing statement's reason in `error`. A new, empty file is at version 0.
bool migrateLibrary(QSqlDatabase &db, int target, QString *error);

} // namespace permitted
