#pragma once
// The order the message is about, as the validator needs it: the buyer's language, the
// marketplace, proactive or reply and the contact reason, the order ID, when the order was
// completed, and whether a review was already requested. Any change re-checks the message.

#include "message.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSettings;

namespace permitted {

class OrderPanel : public QWidget {
    Q_OBJECT
public:
    explicit OrderPanel(const QString &uiLanguage, QWidget *parent = nullptr);

    MessageContext context() const;
    QString orderId() const;
    void setLanguage(const QString &code);
    void setMarketplace(const QString &code);
    void setReason(const QString &reasonId);

    // The last buyer language and marketplace are remembered between sessions.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void changed();

private:
    void fillMarketplaces();
    void reasonChosen();

    QString m_uiLanguage;
    QComboBox *m_language;
    QComboBox *m_marketplace;
    QComboBox *m_reason;
    QComboBox *m_kind;
    QLineEdit *m_orderId;
    QCheckBox *m_completedKnown;
    QDateEdit *m_completed;
    QCheckBox *m_reviewRequested;
};

} // namespace permitted
