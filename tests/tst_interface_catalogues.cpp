// The interface catalogues (translations/permitted_<lang>.ts): every one complete, every
// translation keeping its source's placeholders and its menu accelerator, every rule explained in
// every interface language, and the interface language found from the user's locale.

#include "detection/rule_catalog.h"
#include "interface/interface_catalogue.h"
#include "library_json.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace permitted;

namespace {

struct CatalogueEntry {
    QString context;
    QString source;
    QStringList forms;     // one, or one per plural form
    bool unfinished = false;
};

QList<CatalogueEntry> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<CatalogueEntry> out;
    QXmlStreamReader xml(&file);
    QString context;
    CatalogueEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            entry = {context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            entry.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // A plural translation holds <numerusform>s; a plain one holds its text.
            xml.readNext();
            if (xml.isCharacters() && !xml.isWhitespace()) {
                entry.forms << xml.text().toString();
            } else {
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        entry.forms << xml.readElementText();
                    xml.readNext();
                }
            }
            if (entry.forms.isEmpty())
                entry.forms << QString();
            out << entry;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QStringList numberedPlaceholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?[1-9]"));
    QStringList out;
    for (const auto &m : placeholder.globalMatch(text))
        if (!out.contains(m.captured()))
            out << m.captured();
    out.sort();
    return out;
}

// "&File" has one accelerator; "&&" is a written ampersand.
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression accelerator(QStringLiteral("&[^\\s&;]"));
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;|&#x?[0-9a-f]+;"), QRegularExpression::CaseInsensitiveOption);
    text.remove(entity);
    return int(text.count(accelerator));
}

QStringList catalogueFiles()
{
    return QDir(QStringLiteral(PERMITTED_TRANSLATIONS_DIR)).entryList({QStringLiteral("permitted_*.ts")}, QDir::Files);
}

} // namespace

class InterfaceCatalogues : public QObject {
    Q_OBJECT

private slots:
    void everyCatalogueIsBuiltIn()
    {
        const QStringList files = catalogueFiles();
        QVERIFY(files.size() >= 2);
        for (const QString &file : files)
            QVERIFY2(interfaceLanguages().contains(file.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0)),
                     qPrintable(file));
    }

    void everyEntryIsTranslatedWithItsPlaceholders_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : catalogueFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyEntryIsTranslatedWithItsPlaceholders()
    {
        QFETCH(QString, file);
        const QList<CatalogueEntry> entries = readCatalogue(QStringLiteral(PERMITTED_TRANSLATIONS_DIR "/") + file);
        QVERIFY(!entries.isEmpty());
        QStringList problems;
        for (const CatalogueEntry &e : entries) {
            const QString where = e.context + QStringLiteral(": ") + e.source.left(60);
            if (e.unfinished) {
                problems << QStringLiteral("unfinished: ") + where;
                continue;
            }
            for (const QString &form : e.forms) {
                if (form.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + where;
                else if (numberedPlaceholders(form) != numberedPlaceholders(e.source))
                    problems << QStringLiteral("placeholders %1 for %2: ").arg(numberedPlaceholders(form).join(QLatin1Char(' ')),
                                                                             numberedPlaceholders(e.source).join(QLatin1Char(' '))) + where;
                else if (accelerators(e.source) == 1 && accelerators(form) != 1)
                    problems << QStringLiteral("accelerator lost: ") + where + QStringLiteral(" -> ") + form;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The rules' texts are data (rules.json); translations/rule_texts.cmake lists them for
    // lupdate. A rule added without running update-translations is missing here.
    void everyRuleIsExplainedInEveryInterfaceLanguage()
    {
        QString error;
        const RuleCatalog catalog = RuleCatalog::load(QStringLiteral(":/rules"), &error);
        QVERIFY2(!catalog.rules().isEmpty(), qPrintable(error));
        for (const QString &language : interfaceLanguages()) {
            if (language == QLatin1String("en"))
                continue;   // the English texts are the sources
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral("permitted_") + language, QStringLiteral(":/i18n")));
            QStringList missing;
            for (const RuleInfo &rule : catalog.rules()) {
                const auto has = [&](const QString &english, const QString &part) {
                    if (!english.isEmpty() && translator.translate("Rules", english.toUtf8().constData(),
                                                                   (rule.id + QLatin1Char(' ') + part).toUtf8().constData()).isEmpty())
                        missing << rule.id + QLatin1Char(' ') + part;
                };
                has(rule.text.title, QStringLiteral("title"));
                has(rule.text.why, QStringLiteral("why"));
                has(rule.text.instead, QStringLiteral("instead"));
                for (auto note = rule.notes.begin(); note != rule.notes.end(); ++note)
                    has(note.value(), QStringLiteral("note ") + note.key());
            }
            QVERIFY2(missing.isEmpty(), qPrintable(language + QStringLiteral(": ") + missing.join(QStringLiteral(", "))));
        }
    }

    // The import dialog shows why a file was refused, in the interface's language.
    void aRefusedLibraryFileIsExplainedInTheInterfaceLanguage()
    {
        QTranslator french;
        QVERIFY(french.load(QStringLiteral("permitted_fr"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&french);
        QString error;
        const bool read = templatesFromJson(QByteArrayLiteral("{\"rules\": []}"), &error).has_value();
        QCoreApplication::removeTranslator(&french);
        QVERIFY(!read);
        QCOMPARE(error, QStringLiteral("ce n’est pas un fichier de modèles Permitted"));
        QVERIFY(!templatesFromJson(QByteArrayLiteral("{\"rules\": []}"), &error));
        QCOMPARE(error, QStringLiteral("not a Permitted template file"));
    }

    void explanationsSpeakTheAskedLanguage()
    {
        QString error;
        const RuleCatalog catalog = RuleCatalog::load(QStringLiteral(":/rules"), &error);
        Finding emoji;
        emoji.ruleId = QStringLiteral("emoji");
        QCOMPARE(catalog.explain(emoji, QStringLiteral("en")).title, QStringLiteral("Emoji or emoticon"));
        QCOMPARE(catalog.explain(emoji, QStringLiteral("fr")).title, QStringLiteral("Émoji ou émoticône"));
        // A language with no catalogue gets English, not an empty text.
        QCOMPARE(catalog.explain(emoji, QStringLiteral("tlh")).title, QStringLiteral("Emoji or emoticon"));
        Finding link;
        link.ruleId = QStringLiteral("external-link");
        link.note = QStringLiteral("site");
        link.noteArgs = QStringList{QStringLiteral("example.com")};
        QVERIFY(catalog.explain(link, QStringLiteral("fr")).detail.startsWith(QStringLiteral("example.com")));
    }

    void theInterfaceLanguageFollowsTheLocale()
    {
        QCOMPARE(interfaceLanguage(QLocale(QStringLiteral("fr_CA"))), QStringLiteral("fr"));
        QCOMPARE(interfaceLanguage(QLocale(QStringLiteral("en_GB"))), QStringLiteral("en"));
        // No catalogue for Klingon: English.
        QCOMPARE(interfaceLanguage(QLocale(QStringLiteral("tlh"))), QStringLiteral("en"));
        for (const QString &language : interfaceLanguages())
            QCOMPARE(interfaceLanguage(QLocale(language)), language);
    }
};

QTEST_GUILESS_MAIN(InterfaceCatalogues)
#include "tst_interface_catalogues.moc"
