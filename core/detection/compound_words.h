#pragma once
// Compound words of languages that write them as one ("Leinenkleid", "Lindenblütenhonig"): a word
// the dictionary rejects is spelt right when it is two or three words the dictionary knows,
// joined by a linking letter of the language ("Rückgabe" + "frist", "Nachforschung" + "s" +
// "auftrag"). Hunspell joins only the words its dictionary marks as compound parts, and no
// library in Debian splits German compounds (jwordsplitter and charsplit are Java and Python,
// not packaged): after the "frami" dictionary, compounds of known nouns were still the most
// common false spelling warning in German messages.

#include "detection/spell_checker.h"

#include <QStringList>
#include <QStringView>

namespace permitted {

struct CompoundRules {
    // What may join two parts ("s" in "Rechnungsnummer", "n" in "Zirbenhonig"); the empty join is
    // always allowed. Empty list: the language writes no compounds of two words.
    QStringList links;
    // Endings a verb stem lacks as the first part ("Probier" + "set": "probieren").
    QStringList stemEndings;
    // Endings a noun drops as the first part ("Farb" + "frisch": "Farbe", "Schul" + "tasche").
    QStringList droppedEndings;
    // Particles and verbs written onto a word ("nach" + "heften", "re" + "acondicionado",
    // "corta" + "setos"); with no links, the language joins words this way only.
    QStringList prefixes;
    bool joinsWords() const { return !links.isEmpty() || !prefixes.isEmpty(); }
};

// Whether `word` is a prefix of the language and a word the dictionary knows, or two or three
// words it knows, each at least three letters long. `borrowed`, when given, is the dictionary of
// the language a capitalised compound may end in ("Lade" + "case", "Kühl" + "pad": German sellers
// join English nouns to their own).
bool isCompoundOfKnownWords(const SpellChecker &spelling, const SpellChecker::Dictionary *dictionary,
                            const CompoundRules &rules, QStringView word,
                            const SpellChecker::Dictionary *borrowed = nullptr);

} // namespace permitted
