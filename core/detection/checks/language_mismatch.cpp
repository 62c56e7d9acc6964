// language-mismatch: the message is not in the buyer's language. The language is identified once
// per message (detection/language_identification.h), only when confident.

#include "detection/checks/checks.h"

namespace permitted {

void checkLanguageMismatch(const CheckInput &in, Findings &out)
{
    if (!in.writtenIn)
        return;
    Finding f = in.finding(QStringLiteral("language-mismatch"), Part::Body, {0, 0});
    f.noteArgs << languageNoteArg(in.writtenIn->code);
    out.append(f);
}

} // namespace permitted
