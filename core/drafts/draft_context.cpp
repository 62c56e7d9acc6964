#include "drafts/draft_context.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace permitted {
namespace {

const QString kValuePrefix = QStringLiteral("value:");

} // namespace

bool isWholeOrderId(const QString &text)
{
    static const QRegularExpression whole(QStringLiteral("^\\d{3}-\\d{7}-\\d{7}$"));
    return whole.match(text).hasMatch();
}

QList<QPair<QString, QString>> draftContextFields(const DraftContext &c)
{
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("language"), c.order.language},
        {QStringLiteral("marketplace"), c.order.marketplace},
        {QStringLiteral("kind"), c.order.kind == MessageKind::Proactive ? QStringLiteral("proactive") : QStringLiteral("reply")},
        {QStringLiteral("reason"), c.order.reason},
        {QStringLiteral("channel"), c.channel == Channel::Html ? QStringLiteral("html") : QStringLiteral("text")},
        {QStringLiteral("order-id"), c.orderId},
        {QStringLiteral("order-completed"), c.order.orderCompleted ? c.order.orderCompleted->toString(Qt::ISODate) : QString()},
        {QStringLiteral("review-requested"), c.order.reviewAlreadyRequested ? QStringLiteral("yes") : QStringLiteral("no")},
    };
    QStringList names = c.values.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : names)
        fields.append({kValuePrefix + name, c.values.value(name)});
    return fields;
}

std::optional<DraftContext> draftContextFromFields(const QHash<QString, QString> &fields)
{
    if (!fields.contains(QStringLiteral("language")))
        return std::nullopt;
    DraftContext c;
    auto field = [&](const char *name) { return fields.value(QLatin1String(name)); };
    c.order.language = field("language");
    if (const QString m = field("marketplace"); !m.isEmpty())
        c.order.marketplace = m;
    c.order.kind = field("kind") == QLatin1String("proactive") ? MessageKind::Proactive : MessageKind::Reply;
    c.order.reason = field("reason");
    c.channel = field("channel") == QLatin1String("text") ? Channel::Text : Channel::Html;
    c.orderId = field("order-id");
    if (const QDate d = QDate::fromString(field("order-completed"), Qt::ISODate); d.isValid())
        c.order.orderCompleted = d;
    c.order.reviewAlreadyRequested = field("review-requested") == QLatin1String("yes");
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (it.key().startsWith(kValuePrefix) && !it.value().isEmpty())
            c.values.insert(it.key().mid(kValuePrefix.size()), it.value());
    return c;
}

QString draftContextCompanionPath(const QString &draftPath)
{
    return draftPath + QStringLiteral(".order.json");
}

QByteArray draftContextToJson(const DraftContext &context)
{
    QJsonObject o;
    for (const auto &[name, value] : draftContextFields(context))
        o.insert(name, value);
    return QJsonDocument(o).toJson();
}

std::optional<DraftContext> draftContextFromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    QHash<QString, QString> fields;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        fields.insert(it.key(), it.value().toString());
    return draftContextFromFields(fields);
}

} // namespace permitted
