#pragma once
// The order a draft is about, kept with the draft so that it reopens as it was left: the buyer's
// language, the marketplace, the message type and contact reason, the order ID and when the
// order was completed, whether a review was requested, the channel, and the placeholders'
// values. An HTML draft holds it in its head, a text draft in a file beside it.

#include "message.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <optional>

namespace permitted {

struct DraftContext {
    MessageContext order;            // its `today`, `stage` and source placeholders are not kept
    Channel channel = Channel::Html;
    QString orderId;
    QHash<QString, QString> values;  // placeholder values, the order ID's apart
};

// An Amazon order ID as a whole: three, seven and seven digits ("123-1234567-1234567").
bool isWholeOrderId(const QString &text);

// The context as named fields ("language", "order-id", "value:buyer_name" ...), in a fixed order.
QList<QPair<QString, QString>> draftContextFields(const DraftContext &context);
// The context that `fields` describe; nothing when they hold none of its fields. Values that
// are not understood (an unknown kind, a malformed date) keep the default.
std::optional<DraftContext> draftContextFromFields(const QHash<QString, QString> &fields);

// The HTML head's meta names carry the fields under this prefix ("permitted-language").
inline constexpr QLatin1StringView kDraftMetaPrefix{"permitted-"};

// A text draft's context lives beside it, in "<draft>.order.json".
QString draftContextCompanionPath(const QString &draftPath);
QByteArray draftContextToJson(const DraftContext &context);
std::optional<DraftContext> draftContextFromJson(const QByteArray &json);

} // namespace permitted
