#include "preferences_dialog.h"
#include "languages.h"
#include "interface/interface_catalogue.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace permitted {
namespace {

const QString kInterfaceKey = QStringLiteral("interface/language");
const QString kLanguageKey = QStringLiteral("order/defaultLanguage");
const QString kMarketplaceKey = QStringLiteral("order/defaultMarketplace");
const QString kSellerKey = QStringLiteral("order/sellerName");

} // namespace

Preferences loadPreferences()
{
    QSettings s;
    return {s.value(kInterfaceKey).toString(), s.value(kLanguageKey).toString(), s.value(kMarketplaceKey).toString(),
            s.value(kSellerKey).toString(), {}};
}

void savePreferences(const Preferences &p)
{
    QSettings s;
    s.setValue(kInterfaceKey, p.interfaceLanguage);
    s.setValue(kLanguageKey, p.newMessageLanguage);
    s.setValue(kMarketplaceKey, p.newMessageMarketplace);
    s.setValue(kSellerKey, p.sellerName);
}

PreferencesDialog::PreferencesDialog(const Preferences &current, bool wordsEditable, const QString &uiLanguage, QWidget *parent)
    : QDialog(parent), m_uiLanguage(uiLanguage), m_interface(new QComboBox(this)), m_language(new QComboBox(this)),
      m_marketplace(new QComboBox(this)), m_sellerName(new QLineEdit(this)), m_words(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Preferences"));
    // Each interface language is named in itself, so that anyone finds their own.
    m_interface->addItem(tr("As the system"), QString());
    for (const QString &language : interfaceLanguages())
        m_interface->addItem(languageDisplayName(language, language), language);
    m_interface->setCurrentIndex(std::max(0, m_interface->findData(current.interfaceLanguage)));
    m_language->addItem(tr("The one last used"), QString());
    for (const BuyerLanguage &l : buyerLanguages())
        m_language->addItem(languageDisplayName(l.code, uiLanguage), l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.newMessageLanguage)));
    fillMarketplaces();
    m_marketplace->setCurrentIndex(std::max(0, m_marketplace->findData(current.newMessageMarketplace)));
    m_sellerName->setText(current.sellerName);
    m_sellerName->setPlaceholderText(QStringLiteral("{{seller_name}}"));
    m_words->setPlainText(current.userWords.join(QLatin1Char('\n')));
    m_words->setEnabled(wordsEditable);
    m_words->setAccessibleName(tr("Your dictionary, one word a line"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Interface language:"), m_interface);
    auto *restart = new QLabel(tr("Takes effect when Permitted starts again."), this);
    restart->setEnabled(false);
    form->addRow(QString(), restart);
    form->addRow(tr("New message in &language:"), m_language);
    form->addRow(tr("New message on &marketplace:"), m_marketplace);
    form->addRow(tr("Your &seller name:"), m_sellerName);
    auto *wordsLabel = new QLabel(wordsEditable ? tr("Your &dictionary (words never marked as misspelt), one a line:")
                                                : tr("Your dictionary can be edited once the rules have loaded."),
                                  this);
    wordsLabel->setBuddy(m_words);
    wordsLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(wordsLabel);
    layout->addWidget(m_words, 1);
    layout->addWidget(buttons);
    resize(520, 480);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::fillMarketplaces);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::fillMarketplaces()
{
    m_marketplace->clear();
    const BuyerLanguage *language = findBuyerLanguage(m_language->currentData().toString());
    m_marketplace->addItem(language ? tr("The language's first") : tr("The one last used"), QString());
    m_marketplace->setEnabled(language);
    if (!language)
        return;
    for (const QString &code : language->marketplaces)
        m_marketplace->addItem(QStringLiteral("%1 (%2)").arg(marketplaceDisplayName(code, m_uiLanguage), code), code);
}

Preferences PreferencesDialog::result() const
{
    QStringList words;
    for (const QString &line : m_words->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            words << line.trimmed();
    return {m_interface->currentData().toString(), m_language->currentData().toString(), m_marketplace->currentData().toString(),
            m_sellerName->text().trimmed(), words};
}

} // namespace permitted
