#include "input/input_file.h"

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
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

// The encoding a byte-order mark announces, and the mark's length; UTF-8 when there is none.
struct Announced {
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    int markLength = 0;
};

Announced announcedEncoding(const QByteArray &b)
{
    // UTF-32 first: its little-endian mark begins with UTF-16's.
    if (b.startsWith(QByteArray("\xFF\xFE\x00\x00", 4))) return {QStringConverter::Utf32LE, 4};
    if (b.startsWith(QByteArray("\x00\x00\xFE\xFF", 4))) return {QStringConverter::Utf32BE, 4};
    if (b.startsWith("\xFF\xFE")) return {QStringConverter::Utf16LE, 2};
    if (b.startsWith("\xFE\xFF")) return {QStringConverter::Utf16BE, 2};
    if (b.startsWith("\xEF\xBB\xBF")) return {QStringConverter::Utf8, 3};
    return {};
}

// CRLF and a lone CR are line breaks as LF is.
void unifyLineBreaks(QString &text)
{
    if (!text.contains(QLatin1Char('\r')))
        return;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

} // namespace

std::optional<QString> decodeInput(const QByteArray &bytes, InputError *error)
{
    if (bytes.size() > kMaxInputBytes) {
        *error = {InputProblem::TooLarge, {}, {}};
        return std::nullopt;
    }
    const Announced announced = announcedEncoding(bytes);
    const QByteArray content = bytes.mid(announced.markLength);
    QString text;
    if (announced.encoding != QStringConverter::Utf8) {
        // Wide text is full of zero bytes: only its mark tells it from a binary file.
        QStringDecoder decode(announced.encoding, QStringConverter::Flag::Stateless);
        text = decode(content);
        if (decode.hasError() || text.contains(QChar(0))) {
            *error = {text.contains(QChar(0)) ? InputProblem::Binary : InputProblem::InvalidUnicode, {}, {}};
            return std::nullopt;
        }
    } else {
        if (content.contains('\0')) {
            *error = {InputProblem::Binary, {}, {}};
            return std::nullopt;
        }
        if (const auto bad = firstInvalidUtf8(content)) {
            *error = {InputProblem::InvalidUtf8, {}, *bad};
            return std::nullopt;
        }
        text = QString::fromUtf8(content);
    }
    unifyLineBreaks(text);
    return text;
}

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
    // To the end, one byte more than the limit at most (it tells a file at the limit from a
    // larger one): a pipe gives its text in pieces, as the writer writes them. Pieces of 64 KiB
    // at most: QIODevice::read() sets aside as many bytes as it is asked for before it reads, and
    // a megabyte for each 2 KB file was half the time of reading 2,000 of them.
    constexpr qint64 kPieceBytes = 64 * 1024;
    QByteArray bytes;
    while (bytes.size() <= kMaxInputBytes) {
        const QByteArray piece = file.read(std::min(kPieceBytes, kMaxInputBytes + 1 - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = {InputProblem::Unreadable, file.errorString(), {}};
        return std::nullopt;
    }
    const auto text = decodeInput(bytes, error);
    if (!text)
        return std::nullopt;
    return InputText{*text, path};
}

} // namespace permitted
