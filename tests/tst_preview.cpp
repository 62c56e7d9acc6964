// The message preview: what it shows, that it shows it in place, and that nothing in a
// message makes it reach the network. The network tests run an HTTP server on 127.0.0.1 and
// count the connections it receives; a control case with an ordinary page proves the server
// would have seen them.

#include "preview/preview_html.h"
#include "preview/preview_page.h"
#include "preview/preview_view.h"
#include "web_engine_test_main.h"

#include <QApplication>
#include <QTranslator>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

#include <memory>

using namespace permitted;

namespace {

// How long a page gets, after it finished loading, to make a late request (a meta refresh,
// a lazy image): Chromium issues them within milliseconds; this is a wide margin.
constexpr int kSettleMs = 1500;

// An HTTP server that counts every connection and answers each request with a tiny response of
// the type asked for, so that an unsandboxed page goes on to make all the requests it can.
class HttpTrap : public QObject {
public:
    HttpTrap()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int connections() const { return m_connections; }
    QStringList requests() const { return m_requests; }
    void reset()
    {
        m_connections = 0;
        m_requests.clear();
    }

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        const QByteArray line = request.left(request.indexOf('\r'));
        m_requests.append(QString::fromLatin1(line));
        QByteArray type = "text/html", body = "<html><body>trap</body></html>";
        if (line.contains(".css")) {
            type = "text/css";
            body = "body { color: red }";
        } else if (line.contains(".gif") || line.contains(".png")) {
            type = "image/gif";
            body = QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
        } else if (line.contains(".js")) {
            type = "text/javascript";
            body = "document.title = 'remote script ran';";
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    int m_connections = 0;
    QStringList m_requests;
};

// A message that tries every way HTML has of fetching something, all aimed at `base`.
// <object> and <embed> are kept apart (embeddedHtml): a refused <object> navigation sometimes
// leaves Chromium's load unfinished, and the meta refresh, which waits for the load, would then
// never be tried.
QString hostileHtml(const QString &base)
{
    return QStringLiteral(R"(<!DOCTYPE html><html><head>
<meta http-equiv="refresh" content="0; url=BASE/refresh">
<link rel="stylesheet" href="BASE/style.css">
<link rel="preconnect" href="BASE">
<link rel="dns-prefetch" href="BASE">
<link rel="prefetch" href="BASE/prefetch">
<link rel="icon" href="BASE/favicon.png">
<style>@import url("BASE/import.css"); body { background-image: url("BASE/background.png"); }
@font-face { font-family: trap; src: url("BASE/font.woff"); } p { font-family: trap; }</style>
<script src="BASE/script.js"></script>
<script>document.title = 'inline script ran'; new Image().src = 'BASE/from-script.png';</script>
</head><body>
<p>Hostile message body</p>
<p>Remote image: <img src="BASE/remote.png" alt="remote"></p>
<p>Pixel: <img src="BASE/pixel.gif" width="1" height="1"></p>
<img srcset="BASE/srcset.png 2x" alt="">
<iframe src="BASE/frame.html"></iframe>
<video poster="BASE/poster.png" src="BASE/video.mp4" preload="auto"></video>
<audio src="BASE/audio.mp3" preload="auto"></audio>
<svg width="10" height="10"><image href="BASE/svg-image.png" width="10" height="10"/></svg>
<form action="BASE/form" method="post"><input type="image" src="BASE/input.png"></form>
<a href="BASE/link" ping="BASE/ping">a link</a>
</body></html>)")
        .replace(QLatin1String("BASE"), base);
}

QString embeddedHtml(const QString &base)
{
    return QStringLiteral(R"(<!DOCTYPE html><html><body><p>Embedded content</p>
<object data="BASE/object.html"></object><embed src="BASE/embed.html">
<object data="BASE/object.png" type="image/png"></object></body></html>)")
        .replace(QLatin1String("BASE"), base);
}

// Waits for an asynchronous page answer without leaving a dangling capture if it never comes.
template<typename Ask>
QVariant waitForAnswer(Ask ask)
{
    auto state = std::make_shared<std::pair<bool, QVariant>>(false, QVariant());
    ask([state](const QVariant &value) {
        state->first = true;
        state->second = value;
    });
    if (!QTest::qWaitFor([&] { return state->first; }, 10000))
        qWarning() << "the page did not answer in time";
    return state->second;
}

QVariant evaluate(QWebEnginePage *page, const QString &script,
                  quint32 world = QWebEngineScript::ApplicationWorld)
{
    return waitForAnswer([&](auto done) { page->runJavaScript(script, world, done); });
}

QString plainText(QWebEnginePage *page)
{
    return waitForAnswer([&](auto done) {
               page->toPlainText([done](const QString &text) { done(text); });
           }).toString();
}

// Every element name and attribute name in an HTML fragment.
QSet<QString> tagNames(const QString &html)
{
    QSet<QString> names;
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*([A-Za-z][A-Za-z0-9-]*)"));
    for (const auto &match : tag.globalMatch(html))
        names.insert(match.captured(1).toLower());
    return names;
}

QSet<QString> attributeNames(const QString &html)
{
    QSet<QString> names;
    static const QRegularExpression element(QStringLiteral("<[A-Za-z][^>]*>"));
    static const QRegularExpression attribute(QStringLiteral("\\s([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*="));
    for (const auto &match : element.globalMatch(html)) {
        for (const auto &a : attribute.globalMatch(match.captured(0)))
            names.insert(a.captured(1).toLower());
    }
    return names;
}

const QSet<QString> kAllowedTags = {QStringLiteral("div"), QStringLiteral("li"), QStringLiteral("ul"),
                                    QStringLiteral("ol"), QStringLiteral("b"), QStringLiteral("i"),
                                    QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("span"),
                                    QStringLiteral("a"), QStringLiteral("br"), QStringLiteral("img")};
const QSet<QString> kAllowedAttributes = {QStringLiteral("class"), QStringLiteral("style"),
                                          QStringLiteral("href"), QStringLiteral("data-rule"),
                                          QStringLiteral("title"), QStringLiteral("src"), QStringLiteral("alt")};

Finding finding(const QString &rule, Severity severity, int start, int length)
{
    Finding f;
    f.ruleId = rule;
    f.severity = severity;
    f.part = Part::Body;
    f.start = start;
    f.length = length;
    return f;
}

} // namespace

class TestPreview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    // previewBodyHtml
    void escapesTypedMarkup();
    void emitsOnlyItsOwnElements_data();
    void emitsOnlyItsOwnElements();
    void emitsOnlyItsOwnElementsForRandomMarkup();
    void keepsFormatting();
    void keepsOnlySafeLinks();
    void imagesBecomePlaceholders();
    void marksFindings();

