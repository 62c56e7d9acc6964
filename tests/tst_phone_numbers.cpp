// Phone numbers as each marketplace writes them are found, in that marketplace's region or another
// of the buyer's language; the numbers of ordinary messages (order IDs, tracking numbers, prices,
// dates, model and VAT numbers) are not.

#include "validator_fixture.h"

using namespace permitted;
using namespace permitted::test;

class PhoneNumbers : public QObject {
    Q_OBJECT
private slots:
    void numbersAreFound_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("marketplace");
        QTest::addColumn<QString>("number");
        QTest::newRow("US national") << "en" << "US" << "(415) 555-2671";
        QTest::newRow("US dotted") << "en" << "US" << "415.555.2671";
        QTest::newRow("US international") << "en" << "US" << "+1 415 555 2671";
        QTest::newRow("UK London") << "en" << "UK" << "020 7946 0958";
        QTest::newRow("UK mobile") << "en" << "UK" << "07911 123456";
        QTest::newRow("FR mobile") << "fr" << "FR" << "06 12 34 56 78";
        QTest::newRow("FR dotted") << "fr" << "FR" << "01.23.45.67.89";
        QTest::newRow("FR international") << "fr" << "FR" << "+33 6 12 34 56 78";
        QTest::newRow("DE Berlin") << "de" << "DE" << "030 12345678";
        QTest::newRow("DE slash") << "de" << "DE" << "089/1234567";
        QTest::newRow("DE mobile") << "de" << "DE" << "0151 23456789";
        QTest::newRow("ES mobile") << "es" << "ES" << "612 34 56 78";
        QTest::newRow("ES landline") << "es" << "ES" << "+34 912 345 678";
        QTest::newRow("IT Rome") << "it" << "IT" << "06 1234 5678";
        QTest::newRow("IT mobile") << "it" << "IT" << "+39 347 123 4567";
        // Numbers of another marketplace of the buyer's language.
        QTest::newRow("MX mobile on amazon.es") << "es" << "ES" << "55 4821 3390";
        QTest::newRow("UK mobile on amazon.com") << "en" << "US" << "07911 123456";
        QTest::newRow("Quebec on amazon.fr") << "fr" << "FR" << "(514) 555-2671";
    }
    void numbersAreFound()
    {
        QFETCH(QString, language);
        QFETCH(QString, marketplace);
        QFETCH(QString, number);
        const QString text = QStringLiteral("Call ") + number + QStringLiteral(" today.");
        const Findings found = only(check(text, language, marketplace), QStringLiteral("phone-number"));
        QVERIFY2(found.size() == 1 && found[0].start == 5 && found[0].length == number.size(),
                 qPrintable(rangesOf(text, found)));
        QCOMPARE(found[0].severity, Severity::Error);
    }

    // Sellers in the corpus gave numbers the plans keep for films and tests ("01632 960418"),
    // which libphonenumber refuses as invalid: the words before a number that say to call it
    // make it one; without them, it stays a number like any other.
    void aNumberToCallNeedNotBeValid()
    {
        const QString cued = QStringLiteral("If it's easier, ring us on 01632 960418 any weekday.");
        const Findings found = only(check(cued, QStringLiteral("en"), QStringLiteral("US")), QStringLiteral("phone-number"));
        QVERIFY2(found.size() == 1 && cued.mid(found[0].start, found[0].length) == QStringLiteral("01632 960418"),
                 qPrintable(rangesOf(cued, found)));
        const QString plain = QStringLiteral("The label reads 01632 960418 under the barcode.");
        QVERIFY(only(check(plain, QStringLiteral("en"), QStringLiteral("US")), QStringLiteral("phone-number")).isEmpty());
        const QString german = QStringLiteral("Rufen Sie mich gern an unter 01632 960418, auch samstags.");
        QCOMPARE(only(check(german, QStringLiteral("de"), QStringLiteral("DE")), QStringLiteral("phone-number")).size(), 1);
    }

    void theRegionDecides()
    {
        // A German mobile number written the German way is a number in no marketplace of English
        // (US, UK, Canada, Australia, India ...): for an English buyer it is one only when the
        // sentence says to call it.
        QVERIFY(only(check("The code 0151 23456789 is on the box.", "en", "US"), "phone-number").isEmpty());
        QCOMPARE(only(check("The code 0151 23456789 is on the box.", "de", "DE"), "phone-number").size(), 1);
        QCOMPARE(only(check("Call 0151 23456789 today.", "en", "US"), "phone-number").size(), 1);
    }

    void aServiceLineIsOnlyAWarning()
    {
        const Findings found = only(check("For the warranty, call the manufacturer at (415) 555-2671.", "en", "US"),
                                    "phone-number");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].severity, Severity::Warning);
    }

    void otherNumbersAreNotPhones_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::newRow("order ID") << "en" << "Your order 113-4567890-1234567 has shipped.";
        QTest::newRow("digital order") << "en" << "Your order D01-4567890-1234567 is ready.";
        QTest::newRow("UPS tracking") << "en" << "Tracking number 1Z999AA10123456784.";
        QTest::newRow("USPS tracking") << "en" << "USPS tracking: 9400 1000 0000 0000 0000 00.";
        QTest::newRow("FedEx tracking") << "en" << "FedEx tracking 7489 2345 6712.";
        QTest::newRow("price") << "en" << "The refund of $1,299.99 was issued on 12/03/2025.";
        QTest::newRow("ISO date") << "en" << "It was delivered on 2025-03-12 at 14:05.";
        QTest::newRow("model") << "en" << "The model XK-2000-B replaces part 4455-221.";
        QTest::newRow("EAN") << "de" << "Die EAN 4006381333931 steht auf dem Karton.";
        QTest::newRow("dotted part number") << "de" << "Die Scheiben passen, Vergleichsnummer ATE 24.0125-0156.1 im Katalog.";
        QTest::newRow("FR price") << "fr" << "Le remboursement de 1 299,99 € a été effectué le 12/03/2025.";
        QTest::newRow("DE postcode") << "de" << "Das Paket geht an 10115 Berlin, Lieferung am 12.03.2025.";
        QTest::newRow("Colissimo") << "fr" << "Votre numéro de suivi Colissimo est 6A12345678901.";
        QTest::newRow("dimensions") << "en" << "It measures 120 x 60 x 75 cm and weighs 25 kg.";
        QTest::newRow("part number") << "en" << "The part number is 4412-3365-87.";
        QTest::newRow("invoice number") << "en" << "Invoice no. 2026-000481 is attached.";
        QTest::newRow("DPD parcel") << "de" << "Ihre DPD-Paketnummer lautet 05282012345678.";
        QTest::newRow("part after a brand") << "en" << "It replaces GM OEM 84192631 and comes with the gasket.";
        QTest::newRow("clutch after a brand") << "es" << "Su embrague LuK 624 3183 00 salió ayer con MRW.";
        QTest::newRow("catalogue code") << "it" << "Prima stampa del 1973, etichetta Harvest, catalogo 3C 064-05249, con l'inserto.";
        QTest::newRow("DE date") << "de" << "Ihre Bestellung vom 08.11.2024 ist unterwegs.";
        QTest::newRow("order ID a digit short") << "de" << "Zu Ihrer Bestellung 302-482917-6610349 die Rechnung.";
        QTest::newRow("code glued to letters") << "de" << "Das Modell TX-0351-2278-40 trägt 80 kg.";
        QTest::newRow("IT VAT number") << "it" << "Fattura intestata alla ditta, P.IVA 01234567890.";
        QTest::newRow("DE VAT ID") << "de" << "Wir haben Ihre USt-IdNr. DE 298765431 vermerkt.";
        QTest::newRow("serial number") << "it" << "Il numero si trova sotto la base: S/N 3471 2289 0054.";
        QTest::newRow("MX tracking") << "es" << "Su número de guía es 8055123456, por Estafeta.";
    }
    void otherNumbersAreNotPhones()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        const Findings found = only(check(text, language), QStringLiteral("phone-number"));
        QVERIFY2(found.isEmpty(), qPrintable(rangesOf(text, found)));
    }
};

QTEST_GUILESS_MAIN(PhoneNumbers)
#include "tst_phone_numbers.moc"
