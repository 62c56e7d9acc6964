// outside-window: a proactive message more than 30 days after the order was completed.

#include "detection/checks/checks.h"

namespace permitted {

void checkOrderWindow(const CheckInput &in, Findings &out)
{
    constexpr qint64 kWindowDays = 30;
    if (in.context.kind != MessageKind::Proactive || !in.context.orderCompleted)
        return;
    const qint64 days = in.context.orderCompleted->daysTo(in.context.today);
    if (days <= kWindowDays)
        return;
    Finding f = in.finding(QStringLiteral("outside-window"), Part::Body, {0, 0});
    f.noteArgs << QString::number(days);
    out.append(f);
}

} // namespace permitted