    // the page and the view
    void harnessSeesAnUnsandboxedPage();
    void sanitizedPreviewMakesNoRequest();
    void previewPageMakesNoRequest();
    void showsSubjectOrderAndText();
    void remoteImageIsAPlaceholderInThePage();
    void linksAreNotFollowed();
    void columnWidthToggle();
    void contextMenuSpeaksTheInterfaceLanguage();
    void updateKeepsScrollPosition();
    void updatesCoalesce();
    void closesWithAnUpdateInFlight();
    void showsAMessageBeyondSetHtmlsLimit();

private:
    void showAndWait(PreviewView &view, const QString &subject, const QString &orderId,
                     const QTextDocument &body, const Findings &findings = {});
    HttpTrap m_trap;
};

void TestPreview::initTestCase()
{
    QVERIFY(m_trap.listen());
}

void TestPreview::showAndWait(PreviewView &view, const QString &subject, const QString &orderId,
                              const QTextDocument &body, const Findings &findings)
{
    QSignalSpy refreshed(&view, &PreviewView::refreshed);
    view.showMessage(subject, orderId, body, findings);
    QTRY_VERIFY_WITH_TIMEOUT(view.isUpToDate(), 15000);
    QVERIFY(refreshed.count() > 0);
}

// --- previewBodyHtml ------------------------------------------------------------------------

void TestPreview::escapesTypedMarkup()
{
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("Hi <script>alert('x')</script> & \"friends\" <b>not bold</b>"));
    const QString html = previewBodyHtml(doc, {});
    QVERIFY2(html.contains(QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("&amp; &quot;friends&quot; &lt;b&gt;not bold&lt;/b&gt;")));
    QCOMPARE(tagNames(html), QSet<QString>{QStringLiteral("div")});
}

