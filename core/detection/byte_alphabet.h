#pragma once
// The alphabet every regular expression of the validator runs on: one byte for each UTF-16 unit
// of the folded text. Latin-1 stays as it is, which covers the letters of the five written
// languages; € and Œ œ (French) take the places of ¤ and Ð ð, so that they keep a currency sign
// and a case pair; the symbols the rule packs' patterns name (★, –, 【 ...) have bytes of their
// own; every other letter becomes ª, every other number ¹, and anything else the control byte
// 0x1A. So \pL and \pN keep their meaning, and the packs' patterns are put in the same alphabet.
//
// Why: RE2 in Latin-1 mode compiles the packs' Unicode-class-heavy expressions in a few
// milliseconds instead of 45-150 ms per language in UTF-8 mode (measured on en, fr and de), which
// was most of permitted-check's start-up; and a match's byte offsets are the text's UTF-16
// offsets, with no table between them. What a match found is read from the real text at those
// offsets.

#include <QStringView>
#include <array>
#include <memory>
#include <re2/re2.h>
#include <re2/set.h>
#include <span>
#include <string>
#include <string_view>

namespace permitted {

std::string toByteAlphabet(QStringView text);

// One of the validator's own expressions (written in UTF-8, like the source file), compiled for
// text in this alphabet. One that does not compile is a bug: it stops the program at once.
std::unique_ptr<re2::RE2> compileForBytes(const char *utf8Pattern, bool caseSensitive = true);
// The same for several, as one RE2::Set that finds which of them match, in one pass.
std::unique_ptr<re2::RE2::Set> compileSetForBytes(std::span<const char *const> utf8Patterns, bool caseSensitive = true);

// A set of bytes, for skipping to the next of them in a text's bytes: a check that looks at a
// few characters (brackets, sentence marks) skips the rest a table lookup at a time.
class ByteSet {
public:
    constexpr explicit ByteSet(std::string_view members)
    {
        for (const char c : members)
            m_has[static_cast<unsigned char>(c)] = true;
    }
    bool contains(char c) const { return m_has[static_cast<unsigned char>(c)]; }
    // The offset of the first member at or after `from`, or text.size() when there is none.
    size_t next(std::string_view text, size_t from) const
    {
        while (from < text.size() && !contains(text[from]))
            ++from;
        return from;
    }

private:
    std::array<bool, 256> m_has{};
};

} // namespace permitted
