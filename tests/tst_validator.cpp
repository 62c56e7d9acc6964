// The validator as a whole: safe from several threads at once, unshaken by bad text (lone
// surrogates, huge pastes, deep HTML), honest when a dictionary is missing, and every mechanical
// fix really repairs what it claims to.

#include "detection/domain_policy.h"
#include "detection/entities.h"
#include "input/html_reader.h"
#include "detection/icu_breaks.h"
#include "detection/rule_pack.h"
#include "detection/word_segments.h"
#include "detection/spell_checker.h"
#include "validator_fixture.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

using namespace permitted;
using namespace permitted::test;

namespace {

QString describeAll(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QStringLiteral("%1@%2+%3").arg(f.ruleId).arg(f.start).arg(f.length);
    return out.join(QLatin1Char(' '));
}

const QStringList kMessages = {
    "Hello,\nThanks 🙂 for order 123-1234567-1234567. Call (415) 555-2671 or see http://shop.com.",
    "Bonjour,\nMerci pour votre commande 123-1234567-1234567. Écrivez à contact@boutique.fr !",
    "Hallo,\nIhre Bestellung {{order_id}} kommt zwei Tage später. Rufen Sie 030 12345678 an.",
    "Hola,\nSu pedido {{order_id}} llegará el lunes. Gracias por su paciencia.",
    "Buongiorno,\nil suo ordine {{order_id}} è stato spedito oggi con il corriere.",
};
const QStringList kLanguages = {"en", "fr", "de", "es", "it"};

} // namespace

class ValidatorTest : public QObject {
    Q_OBJECT
private slots:
    void sameFindingsFromManyThreads()
    {
        QStringList expected;
        for (int i = 0; i < kMessages.size(); ++i)
            expected << describeAll(check(kMessages[i], kLanguages[i]));
        QList<int> jobs;
        for (int round = 0; round < 40; ++round)
            for (int i = 0; i < kMessages.size(); ++i)
                jobs << i;
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        const QList<QString> results = QtConcurrent::blockingMapped(&pool, jobs, [](int i) {
            return describeAll(check(kMessages[i], kLanguages[i]));
        });
        for (int j = 0; j < jobs.size(); ++j)
            QCOMPARE(results[j], expected[jobs[j]]);
    }

    void loneSurrogatesAndControlCharacters()
    {
        QString text = QStringLiteral("Order 123-1234567-1234567 ");
        text += QChar(0xD83D);              // a high surrogate with nothing after it
        text += QStringLiteral(" then ");
        text += QChar(0xDE00);              // a low surrogate alone
        text += QStringLiteral(" \x01\x07 end 😀");
        const Findings found = check(text);
        const Findings emoji = only(found, "emoji");
        QCOMPARE(emoji.size(), 1);
        QCOMPARE(text.mid(emoji[0].start, emoji[0].length), QStringLiteral("😀"));
        for (const Finding &f : found)
            QVERIFY(f.start >= 0 && f.end() <= text.size());
    }

    void aHugePasteIsCheckedToTheEnd()
    {
        // 1 MB of ordinary text with one emoji at the very end.
        QString text;
        const QString sentence = QStringLiteral("The parcel with your lamp left our warehouse this morning. ");
        while (text.size() < 1024 * 1024)
            text += sentence;
        text += QStringLiteral("😀");
        const Findings found = check(text);
        const Findings emoji = only(found, "emoji");
        QCOMPARE(emoji.size(), 1);
        QCOMPARE(emoji[0].end(), int(text.size()));
        QCOMPARE(only(found, "message-length").size(), 1);
    }

    void deepHtmlIsRefusedNotParsed()
    {
        QString error;
        const QString deep = QStringLiteral("<div>").repeated(20000) + QStringLiteral("hello");
        QVERIFY(!readHtmlMessage(deep, &error));
        QVERIFY(error.contains(QStringLiteral("nested")));
        const auto ok = readHtmlMessage(QStringLiteral("<p>Hello <b>there<p>unclosed <a href='https://a.co/x'>link</a>"), &error);
        QVERIFY(ok);
        QCOMPARE(ok->body, QStringLiteral("Hello there\nunclosed link"));
        QCOMPARE(ok->links.size(), 1);
        QCOMPARE(ok->body.mid(ok->links[0].start, ok->links[0].length), QStringLiteral("link"));
    }

