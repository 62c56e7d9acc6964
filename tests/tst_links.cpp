// Links and order IDs: http is an error, Amazon and carriers are fine, shorteners and look-alikes
// are errors, bare domains are links; the order ID shapes that satisfy a proactive message, and
// the ones that are malformed.

#include "validator_fixture.h"

using namespace permitted;
using namespace permitted::test;

class LinksAndOrderIds : public QObject {
    Q_OBJECT
private slots:
    void httpIsAnErrorWithHttpsAsTheFix()
    {
        const QString text = QStringLiteral("The manual is at http://www.amazon.com/manual today.");
        const Findings found = only(check(text), QStringLiteral("insecure-link"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].severity, Severity::Error);
        QCOMPARE(text.mid(found[0].start, found[0].length), QStringLiteral("http://www.amazon.com/manual"));
        QCOMPARE(applyFix(text, found[0]), QStringLiteral("The manual is at https://www.amazon.com/manual today."));
        QVERIFY(only(check(text), QStringLiteral("external-link")).isEmpty());
    }

    void amazonAndCarriersAreNotFlagged_data()
    {
        QTest::addColumn<QString>("url");
        for (const char *url : {"https://www.amazon.fr/gp/css/order-history", "https://www.amazon.co.uk/returns",
                                "https://www.amazon.co.jp/gp/help", "https://a.co/d/3xYz9Qp", "amazon.de/hilfe",
                                "https://www.amazon.com.be/gp/css/order-history", "https://www.amazon.at/gp/css/returns/homepage.html",
                                "https://www.yuntrack.com/parcelTracking?id=YT2411111111111111",
                                "https://www.ups.com/track?tracknum=1Z999AA10123456784",
                                "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000000",
                                "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901",
                                "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html",
                                "https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB",
                                "https://www.anpost.com/Post-Parcels/Track/History?item=RR204588916IE",
                                "https://www.postescanada.ca/track-reperage/fr#/details/7023210039414604"})
            QTest::newRow(url) << QString::fromLatin1(url);
    }
    void amazonAndCarriersAreNotFlagged()
    {
        QFETCH(QString, url);
        const QString text = QStringLiteral("You can follow it here: ") + url + QStringLiteral(".");
        const Findings all = check(text);
        QVERIFY2(only(all, "external-link").isEmpty() && only(all, "insecure-link").isEmpty(), qPrintable(rangesOf(text, all)));
    }

