#include "languages.h"

#include <QHash>

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

QStringList allMarketplaces()
{
    QStringList out;
    for (const BuyerLanguage &l : buyerLanguages())
        for (const QString &m : l.marketplaces)
            if (!out.contains(m))
                out << m;
    return out;
}

} // namespace permitted
