#pragma once
// The rule catalogue: every rule's stable ID, severity, channel and its explanation, read from
// resources/rules/rules.json in English and translated by the interface catalogues.

#include "finding.h"
#include "message.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>

namespace permitted {

struct RuleText {
    QString title;
    QString why;
    QString instead;
};

// A finding explained for a reader, in parts that an interface may lay out apart: what is
// wrong, the specific case, why Amazon forbids it, and what to write instead.
struct Explanation {
    QString title;
    QString detail;    // the specific case ("a link shortener hides where a link goes"); may be empty
    QString why;
    QString instead;
};

struct RuleInfo {
    QString id;
    Severity severity = Severity::Error;
    Channel channel = Channel::Text;   // Html: runs on the HTML channel only
    QString source;                    // the policy it enforces
    // Judged with the buyer language's rules (its rule pack, its lexicon): a language without them
    // does not get this check, and the unchecked-language finding says so.
    bool needsLanguageRules = false;
    RuleText text;                     // in English
    QHash<QString, QString> notes;     // note key -> its English text
};

class RuleCatalog {
public:
    RuleCatalog();
    // Reads rules.json from `rulesRoot`; on failure, `error` says why and the catalogue is empty.
    static RuleCatalog load(const QString &rulesRoot, QString *error);

    const RuleInfo *find(const QString &id) const;
    const QList<RuleInfo> &rules() const { return m_rules; }

    // The rule's text in `uiLanguage`, falling back to English.
    RuleText text(const QString &id, const QString &uiLanguage) const;
    // The finding explained in `uiLanguage`: what is wrong, why, and what to write instead.
    Explanation explain(const Finding &finding, const QString &uiLanguage) const;
    // The same explanation as one paragraph, for one-line reports.
    QString describe(const Finding &finding, const QString &uiLanguage) const;

private:
    QString noteText(const RuleInfo &rule, const QString &note, const QString &uiLanguage) const;

    QList<RuleInfo> m_rules;
    QHash<QString, qsizetype> m_index;
    // The texts as translated, by interface language and rule (and note): a report describes
    // thousands of findings of a few rules, from several threads. Copies of a catalogue share it.
    struct TranslatedTexts;
    std::shared_ptr<TranslatedTexts> m_translated;
};

} // namespace permitted