void TestPreview::emitsOnlyItsOwnElements_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>text<script src=x.js></script>");
    QTest::newRow("style") << QStringLiteral("<style>p{background:url(http://x/y)}</style><p>text</p>");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=\"http://x/\"></iframe><p>t</p>");
    QTest::newRow("meta") << QStringLiteral("<meta http-equiv=refresh content=\"0;url=http://x/\">t");
    QTest::newRow("link") << QStringLiteral("<link rel=stylesheet href=http://x/s.css>t");
    QTest::newRow("object") << QStringLiteral("<object data=http://x/o></object><embed src=http://x/e>t");
    QTest::newRow("svg") << QStringLiteral("<svg onload=alert(1)><script>alert(2)</script></svg>t");
    QTest::newRow("event handlers") << QStringLiteral("<p onclick=\"alert(1)\" style=\"color:red\">t</p><img src=x onerror=alert(1)>");
    QTest::newRow("javascript link") << QStringLiteral("<a href=\"javascript:alert(1)\">click</a><a href=\" JaVaScRiPt:alert(1)\">x</a>");
    QTest::newRow("form") << QStringLiteral("<form action=http://x/><input name=a><button>go</button></form>");
    QTest::newRow("base") << QStringLiteral("<base href=http://x/><a href=rel>r</a>");
    QTest::newRow("table") << QStringLiteral("<table background=http://x/b.png><tr><td>cell</td></tr></table>");
    QTest::newRow("escaped in attribute") << QStringLiteral("<a href='http://x/\"><script>alert(1)</script>'>q</a>");
    QTest::newRow("image name") << QStringLiteral("<img src='http://x/\"onerror=\"alert(1)' width=10>");
}

void TestPreview::emitsOnlyItsOwnElements()
{
    QFETCH(QString, input);
    QTextDocument doc;
    doc.setHtml(input);
    const QString html = previewBodyHtml(doc, {finding(QStringLiteral("r\"><script>"), Severity::Error, 0, 3)});
    const QSet<QString> tags = tagNames(html);
    QVERIFY2(kAllowedTags.contains(tags), qPrintable(html));
    QVERIFY2(kAllowedAttributes.contains(attributeNames(html)), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("href=\"javascript:"), Qt::CaseInsensitive), qPrintable(html));
    // An <img> only ever carries a data: image.
    static const QRegularExpression img(QStringLiteral("<img [^>]*src=\"(?!data:image/)"));
    QVERIFY2(!img.match(html).hasMatch(), qPrintable(html));
}

void TestPreview::emitsOnlyItsOwnElementsForRandomMarkup()
{
    // Seeded pieces of markup, quotes and text in random order, through both ways a document
    // gets its content; the output keeps to our own elements and attributes whatever comes in.
    const QStringList pieces = {
        QStringLiteral("<script>"), QStringLiteral("</script>"), QStringLiteral("<style>"), QStringLiteral("<iframe src=http://x>"),
        QStringLiteral("<meta http-equiv=refresh content=0>"), QStringLiteral("<link rel=stylesheet href=http://x>"),
        QStringLiteral("<b>"), QStringLiteral("</b>"), QStringLiteral("<i>"), QStringLiteral("<ul><li>"), QStringLiteral("</li></ul>"),
        QStringLiteral("<ol><li>"), QStringLiteral("<a href=\"http://x/"), QStringLiteral("<a href='javascript:"), QStringLiteral("\">"),
        QStringLiteral("'"), QStringLiteral("\""), QStringLiteral("<img src=\"http://x/i.png\""), QStringLiteral("<img src=data:image/png;base64,AAAA>"),
        QStringLiteral(">"), QStringLiteral("<"), QStringLiteral("&lt;script&gt;"), QStringLiteral("&"), QStringLiteral("text "),
        QStringLiteral("\n"), QStringLiteral("<br>"), QStringLiteral("<p align=center>"), QStringLiteral("</p>"),
        QStringLiteral("<font size=7>"), QStringLiteral("<span style=\"background:url(http://x)\">"), QStringLiteral("\u2028"),
        QStringLiteral("<svg><image href=http://x/>"), QStringLiteral("<object data=http://x>"), QStringLiteral("<!--"), QStringLiteral("-->"),
    };
    // Typed text may well say "javascript:"; only an href may not.
    static const QRegularExpression unsafeHref(QStringLiteral("\\shref=\"(?!https?://|mailto:)"));
    QRandomGenerator random(20240611);
    for (int round = 0; round < 300; ++round) {
        QString input;
        const int count = random.bounded(1, 40);
        for (int i = 0; i < count; ++i)
            input += pieces.at(random.bounded(pieces.size()));
        for (const bool asHtml : {true, false}) {
            QTextDocument doc;
            if (asHtml)
                doc.setHtml(input);
            else
                doc.setPlainText(input);
            const int length = doc.characterCount();
            const int start = random.bounded(qMax(1, length));
            const QString html = previewBodyHtml(
                doc, {finding(QStringLiteral("random"), Severity::Warning, start, random.bounded(1, 20))});
            QVERIFY2(kAllowedTags.contains(tagNames(html)), qPrintable(input + QStringLiteral("\n=> ") + html));
            QVERIFY2(kAllowedAttributes.contains(attributeNames(html)), qPrintable(input + QStringLiteral("\n=> ") + html));
            QVERIFY2(!unsafeHref.match(html).hasMatch(), qPrintable(html));
        }
    }
}

