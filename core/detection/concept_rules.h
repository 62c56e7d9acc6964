#pragma once
// The content rules written once for every language, as combinations of concepts
// (resources/rules/concepts/<rule-id>.json; the format is in resources/rules/README.md).
//
// - A *combination* rule fires where every term of one of its signals is said within a sentence
//   or a short window of sentences ("reward" and "review": review-incentive), unless a concept
//   that cancels the signal is said there too ("either": "good or bad, your review helps"), or,
//   for a negatable signal, a term is negated ("we cannot offer a discount").
// - A *purpose* rule judges the whole message: it fires when the message says one of its
//   `needs` concepts (thanks, shipped) and nothing that gives it another purpose (a question, a
//   delay, an invoice, a review request ...). Words of availability ("let us know if you need
//   anything") are no purpose.

#include "detection/concept_lexicon.h"
#include "finding.h"
#include "message.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace permitted {

// One term of a signal: any of its concepts; in an ordered signal, at most `within` words after
// the term before it (-1: anywhere after it in the window).
struct ConceptTerm {
    ConceptSet concepts;
    int within = -1;
};

struct ConceptSignal {
    std::vector<ConceptTerm> terms;
    int window = 0;                  // how many sentences after the first the terms may spread over
    bool ordered = false;            // the terms are said in this order
    bool negatable = false;          // a negated term (ConceptHit::negated) does not count
    ConceptSet unless;               // said in the window, cancels the signal
    ConceptSet unlessAffirmed;       // said in the window with no negation over it, cancels the signal
    ConceptSet unlessNearby;         // said in the window or a sentence next to it, cancels the signal
    std::optional<Severity> severity;
};

struct ConceptRule {
    enum class Kind { Combination, Purpose };
    QString id;
    QString file;
    Kind kind = Kind::Combination;
    QStringList requirements;        // "proactive", "review-already-requested"
    // Combination
    std::vector<ConceptSignal> signalList;
    // Purpose
    ConceptSet needs;
    ConceptSet purposes;
    ConceptSet notPurpose;           // purpose words inside these hits do not count
    ConceptSet accountedBy;          // the concepts that explain a sentence (thanks, greeting ...)
    ConceptSet closes;               // a closing ("Kind regards"): the sentences after it are the signature
    // Rules whose finding gives the message a purpose of its own (marketing, review pressure):
    // a message that markets does not "only" thank.
    QStringList yieldsTo;
};

// Loads every rule file of `folder`, numbering their concepts in `names`; nullopt and a one-line
// `error` naming the file and the key when one cannot be used (an unknown key or value is refused).
std::optional<std::vector<ConceptRule>> loadConceptRules(const QString &folder, ConceptNames &names, QString *error);

struct ConceptMatch {
    Range range;
    std::optional<Severity> severity;
    int sentence = 0;
};

// Where a combination rule fires in a part of a message, given that part's concept hits.
std::vector<ConceptMatch> matchCombination(const ConceptRule &rule, const ConceptText &text);
// Whether a purpose rule fires on a message body.
bool matchPurpose(const ConceptRule &rule, const ConceptText &text, const TextView &view, const Entities &entities);

} // namespace permitted
