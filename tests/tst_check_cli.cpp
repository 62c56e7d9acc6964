// permitted-check as a user runs it: the golden outputs of both formats, the exit statuses, and
// every kind of input it must refuse with one line on standard error and nothing on standard
// output.

#include "check_cli_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace permitted::test;

namespace {

const QString kCliDir = QStringLiteral(CLI_TEST_DIR);
const QString kEditor = QStringLiteral(PERMITTED_EDITOR_PATH);

// The sanitizer build has no editor: the tests that compare with it, or drive it, say so and skip.
#define REQUIRE_EDITOR()                                                                                     \
    if (kEditor.isEmpty())                                                                                   \
        QSKIP("the editor is not in this build (the sanitizer build has no interface)")

Run run(const QStringList &args, const QByteArray &input = {}, const QString &locale = QStringLiteral("C.UTF-8"),
        const QString &program = kCheckProgram)
{
    return runProgram(program, args, kCliDir, input, {{QStringLiteral("LC_ALL"), locale}});
}

QByteArray readFile(const QString &name)
{
    QFile f(kCliDir + QLatin1Char('/') + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class CheckCommandLine : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

private slots:
    // The editor and permitted-check read an HTML file alike: the same findings at the same
    // places, and the editor's export of the HTML e-mail passes as clean as the draft was.
    void theEditorAgreesWithTheChecker_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("formatted") << "formatted.html";
        QTest::newRow("reply") << "reply.html";
    }
    void theEditorAgreesWithTheChecker()
    {
        REQUIRE_EDITOR();
        QFETCH(QString, file);
        auto places = [](const QByteArray &json) {
            QStringList out;
            for (const QJsonValue f : QJsonDocument::fromJson(json).object().value("files").toArray().at(0).toObject().value("findings").toArray())
                out << QStringLiteral("%1 %2 %3").arg(f["rule"].toString()).arg(f["start"].toInt()).arg(f["length"].toInt());
            out.sort();
            return out;
        };
        const QStringList order = {"--lang", "en", "--marketplace", "US", "--kind", "reply"};
        const Run checker = run(QStringList{"--format", "json"} + order + QStringList{file});
        const Run editor = run(QStringList{"--findings", "--channel", "html"} + order + QStringList{file}, {}, QStringLiteral("C.UTF-8"), kEditor);
        QCOMPARE(editor.exitCode, 0);
        QVERIFY2(!places(checker.out).isEmpty() || file == QLatin1String("reply.html"), checker.out.constData());
        QCOMPARE(places(editor.out), places(checker.out));

        QTemporaryDir dir;
        const QString exported = dir.filePath(QStringLiteral("copy.html"));
        QCOMPARE(run(QStringList{"--export", exported, "--channel", "html"} + order + QStringList{file}, {}, QStringLiteral("C.UTF-8"), kEditor).exitCode, 0);
        const Run again = run(QStringList{"--format", "json"} + order + QStringList{exported});
        QCOMPARE(places(again.out), places(checker.out));
        QFile copy(exported);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const QByteArray html = copy.readAll();
        QVERIFY(html.contains("<body>") && !html.contains("qrichtext") && !html.contains("-qt-"));
    }

    // Opening a draft that carries no order starts the order panel afresh; the options given
    // on the command line still hold for it (a proactive message is judged as one).
    void theEditorKeepsTheOrderOptionsOfTheCommandLine()
    {
        REQUIRE_EDITOR();
        const QString file = dir.filePath(QStringLiteral("shipped.txt"));
        QFile draft(file);
        QVERIFY(draft.open(QIODevice::WriteOnly));
        draft.write("Hello,\n\nyour parcel has shipped today.\n\nBest regards,\nSam\n");
        draft.close();
        const Run editor = run(QStringList{"--findings", "--lang", "en", "--kind", "proactive", "--channel", "text", file},
                               {}, QStringLiteral("C.UTF-8"), kEditor);
        QCOMPARE(editor.exitCode, 0);
        QStringList rules;
        for (const QJsonValue f : QJsonDocument::fromJson(editor.out).object().value("files").toArray().at(0).toObject().value("findings").toArray())
            rules << f["rule"].toString();
        QVERIFY2(rules.contains(QStringLiteral("order-confirmation")), editor.out.constData());
        QVERIFY2(rules.contains(QStringLiteral("missing-order-id")), editor.out.constData());
    }

    void goldenOutputs_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("golden");
        QTest::addColumn<int>("exitCode");
        const QStringList common = {"--today", "2026-01-15"};
        QTest::newRow("problems, text") << (common + QStringList{"--kind", "proactive", "problems.txt"}) << "problems.expected.txt" << 1;
        QTest::newRow("problems, json") << (common + QStringList{"--kind", "proactive", "--format", "json", "problems.txt"}) << "problems.expected.json" << 1;
        QTest::newRow("clean, text") << (common + QStringList{"--reason", "unexpected-problem", "clean.txt"}) << "clean.expected.txt" << 0;
        QTest::newRow("html reply, json") << (common + QStringList{"--kind", "reply", "--format", "json", "reply.html"}) << "reply.expected.json" << 1;
        QTest::newRow("two files") << (common + QStringList{"clean.txt", "problems.txt"}) << "two-files.expected.txt" << 1;
    }
    void goldenOutputs()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, golden);
        QFETCH(int, exitCode);
        const Run r = run(args);
        QCOMPARE(r.err, QByteArray());
        if (r.out != readFile(golden)) {
            // Leave what it printed beside the golden file, to compare by eye.
            QFile actual(QDir::temp().filePath(golden + QStringLiteral(".actual")));
            if (actual.open(QIODevice::WriteOnly))
                actual.write(r.out);
            QFAIL(qPrintable(QStringLiteral("output differs from %1 (printed to %2):\n%3").arg(golden, actual.fileName(), QString::fromUtf8(r.out))));
        }
        QCOMPARE(r.exitCode, exitCode);
    }

    void jsonFollowsTheContract()
    {
        const Run r = run({"--today", "2026-01-15", "--format", "json", "--kind", "proactive", "problems.txt"});
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value("version").toInt(), 1);
        const QJsonObject file = root.value("files").toArray().at(0).toObject();
        QCOMPARE(file.value("path").toString(), QStringLiteral("problems.txt"));
        QCOMPARE(file.value("language").toString(), QStringLiteral("en"));
        const QString body = QString::fromUtf8(readFile("problems.txt"));
        bool sawEmoji = false;
        for (const QJsonValue &v : file.value("findings").toArray()) {
            const QJsonObject f = v.toObject();
            for (const char *key : {"rule", "severity", "part", "start", "length", "line", "column", "message"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
            if (f.value("rule").toString() == QLatin1String("emoji")) {
                sawEmoji = true;
                // start and length are UTF-16 code units: the emoji is two of them.
                QCOMPARE(body.mid(f.value("start").toInt(), f.value("length").toInt()), QStringLiteral("🎉"));
            }
        }
        QVERIFY(sawEmoji);
    }

    void standardInputIsAFile()
    {
        const Run r = run({"--today", "2026-01-15", "-"}, "Thanks for your order \xF0\x9F\x98\x80\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("\n-:1:23: error emoji:"), r.out.constData());
    }

    // A writer that sends the message in two pieces gets the whole message checked.
    void standardInputIsReadToItsEnd()
    {
        QProcess p;
        p.setWorkingDirectory(kCliDir);
        p.start(kCheckProgram, {"--today", "2026-01-15", "-"});
        QVERIFY(p.waitForStarted());
        p.write("Hello,\nThanks for your order.\n");
        QVERIFY(p.waitForBytesWritten());
        QTest::qWait(1000);   // the pause of a slow writer
        p.write("Write to help@lumen-home.com \xF0\x9F\x98\x80\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(out.contains("-:3:10: error email-address") && out.contains("error emoji"), out.constData());
    }

    void emptyOrClosedInputIsNoMessage()
    {
        Run r = run({"--kind", "proactive", "-"}, "");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("standard input is empty"), r.err.constData());
        QProcess closed;
        closed.start(QStringLiteral("/bin/sh"), {"-c", QStringLiteral("exec \"%1\" - <&-").arg(kCheckProgram)});
        QVERIFY(closed.waitForFinished(60000));
        QCOMPARE(closed.exitCode(), 2);
        QVERIFY2(closed.readAllStandardError().contains("cannot read"), "closed standard input is not reported");
    }

    void aFullOutputIsAnError()
    {
        QProcess p;
        p.setWorkingDirectory(kCliDir);
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(kCheckProgram, {"--today", "2026-01-15", "problems.txt"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains("cannot write to standard output"), "a full disk is not reported");
    }

    // UTF-16 and UTF-32 with their byte-order mark are text; CR and CRLF are line breaks.
    void widerEncodingsAndOldLineBreaks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QStringLiteral("Hello,\nthanks \U0001F600 for your order.\n");
        QByteArray utf16le("\xFF\xFE", 2), utf16be("\xFE\xFF", 2), utf32le("\xFF\xFE\0\0", 4);
        for (const QChar c : text) {
            utf16le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        for (const char32_t c : text.toUcs4())
            utf32le.append(char(c & 0xFF)).append(char((c >> 8) & 0xFF)).append(char((c >> 16) & 0xFF)).append(char(0));
        QTest::newRow("UTF-16 LE") << utf16le;
        QTest::newRow("UTF-16 BE") << utf16be;
        QTest::newRow("UTF-32 LE") << utf32le;
        QTest::newRow("CR") << text.toUtf8().replace('\n', '\r');
        QTest::newRow("CRLF") << text.toUtf8().replace("\n", "\r\n");
    }
    void widerEncodingsAndOldLineBreaks()
    {
        QFETCH(QByteArray, bytes);
        const QString path = writeFile(dir, QStringLiteral("encoded.txt"), bytes);
        const Run r = run({"--today", "2026-01-15", path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("encoded.txt:2:8: error emoji"), r.out.constData());
    }

    // The template library for backups and scripts: exported and imported without a window,
    // keeping both on a clash unless --replace, with a one-line reason on failure.
    void theLibraryOnTheCommandLine()
    {
        REQUIRE_EDITOR();
        QTemporaryDir home;
        auto editor = [&](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());   // private, as a desktop session's is
            env.remove(QStringLiteral("DISPLAY"));
            p.setProcessEnvironment(env);
            p.start(kEditor, args);
            p.waitForFinished(60000);
            return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
        };
        const QByteArray two = R"({"format": "permitted-library", "version": 1, "templates": [
            {"uuid": "6a1f0e52-0d4c-4a7e-9a55-2c1f6c1b0001", "name": "Late parcel", "reason": "unexpected-problem", "sourceLanguage": "en",
             "variants": [{"language": "en", "subject": "Your order {{order_id}}", "body": "Hello,\nyour parcel is a day late."}]},
            {"uuid": "6a1f0e52-0d4c-4a7e-9a55-2c1f6c1b0002", "name": "Invoice", "reason": "send-invoice", "sourceLanguage": "fr",
             "variants": [{"language": "fr", "subject": "Facture {{order_id}}", "body": "Bonjour,\nvoici votre facture."}]}]})";
        const QString in = writeFile(dir, QStringLiteral("two.json"), two);
        Run r = editor({"--import-library", in});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("2 added"));
        const QString out = home.filePath(QStringLiteral("backup.json"));
        r = editor({"--export-library", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonObject backup = QJsonDocument::fromJson(exported.readAll()).object();
        QCOMPARE(backup.value(QStringLiteral("templates")).toArray().size(), 2);
        // The same again: both kept, or replaced.
        r = editor({"--import-library", in});
        QVERIFY(r.out.contains("2 added"));
        r = editor({"--import-library", in, "--replace"});
        QVERIFY2(r.out.contains("0 added, 2 replaced"), r.out.constData());
        // Failures: one line, exit 2, nothing changed.
        r = editor({"--import-library", writeFile(dir, QStringLiteral("broken.json"), "{\"format\": \"something else\"")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("the library was not changed"));
        r = editor({"--export-library", home.filePath(QStringLiteral("no/such/folder/out.json"))});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        r = editor({"--export-library", out});
        QFile again(out);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(again.readAll()).object().value(QStringLiteral("templates")).toArray().size(), 4);
    }

    void explanationsFollowTheLocale()
    {
        const QByteArray message = "D\xC3\xA9sol\xC3\xA9 \xF0\x9F\x98\x80, votre commande {{order_id}} aura un jour de retard.\n";
        const Run fr = run({"--lang", "fr", "-"}, message, QStringLiteral("fr_FR.UTF-8"));
        QCOMPARE(fr.exitCode, 1);
        QVERIFY2(fr.out.contains("error emoji: \xC3\x89moji ou \xC3\xA9motic\xC3\xB4ne."), fr.out.constData());
        QVERIFY2(fr.out.endsWith("1 erreur, 0 avertissement, 0 suggestion dans 1 fichier\n"), fr.out.constData());
        const Run en = run({"--lang", "fr", "-"}, message);
        QVERIFY2(en.out.contains("error emoji: Emoji or emoticon."), en.out.constData());
    }

    void listRules()
    {
        const Run r = run({"--list-rules", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        QStringList ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value("rules").toArray())
            ids << v.toObject().value("id").toString();
        for (const char *id : {"promotional", "review-incentive", "review-positive-only", "review-change-request",
                               "review-repeat", "thank-you-only", "order-confirmation", "cancel-request", "off-amazon",
                               "opt-out-link", "sensitive-content", "insecure-link", "external-link", "email-address",
                               "phone-number", "missing-order-id", "invalid-order-id", "language-mismatch",
                               "outside-window", "message-length", "html-in-text", "attachment-type",
                               "unknown-placeholder", "unfilled-placeholder", "placeholder-mismatch",
                               "subject-important", "emoji", "consecutive-line-breaks", "spelling", "grammar"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        QCOMPARE(run({"--list-rules"}).exitCode, 0);
    }

    void listTemplates()
    {
        const Run r = run({"--list-templates", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).object().value("templates").toArray();
        QCOMPARE(list.size(), 17 * 5);
        QSet<QString> seen;
        for (const QJsonValue &v : list) {
            const QJsonObject t = v.toObject();
            seen.insert(t.value("reason").toString() + '/' + t.value("lang").toString());
            QVERIFY(!t.value("subject").toString().isEmpty());
            QVERIFY(t.value("placeholders").isArray());
        }
        QVERIFY(seen.contains("request-review/fr"));
        QVERIFY(seen.contains("reply-product-question/it"));
        QCOMPARE(seen.size(), 17 * 5);
        // The French ones only, in text.
        const Run fr = run({"--list-templates", "--lang", "fr"});
        QCOMPARE(fr.out.count('\n'), 17);
    }

    // Every built-in template is clean in its language; a finding would make this run say so
    // in its summary and (for an error) exit 1.
    void checkTemplates()
    {
        const Run r = run({"--check-templates", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray files = QJsonDocument::fromJson(r.out).object().value("files").toArray();
        QCOMPARE(files.size(), 17 * 5);
        QCOMPARE(files.first().toObject().value("path").toString(), QStringLiteral("template:confirm-order-details/en"));
        for (const QJsonValue &f : files)
            QVERIFY2(f.toObject().value("findings").toArray().isEmpty(),
                     QJsonDocument(f.toObject()).toJson().constData());
        const Run text = run({"--check-templates", "--lang", "de"});
        QVERIFY2(text.out.endsWith("0 errors, 0 warnings, 0 suggestions in 17 files\n"), text.out.constData());
    }

    void versionAndHelp()
    {
        const Run v = run({"--version"});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("permitted-check "));
        const Run h = run({"--help"});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("--order-completed"));
    }

    void unusableInputs_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QVERIFY(dir.isValid());
        const QString invalid = writeFile(dir, "invalid.txt", "Hello,\nyour r\xE9sum\xE9 is ready.\n");
        const QString binary = writeFile(dir, "binary.txt", QByteArray("PK\x03\x04\0\0binary", 12));
        const QString huge = writeFile(dir, "huge.txt", QByteArray(1024 * 1024 + 10, 'a'));
        const QString deep = writeFile(dir, "deep.html", QByteArray("<div>").repeated(20000) + "hi");
        const QString good = writeFile(dir, "good.txt", "Your order {{order_id}} ships today.\n");
        QTest::newRow("missing file") << QStringList{"nowhere.txt"} << "nowhere.txt: no such file";
        // A folder is searched: a file in it that cannot be used stops the run.
        QTest::newRow("folder") << QStringList{dir.path()} << "binary.txt: a binary file";
        QTest::newRow("invalid UTF-8") << QStringList{invalid} << "invalid.txt:2:7: not valid UTF-8";
        QTest::newRow("binary") << QStringList{binary} << "a binary file";
        QTest::newRow("over 1 MB") << QStringList{huge} << "larger than 1 MB";
        QTest::newRow("nested HTML") << QStringList{deep} << "nested more than";
        QTest::newRow("bad file after a good one") << QStringList{good, "nowhere.txt"} << "nowhere.txt: no such file";
        QTest::newRow("unknown language") << QStringList{"--lang", "xx", good} << "unknown language \"xx\"";
        QTest::newRow("unknown kind") << QStringList{"--kind", "promo", good} << "unknown kind \"promo\"";
        QTest::newRow("unknown reason") << QStringList{"--reason", "say-hello", good} << "unknown contact reason \"say-hello\"";
        QTest::newRow("unknown channel") << QStringList{"--channel", "pdf", good} << "unknown channel \"pdf\"";
        QTest::newRow("unknown format") << QStringList{"--format", "xml", good} << "unknown format \"xml\"";
        QTest::newRow("unknown marketplace") << QStringList{"--marketplace", "ZZ", good} << "unknown marketplace";
        QTest::newRow("impossible date") << QStringList{"--today", "2026-13-01", good} << "not a date";
        QTest::newRow("short date") << QStringList{"--order-completed", "2026-1-5", good} << "not a date";
        QTest::newRow("unknown option") << QStringList{"--colour", good} << "unknown option --colour";
        QTest::newRow("missing value") << QStringList{good, "--lang"} << "missing value after '--lang'";
        QTest::newRow("no file") << QStringList{"--lang", "fr"} << "no input (give PATH";
        QTest::newRow("templates and a file") << QStringList{"--check-templates", good} << "give no PATH with it";
        QTest::newRow("unknown short option") << QStringList{"-x", good} << "unknown option -x";
        QTest::newRow("two settings") << QStringList{"--config", good, "--no-config", good} << "cannot be given together";
    }
    void unusableInputs()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(reason), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);   // one line
    }
};

QTEST_GUILESS_MAIN(CheckCommandLine)
#include "tst_check_cli.moc"
