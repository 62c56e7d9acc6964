#pragma once
// A language's rule pack: the folder resources/rules/<lang>/ with one JSON file per rule, plus
// _language.json for what several rules share (greetings, words around phone numbers
// and order IDs). See resources/rules/README.md for the format.

#include "finding.h"
#include "message.h"
#include "detection/compound_words.h"
#include "detection/diminutives.h"
#include "detection/text_view.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <memory>
#include <mutex>
#include <optional>
#include <re2/re2.h>
#include <re2/set.h>
#include <vector>

namespace permitted {

// A pack's expression, checked when the pack loads and compiled the first time it is used: most
// patterns never match a given message, and compiling a pack's hundreds of them would take a
// good part of a second at every start. Safe to use from several threads.
class LazyRegex {
public:
    // `source` as written in the pack; `pattern` the same in the packs' one-byte alphabet.
    LazyRegex(QString source, std::string pattern) : m_source(std::move(source)), m_pattern(std::move(pattern)) {}
    const QString &source() const { return m_source; }
    const std::string &pattern() const { return m_pattern; }
    const RE2 &get() const;
    // The index of the named group (?P<m>...), or 0 when the whole match is the range.
    int markGroup() const;

private:
    void compile() const;
    QString m_source;
    std::string m_pattern;
    mutable std::once_flag m_once;
    mutable std::unique_ptr<RE2> m_re;
    mutable int m_markGroup = 0;
};

// A regular expression of a pack. A match counts only where it starts and ends at word edges;
// the named group (?P<m>...), when present, is the range the finding covers.
struct PackPattern {
    std::shared_ptr<const LazyRegex> re;
    std::optional<Severity> severity;        // overrides the rule's severity for this pattern
    QString note;                            // catalogue note key for this pattern
};

// One example of a rule: a message, the ranges where the rule must fire (bad examples), and the
// context to check it in.
struct RuleExample {
    QString text;
    QList<Range> marks;
    bool inSubject = false;
    bool asLinkText = false;                 // the text is the visible text of one HTML link
    QJsonObject context;                     // overrides: kind, reason, marketplace, ...
};

enum class PackRuleKind {
    Phrase,        // patterns matched within sentences
    LinkText,      // patterns matched against the whole visible text of each link
    Detector,      // implemented in code; the file holds its examples only
    Concepts,      // written once for every language (rules/concepts/); the file holds examples
};

enum class PartScope { Both, Subject, Body };

struct PackRule {
    QString id;
    QString file;
    PackRuleKind kind = PackRuleKind::Phrase;
    PartScope parts = PartScope::Both;
    std::vector<PackPattern> patterns;
    std::vector<PackPattern> exceptions;
    QStringList requirements;                    // "proactive", "review-already-requested"
    QString suggestion;                      // better wording, in the pack's language
    // The sentence that takes the place of the one a finding is in, as its fix: a neutral
    // sentence, or empty to remove the sentence. Nothing: the rule's fix is not mechanical.
    std::optional<QString> sentenceFix;
    QList<RuleExample> bad;
    QList<RuleExample> good;
};

struct LanguagePack {
    QString language;
    QString defaultMarketplace;
    std::vector<PackRule> rules;
    std::vector<PackPattern> greetings;      // lines that open a message ("Hello {{buyer_name}},")
    std::vector<PackPattern> serviceLines;   // words that make a phone number a service line
    std::vector<PackPattern> orderWords;     // words that introduce an order number
    std::vector<PackPattern> referenceWords; // words that introduce a reference, not a phone number
    std::vector<PackPattern> phoneCues;      // words that introduce a number to call ("ring us on", "Tel:")
    QString orderIdLine;                     // the line the missing-order-id fix inserts
    QSet<QString> allowedRepeats;            // words that may stand twice ("vous vous")
    QSet<QString> words;                     // spelt right in this language, whatever the dictionary says
    QSet<QString> determiners;               // after these, a capitalised word is a noun, not a name ("Your Ordr")
    QSet<QString> nameTitles;                // after these, a capitalised word is a name ("Frau Wendler")
    bool capitalisesNouns = false;           // every noun is capitalised (German): a capital says nothing of a name
    CompoundRules compounds;                 // how the language joins words into one ("Leinen" + "kleid")
    DiminutiveRules diminutives;             // how it makes diminutives ("caja" -> "cajita")
    QString loanwordDictionary;              // capitalised words it knows are borrowed nouns ("Indoor")
    QStringList clitics;                     // pronouns written onto verbs ("nos", "lo"), longest first
    QSet<QString> abbreviations;             // lower case, without the final dot: "sig", "sig.ra"
    QString greetingMarks;                   // marks that may end a greeting line before a lower-case start ("Ciao Marta!")

    // All phrase patterns in one set, so a clean text is scanned once, not once per pattern.
    std::unique_ptr<RE2::Set> phraseSet;
    std::vector<std::pair<int, int>> phraseSetIndex;   // set index -> (rule, pattern)

    const PackRule *rule(const QString &id) const;
};

// Loads rules/<language>/. On failure returns nullopt and `error` names the file and the problem.
std::optional<LanguagePack> loadLanguagePack(const QString &rulesRoot, const QString &language,
                                             QString *error);

// The first match of `pattern` at word edges in the slice [begin, end) of the view (^ and $
// mean the slice's edges), starting at `from`; all in UTF-16 offsets.
std::optional<Range> findPattern(const PackPattern &pattern, const TextView &view, int begin, int end, int from);
// Every such match in the UTF-16 range `within`.
std::vector<Range> findAll(const PackPattern &pattern, const TextView &view, Range within);

// Parses an example: "<m>" and "</m>" mark the ranges a finding must cover, and are removed.
std::optional<RuleExample> parseExample(const QJsonValue &value, QString *error);

} // namespace permitted

namespace permitted {
// Whether the context meets a rule's "requires" list.
bool requirementsMet(const QStringList &requirements, const MessageContext &context);
inline bool requirementsMet(const PackRule &rule, const MessageContext &context)
{
    return requirementsMet(rule.requirements, context);
}
}