void TestPreview::keepsFormatting()
{
    QTextDocument doc;
    doc.setHtml(QStringLiteral(
        "<p>plain <b>bold</b> <i>italic</i> <u>under</u> <s>strike</s> <span style=\"font-size:24pt\">big</span></p>"
        "<p align=\"center\">centred</p><p align=\"right\">right</p><p align=\"justify\">justified</p>"
        "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><p>line<br>break</p>"));
    const QString html = previewBodyHtml(doc, {});
    for (const char *expected : {"<b>bold</b>", "<i>italic</i>", "<u>under</u>", "<s>strike</s>",
                                 "text-align:center;", "text-align:right;", "text-align:justify;",
                                 "<ul style=\"list-style-type:disc\"><li", ">one</li><li", ">two</li></ul>",
                                 "<ol style=\"list-style-type:decimal\"><li", ">first</li></ol>", "line<br>break"})
        QVERIFY2(html.contains(QLatin1String(expected)), qPrintable(QLatin1String(expected) + QStringLiteral(" in ") + html));
    // 24pt against the document's default size, whatever that is: a relative size in em.
    static const QRegularExpression size(QStringLiteral("<span style=\"font-size:([0-9.]+)em\">big</span>"));
    const auto match = size.match(html);
    QVERIFY2(match.hasMatch(), qPrintable(html));
    QCOMPARE(match.captured(1).toDouble(), qMin(4.0, qRound(24.0 / doc.defaultFont().pointSizeF() * 100) / 100.0));
}

void TestPreview::keepsOnlySafeLinks()
{
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<a href=\"https://www.amazon.com/gp/help?a=1&b=2\">help</a> "
                               "<a href=\"mailto:seller@example.com\">mail</a> "
                               "<a href=\"javascript:alert(1)\">js</a> <a href=\"file:///etc/passwd\">file</a> "
                               "<a href=\"data:text/html,hi\">data</a>"));
    const QString html = previewBodyHtml(doc, {});
    QVERIFY2(html.contains(QStringLiteral("<a href=\"https://www.amazon.com/gp/help?a=1&amp;b=2\">help</a>")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<a href=\"mailto:seller@example.com\">mail</a>")));
    QCOMPARE(html.count(QStringLiteral("<a ")), 2);
    // The others keep their text, as text.
    for (const char *text : {"js", "file", "data"})
        QVERIFY(html.contains(QLatin1String(text)));
}

