// emoji: any emoji (a grapheme cluster with an Extended_Pictographic or regional-indicator code
// point, a keycap U+20E3 or an emoji presentation selector U+FE0F), and ASCII emoticons and
// kaomoji. ©, ® and ™ are pictographic too, but in text presentation (no U+FE0F) they are the
// ordinary signs sellers write, and are left alone.

#include "detection/checks/checks.h"
#include "detection/byte_alphabet.h"
#include "detection/icu_breaks.h"

#include <unicode/uchar.h>

namespace permitted {
namespace {

bool isEmojiCodePoint(char32_t cp)
{
    if (cp == 0x20E3 || cp == 0xFE0F)
        return true;
    if (cp < 0xA9)
        return false;   // ASCII: digits, # and * are emoji only with U+20E3 or U+FE0F
    return u_hasBinaryProperty(UChar32(cp), UCHAR_EXTENDED_PICTOGRAPHIC)
           || u_hasBinaryProperty(UChar32(cp), UCHAR_REGIONAL_INDICATOR)
           || u_hasBinaryProperty(UChar32(cp), UCHAR_EMOJI_MODIFIER)
           || (u_hasBinaryProperty(UChar32(cp), UCHAR_EMOJI_COMPONENT) && cp >= 0x1F000);
}

bool isTextPresentationSign(char32_t cp)
{
    return cp == 0x00A9 || cp == 0x00AE || cp == 0x2122;
}

Fix removal(const QString &text, Range r)
{
    // Take one neighbouring space along, so "Thanks 🙂 see you" becomes "Thanks see you".
    if (r.start > 0 && text[r.start - 1] == QLatin1Char(' ')
        && (r.end == text.size() || text[r.end].isSpace() || text[r.end].isPunct()))
        return {r.start - 1, r.length() + 1, {}};
    if (r.end < text.size() && text[r.end] == QLatin1Char(' ') && (r.start == 0 || text[r.start - 1].isSpace()))
        return {r.start, r.length() + 1, {}};
    return {r.start, r.length(), {}};
}

void checkPart(const CheckInput &in, const PartInput &part, Findings &out)
{
    const QString &text = part.view.text();
    // Where an emoji may start, in the one-byte alphabet: © ®, the bytes of the symbols the packs
    // name (★ ⭐ ...), and the bytes that stand for every other symbol, mark and surrogate, letter
    // (ℹ is one) and number.
    static constexpr ByteSet kMaybeEmoji("\xA9\xAE\x1A\xAA\xB9\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8D\x8E\x8F"
                                         "\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9D\x9E\x9F");
    const std::string_view bytes = part.view.bytes();
    std::vector<Range> found;
    for (int i = int(kMaybeEmoji.next(bytes, 0)); i < text.size(); i = int(kMaybeEmoji.next(bytes, size_t(i) + 1))) {
        const char16_t u = text[i].unicode();
        if (u < 0xA9)
            continue;   // nothing below © can start an emoji
        char32_t cp = u;
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            cp = QChar::surrogateToUcs4(u, text[i + 1].unicode());
        if (!isEmojiCodePoint(cp))
            continue;
        Range cluster = graphemeAt(text, i);
        // A lone modifier or joiner clings to the space before it; the space is not the emoji.
        while (cluster.start < i && text[cluster.start].isSpace())
            ++cluster.start;
        if (cluster.length() == 1 && isTextPresentationSign(cp))
            continue;
        if (!found.empty() && found.back().end >= cluster.end)
            continue;   // this code point belongs to the cluster already found
        found.push_back(cluster);
        i = cluster.end - 1;
    }
    for (const Range &r : part.entities.emoticons)
        found.push_back(r);
    std::sort(found.begin(), found.end(), [](Range a, Range b) { return a.start < b.start; });
    int until = -1;
    for (const Range &r : found) {
        if (r.start < until)
            continue;
        Finding f = in.finding(QStringLiteral("emoji"), part.part, r);
        f.fix = removal(text, r);
        out.append(f);
        until = r.end;
    }
}

} // namespace

void checkEmoji(const CheckInput &in, Findings &out)
{
    checkPart(in, in.subject, out);
    checkPart(in, in.body, out);
}

} // namespace permitted
