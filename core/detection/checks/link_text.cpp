// link-text: the visible text of a link must say where it goes. The pack's patterns describe
// texts that do not ("click here", "ici"); they must cover the whole trimmed link text.

#include "detection/checks/checks.h"

namespace permitted {

void checkLinkText(const CheckInput &in, Findings &out)
{
    const PackRule *rule = in.pack ? in.pack->rule(QStringLiteral("link-text")) : nullptr;
    const TextView &view = in.body.view;
    for (const Link &link : in.message.links) {
        const Range r{link.start, link.start + link.length};
        const QString text = view.slice(r).toString();
        const QString trimmed = text.trimmed();
        bool vague = trimmed.isEmpty();
        if (!vague && rule) {
            const int lead = int(text.indexOf(trimmed));
            const Range whole{r.start + lead, r.start + lead + int(trimmed.size())};
            for (const PackPattern &p : rule->patterns)
                for (const Range &m : findAll(p, view, whole))
                    vague = vague || (m.start == whole.start && m.end == whole.end);
        }
        if (vague)
            out.append(in.finding(QStringLiteral("link-text"), Part::Body, r));
    }
}

} // namespace permitted