void TestPreview::imagesBecomePlaceholders()
{
    const QString png = QStringLiteral("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    QTextDocument doc;
    QTextCursor cursor(&doc);
    QTextImageFormat remote;
    remote.setName(QStringLiteral("https://tracker.example/pixel.gif?id=\"1\""));
    remote.setWidth(1);
    remote.setHeight(1);
    cursor.insertImage(remote);
    QTextImageFormat local;
    local.setName(QStringLiteral("file:///home/seller/photo.jpg"));
    cursor.insertImage(local);
    QTextImageFormat relative;
    relative.setName(QStringLiteral("photo.jpg"));
    relative.setWidth(320);
    relative.setHeight(240);
    cursor.insertImage(relative);
    QTextImageFormat inline_;
    inline_.setName(png);
    cursor.insertImage(inline_);
    QTextImageFormat svg;
    svg.setName(QStringLiteral("data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="));
    cursor.insertImage(svg);

    const QString html = previewBodyHtml(doc, {});
    QCOMPARE(html.count(QStringLiteral("class=\"image-placeholder\"")), 4);
    QCOMPARE(html.count(QStringLiteral("<img ")), 1);
    QVERIFY2(html.contains(QStringLiteral("<img class=\"inline-image\" alt=\"\" src=\"%1\">").arg(png)), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("https://tracker.example/pixel.gif?id=&quot;1&quot;")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("file:///home/seller/photo.jpg")));
    QVERIFY(html.contains(QStringLiteral("style=\"width:320px;height:240px\"")));
    QVERIFY(html.contains(QStringLiteral("style=\"width:200px;height:120px\"")));   // no declared size
    QVERIFY(html.contains(QStringLiteral("style=\"width:16px;height:16px\"")));     // 1x1, still visible
}

void TestPreview::marksFindings()
{
    QTextDocument doc;
    QTextCursor cursor(&doc);
    cursor.insertText(QStringLiteral("Buy "));
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(QStringLiteral("now"), bold);
    cursor.insertText(QStringLiteral(" please"), QTextCharFormat());
    // "Buy now" crosses the bold boundary; "please" is a suggestion with a warning inside it
    // ("lea"); one finding is about the whole message and marks nothing.
    const QString html = previewBodyHtml(doc, {finding(QStringLiteral("marketing"), Severity::Error, 0, 7),
                                               finding(QStringLiteral("tone"), Severity::Suggestion, 8, 6),
                                               finding(QStringLiteral("spelling"), Severity::Warning, 9, 3),
                                               finding(QStringLiteral("order-id"), Severity::Error, 0, 0)});
    QCOMPARE(html, QStringLiteral("<div><span class=\"finding error\" data-rule=\"marketing\">Buy </span>"
                                  "<b><span class=\"finding error\" data-rule=\"marketing\">now</span></b> "
                                  "<span class=\"finding suggestion\" data-rule=\"tone\">p</span>"
                                  "<span class=\"finding suggestion\" data-rule=\"tone\">"
                                  "<span class=\"finding warning\" data-rule=\"spelling\">lea</span></span>"
                                  "<span class=\"finding suggestion\" data-rule=\"tone\">se</span></div>"));
}

// --- the page and the view ------------------------------------------------------------------

void TestPreview::harnessSeesAnUnsandboxedPage()
{
    // The same hostile HTML in an ordinary page (its own profile, default settings) reaches the
    // server: the zero counts below are the sandbox's doing, not a deaf server.
    m_trap.reset();
    {
        QWebEngineProfile profile;
        QWebEnginePage page(&profile), embedded(&profile);
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.setHtml(hostileHtml(m_trap.base() + QStringLiteral("/control")));
        embedded.setHtml(embeddedHtml(m_trap.base() + QStringLiteral("/control")));
        QTRY_VERIFY_WITH_TIMEOUT(m_trap.connections() > 0, 10000);
        // Let it finish everything it started, so that none of it lands in the next test.
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QTest::qWait(kSettleMs);
    }
    qInfo() << "an unsandboxed page made" << m_trap.connections() << "connections:" << m_trap.requests();
    QVERIFY(m_trap.requests().contains(QStringLiteral("GET /control/refresh HTTP/1.1")));
    QVERIFY(m_trap.requests().contains(QStringLiteral("GET /control/object.html HTTP/1.1")));
    QTest::qWait(200);
}

void TestPreview::sanitizedPreviewMakesNoRequest()
{
    m_trap.reset();
    QTextDocument doc;
    doc.setHtml(hostileHtml(m_trap.base() + QStringLiteral("/sanitized"))
                + embeddedHtml(m_trap.base() + QStringLiteral("/sanitized")));
    QVERIFY(doc.toPlainText().contains(QStringLiteral("Hostile message body")));
    PreviewView view;
    view.resize(800, 600);
    view.show();
    showAndWait(view, QStringLiteral("Subject"), QStringLiteral("111-1111111-1111111"), doc);
    QVERIFY(plainText(view.page()).contains(QStringLiteral("Hostile message body")));
    QTest::qWait(kSettleMs);
    QVERIFY2(m_trap.connections() == 0, qPrintable(m_trap.requests().join(QLatin1Char('\n'))));
    QCOMPARE(view.page()->blockedRequestCount(), 0);   // nothing even tried: the HTML was clean
}

