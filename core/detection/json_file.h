#pragma once
#include <QJsonObject>
#include <QString>

namespace permitted {
// Reads a JSON object from a file (a Qt resource path works too). On failure returns an empty
// object and sets `error` to a one-line reason naming the file and, for a syntax error, the offset.
QJsonObject readJsonObject(const QString &path, QString *error);
}