    void htmlLineBreaksCountAsLineBreaks()
    {
        QString error;
        const auto read = readHtmlMessage(QStringLiteral("<p>Hello</p><br><br><br><p>Your order {{order_id}}</p>"), &error);
        QVERIFY(read);
        Message m;
        m.body = read->body;
        m.channel = Channel::Html;
        QCOMPARE(only(validator().validate(m, MessageContext{}), "consecutive-line-breaks").size(), 1);
    }

    // Seeded random text made of the pieces that trouble text code: emoji and joiners, lone
    // surrogates, combining marks, right-to-left and CJK letters, digits and separators, links,
    // addresses, placeholders and markup. Every finding and every fix must stay inside the text.
    void randomTextNeverBreaksTheValidator()
    {
        const QStringList pieces = {
            "a", "The ", "order ", "é", "ß", "ı", "\u0301", "😀", "👍🏽", "👨\u200D👩\u200D👧", "\u200D", "\uFE0F",
            "\u20E3", "🇫🇷", "1", "7", "-", ".", ",", "!", "?", ":", ";", "(", ")", "\"", "'", "’", "«", " ", "  ", "\n",
            "\n\n\n", "\r\n", "\t", "\u00A0", "\u2029", "{{", "}}", "{{order_id}}", "{{x", "http://", "https://",
            "www.", ".com", "@", " at ", " dot ", "<b>", "&amp;", "<3", ":)", "^_^", "123-1234567-1234567",
            "+33 6 12 34 56 78", "مرحبا", "注文", "ありがとう", "а", "%", "€", "$",
        };
        QRandomGenerator random(20261123);
        const QStringList languages = {"en", "fr", "de", "es", "it"};
        for (int round = 0; round < 1000; ++round) {
            QString text;
            const int length = random.bounded(1, 120);
            for (int i = 0; i < length; ++i)
                text += pieces[random.bounded(int(pieces.size()))];
            if (random.bounded(10) == 0)
                text += QChar(char16_t(0xD800 + random.bounded(0x800)));   // a lone surrogate
            const QString language = languages[round % languages.size()];
            const Findings found = check(text, language, QString(), round % 2 ? MessageKind::Proactive : MessageKind::Reply);
            for (const Finding &f : found) {
                QVERIFY2(f.start >= 0 && f.length >= 0 && f.end() <= text.size(), qPrintable(f.ruleId + ": " + text));
                if (f.fix)
                    QVERIFY2(f.fix->start >= 0 && f.fix->start + f.fix->length <= text.size(), qPrintable(f.ruleId + " fix: " + text));
            }
        }
    }

    // Words are ICU's, with runs of plain ASCII words filled in without it (word_segments.h): the
    // result must be ICU's own, on every example text of every pack, on texts made to sit at the
    // edges of that shortcut, and on random text.
    void aDayBeforeAMonthEndsNoSentence()
    {
        const TextView dated(QStringLiteral("Bitte überdenken Sie Ihre Bewertung vom 3. März noch einmal. Danke!"), QStringLiteral("de"));
        QVERIFY(dated.sentence(0));
        QCOMPARE(dated.slice(*dated.sentence(0)).trimmed(), u"Bitte überdenken Sie Ihre Bewertung vom 3. März noch einmal.");
        // Without a month after it, the full stop after a number still ends the sentence.
        const TextView counted(QStringLiteral("Wir haben Teil 3. Dann folgt Teil 4."), QStringLiteral("de"));
        QVERIFY(counted.sentence(1));
        QCOMPARE(counted.slice(*counted.sentence(1)).trimmed(), u"Dann folgt Teil 4.");
    }

