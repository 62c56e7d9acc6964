#pragma once
// Reading a message from a file or standard input, refused with the reason when it cannot be
// checked (missing, unreadable, too large, binary, not UTF-8). Standard input is read to its
// end, however many pieces it comes in. UTF-16 and UTF-32 with a byte-order mark are decoded;
// CR and CRLF line breaks become LF, so that every line break counts as one. The reason is
// structured: the command line words it in English, the editor in the interface's language.

#include <QString>
#include <optional>

namespace permitted {

// A buyer message is a few thousand characters; a megabyte is a wrong file, not a message.
constexpr qint64 kMaxInputBytes = 1024 * 1024;

struct InputText {
    QString text;
    QString path;        // as given; "-" for standard input
};

// Where bytes stop being valid UTF-8, as line and column (1-based).
struct TextPosition { int line; int column; };

// InvalidUnicode: UTF-16 or UTF-32 (told by its byte-order mark) that does not decode.
enum class InputProblem { Missing, Folder, Unreadable, TooLarge, Binary, InvalidUtf8, InvalidUnicode };

struct InputError {
    InputProblem problem = InputProblem::Unreadable;
    QString systemReason;     // Unreadable: the operating system's words
    TextPosition at{0, 0};    // InvalidUtf8: the first bad byte
};

std::optional<InputText> readInput(const QString &path, InputError *error);

std::optional<TextPosition> firstInvalidUtf8(const QByteArray &bytes);

// Text from a file's bytes, as readInput decodes them.
std::optional<QString> decodeInput(const QByteArray &bytes, InputError *error);

} // namespace permitted
