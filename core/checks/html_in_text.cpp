// html-in-text: HTML tags, comments or character entities in a plain-text message. "a < b" and
// "<3" are not markup: a tag starts with a letter, or / and a letter, right after the "<".

#include "checks.h"
#include "../byte_alphabet.h"

#include <re2/re2.h>

namespace permitted {

void checkHtmlInText(const CheckInput &in, Findings &out)
{
    if (in.message.channel != Channel::Text)
        return;
    static const std::unique_ptr<RE2> markup = compileForBytes(R"((</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*)?/?>|<!--|-->|&(?:[A-Za-z]{2,8}|#[0-9]{1,6}|#[xX][0-9A-Fa-f]{1,6});))");
    for (const PartInput *part : {&in.subject, &in.body}) {
        const TextView &view = part->view;
        const std::string_view text = view.bytes();
        if (text.find('<') == std::string_view::npos && text.find('&') == std::string_view::npos
            && text.find("-->") == std::string_view::npos)
            continue;   // no markup can start without these
        re2::StringPiece m;
        size_t pos = 0;
        while (pos < text.size() && markup->Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::UNANCHORED, &m, 1)) {
            const size_t b = size_t(m.data() - text.data());
            const Range r{int(b), int(b + m.size())};
            Finding f = in.finding(QStringLiteral("html-in-text"), part->part, r);
            if (view.text()[r.start] == QLatin1Char('<'))
                f.fix = Fix{r.start, r.length(), {}};
            out.append(f);
            pos = b + m.size();
        }
    }
}

} // namespace permitted
