#pragma once
// What every check reads, prepared once per validation. Internal to core/.

#include "detection/concept_rules.h"
#include "detection/language_identification.h"
#include "detection/entities.h"
#include "finding.h"
#include "message.h"
#include "detection/rule_catalog.h"
#include "detection/rule_pack.h"
#include "detection/text_view.h"

namespace permitted {

class SpellChecker;
class DomainPolicy;

struct PartInput {
    Part part;
    const TextView &view;
    const Entities &entities;
    const ConceptText &concepts;   // empty for a language without a lexicon
};

struct CheckInput {
    const Message &message;
    const MessageContext &context;
    const LanguagePack *pack;        // null for a buyer language without a rule pack
    const LanguagePack *phrasePack;  // the pack of the language the body is written in (null when it has none)
    const RuleCatalog &catalog;
    const SpellChecker &spelling;
    const DomainPolicy &domains;
    const std::vector<ConceptRule> &conceptRules;
    bool hasLexicon;                 // the buyer language has a concept lexicon
    // The concepts were read with the lexicon of the language the body is written in: false for
    // a message in a language without one, read with the buyer's words.
    bool readInItsLanguage;
    // The language the body is written in, when it is confidently not the buyer's.
    const std::optional<WrittenLanguage> &writtenIn;
    PartInput subject;
    PartInput body;

    // A finding of `ruleId` with the catalogue's severity.
    Finding finding(const QString &ruleId, Part part, Range range) const
    {
        Finding f;
        f.ruleId = ruleId;
        if (const RuleInfo *info = catalog.find(ruleId))
            f.severity = info->severity;
        f.part = part;
        f.start = range.start;
        f.length = range.length();
        return f;
    }
};

// The checks. Each file under core/detection/checks/ defines one, named after the rules it
// reports; checks.h lists them all.
using Check = void (*)(const CheckInput &, Findings &);

} // namespace permitted
