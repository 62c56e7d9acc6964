// Every example of every rule of every language pack is a test: a bad example must make its
// rule fire exactly at the places marked <m>...</m> (once, for an example without marks), and a
// good example must not make it fire at all. The whole validator runs on each example, so rules
// written in code are held to their examples as much as rules written as patterns.
//
// PERMITTED_RULES_DIR points the test at a rules folder on disk (default: the built-in rules);
// PERMITTED_TEST_LANG limits it to one language.

#include "example_context.h"
#include "detection/rule_pack.h"
#include "detection/byte_alphabet.h"
#include "detection/word_edge_guard.h"
#include "detection/validator.h"

#include <QtTest>

using namespace permitted;

namespace {

QString rulesRoot()
{
    const QString dir = qEnvironmentVariable("PERMITTED_RULES_DIR");
    return dir.isEmpty() ? QStringLiteral(":/rules") : dir;
}

QString show(const QString &text, int start, int length)
{
    return QStringLiteral("[%1,%2) \"%3\"").arg(start).arg(start + length).arg(text.mid(start, length));
}

// The rules every pack of the first five languages must have, with the examples to prove them.
const QStringList kRequiredRules = {
    "promotional", "review-incentive", "review-positive-only", "review-change-request", "review-repeat",
    "thank-you-only", "order-confirmation", "cancel-request", "off-amazon", "opt-out-link",
    "sensitive-content", "link-text", "grammar", "subject-important",
    // rules written in code, whose examples differ by language
    "phone-number", "email-address", "missing-order-id", "spelling", "language-mismatch",
};
const QStringList kFirstLanguages = {"en", "fr", "de", "es", "it"};
constexpr int kMinExamples = 8;

} // namespace

class RuleExamples : public QObject {
    Q_OBJECT
    std::unique_ptr<Validator> validator;

    void addRows(bool bad)
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("index");
        const QString only = qEnvironmentVariable("PERMITTED_TEST_LANG");
        for (const QString &lang : validator->packLanguages()) {
            if (!only.isEmpty() && lang != only)
                continue;
            for (const PackRule &rule : validator->pack(lang)->rules) {
                const auto &list = bad ? rule.bad : rule.good;
                for (int i = 0; i < list.size(); ++i)
                    QTest::addRow("%s/%s/%s#%d", qPrintable(lang), qPrintable(rule.id), bad ? "bad" : "good", i + 1)
                        << lang << rule.id << i;
            }
        }
    }

    Findings run(const QString &lang, const PackRule &rule, const RuleExample &ex, QList<Finding> *all = nullptr)
    {
        const LanguagePack &pack = *validator->pack(lang);
        const Findings findings = validator->validate(test::exampleMessage(ex), test::exampleContext(ex, pack));
        if (all)
            *all = findings;
        Findings mine;
        for (const Finding &f : findings)
            if (f.ruleId == rule.id)
                mine.append(f);
        return mine;
    }

