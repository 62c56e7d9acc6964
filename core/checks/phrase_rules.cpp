// The phrase rules of the buyer language's pack (promotional, review-incentive, off-amazon ...):
// patterns matched within each sentence, unless an exception of the rule overlaps the match.

#include "checks.h"

#include <map>

namespace permitted {
namespace {

bool appliesTo(const PackRule &rule, Part part)
{
    return rule.parts == PartScope::Both || (rule.parts == PartScope::Subject) == (part == Part::Subject);
}

bool excepted(const PackRule &rule, const TextView &view, Range sentence, Range match)
{
    for (const PackPattern &exception : rule.exceptions)
        for (const Range &r : findAll(exception, view, sentence))
            if (r.overlaps(match) || r.contains(match))
                return true;
    return false;
}

// Words inside a link, an address or a placeholder are not the seller's sentence ("https:" is
// no colon after a word).
bool insideEntity(const Entities &e, Range match)
{
    auto inside = [&](Range r) { return r.contains(match); };
    return std::any_of(e.urls.begin(), e.urls.end(), [&](const UrlEntity &u) { return inside(u.range); })
           || std::any_of(e.emails.begin(), e.emails.end(), inside)
           || std::any_of(e.placeholders.begin(), e.placeholders.end(), [&](const Placeholder &p) { return inside(p.range); });
}

void checkPart(const CheckInput &in, const PartInput &part, Findings &out)
{
    const TextView &view = part.view;
    if (view.text().isEmpty())
        return;
    // One pass over the text says which patterns match anywhere; only those are run one by one.
    std::vector<int> hits;
    if (!in.pack->phraseSet->Match(re2::StringPiece(view.utf8().data(), view.utf8().size()), &hits))
        return;
    std::map<int, std::vector<int>> patternsByRule;
    for (int hit : hits) {
        const auto [rule, pattern] = in.pack->phraseSetIndex[size_t(hit)];
        patternsByRule[rule].push_back(pattern);
    }
    for (auto &[ruleIndex, patterns] : patternsByRule) {
        const PackRule &rule = in.pack->rules[size_t(ruleIndex)];
        if (!appliesTo(rule, part.part) || !requirementsMet(rule, in.context))
            continue;
        std::sort(patterns.begin(), patterns.end());
        Findings found;
        for (const Range &sentence : view.sentences()) {
            for (int p : patterns) {
                const PackPattern &pattern = rule.patterns[size_t(p)];
                for (const Range &match : findAll(pattern, view, sentence)) {
                    if (excepted(rule, view, sentence, match) || insideEntity(part.entities, match))
                        continue;
                    Finding f = in.finding(rule.id, part.part, match);
                    if (pattern.severity)
                        f.severity = *pattern.severity;
                    f.note = pattern.note;
                    f.suggestion = rule.suggestion;
                    found.append(f);
                }
            }
        }
        // Several patterns of one rule may find the same words: keep one finding per place,
        // the earliest and then the longest.
        std::sort(found.begin(), found.end(), [](const Finding &a, const Finding &b) {
            return a.start != b.start ? a.start < b.start : a.length > b.length;
        });
        int coveredUntil = -1;
        for (const Finding &f : found) {
            if (f.start < coveredUntil)
                continue;
            out.append(f);
            coveredUntil = f.end();
        }
    }
}

} // namespace

void checkPhraseRules(const CheckInput &in, Findings &out)
{
    if (!in.pack)
        return;
    checkPart(in, in.subject, out);
    checkPart(in, in.body, out);
}

} // namespace permitted
