#include "detection/concept_rules.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <limits>
#include <span>

namespace permitted {
namespace {

// A sentence of at least this many words that no concept of the rule's `accounted_by` explains says
// something of its own ("The charger works with both 110 and 230 volts, so it travels well"): the
// message has a purpose. Shorter ones are what thanks are padded with ("Every jar is filled by
// hand"); 9 found the most on the tuning part for the fewest false findings (5 to 12 tried).
constexpr int kUnaccountedWords = 9;

class RuleReader {
public:
    RuleReader(QString file, ConceptNames &names) : m_file(std::move(file)), m_names(names) {}

    bool refuseUnknownKeys(const QJsonObject &o, const QSet<QString> &known, const QString &where)
    {
        for (const QString &key : o.keys()) {
            if (!known.contains(key))
                return fail(QStringLiteral("%1unknown key \"%2\"").arg(where, key));
        }
        return true;
    }

    // "a|b" is one term: either concept.
    std::optional<ConceptSet> concepts(const QJsonValue &value, const QString &key)
    {
        ConceptSet out;
        if (value.isUndefined())
            return out;
        if (!value.isArray()) {
            fail(QStringLiteral("\"%1\" is not a list of concepts").arg(key));
            return std::nullopt;
        }
        for (const QJsonValue &v : value.toArray()) {
            const std::optional<ConceptSet> one = term(v, key);
            if (!one)
                return std::nullopt;
            out |= *one;
        }
        return out;
    }

    std::optional<ConceptSet> term(const QJsonValue &v, const QString &key)
    {
        if (!v.isString() || v.toString().isEmpty()) {
            fail(QStringLiteral("\"%1\" holds something that is not a conceptId name").arg(key));
            return std::nullopt;
        }
        ConceptSet out;
        for (const QString &name : v.toString().split(u'|')) {
            const int id = m_names.add(name.trimmed());
            if (id < 0) {
                fail(QStringLiteral("more than %1 concepts").arg(kMaxConcepts));
                return std::nullopt;
            }
            out.set(size_t(id));
        }
        return out;
    }

