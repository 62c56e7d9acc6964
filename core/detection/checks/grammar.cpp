// grammar, the part every language shares: repeated words ("the the"), a sentence starting in
// lower case, a missing space after sentence punctuation ("product.Rather"), doubled punctuation
// ("!!", ",,") and unbalanced brackets or quotes. The language-specific grammar rules (English
// a/an, French spaces before ; : ! ?) are patterns in each pack's grammar.json.

#include "detection/checks/checks.h"
#include "detection/byte_alphabet.h"


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
        if (a.length() != b.length())
            continue;
        const QStringView gap = QStringView(view.text()).mid(a.end, b.start - a.end);
        if (gap.isEmpty() || !gap.trimmed().isEmpty() || gap.contains(QLatin1Char('\n')))
            continue;
        const QStringView first = view.slice(a);
        if (first.compare(view.slice(b), Qt::CaseInsensitive) != 0 || first.front().isDigit())
            continue;
        // A capital letter alone is a grade, a size or a label, not the word after it ("grade A a été").
        if (first.size() == 1 && first.front().isUpper() != view.slice(b).front().isUpper())
            continue;
        // A word, then a name that begins with it ("un carrinho de bebé Bebé Nido").
        if (first.front().isLower() && view.slice(b).front().isUpper())
            continue;
        if (in.pack && in.pack->allowedRepeats.contains(first.toString().toLower()))
            continue;
        Finding f = grammar(in, part, {a.start, b.end}, "repeated-word");
        f.noteArgs << QStringLiteral("\u201C%1\u201D").arg(view.slice(b));
        f.fix = Fix{a.end, b.end - a.end, {}};
        out.append(f);
    }
}

// Whether the word ending just before `dot` is an abbreviation ("approx.", "Sig.", "etc."): one of
// the pack's, or a single letter (an initial, "e.g.").
bool abbreviationBefore(const CheckInput &in, const QString &text, int dot)
{
    int w = dot;
    while (w > 0 && (text[w - 1].isLetter() || text[w - 1] == u'.'))
        --w;
    const QString word = text.mid(w, dot - w).toLower();
    if (word.size() == 1 || (word.size() >= 2 && word[word.size() - 2] == u'.'))
        return true;
    return in.pack && in.pack->abbreviations.contains(word);
}

// Where the text's last three non-empty lines begin (a sign-off and signature's place: "xo,",
// "Camille", "Maison Lark"), found once from the end so that a pasted megabyte of lines is not
// scanned again for each of them.
int signatureLinesStart(const QString &text)
{
    constexpr int kSignatureLines = 3;
    int found = 0;
    qsizetype end = text.size();
    while (end > 0) {
        const qsizetype start = text.lastIndexOf(u'\n', end - 1) + 1;
        if (!QStringView(text).mid(start, end - start).trimmed().isEmpty() && ++found == kSignatureLines)
            return int(start);
        end = start - 1;
    }
    return 0;
}

// Whether the word at `wordStart` begins one of the signature lines, and that line is short and
// ends without a sentence mark: a signature ("deine Vitalkorn-Crew", "xo,").
bool isSignatureLine(const QString &text, int wordStart, int lastLinesStart)
{
    constexpr int kSignatureLength = 40;   // characters: a name and a team, not a sentence
    const int lineStart = wordStart > 0 ? int(text.lastIndexOf(u'\n', wordStart - 1)) + 1 : 0;
    if (lineStart < lastLinesStart || !QStringView(text).mid(lineStart, wordStart - lineStart).trimmed().isEmpty())
        return false;
    qsizetype lineEnd = text.indexOf(u'\n', lineStart);
    if (lineEnd < 0)
        lineEnd = text.size();
    const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart).trimmed();
    return !line.isEmpty() && line.size() <= kSignatureLength && !QStringView(u".!?:;").contains(line.back());
}

