#include "order_panel.h"
#include "placeholder_form.h"
#include "reason_names.h"
#include "languages.h"
#include "reasons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSettings>

namespace permitted {

OrderPanel::OrderPanel(const QString &uiLanguage, QWidget *parent)
    : QWidget(parent), m_uiLanguage(uiLanguage), m_language(new QComboBox(this)),
      m_marketplace(new QComboBox(this)), m_reason(new QComboBox(this)), m_kind(new QComboBox(this)), m_channel(new QComboBox(this)),
      m_orderId(new QLineEdit(this)), m_completedKnown(new QCheckBox(tr("Order completed on"), this)),
      m_completed(new QDateEdit(QDate::currentDate(), this)),
      m_reviewRequested(new QCheckBox(tr("A review was already requested for this order"), this)),
      m_history(new QLabel(this)), m_placeholders(new PlaceholderForm(this))
{
    for (const BuyerLanguage &l : buyerLanguages())
        m_language->addItem(languageDisplayName(l.code, uiLanguage), l.code);
    m_reason->addItem(tr("None chosen"), QString());
    for (const ContactReason &r : contactReasons())
        m_reason->addItem(reasonDisplayName(r.id), r.id);
    // Short names, which fit the panel in every language; the tooltips say what they mean.
    m_kind->addItem(tr("Reply"), int(MessageKind::Reply));
    m_kind->setItemData(0, tr("An answer to a message from the buyer"), Qt::ToolTipRole);
    m_kind->addItem(tr("Proactive"), int(MessageKind::Proactive));
    m_kind->setItemData(1, tr("A message you send first, at your own initiative: Amazon's stricter rules apply"), Qt::ToolTipRole);
    // Where the message goes decides which rules its formatting answers to.
    m_channel->addItem(tr("HTML e-mail reply"), int(Channel::Html));
    m_channel->addItem(tr("Seller Central text box"), int(Channel::Text));
    m_channel->setToolTip(tr("An HTML e-mail keeps formatting and pictures, and Amazon's styling rules apply; "
                             "Seller Central's text box keeps the text only"));
    // Long names (reasons, French labels) must not widen the panel and squeeze the text.
    for (QComboBox *combo : {m_language, m_marketplace, m_reason, m_kind, m_channel}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_orderId->setPlaceholderText(QStringLiteral("123-1234567-1234567"));
    // An Amazon order ID: three, seven and seven digits.
    m_orderId->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral(R"(\d{0,3}(-\d{0,7}(-\d{0,7})?)?)")), this));
    m_completed->setCalendarPopup(true);
    m_completed->setAccessibleName(tr("Date the order was completed"));
    m_completed->setEnabled(false);
    m_reviewRequested->setToolTip(tr("Amazon allows one review request per order"));

    auto *completedRow = new QHBoxLayout;
    completedRow->addWidget(m_completedKnown);
    completedRow->addWidget(m_completed, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Buyer &language:"), m_language);
    form->addRow(tr("&Marketplace:"), m_marketplace);
    form->addRow(tr("Contact &reason:"), m_reason);
    form->addRow(tr("Message &type:"), m_kind);
    form->addRow(tr("Sent &as:"), m_channel);
    form->addRow(tr("Order &ID:"), m_orderId);
    form->addRow(completedRow);
    form->addRow(m_reviewRequested);
    m_history->setWordWrap(true);
    m_history->setVisible(false);
    form->addRow(m_history);
    auto *fillIns = new QLabel(tr("<b>Placeholder values</b>"), this);
    fillIns->setToolTip(tr("What the buyer reads in place of each {{placeholder}}, in the preview and when you copy"));
    form->addRow(fillIns);
    form->addRow(m_placeholders);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    fillMarketplaces();
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        fillMarketplaces();
        emit changed();
    });
    connect(m_marketplace, &QComboBox::currentIndexChanged, this, &OrderPanel::changed);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &OrderPanel::reasonChosen);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OrderPanel::changed);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &OrderPanel::changed);
    connect(m_orderId, &QLineEdit::textChanged, this, [this](const QString &id) {
        m_history->setVisible(false);
        emit changed();
        emit valuesChanged();
        if (isWholeOrderId(id))
            emit orderIdEntered(id);
    });
    connect(m_placeholders, &PlaceholderForm::changed, this, &OrderPanel::valuesChanged);
    connect(m_completedKnown, &QCheckBox::toggled, m_completed, &QWidget::setEnabled);
    connect(m_completedKnown, &QCheckBox::toggled, this, &OrderPanel::changed);
    connect(m_completed, &QDateEdit::dateChanged, this, &OrderPanel::changed);
    connect(m_reviewRequested, &QCheckBox::toggled, this, &OrderPanel::changed);
}

void OrderPanel::fillMarketplaces()
{
    const QString previous = m_marketplace->currentData().toString();
    const BuyerLanguage *language = findBuyerLanguage(m_language->currentData().toString());
    const QSignalBlocker quiet(m_marketplace);
    m_marketplace->clear();
    if (!language)
        return;
    for (const QString &code : language->marketplaces)
        m_marketplace->addItem(QStringLiteral("%1 (%2)").arg(marketplaceDisplayName(code, m_uiLanguage), code), code);
    // Keep the marketplace where the new language is spoken there too (Canada: en and fr).
    const int kept = m_marketplace->findData(previous);
    m_marketplace->setCurrentIndex(kept >= 0 ? kept : 0);
}