    bool fail(const QString &why)
    {
        m_error = QStringLiteral("%1: %2").arg(m_file, why);
        return false;
    }
    const QString &error() const { return m_error; }

private:
    QString m_file;
    ConceptNames &m_names;
    QString m_error;
};

std::optional<ConceptRule> readRule(const QString &path, ConceptNames &names, QString *error)
{
    RuleReader reader(path, names);
    auto failed = [&]() -> std::optional<ConceptRule> {
        *error = reader.error();
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reader.fail(file.errorString());
        return failed();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        reader.fail(parseError.errorString());
        return failed();
    }
    const QJsonObject o = doc.object();
    ConceptRule rule;
    rule.file = path;
    rule.id = o.value(QLatin1String("rule")).toString();
    if (rule.id.isEmpty() || QFileInfo(path).completeBaseName() != rule.id) {
        reader.fail(QStringLiteral("\"rule\" must name the rule the file is named after"));
        return failed();
    }
    for (const QJsonValue &r : o.value(QLatin1String("requires")).toArray()) {
        if (r.toString() != QLatin1String("proactive") && r.toString() != QLatin1String("review-already-requested")) {
            reader.fail(QStringLiteral("unknown value \"%1\" in \"requires\"").arg(r.toString()));
            return failed();
        }
        rule.requirements << r.toString();
    }
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("combination")) {
        rule.kind = ConceptRule::Kind::Combination;
        if (!reader.refuseUnknownKeys(o, {"rule", "kind", "requires", "signals", "note"}, QString()))
            return failed();
        const QJsonArray signalList = o.value(QLatin1String("signals")).toArray();
        if (signalList.isEmpty()) {
            reader.fail(QStringLiteral("a combination rule needs \"signals\""));
            return failed();
        }
        for (int i = 0; i < signalList.size(); ++i) {
            const QJsonObject s = signalList[i].toObject();
            const QString where = QStringLiteral("signal %1: ").arg(i + 1);
            if (!reader.refuseUnknownKeys(s, {"all", "window", "ordered", "negatable", "unless", "unless_affirmed", "unless_nearby", "severity", "why"}, where))
                return failed();
            ConceptSignal signal;
            const QJsonArray all = s.value(QLatin1String("all")).toArray();
            if (all.isEmpty()) {
                reader.fail(where + QStringLiteral("\"all\" lists no concept"));
                return failed();
            }
            signal.ordered = s.value(QLatin1String("ordered")).toBool(false);
            for (const QJsonValue &t : all) {
                ConceptTerm term;
                QJsonValue names = t;
                if (t.isObject()) {
                    const QJsonObject spec = t.toObject();
                    if (!reader.refuseUnknownKeys(spec, {"concept", "within"}, where))
                        return failed();
                    names = spec.value(QLatin1String("concept"));
                    term.within = spec.value(QLatin1String("within")).toInt(-1);
                    if (term.within < 0 || !signal.ordered) {
                        reader.fail(where + QStringLiteral("\"within\" takes a number of words, in an ordered signal"));
                        return failed();
                    }
                }
                const auto concepts = reader.term(names, QStringLiteral("all"));
                if (!concepts)
                    return failed();
                term.concepts = *concepts;
                signal.terms.push_back(term);
            }
            signal.window = s.value(QLatin1String("window")).toInt(0);
            if (signal.window < 0 || signal.window > ConceptSignal::kWidestWindow) {
                reader.fail(where + QStringLiteral("\"window\" must be 0 to %1 sentences").arg(ConceptSignal::kWidestWindow));
                return failed();
            }
            signal.negatable = s.value(QLatin1String("negatable")).toBool(false);
            const auto unless = reader.concepts(s.value(QLatin1String("unless")), QStringLiteral("unless"));
            if (!unless)
                return failed();
            signal.unless = *unless;
            const auto unlessAffirmed = reader.concepts(s.value(QLatin1String("unless_affirmed")), QStringLiteral("unless_affirmed"));
            if (!unlessAffirmed)
                return failed();
            signal.unlessAffirmed = *unlessAffirmed;
            const auto unlessNearby = reader.concepts(s.value(QLatin1String("unless_nearby")), QStringLiteral("unless_nearby"));
            if (!unlessNearby)
                return failed();
            signal.unlessNearby = *unlessNearby;
            if (s.contains(QLatin1String("severity"))) {
                signal.severity = severityFromName(s.value(QLatin1String("severity")).toString());
                if (!signal.severity) {
                    reader.fail(where + QStringLiteral("unknown severity \"%1\"").arg(s.value(QLatin1String("severity")).toString()));
                    return failed();
                }
            }
            rule.signalList.push_back(std::move(signal));
        }
    } else if (kind == QLatin1String("purpose")) {
        rule.kind = ConceptRule::Kind::Purpose;
        if (!reader.refuseUnknownKeys(o, {"rule", "kind", "requires", "needs", "purposes", "purposes_when_negated", "not_purpose", "accounted_by", "closes", "yields_to", "note"}, QString()))
            return failed();
        const auto needs = reader.concepts(o.value(QLatin1String("needs")), QStringLiteral("needs"));
        const auto purposes = reader.concepts(o.value(QLatin1String("purposes")), QStringLiteral("purposes"));
        const auto whenNegated = reader.concepts(o.value(QLatin1String("purposes_when_negated")), QStringLiteral("purposes_when_negated"));
        const auto notPurpose = reader.concepts(o.value(QLatin1String("not_purpose")), QStringLiteral("not_purpose"));
        const auto accountedBy = reader.concepts(o.value(QLatin1String("accounted_by")), QStringLiteral("accounted_by"));
        const auto closes = reader.concepts(o.value(QLatin1String("closes")), QStringLiteral("closes"));
        if (!needs || !purposes || !whenNegated || !notPurpose || !accountedBy || !closes)
            return failed();
        rule.accountedBy = *accountedBy;
        rule.closes = *closes;
        if (needs->none()) {
            reader.fail(QStringLiteral("a purpose rule needs \"needs\""));
            return failed();
        }
        rule.needs = *needs;
        rule.purposes = *purposes;
        rule.purposesWhenNegated = *whenNegated;
        rule.notPurpose = *notPurpose;
        for (const QJsonValue &v : o.value(QLatin1String("yields_to")).toArray())
            rule.yieldsTo << v.toString();
    } else {
        reader.fail(QStringLiteral("unknown kind \"%1\" (combination or purpose)").arg(kind));
        return failed();
    }
    return rule;
}

// Picks a hit of the window for each term from `term` on, in order when the signal is ordered,
// trying each candidate in turn: the first "please" of a sentence may not be the one before
// "cancel".
bool choose(const ConceptSignal &signal, std::span<const ConceptHit> window, size_t term, int after,
            std::vector<const ConceptHit *> &chosen)
{
    if (term == signal.terms.size())
        return true;
    const ConceptTerm &t = signal.terms[term];
    for (const ConceptHit &h : window) {
        if (!t.concepts.test(size_t(h.conceptId)))
            continue;
        if (signal.ordered && term > 0
            && (h.firstWord <= after || (t.within >= 0 && h.firstWord - after - 1 > t.within)))
            continue;
        if (signal.negatable && h.negated)
            continue;
        chosen.push_back(&h);
        if (choose(signal, window, term + 1, h.lastWord, chosen))
            return true;
        chosen.pop_back();
    }
    return false;
}

} // namespace

