#include "reason_names.h"

#include <QCoreApplication>
#include <QHash>

namespace permitted {

QString reasonDisplayName(const QString &reasonId)
{
    // QT_TRANSLATE_NOOP marks the names for the translators; translate() looks them up.
    static const QHash<QString, const char *> names = {
        {"confirm-order-details", QT_TRANSLATE_NOOP("ReasonNames", "Confirm order details")},
        {"confirm-delivery-details", QT_TRANSLATE_NOOP("ReasonNames", "Confirm delivery details")},
        {"confirm-customization-details", QT_TRANSLATE_NOOP("ReasonNames", "Confirm customization details")},
        {"confirm-service-details", QT_TRANSLATE_NOOP("ReasonNames", "Confirm service details")},
        {"unexpected-problem", QT_TRANSLATE_NOOP("ReasonNames", "Unexpected problem")},
        {"order-problem", QT_TRANSLATE_NOOP("ReasonNames", "Order problem (cannot ship)")},
        {"return-follow-up", QT_TRANSLATE_NOOP("ReasonNames", "Return follow-up")},
        {"courtesy-refund", QT_TRANSLATE_NOOP("ReasonNames", "Courtesy refund or replacement")},
        {"send-invoice", QT_TRANSLATE_NOOP("ReasonNames", "Send the invoice")},
        {"legal-disclosure", QT_TRANSLATE_NOOP("ReasonNames", "Legal disclosure")},
        {"warranty", QT_TRANSLATE_NOOP("ReasonNames", "Warranty information")},
        {"digital-access-key", QT_TRANSLATE_NOOP("ReasonNames", "Digital access key")},
        {"request-review", QT_TRANSLATE_NOOP("ReasonNames", "Request a review")},
        {"reply-order-status", QT_TRANSLATE_NOOP("ReasonNames", "Reply: order status")},
        {"reply-return", QT_TRANSLATE_NOOP("ReasonNames", "Reply: return")},
        {"reply-damaged-item", QT_TRANSLATE_NOOP("ReasonNames", "Reply: damaged or defective item")},
        {"reply-product-question", QT_TRANSLATE_NOOP("ReasonNames", "Reply: product question")},
    };
    const auto it = names.find(reasonId);
    return it == names.end() ? reasonId : QCoreApplication::translate("ReasonNames", *it);
}

} // namespace permitted
