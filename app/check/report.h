#pragma once
// permitted-check's output: the text lines and the JSON document of DESIGN.md's contract, and
// SARIF 2.1.0 for code-scanning tools.

#include "templates/builtin_templates.h"
#include "finding.h"
#include "detection/rule_catalog.h"

#include <QString>
#include <functional>

namespace permitted {

struct CheckedFile {
    QString path;       // as reported
    QString artifact;   // the file on disk the findings are in; empty for standard input or a built-in template
    bool positionsInFile = false;   // the body's lines and columns are the artifact's (a text file)
    QString language;
    QString subject;
    QString body;
    Findings findings;
};

// The text report, handed to `write` in pieces of UTF-8 (a file's lines, then the summary), so
// that a report of many findings is never held whole; false as soon as a write fails.
struct TextStyle {
    bool color = false;     // severities in colour (a terminal's escape sequences)
    bool summary = true;    // the closing line of counts
};
bool writeTextReport(const QList<CheckedFile> &files, const RuleCatalog &catalog, const QString &uiLanguage,
                     const std::function<bool(const QByteArray &)> &write, TextStyle style = {});
// The JSON report, written the same way: the document of DESIGN.md's contract, in pieces.
bool writeJsonReport(const QList<CheckedFile> &files, const RuleCatalog &catalog, const QString &uiLanguage,
                     const std::function<bool(const QByteArray &)> &write);
// SARIF 2.1.0: one run of permitted-check, its rules, a result per finding with its line and
// column (UTF-16 code units, SARIF's default), written the same way.
bool writeSarifReport(const QList<CheckedFile> &files, const RuleCatalog &catalog, const QString &uiLanguage,
                      const std::function<bool(const QByteArray &)> &write);
QString textRuleList(const RuleCatalog &catalog, const QString &uiLanguage);
QByteArray jsonRuleList(const RuleCatalog &catalog, const QString &uiLanguage);
// --list-templates: each built-in template's reason, language, subject and placeholders.
QString textTemplateList(const QList<BuiltinTemplate> &templates);
QByteArray jsonTemplateList(const QList<BuiltinTemplate> &templates);

} // namespace permitted
