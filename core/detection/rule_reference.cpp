#include "detection/rule_reference.h"
#include "detection/rule_pack.h"
#include "detection/validator.h"

namespace permitted {

QList<RuleReference> ruleReference(const Validator &validator, const QList<StylingExample> &styling,
                                   const QString &uiLanguage)
{
    const LanguagePack *own = validator.pack(uiLanguage);
    const LanguagePack *english = validator.pack(QStringLiteral("en"));
    QList<RuleReference> out;
    for (const RuleInfo &info : validator.catalog().rules()) {
        RuleReference r{info.id, info.severity, info.source, validator.catalog().text(info.id, uiLanguage), {}, {}};
        const PackRule *rule = own ? own->rule(info.id) : nullptr;
        if (!rule || rule->bad.isEmpty())
            rule = english ? english->rule(info.id) : nullptr;
        if (rule) {
            for (const RuleExample &e : rule->bad)
                r.bad.append({e.text, e.marks, false});
            for (const RuleExample &e : rule->good)
                r.good.append({e.text, {}, false});
        }
        for (const StylingExample &e : styling)
            if (e.rule == info.id)
                (e.bad ? r.bad : r.good).append({e.html, {}, true});
        out.append(r);
    }
    return out;
}

} // namespace permitted