void TestPreview::previewPageMakesNoRequest()
{
    // The raw hostile pages straight into sandboxed pages: no sanitizer and no CSP, only the
    // page's own layers (request blocker, navigation filter, settings). Shown in views, so
    // that layout-time requests (background images, web fonts) are made too.
    m_trap.reset();
    const QString base = m_trap.base() + QStringLiteral("/page");
    QWebEngineView view, embeddedView;
    PreviewPage page, embedded;
    QVERIFY(page.profile()->isOffTheRecord());
    QVERIFY(page.profile() != embedded.profile());
    view.setPage(&page);
    embeddedView.setPage(&embedded);
    for (QWebEngineView *v : {&view, &embeddedView}) {
        v->resize(800, 600);
        v->show();
    }
    QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
    page.loadShell(hostileHtml(base));
    embedded.loadShell(embeddedHtml(base));
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(plainText(&embedded).contains(QStringLiteral("Embedded content")), 10000);
    QVERIFY(plainText(&page).contains(QStringLiteral("Hostile message body")));
    QTest::qWait(kSettleMs);
    QVERIFY2(m_trap.connections() == 0, qPrintable(m_trap.requests().join(QLatin1Char('\n'))));
    qInfo() << "the preview pages blocked" << page.blockedRequestCount() + embedded.blockedRequestCount()
            << "requests and refused" << page.refusedNavigationCount() + embedded.refusedNavigationCount()
            << "navigations";
    QVERIFY2(page.blockedRequestCount() >= 10, "the blocker saw too few of the page's requests");
    // The iframe and the meta refresh, refused; the page is still our document.
    QVERIFY(page.refusedNavigationCount() >= 2);
    QCOMPARE(page.url().scheme(), QStringLiteral("data"));
    // Script stayed off in the page's own world, not in the preview's.
    QVERIFY(!page.title().contains(QStringLiteral("script ran")));
    QVERIFY(!evaluate(&page, QStringLiteral("1 + 1"), QWebEngineScript::MainWorld).isValid());
    QCOMPARE(evaluate(&page, QStringLiteral("1 + 1"), QWebEngineScript::ApplicationWorld).toInt(), 2);
    view.setPage(nullptr);
    embeddedView.setPage(nullptr);
}

void TestPreview::showsSubjectOrderAndText()
{
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("Hello Sam,\nyour parcel left today.\n\nBest regards"));
    PreviewView view;
    view.resize(800, 600);
    view.show();
    showAndWait(view, QStringLiteral("Your order has shipped"), QStringLiteral("112-3456789-0123456"), doc);
    const QString text = plainText(view.page());
    QVERIFY2(text.contains(QStringLiteral("Your order has shipped")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("112-3456789-0123456")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Hello Sam,\nyour parcel left today.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Best regards")));

    // A second message replaces the first, in place.
    QSignalSpy loads(view.page(), &QWebEnginePage::loadStarted);
    doc.setPlainText(QStringLiteral("Second draft"));
    showAndWait(view, QStringLiteral("New subject"), QString(), doc);
    const QString second = plainText(view.page());
    QVERIFY2(second.contains(QStringLiteral("Second draft")) && !second.contains(QStringLiteral("Hello Sam")), qPrintable(second));
    QVERIFY(!second.contains(QStringLiteral("112-3456789-0123456")));   // no order, no order line
    QCOMPARE(loads.count(), 0);
}

void TestPreview::remoteImageIsAPlaceholderInThePage()
{
    m_trap.reset();
    const QString address = m_trap.base() + QStringLiteral("/product.png");
    QTextDocument doc;
    // A 1x1 PNG in the message itself still shows: the page's CSP allows data: images.
    const QString pixel = QStringLiteral("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    doc.setHtml(QStringLiteral("<p>See the photo: <img src=\"%1\" width=\"120\" height=\"80\"> <img src=\"%2\"></p>")
                    .arg(address, pixel));
    PreviewView view;
    view.resize(800, 600);
    view.show();
    showAndWait(view, QStringLiteral("Photo"), QString(), doc);
    QCOMPARE(evaluate(view.page(), QStringLiteral("document.images.length")).toInt(), 1);
    QCOMPARE(evaluate(view.page(), QStringLiteral("document.images[0].src")).toString(), pixel);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(view.page(), QStringLiteral("document.images[0].naturalWidth")).toInt(), 1, 5000);
    QCOMPARE(evaluate(view.page(), QStringLiteral("document.querySelector('.image-placeholder .image-address').textContent")).toString(),
             address);
    const QVariantList size = evaluate(view.page(), QStringLiteral(
        "(function () { var r = document.querySelector('.image-placeholder').getBoundingClientRect();"
        " return [r.width, r.height]; })()")).toList();
    QCOMPARE(size, (QVariantList{120, 80}));
    QCOMPARE(m_trap.connections(), 0);
}

