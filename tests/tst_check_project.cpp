// permitted-check as a linter in a project: help and version, errors only, colour, folders,
// template files and library exports, the settings file, the editor's words, ignore comments,
// SARIF and the dictionaries of DICPATH. Each case runs the program on files it writes.

#include "check_cli_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace permitted::test;

namespace {

// The "FILE:LINE:COLUMN: SEVERITY RULE" beginnings of a text report's lines.
QStringList places(const QByteArray &report)
{
    QStringList out;
    static const QRegularExpression line(QStringLiteral("^(.*?:\\d+:\\d+: \\w+ [a-z-]+):"), QRegularExpression::MultilineOption);
    for (const auto &m : line.globalMatch(QString::fromUtf8(report)))
        out << m.captured(1);
    return out;
}

bool mentions(const QStringList &places, const QString &fragment)
{
    return std::any_of(places.begin(), places.end(), [&](const QString &p) { return p.contains(fragment); });
}

} // namespace

class CheckProject : public QObject {
    Q_OBJECT

    Run check(const QTemporaryDir &dir, const QStringList &args, const QList<std::pair<QString, QString>> &env = {})
    {
        QList<std::pair<QString, QString>> all{{QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}};
        all += env;
        return runProgram(kCheckProgram, QStringList{QStringLiteral("--today"), QStringLiteral("2026-01-15")} + args,
                          dir.path(), {}, all);
    }

private slots:
    void helpAndVersionLikeEveryLinter()
    {
        QTemporaryDir dir;
        for (const QString &option : {QStringLiteral("-h"), QStringLiteral("--help")}) {
            const Run r = check(dir, {option});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("--format") && r.out.contains("--color") && r.out.contains(".permitted.ini"));
        }
        for (const QString &option : {QStringLiteral("-V"), QStringLiteral("--version")}) {
            const Run r = check(dir, {option});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.startsWith("permitted-check "));
        }
    }

    void quietReportsErrorsOnly()
    {
        QTemporaryDir dir;
        writeFile(dir, "m.txt", "Order 123-1234567-1234567: visit http://shop.example for more.\n");
        const Run all = check(dir, {"m.txt"});
        QVERIFY(mentions(places(all.out), "warning"));
        const Run quiet = check(dir, {"-q", "m.txt"});
        QCOMPARE(quiet.exitCode, 1);
        QVERIFY(!places(quiet.out).isEmpty());
        QVERIFY(!mentions(places(quiet.out), "warning"));
        QVERIFY(!quiet.out.contains("in 1 file"));   // no summary
    }

    void colourOnlyWhenAsked()
    {
        QTemporaryDir dir;
        writeFile(dir, "m.txt", "Thank you 😊\n");
        QVERIFY(check(dir, {"--color=always", "m.txt"}).out.contains("\033[1;31merror\033[0m"));
        QVERIFY(!check(dir, {"--color=never", "m.txt"}).out.contains("\033["));
        // auto: standard output is a pipe here.
        QVERIFY(!check(dir, {"m.txt"}).out.contains("\033["));
        QCOMPARE(check(dir, {"--color=blue", "m.txt"}).exitCode, 2);
    }

    // A folder laid out as the built-in templates: each file's language and reason from its
    // place, its subject from its header (and checked as the subject), JSON that is not a
    // library left alone, hidden folders skipped.
    void foldersOfTemplates()
    {
        QTemporaryDir dir;
        writeFile(dir, "templates/fr/unexpected-problem.txt",
                  "Subject: Votre commande {{order_id}} 😊\n\nBonjour {{buyer_name}},\n\nVotre colis aura deux jours de retard. "
                  "Nous vous prions de nous en excuser.\n\nCordialement,\n{{seller_name}}\n");
        writeFile(dir, "templates/package.json", "{\"name\": \"not ours\"}");
        writeFile(dir, "templates/.drafts/old.txt", "Call us at +1 415 555 2671\n");
        const Run r = check(dir, {"templates"});
        QCOMPARE(r.exitCode, 1);
        const QStringList found = places(r.out);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.front(), QStringLiteral("templates/fr/unexpected-problem.txt[subject]:1:29: error emoji"));
        QVERIFY(r.out.contains("in 1 file"));
        // French was the buyer language: a French sentence is no language-mismatch, no misspelling.
        QVERIFY(!r.out.contains("language-mismatch") && !r.out.contains("spelling"));
    }

    // The editor's export, template by template and language by language.
    void libraryExports()
    {
        QTemporaryDir dir;
        writeFile(dir, "library.json",
                  R"({"format": "permitted-library", "version": 1, "templates": [{"uuid": "6a1f0e52-0d4c-4a7e-9a55-2c1f6c1b0001",
                  "name": "Late parcel", "reason": "unexpected-problem", "sourceLanguage": "en", "variants": [
                  {"language": "en", "subject": "Your order {{order_id}}", "body": "Hello,\nyour parcel is two days late. Sorry!\n\n{{seller_name}}", "status": "done"},
                  {"language": "de", "subject": "Ihre Bestellung {{order_id}}", "body": "Hallo,\nbesuchen Sie unseren Shop auf www.kerzen.example 😊", "status": "done"}]}]})");
        const Run r = check(dir, {"library.json"});
        QCOMPARE(r.exitCode, 1);
        const QStringList found = places(r.out);
        QVERIFY2(!found.isEmpty() && std::all_of(found.begin(), found.end(), [](const QString &p) {
                     return p.startsWith(QStringLiteral("library.json#Late parcel/de:"));
                 }), qPrintable(found.join('\n')));
        QVERIFY(mentions(found, "emoji"));
        QVERIFY(r.out.contains("in 2 files"));
    }

    // Settings found upward from each file; the command line wins over them.
    void theSettingsFileOfTheProject()
    {
        QTemporaryDir dir;
        writeFile(dir, ".permitted.ini",
                  "[message]\nlanguage = fr ; the shop's buyers\nkind = reply\n\n[rules]\nemoji = warning\nspelling = off\n\n"
                  "[links]\nallowed = bougies.example\n\n[words]\nwords = Bougilux\nfile = words.txt\n");
        writeFile(dir, "words.txt", "# our products\nCirelune\n");
        writeFile(dir, "replies/r.txt",
                  "Bonjour,\n\nVotre bougie Bougilux arrive demain 😊. La notice est sur https://bougies.example/notice "
                  "et https://ailleurs.example/page.\n\nCordialement\n");
        const Run r = check(dir, {"replies/r.txt"});
        const QStringList found = places(r.out);
        QVERIFY2(mentions(found, "warning emoji"), qPrintable(r.out));          // severity changed
        QVERIFY(!mentions(found, "error emoji"));
        QVERIFY(!mentions(found, "spelling"));                                  // rule off
        QVERIFY(!mentions(found, "language-mismatch"));                         // language fr
        QCOMPARE(r.out.count("external-link"), 1);                              // bougies.example allowed
        QVERIFY(r.out.contains("ailleurs.example"));
        // The command line wins: in English, the French text is another language.
        QVERIFY(check(dir, {"--lang", "en", "replies/r.txt"}).out.contains("language-mismatch"));
        // No settings: the emoji is an error again.
        QVERIFY(mentions(places(check(dir, {"--no-config", "replies/r.txt"}).out), "error emoji"));
        // The words of the list and of the file are not misspelt once spelling is on.
        writeFile(dir, "other.ini", "[message]\nlanguage = fr\n[words]\nwords = Bougilux\nfile = words.txt\n");
        writeFile(dir, "replies/w.txt", "Bonjour,\n\nVos bougies Bougilux et Cirelune arrivent demain. Zorbalune aussi.\n\nCordialement\n");
        const Run words = check(dir, {"--config", "other.ini", "replies/w.txt"});
        QVERIFY2(words.out.contains("Zorbalune") && !words.out.contains("Bougilux") && !words.out.contains("Cirelune"),
                 qPrintable(words.out));
    }

    void aSettingsTypoStopsTheRun_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown rule") << QByteArray("[rules]\nemojis = off\n") << "unknown rule \"emojis\"";
        QTest::newRow("unknown severity") << QByteArray("[rules]\nemoji = silent\n") << "is not off, error, warning or suggestion";
        QTest::newRow("unknown language") << QByteArray("[message]\nlanguage = french\n") << "unknown language \"french\"";
        QTest::newRow("missing word file") << QByteArray("[words]\nfile = nowhere.txt\n") << "nowhere.txt";
    }
    void aSettingsTypoStopsTheRun()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        writeFile(dir, ".permitted.ini", ini);
        writeFile(dir, "m.txt", "Order 123-1234567-1234567 ships today.\n");
        const Run r = check(dir, {"m.txt"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(QString::fromUtf8(r.err).contains(reason), r.err.constData());
        QVERIFY(r.err.contains(".permitted.ini"));
    }

    // A word the seller added in the editor is not misspelt on the command line either.
    void theEditorsWordsCount()
    {
        QTemporaryDir dir, data;
        writeFile(dir, "m.txt", "Order 123-1234567-1234567: your Glimmerwick candle ships today.\n");
        QVERIFY(check(dir, {"m.txt"}, {{"XDG_DATA_HOME", data.path()}}).out.contains("Glimmerwick"));
        writeFile(data, "Permitted/Permitted/user-words.txt", "Glimmerwick\n");
        QVERIFY(!check(dir, {"m.txt"}, {{"XDG_DATA_HOME", data.path()}}).out.contains("Glimmerwick"));
    }

    // Ignore comments: in a text file the directive lines are not part of the message, and the
    // positions reported are still the file's lines.
    void ignoreCommentsInText()
    {
        QTemporaryDir dir;
        writeFile(dir, "m.txt",
                  "Order 123-1234567-1234567\n"
                  "<!-- permitted-ignore-next-line emoji -->\n"
                  "Thank you 😊\n"
                  "Still here 😊\n"
                  "<!-- permitted-disable -->\n"
                  "Use the code SAVE10 for 10% off 😊\n"
                  "<!-- permitted-enable -->\n"
                  "Call +1 415 555 2671\n");
        const Run r = check(dir, {"m.txt"});
        const QStringList found = places(r.out);
        QVERIFY2(!mentions(found, "m.txt:3:"), qPrintable(r.out));   // ignored line
        QVERIFY(mentions(found, "m.txt:4:12: error emoji"));          // the line after it is not
        QVERIFY(!mentions(found, "m.txt:6:"));                        // the disabled block
        QVERIFY(mentions(found, "m.txt:8:6: error phone-number"));   // after enable, at the file's line
        QVERIFY(!r.out.contains("html-in-text"));                      // the comments are not the message's
    }

    void ignoreCommentsInHtml()
    {
        QTemporaryDir dir;
        writeFile(dir, "m.html",
                  "<html><body><p>Order 123-1234567-1234567</p>\n"
                  "<!-- permitted-ignore-next-line emoji -->\n<p>Thank you 😊</p>\n<p>Still here 😊</p>\n"
                  "<!-- permitted-disable promotional -->\n<p>Use the code SAVE10 for 10% off.</p>\n<!-- permitted-enable -->\n"
                  "<p>Use the code SAVE20 for 20% off.</p></body></html>");
        const Run r = check(dir, {"--kind", "reply", "m.html"});
        const QStringList found = places(r.out);
        QVERIFY2(!mentions(found, ":2:") && mentions(found, ":3:12: error emoji"), qPrintable(r.out));
        QVERIFY(!mentions(found, ":4:") && mentions(found, ":5:9: error promotional"));   // at "code SAVE20"
    }

    void sarifForCodeScanning()
    {
        QTemporaryDir dir;
        writeFile(dir, "msgs/a.txt", "Order 123-1234567-1234567\n\nThank you 😊\n");
        writeFile(dir, "msgs/b.txt", "Order 123-1234567-1234567: your parcel ships today.\n");
        const Run r = check(dir, {"--format", "sarif", "msgs"});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject sarif = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(sarif.value("version").toString(), QStringLiteral("2.1.0"));
        const QJsonObject run = sarif.value("runs").toArray().first().toObject();
        const QJsonObject driver = run.value("tool").toObject().value("driver").toObject();
        QCOMPARE(driver.value("name").toString(), QStringLiteral("permitted-check"));
        const QJsonArray rules = driver.value("rules").toArray();
        const QJsonArray results = run.value("results").toArray();
        QJsonObject result;
        for (const QJsonValue &v : results)
            if (v.toObject().value("ruleId").toString() == QLatin1String("emoji"))
                result = v.toObject();
        QVERIFY(!result.isEmpty());
        QCOMPARE(rules.at(result.value("ruleIndex").toInt()).toObject().value("id").toString(), QStringLiteral("emoji"));
        QCOMPARE(result.value("level").toString(), QStringLiteral("error"));
        const QJsonObject location = result.value("locations").toArray().first().toObject().value("physicalLocation").toObject();
        QCOMPARE(location.value("artifactLocation").toObject().value("uri").toString(), QStringLiteral("msgs/a.txt"));
        const QJsonObject region = location.value("region").toObject();
        QCOMPARE(region.value("startLine").toInt(), 3);
        QCOMPARE(region.value("startColumn").toInt(), 11);
        QCOMPARE(region.value("endColumn").toInt(), 13);   // 😊 is two UTF-16 units, SARIF's default
    }

    // DICPATH comes first: a dictionary there is used instead of the system's.
    void dictionariesFromDicpath()
    {
        QTemporaryDir dir, dictionaries;
        writeFile(dictionaries, "en_US.aff", "SET UTF-8\n");
        writeFile(dictionaries, "en_US.dic", "5\norder\nyour\nzorblax\nships\ntoday\n");
        writeFile(dir, "m.txt", "Order 123-1234567-1234567: your zorblax ships today.\n");
        QVERIFY(check(dir, {"m.txt"}).out.contains("zorblax"));
        const Run own = check(dir, {"m.txt"}, {{"DICPATH", dictionaries.path()}});
        QVERIFY2(!own.out.contains("zorblax"), own.out.constData());
    }
};

QTEST_GUILESS_MAIN(CheckProject)
#include "tst_check_project.moc"
