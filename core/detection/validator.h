#pragma once
// The validator: checks a message against Amazon's communication rules and returns findings.
// Built once (it loads the rule packs; their expressions compile on first use, dictionaries load
// when a language first needs them), then const: one instance may be used from several threads
// at once.

#include "detection/concept_rules.h"
#include "finding.h"
#include "message.h"
#include "detection/rule_catalog.h"
#include "detection/spell_checker.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>

namespace permitted {

struct LanguagePack;
class SpellChecker;
class DomainPolicy;

struct ValidatorOptions {
    QString rulesRoot = QStringLiteral(":/rules");    // rules.json, domains.json, <lang>/ packs
    QStringList dictionaryDirs = hunspellFolders();
    QString userDictionary;                            // one word a line; may not exist yet
    // The buyer languages whose rule packs to load; empty: every language that has one.
    // Compiling a pack's patterns takes a noticeable part of a second, so a program that
    // checks one language loads only that one.
    QStringList languages;
    // Hunspell dictionaries ("en_US") to load, in this order, on a thread of their own while the
    // rules are built, rather than at their first use: a program about to check text saves the time.
    QStringList preloadDictionaries;
};

class Validator {
public:
    // Loads the catalogue and every language's pack; null and a one-line `error` on failure.
    static std::unique_ptr<Validator> create(const ValidatorOptions &options, QString *error);
    ~Validator();

    Findings validate(const Message &message, const MessageContext &context) const;

    const RuleCatalog &catalog() const { return m_catalog; }
    // Every rule ID some check may report: the registered checks' own, and those of the rule
    // files loaded (concepts/, the packs' phrase rules).
    QSet<QString> emittableRules() const;
    // The buyer languages that have a rule pack (the rest get the language-neutral rules).
    QStringList packLanguages() const;
    const LanguagePack *pack(const QString &language) const;
    // The buyer language's concept lexicon, or null when it has none yet.
    const ConceptLexicon *lexicon(const QString &language) const;
    const ConceptNames &conceptNames() const { return m_conceptNames; }
    SpellChecker &spelling() const { return *m_spelling; }
    const DomainPolicy *domains() const { return m_domains.get(); }

private:
    Validator() = default;
    RuleCatalog m_catalog;
    std::map<QString, std::unique_ptr<LanguagePack>> m_packs;
    std::unique_ptr<SpellChecker> m_spelling;
    std::unique_ptr<DomainPolicy> m_domains;
    ConceptNames m_conceptNames;
    std::vector<ConceptRule> m_conceptRules;
    std::map<QString, std::unique_ptr<ConceptLexicon>> m_lexicons;
};

} // namespace permitted
