#pragma once
// Messages for the benchmarks, made of text sellers write.

#include "detection/rule_pack.h"

#include <QString>
#include <QStringList>

namespace permitted::bench {

enum class Corpus {
    Sellers,     // the labelled corpus's messages (tests/corpus/): real wording, other tools'
                 // placeholders, names, typos, a few in other languages
    NearMisses,  // every good example of every rule: text made to nearly break the rules
};

// The texts to build messages of `language` from; empty when there are none.
QStringList benchmarkTexts(const LanguagePack &pack, Corpus corpus);

// A message of about `size` characters: the `seed`-th rotation of the texts, so that messages
// differ.
QString realisticMessage(const QStringList &texts, int size, int seed);

} // namespace permitted::bench
