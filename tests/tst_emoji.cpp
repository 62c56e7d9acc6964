// The emoji rule against the Unicode emoji test file: every sequence in it is flagged, exactly
// where it stands; the signs and notations sellers use every day are not; ASCII emoticons and
// kaomoji are.

#include "validator_fixture.h"

using namespace permitted;
using namespace permitted::test;

namespace {
const QString kEmojiTestFile = QStringLiteral("/usr/share/unicode/emoji/emoji-test.txt");
}

class EmojiRule : public QObject {
    Q_OBJECT
private slots:
    void everySequenceOfTheUnicodeTestFileIsFlagged()
    {
        QFile file(kEmojiTestFile);
        QVERIFY2(file.open(QIODevice::ReadOnly), "emoji-test.txt missing: install unicode-data");
        int sequences = 0;
        QStringList missed;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QString codes = line.section(QLatin1Char(';'), 0, 0).trimmed();
            const QString status = line.section(QLatin1Char(';'), 1).section(QLatin1Char('#'), 0, 0).trimmed();
            QString sequence;
            for (const QString &hex : codes.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const char32_t cp = char32_t(hex.toUInt(nullptr, 16));
                sequence += QString::fromUcs4(&cp, 1);
            }
            // ©, ® and ™ without U+FE0F are the text signs (RULES.md: not flagged); the test file
            // lists them as "unqualified" emoji.
            if (status == QLatin1String("unqualified") && (codes == QLatin1String("00A9") || codes == QLatin1String("00AE") || codes == QLatin1String("2122")))
                continue;
            ++sequences;
            const QString text = QStringLiteral("Your parcel ") + sequence + QStringLiteral(" is on its way.");
            const Findings found = only(check(text), QStringLiteral("emoji"));
            const bool exact = found.size() == 1 && found[0].start == 12 && found[0].length == sequence.size();
            if (!exact)
                missed << QStringLiteral("%1 (%2): %3").arg(codes, status, rangesOf(text, found));
        }
        QVERIFY2(sequences > 4000, qPrintable(QStringLiteral("only %1 sequences read").arg(sequences)));
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("%1 of %2 sequences not flagged exactly:\n").arg(missed.size()).arg(sequences)
                                              + missed.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void ordinarySignsAreNotEmoji_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("copyright") << "© 2025 Lumen Home. All rights reserved.";
        QTest::newRow("registered") << "The Lumen® lamp comes with two bulbs.";
        QTest::newRow("trade mark") << "Cosy™ blankets are machine washable.";
        QTest::newRow("digits") << "Your order of 3 items weighs 12 kg.";
        QTest::newRow("hash") << "Please quote ticket #4521 when you reply.";
        QTest::newRow("asterisk") << "Prices include VAT*. *Except for Northern Ireland.";
        QTest::newRow("clock time") << "The courier comes between 10:30 and 12:00.";
        QTest::newRow("ratio") << "Mix the cleaner with water at 1:10 or 3:2 for stains.";
        QTest::newRow("url") << "Track it at https://www.amazon.com/gp/your-account/order-history?ref=ppx:1";
        QTest::newRow("list markers") << "Please tell us:\na) the colour\nb) the size\n8) the engraving";
        QTest::newRow("parenthesis") << "The cover (blue) ships separately (see the invoice).";
        QTest::newRow("arrows and dashes") << "Step 1 - open the box; step 2 - remove the foam.";
        QTest::newRow("XD after a name in capitals") << "Which freehub does your wheel take:\na) Shimano Microspline\nb) SRAM XD";
    }
    void ordinarySignsAreNotEmoji()
    {
        QFETCH(QString, text);
        const Findings found = only(check(text), QStringLiteral("emoji"));
        QVERIFY2(found.isEmpty(), qPrintable(rangesOf(text, found)));
    }

    void emoticonsAndKaomojiAreFlagged_data()
    {
        QTest::addColumn<QString>("face");
        for (const char *face : {":-)", ":)", ";)", ";-)", ":D", ":-D", ":P", ":(", ":-(", "<3", "xD", "XD",
                                 "^_^", "^^", "-_-", "o_O", ":'(", "=)", "(^_^)", "(╯°□°)╯︵ ┻━┻",
                                 "¯\\_(ツ)_/¯", "ʕ•ᴥ•ʔ", "(◕‿◕)"})
            QTest::newRow(face) << QString::fromUtf8(face);
    }
    void emoticonsAndKaomojiAreFlagged()
    {
        QFETCH(QString, face);
        const QString text = QStringLiteral("Thanks for waiting ") + face + QStringLiteral(" see you soon.");
        const Findings found = only(check(text), QStringLiteral("emoji"));
        QVERIFY2(found.size() == 1 && found[0].start == 19 && found[0].length == face.size(),
                 qPrintable(rangesOf(text, found)));
    }

    void theFixRemovesTheEmojiAndOneSpace()
    {
        const QString text = QStringLiteral("Thanks 🙂 see you");
        const Findings found = only(check(text), QStringLiteral("emoji"));
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].fix);
        QCOMPARE(applyFix(text, found[0]), QStringLiteral("Thanks see you"));
    }

    void subjectsAreCheckedToo()
    {
        Message m;
        m.subject = QStringLiteral("Your order 📦");
        m.body = QStringLiteral("Your order {{order_id}} has a delay of two days.");
        const Findings found = only(validator().validate(m, MessageContext{}), QStringLiteral("emoji"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].part, Part::Subject);
    }
};

QTEST_GUILESS_MAIN(EmojiRule)
#include "tst_emoji.moc"
