// The phrase rules of the buyer language's pack (promotional, review-incentive, off-amazon ...):
// patterns matched within each sentence, unless an exception of the rule overlaps the match.

#include "detection/checks/checks.h"

#include <map>

namespace permitted {
namespace {

bool appliesTo(const PackRule &rule, Part part)
{
    return rule.parts == PartScope::Both || (rule.parts == PartScope::Subject) == (part == Part::Subject);
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

// The pattern's matches that lie within one sentence, each with its sentence. The pattern runs
// once over the whole text; the sentences a match crosses are searched again one by one (the
// crossing match may hide one inside them), as is every sentence for a pattern anchored with
// ^ or $. Sentences are found only as far as the matches need them.
std::vector<std::pair<Range, Range>> matchesWithinSentences(const PackPattern &pattern, const TextView &view)
{
    std::vector<std::pair<Range, Range>> out;
    const std::string &source = pattern.re->pattern();
    const bool anchored = source.find('^') != std::string::npos || source.find('$') != std::string::npos;
    if (anchored) {
        for (size_t i = 0; const std::optional<Range> sentence = view.sentence(i); ++i)
            for (const Range &m : findAll(pattern, view, *sentence))
                out.emplace_back(m, *sentence);
        return out;
    }
    size_t searchedUpTo = 0;   // sentences below this index were searched on their own
    for (const Range &m : findAll(pattern, view, {0, int(view.text().size())})) {
        const size_t first = view.sentenceIndexAt(m.start);
        const Range firstSentence = *view.sentence(first);
        if (firstSentence.contains(m)) {
            out.emplace_back(m, firstSentence);
            continue;
        }
        for (size_t i = std::max(first, searchedUpTo);; ++i) {
            const std::optional<Range> sentence = view.sentence(i);
            if (!sentence || sentence->start >= m.end)
                break;
            for (const Range &inner : findAll(pattern, view, *sentence))
                out.emplace_back(inner, *sentence);
            searchedUpTo = i + 1;
        }
    }
    // A sentence searched again may repeat a match found in the whole-text pass.
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.first.start != b.first.start ? a.first.start < b.first.start : a.first.end < b.first.end;
    });
    out.erase(std::unique(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.first.start == b.first.start && a.first.end == b.first.end;
    }), out.end());
    return out;
}

// Where the rule's exceptions match, sentence by sentence: found for a sentence the first time a
// match of the rule's patterns in it needs them.
class Exceptions {
public:
    Exceptions(const PackRule &rule, const TextView &view) : m_rule(rule), m_view(view) {}

    bool cancel(Range sentence, Range match)
    {
        auto it = m_bySentence.find(sentence.start);
        if (it == m_bySentence.end()) {
            std::vector<Range> found;
            for (const PackPattern &exception : m_rule.exceptions)
                for (const Range &r : findAll(exception, m_view, sentence))
                    found.push_back(r);
            it = m_bySentence.emplace(sentence.start, std::move(found)).first;
        }
        return std::any_of(it->second.begin(), it->second.end(),
                           [&](const Range &r) { return r.overlaps(match) || r.contains(match); });
    }

private:
    const PackRule &m_rule;
    const TextView &m_view;
    std::map<int, std::vector<Range>> m_bySentence;
};

void checkPart(const CheckInput &in, const PartInput &part, Findings &out)
{
    const TextView &view = part.view;
    if (view.text().isEmpty())
        return;
    // One pass over the text says which patterns match anywhere; only those are run one by one.
    std::vector<int> hits;
    if (!in.phrasePack->phraseSet->Match(re2::StringPiece(view.bytes().data(), view.bytes().size()), &hits))
        return;
    std::map<int, std::vector<int>> patternsByRule;
    for (int hit : hits) {
        const auto [rule, pattern] = in.phrasePack->phraseSetIndex[size_t(hit)];
        patternsByRule[rule].push_back(pattern);
    }
    for (auto &[ruleIndex, patterns] : patternsByRule) {
        const PackRule &rule = in.phrasePack->rules[size_t(ruleIndex)];
        if (!appliesTo(rule, part.part) || !requirementsMet(rule, in.context))
            continue;
        std::sort(patterns.begin(), patterns.end());
        Findings found;
        Exceptions exceptions(rule, view);
        for (int p : patterns) {
            const PackPattern &pattern = rule.patterns[size_t(p)];
            for (const auto &[match, sentence] : matchesWithinSentences(pattern, view)) {
                if (insideEntity(part.entities, match))
                    continue;
                if (exceptions.cancel(sentence, match))
                    continue;
                Finding f = in.finding(rule.id, part.part, match);
                if (pattern.severity)
                    f.severity = *pattern.severity;
                f.note = pattern.note;
                f.suggestion = rule.suggestion;
                found.append(f);
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
    if (!in.phrasePack)
        return;
    checkPart(in, in.subject, out);
    checkPart(in, in.body, out);
}

} // namespace permitted
