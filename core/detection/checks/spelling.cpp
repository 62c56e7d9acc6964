// spelling: words the buyer language's Hunspell dictionary rejects, in a message written in that
// language. Placeholders, links, e-mail
// addresses, order IDs, numbers, words with digits and words in the user's dictionary are
// skipped. Elided forms ("l'adresse", "dell'ordine") are checked part by part when the
// dictionary does not know them whole.

#include "detection/checks/checks.h"
#include "detection/compound_words.h"
#include "languages.h"
#include "detection/spell_checker.h"

#include <QSet>
#include <optional>

namespace permitted {
namespace {

bool hasDigit(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

// The stress accent a pronoun ending adds to a verb ("confírme" + "nos"): without the ending,
// the verb is written without it ("confirme").
QString withoutStressAccent(QStringView stem)
{
    static const QString accented = QStringLiteral("áéíóú"), plain = QStringLiteral("aeiou");
    QString out = stem.toString();
    for (QChar &c : out)
        if (const qsizetype i = accented.indexOf(c); i >= 0)
            c = plain[i];
    return out;
}

// "confírmenos", "indicárnoslo": a verb the dictionary knows, with pronouns written onto it.
bool isVerbWithPronouns(const SpellChecker &spelling, const SpellChecker::Dictionary *dictionary,
                        const QStringList &clitics, QStringView word, int depth = 0)
{
    if (depth == 2)
        return false;
    for (const QString &c : clitics) {
        if (word.size() <= c.size() + 2 || !word.endsWith(c, Qt::CaseInsensitive))
            continue;
        const QStringView stem = word.chopped(c.size());
        if (spelling.isCorrect(dictionary, stem) || spelling.isCorrect(dictionary, withoutStressAccent(stem))
            || isVerbWithPronouns(spelling, dictionary, clitics, stem, depth + 1))
            return true;
    }
    return false;
}

// Written in capitals: an acronym, a model or a postcode ("USB", "KX-TG1611", "CAP").
bool isAllCapitals(QStringView word)
{
    return std::all_of(word.begin(), word.end(), [](QChar c) { return !c.isLetter() || c.isUpper(); });
}

// A word of the pack's list, or one written with a capital at a sentence's start ("Laptop
// nuevo").
bool isPackWord(const LanguagePack &pack, QStringView word)
{
    const QString w = word.toString();
    return pack.words.contains(w) || (!w.isEmpty() && w.front().isUpper() && pack.words.contains(w.front().toLower() + w.mid(1)));
}

bool isCorrect(const CheckInput &in, const SpellChecker &spelling, const SpellChecker::Dictionary *dictionary, QStringView word)
{
    if (spelling.isCorrect(dictionary, word))
        return true;
    if (in.pack && (isPackWord(*in.pack, word)
                    || isVerbWithPronouns(spelling, dictionary, in.pack->clitics, word)
                    || isDiminutiveOfKnownWord(spelling, dictionary, in.pack->diminutives, word)))
        return true;
    // An elided article and its word ("dell'app"): each half as a word of its own, so that the
    // language's own words count after an article too.
    const qsizetype apostrophe = word.indexOf(QLatin1Char('\''));
    if (apostrophe > 0 && apostrophe < word.size() - 1) {
        // An acronym too ("l'IMEI"), and a name after an article in lower case, inside a sentence
        // ("la garantie d'Aurélys").
        const QStringView after = word.mid(apostrophe + 1);
        return isCorrect(in, spelling, dictionary, word.left(apostrophe + 1))
               && (isAllCapitals(after) || (word.front().isLower() && after.front().isUpper())
                   || isCorrect(in, spelling, dictionary, after));
    }
    return false;
}

// The hyphenated whole a word belongs to ("Wi-Fi" for "Wi"), or the word itself.
Range hyphenatedWhole(const QString &text, Range r)
{
    auto isWordChar = [&](int i) { return i >= 0 && i < text.size() && text[i].isLetterOrNumber(); };
    Range whole = r;
    while (whole.start > 1 && text[whole.start - 1] == u'-' && isWordChar(whole.start - 2)) {
        whole.start -= 2;
        while (isWordChar(whole.start - 1))
            --whole.start;
    }
    while (whole.end + 1 < text.size() && text[whole.end] == u'-' && isWordChar(whole.end + 1)) {
        whole.end += 2;
        while (isWordChar(whole.end))
            ++whole.end;
    }
    return whole;
}

// A short word right after a number is a unit: "5000 mAh", "250 ml", "10 Wh", "3 pcs", "2 kcal".
// Not a word of four letters with a vowel ("12 dias" lacks its accent), nor after a model's name
// that ends in a digit ("Ladestation 3in1 fur iPhone").
bool isUnit(const QString &text, Range r)
{
    if (r.length() > 4)
        return false;
    const QStringView word = QStringView(text).mid(r.start, r.length());
    const bool spelledLikeAWord = word.size() == 4 && word.front().isLower() && word.back().isLower()
                                  && std::count_if(word.begin(), word.end(), [](QChar c) {
                                         return QStringView(u"aeiouáéíóúàèìòù").contains(c.toLower());
                                     }) >= 2;
    if (spelledLikeAWord)
        return false;
    int i = r.start - 1;
    while (i >= 0 && text[i] == QLatin1Char(' '))
        --i;
    if (i < 0 || !text[i].isDigit())
        return false;
    while (i >= 0 && (text[i].isDigit() || text[i] == u'.' || text[i] == u','))
        --i;
    return i < 0 || !text[i].isLetter();
}

// A capital after a small letter inside a word ("ReTech", "MacBook", "BattG"): a brand or a
// law's short name, which no language's dictionary spells that way.
bool isCamelCase(QStringView word)
{
    for (qsizetype i = 1; i < word.size(); ++i)
        if (word[i].isUpper() && word[i - 1].isLower())
            return true;
    return false;
}

// "Sig." and "Sig.ra", "Mme.", "Dr.": an abbreviation of the pack, with its dot. `i` is the
// word's index among the view's words: only its neighbours can complete it (looking through all
// the words made a text of many misspellings quadratic).
bool isAbbreviation(const CheckInput &in, const TextView &view, size_t i)
{
    if (!in.pack || in.pack->abbreviations.isEmpty())
        return false;
    const std::vector<Range> &words = view.words();
    const Range r = words[i];
    const QString &text = view.folded();
    auto has = [&](int from, int to) { return in.pack->abbreviations.contains(text.mid(from, to - from).toLower()); };
    if (r.end < text.size() && text[r.end] == QLatin1Char('.') && has(r.start, r.end))
        return true;
    // The two halves of "Sig.ra": the word before or after the dot completes it.
    if (i + 1 < words.size() && words[i + 1].start == r.end + 1 && text[r.end] == QLatin1Char('.') && has(r.start, words[i + 1].end))
        return true;
    if (i > 0 && words[i - 1].end == r.start - 1 && text[words[i - 1].end] == QLatin1Char('.') && has(words[i - 1].start, r.end))
        return true;
    return false;
}

// A second dictionary, loaded from the first word the buyer's does not know, once per message:
// - "colour" to an American buyer, "color" to a British one: both are English, and a seller
//   writes the way they learnt it (spellingDictionaries());
// - "Indoor", "Chai", "Home": in a language that capitalises every noun, sellers borrow English
//   nouns and capitalise them (the pack's loanword_dictionary). Only capitalised words are asked
//   of it: "fur" is English, and "für" misspelt.
class SecondDictionary {
public:
    SecondDictionary(const SpellChecker &spelling, QString name) : m_spelling(spelling), m_name(std::move(name)) {}
    bool knows(QStringView word)
    {
        const SpellChecker::Dictionary *d = dictionary();
        return d && m_spelling.isCorrect(d, word);
    }
    const SpellChecker::Dictionary *dictionary()
    {
        if (!m_looked && !m_name.isEmpty()) {
            m_looked = true;
            m_dictionary = m_spelling.dictionary(m_name);
        }
        return m_dictionary;
    }

private:
    const SpellChecker &m_spelling;
    const QString m_name;
    bool m_looked = false;
    const SpellChecker::Dictionary *m_dictionary = nullptr;
};

// Compounds the dictionary lacks ("Garnfarbe"), in the languages that join words. Splitting
// asks the dictionary up to a few hundred times a word: a paste of a megabyte of unknown words
// would take minutes, so only the first words of a message are split. A real message has a few.
class Compounds {
public:
    Compounds(const CheckInput &in, const SpellChecker::Dictionary *dictionary, SecondDictionary &loanwords)
        : m_in(in), m_dictionary(dictionary), m_loanwords(loanwords)
    {
    }
    bool holds(QStringView word)
    {
        if (!m_in.pack || !m_in.pack->compounds.joinsWords() || m_asked == kMostWordsSplit)
            return false;
        ++m_asked;
        if (isCompoundOfKnownWords(m_in.spelling, m_dictionary, m_in.pack->compounds, word))
            return true;
        // Only then the borrowed words, whose dictionary a message loads on first use (a German
        // check that needed it started 0.07 s later and held 6 MiB more).
        const SpellChecker::Dictionary *borrowed = word.front().isUpper() ? m_loanwords.dictionary() : nullptr;
        return borrowed && isCompoundOfKnownWords(m_in.spelling, m_dictionary, m_in.pack->compounds, word, borrowed);
    }

private:
    static constexpr int kMostWordsSplit = 200;
    const CheckInput &m_in;
    const SpellChecker::Dictionary *m_dictionary;
    SecondDictionary &m_loanwords;
    int m_asked = 0;
};

// Where the buyer's and the seller's names stand: the salutation ("Hi Colm,", "Sehr geehrter Herr
// Obermaier,") and the signature ("Kind regards," then "Tomasz", "Voltrex Marine Team"). A
// capitalised word there is a name, which no dictionary holds, and so is the same word elsewhere
// in the message ("thank you for choosing Voltrex"); calling names misspelt taught sellers to
// ignore the warning. Short lines only, so that a sentence is still checked.
class NamePlaces {
public:
    NamePlaces(const QString &text, const std::vector<Range> &words);
    // Asked only of words the dictionaries do not know, so the cost stays with the few.
    bool holds(const QString &text, Range word) const
    {
        if (!text[word.start].isUpper())
            return false;
        return inPlace(word) || m_names.contains(text.mid(word.start, word.length()));
    }

private:
    bool inPlace(Range word) const { return m_salutation.contains(word) || m_signature.contains(word); }
    Range m_salutation;
    Range m_signature;
    QSet<QString> m_names;   // the capitalised words of the salutation and the signature
};

NamePlaces::NamePlaces(const QString &text, const std::vector<Range> &words)
{
    constexpr int kShortLineWords = 6;
    constexpr size_t kSignatureLines = 4;   // a name, a role, a shop, "Sent from my iPhone"
    constexpr qsizetype kAbbreviationLength = 5;   // "Ltd.", "Inh.", "Coop."
    constexpr int kMostFooterParagraphs = 2;   // an opt-out line, a legal notice
    constexpr size_t kShortestSignatureHead = 2;   // a closing and a name
    struct Line {
        Range range;
        int words = 0;
        QChar last;
        bool endsInAbbreviation = false;   // "Oro de Cazorla, S. Coop. And.", "Lin Trading Co., Ltd."
        bool opensParagraph = false;       // a blank line before it
    };
    std::vector<Line> lines;
    for (int start = 0; start <= text.size();) {
        int end = int(text.indexOf(u'\n', start));
        if (end < 0)
            end = int(text.size());
        const QStringView line = QStringView(text).mid(start, end - start).trimmed();
        if (!line.isEmpty()) {
            Line l{{start, end}, 1, line.back()};
            l.opensParagraph = !lines.empty() && QStringView(text).mid(lines.back().range.end, start - lines.back().range.end).count(u'\n') > 1;
            for (qsizetype i = 1; i < line.size(); ++i)
                l.words += line[i].isSpace() && !line[i - 1].isSpace();
            const qsizetype lastWord = line.lastIndexOf(u' ') + 1;
            l.endsInAbbreviation = line.back() == u'.' && line.size() - lastWord <= kAbbreviationLength
                                   && line[lastWord].isUpper();
            lines.push_back(l);
        }
        start = end + 1;
    }
    if (lines.size() < 2)
        return;
    const auto isShort = [&](const Line &l) {
        return l.words <= kShortLineWords && (l.last != u'.' || l.endsInAbbreviation) && l.last != u'?' && l.last != u';';
    };
    if (isShort(lines.front()))
        m_salutation = lines.front().range;
    // The short lines that end the message; after a closing line among them ("Best,"), or all
    // of them when there is none ("Enjoy the book." then "Nuala", "Blackthorn Bindery").
    size_t run = lines.size();
    while (run > 1 && isShort(lines[run - 1]))
        --run;
    for (size_t i = run; i + 1 < lines.size(); ++i)
        if (lines[i].last == u',') {
            run = i + 1;
            break;
        }
    if (run < lines.size() && lines.size() - run <= kSignatureLines) {
        m_signature = {lines[run].range.start, int(text.size())};
    } else {
        // A footer of its own after the signature ("Sie möchten keine Nachrichten mehr? ..."):
        // the last paragraph of short lines before at most two others, not the first.
        std::vector<size_t> starts;   // where each paragraph begins, among the lines
        for (size_t i = 0; i < lines.size(); ++i)
            if (i == 0 || lines[i].opensParagraph)
                starts.push_back(i);
        starts.push_back(lines.size());
        // Or the short lines that open such a paragraph, when a long line of address or
        // register follows them in it ("Viele Grüße", "Jens Hartung", then "ReTech GmbH ·
        // Zschopauer Str. 12 · 09111 Chemnitz · HRB ...").
        for (size_t p = starts.size() - 1; p-- > 1 && starts.size() - 2 - p <= size_t(kMostFooterParagraphs);) {
            const size_t first = starts[p], end = starts[p + 1];
            size_t shortEnd = first;
            while (shortEnd < end && isShort(lines[shortEnd]))
                ++shortEnd;
            if (shortEnd - first <= kSignatureLines && (shortEnd == end || shortEnd - first >= kShortestSignatureHead)) {
                m_signature = {lines[first].range.start, lines[shortEnd - 1].range.end};
                break;
            }
        }
    }
    for (const Range &w : words)
        if (inPlace(w) && text[w.start].isUpper())
            m_names.insert(text.mid(w.start, w.length()));
}

// "Effi Briest", "Astra Tourer": two capitalised words side by side that the dictionary both
// lacks are a name, in German too, where a capital alone tells nothing.
bool isInUnknownName(const CheckInput &in, const SpellChecker::Dictionary *dictionary, const TextView &view, size_t i)
{
    const std::vector<Range> &words = view.words();
    const QString &text = view.text();
    auto unknownCapitalised = [&](size_t j) {
        const Range w = words[j];
        return w.length() >= 2 && text[w.start].isUpper() && !in.spelling.isCorrect(dictionary, view.slice(w));
    };
    auto spaceBetween = [&](size_t a, size_t b) {
        const QStringView gap = QStringView(text).mid(words[a].end, words[b].start - words[a].end);
        return gap == u" ";
    };
    return text[words[i].start].isUpper()
           && ((i > 0 && spaceBetween(i - 1, i) && unknownCapitalised(i - 1))
               || (i + 1 < words.size() && spaceBetween(i, i + 1) && unknownCapitalised(i + 1)));
}

// The places where a capitalised word is a name whatever the language does with capitals:
// - inside quotation marks that hold a short name, a product's or a book's („Kandel“, «Elli»,
//   „Duineser Elegien“);
// - after a title of the pack ("Frau Wendler", "Herrn Obermaier");
// - before a hyphen and a noun the dictionary knows ("Tamron-Objektiv", "Bosch-Akku");
// - in a language that capitalises its nouns, ending in "er" before one of them: an adjective
//   made of a place's name ("Worpsweder Künstlerkolonie", "Iburger Straße").
// In German, where a capital tells no name, these were most of the names called misspelt.
bool isQuotedName(const QString &text, Range r)
{
    constexpr int kMostWords = 4;
    static const QString opening = QStringLiteral("„“”\"«»‹›‚‘"), closing = QStringLiteral("“”\"«»‹›‘’");
    int words = 1;
    int b = r.start - 1;
    // Both searches stop after a few words: a pasted page of one line stays linear.
    for (; b >= 0 && !opening.contains(text[b]); --b) {
        if (text[b] == u'\n' || QStringView(u".!?:;,").contains(text[b]) || (text[b] == u' ' && ++words > kMostWords))
            return false;
    }
    int e = r.end;
    for (; e < text.size() && !closing.contains(text[e]); ++e) {
        if (text[e] == u'\n' || QStringView(u"!?:;,").contains(text[e]) || (text[e] == u' ' && ++words > kMostWords))
            return false;
    }
    return b >= 0 && e < text.size();
}

bool isAfterTitle(const LanguagePack *pack, const QString &text, Range r)
{
    if (!pack || pack->nameTitles.isEmpty())
        return false;
    int i = r.start - 1;
    while (i >= 0 && text[i] == u' ')
        --i;
    if (i >= 0 && text[i] == u'.')
        --i;
    int b = i;
    while (b >= 0 && text[b].isLetter())
        --b;
    return i > b && pack->nameTitles.contains(text.mid(b + 1, i - b).toLower());
}

bool isBeforeHyphenatedNoun(const CheckInput &in, const SpellChecker::Dictionary *dictionary, const TextView &view, size_t i)
{
    const std::vector<Range> &words = view.words();
    const QString &text = view.text();
    const Range r = words[i];
    if (i + 1 >= words.size() || r.end >= text.size() || text[r.end] != u'-' || words[i + 1].start != r.end + 1)
        return false;
    const QStringView next = view.slice(words[i + 1]);
    return next.front().isUpper() && in.spelling.isCorrect(dictionary, next);
}

bool isPlaceAdjective(const CheckInput &in, const SpellChecker::Dictionary *dictionary, const TextView &view, size_t i)
{
    if (!in.pack || !in.pack->capitalisesNouns)
        return false;
    const std::vector<Range> &words = view.words();
    const QString &text = view.text();
    const Range r = words[i];
    if (r.length() < 5 || !view.slice(r).endsWith(u"er") || i + 1 >= words.size()
        || QStringView(text).mid(r.end, words[i + 1].start - r.end) != u" ")
        return false;
    const QStringView next = view.slice(words[i + 1]);
    return next.front().isUpper() && in.spelling.isCorrect(dictionary, next);
}

// "Altbatterien und -akkus": in German, a compound that shares its head with the one before is
// written from a hyphen, in lower case; the noun it ends with is known capitalised.
bool isSharedCompoundTail(const CheckInput &in, const SpellChecker::Dictionary *dictionary, const QString &text, Range r)
{
    if (!in.pack || !in.pack->capitalisesNouns || r.start < 1 || text[r.start - 1] != u'-'
        || (r.start >= 2 && !text[r.start - 2].isSpace() && text[r.start - 2] != u'(' && text[r.start - 2] != u'/')
        || !text[r.start].isLower())
        return false;
    QString noun = text.mid(r.start, r.length());
    noun[0] = noun[0].toUpper();
    return in.spelling.isCorrect(dictionary, noun);
}

// "Elektro- und Elektronikgerätegesetz": the first part of a compound whose end it shares with
// the next, written with a hyphen before "und" or "oder", is no word alone.
bool isSharedCompoundHead(const CheckInput &in, const QString &text, Range r)
{
    if (!in.pack || !in.pack->capitalisesNouns || r.end + 1 >= text.size() || text[r.end] != u'-' || !text[r.end + 1].isSpace())
        return false;
    int next = r.end + 1;
    while (next < text.size() && text[next].isSpace())
        ++next;
    const QStringView after = QStringView(text).mid(next);
    return after.startsWith(u"und ") || after.startsWith(u"oder ") || after.startsWith(u"bzw") || after.startsWith(u"sowie ");
}

// "(.svg ou .ai)": a short word written after a lone full stop is a file's extension.
bool isFileExtension(const QString &text, Range r)
{
    constexpr int kLongestExtension = 4;
    return r.length() <= kLongestExtension && r.start >= 1 && text[r.start - 1] == u'.'
           && (r.start == 1 || text[r.start - 2].isSpace() || text[r.start - 2] == u'(');
}

// "retech_leipzig", "order_export": a word joined by an underscore is a name made for a machine
// (a login, a shop's handle, a file), not prose.
bool isMachineName(QStringView word)
{
    return word.contains(u'_');
}

// "@ceramicherinaldi", "#handmade": a handle or a tag is a name of the seller's choosing.
bool isHandleOrTag(const QString &text, Range r)
{
    if (text[r.start] == u'@' || text[r.start] == u'#')
        return true;
    // Any word of the handle, which may hold dots and underscores ("@atelier.fildor"), and is
    // short: the search stops where no handle would still be going on.
    constexpr int kLongestHandle = 64;
    int i = r.start - 1;
    while (i >= 0 && r.start - i <= kLongestHandle && (text[i].isLetterOrNumber() || text[i] == u'.' || text[i] == u'_'))
        --i;
    return i >= 0 && (text[i] == u'@' || text[i] == u'#') && (i + 1 == r.start || text[i + 1].isLetterOrNumber());
}

// A product's name goes on in capitals or a model number: "tuo Galaxy S21", "il tuo Samsung
// Galaxy Tab".
bool isFollowedByNamePart(const QString &text, Range r)
{
    int i = r.end;
    while (i < text.size() && text[i] == u' ')
        ++i;
    if (i == r.end || i == text.size())
        return false;
    if (text[i].isUpper())
        return true;
    for (; i < text.size() && text[i].isLetterOrNumber(); ++i)
        if (text[i].isDigit())
            return true;
    return false;
}

// "Nissens 65280A", "Kivvo KV-700": a capitalised word before a model's code of capitals and
// digits is its maker's name, in German too. A code of digits alone may be an order's number after
// a misspelt noun ("Bestelung 302-...").
bool isBeforeModelCode(const QString &text, Range r)
{
    int i = r.end;
    while (i < text.size() && text[i] == u' ')
        ++i;
    if (i == r.end)
        return false;
    bool digit = false, letter = false;
    for (; i < text.size() && (text[i].isLetterOrNumber() || text[i] == u'-'); ++i) {
        if (text[i].isLower())
            return false;   // "Ladegerat 2-Port": a misspelt noun before a word with a number
        digit = digit || text[i].isDigit();
        letter = letter || text[i].isLetter();
    }
    return digit && letter;
}

// "Hervé Le Goff", "Giulia La Rosa": an article written with a capital after a capitalised word
// is a particle of a name, not the start of a sentence.
bool isNameParticle(const QString &text, int article)
{
    if (!text[article].isUpper())
        return false;
    int i = article - 1;
    if (i < 0 || text[i] != u' ')
        return false;
    while (i >= 0 && text[i] == u' ')
        --i;
    return i >= 0 && text[i].isLetter() && [&] {
        int b = i;
        while (b > 0 && text[b - 1].isLetter())
            --b;
        return text[b].isUpper();
    }();
}

// A capitalised word inside a sentence ("the clay of Deruta", "any Samsung Galaxy Tab") is a
// place, a person or a brand, which dictionaries hold only in part: it is not called misspelt,
// in the languages that write their nouns in lower case. At a sentence's start it still is, and
// after an article or a possessive, where it is a noun of the language ("Your Ordr has shipped"),
// unless a product's name goes on after it.
bool isNameInsideASentence(const LanguagePack *pack, const QString &text, Range r)
{
    if (!pack || pack->capitalisesNouns || !text[r.start].isUpper())
        return false;
    int i = r.start - 1;
    while (i >= 0 && (text[i] == u' ' || text[i] == u'\t' || QStringView(u"\"'«»“”„‘’([¿¡").contains(text[i])))
        --i;
    if (i < 0 || QStringView(u".!?:;\n\r").contains(text[i]))
        return false;
    int b = i;
    while (b > 0 && text[b - 1].isLetter())
        --b;
    return !pack->determiners.contains(text.mid(b, i + 1 - b).toLower()) || isFollowedByNamePart(text, r)
           || isNameParticle(text, b);
}

using MisspeltWords = std::vector<std::pair<const PartInput *, Range>>;

// A capitalised word the dictionaries lack that the message writes twice the same way is a name
// ("Resi" greeted and thanked, "Diabolik" once inside a sentence and once at its start): a typo is
// rarely made twice, and in German a capital alone does not tell a name from a noun. Both
// writings count, the one already taken for a name too.
void dropRepeatedNames(MisspeltWords &misspelt, const PartInput &subject, const PartInput &body)
{
    QSet<QStringView> suspects;
    auto wordOf = [](const PartInput &part, Range r) { return QStringView(part.view.text()).mid(r.start, r.length()); };
    for (const auto &[part, r] : misspelt)
        if (const QStringView w = wordOf(*part, r); w.front().isUpper())
            suspects.insert(w);
    if (suspects.isEmpty())
        return;
    QHash<QStringView, int> written;
    for (const PartInput *part : {&subject, &body})
        for (const Range &r : part->view.words())
            if (const QStringView w = wordOf(*part, r); suspects.contains(w))
                ++written[w];
    std::erase_if(misspelt, [&](const auto &m) { return written.value(wordOf(*m.first, m.second)) > 1; });
}

} // namespace

void checkSpelling(const CheckInput &in, Findings &out)
{
    // A message in another language is one finding (language-mismatch), not one per word.
    if (in.writtenIn)
        return;
    const SpellChecker::Dictionary *dictionary =
        in.spelling.dictionary(dictionaryName(in.context.language, in.context.marketplace));
    if (!dictionary)
        return;
    // The misspelt words are gathered first and the findings made in a list reserved for them: a
    // megabyte of unknown words gives 200,000 findings, and growing the list as they came held
    // the old and the new copy at once (a third of the check's memory).
    MisspeltWords misspelt;
    const QStringList dictionaries = spellingDictionaries(in.context.language, in.context.marketplace);
    SecondDictionary otherEnglish(in.spelling, dictionaries.value(1));
    SecondDictionary loanwords(in.spelling, in.pack ? in.pack->loanwordDictionary : QString());
    Compounds compounds(in, dictionary, loanwords);
    std::optional<NamePlaces> names;   // found at the first unknown word of the body
    for (const PartInput *part : {&in.subject, &in.body}) {
        EntityCursor entities(part->entities);
        const std::vector<Range> &words = part->view.words();
        for (size_t i = 0; i < words.size(); ++i) {
            const Range r = words[i];
            const QStringView raw = QStringView(part->view.folded()).mid(r.start, r.length());
            if (r.length() < 2 || hasDigit(raw) || entities.covers(r))
                continue;
            // A word ICU ends with an apostrophe ("clients'") is checked without it, unless it
            // is an elided article of the language with its apostrophe ("dell'"), which ICU
            // leaves outside the word before a number ("all'80%").
            QStringView word = raw;
            const QString &folded = part->view.folded();
            const bool apostropheAfter = r.end < folded.size() && folded[r.end] == QLatin1Char('\'');
            if ((word.endsWith(QLatin1Char('\'')) || apostropheAfter)
                && isCorrect(in, in.spelling, dictionary, folded.mid(r.start, r.length() + (apostropheAfter ? 1 : 0))))
                continue;
            while (word.endsWith(QLatin1Char('\'')))
                word.chop(1);
            const Range whole = hyphenatedWhole(folded, r);
            if (whole.length() > r.length() && isCorrect(in, in.spelling, dictionary, part->view.slice(whole)))
                continue;
            // The dictionary first: it knows most words, from its cache.
            if (word.size() < 2 || isCorrect(in, in.spelling, dictionary, word) || isAllCapitals(word) || isCamelCase(word)
                || isUnit(part->view.text(), r)
                || isAbbreviation(in, part->view, i) || otherEnglish.knows(word) || isHandleOrTag(part->view.text(), r)
                || isNameInsideASentence(in.pack, part->view.text(), r) || compounds.holds(word) || (word.front().isUpper() && loanwords.knows(word))
                || isInUnknownName(in, dictionary, part->view, i) || isMachineName(word) || isFileExtension(part->view.text(), r)
                || isSharedCompoundTail(in, dictionary, part->view.text(), r) || isSharedCompoundHead(in, part->view.text(), r)
                || (word.front().isUpper()
                    && (isQuotedName(part->view.text(), r) || isAfterTitle(in.pack, part->view.text(), r)
                        || isBeforeModelCode(part->view.text(), r)
                        || isBeforeHyphenatedNoun(in, dictionary, part->view, i) || isPlaceAdjective(in, dictionary, part->view, i))))
                continue;
            if (part == &in.body) {
                if (!names)
                    names.emplace(part->view.text(), words);
                if (names->holds(part->view.text(), r))
                    continue;
            }
            misspelt.emplace_back(part, r);
        }
    }
    dropRepeatedNames(misspelt, in.subject, in.body);
    out.reserve(out.size() + qsizetype(misspelt.size()));
    for (const auto &[part, r] : misspelt) {
        Finding f = in.finding(QStringLiteral("spelling"), part->part, r);
        f.noteArgs << QStringLiteral("\u201C%1\u201D").arg(part->view.folded().mid(r.start, r.length()))
                   << languageNoteArg(in.context.language);
        out.append(std::move(f));
    }
}

} // namespace permitted
