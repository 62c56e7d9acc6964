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
#include <array>
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
    static constexpr int kWidestWindow = 3;
    std::vector<ConceptTerm> terms;
    int window = 0;                  // how many sentences after the first the terms may spread over (up to kWidestWindow)
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
    ConceptSet purposesWhenNegated;  // said with a negation over it, a purpose too ("not shipped" is a delay)
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

// What a part of a message says, sentence by sentence and over every window of sentences a
// signal may span: worked out once per part, as every signal of every rule asks it again.
class SentenceConcepts {
public:
    explicit SentenceConcepts(const ConceptText &text);
    const ConceptText &text() const { return m_text; }
    int sentences() const { return m_sentences; }
    // Where the hits of sentence s begin in text().hits (hits come in order of position).
    size_t begin(int s) const { return m_begins[size_t(s)]; }
    const ConceptSet &said(int s) const { return m_said[0][size_t(s)]; }
    const ConceptSet &saidAnywhere() const { return m_saidAnywhere; }
    // Said in sentences s to s + window (as many as there are).
    const ConceptSet &saidIn(int s, int window) const { return m_said[size_t(window)][size_t(s)]; }
    // Said with no negation over it, in sentences s to s + window.
    const ConceptSet &affirmedIn(int s, int window) const { return m_affirmed[size_t(window)][size_t(s)]; }
    // Said in those sentences or the one before or after them.
    const ConceptSet &saidNear(int s, int window) const { return s == 0 ? saidIn(0, window + 1) : saidIn(s - 1, window + 2); }

private:
    static constexpr int kWidest = ConceptSignal::kWidestWindow + 2;   // and a sentence on each side
    const ConceptText &m_text;
    int m_sentences = 0;
    std::vector<size_t> m_begins;
    std::array<std::vector<ConceptSet>, kWidest + 1> m_said;
    std::array<std::vector<ConceptSet>, kWidest + 1> m_affirmed;
    ConceptSet m_saidAnywhere;
};

// Where a combination rule fires in a part of a message, given what that part says.
std::vector<ConceptMatch> matchCombination(const ConceptRule &rule, const SentenceConcepts &said);
// Whether a purpose rule fires on a message body.
bool matchPurpose(const ConceptRule &rule, const ConceptText &text, const TextView &view, const Entities &entities);

} // namespace permitted
