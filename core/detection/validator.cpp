#include "detection/validator.h"
#include "detection/check_input.h"
#include "detection/checks/checks.h"
#include "detection/checks/phone_number.h"
#include "detection/domain_policy.h"
#include "languages.h"
#include "detection/rule_pack.h"
#include "detection/spell_checker.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <numeric>
#include <thread>

namespace permitted {

std::unique_ptr<Validator> Validator::create(const ValidatorOptions &options, QString *error)
{
    std::unique_ptr<Validator> v(new Validator);
    // Without it, "Amazon" is a misspelling in Italian: a missing list is a broken installation.
    QFile words(options.rulesRoot + QStringLiteral("/words.txt"));
    if (!words.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(words.fileName(), words.errorString());
        return nullptr;
    }
    QStringList knownWords;
    for (const QString &line : QString::fromUtf8(words.readAll()).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
            knownWords << line.trimmed();
    v->m_spelling = std::make_unique<SpellChecker>(options.dictionaryDirs, options.userDictionary, knownWords);
    // While the rules are built, joined when this function returns, whichever way: the
    // dictionaries in their order (the buyer's first; Hunspell loads one at a time, see
    // spell_checker.cpp), and the phone numbering plans beside them.
    const std::jthread preloading([&spelling = *v->m_spelling, names = options.preloadDictionaries] {
        for (const QString &name : names)
            spelling.dictionary(name);
    });
    const std::jthread preparingPhones(preparePhoneNumbers);

    v->m_catalog = RuleCatalog::load(options.rulesRoot, error);
    if (v->m_catalog.rules().isEmpty())
        return nullptr;
    v->m_domains = DomainPolicy::load(options.rulesRoot, error);
    if (!v->m_domains)
        return nullptr;
    // The rules first, so that concept numbers do not depend on which languages are loaded.
    auto conceptRules = loadConceptRules(options.rulesRoot + QStringLiteral("/concepts"), v->m_conceptNames, error);
    if (!conceptRules)
        return nullptr;
    v->m_conceptRules = std::move(*conceptRules);
    for (const ConceptRule &rule : v->m_conceptRules) {
        if (!v->m_catalog.find(rule.id)) {
            *error = QStringLiteral("%1: \"%2\" is not a rule of rules.json").arg(rule.file, rule.id);
            return nullptr;
        }
    }
    for (const BuyerLanguage &lang : buyerLanguages()) {
        if (!options.languages.isEmpty() && !options.languages.contains(lang.code))
            continue;
        const QString lexiconFile = QStringLiteral("%1/%2/_concepts.json").arg(options.rulesRoot, lang.code);
        if (QFile::exists(lexiconFile)) {
            auto lexicon = ConceptLexicon::load(lexiconFile, v->m_conceptNames, error);
            if (!lexicon)
                return nullptr;
            v->m_lexicons[lang.code] = std::move(lexicon);
        }
        if (!QDir(options.rulesRoot + QLatin1Char('/') + lang.code).exists())
            continue;
        auto pack = loadLanguagePack(options.rulesRoot, lang.code, error);
        if (!pack)
            return nullptr;
        for (const PackRule &rule : pack->rules) {
            if (!v->m_catalog.find(rule.id)) {
                *error = QStringLiteral("%1: \"%2\" is not a rule of rules.json").arg(rule.file, rule.id);
                return nullptr;
            }
            const bool written = std::any_of(v->m_conceptRules.begin(), v->m_conceptRules.end(),
                                             [&](const ConceptRule &c) { return c.id == rule.id; });
            if (rule.kind == PackRuleKind::Concepts && (!written || !v->lexicon(lang.code))) {
                *error = QStringLiteral("%1: a concepts rule needs concepts/%2.json and %3/_concepts.json")
                             .arg(rule.file, rule.id, lang.code);
                return nullptr;
            }
        }
        v->m_packs[lang.code] = std::make_unique<LanguagePack>(std::move(*pack));
    }
    return v;
}

Validator::~Validator() = default;

QSet<QString> Validator::emittableRules() const
{
    QSet<QString> out;
    for (const RegisteredCheck &check : allChecks())
        for (const QString &id : QString::fromLatin1(check.emits.data(), qsizetype(check.emits.size())).split(u' ', Qt::SkipEmptyParts))
            out.insert(id);
    for (const ConceptRule &rule : m_conceptRules)
        out.insert(rule.id);
    for (const auto &[code, pack] : m_packs)
        for (const PackRule &rule : pack->rules)
            if (rule.kind == PackRuleKind::Phrase || rule.kind == PackRuleKind::LinkText)
                out.insert(rule.id);
    return out;
}

QStringList Validator::packLanguages() const
{
    QStringList out;
    for (const auto &[code, pack] : m_packs)
        out << code;
    return out;
}

const LanguagePack *Validator::pack(const QString &language) const
{
    auto it = m_packs.find(language);
    return it == m_packs.end() ? nullptr : it->second.get();
}

const ConceptLexicon *Validator::lexicon(const QString &language) const
{
    auto it = m_lexicons.find(language);
    return it == m_lexicons.end() ? nullptr : it->second.get();
}

namespace {

// Subject first, then by position, then by rule; equal ones keep the order the checks gave. The
// order is found on indices and applied in place: std::stable_sort's buffer of whole findings
// was a fifth of the memory of a check with 200,000 of them.
void sortInReadingOrder(Findings &findings)
{
    std::vector<qsizetype> order(size_t(findings.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype i, qsizetype j) {
        const Finding &a = findings[i], &b = findings[j];
        if (a.part != b.part)
            return a.part == Part::Subject;
        return a.start != b.start ? a.start < b.start : a.ruleId < b.ruleId;
    });
    // findings[i] becomes the old findings[order[i]], one cycle of the permutation at a time.
    std::vector<bool> placed(order.size(), false);
    for (qsizetype start = 0; start < findings.size(); ++start) {
        if (placed[size_t(start)])
            continue;
        Finding first = std::move(findings[start]);
        qsizetype at = start;
        for (;;) {
            placed[size_t(at)] = true;
            const qsizetype from = order[size_t(at)];
            if (from == start) {
                findings[at] = std::move(first);
                break;
            }
            findings[at] = std::move(findings[from]);
            at = from;
        }
    }
}

} // namespace

Findings Validator::validate(const Message &message, const MessageContext &context) const
{
    const TextView subjectView(message.subject, context.language);
    const TextView bodyView(message.body, context.language);
    const Entities subjectEntities = findEntities(subjectView, *m_domains, true);
    const Entities bodyEntities = findEntities(bodyView, *m_domains);
    std::function<bool(QStringView)> knowsWord;
    if (const SpellChecker::Dictionary *buyers = m_spelling->dictionary(dictionaryName(context.language, context.marketplace)))
        knowsWord = [this, buyers](QStringView word) { return m_spelling->isCorrect(buyers, word); };
    const std::optional<WrittenLanguage> writtenIn = otherLanguageThan(context.language, bodyView, bodyEntities, knowsWord);
    // A message written in another language than the buyer's is judged by the words of the
    // language it is written in, when that one has a lexicon: an English review request sent to
    // a German buyer is still a review request.
    const ConceptLexicon *concepts = lexicon(context.language);
    bool readInItsLanguage = !writtenIn;
    if (writtenIn)
        if (const ConceptLexicon *written = lexicon(writtenIn->code)) {
            concepts = written;
            readInItsLanguage = true;
        }
    // Its phrases too ("retard" is no insult in a French message to an English buyer); none for
    // a language without a pack: English grammar ("a entrega" wants "an") and French spacing
    // judged a Portuguese and a Dutch message word by word, on top of the finding that says why.
    const LanguagePack *phrases = writtenIn ? pack(writtenIn->code) : pack(context.language);
    const ConceptText subjectConcepts = concepts ? concepts->find(subjectView, subjectEntities) : ConceptText();
    const ConceptText bodyConcepts = concepts ? concepts->find(bodyView, bodyEntities) : ConceptText();
    const CheckInput input{message, context, pack(context.language), phrases, m_catalog, *m_spelling, *m_domains,
                           m_conceptRules, concepts != nullptr, readInItsLanguage, writtenIn,
                           {Part::Subject, subjectView, subjectEntities, subjectConcepts},
                           {Part::Body, bodyView, bodyEntities, bodyConcepts}};
    Findings findings;
    for (const RegisteredCheck &check : allChecks())
        check.run(input, findings);
    // HTML-only rules are never reported on the text channel.
    if (message.channel == Channel::Text) {
        findings.removeIf([this](const Finding &f) {
            const RuleInfo *info = m_catalog.find(f.ruleId);
            return info && info->channel == Channel::Html;
        });
    }
    sortInReadingOrder(findings);
    return findings;
}

} // namespace permitted
