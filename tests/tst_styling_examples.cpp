// The styling rules of the HTML channel against their examples, read as permitted-check reads an
// HTML file: a bad example fires its rule, its fixes (when mechanical) repair it, a good example
// never fires it. Every styling rule of the catalogue has examples.

#include "detection/styling_examples.h"
#include "detection/validator.h"
#include "editing/message_edit.h"
#include "input/html_reader.h"
#include "output/html_writer.h"

#include <QtTest>

using namespace permitted;

namespace {

Findings ofRule(const Findings &all, const QString &rule)
{
    Findings out;
    for (const Finding &f : all)
        if (f.ruleId == rule)
            out.append(f);
    return out;
}

QString rulesRoot()
{
    const QString dir = qEnvironmentVariable("PERMITTED_RULES_DIR");
    return dir.isEmpty() ? QStringLiteral(":/rules") : dir;
}

} // namespace

class StylingExamples : public QObject {
    Q_OBJECT
    std::unique_ptr<Validator> validator;
    QList<StylingExample> examples;

    Message read(const QString &html)
    {
        QString error;
        const auto m = readHtmlMessage(html, &error);
        if (!m)
            qFatal("%s", qPrintable(error));
        return *m;
    }

private slots:
    void initTestCase()
    {
        QString error;
        validator = Validator::create(ValidatorOptions{}, &error);
        QVERIFY2(validator, qPrintable(error));
        const auto loaded = loadStylingExamples(rulesRoot(), &error);
        QVERIFY2(loaded, qPrintable(error));
        examples = *loaded;
    }

    void everyStylingRuleHasExamples()
    {
        for (const RuleInfo &rule : validator->catalog().rules()) {
            if (rule.channel != Channel::Html || rule.id == QLatin1String("link-text"))   // link-text: each language's pack
                continue;
            int bad = 0, good = 0;
            for (const StylingExample &e : examples)
                if (e.rule == rule.id)
                    (e.bad ? bad : good)++;
            QVERIFY2(bad >= 2 && good >= 2, qPrintable(QStringLiteral("%1: %2 bad and %3 good examples").arg(rule.id).arg(bad).arg(good)));
        }
        for (const StylingExample &e : examples)
            QVERIFY2(validator->catalog().find(e.rule), qPrintable(e.rule));
    }

    void everyExample_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < examples.size(); ++i)
            QTest::addRow("%s/%s#%d", qPrintable(examples[i].rule), examples[i].bad ? "bad" : "good", i) << i;
    }
    void everyExample()
    {
        QFETCH(int, index);
        const StylingExample &e = examples[index];
        const MessageContext context;
        Message message = read(e.html);
        const Findings found = ofRule(validator->validate(message, context), e.rule);
        if (!e.bad) {
            QVERIFY2(found.isEmpty(), qPrintable(e.html));
            return;
        }
        QVERIFY2(!found.isEmpty(), qPrintable(e.html));
        for (const Finding &f : found)
            QVERIFY2(f.start >= 0 && f.end() <= message.body.size(), qPrintable(e.html));
        if (!e.fixable)
            return;
        // Fixes from the last to the first, so that a removal does not move the next one.
        Findings ordered = found;
        std::sort(ordered.begin(), ordered.end(), [](const Finding &a, const Finding &b) { return a.start > b.start; });
        for (const Finding &f : ordered) {
            QVERIFY2(f.fix, qPrintable(QStringLiteral("no fix: ") + e.html));
            QVERIFY2(applyFix(message, f.part, *f.fix), qPrintable(e.html));
        }
        const Findings after = ofRule(validator->validate(message, context), e.rule);
        QVERIFY2(after.isEmpty(), qPrintable(QStringLiteral("still fires after its fixes: ") + e.html));
    }

    // What the HTML writer writes (the copy, the saved draft) reads back as the same message:
    // the same findings, at the same places.
    void theWrittenHtmlReadsBackAsTheSameMessage_data() { everyExample_data(); }
    void theWrittenHtmlReadsBackAsTheSameMessage()
    {
        QFETCH(int, index);
        const Message first = read(examples[index].html);
        const QString written = writeHtmlMessage(first);
        const Message second = read(written);
        QCOMPARE(second.body, first.body);
        auto described = [](const Findings &all) {
            QStringList out;
            for (const Finding &f : all)
                out << QStringLiteral("%1 [%2,%3)").arg(f.ruleId).arg(f.start).arg(f.end());
            return out;
        };
        QCOMPARE(described(validator->validate(second, MessageContext{})), described(validator->validate(first, MessageContext{})));
    }

    // A picture in the text channel cannot travel; a link behind a word loses its address.
    void theTextChannelSaysWhatItLoses()
    {
        Message m = read(QStringLiteral("<p>Return <a href='https://www.amazon.com/returns'>here</a>.<img src='https://m.media-amazon.com/a.png' width='10' alt='a'></p>"));
        m.channel = Channel::Text;
        const Findings found = ofRule(validator->validate(m, MessageContext{}), QStringLiteral("html-in-text"));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].note, QStringLiteral("hidden-link"));
        QCOMPARE(found[1].note, QStringLiteral("picture"));
        for (const Finding &f : validator->validate(m, MessageContext{}))
            QVERIFY2(validator->catalog().find(f.ruleId)->channel == Channel::Text, qPrintable(f.ruleId));
    }

    // An address behind a word is judged like one written out.
    void linksBehindWordsAreChecked()
    {
        const Message m = read(QStringLiteral("<p>Pour un code promo, <a href='http://mystore-deals.com/coupon'>cliquez</a>. "
                                              "Ou <a href='mailto:shop@example.com'>écrivez-nous</a>.</p>"));
        const Findings all = validator->validate(m, MessageContext{});
        QCOMPARE(ofRule(all, QStringLiteral("insecure-link")).size(), 1);
        QCOMPARE(ofRule(all, QStringLiteral("external-link")).size(), 1);
        QCOMPARE(ofRule(all, QStringLiteral("email-address")).size(), 1);
        const Finding link = ofRule(all, QStringLiteral("insecure-link")).front();
        QCOMPARE(m.body.mid(link.start, link.length), QStringLiteral("cliquez"));
    }
};

QTEST_GUILESS_MAIN(StylingExamples)
#include "tst_styling_examples.moc"
