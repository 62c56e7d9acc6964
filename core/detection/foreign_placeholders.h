#pragma once
// Placeholders written in other tools' syntax, as sellers paste them from their help desks and
// feedback tools: [Order ID], ${order.order_id}, [[order-id]], %order-id%, %%buyer_first_name%%,
// {{ $orderNumber }}, {$OrderId}, <%= order %>, #ORDER_ID#, *|FNAME|*, [*REFERENCE*], {name},
// and the blanks of templates meant to be filled by hand: xxx, XXX-XXXXXXX-XXXXXXX.
// They are placeholders, not words: never spelt, never links or addresses, and one that names
// the order ID counts as the order ID. The validator suggests our {{...}} form for each.

#include "detection/text_view.h"

#include <QString>
#include <vector>

namespace permitted {

struct Placeholder;

// Every such placeholder of the text that does not overlap one of `ours` ({{name}} slots). The
// square-bracket form ("[Order ID]") only where `squareBrackets` (the body: "[Important]" in a
// subject is a label, which subject-important judges).
std::vector<Placeholder> findForeignPlaceholders(const TextView &view, const std::vector<Placeholder> &ours,
                                                 bool squareBrackets);

// Which of our placeholders a foreign one means, from its name ("amazon_order_id" -> "order_id"),
// or empty when its name says nothing we know.
QString ourPlaceholderFor(const QString &foreignName);

} // namespace permitted
