#include "interface/interface_catalogue.h"

#include <QDir>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>

namespace permitted {

namespace {

const QString kCatalogueFolder = QStringLiteral(":/i18n");

// Kept for the program's life: a check's explanations are written from worker threads, and a
// QTranslator's translate() only reads.
QTranslator *catalogueFor(const QString &uiLanguage)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    QMutexLocker lock(&mutex);
    auto it = loaded.find(uiLanguage);
    if (it == loaded.end()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral("permitted_") + uiLanguage, kCatalogueFolder))
            translator.reset();
        it = loaded.insert(uiLanguage, translator);
    }
    return it->get();
}

} // namespace

QStringList interfaceLanguages()
{
    static const QStringList languages = [] {
        QStringList out{QStringLiteral("en")};
        static const QRegularExpression name(QStringLiteral("^permitted_([a-z]{2,3})\\.qm$"));
        const QStringList files = QDir(kCatalogueFolder).entryList({QStringLiteral("permitted_*.qm")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            if (const auto m = name.match(file); m.hasMatch() && !out.contains(m.captured(1)))
                out << m.captured(1);
        return out;
    }();
    return languages;
}

QString interfaceLanguage(const QLocale &locale)
{
    const QStringList known = interfaceLanguages();
    // uiLanguages() gives tags such as "de-CH", "de"; the catalogues are per language.
    for (const QString &tag : locale.uiLanguages()) {
        const QString language = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (known.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString translatedText(const QString &uiLanguage, const char *context, const char *source,
                       const char *disambiguation, int n)
{
    QString text;
    if (const QTranslator *catalogue = catalogueFor(uiLanguage))
        text = catalogue->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    // As QCoreApplication::translate() does; a catalogue read directly leaves the count to us.
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace permitted
