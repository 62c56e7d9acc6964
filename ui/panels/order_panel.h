#pragma once
// The order the message is about, as the validator needs it: the buyer's language, the
// marketplace, proactive or reply and the contact reason, the order ID, when the order was
// completed, and whether a review was already requested. Any change re-checks the message.
// Below, the values that fill the message's placeholders.

#include "drafts/draft_context.h"
#include "message.h"
#include "library_types.h"

#include <QHash>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSettings;

namespace permitted {

class PlaceholderForm;

class OrderPanel : public QWidget {
    Q_OBJECT
public:
    explicit OrderPanel(const QString &uiLanguage, QWidget *parent = nullptr);

    MessageContext context() const;
    // Where the message goes: an HTML e-mail reply or Seller Central's text box.
    Channel channel() const;
    QString orderId() const;
    QString language() const;
    // Every placeholder's value, the order ID's included.
    QHash<QString, QString> placeholderValues() const;
    PlaceholderForm *placeholderForm() const { return m_placeholders; }
    // Shows what the library's history knows of this order: a review already requested, the
    // completion date; the user can still change both.
    void showHistory(const QList<HistoryEntry> &entries);
    void setLanguage(const QString &code);
    void setMarketplace(const QString &code);
    void setReason(const QString &reasonId);
    void setOrderId(const QString &orderId);
    void setKind(MessageKind kind);
    void setChannel(Channel channel);

    // Everything the panel holds about the order, as a draft keeps it.
    DraftContext draftContext() const;
    // Takes a draft's order (its language, marketplace and channel included).
    void setDraftContext(const DraftContext &context);
    // A new message: no order, no reason, no dates, no values but the seller's name; the buyer's
    // language, the marketplace and the channel stay, as the seller's usual ones.
    void clearOrder();

    // The last buyer language and marketplace are remembered between sessions.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    // The context changed: the message must be checked again.
    void changed();
    // A placeholder's value changed: only what the buyer reads changes.
    void valuesChanged();
    // The order ID field holds a whole order ID now.
    void orderIdEntered(const QString &orderId);

private:
    void fillMarketplaces();
    void reasonChosen();

    QString m_uiLanguage;
    QComboBox *m_language;
    QComboBox *m_marketplace;
    QComboBox *m_reason;
    QComboBox *m_kind;
    QComboBox *m_channel;
    QLineEdit *m_orderId;
    QCheckBox *m_completedKnown;

    QDateEdit *m_completed;
    QCheckBox *m_reviewRequested;
    QLabel *m_history;
    PlaceholderForm *m_placeholders;
};

} // namespace permitted