    void wordsAreIcusWords()
    {
        QStringList texts = {
            "plain words only", "  leading and trailing  ", "tab\tseparated\r\nlines\n\nand more",
            "don't stop", "e.g. this", "abc123 456 x7", "word \u0301mark", "word\u00A0nbsp word",
            "end.", "(bracketed words)", "a", "", " ", "🇫🇷🇩🇪 flags", "👍🏽 thumbs", "x\u200Dy z",
            "EU:n och USA:s", "ภาษาไทย and English", "注文 order 番号", "mixed ünïcödé words",
            "snake_case words", "\u00ADsoft hyphen", "Straße ÄÖÜ naïve 3×4 6÷2 µ ª º",
            "90's rock'n'roll l'adresse 1'000 x' 'quoted' a''b", "word, word. word! word? word; word: end.",
            "word.. word,, word.a 3.5 3, 4 x.y. e.g., (word) \"word\" word'", "10:30 a.m. 3,5 kg", "www.shop.com and mail@x.fr",
        };
        for (const QString &lang : validator().packLanguages()) {
            const LanguagePack &pack = *validator().pack(lang);
            for (const PackRule &rule : pack.rules)
                for (const auto *examples : {&rule.good, &rule.bad})
                    for (const RuleExample &ex : *examples)
                        texts << ex.text;
        }
        const QStringList pieces = {"word ", "Two ", "x", "1", " ", "  ", "\n", "\t", "\r\n", "'", ".", ",", "-", "!", "?", ";", "\"",
                                    "é", "ß", "×", "\u0301", "\u00A0", "😀", "\u200D", "🇫🇷", "注", "_", ":"};
        QRandomGenerator random(1123);
        for (int round = 0; round < 2000; ++round) {
            QString text;
            for (int i = random.bounded(1, 40); i > 0; --i)
                text += pieces[random.bounded(int(pieces.size()))];
            texts << text;
        }
        for (const QString &lang : {"en", "sv", "th"}) {
            for (const QString &text : std::as_const(texts)) {
                const std::vector<Range> fast = wordSegments(text, lang);
                const std::vector<Range> icu = icuSegments(text, lang, BreakKind::Word, true);
                QVERIFY2(fast.size() == icu.size()
                             && std::equal(fast.begin(), fast.end(), icu.begin(), [](Range a, Range b) {
                                    return a.start == b.start && a.end == b.end; }),
                         qPrintable(QStringLiteral("%1: \"%2\"").arg(lang, text)));
            }
        }
    }

