// review-repeat: a second review request for an order that already had one. The pack's patterns
// find review requests in any message; a message sent for the reason request-review is one
// whatever it says.

#include "detection/checks/checks.h"

namespace permitted {

void checkReviewRepeat(const CheckInput &in, Findings &out)
{
    if (!in.context.reviewAlreadyRequested || in.context.reason != QLatin1String("request-review"))
        return;
    const bool alreadyFound = std::any_of(out.begin(), out.end(), [](const Finding &f) {
        return f.ruleId == QLatin1String("review-repeat");
    });
    if (!alreadyFound)
        out.append(in.finding(QStringLiteral("review-repeat"), Part::Body, {0, 0}));
}

} // namespace permitted
