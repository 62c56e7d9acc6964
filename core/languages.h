#pragma once
// The buyer languages of REASONS.md: their names, marketplaces and spelling dictionaries.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace permitted {

struct BuyerLanguage {
    QString code;
    QString englishName;
    QString nativeName;
    QStringList marketplaces;   // the first is the default
};

const QList<BuyerLanguage> &buyerLanguages();
const BuyerLanguage *findBuyerLanguage(const QString &code);
// The Hunspell dictionary for writing in `language` to a buyer on `marketplace` (en_GB for the
// UK, en_US for the US ...), or empty where the language has none (ja, zh).
QString dictionaryName(const QString &language, const QString &marketplace);
// Every dictionary spelling asks for such a message: dictionaryName() first, then for English the
// other English, whose spellings a seller may have learnt ("colour" to an American buyer).
QStringList spellingDictionaries(const QString &language, const QString &marketplace);
// Every marketplace code of every language.
QStringList allMarketplaces();

// A buyer language's name for a list ("Allemand" for "de" in a French interface), from ICU's
// locale data, capitalised.
QString languageDisplayName(const QString &code, const QString &uiLanguage);
// The same name as a sentence writes it ("allemand", "German", "Deutsch").
QString languageNameInSentence(const QString &code, const QString &uiLanguage);
// A marketplace's country name ("Royaume-Uni" for "UK" in a French interface), from ICU.
QString marketplaceDisplayName(const QString &code, const QString &uiLanguage);

} // namespace permitted
