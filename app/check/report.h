#pragma once
// permitted-check's output: the text lines and the JSON document of DESIGN.md's contract.

#include "templates/builtin_templates.h"
#include "finding.h"
#include "detection/rule_catalog.h"

#include <QString>
#include <functional>

namespace permitted {

struct CheckedFile {
    QString path;
    QString language;
    QString subject;
    QString body;
    Findings findings;
};

// The text report, handed to `write` in pieces of UTF-8 (a file's lines, then the summary), so
// that a report of many findings is never held whole; false as soon as a write fails.
bool writeTextReport(const QList<CheckedFile> &files, const RuleCatalog &catalog, const QString &uiLanguage,
                     const std::function<bool(const QByteArray &)> &write);
// The JSON report, written the same way: the document of DESIGN.md's contract, in pieces.
bool writeJsonReport(const QList<CheckedFile> &files, const RuleCatalog &catalog, const QString &uiLanguage,
                     const std::function<bool(const QByteArray &)> &write);
QString textRuleList(const RuleCatalog &catalog, const QString &uiLanguage);
QByteArray jsonRuleList(const RuleCatalog &catalog, const QString &uiLanguage);
// --list-templates: each built-in template's reason, language, subject and placeholders.
QString textTemplateList(const QList<BuiltinTemplate> &templates);
QByteArray jsonTemplateList(const QList<BuiltinTemplate> &templates);

} // namespace permitted