std::optional<std::vector<ConceptRule>> loadConceptRules(const QString &folder, ConceptNames &names, QString *error)
{
    std::vector<ConceptRule> rules;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto rule = readRule(dir.filePath(name), names, error);
        if (!rule)
            return std::nullopt;
        rules.push_back(std::move(*rule));
    }
    // A purpose rule yields only to rules that exist; combinations come first, so that the
    // check knows what they found before it judges a message's purpose.
    for (const ConceptRule &rule : rules)
        for (const QString &id : rule.yieldsTo)
            if (std::none_of(rules.begin(), rules.end(), [&](const ConceptRule &r) { return r.id == id && r.kind == ConceptRule::Kind::Combination; })) {
                *error = QStringLiteral("%1: \"yields_to\": \"%2\" is no combination rule").arg(rule.file, id);
                return std::nullopt;
            }
    std::stable_partition(rules.begin(), rules.end(), [](const ConceptRule &r) { return r.kind == ConceptRule::Kind::Combination; });
    return rules;
}

SentenceConcepts::SentenceConcepts(const ConceptText &text) : m_text(text)
{
    const std::vector<ConceptHit> &hits = text.hits;
    // The last hit need not be in the last sentence (a hit spanning a sentence break is counted
    // in the sentence it starts in): the sanitizers found the arrays overrun when it was trusted.
    for (const ConceptHit &h : hits)
        m_sentences = std::max(m_sentences, h.sentence + 1);
    const size_t n = size_t(m_sentences);
    m_begins.assign(n + 1, hits.size());
    for (auto *spans : {&m_said, &m_affirmed})
        for (std::vector<ConceptSet> &span : *spans)
            span.assign(n, ConceptSet());
    // What a sentence says with no negation over it, for the exceptions that a negation turns
    // around ("titles not on Amazon" is no sale through Amazon); others carry their own negation
    // ("we cannot offer a discount") and excuse in any case.
    for (size_t i = hits.size(); i-- > 0;) {
        const size_t s = size_t(hits[i].sentence);
        m_begins[s] = i;
        m_said[0][s].set(size_t(hits[i].conceptId));
        if (!hits[i].negated)
            m_affirmed[0][s].set(size_t(hits[i].conceptId));
        m_saidAnywhere.set(size_t(hits[i].conceptId));
    }
    for (size_t s = n; s-- > 0;)
        m_begins[s] = std::min(m_begins[s], m_begins[s + 1]);
    // A window one sentence wider is the narrower one and the sentence after it.
    for (size_t width = 1; width <= size_t(kWidest); ++width)
        for (auto *spans : {&m_said, &m_affirmed})
            for (size_t s = 0; s < n; ++s)
                (*spans)[width][s] = (*spans)[width - 1][s] | (s + width < n ? (*spans)[0][s + width] : ConceptSet());
}

