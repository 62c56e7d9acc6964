// html-in-text: HTML tags, comments or character entities in a plain-text message (found with
// the other entities, so that no rule reads "<p>" as a word); and what the editor's document
// holds that plain text cannot carry: a picture, a link behind a word (its address is lost).

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
    for (const Image &image : in.message.formatting.images) {
        Finding f = in.finding(QStringLiteral("html-in-text"), Part::Body, {image.position, image.position + 1});
        f.note = QStringLiteral("picture");
        f.fix = Fix{image.position, 1, {}, FixKind::ReplaceText};
        out.append(f);
    }
    for (const Link &link : in.message.links) {
        if (in.body.view.slice({link.start, link.start + link.length}).trimmed() == link.href)
            continue;   // the address is the text: plain text keeps it
        Finding f = in.finding(QStringLiteral("html-in-text"), Part::Body, {link.start, link.start + link.length});
        f.severity = Severity::Warning;
        f.note = QStringLiteral("hidden-link");
        f.noteArgs << link.href;
        out.append(f);
    }
}

} // namespace permitted