void lowercaseStarts(const CheckInput &in, const PartInput &part, Findings &out)
{
    const TextView &view = part.view;
    const QString &text = view.text();
    // Where a sentence may start: the text's start, each line's start, and after . ! or ? and a
    // space. (ICU's sentences would add nothing here: it starts no sentence before a lower-case
    // word, "Thanks. the parcel ...", and the starts it adds begin in upper case.)
    std::vector<Range> starts = {{0, int(text.size())}};
    // Line breaks, sentence marks, and the byte that stands for U+2028 and U+2029 among others.
    static constexpr ByteSet kCandidates("\n.!?\x1A");
    const std::string_view bytes = view.bytes();
    for (int i = int(kCandidates.next(bytes, 0)); i + 1 < text.size(); i = int(kCandidates.next(bytes, size_t(i) + 1))) {
        const QChar c = text[i];
        if (c == u'\n' || c == QChar(0x2029) || c == QChar(0x2028)) {
            starts.push_back({i + 1, int(text.size())});
            continue;
        }
        if ((c != u'.' && c != u'!' && c != u'?') || !text[i + 1].isSpace() || (i > 0 && text[i - 1] == u'.'))
            continue;
        int j = i + 1;
        while (j < text.size() && text[j].isSpace() && text[j] != u'\n')
            ++j;
        if (j == text.size() || !text[j].isLower())
            continue;   // the common case, asked first: the next sentence starts in upper case
        if (c == u'.' && (i == 0 || abbreviationBefore(in, text, i) || text[i - 1].isDigit()))
            continue;
        starts.push_back({j, int(text.size())});
    }
    std::sort(starts.begin(), starts.end(), [](Range a, Range b) { return a.start < b.start; });
    const int lastLinesStart = signatureLinesStart(text);
    int lastReported = -1;
    for (const Range &s : starts) {
        int i = s.start;
        while (i < s.end && !text[i].isLetterOrNumber())
            ++i;
        if (i >= s.end || !text[i].isLower())
            continue;
        // An item of a list ("- the date of the order", "★★★★★ = delighted") may begin in lower
        // case: whatever stands before the first letter, but for quotes and brackets.
        if (std::any_of(text.begin() + s.start, text.begin() + i, [](QChar c) {
                return !c.isSpace() && !QStringView(u"\"'«»“”‘’„([¿¡").contains(c);
            }))
            continue;
        // Not for a name written in lower case on purpose ("iPhone", "eBay"), a link, an e-mail
        // address, or the line after a salutation ending in a comma ("Hello Anna,\nthank you").
        if (i + 1 < text.size() && text[i + 1].isUpper())
            continue;
        // A list marker: "a) Remove the cover", "b. Lift the filter".
        if (i + 1 < text.size() && (text[i + 1] == u')' || text[i + 1] == u'.') && (i + 2 >= text.size() || text[i + 2].isSpace()))
            continue;
        if (part.entities.covers({i, i + 1}))
            continue;
        // A line of figures that starts with an abbreviation ("zzgl. Versand 4,90 €").
        int wordEnd = i;
        while (wordEnd < s.end && text[wordEnd].isLetter())
            ++wordEnd;
        if (wordEnd < text.size() && text[wordEnd] == u'.' && abbreviationBefore(in, text, wordEnd))
            continue;
        // What comes before, past white space and tags ("Kunde,<br><br>" pasted from a help desk).
        int before = s.start - 1;
        for (;;) {
            while (before >= 0 && text[before].isSpace())
                --before;
            const qsizetype open = before >= 0 && text[before] == u'>' ? text.lastIndexOf(u'<', before) : -1;
            if (open < 0 || before - open > 20)
                break;
            before = int(open) - 1;
        }
        if (before >= 0 && text[before] == QLatin1Char(','))
            continue;
        // The line after a short first line is the line after a salutation, with or without its
        // comma ("Ciao Davide 👋" then "il tuo ordine è partito"), as German and Italian write it.
        // A first line that ends a sentence is no salutation, unless the language lets a greeting
        // end with that mark and go on in lower case ("Ciao Marta!" then "volevo solo ringraziarti").
        if (before >= 0 && before < 40
            && (!QStringView(u".!?:;").contains(text[before]) || (in.pack && in.pack->greetingMarks.contains(text[before])))
            && text.lastIndexOf(u'\n', before) < 0 && text.indexOf(u'\n') >= 0 && text.indexOf(u'\n') < s.start)
            continue;
        // A line that ends without a mark runs on into the next ("Ich erbitte Ihre Nachricht und
        // verbleibe" then "mit freundlichen Grüßen", "… 8:00–13:00" then "or Thursday …", "ordine
        // n. {{order_id}}" then "grazie per ..."): the line break ended no sentence. So does a
        // line that ends in a colon or a quotation, as the text of an engraving is quoted on its
        // own line ("The plate will read:" then "\"The Hendersons – Est. 2019\"" then "with the
        // olive branch underneath").
        if (before >= 0 && (text[before].isLetterOrNumber() || QStringView(u":\"»”“’").contains(text[before])
                            || part.entities.covers({before, before + 1}))
            && text.indexOf(u'\n', before) < s.start)
            continue;
        // A signature on one of the last three lines may begin in lower case ("deine
        // Vitalkorn-Crew", "xo,", "il team di Nodo"): a short line without a closing mark.
        if (isSignatureLine(text, i, lastLinesStart))
            continue;
        // A sentence ICU ends at an abbreviation ("approx. three days") continues in lower case.
        if (before >= 0 && text[before] == QLatin1Char('.') && abbreviationBefore(in, text, before))
            continue;
        if (i == lastReported)
            continue;
        lastReported = i;
        int end = i;
        while (end < s.end && text[end].isLetterOrNumber())
            ++end;
        Finding f = grammar(in, part, {i, end}, "lowercase-start");
        f.fix = Fix{i, 1, text[i].toUpper()};
        out.append(f);
    }
}

