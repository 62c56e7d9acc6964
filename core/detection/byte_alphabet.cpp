#include "detection/byte_alphabet.h"

#include <QChar>
#include <algorithm>
#include <QString>
#include <re2/re2.h>
#include <iterator>

namespace permitted {

namespace {

// The symbols outside Latin-1 that the packs' patterns name, each with a byte of its own in the
// C1 control range, which real text does not use (its C1 controls become 0x1A).
constexpr char16_t kPatternSymbols[] = {
    0x2013, 0x2014,                   // – —
    0x2018, 0x2019, 0x201C, 0x201D, 0x201E,   // ‘ ’ “ ” „ (folded away in the text)
    0x2026, 0x2192,                   // … →
    0x2605, 0x2606, 0x2B50,           // ★ ☆ ⭐
    0x3010, 0x3011,                   // 【 】
};
static_assert(std::size(kPatternSymbols) <= 0x20);

char packByte(char16_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c < 0x100))
        return char(c);
    switch (c) {
    case 0x20AC: return char(0xA4);   // € as ¤
    case 0x0152: return char(0xD0);   // Œ as Ð
    case 0x0153: return char(0xF0);   // œ as ð
    default: break;
    }
    for (size_t i = 0; i < std::size(kPatternSymbols); ++i)
        if (kPatternSymbols[i] == c)
            return char(0x80 + i);
    const QChar q(c);
    if (q.isLetter())
        return char(0xAA);   // ª: a letter, in \pL, without case
    if (q.isNumber())
        return char(0xB9);   // ¹: a number, in \pN, not in \d
    return char(0x1A);
}

} // namespace

std::string toByteAlphabet(QStringView text)
{
    // Most units are Latin-1 without C1 controls, each its own byte: Qt's vectorised conversion
    // writes them, and only the others are looked up one by one. (The tests read every unit,
    // without an early exit, so that they vectorise too.)
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    char16_t highest = 0, c1 = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        highest = std::max(highest, units[i]);
        c1 |= char16_t(units[i] - 0x80) < 0x20 ? 1 : 0;
    }
    const QByteArray latin1 = text.toLatin1();
    std::string out(latin1.constData(), size_t(latin1.size()));
    if (highest >= 0x100 || c1) {
        for (qsizetype i = 0; i < text.size(); ++i)
            if (units[i] >= 0x80 && (units[i] < 0xA0 || units[i] >= 0x100))
                out[size_t(i)] = packByte(units[i]);
    }
    return out;
}

namespace {

RE2::Options optionsForBytes(bool caseSensitive)
{
    RE2::Options options;
    options.set_case_sensitive(caseSensitive);
    options.set_encoding(RE2::Options::EncodingLatin1);
    return options;
}

std::string inBytes(const char *utf8Pattern)
{
    return toByteAlphabet(QString::fromUtf8(utf8Pattern));
}

} // namespace

std::unique_ptr<re2::RE2> compileForBytes(const char *utf8Pattern, bool caseSensitive)
{
    auto re = std::make_unique<RE2>(inBytes(utf8Pattern), optionsForBytes(caseSensitive));
    if (!re->ok())
        qFatal("invalid built-in expression %s: %s", utf8Pattern, re->error().c_str());
    return re;
}

std::unique_ptr<re2::RE2::Set> compileSetForBytes(std::span<const char *const> utf8Patterns, bool caseSensitive)
{
    auto set = std::make_unique<RE2::Set>(optionsForBytes(caseSensitive), RE2::UNANCHORED);
    for (const char *pattern : utf8Patterns) {
        std::string error;
        if (set->Add(inBytes(pattern), &error) < 0)
            qFatal("invalid built-in expression %s: %s", pattern, error.c_str());
    }
    if (!set->Compile())
        qFatal("built-in expressions: out of memory compiling a set");
    return set;
}

} // namespace permitted