void TestPreview::linksAreNotFollowed()
{
    // Asked directly, the page refuses a clicked link and says so.
    {
        PreviewPage page;
        QSignalSpy clicked(&page, &PreviewPage::linkClicked);
        QVERIFY(!page.acceptNavigationRequest(QUrl(QStringLiteral("https://example.com/")),
                                              QWebEnginePage::NavigationTypeLinkClicked, true));
        QCOMPARE(clicked.count(), 1);
        QVERIFY(!page.acceptNavigationRequest(QUrl(QStringLiteral("https://example.com/")),
                                              QWebEnginePage::NavigationTypeTyped, true));
        QVERIFY(!page.acceptNavigationRequest(QUrl(QStringLiteral("https://example.com/frame")),
                                              QWebEnginePage::NavigationTypeOther, false));
    }

    // A real click and hover on a link in the preview: the address shows under the page, the
    // page stays where it is and the server sees nothing.
    m_trap.reset();
    const QString address = m_trap.base() + QStringLiteral("/offer");
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<p><a href=\"%1\">Our offer</a></p>").arg(address));
    PreviewView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    showAndWait(view, QStringLiteral("Links"), QString(), doc);
    const QVariantList centre = evaluate(view.page(), QStringLiteral(
        "(function () { var r = document.querySelector('#body a').getBoundingClientRect();"
        " return [r.left + r.width / 2, r.top + r.height / 2]; })()")).toList();
    QCOMPARE(centre.size(), 2);
    const QPoint point(qRound(centre[0].toDouble()), qRound(centre[1].toDouble()));
    QWidget *surface = view.findChild<QWebEngineView *>()->focusProxy();
    QVERIFY(surface);
    QSignalSpy clicked(view.page(), &PreviewPage::linkClicked);
    QTest::mouseMove(surface, point);
    QTRY_VERIFY_WITH_TIMEOUT(view.statusText().contains(address), 5000);
    QTest::mouseClick(surface, Qt::LeftButton, {}, point);
    QTRY_COMPARE_WITH_TIMEOUT(clicked.count(), 1, 5000);
    QCOMPARE(clicked.first().first().toUrl(), QUrl(address));
    QVERIFY(view.statusText().contains(address));
    QTest::qWait(300);
    QCOMPARE(view.page()->url().scheme(), QStringLiteral("data"));
    QVERIFY(plainText(view.page()).contains(QStringLiteral("Our offer")));
    QCOMPARE(m_trap.connections(), 0);
}

// The preview's own menu holds Copy and Select All only, named in the interface's language (Qt
// WebEngine has no French catalogue: its names would stay English).
void TestPreview::contextMenuSpeaksTheInterfaceLanguage()
{
    QTranslator french;
    QVERIFY(french.load(QStringLiteral("permitted_fr"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&french);
    PreviewView view;
    QCoreApplication::removeTranslator(&french);
    auto *web = view.findChild<QWebEngineView *>();
    QVERIFY(web);
    QCOMPARE(web->contextMenuPolicy(), Qt::ActionsContextMenu);
    QStringList names;
    for (const QAction *action : web->actions())
        names << action->text();
    QCOMPARE(names, (QStringList{QStringLiteral("&Copier"), QStringLiteral("Tout &sélectionner")}));
}

void TestPreview::columnWidthToggle()
{
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("Width test"));
    PreviewView view;
    view.resize(900, 600);
    view.show();
    showAndWait(view, QStringLiteral("Width"), QString(), doc);
    const QString measure = QStringLiteral("document.getElementById('column').getBoundingClientRect().width");
    QCOMPARE(view.columnWidth(), 600);
    QCOMPARE(evaluate(view.page(), measure).toDouble(), 600.0);

    QToolButton *phone = nullptr;
    for (QToolButton *button : view.findChildren<QToolButton *>()) {
        if (button->text() == PreviewView::tr("Phone"))
            phone = button;
    }
    QVERIFY(phone);
    QSignalSpy changed(&view, &PreviewView::columnWidthChanged);
    QSignalSpy refreshed(&view, &PreviewView::refreshed);
    phone->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toInt(), 360);
    QCOMPARE(view.columnWidth(), 360);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(evaluate(view.page(), measure).toDouble(), 360.0);

    view.setColumnWidth(600);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(evaluate(view.page(), measure).toDouble(), 600.0);
    QCOMPARE(changed.count(), 2);
}