std::vector<ConceptMatch> matchCombination(const ConceptRule &rule, const SentenceConcepts &said)
{
    std::vector<ConceptMatch> out;
    const std::vector<ConceptHit> &hits = said.text().hits;
    const int sentences = said.sentences();
    for (const ConceptSignal &signal : rule.signalList) {
        // Most signals have a term the text never says: passed over at once.
        if (std::any_of(signal.terms.begin(), signal.terms.end(),
                        [&](const ConceptTerm &t) { return (t.concepts & said.saidAnywhere()).none(); }))
            continue;
        for (int s = 0; s < sentences; ++s) {
            if (said.said(s).none())
                continue;
            const int last = std::min(s + signal.window, sentences - 1);
            const ConceptSet &inWindow = said.saidIn(s, signal.window);
            // Some exceptions are said in the sentence before or after ("Now that it is sorted,
            // could you take your review down? Bad reviews hurt a small shop.").
            if ((inWindow & signal.unless).any() || (said.saidNear(s, signal.window) & signal.unlessNearby).any()
                || (said.affirmedIn(s, signal.window) & signal.unlessAffirmed).any()
                || std::any_of(signal.terms.begin(), signal.terms.end(),
                               [&](const ConceptTerm &t) { return (t.concepts & inWindow).none(); }))
                continue;
            const std::span<const ConceptHit> window(hits.data() + said.begin(s), said.begin(last + 1) - said.begin(s));
            std::vector<const ConceptHit *> chosen;
            if (!choose(signal, window, 0, -1, chosen))
                continue;
            // The window must begin where the signal does, or the same words fire twice.
            if (std::none_of(chosen.begin(), chosen.end(), [&](const ConceptHit *h) { return h->sentence == s; }))
                continue;
            Range range = chosen.front()->range;
            for (const ConceptHit *h : chosen) {
                range.start = std::min(range.start, h->range.start);
                range.end = std::max(range.end, h->range.end);
            }
            // A signal of one concept covers each time the sentence says it ("if you no longer
            // wish to receive these messages, click here to unsubscribe").
            if (signal.terms.size() == 1)
                for (const ConceptHit &h : window)
                    if (h.sentence == s && signal.terms.front().concepts.test(size_t(h.conceptId))
                        && !(signal.negatable && h.negated))
                        range = {std::min(range.start, h.range.start), std::max(range.end, h.range.end)};
            // One finding per sentence: several signals of the rule in one sentence are one problem.
            const auto same = std::find_if(out.begin(), out.end(), [&](const ConceptMatch &m) {
                return m.sentence == s || m.range.overlaps(range);
            });
            if (same != out.end()) {
                same->range = {std::min(same->range.start, range.start), std::max(same->range.end, range.end)};
                continue;
            }
            out.push_back({range, signal.severity, s});
        }
    }
    std::sort(out.begin(), out.end(), [](const ConceptMatch &a, const ConceptMatch &b) { return a.range.start < b.range.start; });
    return out;
}

