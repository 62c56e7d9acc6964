#include "detection/word_edge_guard.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace permitted {
namespace {

constexpr size_t npos = std::string_view::npos;

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Just past the character class that opens at `i`, or npos.
size_t skipClass(std::string_view p, size_t i)
{
    size_t j = i + 1;
    if (j < p.size() && p[j] == '^')
        ++j;
    if (j < p.size() && p[j] == ']')
        ++j;   // a "]" first in a class is a literal
    for (; j < p.size(); ++j) {
        if (p[j] == '\\')
            ++j;
        else if (p[j] == ']')
            return j + 1;
    }
    return npos;
}

// Just past the group that opens at `i`, or npos.
size_t skipGroup(std::string_view p, size_t i)
{
    int depth = 0;
    for (size_t j = i; j < p.size(); ++j) {
        if (p[j] == '\\') {
            ++j;
        } else if (p[j] == '[') {
            j = skipClass(p, j);
            if (j == npos)
                return npos;
            --j;
        } else if (p[j] == '(') {
            ++depth;
        } else if (p[j] == ')' && --depth == 0) {
            return j + 1;
        }
    }
    return npos;
}

// Just past the escape at `i` ("\d", "\pL", "\p{Ll}", "\x{2019}"), or npos for one not read here.
size_t skipEscape(std::string_view p, size_t i)
{
    if (i + 1 >= p.size() || p[i + 1] == 'Q')
        return npos;   // \Q...\E quotes a whole stretch
    const char kind = p[i + 1];
    if (kind != 'p' && kind != 'P' && kind != 'x')
        return i + 2;
    if (i + 2 < p.size() && p[i + 2] == '{') {
        const size_t close = p.find('}', i + 2);
        return close == npos ? npos : close + 1;
    }
    return kind == 'x' ? i + 4 : i + 3;
}

// One atom of an expression and whether its quantifier lets it match nothing.
struct Element {
    std::string_view atom;
    bool optional = false;
};

// The elements of a sequence with no "|" at its own level, or nothing when it cannot be read.
std::optional<std::vector<Element>> elementsOf(std::string_view seq)
{
    std::vector<Element> out;
    size_t i = 0;
    while (i < seq.size()) {
        size_t end = seq[i] == '\\' ? skipEscape(seq, i)
                   : seq[i] == '[' ? skipClass(seq, i)
                   : seq[i] == '(' ? skipGroup(seq, i)
                                   : i + 1;
        if (end == npos || end > seq.size())
            return std::nullopt;
        Element e{seq.substr(i, end - i)};
        if (end < seq.size() && (seq[end] == '?' || seq[end] == '*' || seq[end] == '+')) {
            e.optional = seq[end] != '+';
            ++end;
        } else if (end < seq.size() && seq[end] == '{') {
            const size_t close = seq.find('}', end);
            if (close == npos || !isDigit(seq[end + 1]))
                return std::nullopt;
            size_t digits = end + 1;
            while (digits < close && isDigit(seq[digits]))
                ++digits;
            e.optional = std::all_of(seq.begin() + end + 1, seq.begin() + digits, [](char c) { return c == '0'; });
            end = close + 1;
        }
        if (end < seq.size() && seq[end] == '?')
            ++end;   // a lazy quantifier
        out.push_back(e);
        i = end;
    }
    return out;
}

// The alternatives of `body` at its own level (not those inside its groups), or nothing when it
// cannot be read.
std::optional<std::vector<std::string_view>> alternativesOf(std::string_view body)
{
    std::vector<std::string_view> out;
    size_t start = 0;
    for (size_t j = 0; j <= body.size(); ++j) {
        if (j == body.size() || body[j] == '|') {
            out.push_back(body.substr(start, j - start));
            start = j + 1;
        } else if (body[j] == '\\') {
            ++j;
        } else if (body[j] == '[' || body[j] == '(') {
            const size_t end = body[j] == '[' ? skipClass(body, j) : skipGroup(body, j);
            if (end == npos)
                return std::nullopt;
            j = end - 1;
        }
    }
    return out;
}

enum class Edge { Start, End };

bool everyAlternativeHasLetterAt(std::string_view body, Edge edge, int depth);

bool atomIsLetters(std::string_view atom, Edge edge, int depth)
{
    if (atom.size() == 1)
        return isAsciiLetter(atom[0]);
    if (atom.front() == '[') {
        const std::string_view inside = atom.substr(1, atom.size() - 2);
        return !inside.empty() && inside.front() != '-' && inside.back() != '-'
               && std::all_of(inside.begin(), inside.end(), [](char c) { return isAsciiLetter(c) || c == '-'; });
    }
    if (atom.front() == '(') {
        std::string_view inside = atom.substr(1, atom.size() - 2);
        // The group's head: "(?P<name>", "(?:", "(?i:", "(?-i:"; a plain "(" has none.
        if (inside.starts_with("?P<")) {
            const size_t close = inside.find('>');
            if (close == npos)
                return false;
            inside.remove_prefix(close + 1);
        } else if (inside.starts_with('?')) {
            const size_t colon = inside.find(':');
            if (colon == npos || !std::all_of(inside.begin() + 1, inside.begin() + colon, [](char c) {
                    return isAsciiLetter(c) || c == '-'; }))
                return false;   // "(?i)" sets flags and matches nothing
            inside.remove_prefix(colon + 1);
        }
        return everyAlternativeHasLetterAt(inside, edge, depth + 1);
    }
    return false;
}

bool sequenceHasLetterAt(std::vector<Element> elements, Edge edge, int depth)
{
    while (!elements.empty()) {
        const Element e = edge == Edge::Start ? elements.front() : elements.back();
        if (!atomIsLetters(e.atom, edge, depth))
            return false;
        if (!e.optional)
            return true;
        // It may match nothing: then the next element is at the edge.
        if (edge == Edge::Start)
            elements.erase(elements.begin());
        else
            elements.pop_back();
    }
    return false;
}

bool everyAlternativeHasLetterAt(std::string_view body, Edge edge, int depth)
{
    if (depth > 16)
        return false;
    const auto alternatives = alternativesOf(body);
    return alternatives && std::all_of(alternatives->begin(), alternatives->end(), [&](std::string_view alt) {
        const auto elements = elementsOf(alt);
        return elements && sequenceHasLetterAt(*elements, edge, depth);
    });
}

// Whether the expression sets flags for the rest of its group, "(?i)": they would no longer reach
// the alternatives after them once those are wrapped in groups of their own.
bool setsFlags(std::string_view pattern)
{
    for (size_t at = pattern.find("(?"); at != npos; at = pattern.find("(?", at + 1)) {
        size_t j = at + 2;
        while (j < pattern.size() && (isAsciiLetter(pattern[j]) || pattern[j] == '-'))
            ++j;
        if (j < pattern.size() && pattern[j] == ')' && (at == 0 || pattern[at - 1] != '\\'))
            return true;
    }
    return false;
}

} // namespace