void TestPreview::updateKeepsScrollPosition()
{
    QString text;
    for (int i = 1; i <= 200; ++i)
        text += QStringLiteral("Line %1 of a long message.\n").arg(i);
    QTextDocument doc;
    doc.setPlainText(text);
    PreviewView view;
    view.resize(800, 400);
    view.show();
    showAndWait(view, QStringLiteral("Long"), QString(), doc);
    QCOMPARE(evaluate(view.page(), QStringLiteral("window.scrollTo(0, 1200); window.scrollY")).toInt(), 1200);

    QSignalSpy loads(view.page(), &QWebEnginePage::loadStarted);
    doc.setPlainText(text + QStringLiteral("One more line."));
    showAndWait(view, QStringLiteral("Long, edited"), QString(), doc);
    QVERIFY(plainText(view.page()).contains(QStringLiteral("One more line.")));
    QCOMPARE(evaluate(view.page(), QStringLiteral("window.scrollY")).toInt(), 1200);
    QCOMPARE(loads.count(), 0);
}

void TestPreview::updatesCoalesce()
{
    PreviewView view;
    view.resize(800, 600);
    view.show();
    QTextDocument doc;
    showAndWait(view, QString(), QString(), doc);
    const int before = view.updatesSent();

    // Fifty keystrokes in one go: the first goes out, the rest collapse into the newest.
    QSignalSpy refreshed(&view, &PreviewView::refreshed);
    QString typed;
    for (int i = 0; i < 50; ++i) {
        typed += QLatin1Char('a' + i % 26);
        doc.setPlainText(typed);
        view.showMessage(QStringLiteral("Typing"), QString(), doc, {});
    }
    QVERIFY(!view.isUpToDate());
    QVERIFY(refreshed.wait(10000));
    QVERIFY(view.isUpToDate());
    QCOMPARE(view.updatesSent() - before, 2);
    QCOMPARE(refreshed.count(), 1);
    QVERIFY(plainText(view.page()).contains(typed));
}

void TestPreview::closesWithAnUpdateInFlight()
{
    // The page answers pending scripts when it is deleted; the view must still be whole then.
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("Closing"));
    auto *view = new PreviewView;
    view->show();
    showAndWait(*view, QStringLiteral("Closing"), QString(), doc);
    for (int i = 0; i < 5; ++i)
        view->showMessage(QStringLiteral("Closing %1").arg(i), QString(), doc, {});
    QVERIFY(!view->isUpToDate());
    delete view;
    QTest::qWait(100);
}

void TestPreview::showsAMessageBeyondSetHtmlsLimit()
{
    // QWebEnginePage::setHtml silently keeps the old page above about 2 MB; updates in place
    // do not go through it, so a pasted monster still shows.
    const QString line = QStringLiteral("A very long message, far beyond anything Amazon accepts, pasted by mistake.\n");
    QString text;
    while (text.size() < 2'500'000)
        text += line;
    text += QStringLiteral("The very end.");
    QTextDocument doc;
    doc.setPlainText(text);
    PreviewView view;
    view.resize(800, 600);
    view.show();
    showAndWait(view, QStringLiteral("Large"), QString(), doc);
    QVERIFY(plainText(view.page()).endsWith(QStringLiteral("The very end.")));
}

PERMITTED_WEB_ENGINE_TEST_MAIN(TestPreview)

#include "tst_preview.moc"
