// email-address: any e-mail address, written plainly or spelled out ("name at shop dot com").
// The entities pass finds them; this check reports them.

#include "detection/checks/checks.h"
#include "detection/fix_ranges.h"

namespace permitted {

void checkEmailAddresses(const CheckInput &in, Findings &out)
{
    for (const PartInput *part : {&in.subject, &in.body})
        for (const Range &r : part->entities.emails) {
            Finding f = in.finding(QStringLiteral("email-address"), part->part, r);
            f.fix = removalFix(part->view, r);
            out.append(f);
        }
}

} // namespace permitted
