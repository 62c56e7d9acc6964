#include "detection/text_view.h"
#include "detection/icu_breaks.h"
#include "detection/byte_alphabet.h"
#include "detection/word_segments.h"

#include <QStringList>

#include <algorithm>

namespace permitted {

QString foldTypography(const QString &text)
{
    // Most texts have nothing to fold: share the original then. (Every unit is read, without an
    // early exit, so that the test vectorises.)
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    char16_t highest = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        highest = std::max(highest, units[i]);
    if (highest < 0xA0)
        return text;
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() < 0xA0)
            continue;
        switch (c.unicode()) {
        case 0x2018: case 0x2019: case 0x201A: case 0x2032: case 0x02BC:
            c = QLatin1Char('\''); break;
        case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
            c = QLatin1Char('"'); break;
        case 0x00A0: case 0x202F: case 0x2009: case 0x2007:
            c = QLatin1Char(' '); break;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013:
            c = QLatin1Char('-'); break;
        default: break;
        }
    }
    return out;
}

namespace {

// "vom 3. März": German writes the day of the month as an ordinal, and ICU ends a sentence at
// its full stop when a capital follows. A day before a month's name ends no sentence.
bool splitsADate(const QString &text, Range before, Range after)
{
    static const QStringList months = {
        QStringLiteral("Januar"), QStringLiteral("Jänner"), QStringLiteral("Februar"), QStringLiteral("März"),
        QStringLiteral("April"), QStringLiteral("Mai"), QStringLiteral("Juni"), QStringLiteral("Juli"),
        QStringLiteral("August"), QStringLiteral("September"), QStringLiteral("Oktober"),
        QStringLiteral("November"), QStringLiteral("Dezember")};
    const QStringView end = QStringView(text).mid(before.start, before.length()).trimmed();
    if (end.size() < 2 || end.back() != u'.' || !end[end.size() - 2].isDigit()
        || (end.size() > 3 && end[end.size() - 4].isDigit()))   // "1.000." or a year is no day
        return false;
    const QStringView next = QStringView(text).mid(after.start, after.length());
    return std::any_of(months.begin(), months.end(), [&](const QString &m) {
        return next.startsWith(m) && (next.size() == m.size() || !next[m.size()].isLetter());
    });
}

} // namespace

TextView::TextView(const QString &text, const QString &language)
    : m_text(text), m_folded(foldTypography(text)), m_language(language), m_bytes(toByteAlphabet(m_folded))
{
}

void TextView::findSentences(size_t count) const
{
    if (m_allSentences || m_sentences.size() >= count)
        return;
    // Found a few at a time: each call restarts ICU at the last boundary found.
    constexpr size_t kBatch = 4;
    const int from = m_sentences.empty() ? 0 : m_sentences.back().end;
    const size_t wanted = std::max(count - m_sentences.size(), kBatch);
    const std::vector<Range> more = icuSegments(m_text, m_language, BreakKind::Sentence, false, from, wanted);
    for (const Range &r : more) {
        if (!m_sentences.empty() && splitsADate(m_text, m_sentences.back(), r))
            m_sentences.back().end = r.end;
        else
            m_sentences.push_back(r);
    }
    m_allSentences = more.size() < wanted;
}

std::optional<Range> TextView::sentence(size_t i) const
{
    findSentences(i + 1);
    return i < m_sentences.size() ? std::optional(m_sentences[i]) : std::nullopt;
}

size_t TextView::sentenceIndexAt(int pos) const
{
    // Twice as many each time: every batch restarts ICU, and a restart far into a long text
    // costs more than the sentences it finds (a pasted megabyte took seconds four at a time).
    while (!m_allSentences && (m_sentences.empty() || m_sentences.back().end <= pos))
        findSentences(std::max<size_t>(m_sentences.size() * 2, m_sentences.size() + 1));
    auto it = std::upper_bound(m_sentences.begin(), m_sentences.end(), pos,
                               [](int p, const Range &s) { return p < s.start; });
    return size_t(std::max<qsizetype>(0, (it - m_sentences.begin()) - 1));
}

const std::vector<Range> &TextView::words() const
{
    if (!m_haveWords) {
        // ICU keeps "product.Rather" and "e.g" whole (a full stop between letters may belong to
        // the word); for spelling and counting they are separate words.
        const std::vector<Range> icuWords = wordSegments(m_text, m_language);
        m_words.reserve(icuWords.size());
        const std::string_view bytes = m_bytes;
        size_t dot = bytes.find('.');
        for (const Range &w : icuWords) {
            while (dot < size_t(w.start))
                dot = bytes.find('.', dot + 1);
            if (dot >= size_t(w.end)) {   // the common case: no full stop inside
                m_words.push_back(w);
                continue;
            }
            int start = w.start;
            for (int i = w.start; i <= w.end; ++i) {
                if (i == w.end || m_text[i] == QLatin1Char('.')) {
                    if (i > start)
                        m_words.push_back({start, i});
                    start = i + 1;
                }
            }
        }
        m_haveWords = true;
    }
    return m_words;
}

} // namespace permitted
