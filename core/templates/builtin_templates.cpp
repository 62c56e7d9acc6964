#include "templates/builtin_templates.h"
#include "languages.h"
#include "reasons.h"

#include <QFile>

namespace permitted {

namespace {

QList<BuiltinTemplate> loadBuiltinTemplates()
{
    QList<BuiltinTemplate> list;
    for (const ContactReason &reason : contactReasons()) {
        for (const BuyerLanguage &language : buyerLanguages()) {
            QFile file(QStringLiteral(":/templates/%1/%2.txt").arg(language.code, reason.id));
            if (!file.open(QIODevice::ReadOnly))
                continue;   // not written for this language yet
            QString error;
            const auto text = parseTemplateFile(QString::fromUtf8(file.readAll()), &error);
            // The files are ours and a test reads each one: a broken one is a build mistake.
            if (!text)
                qFatal("built-in template %s: %s", qPrintable(file.fileName()), qPrintable(error));
            list.append({reason.id, language.code, *text});
        }
    }
    return list;
}

} // namespace

const QList<BuiltinTemplate> &builtinTemplates()
{
    static const QList<BuiltinTemplate> list = loadBuiltinTemplates();
    return list;
}

const BuiltinTemplate *findBuiltinTemplate(const QString &reason, const QString &language)
{
    for (const BuiltinTemplate &t : builtinTemplates())
        if (t.reason == reason && t.language == language)
            return &t;
    return nullptr;
}

QStringList builtinLanguages(const QString &reason)
{
    QStringList languages;
    for (const BuiltinTemplate &t : builtinTemplates())
        if (t.reason == reason)
            languages << t.language;
    return languages;
}

std::optional<TemplateText> parseTemplateFile(const QString &text, QString *error)
{
    static const QLatin1String prefix("Subject: ");
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    if (!text.startsWith(prefix) || lineEnd < 0) {
        *error = QStringLiteral("the first line must be \"Subject: ...\"");
        return std::nullopt;
    }
    QString body = text.mid(lineEnd + 1);
    if (!body.startsWith(QLatin1Char('\n'))) {
        *error = QStringLiteral("an empty line must follow the subject");
        return std::nullopt;
    }
    body.remove(0, 1);
    while (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    return TemplateText{text.mid(prefix.size(), lineEnd - prefix.size()).trimmed(), body};
}

} // namespace permitted