private slots:
    void initTestCase()
    {
        QString error;
        validator = Validator::create(ValidatorOptions{rulesRoot()}, &error);
        QVERIFY2(validator, qPrintable(error));
    }

    void everyLanguageHasEveryRule_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &lang : kFirstLanguages)
            QTest::newRow(qPrintable(lang)) << lang;
    }

    void everyLanguageHasEveryRule()
    {
        QFETCH(QString, language);
        const QString only = qEnvironmentVariable("PERMITTED_TEST_LANG");
        if (!only.isEmpty() && only != language)
            QSKIP("another language was asked for");
        const LanguagePack *pack = validator->pack(language);
        QVERIFY2(pack, qPrintable(QStringLiteral("no rule pack for %1").arg(language)));
        for (const QString &id : kRequiredRules)
            QVERIFY2(pack->rule(id), qPrintable(QStringLiteral("%1 has no %2.json").arg(language, id)));
    }

    // One identity per rule: every rule a check may report is in the catalogue, and every rule
    // of the catalogue, in either channel, has a check.
    void everyRuleHasACheckAndEveryCheckARule()
    {
        const QSet<QString> emittable = validator->emittableRules();
        for (const QString &id : emittable)
            QVERIFY2(validator->catalog().find(id), qPrintable(QStringLiteral("%1 is reported but not in rules.json").arg(id)));
        for (const RuleInfo &rule : validator->catalog().rules())
            QVERIFY2(emittable.contains(rule.id), qPrintable(QStringLiteral("no check reports %1").arg(rule.id)));
    }

    // What the checks really report, on every example of every language: rules of the catalogue,
    // each registered with the check that reports it.
    void everyReportedRuleIsRegistered()
    {
        const QSet<QString> emittable = validator->emittableRules();
        for (const QString &lang : validator->packLanguages()) {
            const LanguagePack &pack = *validator->pack(lang);
            for (const PackRule &rule : pack.rules)
                for (const auto *list : {&rule.bad, &rule.good})
                    for (const RuleExample &ex : *list)
                        for (const Finding &f : validator->validate(test::exampleMessage(ex), test::exampleContext(ex, pack)))
                            QVERIFY2(emittable.contains(f.ruleId), qPrintable(QStringLiteral("%1 reported on \"%2\"").arg(f.ruleId, ex.text)));
        }
    }

    void everyRuleHasEnoughExamples_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("rule");
        const QString only = qEnvironmentVariable("PERMITTED_TEST_LANG");
        for (const QString &lang : validator->packLanguages())
            if (only.isEmpty() || lang == only)
                for (const PackRule &rule : validator->pack(lang)->rules)
                    QTest::addRow("%s/%s", qPrintable(lang), qPrintable(rule.id)) << lang << rule.id;
    }
    void everyRuleHasEnoughExamples()
    {
        QFETCH(QString, language);
        QFETCH(QString, rule);
        const PackRule *r = validator->pack(language)->rule(rule);
        QVERIFY2(r->bad.size() >= kMinExamples && r->good.size() >= kMinExamples,
                 qPrintable(QStringLiteral("%1 has %2 bad and %3 good examples; %4 of each are needed")
                                .arg(r->file).arg(r->bad.size()).arg(r->good.size()).arg(kMinExamples)));
        if (r->kind == PackRuleKind::Phrase) {
            for (const RuleExample &ex : r->bad)
                QVERIFY2(!ex.marks.isEmpty(),
                         qPrintable(QStringLiteral("%1: bad example \"%2\" marks no place with <m>").arg(r->file, ex.text)));
        }
    }

    // Patterns run in a one-byte alphabet (byte_alphabet.h): a symbol a pattern names must have a
    // byte of its own there, or "★" would also match an emoji.
    void everySymbolOfAPatternHasItsOwnByte()
    {
        for (const QString &lang : validator->packLanguages()) {
            const LanguagePack &pack = *validator->pack(lang);
            std::vector<const PackPattern *> all;
            for (const auto *list : {&pack.greetings, &pack.serviceLines, &pack.orderWords, &pack.referenceWords})
                for (const PackPattern &p : *list)
                    all.push_back(&p);
            for (const PackRule &rule : pack.rules)
                for (const auto *list : {&rule.patterns, &rule.exceptions})
                    for (const PackPattern &p : *list)
                        all.push_back(&p);
            for (const PackPattern *p : all)
                for (QChar c : p->re->source())
                    if (c.unicode() >= 0x100 && !c.isLetterOrNumber())
                        QVERIFY2(toByteAlphabet(QString(c)) != "\x1A",
                                 qPrintable(QStringLiteral("%1: %2 in %3").arg(lang, QString(c), p->re->source())));
        }
        // And text outside the named symbols stays apart from them.
        const std::string bytes = toByteAlphabet(QStringLiteral("★\U0001F389"));
        QCOMPARE(bytes.size(), size_t(3));
        QVERIFY(bytes[0] != '\x1A');
        QCOMPARE(bytes.substr(1), std::string("\x1A\x1A"));
    }

    // A pattern gets RE2's \b at an edge only where it surely has an ASCII letter there: \b
    // after "é" would refuse "enculée " itself.
    void wordEdgeGuards_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("guarded");
        QTest::newRow("letters") << "an\\s+[bcd]\\pL*" << "\\b(?:an\\s+[bcd]\\pL*)";
        QTest::newRow("optional ending") << "cons?" << "\\b(?:cons?)\\b";
        QTest::newRow("named group") << "(?P<m>a)\\s+hour" << "\\b(?:(?P<m>a)\\s+hour)\\b";
        QTest::newRow("optional start") << "a?b" << "\\b(?:a?b)\\b";
        QTest::newRow("may start with a digit") << "a?\\d" << "a?\\d";
        QTest::newRow("class of letters") << "[a-z]+x" << "\\b(?:[a-z]+x)\\b";
        QTest::newRow("class with a digit") << "[a-z0-9]x" << "(?:[a-z0-9]x)\\b";
        QTest::newRow("Latin-1 ending") << "enculée?s?" << "\\b(?:enculée?s?)";
        QTest::newRow("each alternative") << "(?:merde|enculée?s?)" << "(?:\\b(?:merde)\\b|\\b(?:enculée?s?))";
        QTest::newRow("an empty alternative") << "(?:|é|ab)" << "(?:|é|\\b(?:ab)\\b)";
        QTest::newRow("may match nothing") << "x{0,2}" << "x{0,2}";
        QTest::newRow("flags for what follows") << "(?i)abc|def" << "(?i)abc|def";
        QTest::newRow("anchored") << "^hello" << "(?:^hello)\\b";
        QTest::newRow("punctuation first") << "\\s+!" << "\\s+!";
    }
    void wordEdgeGuards()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, guarded);
        const std::string bytes = toByteAlphabet(pattern);
        QCOMPARE(QString::fromLatin1(withWordEdgeGuards(bytes)), QString::fromLatin1(toByteAlphabet(guarded)));
    }

    void badExamplesFire_data() { addRows(true); }
    void badExamplesFire()
    {
        QFETCH(QString, language);
        QFETCH(QString, rule);
        QFETCH(int, index);
        const PackRule &r = *validator->pack(language)->rule(rule);
        const RuleExample &ex = r.bad[index];
        Findings all;
        const Findings mine = run(language, r, ex, &all);
        QStringList got;
        for (const Finding &f : mine)
            got << show(ex.text, f.start, f.length);
        QStringList others;
        for (const Finding &f : all)
            if (f.ruleId != rule)
                others << f.ruleId + QLatin1Char(' ') + show(ex.text, f.start, f.length);
        const QString context = QStringLiteral("\n   text: %1\n   found: %2\n   (other rules: %3)")
                                    .arg(ex.text, got.join(QStringLiteral("; ")), others.join(QStringLiteral("; ")));
        if (ex.marks.isEmpty()) {
            QVERIFY2(mine.size() == 1, qPrintable(QStringLiteral("expected exactly one finding") + context));
            return;
        }
        QStringList want;
        for (const Range &m : ex.marks)
            want << show(ex.text, m.start, m.length());
        const QString expected = QStringLiteral("expected %1").arg(want.join(QStringLiteral("; ")));
        if (r.kind == PackRuleKind::Concepts) {
            // A rule of concepts covers the words of its concepts, not a span written for it, and
            // reports one finding per sentence: every mark lies under a finding, and every finding
            // on a mark.
            auto overlaps = [](Range a, const Finding &f) { return a.overlaps({f.start, f.end()}); };
            for (const Range &m : ex.marks)
                QVERIFY2(std::any_of(mine.begin(), mine.end(), [&](const Finding &f) { return overlaps(m, f); }),
                         qPrintable(expected + context));
            for (const Finding &f : mine)
                QVERIFY2(std::any_of(ex.marks.begin(), ex.marks.end(), [&](const Range &m) { return overlaps(m, f); }),
                         qPrintable(expected + context));
            return;
        }
        QVERIFY2(got == want, qPrintable(expected + context));
    }

    void goodExamplesAreSilent_data() { addRows(false); }
    void goodExamplesAreSilent()
    {
        QFETCH(QString, language);
        QFETCH(QString, rule);
        QFETCH(int, index);
        const PackRule &r = *validator->pack(language)->rule(rule);
        const RuleExample &ex = r.good[index];
        const Findings mine = run(language, r, ex);
        QStringList got;
        for (const Finding &f : mine)
            got << show(ex.text, f.start, f.length);
        QVERIFY2(mine.isEmpty(), qPrintable(QStringLiteral("fired on a good example\n   text: %1\n   found: %2")
                                                .arg(ex.text, got.join(QStringLiteral("; ")))));
    }
};

QTEST_GUILESS_MAIN(RuleExamples)
#include "tst_rule_examples.moc"
