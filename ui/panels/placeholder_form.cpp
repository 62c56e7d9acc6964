#include "placeholder_form.h"
#include "reasons.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

namespace permitted {

QString placeholderDisplayName(const QString &name)
{
    static const QHash<QString, const char *> names = {
        {"order_id", QT_TRANSLATE_NOOP("PlaceholderForm", "Order ID")},
        {"buyer_name", QT_TRANSLATE_NOOP("PlaceholderForm", "Buyer name")},
        {"product_name", QT_TRANSLATE_NOOP("PlaceholderForm", "Product name")},
        {"seller_name", QT_TRANSLATE_NOOP("PlaceholderForm", "Seller name")},
        {"marketplace", QT_TRANSLATE_NOOP("PlaceholderForm", "Marketplace")},
        {"order_date", QT_TRANSLATE_NOOP("PlaceholderForm", "Order date")},
        {"ship_date", QT_TRANSLATE_NOOP("PlaceholderForm", "Ship date")},
        {"delivery_date", QT_TRANSLATE_NOOP("PlaceholderForm", "Delivery date")},
        {"carrier", QT_TRANSLATE_NOOP("PlaceholderForm", "Carrier")},
        {"tracking_number", QT_TRANSLATE_NOOP("PlaceholderForm", "Tracking number")},
        {"tracking_url", QT_TRANSLATE_NOOP("PlaceholderForm", "Tracking page")},
        {"return_reason", QT_TRANSLATE_NOOP("PlaceholderForm", "Return reason")},
        {"refund_amount", QT_TRANSLATE_NOOP("PlaceholderForm", "Refund amount")},
        {"appointment_date", QT_TRANSLATE_NOOP("PlaceholderForm", "Appointment")},
        {"coverage_start", QT_TRANSLATE_NOOP("PlaceholderForm", "Coverage from")},
        {"coverage_end", QT_TRANSLATE_NOOP("PlaceholderForm", "Coverage until")},
        {"access_key", QT_TRANSLATE_NOOP("PlaceholderForm", "Access key")},
    };
    const char *text = names.value(name);
    return text ? QCoreApplication::translate("PlaceholderForm", text) : name;
}

PlaceholderForm::PlaceholderForm(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_none(new QLabel(tr("The message has no placeholders to fill."), this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_none->setWordWrap(true);
    m_none->setEnabled(false);
    m_form->addRow(m_none);
    for (const QString &name : knownPlaceholders()) {
        if (name == QLatin1String("order_id"))
            continue;
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(QStringLiteral("{{%1}}").arg(name));
        edit->setClearButtonEnabled(true);
        m_fields.insert(name, edit);
        m_form->addRow(placeholderDisplayName(name) + QLatin1Char(':'), edit);
        m_form->setRowVisible(edit, false);
        connect(edit, &QLineEdit::textChanged, this, &PlaceholderForm::changed);
    }
}

void PlaceholderForm::showPlaceholders(const QStringList &names)
{
    if (names == m_shown)
        return;
    m_shown = names;
    bool any = false;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const bool used = names.contains(it.key());
        m_form->setRowVisible(it.value(), used);
        any = any || used;
    }
    m_form->setRowVisible(m_none, !any);
}

QHash<QString, QString> PlaceholderForm::values() const
{
    QHash<QString, QString> values;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        if (!it.value()->text().trimmed().isEmpty())
            values.insert(it.key(), it.value()->text().trimmed());
    return values;
}

void PlaceholderForm::setValue(const QString &name, const QString &value)
{
    if (QLineEdit *edit = m_fields.value(name))
        edit->setText(value);
}

void PlaceholderForm::resetValues(const QHash<QString, QString> &values)
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (values.contains(it.key()))
            it.value()->setText(values.value(it.key()));
        else if (it.key() != QLatin1String("seller_name"))
            it.value()->clear();
    }
}

void PlaceholderForm::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("order/sellerName"), m_fields.value(QStringLiteral("seller_name"))->text());
}

void PlaceholderForm::restoreSettings(const QSettings &settings)
{
    setValue(QStringLiteral("seller_name"), settings.value(QStringLiteral("order/sellerName")).toString());
}

} // namespace permitted
