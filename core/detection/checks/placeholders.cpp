// unknown-placeholder, unfilled-placeholder and placeholder-mismatch: the {{name}} slots that
// are filled from the order before a message leaves. foreign-placeholder: another tool's
// placeholder, with our form as the fix where its name says which one it means.

#include "detection/checks/checks.h"
#include "detection/foreign_placeholders.h"
#include "reasons.h"

namespace permitted {

void checkPlaceholders(const CheckInput &in, Findings &out)
{
    QSet<QString> used;
    for (const PartInput *part : {&in.subject, &in.body}) {
        for (const Placeholder &p : part->entities.placeholders) {
            if (p.foreign) {
                const QString ours = ourPlaceholderFor(p.name);
                Finding f = in.finding(QStringLiteral("foreign-placeholder"), part->part, p.range);
                f.noteArgs << part->view.slice(p.range).toString()
                           << QStringLiteral("{{%1}}").arg(ours.isEmpty() ? QStringLiteral("order_id") : ours);
                if (!ours.isEmpty())
                    f.fix = Fix{p.range.start, p.range.length(), QStringLiteral("{{%1}}").arg(ours)};
                out.append(f);
                continue;
            }
            const QString shown = QStringLiteral("{{%1}}").arg(p.name);
            if (!knownPlaceholders().contains(p.name)) {
                Finding f = in.finding(QStringLiteral("unknown-placeholder"), part->part, p.range);
                f.noteArgs << shown;
                out.append(f);
                continue;
            }
            if (in.context.stage == Stage::Sending) {
                Finding f = in.finding(QStringLiteral("unfilled-placeholder"), part->part, p.range);
                f.noteArgs << shown;
                out.append(f);
            }
            if (in.context.sourcePlaceholders && !in.context.sourcePlaceholders->contains(p.name)
                && !used.contains(p.name)) {
                Finding f = in.finding(QStringLiteral("placeholder-mismatch"), part->part, p.range);
                f.noteArgs << shown;
                out.append(f);
            }
            used.insert(p.name);
        }
    }
    if (!in.context.sourcePlaceholders)
        return;
    QStringList missing;
    for (const QString &name : *in.context.sourcePlaceholders)
        if (!used.contains(name))
            missing << QStringLiteral("{{%1}}").arg(name);
    if (missing.isEmpty())
        return;
    missing.sort();
    Finding f = in.finding(QStringLiteral("placeholder-mismatch"), Part::Body, {0, 0});
    f.noteArgs << missing.join(QStringLiteral(", "));
    out.append(f);
}

} // namespace permitted
