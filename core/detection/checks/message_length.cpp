// message-length: the contact reason's text limit (2,000 characters for most, 800 for
// customization details, 400 for a digital access key), counted in characters (code points).

#include "detection/checks/checks.h"
#include "reasons.h"

namespace permitted {

void checkMessageLength(const CheckInput &in, Findings &out)
{
    const ContactReason *reason = findContactReason(in.context.reason);
    const int limit = reason ? reason->textLimit : 2000;
    const QString &text = in.body.view.text();
    if (text.size() <= limit)
        return;   // fewer UTF-16 units than the limit: fewer characters too
    // Characters are UTF-16 units less the second halves of surrogate pairs, which the one-byte
    // alphabet writes as the byte it gives every unit that is no letter, number or Latin-1 sign.
    const std::string_view bytes = in.body.view.bytes();
    std::vector<int> pairEnds;   // where the second half of each pair is
    for (size_t at = bytes.find('\x1A'); at != std::string_view::npos; at = bytes.find('\x1A', at + 1)) {
        const int i = int(at);
        if (text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate())
            pairEnds.push_back(i);
    }
    const int characters = int(text.size() - qsizetype(pairEnds.size()));
    if (characters <= limit)
        return;
    // The first character over the limit, in UTF-16 units: one more for each pair before it.
    int limitAt = limit;
    for (const int end : pairEnds)
        if (end <= limitAt)
            ++limitAt;
    Finding f = in.finding(QStringLiteral("message-length"), Part::Body, {limitAt, int(text.size())});
    f.noteArgs << QString::number(limit) << QString::number(characters);
    out.append(f);
}

} // namespace permitted
