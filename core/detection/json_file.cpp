#include "detection/json_file.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace permitted {

QJsonObject readJsonObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1: invalid JSON at byte %2: %3")
                         .arg(path).arg(parseError.offset).arg(parseError.errorString());
        return {};
    }
    return doc.object();
}

} // namespace permitted
