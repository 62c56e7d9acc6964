#include "detection/rule_catalog.h"
#include "detection/json_file.h"

#include <QJsonArray>
#include <QJsonObject>

namespace permitted {

RuleCatalog RuleCatalog::load(const QString &rulesRoot, QString *error)
{
    RuleCatalog catalog;
    const QJsonObject root = readJsonObject(rulesRoot + QStringLiteral("/rules.json"), error);
    if (root.isEmpty())
        return catalog;
    for (const QJsonValue &v : root.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject o = v.toObject();
        RuleInfo info;
        info.id = o.value(QStringLiteral("id")).toString();
        const auto severity = severityFromName(o.value(QStringLiteral("severity")).toString());
        if (info.id.isEmpty() || !severity) {
            if (error)
                *error = QStringLiteral("rules.json: rule %1 has no valid id or severity").arg(info.id);
            return {};
        }
        info.severity = *severity;
        info.channel = o.value(QStringLiteral("channel")).toString() == QLatin1String("html")
                           ? Channel::Html : Channel::Text;
        info.source = o.value(QStringLiteral("source")).toString();
        info.needsLanguageRules = o.value(QStringLiteral("needs_language_rules")).toBool(false);
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("fr")}) {
            const QJsonObject t = o.value(lang).toObject();
            if (!t.isEmpty())
                info.text.insert(lang, {t.value(QStringLiteral("title")).toString(),
                                        t.value(QStringLiteral("why")).toString(),
                                        t.value(QStringLiteral("instead")).toString()});
        }
        const QJsonObject notes = o.value(QStringLiteral("notes")).toObject();
        for (auto it = notes.begin(); it != notes.end(); ++it) {
            const QJsonObject byLang = it.value().toObject();
            for (auto l = byLang.begin(); l != byLang.end(); ++l)
                info.notes[it.key()].insert(l.key(), l.value().toString());
        }
        catalog.m_index.insert(info.id, catalog.m_rules.size());
        catalog.m_rules.append(info);
    }
    return catalog;
}

const RuleInfo *RuleCatalog::find(const QString &id) const
{
    auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_rules[*it];
}

RuleText RuleCatalog::text(const QString &id, const QString &uiLanguage) const
{
    const RuleInfo *info = find(id);
    if (!info)
        return {id, {}, {}};
    return info->text.value(uiLanguage, info->text.value(QStringLiteral("en")));
}

// Replaces %1, %2 ... with the finding's values; a text may use any of them, or none.
static QString withArgs(QString text, const QStringList &args)
{
    for (int i = int(args.size()); i >= 1; --i)
        text.replace(QLatin1Char('%') + QString::number(i), args[i - 1]);
    return text;
}

Explanation RuleCatalog::explain(const Finding &finding, const QString &uiLanguage) const
{
    const RuleText t = text(finding.ruleId, uiLanguage);
    Explanation e;
    e.title = t.title;
    if (const RuleInfo *info = find(finding.ruleId); info && !finding.note.isEmpty()) {
        const auto byLang = info->notes.value(finding.note);
        e.detail = withArgs(byLang.value(uiLanguage, byLang.value(QStringLiteral("en"))), finding.noteArgs);
    }
    // The general explanation may take the same values as the note (counts, names).
    e.why = withArgs(t.why, finding.noteArgs);
    if (!finding.suggestion.isEmpty())
        e.instead = (uiLanguage == QLatin1String("fr") ? QStringLiteral("Écrivez plutôt : %1")
                                                       : QStringLiteral("Instead: %1")).arg(finding.suggestion);
    else
        e.instead = withArgs(t.instead, finding.noteArgs);   // "Write the placeholder as %2"
    return e;
}

QString RuleCatalog::describe(const Finding &finding, const QString &uiLanguage) const
{
    const Explanation e = explain(finding, uiLanguage);
    QStringList parts{e.title + QLatin1Char('.')};
    for (const QString &part : {e.detail, e.why, e.instead})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QLatin1Char(' '));
}

} // namespace permitted