bool beginsWithAsciiLetter(std::string_view pattern)
{
    return everyAlternativeHasLetterAt(pattern, Edge::Start, 0);
}

bool endsWithAsciiLetter(std::string_view pattern)
{
    return everyAlternativeHasLetterAt(pattern, Edge::End, 0);
}

std::string withWordEdgeGuards(const std::string &pattern)
{
    if (setsFlags(pattern))
        return pattern;
    const bool start = beginsWithAsciiLetter(pattern), end = endsWithAsciiLetter(pattern);
    if (start && end)
        return "\\b(?:" + pattern + ")\\b";
    // Else each alternative on its own, where the whole is a choice between them:
    // "(?:merde|enculée?s?)" becomes "(?:\\bmerde\\b|\\benculée?s?)".
    std::string_view body = pattern;
    const bool wrapped = body.starts_with("(?:") && skipGroup(body, 0) == body.size();
    if (wrapped)
        body = body.substr(3, body.size() - 4);
    if (const auto alternatives = alternativesOf(body); alternatives && alternatives->size() > 1) {
        std::string out;
        for (size_t i = 0; i < alternatives->size(); ++i)
            out += (i > 0 ? "|" : "") + withWordEdgeGuards(std::string((*alternatives)[i]));
        return wrapped ? "(?:" + out + ")" : out;
    }
    if (!start && !end)
        return pattern;
    return (start ? "\\b(?:" : "(?:") + pattern + (end ? ")\\b" : ")");
}

} // namespace permitted