// "product.Rather", "yes,but": a sentence mark between two words with no space after it; "!!",
// ",,", "..": a mark doubled (an ellipsis of three dots is fine).
void punctuation(const CheckInput &in, const PartInput &part, Findings &out)
{
    const QString &text = part.view.text();
    const int n = int(text.size());
    auto letter = [&](int i) { return i >= 0 && i < n && text[i].isLetter(); };
    static constexpr ByteSet kMarks(".!?,;:");
    const std::string_view bytes = part.view.bytes();
    for (int i = int(kMarks.next(bytes, 0)); i < n; i = int(kMarks.next(bytes, size_t(i) + 1))) {
        const QChar c = text[i];
        const bool sentenceMark = c == u'.' || c == u'!' || c == u'?';
        const bool clauseMark = c == u',' || c == u';';
        if (!sentenceMark && !clauseMark && c != u':')
            continue;
        // Two letters before, so that abbreviations (U.S., e.g.) and numbers (1,5) stay quiet.
        // Capitals on both sides are a format or an acronym ("JJ.MM.AAAA", "TT.MM.JJJJ").
        const bool capitalsAround = letter(i - 1) && text[i - 1].isUpper() && letter(i + 1) && text[i + 1].isUpper();
        // A number of three digits or more that ends a sentence glued to the next
        // ("404-9908126-5523170.Te cuento"); a day ("12.Mai") or a version ("2.Beta") has fewer.
        const bool numberEndsSentence = c == u'.' && i >= 3 && text[i - 1].isDigit() && text[i - 2].isDigit()
                                        && text[i - 3].isDigit() && letter(i + 1) && text[i + 1].isUpper()
                                        && letter(i + 2) && text[i + 2].isLower();
        const bool wordsGlued = (sentenceMark || clauseMark) && letter(i - 1) && letter(i - 2) && letter(i + 1) && !capitalsAround
                                && (clauseMark ? letter(i + 2) : text[i + 1].isUpper() && letter(i + 2));
        if ((wordsGlued || numberEndsSentence) && !part.entities.covers({i, i + 1})) {
            Finding f = grammar(in, part, {i, i + 1}, "missing-space");
            f.fix = Fix{i + 1, 0, QStringLiteral(" ")};
            out.append(f);
            continue;
        }
        int run = i + 1;
        while (run < n && text[run] == c)
            ++run;
        const int length = run - i;
        const bool doubled = c == u'.' ? length == 2 : length >= 2;
        if (doubled && !part.entities.covers({i, run})) {
            Finding f = grammar(in, part, {i, run}, "doubled-punctuation");
            f.fix = Fix{i, length, QString(c)};
            out.append(f);
        }
        i = run - 1;
    }
}

void unbalanced(const CheckInput &in, const PartInput &part, Findings &out)
{
    const TextView &view = part.view;
    const QString &text = view.folded();
    const std::vector<Range> &faces = part.entities.emoticons;
    auto skipped = [&](int i) {
        const Range r{i, i + 1};
        return part.entities.covers(r)
               || std::any_of(faces.begin(), faces.end(), [&](Range f) { return f.overlaps(r); });
    };
    std::vector<int> open;   // positions of unclosed ( and [
    int lastQuote = -1, quotes = 0;
    static constexpr ByteSet kBrackets("()[]\"");
    const std::string_view bytes = view.bytes();
    for (int i = int(kBrackets.next(bytes, 0)); i < text.size(); i = int(kBrackets.next(bytes, size_t(i) + 1))) {
        const QChar c = text[i];
        if ((c != u'(' && c != u')' && c != u'[' && c != u']' && c != u'"') || skipped(i))
            continue;
        // Inches: a 10" screen, a 1/8" drill bit (typed straight, and with no quotation open:
        // "since 1987" closes one).
        if (c == u'"' && view.text()[i] == u'"' && i > 0 && text[i - 1].isDigit() && quotes % 2 == 0)
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
            // One letter or digit alone marks an item in running text too: "option a), or b)".
            const bool marker = (i - s <= 3 && (s < 0 || text[s] == u'\n' || (text[s] == u' ' && (s == 0 || text[s - 1] == u'\n'))))
                                || (i - s == 2 && (s < 0 || text[s].isSpace()));
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
