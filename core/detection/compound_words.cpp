#include "detection/compound_words.h"

namespace permitted {
namespace {

constexpr qsizetype kShortestPart = 3;   // "Set", "Hof", "Tee"; two letters split typos ("Ab"+"...")
constexpr qsizetype kShortestStem = 4;  // "brüh" + "en"
// "Linden" + "blüten" + "honig"; a lower-case word is an adjective or a verb of two parts at most
// ("spülmaschinen" + "geeignet"): more found nouns written in lower case ("nachforschungsauftrag").
constexpr int kMostParts = 3;
constexpr int kMostLowerCaseParts = 2;
// After a prefix of two or three letters, a word of six at least: "re" + "trazo" is a typo of
// "retraso", "pre" + "pagada" a word.
constexpr qsizetype kShortPrefix = 3;
constexpr qsizetype kShortestAfterShortPrefix = 6;
// After a noun that is a word in lower case too ("Käse"), a part of six letters at least: "Viel" +
// "eicht" is a typo of "Vielleicht".
constexpr qsizetype kShortestAmbiguousTail = 6;

// The dictionary takes any word capitalised at a sentence's start, and a noun only capitalised:
// a part known capitalised but not in lower case is a noun.
QString capitalised(QStringView part)
{
    QString out = part.toString();
    out[0] = out[0].toUpper();
    return out;
}

class Splitter {
public:
    Splitter(const SpellChecker &spelling, const SpellChecker::Dictionary *dictionary, const CompoundRules &rules,
             const SpellChecker::Dictionary *borrowed)
        : m_spelling(spelling), m_dictionary(dictionary), m_rules(rules), m_borrowed(borrowed)
    {
    }

    // `asNoun`: the compound is written capitalised, so its last part may be any word the
    // dictionary takes capitalised ("Garn" + "farbe", "Salbei" + "grün" as a colour's name); in
    // lower case, its last part must be a lower-case word ("speichel" + "fest"), which keeps
    // nouns written in lower case ("paketdienst") misspelt.
    bool isCompound(QStringView word, bool asNoun, int parts) const
    {
        const int mostParts = asNoun ? kMostParts : kMostLowerCaseParts;
        for (qsizetype split = kShortestPart; split + kShortestPart <= word.size(); ++split) {
            const QStringView head = word.left(split), tail = word.mid(split);
            const bool tailKnown = knows(asNoun ? capitalised(tail) : tail.toString().toLower())
                                   || (asNoun && isBorrowed(tail))
                                   || (parts < mostParts - 1 && tail.size() >= 2 * kShortestPart
                                       && isCompound(tail, asNoun, parts + 1));
            if (tailKnown && isNounFirstPart(head))
                return true;
            if (asNoun && isNoun(tail) && isAdjectiveOrVerb(head))
                return true;
            if (asNoun && tail.size() >= kShortestAmbiguousTail && knows(capitalised(tail)) && isNounAlsoLowerCase(head))
                return true;
            if (asNoun && isBorrowed(tail) && isVerbStem(head))
                return true;
        }
        return false;
    }

private:
    bool knows(const QString &word) const { return m_spelling.isCorrect(m_dictionary, word); }
    bool isNoun(QStringView part) const { return knows(capitalised(part)) && !knows(part.toString().toLower()); }
    bool isBorrowed(QStringView part) const
    {
        return m_borrowed && m_spelling.isCorrect(m_borrowed, part.toString().toLower());
    }

    // A noun, alone, with a linking letter ("Rechnung" + "s") or short of an ending it drops
    // ("Farb" for "Farbe"). Not an adjective, an adverb or a verb form: with them, typos split
    // into words ("viel" + "eicht", "eigen" + "dlich").
    bool isNounFirstPart(QStringView head) const
    {
        if (isNoun(head))
            return true;
        // A short head takes no ending back: "ent" + "e" is a duck, "entgültig" a typo.
        if (head.size() >= kShortestStem
            && std::any_of(m_rules.droppedEndings.begin(), m_rules.droppedEndings.end(),
                           [&](const QString &ending) { return isNoun(head.toString() + ending); }))
            return true;
        return std::any_of(m_rules.links.begin(), m_rules.links.end(), [&](const QString &link) {
            return head.size() - link.size() >= kShortestPart && head.endsWith(link) && isNoun(head.chopped(link.size()));
        });
    }

    // A noun whose lower-case form is a word too ("Käse", "käse": an imperative), before a word
    // the dictionary knows capitalised ("Käse" + "präsent", where "präsent" is an adjective as
    // well): neither part alone tells a noun, but a typo seldom splits into two such words when
    // the second is long ("Viel" + "eicht" is one: "eicht" is a verb's form).
    bool isNounAlsoLowerCase(QStringView head) const
    {
        return head.size() >= kShortestStem && knows(capitalised(head)) && knows(head.toString().toLower());
    }

    // An adjective or a verb before a noun ("Frisch" + "käse", "Blenden" + "lamellen", "Probier" +
    // "set"): a word known in lower case. Only before a noun the dictionary knows capitalised alone,
    // or a typo at a sentence's start splits ("Viel" + "eicht").
    bool isAdjectiveOrVerb(QStringView head) const
    {
        return head.size() >= kShortestStem && (knows(head.toString().toLower()) || completesToAVerb(head));
    }

    // A stem whose imperative the dictionary lacks, which a verb's ending completes ("Brüh" +
    // "tabelle": "brühen").
    bool completesToAVerb(QStringView head) const
    {
        const QString stem = head.toString().toLower();
        return std::any_of(m_rules.stemEndings.begin(), m_rules.stemEndings.end(),
                           [&](const QString &ending) { return knows(stem + ending); });
    }

    // The stem of a verb before a borrowed noun ("Kühl" + "pad"): a word alone (the imperative) that
    // a verb's ending completes ("kühlen"). Stricter than any lower-case word, since the borrowed
    // dictionary knows short words that end German typos ("Beste" + "lung").
    bool isVerbStem(QStringView head) const
    {
        if (head.size() < kShortestStem)
            return false;
        return knows(head.toString().toLower()) && completesToAVerb(head);
    }

    const SpellChecker &m_spelling;
    const SpellChecker::Dictionary *m_dictionary;
    const CompoundRules &m_rules;
    const SpellChecker::Dictionary *m_borrowed;
};

} // namespace

bool isCompoundOfKnownWords(const SpellChecker &spelling, const SpellChecker::Dictionary *dictionary,
                            const CompoundRules &rules, QStringView word, const SpellChecker::Dictionary *borrowed)
{
    if (!rules.joinsWords() || word.size() < 2 * kShortestPart)
        return false;
    if (!std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); }))
        return false;
    // "nachheften", "vorgewaschen", "reacondicionado", "cortasetos": a particle or a verb written
    // onto a word, the whole in lower case or capitalised at a sentence's start.
    for (const QString &prefix : rules.prefixes)
        if (word.size() - prefix.size() >= (prefix.size() <= kShortPrefix ? kShortestAfterShortPrefix : kShortestPart)
            && word.startsWith(prefix, Qt::CaseInsensitive)
            && spelling.isCorrect(dictionary, word.mid(prefix.size()).toString().toLower()))
            return true;
    if (rules.links.isEmpty())
        return false;
    return Splitter(spelling, dictionary, rules, borrowed).isCompound(word, word.front().isUpper(), 1);
}

} // namespace permitted
