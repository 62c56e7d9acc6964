#pragma once
// permitted-check's output: the text lines and the JSON document of DESIGN.md's contract.

#include "templates/builtin_templates.h"
#include "finding.h"
#include "detection/rule_catalog.h"

#include <QString>

namespace permitted {

struct CheckedFile {
    QString path;
    QString language;
    QString subject;
    QString body;
    Findings findings;
};

QString textReport(const QList<CheckedFile> &files, const RuleCatalog &catalog, const QString &uiLanguage);
QByteArray jsonReport(const QList<CheckedFile> &files, const RuleCatalog &catalog, const QString &uiLanguage);
QString textRuleList(const RuleCatalog &catalog, const QString &uiLanguage);
QByteArray jsonRuleList(const RuleCatalog &catalog, const QString &uiLanguage);
// --list-templates: each built-in template's reason, language, subject and placeholders.
QString textTemplateList(const QList<BuiltinTemplate> &templates);
QByteArray jsonTemplateList(const QList<BuiltinTemplate> &templates);

} // namespace permitted
