#pragma once
// The library as a JSON file, to export templates and import them elsewhere:
//   {"format": "permitted-library", "version": 1, "templates": [{"uuid", "name", "reason",
//    "tags": [...], "sourceLanguage", "created", "updated",
//    "variants": [{"language", "subject", "body", "status", "created", "updated"}]}]}

#include "library_types.h"

#include <QByteArray>
#include <optional>

namespace permitted {

QByteArray templatesToJson(const QList<LibraryTemplate> &templates);
// Reads a whole file or nothing: nullopt and a one-line `error` naming the first problem.
std::optional<QList<LibraryTemplate>> templatesFromJson(const QByteArray &json, QString *error);
// Whether `json` is meant as a template file (of any version), valid or not: a folder's other
// JSON files are none of permitted-check's business.
bool isTemplateFileJson(const QByteArray &json);

// Writes the file through a temporary one, so a failed export leaves the old file whole.
bool exportTemplates(const QString &path, const QList<LibraryTemplate> &templates, QString *error);
std::optional<QList<LibraryTemplate>> readTemplateFile(const QString &path, QString *error);

} // namespace permitted
