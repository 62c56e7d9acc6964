#include "input/input_file.h"

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
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0 || (c >= 0xD800 && c <= 0xDFFF))
            return TextPosition{line, column};
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return std::nullopt;
}

namespace {

// Text from bytes, refused when too large, binary, or not UTF-8.
std::optional<QString> decodeInput(const QByteArray &bytes, InputError *error)
{
    if (bytes.size() > kMaxInputBytes) {
        *error = {InputProblem::TooLarge, {}, {}};
        return std::nullopt;
    }
    if (bytes.contains('\0')) {
        *error = {InputProblem::Binary, {}, {}};
        return std::nullopt;
    }
    if (const auto bad = firstInvalidUtf8(bytes)) {
        *error = {InputProblem::InvalidUtf8, {}, *bad};
        return std::nullopt;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);   // a byte-order mark is not part of the message
    return text;
}

} // namespace

std::optional<InputText> readInput(const QString &path, InputError *error)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = {InputProblem::Unreadable, file.errorString(), {}};
            return std::nullopt;
        }
    } else {
        const QFileInfo info(path);
        if (!info.exists()) {
            *error = {InputProblem::Missing, {}, {}};
            return std::nullopt;
        }
        if (info.isDir()) {
            *error = {InputProblem::Folder, {}, {}};
            return std::nullopt;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = {InputProblem::Unreadable, file.errorString(), {}};
            return std::nullopt;
        }
    }
    // One byte more than the limit tells a file at the limit from a larger one.
    const auto text = decodeInput(file.read(kMaxInputBytes + 1), error);
    if (!text)
        return std::nullopt;
    return InputText{*text, path};
}

} // namespace permitted
