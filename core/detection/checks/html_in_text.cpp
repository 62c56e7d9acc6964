// html-in-text: HTML tags, comments or character entities in a plain-text message (found with
// the other entities, so that no rule reads "<p>" as a word).

#include "detection/checks/checks.h"

namespace permitted {

void checkHtmlInText(const CheckInput &in, Findings &out)
{
    if (in.message.channel != Channel::Text)
        return;
    for (const PartInput *part : {&in.subject, &in.body}) {
        for (const Range &r : part->entities.markup) {
            Finding f = in.finding(QStringLiteral("html-in-text"), part->part, r);
            if (part->view.text()[r.start] == QLatin1Char('<'))
                f.fix = Fix{r.start, r.length(), {}};
            out.append(f);
        }
    }
}

} // namespace permitted
