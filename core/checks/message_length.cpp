// message-length: the contact reason's text limit (2,000 characters for most, 800 for
// customization details, 400 for a digital access key), counted in characters (code points).

#include "checks.h"
#include "../reasons.h"

namespace permitted {

void checkMessageLength(const CheckInput &in, Findings &out)
{
    const ContactReason *reason = findContactReason(in.context.reason);
    const int limit = reason ? reason->textLimit : 2000;
    const QString &text = in.body.view.text();
    if (text.size() <= limit)
        return;   // fewer UTF-16 units than the limit: fewer characters too
    int characters = 0, limitAt = -1;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate())
            continue;
        if (++characters == limit + 1)
            limitAt = i;
    }
    if (limitAt < 0)
        return;
    Finding f = in.finding(QStringLiteral("message-length"), Part::Body, {limitAt, int(text.size())});
    f.noteArgs << QString::number(limit) << QString::number(characters);
    out.append(f);
}

} // namespace permitted
