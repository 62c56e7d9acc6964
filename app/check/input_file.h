#pragma once
// Reading one input of permitted-check: a file or standard input, refused with a one-line reason
// when it cannot be checked (missing, unreadable, too large, binary, not UTF-8).

#include <QString>
#include <optional>

namespace permitted {

constexpr qint64 kMaxInputBytes = 1024 * 1024;

struct InputText {
    QString text;
    QString path;        // as given; "-" for standard input
};

std::optional<InputText> readInput(const QString &path, QString *error);

// Where `bytes` stops being valid UTF-8, as line and column (1-based), or nullopt when valid.
struct TextPosition { int line; int column; };
std::optional<TextPosition> firstInvalidUtf8(const QByteArray &bytes);

} // namespace permitted