    void shortenersAndLookalikesAreErrors_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("bit.ly") << "https://bit.ly/3abcDEF";
        QTest::newRow("tinyurl") << "tinyurl.com/y7k2m9";
        QTest::newRow("cyrillic a") << QStringLiteral("https://\u0430mazon.com/orders");
        QTest::newRow("hyphenated") << "https://amazon-deals.com/offer";
        QTest::newRow("subdomain") << "https://amazon.returns-center.net/start";
    }
    void shortenersAndLookalikesAreErrors()
    {
        QFETCH(QString, url);
        const QString text = QStringLiteral("Please open ") + url + QStringLiteral(" to continue.");
        const Findings found = only(check(text), QStringLiteral("external-link"));
        QVERIFY2(found.size() == 1, qPrintable(rangesOf(text, found)));
        QCOMPARE(found[0].severity, Severity::Error);
        QCOMPARE(text.mid(found[0].start, found[0].length), url);
    }

    // A maker's account site (to unlock a returned phone, to activate a licence) is still a link
    // to another site, but it is not the seller's own: no steering off Amazon.
    void deviceServicesAreLinksButNotTheSellersSite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("fr icloud") << QStringLiteral("Avant le retour, connectez-vous sur icloud.com/find et retirez l'appareil de votre compte.");
        QTest::newRow("it icloud") << QStringLiteral("Per procedere al rimborso ti basta andare su icloud.com/find e rimuovere il telefono.");
        QTest::newRow("es office") << QStringLiteral("1. Entre en https://setup.office.com e inicie sesión con su cuenta.");
    }
    void deviceServicesAreLinksButNotTheSellersSite()
    {
        QFETCH(QString, text);
        const QString lang = QString::fromLatin1(QTest::currentDataTag()).left(2);
        const Findings all = check(text, lang);
        QVERIFY2(only(all, "external-link").size() == 1, qPrintable(rangesOf(text, all)));
        QVERIFY2(only(all, "off-amazon").isEmpty() && only(all, "promotional").isEmpty(), qPrintable(rangesOf(text, all)));
    }

    // A link to a social network says what the network's name says: follow us there. A video on
    // YouTube showing how to fit a part does not.
    void socialNetworkLinksArePromotion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("promotes");
        QTest::newRow("fr signature") << QStringLiteral("Cordialement,\nService Facturation\nSuivez-nous : facebook.com/nordeamaison | instagram.com/nordea.maison") << true;
        QTest::newRow("en signature") << QStringLiteral("Thanks for your order.\n\nJess\nwww.instagram.com/pantrylane") << true;
        QTest::newRow("it video") << QStringLiteral("Il nostro tecnico lo mostra passo passo in questo video: https://www.youtube.com/watch?v=Fv7kQ2mXp1s") << false;
    }
    void socialNetworkLinksArePromotion()
    {
        QFETCH(QString, text);
        QFETCH(bool, promotes);
        const QString lang = QString::fromLatin1(QTest::currentDataTag()).left(2);
        const Findings all = check(text, lang);
        QVERIFY2(only(all, "external-link").size() >= 1, qPrintable(rangesOf(text, all)));
        QVERIFY2(only(all, "promotional").isEmpty() != promotes, qPrintable(rangesOf(text, all)));
    }

    void otherSitesAreWarnings_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("www without scheme") << "www.myshop.com";
        QTest::newRow("bare domain") << "myshop.com";
        QTest::newRow("bare with path") << "lumen-home.fr/manuals";
        QTest::newRow("https") << "https://www.lumen-home.de/anleitung.pdf";
    }
    void otherSitesAreWarnings()
    {
        QFETCH(QString, url);
        const QString text = QStringLiteral("The guide is on ") + url + QStringLiteral(", page 4.");
        const Findings found = only(check(text), QStringLiteral("external-link"));
        QVERIFY2(found.size() == 1, qPrintable(rangesOf(text, found)));
        QCOMPARE(found[0].severity, Severity::Warning);
        QCOMPARE(text.mid(found[0].start, found[0].length), url);
    }

    void wordsWithFullStopsAreNotLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("abbreviation") << "Add extras, e.g. a cover, i.e. the blue one.";
        QTest::newRow("missing space") << "It shipped.It will arrive soon.";
        QTest::newRow("decimal") << "It weighs 2.5 kg and costs 19.99 dollars.";
        QTest::newRow("file name") << "The file manual.pdf and photos.zip are attached.";
        QTest::newRow("version") << "Update the app to v2.3.1 first.";
    }
    void wordsWithFullStopsAreNotLinks()
    {
        QFETCH(QString, text);
        const Findings found = only(check(text), QStringLiteral("external-link"));
        QVERIFY2(found.isEmpty(), qPrintable(rangesOf(text, found)));
    }

    void orderIdsSatisfyAProactiveMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("satisfied");
        QTest::newRow("order ID") << "About order 123-1234567-1234567: it ships Monday." << true;
        QTest::newRow("digital order") << "About order D01-1234567-1234567: your key is ready." << true;
        QTest::newRow("placeholder") << "About order {{order_id}}: it ships Monday." << true;
        QTest::newRow("none") << "About your order: it ships Monday." << false;
        QTest::newRow("16 digits") << "About order 123-1234567-123456: it ships Monday." << false;
    }
    void orderIdsSatisfyAProactiveMessage()
    {
        QFETCH(QString, text);
        QFETCH(bool, satisfied);
        const Findings found = only(check(text, "en", "US", MessageKind::Proactive), QStringLiteral("missing-order-id"));
        QCOMPARE(found.isEmpty(), satisfied);
        if (!satisfied) {
            QCOMPARE(found[0].severity, Severity::Error);
            QVERIFY(found[0].fix);
            QVERIFY(only(check(applyFix(text, found[0]), "en", "US", MessageKind::Proactive), "missing-order-id").isEmpty());
        }
    }

    void aReplyWithoutOrderIdIsASuggestion()
    {
        const Findings found = only(check("Your parcel left today."), QStringLiteral("missing-order-id"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].severity, Severity::Suggestion);
    }

    void malformedOrderIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("flagged");
        QTest::newRow("16 digits") << "Order 123-1234567-123456 is late." << "123-1234567-123456";
        QTest::newRow("18 digits") << "Order 123-1234567-12345678 is late." << "123-1234567-12345678";
        QTest::newRow("short middle") << "Order 123-123456-1234567 is late." << "123-123456-1234567";
        QTest::newRow("no hyphens") << "Your order number 12312345671234567 is late." << "12312345671234567";
        QTest::newRow("18 no hyphens") << "Order no. 123123456712345678 is late." << "123123456712345678";
    }
    void malformedOrderIds()
    {
        QFETCH(QString, text);
        QFETCH(QString, flagged);
        const Findings found = only(check(text), QStringLiteral("invalid-order-id"));
        QVERIFY2(found.size() == 1, qPrintable(rangesOf(text, found)));
        QCOMPARE(text.mid(found[0].start, found[0].length), flagged);
    }

    void digitRunsThatAreNotOrderNumbers()
    {
        // A tracking number is a long run of digits too; without the word "order" it is not one.
        QVERIFY(only(check("Tracking 12312345671234567 with the carrier."), "invalid-order-id").isEmpty());
        QVERIFY(only(check("Order 123-1234567-1234567 is late."), "invalid-order-id").isEmpty());
    }

    void seventeenDigitsGetHyphens()
    {
        const QString text = QStringLiteral("Your order number 12312345671234567 is late.");
        const Findings found = only(check(text), QStringLiteral("invalid-order-id"));
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].fix);
        QCOMPARE(applyFix(text, found[0]), QStringLiteral("Your order number 123-1234567-1234567 is late."));
    }

    void spacesForHyphensGetHyphens()
    {
        const QString text = QStringLiteral("About your order 402 8816320 7749013: it ships today.");
        const Findings found = only(check(text), QStringLiteral("invalid-order-id"));
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].fix);
        QCOMPARE(applyFix(text, found[0]), QStringLiteral("About your order 402-8816320-7749013: it ships today."));
        // Without the word "order", three groups of digits are no order ID.
        QVERIFY(only(check("Parcel 402 8816320 7749013 is at the depot."), "invalid-order-id").isEmpty());
    }
};

QTEST_GUILESS_MAIN(LinksAndOrderIds)
#include "tst_links.moc"
