#pragma once
// One part of a message (subject or body) prepared once for every rule that reads it: a folded
// copy for matching, the same in the one-byte alphabet the regular expressions run on, and the
// ICU sentences and words, computed only when a rule first asks for them.

#include <QString>
#include <optional>
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
    // The folded text in the one-byte alphabet of byte_alphabet.h, for RE2 in Latin-1 mode: byte
    // offsets are UTF-16 offsets.
    std::string_view bytes() const { return m_bytes; }
    const QString &language() const { return m_language; }

    // ICU word-like tokens (letters or digits, no spaces or punctuation), all of them.
    const std::vector<Range> &words() const;
    // The i-th ICU sentence, with its trailing spaces and line break, or nothing past the last.
    // Sentences are found only as far as they are asked for: the message-level rules often
    // decide after the first two.
    std::optional<Range> sentence(size_t i) const;
    // The index of the sentence that holds the UTF-16 offset `pos` (the sentences cover the
    // text without gaps; past its end, the last one).
    size_t sentenceIndexAt(int pos) const;
    QStringView slice(Range r) const { return QStringView(m_text).mid(r.start, r.length()); }

private:
    void findSentences(size_t count) const;

    QString m_text;
    QString m_folded;
    QString m_language;
    std::string m_bytes;
    mutable std::vector<Range> m_sentences;
    mutable std::vector<Range> m_words;
    mutable bool m_allSentences = false;
    mutable bool m_haveWords = false;
};

// Folds the typographic variants of a text (see TextView::folded); the result has the
// same length as the input.
QString foldTypography(const QString &text);

} // namespace permitted
