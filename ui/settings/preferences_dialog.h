#pragma once
// Preferences: the interface language, the buyer language and marketplace a new message starts
// with, the seller's name that fills {{seller_name}}, and the user's dictionary of added words.

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace permitted {

struct Preferences {
    QString interfaceLanguage;      // a catalogue's language ("de"), or empty for the system's
    QString newMessageLanguage;     // empty: the one last used
    QString newMessageMarketplace;
    QString sellerName;
    QStringList userWords;
    bool operator==(const Preferences &) const = default;
};

// Where they are kept (QSettings keys), read and written in one place.
Preferences loadPreferences();
void savePreferences(const Preferences &preferences);

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // `wordsEditable`: false while the rules (and the dictionary with them) are loading.
    PreferencesDialog(const Preferences &current, bool wordsEditable, const QString &uiLanguage, QWidget *parent = nullptr);
    Preferences result() const;

private:
    void fillMarketplaces();

    QString m_uiLanguage;
    QComboBox *m_interface;
    QComboBox *m_language;
    QComboBox *m_marketplace;
    QLineEdit *m_sellerName;
    QPlainTextEdit *m_words;
};

} // namespace permitted
