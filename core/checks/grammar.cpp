// grammar, the part every language shares: repeated words ("the the"), a sentence starting in
// lower case, a missing space after sentence punctuation ("product.Rather"), doubled punctuation
// ("!!", ",,") and unbalanced brackets or quotes. The language-specific grammar rules (English
// a/an, French spaces before ; : ! ?) are patterns in each pack's grammar.json.

#include "checks.h"
#include "emoticons.h"

#include <re2/re2.h>

namespace permitted {
namespace {

Finding grammar(const CheckInput &in, const PartInput &part, Range r, const char *note)
{
    Finding f = in.finding(QStringLiteral("grammar"), part.part, r);
    f.note = QLatin1String(note);
    return f;
}

void repeatedWords(const CheckInput &in, const PartInput &part, Findings &out)
{
    const TextView &view = part.view;
    const auto &words = view.words();
    for (size_t i = 1; i < words.size(); ++i) {
        const Range a = words[i - 1], b = words[i];
        const QStringView gap = QStringView(view.text()).mid(a.end, b.start - a.end);
        if (gap.isEmpty() || !gap.trimmed().isEmpty() || gap.contains(QLatin1Char('\n')))
            continue;
        const QString word = view.slice(a).toString().toLower();
        if (word != view.slice(b).toString().toLower() || word.at(0).isDigit())
            continue;
        if (in.pack && in.pack->allowedRepeats.contains(word))
            continue;
        Finding f = grammar(in, part, {a.start, b.end}, "repeated-word");
        f.noteArgs << QStringLiteral("\u201C%1\u201D").arg(view.slice(b));
        f.fix = Fix{a.end, b.end - a.end, {}};
        out.append(f);
    }
}

void lowercaseStarts(const CheckInput &in, const PartInput &part, Findings &out)
{
    const TextView &view = part.view;
    const QString &text = view.text();
    for (const Range &s : view.sentences()) {
        int i = s.start;
        while (i < s.end && !text[i].isLetterOrNumber())
            ++i;
        if (i >= s.end || !text[i].isLower())
            continue;
        // Not for a name written in lower case on purpose ("iPhone", "eBay"), a link, an e-mail
        // address, or the line after a salutation ending in a comma ("Hello Anna,\nthank you").
        if (i + 1 < text.size() && text[i + 1].isUpper())
            continue;
        if (part.entities.covers({i, i + 1}))
            continue;
        int before = s.start - 1;
        while (before >= 0 && text[before].isSpace())
            --before;
        if (before >= 0 && text[before] == QLatin1Char(','))
            continue;
        // A sentence ICU ends at an abbreviation ("approx. three days") continues in lower case.
        if (before >= 0 && text[before] == QLatin1Char('.')) {
            int w = before;
            while (w > 0 && text[w - 1].isLetter())
                --w;
            if (before - w <= 4)
                continue;
        }
        int end = i;
        while (end < s.end && text[end].isLetterOrNumber())
            ++end;
        Finding f = grammar(in, part, {i, end}, "lowercase-start");
        f.fix = Fix{i, 1, text[i].toUpper()};
        out.append(f);
    }
}

void punctuation(const CheckInput &in, const PartInput &part, Findings &out)
{
    const TextView &view = part.view;
    const std::string_view text = view.utf8();
    const re2::StringPiece whole(text.data(), text.size());
    struct Pattern { const RE2 &re; const char *note; };
    static const RE2 missingSpace(R"(\pL\pL[.!?](\p{Lu}\pL)|\pL\pL[,;](\pL\pL))");
    static const RE2 doubled(R"((!!+|\?\?+|,,+|;;+|::+|(?:^|[^.])(\.\.)(?:$|[^.])))");
    for (const Pattern &p : {Pattern{missingSpace, "missing-space"}, Pattern{doubled, "doubled-punctuation"}}) {
        re2::StringPiece m[3];
        size_t pos = 0;
        while (pos < text.size() && p.re.Match(whole, pos, text.size(), RE2::UNANCHORED, m, 3)) {
            size_t b = size_t(m[0].data() - text.data()), e = b + m[0].size();
            pos = e;
            if (p.note == std::string_view("missing-space")) {
                const re2::StringPiece &next = m[1].data() ? m[1] : m[2];
                b = size_t(next.data() - text.data()) - 1;   // the punctuation mark
                e = b + 1;
            } else if (m[2].data()) {
                b = size_t(m[2].data() - text.data());
                e = b + 2;
            } else {
                b = size_t(m[1].data() - text.data());
                e = b + m[1].size();
            }
            const Range r{view.toUtf16(b), view.toUtf16(e)};
            if (part.entities.covers(r))
                continue;
            Finding f = grammar(in, part, r, p.note);
            if (p.note == std::string_view("missing-space"))
                f.fix = Fix{r.end, 0, QStringLiteral(" ")};
            else
                f.fix = Fix{r.start, r.length(), view.text().mid(r.start, 1)};
            out.append(f);
        }
    }
}

void unbalanced(const CheckInput &in, const PartInput &part, Findings &out)
{
    const TextView &view = part.view;
    const QString &text = view.folded();
    const std::vector<Range> faces = findEmoticons(view);
    auto skipped = [&](int i) {
        const Range r{i, i + 1};
        return part.entities.covers(r)
               || std::any_of(faces.begin(), faces.end(), [&](Range f) { return f.overlaps(r); });
    };
    std::vector<int> open;   // positions of unclosed ( and [
    int lastQuote = -1, quotes = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if ((c != u'(' && c != u')' && c != u'[' && c != u']' && c != u'"') || skipped(i))
            continue;
        if (c == u'"') {
            ++quotes;
            lastQuote = i;
        } else if (c == u'(' || c == u'[') {
            open.push_back(i);
        } else if (!open.empty() && text[open.back()] == (c == u')' ? u'(' : u'[')) {
            open.pop_back();
        } else {
            // A list marker closes nothing: "a) ...", "1) ..." at the start of a line.
            int s = i - 1;
            while (s >= 0 && text[s].isLetterOrNumber())
                --s;
            const bool marker = i - s <= 3 && (s < 0 || text[s] == u'\n' || (text[s] == u' ' && (s == 0 || text[s - 1] == u'\n')));
            if (!marker) {
                Finding f = grammar(in, part, {i, i + 1}, "unbalanced");
                f.noteArgs << QString(c);
                out.append(f);
            }
        }
    }
    for (int i : open) {
        Finding f = grammar(in, part, {i, i + 1}, "unbalanced");
        f.noteArgs << QString(text[i]);
        out.append(f);
    }
    if (quotes % 2 == 1) {
        Finding f = grammar(in, part, {lastQuote, lastQuote + 1}, "unbalanced");
        f.noteArgs << QString(view.text()[lastQuote]);
        out.append(f);
    }
}

} // namespace

void checkGrammar(const CheckInput &in, Findings &out)
{
    for (const PartInput *part : {&in.subject, &in.body}) {
        repeatedWords(in, *part, out);
        lowercaseStarts(in, *part, out);
        punctuation(in, *part, out);
        unbalanced(in, *part, out);
    }
}

} // namespace permitted
