#pragma once
// The templates Permitted ships: one per contact reason and buyer language, written under
// resources/templates/<lang>/<reason>.txt and built into the program. Each file is a message as
// a seller would type it: "Subject: ..." on the first line, an empty line, then the body.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace permitted {

struct TemplateText {
    QString subject;
    QString body;
    bool operator==(const TemplateText &) const = default;
};

struct BuiltinTemplate {
    QString reason;     // a contact reason ID of REASONS.md
    QString language;   // a buyer language code
    TemplateText text;
};

// Every built-in template, ordered as contactReasons(), then as buyerLanguages().
const QList<BuiltinTemplate> &builtinTemplates();
const BuiltinTemplate *findBuiltinTemplate(const QString &reason, const QString &language);
// The languages that have a built-in template for `reason`.
QStringList builtinLanguages(const QString &reason);

// Reads a template file's text; nullopt and a one-line `error` when it has no subject line.
std::optional<TemplateText> parseTemplateFile(const QString &text, QString *error);

} // namespace permitted
