#include "text_view.h"
#include "icu_breaks.h"
#include "pack_alphabet.h"

#include <algorithm>

namespace permitted {

QString foldTypography(const QString &text)
{
    // Most texts have nothing to fold: share the original then.
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0xA0; });
    if (plain)
        return text;
    QString out = text;
    for (QChar &c : out) {
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

TextView::TextView(const QString &text, const QString &language)
    : m_text(text), m_folded(foldTypography(text)), m_language(language)
{
    // At most three UTF-8 bytes per UTF-16 unit (a surrogate pair makes four bytes of two units).
    const int n = int(m_folded.size());
    m_utf8.resize(size_t(n) * 3);
    m_utf16At.resize(size_t(n) * 3 + 1);
    const char16_t *u = reinterpret_cast<const char16_t *>(m_folded.utf16());
    size_t out = 0;
    for (int i = 0; i < n; ++i) {
        char32_t cp = u[i];
        const int at = i;
        if (cp < 0x80) {   // the common case
            m_utf8[out] = char(cp);
            m_utf16At[out++] = at;
            continue;
        }
        if (QChar::isHighSurrogate(cp) && i + 1 < n && QChar::isLowSurrogate(u[i + 1]))
            cp = QChar::surrogateToUcs4(char16_t(cp), u[++i]);
        else if (QChar::isSurrogate(cp))
            cp = 0xFFFD;   // a lone surrogate cannot be encoded; keep one character for it
        char buf[4];
        int len;
        if (cp < 0x800) { buf[0] = char(0xC0 | (cp >> 6)); buf[1] = char(0x80 | (cp & 0x3F)); len = 2; }
        else if (cp < 0x10000) {
            buf[0] = char(0xE0 | (cp >> 12)); buf[1] = char(0x80 | ((cp >> 6) & 0x3F));
            buf[2] = char(0x80 | (cp & 0x3F)); len = 3;
        } else {
            buf[0] = char(0xF0 | (cp >> 18)); buf[1] = char(0x80 | ((cp >> 12) & 0x3F));
            buf[2] = char(0x80 | ((cp >> 6) & 0x3F)); buf[3] = char(0x80 | (cp & 0x3F)); len = 4;
        }
        for (int k = 0; k < len; ++k) {
            m_utf8[out] = buf[k];
            m_utf16At[out++] = at;
        }
    }
    m_utf8.resize(out);
    m_utf16At.resize(out + 1);
    m_utf16At[out] = n;
}

std::string_view TextView::packBytes() const
{
    if (!m_havePackBytes) {
        m_packBytes = toPackAlphabet(m_folded);
        m_havePackBytes = true;
    }
    return m_packBytes;
}

size_t TextView::toUtf8(int utf16Offset) const
{
    auto it = std::lower_bound(m_utf16At.begin(), m_utf16At.end(), utf16Offset);
    return size_t(it - m_utf16At.begin());
}

const std::vector<Range> &TextView::sentences() const
{
    if (!m_haveSentences) {
        m_sentences = icuSegments(m_text, m_language, BreakKind::Sentence, false);
        m_haveSentences = true;
    }
    return m_sentences;
}

const std::vector<Range> &TextView::words() const
{
    if (!m_haveWords) {
        // ICU keeps "product.Rather" and "e.g" whole (a full stop between letters may belong to
        // the word); for spelling and counting they are separate words.
        for (const Range &w : icuSegments(m_text, m_language, BreakKind::Word, true)) {
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
