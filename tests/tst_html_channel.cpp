// The editor and permitted-check read an HTML message the same way: every example of every
// styling rule, read by the HTML reader, gives the same findings as the editor's document filled
// from it and read back; and a styling fix applied to the document repairs what the model's fix
// repairs.

#include "detection/styling_examples.h"
#include "checking/document_fixes.h"
#include "checking/document_message.h"
#include "detection/validator.h"
#include "input/html_reader.h"

#include <QTextDocument>
#include <QtTest>

using namespace permitted;

namespace {

QStringList described(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QStringLiteral("%1 %2 [%3,%4) %5").arg(f.ruleId, severityName(f.severity)).arg(f.start).arg(f.end()).arg(f.note);
    out.sort();
    return out;
}

} // namespace

class HtmlChannel : public QObject {
    Q_OBJECT
    std::unique_ptr<Validator> validator;
    QList<StylingExample> examples;

private slots:
    void initTestCase()
    {
        QString error;
        validator = Validator::create(ValidatorOptions{}, &error);
        QVERIFY2(validator, qPrintable(error));
        const auto loaded = loadStylingExamples(QStringLiteral(":/rules"), &error);
        QVERIFY2(loaded, qPrintable(error));
        examples = *loaded;
    }

    // Found by fuzzing: a link whose words end in a space reached past the end of the body.
    void everyRangeStaysInsideTheBody_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("space at the end") << "<a href=\"http://x.com/a\">our page </a>";
        QTest::newRow("space at the start") << "<p>See<a href=\"http://x.com/a\"> our page</a></p>";
        QTest::newRow("only spaces") << "<p>Hello</p><a href=\"http://x.com/a\">   </a>";
        QTest::newRow("bold space at the end") << "<p>Thanks <b>a lot </b></p>\n\n";
    }
    void everyRangeStaysInsideTheBody()
    {
        QFETCH(QString, html);
        QString error;
        const auto message = readHtmlMessage(html, &error);
        QVERIFY(message);
        const int size = int(message->body.size());
        for (const Link &l : message->links) {
            QVERIFY(l.start >= 0 && l.length >= 0 && l.start + l.length <= size);
            QVERIFY(l.length == 0 || (!message->body[l.start].isSpace() && !message->body[l.start + l.length - 1].isSpace()));
        }
        for (const StyledRun &r : message->formatting.runs)
            QVERIFY(r.start >= 0 && r.length >= 0 && r.start + r.length <= size);
        for (const Finding &f : validator->validate(*message, MessageContext{}))
            QVERIFY2(f.start >= 0 && f.length >= 0 && f.end() <= (f.part == Part::Body ? size : int(message->subject.size())),
                     qPrintable(f.ruleId));
    }

    void editorAndFileReaderAgree_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < examples.size(); ++i)
            QTest::addRow("%s/%s#%d", qPrintable(examples[i].rule), examples[i].bad ? "bad" : "good", i) << i;
    }
    void editorAndFileReaderAgree()
    {
        QFETCH(int, index);
        const StylingExample &e = examples[index];
        QString error;
        const auto read = readHtmlMessage(e.html, &error);
        QVERIFY2(read, qPrintable(error));
        QTextDocument subject, body;
        loadMessageIntoDocument(body, *read);
        const Message edited = messageFromDocuments(subject, body, Channel::Html);
        QCOMPARE(edited.body, read->body);
        const QStringList fromFile = described(validator->validate(*read, MessageContext{}));
        const QStringList fromEditor = described(validator->validate(edited, MessageContext{}));
        QCOMPARE(fromEditor, fromFile);

        // The document's fixes repair what they say, as the model's do.
        if (!e.fixable)
            return;
        Findings found = validator->validate(edited, MessageContext{});
        found.removeIf([&](const Finding &f) { return f.ruleId != e.rule; });
        std::sort(found.begin(), found.end(), [](const Finding &a, const Finding &b) { return a.start > b.start; });
        for (const Finding &f : found)
            QVERIFY2(f.fix && applyFixToDocument(body, *f.fix), qPrintable(e.html));
        for (const Finding &f : validator->validate(messageFromDocuments(subject, body, Channel::Html), MessageContext{}))
            QVERIFY2(f.ruleId != e.rule, qPrintable(QStringLiteral("still fires after the document's fixes: ") + e.html));
    }
};

QTEST_MAIN(HtmlChannel)
#include "tst_html_channel.moc"
