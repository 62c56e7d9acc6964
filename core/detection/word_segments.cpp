#include "detection/word_segments.h"
#include "detection/icu_breaks.h"

namespace permitted {
namespace {

bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r';
}

// ASCII letters and the letters of Latin-1 (À to ÿ but × and ÷): ALetter in UAX #29.
bool isPlainLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7);
}

// ASCII digits: Numeric in UAX #29.
bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// The marks a plain word may end with before white space: with no letter or digit after them,
// no rule joins them to the word (WB6, WB7, WB11, WB12 need one), so the word ends before them.
bool isTrailingMark(char16_t c)
{
    return c == u'.' || c == u',' || c == u'!' || c == u'?' || c == u';' || c == u':';
}

// A run of plain words, and where ICU sees it as one letter.
struct PlainRun {
    int shownAt;
    Range range;
};

} // namespace

std::vector<Range> wordSegments(const QString &text, const QString &language)
{
    const char16_t *u = reinterpret_cast<const char16_t *>(text.utf16());
    const int n = int(text.size());
    // The end of the plain token starting at i, or -1 when the token there is not one: letters
    // and digits, with an apostrophe between two letters or two digits ("you're", "l'adresse",
    // WB6 WB7 WB11 WB12), and maybe a trailing mark, up to white space or the text's end.
    auto plainTokenEnd = [&](int i) {
        int j = i;
        while (j < n && (isPlainLetter(u[j]) || isDigit(u[j]))) {
            ++j;
            if (j + 1 < n && u[j] == u'\''
                && ((isPlainLetter(u[j - 1]) && isPlainLetter(u[j + 1])) || (isDigit(u[j - 1]) && isDigit(u[j + 1]))))
                ++j;
        }
        if (j == i)
            return -1;
        if (j < n && isTrailingMark(u[j]))
            ++j;
        return j == n || isAsciiSpace(u[j]) ? j : -1;
    };

    // What ICU is shown: the text with each run of plain words as one letter.
    QString shown(n, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(shown.data());
    int shownSize = 0;
    std::vector<PlainRun> runs;
    int i = 0;
    while (i < n) {
        if (isAsciiSpace(u[i])) {
            out[shownSize++] = u[i++];
            continue;
        }
        const int end = plainTokenEnd(i);   // a token starts here: at the text's start or after white space
        if (end < 0) {   // a token ICU must see: copied up to the next white space
            while (i < n && !isAsciiSpace(u[i]))
                out[shownSize++] = u[i++];
            continue;
        }
        int runEnd = end;
        for (;;) {   // the plain words that follow, across white space
            int next = runEnd;
            while (next < n && isAsciiSpace(u[next]))
                ++next;
            const int wordEnd = next > runEnd && next < n ? plainTokenEnd(next) : -1;
            if (wordEnd < 0)
                break;
            runEnd = wordEnd;
        }
        runs.push_back({shownSize, {i, runEnd}});
        out[shownSize++] = u'a';
        i = runEnd;
    }
    shown.truncate(shownSize);

    std::vector<Range> words;
    words.reserve(size_t(n) / 4 + 1);
    size_t run = 0;
    int shift = 0;   // how much shorter the shown text is before the current segment
    for (const Range &segment : icuSegments(shown, language, BreakKind::Word, true)) {
        while (run < runs.size() && runs[run].shownAt < segment.start) {
            shift += runs[run].range.length() - 1;
            ++run;
        }
        if (run == runs.size() || runs[run].shownAt != segment.start) {
            words.push_back({segment.start + shift, segment.end + shift});
            continue;
        }
        // A run of plain words: one between each stretch of white space, without its mark.
        const Range r = runs[run].range;
        for (int k = r.start; k < r.end;) {
            int e = k;
            while (e < r.end && !isAsciiSpace(u[e]))
                ++e;
            words.push_back({k, isTrailingMark(u[e - 1]) ? e - 1 : e});
            for (k = e; k < r.end && isAsciiSpace(u[k]); ++k) {}
        }
        shift += r.length() - 1;
        ++run;
    }
    return words;
}

} // namespace permitted
