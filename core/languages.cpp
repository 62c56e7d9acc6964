#include "languages.h"

#include <QHash>
#include <QMutex>
#include <unicode/locid.h>

namespace permitted {

const QList<BuyerLanguage> &buyerLanguages()
{
    static const QList<BuyerLanguage> list = {
        {"en", "English", "English", {"US", "UK", "CA", "AU", "IN", "SG", "AE"}},
        {"fr", "French", "Français", {"FR", "CA", "BE"}},
        {"de", "German", "Deutsch", {"DE", "AT"}},
        {"es", "Spanish", "Español", {"ES", "MX", "US"}},
        {"it", "Italian", "Italiano", {"IT"}},
        {"nl", "Dutch", "Nederlands", {"NL", "BE"}},
        {"sv", "Swedish", "Svenska", {"SE"}},
        {"pl", "Polish", "Polski", {"PL"}},
        {"tr", "Turkish", "Türkçe", {"TR"}},
        {"pt", "Portuguese (Brazil)", "Português (Brasil)", {"BR"}},
        {"ar", "Arabic", "العربية", {"AE", "SA", "EG"}},
        {"ja", "Japanese", "日本語", {"JP"}},
        {"zh", "Chinese (Simplified)", "简体中文", {"US"}},
    };
    return list;
}

const BuyerLanguage *findBuyerLanguage(const QString &code)
{
    for (const BuyerLanguage &l : buyerLanguages())
        if (l.code == code)
            return &l;
    return nullptr;
}

QString dictionaryName(const QString &language, const QString &marketplace)
{
    if (language == QLatin1String("en")) {
        static const QStringList british = {"UK", "AU", "IN", "SG", "AE"};
        return british.contains(marketplace) ? QStringLiteral("en_GB") : QStringLiteral("en_US");
    }
    static const QHash<QString, QString> byLanguage = {
        {"fr", "fr_FR"}, {"de", "de_DE"}, {"es", "es_ES"}, {"it", "it_IT"}, {"nl", "nl_NL"},
        {"sv", "sv_SE"}, {"pl", "pl_PL"}, {"tr", "tr_TR"}, {"pt", "pt_BR"}, {"ar", "ar"},
    };
    return byLanguage.value(language);
}

QStringList spellingDictionaries(const QString &language, const QString &marketplace)
{
    const QString buyers = dictionaryName(language, marketplace);
    if (language != QLatin1String("en"))
        return buyers.isEmpty() ? QStringList() : QStringList{buyers};
    return {buyers, buyers == QLatin1String("en_GB") ? QStringLiteral("en_US") : QStringLiteral("en_GB")};
}

QStringList allMarketplaces()
{
    QStringList out;
    for (const BuyerLanguage &l : buyerLanguages())
        for (const QString &m : l.marketplaces)
            if (!out.contains(m))
                out << m;
    return out;
}

namespace {

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

} // namespace

QString languageNameInSentence(const QString &code, const QString &uiLanguage)
{
    // ICU looks the name up in its resource bundles, and every spelling finding a report
    // describes names its language: each name is looked up once. The names are few; the
    // lookups come from any thread.
    static QMutex lock;
    static QHash<QString, QString> known;
    const QString key = code + QLatin1Char('/') + uiLanguage;
    {
        QMutexLocker locker(&lock);
        if (const auto it = known.constFind(key); it != known.constEnd())
            return *it;
    }
    // "zh" is written in simplified characters for the buyers Amazon means, "pt" in Brazil's way.
    const QString tagged = code == QLatin1String("zh") ? QStringLiteral("zh_Hans")
                           : code == QLatin1String("pt") ? QStringLiteral("pt_BR") : code;
    icu::UnicodeString name;
    icu::Locale(tagged.toUtf8().constData()).getDisplayName(icu::Locale(uiLanguage.toUtf8().constData()), name);
    QString out = fromIcu(name);
    if (out.isEmpty())
        out = code;
    QMutexLocker locker(&lock);
    known.insert(key, out);
    return out;
}

QString languageDisplayName(const QString &code, const QString &uiLanguage)
{
    QString out = languageNameInSentence(code, uiLanguage);
    out[0] = out[0].toUpper();   // French writes language names in lower case; a list shows them capitalised
    return out;
}

QString marketplaceDisplayName(const QString &code, const QString &uiLanguage)
{
    // Amazon writes "UK" for the marketplace whose ISO country code is GB.
    const QString country = code == QLatin1String("UK") ? QStringLiteral("GB") : code;
    icu::UnicodeString name;
    icu::Locale(nullptr, country.toUtf8().constData()).getDisplayCountry(icu::Locale(uiLanguage.toUtf8().constData()), name);
    const QString out = fromIcu(name);
    return out.isEmpty() ? code : out;
}

} // namespace permitted
