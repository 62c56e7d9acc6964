#pragma once
// The alphabet the rule packs' expressions run on: one byte for each UTF-16 unit of the folded
// text. Latin-1 stays as it is, which covers the letters of the five written languages; € and
// Œ œ (French) take the places of ¤ and Ð ð, so that they keep a currency sign and a case pair;
// the symbols the patterns name (★, –, 【 ...) have bytes of their own; every other letter
// becomes ª, every other number ¹, and anything else the control byte 0x1A. Patterns are put in
// the same alphabet.
//
// Why: RE2 in Latin-1 mode compiles the packs' Unicode-class-heavy expressions in a few
// milliseconds instead of 45-150 ms per language in UTF-8 mode (measured on en, fr and de), which
// was most of permitted-check's start-up; and a match's byte offsets are the text's UTF-16
// offsets, with no table between them.

#include <QStringView>
#include <string>

namespace permitted {

std::string toPackAlphabet(QStringView text);

} // namespace permitted