    void aBrokenRulePackIsRefusedWithItsFileNamed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << "en/promotional.json" << QByteArray("{\"rule\": \"promotional\", ") << "invalid JSON";
        QTest::newRow("bad pattern") << "en/promotional.json"
            << QByteArray("{\"rule\": \"promotional\", \"patterns\": [\"use (the code\"]}") << "missing )";
        QTest::newRow("unknown rule") << "en/say-hello.json" << QByteArray("{\"rule\": \"say-hello\", \"patterns\": [\"hello\"]}")
            << "not a rule of rules.json";
        QTest::newRow("wrong file name") << "en/promo.json" << QByteArray("{\"rule\": \"promotional\", \"patterns\": [\"x\"]}")
            << "must name the file's rule";
        QTest::newRow("unclosed mark") << "en/promotional.json"
            << QByteArray("{\"rule\": \"promotional\", \"patterns\": [\"x\"], \"examples\": {\"bad\": [\"<m>x\"]}}") << "unclosed <m>";
        QTest::newRow("unknown key") << "en/promotional.json"
            << QByteArray("{\"rule\": \"promotional\", \"patterns\": [\"x\"], \"exeptions\": [\"y\"]}") << "unknown key \"exeptions\"";
        QTest::newRow("unknown key of an example") << "en/promotional.json"
            << QByteArray("{\"rule\": \"promotional\", \"patterns\": [\"x\"], \"examples\": {\"good\": [{\"text\": \"y\", \"knd\": \"reply\"}]}}")
            << "unknown key \"knd\"";
        QTest::newRow("unknown requirement") << "en/promotional.json"
            << QByteArray("{\"rule\": \"promotional\", \"patterns\": [\"x\"], \"requires\": [\"proactiv\"]}") << "unknown value \"proactiv\"";
        QTest::newRow("unknown key of a concept rule") << "concepts/promotional.json"
            << QByteArray("{\"rule\": \"promotional\", \"kind\": \"combination\", \"signals\": [{\"all\": [\"discount\"], \"negateable\": true}]}")
            << "unknown key \"negateable\"";
        QTest::newRow("unknown kind of concept rule") << "concepts/promotional.json"
            << QByteArray("{\"rule\": \"promotional\", \"kind\": \"phrase\"}") << "unknown kind \"phrase\"";
        QTest::newRow("unknown key of a lexicon") << "en/_concepts.json"
            << QByteArray("{\"language\": \"en\", \"stemmer\": \"english\", \"concept\": {}}") << "unknown key \"concept\"";
        QTest::newRow("bad shape") << "en/_concepts.json"
            << QByteArray("{\"language\": \"en\", \"stemmer\": \"english\", \"concepts\": {\"money\": [\"/(\\\\d+/\"]}}")
            << "is not a valid expression";
        QTest::newRow("window too wide") << "concepts/promotional.json"
            << QByteArray("{\"rule\": \"promotional\", \"kind\": \"combination\", \"signals\": [{\"all\": [\"discount\"], \"window\": 9}]}")
            << "\"window\" must be 0 to 3";
        QTest::newRow("title-case name of no concept") << "en/_concepts.json"
            << QByteArray("{\"language\": \"en\", \"stemmer\": \"english\", \"title_case_names\": [\"top-ratin\"], \"concepts\": {\"review\": [\"review\"]}}")
            << "\"top-ratin\" is no concept of this lexicon";
        // Text is matched word by word: a comma or a symbol in an entry would never match.
        QTest::newRow("punctuation in a lexicon entry") << "en/_concepts.json"
            << QByteArray("{\"language\": \"en\", \"stemmer\": \"english\", \"concepts\": {\"either\": [\"good, bad\"]}}")
            << "\"good, bad\" holds \",\"";
        QTest::newRow("symbol in a lexicon entry") << "en/_concepts.json"
            << QByteArray("{\"language\": \"en\", \"stemmer\": \"english\", \"concepts\": {\"discount\": [\"=%\"]}}")
            << "\"=%\" holds \"%\"";
        QTest::newRow("unknown stemmer") << "en/_concepts.json"
            << QByteArray("{\"language\": \"en\", \"stemmer\": \"klingon\", \"concepts\": {\"review\": [\"review\"]}}") << "no stemmer \"klingon\"";
    }
    void aBrokenRulePackIsRefusedWithItsFileNamed()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("en")));
        QVERIFY(QDir(dir.path()).mkpath(QFileInfo(file).path()));
        for (const char *shared : {"rules.json", "domains.json", "words.txt"})
            QVERIFY(QFile::copy(QStringLiteral(":/rules/") + QLatin1String(shared), dir.filePath(QLatin1String(shared))));
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QString error;
        QVERIFY(!Validator::create(ValidatorOptions{dir.path()}, &error));
        QVERIFY2(error.contains(QFileInfo(file).fileName()) && error.contains(reason), qPrintable(error));
    }

    // words.txt is part of the rules: without it "Amazon" was a misspelling in Spanish and Italian.
    void namesEveryLanguageWritesAlikeAreNotMisspelled()
    {
        QVERIFY(only(check(QStringLiteral("Puede devolverlo a través de Amazon."), "es"), "spelling").isEmpty());
        QVERIFY(only(check(QStringLiteral("Può restituirlo tramite Amazon."), "it"), "spelling").isEmpty());
        QTemporaryDir dir;
        for (const char *shared : {"rules.json", "domains.json"})
            QVERIFY(QFile::copy(QStringLiteral(":/rules/") + QLatin1String(shared), dir.filePath(QLatin1String(shared))));
        QString error;
        QVERIFY(!Validator::create(ValidatorOptions{dir.path()}, &error));
        QVERIFY2(error.contains(QStringLiteral("words.txt")), qPrintable(error));
    }

    void aMissingDictionaryMeansNoSpellingFindings()
    {
        QTemporaryDir empty;
        SpellChecker spelling({empty.path()}, QString());
        QVERIFY(!spelling.hasDictionary(QStringLiteral("en_US")));
        QVERIFY(spelling.isCorrect(QStringLiteral("en_US"), QStringLiteral("wrnogly")));
        // With the real dictionaries, the same word is flagged.
        QCOMPARE(only(check("The parcel is wrnogly labeled."), "spelling").size(), 1);
    }

    void userWordsAreRememberedAcrossStarts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("words.txt"));
        {
            SpellChecker spelling(ValidatorOptions{}.dictionaryDirs, path);
            QVERIFY(!spelling.isCorrect(QStringLiteral("en_US"), QStringLiteral("Lumenio")));
            QString error;
            QVERIFY2(spelling.addUserWord(QStringLiteral("Lumenio"), &error), qPrintable(error));
            QVERIFY(spelling.isCorrect(QStringLiteral("en_US"), QStringLiteral("Lumenio")));
        }
        SpellChecker again(ValidatorOptions{}.dictionaryDirs, path);
        QVERIFY(again.isCorrect(QStringLiteral("en_US"), QStringLiteral("Lumenio")));
    }

    void everyFixRepairsItsFinding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::newRow("emoji") << "Your order {{order_id}} ships today 🚚." << "emoji";
        QTest::newRow("http") << "Your order {{order_id}}: see http://www.amazon.com/returns." << "insecure-link";
        QTest::newRow("blank lines") << "Hello,\n\n\n\nYour order {{order_id}} ships today." << "consecutive-line-breaks";
        QTest::newRow("order ID") << "Hello,\nYour parcel ships today." << "missing-order-id";
        QTest::newRow("repeated word") << "Your order {{order_id}} ships the the same day." << "grammar";
        QTest::newRow("html tag") << "Your order {{order_id}} ships <b>today</b>." << "html-in-text";
        QTest::newRow("e-mail address") << "Your order {{order_id}} ships today. Write to help@lumen-home.com." << "email-address";
        QTest::newRow("phone number") << "Your order {{order_id}} ships today.\nCall us at (212) 736-5000 with any question." << "phone-number";
        QTest::newRow("review for a gift") << "Hello,\nYour order {{order_id}} arrived.\nLeave a 5-star review and we will send you a free gift!\nBest regards"
                                           << "review-incentive";
        QTest::newRow("positive reviews only") << "Hello,\nYour order {{order_id}} arrived.\nIf you love the lamp, we would be grateful for a positive review.\nThanks"
                                               << "review-positive-only";
        QTest::newRow("own website") << "Hello,\nYour order {{order_id}} ships today. Next time, order directly on our website and save 10%.\nThanks"
                                     << "off-amazon";
        QTest::newRow("new collection") << "Hello,\nYour order {{order_id}} ships today. Check out our new spring collection!\nThanks"
                                        << "promotional";
    }
    void everyFixRepairsItsFinding()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        Findings found = only(check(text, "en", "US", MessageKind::Proactive), rule);
        QVERIFY(!found.isEmpty());
        // Apply the fixes from the end, so earlier offsets stay valid.
        for (int i = int(found.size()) - 1; i >= 0; --i) {
            QVERIFY2(found[i].fix, qPrintable(rule));
            text = applyFix(text, found[i]);
        }
        QVERIFY2(only(check(text, "en", "US", MessageKind::Proactive), rule).isEmpty(), qPrintable(text));
    }

    // A sentence fix must not put the message in breach of another rule: each neutral sentence a
    // pack offers, alone in a polite proactive message, is clean.
    void neutralSentencesBreakNoRule()
    {
        for (const QString &language : {"en", "fr", "de", "es", "it"}) {
            const LanguagePack *pack = validator().pack(language);
            QVERIFY(pack);
            for (const PackRule &rule : pack->rules) {
                if (!rule.sentenceFix || rule.sentenceFix->isEmpty())
                    continue;
                Message m;
                m.body = QStringLiteral("123-1234567-1234567\n%1").arg(*rule.sentenceFix);
                MessageContext c;
                c.language = language;
                c.marketplace = pack->defaultMarketplace;
                c.kind = MessageKind::Proactive;
                c.reason = QStringLiteral("request-review");
                c.today = QDate(2026, 1, 15);
                Findings found = validator().validate(m, c);
                // The purpose rules judge the whole message, which here is the sentence alone.
                found.removeIf([](const Finding &f) {
                    return f.severity == Severity::Suggestion || f.ruleId == QLatin1String("thank-you-only")
                           || f.ruleId == QLatin1String("order-confirmation");
                });
                QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1/%2: %3").arg(language, rule.id, rangesOf(m.body, found))));
            }
        }
    }

    void contextRules()
    {
        Message m;
        m.body = QStringLiteral("Your order {{order_id}} has a two-day delay.");
        MessageContext c;
        c.kind = MessageKind::Proactive;
        c.today = QDate(2026, 1, 15);
        c.orderCompleted = QDate(2025, 12, 1);
        QCOMPARE(only(validator().validate(m, c), "outside-window").size(), 1);
        c.orderCompleted = QDate(2025, 12, 20);
        QVERIFY(only(validator().validate(m, c), "outside-window").isEmpty());

        c.reason = QStringLiteral("request-review");
        c.reviewAlreadyRequested = true;
        QCOMPARE(only(validator().validate(m, c), "review-repeat").size(), 1);

        // A reply about a product may come before any order: no order ID to ask for.
        m.body = QStringLiteral("Hello,\nThe lamp runs on four AA batteries.");
        c.kind = MessageKind::Reply;
        c.reason.clear();
        QCOMPARE(only(validator().validate(m, c), "missing-order-id").size(), 1);
        c.reason = QStringLiteral("reply-product-question");
        QVERIFY(only(validator().validate(m, c), "missing-order-id").isEmpty());
        c.kind = MessageKind::Proactive;

        c.reason = QStringLiteral("digital-access-key");
        m.body = QStringLiteral("Your order {{order_id}}: ") + QStringLiteral("key ").repeated(120);
        QCOMPARE(only(validator().validate(m, c), "message-length").size(), 1);
    }

    void placeholders()
    {
        Message m;
        m.body = QStringLiteral("Hello {{buyer_name}}, order {{order_id}} ships on {{ship_day}}.");
        MessageContext c;
        Findings found = validator().validate(m, c);
        QCOMPARE(only(found, "unknown-placeholder").size(), 1);
        QVERIFY(only(found, "unfilled-placeholder").isEmpty());
        c.stage = Stage::Sending;
        QCOMPARE(only(validator().validate(m, c), "unfilled-placeholder").size(), 2);
        c.stage = Stage::Draft;
        c.sourcePlaceholders = QSet<QString>{"buyer_name", "order_id", "tracking_url"};
        found = only(validator().validate(m, c), "placeholder-mismatch");
        QCOMPARE(found.size(), 1);   // lacks tracking_url; ship_day is unknown, not a mismatch
        QVERIFY(found[0].noteArgs.join(' ').contains(QStringLiteral("{{tracking_url}}")));
    }

    // Placeholders pasted from other tools are placeholders: not words, not links, and the
    // order ID when they name it; each gets our form as a fix where its name says which.
    void otherToolsPlaceholders_data()
    {
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<QString>("ours");
        QTest::newRow("square brackets") << "[Order ID]" << "{{order_id}}";
        QTest::newRow("dollar braces") << "${order.amazon_order_id}" << "{{order_id}}";
        QTest::newRow("double square brackets") << "[[order-id]]" << "{{order_id}}";
        QTest::newRow("percent signs") << "%order-id%" << "{{order_id}}";
        QTest::newRow("double percent signs") << "%%buyer_first_name%%" << "{{buyer_name}}";
        QTest::newRow("blade") << "{{ $orderNumber }}" << "{{order_id}}";
        QTest::newRow("smarty") << "{$OrderId}" << "{{order_id}}";
        QTest::newRow("erb") << "<%= order %>" << "{{order_id}}";
        QTest::newRow("hashes") << "#ORDER_ID#" << "{{order_id}}";
        QTest::newRow("mailchimp") << "*|FNAME|*" << "{{buyer_name}}";
        QTest::newRow("tracking link") << "[tracking-link]" << "{{tracking_url}}";
        QTest::newRow("an order ID to fill in") << "XXX-XXXXXXX-XXXXXXX" << "{{order_id}}";
    }
    void otherToolsPlaceholders()
    {
        QFETCH(QString, placeholder);
        QFETCH(QString, ours);
        const QString body = QStringLiteral("Hello, your parcel for %1 left our warehouse today.").arg(placeholder);
        const Findings found = check(body, QStringLiteral("en"), QString(), MessageKind::Proactive);
        const Findings suggestion = only(found, "foreign-placeholder");
        QCOMPARE(suggestion.size(), 1);
        QCOMPARE(body.mid(suggestion[0].start, suggestion[0].length), placeholder);
        QVERIFY(suggestion[0].fix);
        QCOMPARE(suggestion[0].fix->replacement, ours);
        // The advice names our placeholder, with no "%2" left in it.
        const QString advice = validator().catalog().explain(suggestion[0], QStringLiteral("en")).instead;
        QVERIFY2(advice.contains(ours) && !advice.contains(QLatin1Char('%')), qPrintable(advice));
        QVERIFY2(only(found, "spelling").isEmpty() && only(found, "external-link").isEmpty()
                     && only(found, "html-in-text").isEmpty() && only(found, "unknown-placeholder").isEmpty(),
                 qPrintable(describeAll(found)));
        // Only one that names the order ID stands for it.
        QCOMPARE(only(found, "missing-order-id").isEmpty(), ours == QLatin1String("{{order_id}}"));
    }

    // "xxx", the blank of a template filled by hand, is a placeholder, not adult content.
    void aBlankToFillIsAPlaceholder()
    {
        const Findings found = check(QStringLiteral("Dear xxx,\nyour parcel left our warehouse today.\nxxx Customer Service"));
        QCOMPARE(only(found, "foreign-placeholder").size(), 2);
        QVERIFY2(only(found, "sensitive-content").isEmpty() && only(found, "spelling").isEmpty(), qPrintable(describeAll(found)));
    }

    // "[Important]" in a subject is a label for subject-important to judge, not a placeholder.
    void aBracketedSubjectIsNoPlaceholder()
    {
        Message m;
        m.subject = QStringLiteral("[Important] Your order");
        m.body = QStringLiteral("Your order {{order_id}} ships tomorrow.");
        const Findings found = validator().validate(m, MessageContext{});
        QVERIFY(only(found, "foreign-placeholder").isEmpty());
        QCOMPARE(only(found, "subject-important").size(), 1);
    }

    // A message in another language is one finding, not a misspelling per word.
    void aMessageInAnotherLanguageIsOneFinding()
    {
        const QString portuguese = QStringLiteral(
            "Olá, escrevemos a propósito da sua encomenda. Como se trata de um artigo volumoso, a "
            "transportadora precisa de marcar a entrega consigo. Poderia indicar qual o dia que lhe dá mais jeito?");
        const Findings found = check(portuguese, QStringLiteral("es"));
        const Findings mismatch = only(found, "language-mismatch");
        QCOMPARE(mismatch.size(), 1);
        // The language is named in the reader's language.
        const RuleCatalog &catalog = validator().catalog();
        QVERIFY2(catalog.explain(mismatch[0], QStringLiteral("en")).why.contains(QStringLiteral("Portuguese")),
                 qPrintable(catalog.explain(mismatch[0], QStringLiteral("en")).why));
        QVERIFY2(catalog.explain(mismatch[0], QStringLiteral("fr")).why.contains(QStringLiteral("portugais")),
                 qPrintable(catalog.explain(mismatch[0], QStringLiteral("fr")).why));
        QVERIFY2(only(found, "spelling").isEmpty(), qPrintable(describeAll(found)));
        // Nor is it held to the grammar of the buyer's language: English wants "an" before a
        // vowel, Portuguese writes "a entrega".
        const Findings toEnglish = check(portuguese, QStringLiteral("en"));
        QCOMPARE(only(toEnglish, "language-mismatch").size(), 1);
        QVERIFY2(only(toEnglish, "grammar").isEmpty(), qPrintable(describeAll(toEnglish)));
        // Close languages on a short text: Spanish is not taken for Galician.
        QVERIFY(only(check(QStringLiteral("El botón está en la parte trasera; manténgalo pulsado cinco segundos."),
                           QStringLiteral("es")), "language-mismatch").isEmpty());
    }

    // A buyer language without rules of its own says which checks did not run.
    void aLanguageWithoutContentRulesSaysSo()
    {
        const Findings dutch = check(QStringLiteral("Gebruik de code KORTING10 voor 10% korting op uw volgende bestelling."),
                                     QStringLiteral("nl"));
        const Findings unchecked = only(dutch, "unchecked-language");
        QCOMPARE(unchecked.size(), 1);
        QCOMPARE(unchecked[0].severity, Severity::Warning);
        QVERIFY(validator().catalog().explain(unchecked[0], QStringLiteral("en")).why.contains(QStringLiteral("Dutch")));
        QVERIFY(validator().catalog().explain(unchecked[0], QStringLiteral("de")).why.contains(QStringLiteral("Niederländisch")));
        QVERIFY(unchecked[0].noteArgs.value(1).split(QStringLiteral(", ")).contains(QStringLiteral("promotional")));
        QVERIFY(only(check(QStringLiteral("Your order ships today."), QStringLiteral("en")), "unchecked-language").isEmpty());
    }

    // The slots a template fills: braces doubled, spaces allowed inside, a name of ASCII letters,
    // digits and "_".
    void placeholderSlots()
    {
        const QString text = QStringLiteral("{{ order_id }} {{{x}} {{}} {{bad name}} {{y} {{ship_day}}");
        QStringList found;
        for (const Placeholder &p : findPlaceholders(TextView(text, QStringLiteral("en"))))
            found << QStringLiteral("%1=%2").arg(text.mid(p.range.start, p.range.length()), p.name);
        QCOMPARE(found, QStringList({"{{ order_id }}=order_id", "{{x}}=x", "{{}}=", "{{ship_day}}=ship_day"}));
    }

    // The spelling check walks the entities in step with the words; it must agree with the search.
    void entityCursorAgreesWithCovers()
    {
        const QString text = QStringLiteral("Mail me@shop.fr or see https://a.co/x?q=me@shop.fr, order {{order_id}} "
                                            "and 123-1234567-1234567 today, www.shop.com.");
        const TextView view(text, QStringLiteral("en"));
        QString error;
        const auto domains = DomainPolicy::load(QStringLiteral(":/rules"), &error);
        QVERIFY2(domains, qPrintable(error));
        const Entities entities = findEntities(view, *domains);
        QVERIFY(entities.all.size() >= 5);
        EntityCursor cursor(entities);
        for (int start = 0; start < text.size(); ++start) {
            const Range r{start, start + 1};
            const bool overlapsOne = std::any_of(entities.all.begin(), entities.all.end(),
                                                 [&](const Range &e) { return e.overlaps(r); });
            QCOMPARE(entities.covers(r), overlapsOne);
            QCOMPARE(cursor.covers(r), overlapsOne);
        }
    }

    // A dictionary asked for ahead that is not installed is no error: spelling goes unchecked.
    void aMissingDictionaryToPreloadIsNoError()
    {
        ValidatorOptions options;
        options.preloadDictionaries = {QStringLiteral("xx_XX"), QStringLiteral("en_US")};
        QString error;
        const auto v = Validator::create(options, &error);
        QVERIFY2(v, qPrintable(error));
        QVERIFY(!v->spelling().hasDictionary(QStringLiteral("xx_XX")));
        QVERIFY(v->spelling().hasDictionary(QStringLiteral("en_US")));
    }

    void attachments()
    {
        Message m;
        m.body = QStringLiteral("Your invoice for order {{order_id}} is attached.");
        MessageContext c;
        c.reason = QStringLiteral("send-invoice");
        m.attachments = {{"invoice.pdf", 120000}};
        QVERIFY(only(validator().validate(m, c), "attachment-type").isEmpty());
        m.attachments = {{"invoice.exe", 1000}};
        QCOMPARE(only(validator().validate(m, c), "attachment-type").size(), 1);
        m.attachments = {{"a.pdf", 1}, {"b.pdf", 1}, {"c.pdf", 1}, {"d.pdf", 1}, {"e.pdf", 1}, {"f.pdf", 1}};
        QCOMPARE(only(validator().validate(m, c), "attachment-type").size(), 1);
        m.attachments = {{"scan.pdf", 11 * 1024 * 1024}};
        QCOMPARE(only(validator().validate(m, c), "attachment-type").size(), 1);
        c.reason = QStringLiteral("unexpected-problem");
        m.attachments = {{"photo.jpg", 1000}};
        QCOMPARE(only(validator().validate(m, c), "attachment-type").size(), 1);
    }

    void htmlInText()
    {
        const QString text = QStringLiteral("Your order is <b>late</b> &amp; we are sorry; 3 < 5 and <3 are fine.");
        const Findings found = only(check(text), "html-in-text");
        QCOMPARE(found.size(), 3);
    }
};

QTEST_GUILESS_MAIN(ValidatorTest)
#include "tst_validator.moc"
