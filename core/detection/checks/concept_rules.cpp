// The content rules written as combinations of concepts (resources/rules/concepts/): review
// pressure, rewards, marketing, steering off Amazon, cancellation requests, opt-out, and the
// purpose rules (thank-you-only, order-confirmation). The words come from the buyer language's
// lexicon; a language without one gets none of these, and checkUncheckedLanguage says so.

#include "detection/checks/checks.h"
#include "detection/fix_ranges.h"

namespace permitted {
namespace {

QString suggestionFor(const CheckInput &in, const QString &rule)
{
    const PackRule *packRule = in.pack ? in.pack->rule(rule) : nullptr;
    return packRule ? packRule->suggestion : QString();
}

// The pack's neutral sentence in place of the one found, when the pack names one.
std::optional<Fix> fixFor(const CheckInput &in, const QString &rule, const PartInput &part, Range found)
{
    const PackRule *packRule = in.pack ? in.pack->rule(rule) : nullptr;
    if (!packRule || !packRule->sentenceFix)
        return std::nullopt;
    return sentenceFix(part.view, found, *packRule->sentenceFix);
}

} // namespace

void checkConceptRules(const CheckInput &in, Findings &out)
{
    const qsizetype mine = out.size();   // what this check found starts here
    const SentenceConcepts subject(in.subject.concepts), body(in.body.concepts);
    for (const ConceptRule &rule : in.conceptRules) {
        if (!requirementsMet(rule.requirements, in.context))
            continue;
        if (rule.kind == ConceptRule::Kind::Purpose) {
            // A whole message is judged only in words its lexicon knows: a Catalan delay notice
            // read with Spanish words has sentences nothing accounts for, not a purpose.
            if (!in.readInItsLanguage)
                continue;
            // The combinations come first (loadConceptRules orders them so).
            if (std::any_of(out.begin() + mine, out.end(), [&](const Finding &f) { return rule.yieldsTo.contains(f.ruleId); }))
                continue;
            const QStringView trimmed = QStringView(in.body.view.text()).trimmed();
            if (!trimmed.isEmpty() && matchPurpose(rule, in.body.concepts, in.body.view, in.body.entities)) {
                const int start = int(trimmed.data() - in.body.view.text().data());
                Finding f = in.finding(rule.id, Part::Body, {start, start + int(trimmed.size())});
                f.suggestion = suggestionFor(in, rule.id);
                out.append(f);
            }
            continue;
        }
        for (const auto &[part, said] : {std::pair{&in.subject, &subject}, std::pair{&in.body, &body}}) {
            for (const ConceptMatch &m : matchCombination(rule, *said)) {
                Finding f = in.finding(rule.id, part->part, m.range);
                if (m.severity)
                    f.severity = *m.severity;
                f.suggestion = suggestionFor(in, rule.id);
                f.fix = fixFor(in, rule.id, *part, m.range);
                out.append(f);
            }
        }
    }
}

} // namespace permitted
