// The rules that judge the message as a whole (thank-you-only, order-confirmation). A message
// breaks one when every sentence of it is a greeting, a closing, the signature after the
// closing, or one of the rule's triggers, and at least one trigger is there: a message with any
// other content (a question, a delay, an invoice) has a purpose and is left alone.

#include "checks.h"

namespace permitted {
namespace {

// Words of a sentence that no greeting, closing or trigger accounts for. A couple are tolerated
// ("Thanks again, John!"); more mean the sentence says something of its own.
constexpr int kToleratedWords = 2;
// The signature under a closing: a few short lines (a name, a shop, a title). Anything longer
// after a closing is content again.
constexpr int kSignatureWords = 6;

// The patterns of `patterns` that the sentence set says may match; the others are not run.
bool anyMatch(const std::vector<PackPattern> &patterns, const std::vector<const PackPattern *> &candidates,
              const TextView &view, Range sentence, std::vector<Range> &covered)
{
    bool found = false;
    for (const PackPattern &p : patterns) {
        if (std::find(candidates.begin(), candidates.end(), &p) == candidates.end())
            continue;
        for (const Range &r : findAll(p, view, sentence)) {
            covered.push_back(r);
            found = true;
        }
    }
    return found;
}

} // namespace

void checkMessageRules(const CheckInput &in, Findings &out)
{
    if (!in.pack)
        return;
    std::vector<const PackRule *> rules;
    for (const PackRule &r : in.pack->rules)
        if (r.kind == PackRuleKind::MessageLevel && requirementsMet(r, in.context))
            rules.push_back(&r);
    const TextView &view = in.body.view;
    const QStringView trimmed = QStringView(view.text()).trimmed();
    if (rules.empty() || trimmed.isEmpty())
        return;

    std::vector<bool> triggered(rules.size(), false);
    bool inSignature = false;
    EntityCursor entities(in.body.entities);   // asked about the words in order
    for (size_t index = 0; const std::optional<Range> next = view.sentence(index); ++index) {
        const Range sentence = *next;
        if (view.slice(sentence).trimmed().isEmpty())
            continue;
        const auto &words = view.words();
        auto first = std::lower_bound(words.begin(), words.end(), sentence.start,
                                      [](const Range &w, int start) { return w.start < start; });
        auto last = first;
        while (last != words.end() && last->start < sentence.end)
            ++last;
        if (inSignature && last - first <= kSignatureWords)
            continue;   // a name, a shop name, a title under the closing
        inSignature = false;
        std::vector<const PackPattern *> candidates;
        std::vector<int> hits;
        const std::string_view bytes = view.bytes().substr(size_t(sentence.start), size_t(sentence.length()));
        if (in.pack->sentenceSet->Match(re2::StringPiece(bytes.data(), bytes.size()), &hits))
            for (int h : hits)
                candidates.push_back(in.pack->sentenceSetIndex[size_t(h)]);
        std::vector<Range> covered;
        anyMatch(in.pack->greetings, candidates, view, sentence, covered);
        const bool closing = anyMatch(in.pack->closings, candidates, view, sentence, covered);
        for (size_t i = 0; i < rules.size(); ++i)
            if (anyMatch(rules[i]->patterns, candidates, view, sentence, covered))
                triggered[i] = true;
        int uncovered = 0;
        for (auto w = first; w != last; ++w) {
            const Range &word = *w;
            if (!sentence.contains(word) || entities.covers(word))
                continue;
            if (std::none_of(covered.begin(), covered.end(), [&](const Range &c) { return c.overlaps(word); }))
                ++uncovered;
        }
        if (uncovered > kToleratedWords)
            return;   // the message says something else: it has a purpose of its own
        inSignature = closing;
    }
    for (size_t i = 0; i < rules.size(); ++i) {
        if (!triggered[i])
            continue;
        bool yields = false;
        for (size_t j = 0; j < rules.size(); ++j)
            yields = yields || (triggered[j] && rules[i]->yieldsTo.contains(rules[j]->id));
        if (yields)
            continue;
        const int start = int(view.text().indexOf(trimmed.front()));
        Finding f = in.finding(rules[i]->id, Part::Body, {start, start + int(trimmed.size())});
        f.suggestion = rules[i]->suggestion;
        out.append(f);
    }
}

} // namespace permitted
