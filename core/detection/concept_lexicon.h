#pragma once
// A buyer language's lexicon of concepts (resources/rules/<lang>/_concepts.json): for each
// concept the rules are written in ("review", "reward", "contact-us" ...), the words and short
// phrases that say it in that language, matched on the words of a text with their inflections
// (Snowball stems), as exact forms, as parts of compounds, or, for shapes such as amounts, as
// regular expressions. The rules themselves (concept_rules.h) are written once for every
// language; adding a language is writing its lexicon.
//
// Text is matched as it is, in any script: words are ICU's (dictionary breaks for Japanese and
// Chinese), compared as lower-case strings.

#include "detection/concept_names.h"
#include "detection/entities.h"
#include "detection/text_view.h"

#include <QString>
#include <memory>
#include <vector>

namespace permitted {

// One place where a concept is said: a word, a phrase, or a shape.
struct ConceptHit {
    int conceptId = 0;
    Range range;
    int firstWord = 0;   // the index of its first word among the text's words (see find)
    int lastWord = 0;
    int sentence = 0;    // which sentence it starts in, counting only sentences with words
    int clause = 0;      // which clause: sentences cut at commas, semicolons, colons, brackets
    // A negation stands just before it in its clause, or just after it in a language that puts
    // negations after the verb ("we cannot offer a discount", "Rabatt ... nicht anbieten").
    bool negated = false;
};

// What a lexicon reads in one part of a message.
struct ConceptText {
    std::vector<ConceptHit> hits;      // in order of position
    std::vector<int> sentenceWords;    // how many words each sentence has (numbered as in ConceptHit)
};

class ConceptLexicon {
public:
    // Loads a lexicon file; its concept names are numbered in `names`. Null and a one-line
    // `error` naming the file and the entry when it cannot be used.
    static std::unique_ptr<ConceptLexicon> load(const QString &path, ConceptNames &names, QString *error);
    ~ConceptLexicon();

    // Every concept said in the text, in order of position. Words inside a link, an address or
    // a placeholder are not the seller's words and say nothing.
    ConceptText find(const TextView &view, const Entities &entities) const;

    struct Data;

private:
    explicit ConceptLexicon(std::unique_ptr<Data> data);
    std::unique_ptr<Data> m_data;
};

} // namespace permitted