bool matchPurpose(const ConceptRule &rule, const ConceptText &text, const TextView &view, const Entities &entities)
{
    const std::vector<ConceptHit> &hits = text.hits;
    // Whether hit i lies inside a hit of another concept of `set`. Hits are in order of position,
    // the longer first where two begin alike: one that holds a hit begins at most a phrase's
    // length before it.
    constexpr int kPhraseReach = 200;   // UTF-16 units
    auto inside = [&](size_t i, const ConceptSet &set) {
        const Range r = hits[i].range;
        auto holds = [&](size_t j) {
            return hits[j].conceptId != hits[i].conceptId && set.test(size_t(hits[j].conceptId)) && hits[j].range.contains(r);
        };
        for (size_t j = i; j-- > 0 && hits[j].range.start >= r.start - kPhraseReach;)
            if (holds(j))
                return true;
        for (size_t j = i + 1; j < hits.size() && hits[j].range.start == r.start; ++j)
            if (holds(j))
                return true;
        return false;
    };
    // Words of a closing formula say nothing of the message's purpose: "Sent from my iPhone" is
    // no shipment, "Gesendet von meinem Samsung Galaxy" none either.
    bool needed = false;
    for (size_t i = 0; i < hits.size() && !needed; ++i)
        needed = rule.needs.test(size_t(hits[i].conceptId)) && !inside(i, rule.closes);
    if (!needed)
        return false;
    // Purpose words inside words of availability ("any questions") do not count either.
    auto insideNotPurpose = [&](size_t i) { return inside(i, rule.notPurpose) || inside(i, rule.closes); };
    // The short lines after the last closing are the signature and its trailers ("Sent from my
    // iPad"): they give the message no purpose.
    int signatureAfterLast = std::numeric_limits<int>::max();
    for (const ConceptHit &h : hits)
        if (rule.closes.test(size_t(h.conceptId)))
            signatureAfterLast = h.sentence + 1;
    auto inSignature = [&](const ConceptHit &h) {
        return h.sentence >= signatureAfterLast && size_t(h.sentence) < text.sentenceWords.size()
               && text.sentenceWords[size_t(h.sentence)] < kUnaccountedWords;
    };
    // "The shock absorbers did not go out today": a shipment negated is a delay.
    auto givesPurpose = [&](const ConceptHit &h) {
        return rule.purposes.test(size_t(h.conceptId)) || (h.negated && rule.purposesWhenNegated.test(size_t(h.conceptId)));
    };
    for (size_t i = 0; i < hits.size(); ++i)
        if (givesPurpose(hits[i]) && !inSignature(hits[i]) && !insideNotPurpose(i))
            return false;
    // A sentence that none of the allowed concepts explains says something of its own; what
    // follows a closing ("Kind regards,") is the signature.
    if (rule.accountedBy.any()) {
        std::vector<bool> accounted(text.sentenceWords.size(), false);
        int signatureFrom = int(accounted.size());
        for (const ConceptHit &h : hits) {
            if (rule.accountedBy.test(size_t(h.conceptId)) && size_t(h.sentence) < accounted.size())
                accounted[size_t(h.sentence)] = true;
            if (rule.closes.test(size_t(h.conceptId)))
                signatureFrom = std::min(signatureFrom, h.sentence + 1);
        }
        for (size_t s = size_t(signatureFrom); s < accounted.size(); ++s)
            accounted[s] = true;
        for (size_t s = 0; s < accounted.size(); ++s)
            if (!accounted[s] && text.sentenceWords[s] >= kUnaccountedWords)
                return false;
    }
    // A question to the buyer is a purpose, unless its sentence offers help ("Any questions?").
    const QString &body = view.text();
    for (qsizetype q = body.indexOf(u'?'); q >= 0; q = body.indexOf(u'?', q + 1)) {
        // The "?" of a link's query ("sendungssuche?snr=RR123") asks nothing.
        if (std::any_of(entities.all.begin(), entities.all.end(), [&](Range e) { return e.start <= q && q < e.end; }))
            continue;
        const Range sentence = *view.sentence(view.sentenceIndexAt(int(q)));
        auto it = std::lower_bound(hits.begin(), hits.end(), sentence.start,
                                   [](const ConceptHit &h, int start) { return h.range.start < start; });
        // Help is offered in a few words ("Any questions?", "Brauchen Sie Hilfe?"); a longer
        // question asks for something ("Ci scrive qui il numero di telaio, 17 caratteri, ...?").
        constexpr qsizetype kMostWordsOfAnOffer = 12;
        const QStringView asked = view.slice(sentence).trimmed();
        const bool isShort = std::count(asked.begin(), asked.end(), u' ') < kMostWordsOfAnOffer;
        bool offersHelp = false;
        for (; isShort && it != hits.end() && it->range.start < sentence.end && !offersHelp; ++it)
            offersHelp = rule.notPurpose.test(size_t(it->conceptId));
        if (!offersHelp)
            return false;
        q = std::max(q, qsizetype(sentence.end) - 1);   // one answer per sentence
    }
    return true;
}

} // namespace permitted
