#include "emoticons.h"

#include <re2/re2.h>

namespace permitted {

std::vector<Range> findEmoticons(const TextView &view)
{
    // Eyes, an optional nose, a mouth; then the few that have another shape. An emoticon stands
    // apart: white space, a letter ("Merci:)") or the text's edge before it, and white space,
    // punctuation or the edge after it, so clock times (10:30), ratios (3:2) and list markers
    // (a), 8)) never match.
    static const RE2 emoticon(
        R"((?:(?:^|\s)()"
        R"([:;=][-o^']?[)(\]\[DPpOo3|/\\*@$]|[)(][-o^']?[:;=]|<3|</3|xD|XD|x-D|\^_*\^|\^\^|-_-|>_<|o_O|O_o|o\.O|T_T|;_;|:'\(|:'-\()"
        R"()|\pL([:;=]-?[)(DPp]))(?:$|[\s.,!?]))");
    // A bracketed face made of the characters kaomoji are drawn with.
    static const RE2 kaomoji(
        R"(([(（ʕ][^()（）\s]{0,8}[°□▽ᴥ≧≦ツ＾^ω・´｀◕‿⊙ಠ益ヮﾟДд∀≖｡][^()（）\s]{0,8}[)）ʔ][ﾉノ╯/*]*(?:\s*[┻︵┳━]+)*)|(¯\\_\(ツ\)_/¯))");
    // The kaomoji expression is costly to run; most texts have none of the characters it needs.
    static const QString faceParts = QStringLiteral("°□▽ᴥ≧≦ツ＾^ω・´｀◕‿⊙ಠ益ヮﾟДд∀≖｡");
    const QString &folded = view.folded();
    const bool mayHaveKaomoji = std::any_of(folded.begin(), folded.end(), [](QChar c) {
        return c.unicode() >= 0x80 ? faceParts.contains(c) : c == QLatin1Char('^');
    });
    std::vector<Range> out;
    const std::string_view text = view.utf8();
    const re2::StringPiece whole(text.data(), text.size());
    for (const RE2 *re : {&emoticon, &kaomoji}) {
        if (re == &kaomoji && !mayHaveKaomoji)
            continue;
        re2::StringPiece m[3];
        size_t pos = 0;
        while (pos <= text.size() && re->Match(whole, pos, text.size(), RE2::UNANCHORED, m, 3)) {
            // The face is the first group that took part in the match.
            const re2::StringPiece &face = m[1].data() ? m[1] : m[2].data() ? m[2] : m[0];
            const size_t b = size_t(face.data() - text.data());
            out.push_back({view.toUtf16(b), view.toUtf16(b + face.size())});
            // The separator after a face may be the one before the next face.
            const size_t faceEnd = b + face.size();
            pos = faceEnd > pos ? faceEnd : pos + 1;
        }
    }
    return out;
}

} // namespace permitted
