#include "detection/checks/emoticons.h"
#include "detection/byte_alphabet.h"

#include <re2/re2.h>

namespace permitted {

namespace {

// Calls onFace(begin, end) for each face that `re` finds in `text`: the first of its groups
// that took part in the match, or the whole match.
template <typename F>
void forEachFace(const RE2 &re, std::string_view text, F onFace)
{
    const re2::StringPiece whole(text.data(), text.size());
    re2::StringPiece m[3];
    size_t pos = 0;
    while (pos <= text.size() && re.Match(whole, pos, text.size(), RE2::UNANCHORED, m, 3)) {
        const re2::StringPiece &face = m[1].data() ? m[1] : m[2].data() ? m[2] : m[0];
        const size_t b = size_t(face.data() - text.data());
        const size_t faceEnd = b + face.size();
        onFace(b, faceEnd);
        // The separator after a face may be the one before the next face.
        pos = faceEnd > pos ? faceEnd : pos + 1;
    }
}

// "SRAM XD", "SoundBox XD": "XD" after a name with two capitals or more is a standard or a
// model, not a laughing face ("Haha XD" still is).
bool namesAProduct(const QString &text, int begin, int end)
{
    if (QStringView(text).mid(begin, end - begin) != u"XD")
        return false;
    int i = begin;
    while (i > 0 && text[i - 1].isSpace())
        --i;
    int capitals = 0;
    for (; i > 0 && text[i - 1].isLetter(); --i)
        capitals += text[i - 1].isUpper() ? 1 : 0;
    return capitals >= 2;
}

} // namespace

const char *emoticonExpression()
{
    // Eyes, an optional nose, a mouth; then the few that have another shape. An emoticon stands
    // apart: white space, a letter ("Merci:)") or the text's edge before it, and white space,
    // punctuation, a tag pasted from a help desk (":-)<br>") or the edge after it, so clock
    // times (10:30), ratios (3:2) and list markers
    // (a), 8)) never match.
    return R"((?:(?:^|\s)()"
           R"([:;=][-o^']?[)(\]\[DPpOo3|/\\*@$]|[)(][-o^']?[:;=]|<3|</3|xD|XD|x-D|\^_*\^|\^\^|-_-|>_<|o_O|O_o|o\.O|T_T|;_;|:'\(|:'-\()"
           R"()|\pL([:;=]-?[)(DPp]))(?:$|[\s.,!?<]))";
}

std::vector<Range> findEmoticons(const TextView &view, bool asciiFacesPossible)
{
    static const std::unique_ptr<RE2> emoticon = compileForBytes(emoticonExpression());
    // A bracketed face made of the characters kaomoji are drawn with.
    static const RE2 kaomoji(
        R"(([(（ʕ][^()（）\s]{0,8}[°□▽ᴥ≧≦ツ＾^ω・´｀◕‿⊙ಠ益ヮﾟДд∀≖｡][^()（）\s]{0,8}[)）ʔ][ﾉノ╯/*]*(?:\s*[┻︵┳━]+)*)|(¯\\_\(ツ\)_/¯))");
    // The kaomoji expression is costly to run; most texts have none of the characters it needs.
    static const QString faceParts = QStringLiteral("°□▽ᴥ≧≦ツ＾^ω・´｀◕‿⊙ಠ益ヮﾟДд∀≖｡");
    // In the one-byte alphabet those are ^ ° ´, or the bytes that stand for other letters and
    // symbols: only these places are looked at.
    static constexpr ByteSet kMaybeFacePart("^\xB0\xB4\xAA\x1A");
    const QString &folded = view.folded();
    const std::string_view bytes = view.bytes();
    bool mayHaveKaomoji = false;
    for (size_t i = kMaybeFacePart.next(bytes, 0); i < bytes.size() && !mayHaveKaomoji; i = kMaybeFacePart.next(bytes, i + 1))
        mayHaveKaomoji = faceParts.contains(folded[qsizetype(i)]);
    std::vector<Range> out;
    // ASCII faces in the one-byte alphabet, whose offsets are the text's.
    if (asciiFacesPossible)
        forEachFace(*emoticon, bytes, [&](size_t b, size_t e) {
            if (!namesAProduct(folded, int(b), int(e)))
                out.push_back({int(b), int(e)});
        });
    if (mayHaveKaomoji) {
        // Kaomoji are drawn with characters outside that alphabet: they are looked for in UTF-8,
        // and their offsets counted back in UTF-16 units.
        const QByteArray utf8 = folded.toUtf8();
        auto utf16At = [&](size_t offset) { return int(QString::fromUtf8(utf8.constData(), qsizetype(offset)).size()); };
        // "(86°F)", "(175-400 °C)": a degree sign after a number is a temperature, not an eye.
        static const RE2 temperature(R"(\d\s?°)");
        forEachFace(kaomoji, std::string_view(utf8.constData(), size_t(utf8.size())), [&](size_t b, size_t e) {
            if (!RE2::PartialMatch(re2::StringPiece(utf8.constData() + b, e - b), temperature))
                out.push_back({utf16At(b), utf16At(e)});
        });
    }
    return out;
}

} // namespace permitted
