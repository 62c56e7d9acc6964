#include "detection/rule_catalog.h"
#include "detection/json_file.h"
#include "interface/interface_catalogue.h"
#include "languages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

namespace permitted {

struct RuleCatalog::TranslatedTexts {
    QMutex lock;
    QHash<QString, RuleText> rules;    // by "<interface language> <rule>"
    QHash<QString, QString> notes;     // by "<interface language> <rule> note <note>"
};

RuleCatalog::RuleCatalog() : m_translated(std::make_shared<TranslatedTexts>()) {}

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
        info.text = {o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("why")).toString(),
                     o.value(QStringLiteral("instead")).toString()};
        const QJsonObject notes = o.value(QStringLiteral("notes")).toObject();
        for (auto it = notes.begin(); it != notes.end(); ++it)
            info.notes.insert(it.key(), it.value().toString());
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

// The rules' texts are in the "Rules" context of the interface catalogues, told apart by the rule
// and the part ("promotional title"), which is also what a translator sees beside each one;
// translations/rule_texts.cmake lists them for lupdate.
static QString ruleText(const QString &uiLanguage, const QString &english, const QString &part)
{
    if (english.isEmpty())
        return {};
    return translatedText(uiLanguage, "Rules", english.toUtf8().constData(), part.toUtf8().constData());
}

RuleText RuleCatalog::text(const QString &id, const QString &uiLanguage) const
{
    const RuleInfo *info = find(id);
    if (!info)
        return {id, {}, {}};
    const QString key = uiLanguage + QLatin1Char(' ') + id;
    {
        QMutexLocker locker(&m_translated->lock);
        if (const auto it = m_translated->rules.constFind(key); it != m_translated->rules.constEnd())
            return *it;
    }
    const QString part = id + QLatin1Char(' ');
    const RuleText translated{ruleText(uiLanguage, info->text.title, part + QStringLiteral("title")),
                              ruleText(uiLanguage, info->text.why, part + QStringLiteral("why")),
                              ruleText(uiLanguage, info->text.instead, part + QStringLiteral("instead"))};
    QMutexLocker locker(&m_translated->lock);
    m_translated->rules.insert(key, translated);
    return translated;
}

QString RuleCatalog::noteText(const RuleInfo &rule, const QString &note, const QString &uiLanguage) const
{
    const QString part = rule.id + QStringLiteral(" note ") + note;
    const QString key = uiLanguage + QLatin1Char(' ') + part;
    {
        QMutexLocker locker(&m_translated->lock);
        if (const auto it = m_translated->notes.constFind(key); it != m_translated->notes.constEnd())
            return *it;
    }
    const QString translated = ruleText(uiLanguage, rule.notes.value(note), part);
    QMutexLocker locker(&m_translated->lock);
    m_translated->notes.insert(key, translated);
    return translated;
}

// Replaces %1, %2 ... with the finding's values; a text may use any of them, or none.
// A language is named in the interface's language.
static QString withArgs(QString text, const QStringList &args, const QString &uiLanguage)
{
    for (int i = int(args.size()); i >= 1; --i) {
        const QString language = languageOfNoteArg(args[i - 1]);
        text.replace(QLatin1Char('%') + QString::number(i),
                     language.isEmpty() ? args[i - 1] : languageNameInSentence(language, uiLanguage));
    }
    return text;
}

Explanation RuleCatalog::explain(const Finding &finding, const QString &uiLanguage) const
{
    const RuleText t = text(finding.ruleId, uiLanguage);
    Explanation e;
    e.title = t.title;
    if (const RuleInfo *info = find(finding.ruleId); info && !finding.note.isEmpty()) {
        const QString note = noteText(*info, finding.note, uiLanguage);
        e.detail = withArgs(note, finding.noteArgs, uiLanguage);
    }
    // The general explanation may take the same values as the note (counts, names).
    e.why = withArgs(t.why, finding.noteArgs, uiLanguage);
    if (!finding.suggestion.isEmpty())
        e.instead = translatedText(uiLanguage, "Rules", QT_TRANSLATE_NOOP("Rules", "Instead: %1"))
                        .arg(finding.suggestion);
    else
        e.instead = withArgs(t.instead, finding.noteArgs, uiLanguage);   // "Write the placeholder as %2"
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
