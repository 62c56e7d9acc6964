#include "library_json.h"
#include "languages.h"
#include "reasons.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace permitted {

namespace {

// In the interface's language where the application has installed its catalogue (the import
// dialog shows these); in English for permitted-check, which installs none.
QString translatedError(const char *source) { return QCoreApplication::translate("LibraryJson", source); }

const QLatin1String kFormat("permitted-library");
constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

QString stamp(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime fromStamp(const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }

// Reads one template; an empty string when it is whole, else what is wrong with it.
QString readTemplate(const QJsonObject &o, LibraryTemplate *t)
{
    auto text = [&](const QJsonObject &from, const char *key, QString *out) {
        const QJsonValue v = from.value(QLatin1String(key));
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    };
    if (!text(o, "name", &t->name) || t->name.trimmed().isEmpty())
        return translatedError(QT_TRANSLATE_NOOP("LibraryJson", "it has no name"));
    if (!text(o, "reason", &t->reason) || !findContactReason(t->reason))
        return translatedError(QT_TRANSLATE_NOOP("LibraryJson", "unknown contact reason \"%1\"")).arg(o.value(QLatin1String("reason")).toString());
    if (!text(o, "sourceLanguage", &t->sourceLanguage) || !findBuyerLanguage(t->sourceLanguage))
        return translatedError(QT_TRANSLATE_NOOP("LibraryJson", "unknown source language \"%1\"")).arg(o.value(QLatin1String("sourceLanguage")).toString());
    t->uuid = o.value(QLatin1String("uuid")).toString();
    t->created = fromStamp(o.value(QLatin1String("created")));
    t->updated = fromStamp(o.value(QLatin1String("updated")));
    for (const QJsonValue &tag : o.value(QLatin1String("tags")).toArray())
        if (tag.isString())
            t->tags << tag.toString();
    const QJsonValue variants = o.value(QLatin1String("variants"));
    if (!variants.isArray())
        return translatedError(QT_TRANSLATE_NOOP("LibraryJson", "\"variants\" is not a list"));
    for (const QJsonValue &value : variants.toArray()) {
        const QJsonObject vo = value.toObject();
        TemplateVariant v;
        if (!text(vo, "language", &v.language) || !findBuyerLanguage(v.language))
            return translatedError(QT_TRANSLATE_NOOP("LibraryJson", "a variant has an unknown language \"%1\"")).arg(vo.value(QLatin1String("language")).toString());
        if (t->variant(v.language))
            return translatedError(QT_TRANSLATE_NOOP("LibraryJson", "the language %1 appears twice")).arg(v.language);
        if (!text(vo, "subject", &v.text.subject) || !text(vo, "body", &v.text.body))
            return translatedError(QT_TRANSLATE_NOOP("LibraryJson", "the %1 variant lacks its subject or body")).arg(v.language);
        const auto status = translationStatusFromName(vo.value(QLatin1String("status")).toString(QStringLiteral("done")));
        if (!status || *status == TranslationStatus::Missing)
            return translatedError(QT_TRANSLATE_NOOP("LibraryJson", "the %1 variant has an unknown status")).arg(v.language);
        v.status = *status;
        v.created = fromStamp(vo.value(QLatin1String("created")));
        v.updated = fromStamp(vo.value(QLatin1String("updated")));
        t->variants.append(v);
    }
    if (!t->variant(t->sourceLanguage))
        return translatedError(QT_TRANSLATE_NOOP("LibraryJson", "it has no text in its source language %1")).arg(t->sourceLanguage);
    return {};
}

} // namespace

QByteArray templatesToJson(const QList<LibraryTemplate> &templates)
{
    QJsonArray list;
    for (const LibraryTemplate &t : templates) {
        QJsonArray variants;
        for (const TemplateVariant &v : t.variants)
            variants.append(QJsonObject{{"language", v.language}, {"subject", v.text.subject}, {"body", v.text.body},
                                        {"status", translationStatusName(v.status)},
                                        {"created", stamp(v.created)}, {"updated", stamp(v.updated)}});
        list.append(QJsonObject{{"uuid", t.uuid}, {"name", t.name}, {"reason", t.reason},
                                {"tags", QJsonArray::fromStringList(t.tags)}, {"sourceLanguage", t.sourceLanguage},
                                {"created", stamp(t.created)}, {"updated", stamp(t.updated)}, {"variants", variants}});
    }
    return QJsonDocument(QJsonObject{{"format", kFormat}, {"version", kVersion}, {"templates", list}})
        .toJson(QJsonDocument::Indented);
}

std::optional<QList<LibraryTemplate>> templatesFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = translatedError(QT_TRANSLATE_NOOP("LibraryJson", "not valid JSON at byte %1: %2")).arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != kFormat) {
        *error = translatedError(QT_TRANSLATE_NOOP("LibraryJson", "not a Permitted template file"));
        return std::nullopt;
    }
    if (root.value(QLatin1String("version")).toInt() != kVersion) {
        *error = translatedError(QT_TRANSLATE_NOOP("LibraryJson", "made by a newer version of Permitted (file version %1)")).arg(root.value(QLatin1String("version")).toInt());
        return std::nullopt;
    }
    QList<LibraryTemplate> templates;
    const QJsonArray list = root.value(QLatin1String("templates")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        LibraryTemplate t;
        const QString problem = readTemplate(list[i].toObject(), &t);
        if (!problem.isEmpty()) {
            *error = translatedError(QT_TRANSLATE_NOOP("LibraryJson", "template %1 (\"%2\"): %3")).arg(i + 1).arg(list[i].toObject().value(QLatin1String("name")).toString(), problem);
            return std::nullopt;
        }
        templates.append(t);
    }
    return templates;
}

bool isTemplateFileJson(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QLatin1String("format")).toString() == kFormat;
}

bool exportTemplates(const QString &path, const QList<LibraryTemplate> &templates, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(templatesToJson(templates)) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<QList<LibraryTemplate>> readTemplateFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        *error = translatedError(QT_TRANSLATE_NOOP("LibraryJson", "larger than 64 MB, too large for a template library"));
        return std::nullopt;
    }
    return templatesFromJson(file.readAll(), error);
}

} // namespace permitted
