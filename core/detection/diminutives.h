#pragma once
// Diminutives the dictionary lacks: Spanish sellers write "un favorcito", "la cajita", "un
// regalito" (and "problemilla", "cochecito"), Italian ones "una scatolina", "il finocchietto",
// which neither Hunspell dictionary derives from "favor", "caja", "scatola", "finocchio". No Debian library derives them (Hunspell's Spanish affix
// file has no diminutive rules, and Snowball stems "cajita" to "cajit"): on the labelled corpus,
// diminutives were the most frequent Spanish word called misspelt that a buyer would not call so.

#include "detection/spell_checker.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QStringView>

namespace permitted {

struct DiminutiveRules {
    // Endings a diminutive adds, longest first ("ecitas", "ita", "illo").
    QStringList endings;
    // What the word the diminutive was made of may end in after the ending is taken off
    // ("caj" + "a", "regal" + "o", "paquet" + "e", "favor" + "", Italian "docc" + "ia").
    QStringList completions;
    // Spellings that change at the stem's end before the ending ("poqu" -> "poc", "amigu" ->
    // "amig", "camion" -> "camión"): the ending's letters on the left, the word's on the right.
    QList<QPair<QString, QString>> stemChanges;
    bool any() const { return !endings.isEmpty(); }
};

// Whether `word` (lower case or capitalised) is a diminutive of a word the dictionary knows. A word
// that is a known word without one of its accents ("credito", "merito") is a missing accent, not
// a diminutive ("cred" + "o"), and stays misspelt.
bool isDiminutiveOfKnownWord(const SpellChecker &spelling, const SpellChecker::Dictionary *dictionary,
                             const DiminutiveRules &rules, QStringView word);

} // namespace permitted
