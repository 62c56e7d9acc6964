#include "input_file.h"

#include <QFile>
#include <QFileInfo>
#include <unicode/utf8.h>

namespace permitted {

std::optional<TextPosition> firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const uint8_t *>(bytes.constData());
    const int32_t length = int32_t(bytes.size());
    int line = 1, column = 1;
    for (int32_t i = 0; i < length;) {
        const int32_t at = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0 || (c >= 0xD800 && c <= 0xDFFF))
            return TextPosition{line, column};
        (void)at;
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return std::nullopt;
}

std::optional<InputText> readInput(const QString &path, QString *error)
{
    QFile file;
    QByteArray bytes;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = QStringLiteral("-: cannot read standard input");
            return std::nullopt;
        }
        bytes = file.read(kMaxInputBytes + 1);
    } else {
        const QFileInfo info(path);
        if (!info.exists()) {
            *error = QStringLiteral("%1: no such file").arg(path);
            return std::nullopt;
        }
        if (info.isDir()) {
            *error = QStringLiteral("%1: is a folder, not a file").arg(path);
            return std::nullopt;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        bytes = file.read(kMaxInputBytes + 1);
    }
    if (bytes.size() > kMaxInputBytes) {
        *error = QStringLiteral("%1: larger than 1 MB; a buyer message is at most a few thousand characters").arg(path);
        return std::nullopt;
    }
    if (bytes.contains('\0')) {
        *error = QStringLiteral("%1: a binary file, not text").arg(path);
        return std::nullopt;
    }
    if (const auto bad = firstInvalidUtf8(bytes)) {
        *error = QStringLiteral("%1:%2:%3: not valid UTF-8").arg(path).arg(bad->line).arg(bad->column);
        return std::nullopt;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);   // a byte-order mark is not part of the message
    return InputText{text, path};
}

} // namespace permitted
