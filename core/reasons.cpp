#include "reasons.h"

namespace permitted {

const QList<ContactReason> &contactReasons()
{
    using K = MessageKind;
    static const QList<ContactReason> list = {
        {"confirm-order-details", K::Proactive, 2000, 0},
        {"confirm-delivery-details", K::Proactive, 2000, 0},
        {"confirm-customization-details", K::Proactive, 800, 5},
        {"confirm-service-details", K::Proactive, 2000, 0},
        {"unexpected-problem", K::Proactive, 2000, 0},
        {"order-problem", K::Proactive, 2000, 0},
        {"return-follow-up", K::Proactive, 2000, 0},
        {"courtesy-refund", K::Proactive, 2000, 0},
        {"send-invoice", K::Proactive, 2000, 5},
        {"legal-disclosure", K::Proactive, 2000, 5},
        {"warranty", K::Proactive, 2000, 5},
        {"digital-access-key", K::Proactive, 400, 5},
        {"request-review", K::Proactive, 2000, 0},
        {"reply-order-status", K::Reply, 2000, 0},
        {"reply-return", K::Reply, 2000, 0},
        {"reply-damaged-item", K::Reply, 2000, 0},
        {"reply-product-question", K::Reply, 2000, 5, false},
    };
    return list;
}

const ContactReason *findContactReason(const QString &id)
{
    for (const ContactReason &r : contactReasons())
        if (r.id == id)
            return &r;
    return nullptr;
}

const QStringList &knownPlaceholders()
{
    static const QStringList list = {
        "order_id", "buyer_name", "product_name", "seller_name", "marketplace", "order_date",
        "ship_date", "delivery_date", "carrier", "tracking_number", "tracking_url", "return_reason",
        "refund_amount", "appointment_date", "coverage_start", "coverage_end", "access_key",
    };
    return list;
}

} // namespace permitted
