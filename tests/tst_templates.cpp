// The built-in templates: one per contact reason in each of the five written languages, each
// clean in its own language, and the same placeholders in every language of a reason.

#include "templates/builtin_templates.h"
#include "languages.h"
#include "templates/placeholders.h"
#include "reasons.h"
#include "validator_fixture.h"

using namespace permitted;
using namespace permitted::test;

namespace {
const QStringList kWrittenLanguages = {"en", "fr", "de", "es", "it"};
}

class TemplatesTest : public QObject {
    Q_OBJECT
private slots:
    void everyReasonInEveryWrittenLanguage()
    {
        for (const ContactReason &reason : contactReasons())
            for (const QString &language : kWrittenLanguages)
                QVERIFY2(findBuiltinTemplate(reason.id, language), qPrintable(reason.id + '/' + language));
        QCOMPARE(builtinTemplates().size(), contactReasons().size() * kWrittenLanguages.size());
    }

    void eachIsCleanInItsLanguage_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("language");
        for (const BuiltinTemplate &t : builtinTemplates())
            QTest::addRow("%s/%s", qPrintable(t.reason), qPrintable(t.language)) << t.reason << t.language;
    }
    void eachIsCleanInItsLanguage()
    {
        QFETCH(QString, reason);
        QFETCH(QString, language);
        const BuiltinTemplate *t = findBuiltinTemplate(reason, language);
        Message m;
        m.subject = t->text.subject;
        m.body = t->text.body;
        MessageContext c;
        c.language = language;
        c.marketplace = findBuyerLanguage(language)->marketplaces.front();
        c.reason = reason;
        c.kind = findContactReason(reason)->kind;
        const Findings found = validator().validate(m, c);
        QVERIFY2(found.isEmpty(), qPrintable(rangesOf(m.body, found)));
        QVERIFY(!t->text.subject.isEmpty());
    }

    void placeholdersAgreeAcrossLanguages()
    {
        for (const ContactReason &reason : contactReasons()) {
            const BuiltinTemplate *english = findBuiltinTemplate(reason.id, QStringLiteral("en"));
            QStringList expected = placeholderNames({english->text.subject, english->text.body});
            expected.sort();
            QVERIFY2(reason.kind == MessageKind::Reply || expected.contains(QStringLiteral("order_id")), qPrintable(reason.id));
            for (const QString &language : kWrittenLanguages) {
                const BuiltinTemplate *t = findBuiltinTemplate(reason.id, language);
                QStringList names = placeholderNames({t->text.subject, t->text.body});
                names.sort();
                QVERIFY2(names == expected, qPrintable(QStringLiteral("%1/%2: %3, English has %4")
                                                           .arg(reason.id, language, names.join(' '), expected.join(' '))));
            }
        }
    }

    // A translation that drops or adds a placeholder of its source is flagged; the built-in ones
    // are not.
    void aTranslationMustKeepTheSourcePlaceholders()
    {
        const BuiltinTemplate *source = findBuiltinTemplate(QStringLiteral("reply-order-status"), QStringLiteral("en"));
        const BuiltinTemplate *french = findBuiltinTemplate(QStringLiteral("reply-order-status"), QStringLiteral("fr"));
        const QStringList names = placeholderNames({source->text.subject, source->text.body});
        MessageContext c;
        c.language = QStringLiteral("fr");
        c.marketplace = QStringLiteral("FR");
        c.kind = MessageKind::Reply;
        c.sourcePlaceholders = QSet<QString>(names.begin(), names.end());
        Message m{french->text.subject, french->text.body};
        QVERIFY(only(validator().validate(m, c), "placeholder-mismatch").isEmpty());
        m.body.replace(QStringLiteral("{{tracking_url}}"), QStringLiteral("la page de suivi"));
        const Findings lacking = only(validator().validate(m, c), "placeholder-mismatch");
        QCOMPARE(lacking.size(), 1);
        QVERIFY(lacking[0].noteArgs.join(' ').contains(QStringLiteral("{{tracking_url}}")));
        m.body += QStringLiteral("\nRéf. {{product_name}}");
        QCOMPARE(only(validator().validate(m, c), "placeholder-mismatch").size(), 2);
    }

    void fillingPutsTheOrderValuesIn()
    {
        const QString text = QStringLiteral("Hello {{ buyer_name }}, order {{order_id}} for {{product_name}}.");
        const QHash<QString, QString> values{{"buyer_name", "Ana"}, {"order_id", "123-1234567-1234567"}, {"product_name", " "}};
        QCOMPARE(fillPlaceholders(text, values),
                 QStringLiteral("Hello Ana, order 123-1234567-1234567 for {{product_name}}."));
        QCOMPARE(placeholderNames({text, QStringLiteral("{{order_id}} {{carrier}}")}),
                 (QStringList{"buyer_name", "order_id", "product_name", "carrier"}));
        QCOMPARE(fillPlaceholders(QStringLiteral("no slots"), values), QStringLiteral("no slots"));

        // Findings and formatting move with the values: "order" stays where it was, a range
        // after the order ID moves by the length difference, and one on a value covers its
        // whole placeholder.
        const FilledText filled(text, values);
        const int order = int(text.indexOf(QStringLiteral("order")));
        QCOMPARE(filled.toFilled({order, order + 5}).start, int(filled.text().indexOf(QStringLiteral("order"))));
        const int forAt = int(text.indexOf(QStringLiteral(" for")));
        const Range moved = filled.toFilled({forAt, forAt + 4});
        QCOMPARE(filled.text().mid(moved.start, moved.length()), QStringLiteral(" for"));
        QCOMPARE(filled.toOriginal(moved).start, forAt);
        const int ana = int(filled.text().indexOf(QStringLiteral("Ana")));
        const Range back = filled.toOriginal({ana + 1, ana + 2});
        QCOMPARE(text.mid(back.start, back.length()), QStringLiteral("{{ buyer_name }}"));
        const Range there = filled.toFilled(back);
        QCOMPARE(filled.text().mid(there.start, there.length()), QStringLiteral("Ana"));
    }

    void aTemplateFileNeedsItsSubjectLine()
    {
        QString error;
        const auto good = parseTemplateFile(QStringLiteral("Subject: Your order\n\nHello,\nbody\n"), &error);
        QVERIFY(good);
        QCOMPARE(good->subject, QStringLiteral("Your order"));
        QCOMPARE(good->body, QStringLiteral("Hello,\nbody"));
        QVERIFY(!parseTemplateFile(QStringLiteral("Hello,\nbody\n"), &error));
        QVERIFY(error.contains(QStringLiteral("Subject")));
        QVERIFY(!parseTemplateFile(QStringLiteral("Subject: x\nbody\n"), &error));
        QVERIFY(error.contains(QStringLiteral("empty line")));
    }
};

QTEST_GUILESS_MAIN(TemplatesTest)
#include "tst_templates.moc"
