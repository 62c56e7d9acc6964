#pragma once
// One part of a message (subject or body) prepared once for every rule that reads it: a folded
// copy for matching, its UTF-8 form for RE2 with the way back to UTF-16 offsets, and the ICU
// sentences and words, computed only when a rule first asks for them.

#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace permitted {

struct Range {
    int start = 0;
    int end = 0;   // one past the last UTF-16 unit
    int length() const { return end - start; }
    bool overlaps(const Range &o) const { return start < o.end && o.start < end; }
    bool contains(const Range &o) const { return start <= o.start && o.end <= end; }
};

class TextView {
public:
    TextView(const QString &text, const QString &language);

    const QString &text() const { return m_text; }
    // The text with typographic variants folded to one form of the same length (’ to ',
    // non-breaking spaces to spaces, “” to "), so patterns need not spell each variant.
    const QString &folded() const { return m_folded; }
    std::string_view utf8() const { return m_utf8; }
    // The UTF-16 offset of a UTF-8 byte offset into utf8().
    int toUtf16(size_t utf8Offset) const { return m_utf16At[utf8Offset]; }
    size_t toUtf8(int utf16Offset) const;
    const QString &language() const { return m_language; }
    // The folded text in the rule packs' one-byte alphabet (see pack_alphabet.h): byte offsets
    // are UTF-16 offsets. Made when first asked for.
    std::string_view packBytes() const;

    // ICU sentences (with their trailing spaces and line break) and word-like tokens (letters or
    // digits, no spaces or punctuation).
    const std::vector<Range> &sentences() const;
    const std::vector<Range> &words() const;
    QStringView slice(Range r) const { return QStringView(m_text).mid(r.start, r.length()); }

private:
    QString m_text;
    QString m_folded;
    QString m_language;
    std::string m_utf8;
    std::vector<int> m_utf16At;
    mutable std::string m_packBytes;
    mutable bool m_havePackBytes = false;
    mutable std::vector<Range> m_sentences;
    mutable std::vector<Range> m_words;
    mutable bool m_haveSentences = false;
    mutable bool m_haveWords = false;
};

// Folds the typographic variants of a text (see TextView::folded); the result has the
// same length as the input.
QString foldTypography(const QString &text);

} // namespace permitted