void OrderPanel::reasonChosen()
{
    // A contact reason is proactive or a reply by definition; the kind is free without one.
    if (const ContactReason *r = findContactReason(m_reason->currentData().toString())) {
        const QSignalBlocker quiet(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(int(r->kind)));
        m_kind->setEnabled(false);
    } else {
        m_kind->setEnabled(true);
    }
    emit changed();
}

MessageContext OrderPanel::context() const
{
    MessageContext c;
    c.language = m_language->currentData().toString();
    c.marketplace = m_marketplace->currentData().toString();
    c.reason = m_reason->currentData().toString();
    c.kind = MessageKind(m_kind->currentData().toInt());
    if (m_completedKnown->isChecked())
        c.orderCompleted = m_completed->date();
    c.reviewAlreadyRequested = m_reviewRequested->isChecked();
    return c;
}

QString OrderPanel::orderId() const
{
    return m_orderId->text();
}

QString OrderPanel::language() const
{
    return m_language->currentData().toString();
}

QHash<QString, QString> OrderPanel::placeholderValues() const
{
    QHash<QString, QString> values = m_placeholders->values();
    if (!m_orderId->text().isEmpty())
        values.insert(QStringLiteral("order_id"), m_orderId->text());
    return values;
}

void OrderPanel::showHistory(const QList<HistoryEntry> &entries)
{
    if (entries.isEmpty()) {
        m_history->setVisible(false);
        return;
    }
    for (const HistoryEntry &e : entries) {
        if (e.reason == QLatin1String("request-review"))
            m_reviewRequested->setChecked(true);
        if (e.orderCompleted && !m_completedKnown->isChecked()) {
            m_completed->setDate(*e.orderCompleted);
            m_completedKnown->setChecked(true);
        }
    }
    const HistoryEntry &last = entries.back();
    m_history->setText(tr("%n message(s) copied for this order before; the last: %1, on %2.", "", int(entries.size()))
                           .arg(reasonDisplayName(last.reason),
                                QLocale().toString(last.copiedAt.toLocalTime().date(), QLocale::ShortFormat)));
    m_history->setVisible(true);
}

void OrderPanel::setLanguage(const QString &code)
{
    if (const int i = m_language->findData(code); i >= 0)
        m_language->setCurrentIndex(i);
}

void OrderPanel::setMarketplace(const QString &code)
{
    if (const int i = m_marketplace->findData(code); i >= 0)
        m_marketplace->setCurrentIndex(i);
}

void OrderPanel::setReason(const QString &reasonId)
{
    if (const int i = m_reason->findData(reasonId); i >= 0)
        m_reason->setCurrentIndex(i);
}

void OrderPanel::setKind(MessageKind kind)
{
    if (const int i = m_kind->findData(int(kind)); i >= 0)
        m_kind->setCurrentIndex(i);
}

void OrderPanel::setChannel(Channel channel)
{
    if (const int i = m_channel->findData(int(channel)); i >= 0)
        m_channel->setCurrentIndex(i);
}

void OrderPanel::setOrderId(const QString &orderId)
{
    m_orderId->setText(orderId);
}

Channel OrderPanel::channel() const
{
    return Channel(m_channel->currentData().toInt());
}

DraftContext OrderPanel::draftContext() const
{
    DraftContext c;
    c.order = context();
    c.channel = channel();
    c.orderId = orderId();
    c.values = m_placeholders->values();
    return c;
}

void OrderPanel::setDraftContext(const DraftContext &c)
{
    setLanguage(c.order.language);
    setMarketplace(c.order.marketplace);
    setReason(c.order.reason);
    if (!findContactReason(c.order.reason))
        setKind(c.order.kind);
    setChannel(c.channel);
    setOrderId(c.orderId);
    // After the order ID, whose history may have ticked these.
    m_completedKnown->setChecked(c.order.orderCompleted.has_value());
    if (c.order.orderCompleted)
        m_completed->setDate(*c.order.orderCompleted);
    m_reviewRequested->setChecked(c.order.reviewAlreadyRequested);
    m_placeholders->resetValues(c.values);
}

void OrderPanel::clearOrder()
{
    setReason(QString());
    setKind(MessageKind::Reply);
    setOrderId(QString());
    m_completedKnown->setChecked(false);
    m_completed->setDate(QDate::currentDate());
    m_reviewRequested->setChecked(false);
    m_history->setVisible(false);
    m_placeholders->resetValues();
}

void OrderPanel::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("order/language"), m_language->currentData());
    settings.setValue(QStringLiteral("order/marketplace"), m_marketplace->currentData());
    settings.setValue(QStringLiteral("order/channel"), m_channel->currentData());
    m_placeholders->saveSettings(settings);
}

void OrderPanel::restoreSettings(const QSettings &settings)
{
    setLanguage(settings.value(QStringLiteral("order/language"), QStringLiteral("en")).toString());
    setMarketplace(settings.value(QStringLiteral("order/marketplace")).toString());
    if (const int i = m_channel->findData(settings.value(QStringLiteral("order/channel"), int(Channel::Html)).toInt()); i >= 0)
        m_channel->setCurrentIndex(i);
    m_placeholders->restoreSettings(settings);
}

} // namespace permitted
