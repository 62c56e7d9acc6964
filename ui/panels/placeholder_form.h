#pragma once
// The values that fill the message's placeholders: one field for each placeholder the message
// uses ({{buyer_name}} ...), shown only while it uses it. The order ID has its own field in the
// order panel. The seller's name is remembered between sessions.

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QSettings;

namespace permitted {

class PlaceholderForm : public QWidget {
    Q_OBJECT
public:
    explicit PlaceholderForm(QWidget *parent = nullptr);

    // Shows the fields of these placeholders, in this order.
    void showPlaceholders(const QStringList &names);
    QHash<QString, QString> values() const;
    void setValue(const QString &name, const QString &value);
    // Empties every field but the seller's name, which belongs to the seller, not the order;
    // then fills those `values` has (the seller's name too, when it has it).
    void resetValues(const QHash<QString, QString> &values = {});

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void changed();

private:
    QFormLayout *m_form;
    QLabel *m_none;
    QHash<QString, QLineEdit *> m_fields;
    QStringList m_shown;
};

// The name of a placeholder for people ("Buyer name" for buyer_name).
QString placeholderDisplayName(const QString &name);

} // namespace permitted
