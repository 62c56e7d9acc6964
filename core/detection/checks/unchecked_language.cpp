// unchecked-language: a buyer language without rules of its own (no rule pack, or no concept
// lexicon) gets the checks that need none, and a warning that names the ones it did not get, so
// that its message is never silently "Ready to send".

#include "detection/checks/checks.h"
#include "languages.h"

namespace permitted {

void checkUncheckedLanguage(const CheckInput &in, Findings &out)
{
    if (in.pack && in.hasLexicon)
        return;
    QStringList skipped;
    for (const RuleInfo &rule : in.catalog.rules())
        if (rule.needsLanguageRules && (rule.channel == Channel::Text || in.message.channel == Channel::Html)
            && (!in.pack || !in.pack->rule(rule.id) || in.pack->rule(rule.id)->kind == PackRuleKind::Concepts))
            skipped << rule.id;
    if (skipped.isEmpty())
        return;
    Finding f = in.finding(QStringLiteral("unchecked-language"), Part::Body, {0, 0});
    f.noteArgs << languageNoteArg(in.context.language) << skipped.join(QStringLiteral(", "));
    out.append(f);
}

} // namespace permitted
