#pragma once
// Messages for the benchmarks, made of the rule packs' good examples: text sellers write.

#include "rule_pack.h"

#include <QString>

namespace permitted::bench {

enum class Corpus {
    Ordinary,    // whole seller messages: the good examples of the message-level rules
    NearMisses,  // every good example of every rule: text made to nearly break the rules
};

// A message of about `size` characters in the pack's language, the `seed`-th rotation of the
// examples so that messages differ.
QString realisticMessage(const LanguagePack &pack, int size, int seed, Corpus corpus = Corpus::Ordinary);

} // namespace permitted::bench
