#include "detection/styling_examples.h"
#include "detection/json_file.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace permitted {
namespace {

bool onlyKeys(const QJsonObject &o, const QStringList &known, const QString &file, QString *error)
{
    for (const QString &key : o.keys())
        if (!known.contains(key)) {
            *error = QStringLiteral("%1: unknown key \"%2\"").arg(file, key);
            return false;
        }
    return true;
}

} // namespace

std::optional<QList<StylingExample>> loadStylingExamples(const QString &rulesRoot, QString *error)
{
    QList<StylingExample> out;
    const QDir dir(rulesRoot + QStringLiteral("/html"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = QStringLiteral("%1: no example files").arg(dir.path());
        return std::nullopt;
    }
    for (const QString &name : files) {
        const QJsonObject root = readJsonObject(dir.filePath(name), error);
        if (root.isEmpty())
            return std::nullopt;
        if (!onlyKeys(root, {"rule", "about", "examples"}, name, error))
            return std::nullopt;
        const QString rule = root.value(QLatin1String("rule")).toString();
        if (rule + QStringLiteral(".json") != name) {
            *error = QStringLiteral("%1: \"rule\" must be the file's name").arg(name);
            return std::nullopt;
        }
        const QJsonObject examples = root.value(QLatin1String("examples")).toObject();
        if (!onlyKeys(examples, {"bad", "good"}, name, error))
            return std::nullopt;
        for (const QJsonValue &v : examples.value(QLatin1String("bad")).toArray()) {
            const QJsonObject o = v.toObject();
            if (!onlyKeys(o, {"html", "fix"}, name, error))
                return std::nullopt;
            out.append({rule, o.value(QLatin1String("html")).toString(), true, o.value(QLatin1String("fix")).toBool()});
        }
        for (const QJsonValue &v : examples.value(QLatin1String("good")).toArray())
            out.append({rule, v.toString(), false, false});
    }
    return out;
}

} // namespace permitted
