#pragma once
// A pack's pattern counts only at word edges (see findPattern), a test made after RE2 has found a
// match. A pattern that begins or ends with a letter ("an\s+...", "cons?") then finds many
// candidates inside words ("can be", "conseil") that the test throws away, one more RE2 pass each,
// and the pack's RE2::Set reports it as possible in almost every message. Such a pattern is given
// RE2's \b at that edge: where \b refuses (a letter next to an ASCII letter, digit or "_"), the
// word-edge test would refuse too, so nothing is lost; the test stays for the letters \b does
// not know (é, ß ...).

#include <string>
#include <string_view>

namespace permitted {

// Whether every match of the expression (in the one-byte alphabet) surely begins, or ends, with
// an ASCII letter. Conservative: an expression not read that far is answered false.
bool beginsWithAsciiLetter(std::string_view pattern);
bool endsWithAsciiLetter(std::string_view pattern);

// The expression with \b at each edge where it surely has an ASCII letter; when that is not
// true of the whole, the same for each of the alternatives it chooses between.
std::string withWordEdgeGuards(const std::string &pattern);

} // namespace permitted
