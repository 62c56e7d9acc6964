#include "example_context.h"

#include <QJsonArray>

namespace permitted::test {

Message exampleMessage(const RuleExample &example)
{
    Message m;
    if (example.inSubject)
        m.subject = example.text;
    else
        m.body = example.text;
    if (example.asLinkText) {
        m.channel = Channel::Html;
        m.links.append({0, int(example.text.size()), QStringLiteral("https://www.amazon.com/gp/your-account/order-history")});
    }
    if (example.context.value(QStringLiteral("channel")).toString() == QLatin1String("html"))
        m.channel = Channel::Html;
    for (const QJsonValue &a : example.context.value(QStringLiteral("attachments")).toArray())
        m.attachments.append({a.toObject().value(QStringLiteral("name")).toString(),
                              qint64(a.toObject().value(QStringLiteral("size")).toDouble())});
    return m;
}

MessageContext exampleContext(const RuleExample &example, const LanguagePack &pack)
{
    const QJsonObject &c = example.context;
    MessageContext ctx;
    ctx.language = pack.language;
    ctx.marketplace = c.value(QStringLiteral("marketplace")).toString(pack.defaultMarketplace);
    ctx.kind = c.value(QStringLiteral("kind")).toString() == QLatin1String("proactive") ? MessageKind::Proactive
                                                                                      : MessageKind::Reply;
    ctx.reason = c.value(QStringLiteral("reason")).toString();
    ctx.today = c.contains(QStringLiteral("today"))
                    ? QDate::fromString(c.value(QStringLiteral("today")).toString(), Qt::ISODate) : kExampleToday;
    if (c.contains(QStringLiteral("order_completed")))
        ctx.orderCompleted = QDate::fromString(c.value(QStringLiteral("order_completed")).toString(), Qt::ISODate);
    ctx.reviewAlreadyRequested = c.value(QStringLiteral("review_already_requested")).toBool();
    ctx.stage = c.value(QStringLiteral("stage")).toString() == QLatin1String("sending") ? Stage::Sending : Stage::Draft;
    if (c.contains(QStringLiteral("source_placeholders"))) {
        QSet<QString> names;
        for (const QJsonValue &v : c.value(QStringLiteral("source_placeholders")).toArray())
            names.insert(v.toString());
        ctx.sourcePlaceholders = names;
    }
    return ctx;
}

} // namespace permitted::test
