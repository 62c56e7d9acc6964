// The part of the labelled corpus that no rule was tuned on, held-out/ (written blind by helper
// sessions after the last tuning, measured once). Recall of the expected rules and the share of
// messages with a false positive must hold, in each of the five languages with content rules and
// overall. Deterministic: no timing.
//
// The product's target is recall 0.95 with false positives on at most 2% of messages. The floors
// below are what detection reaches today, so that no change makes it worse; raise them as it gets
// better, and never lower them to let a change in.

#include "labelled_corpus.h"
#include "detection/validator.h"

#include <QtTest>

using namespace permitted;
using namespace permitted::quality;

namespace {

struct Floor {
    const char *part;
    const char *language;   // "all" for the whole part
    double recall;
    double falsePositiveShare;
};

// Measured on 2026-12-06 with build/bench/bench-quality, once, after the last detection change of
// the session (the sixty-seventh batch, <lang>-yp-NNN, written blind at the session's start):
// recall 0.961 and false positives on 2.2% of messages overall; English recall is the lowest
// (0.928). The build the session started from read it at 0.963 and 2.2%. The parts measured before
// it (0.912 and 8.0%, 0.935 and 5.0%, 0.887 and 6.0%,
// 0.927 and 7.0%, 0.920 and 4.0%, 0.937 and 5.0%, 0.910 and 4.5%, 0.946 and 4.0%, 0.946 and 2.5%,
// 0.917 and 7.8%, 0.957 and 4.0%, 0.925 and 5.0%, 0.905 and 7.2%, 0.892 and 5.2%, 0.912 and 7.2%,
// 0.933 and 3.2%, 0.885 and 4.2%, 0.905 and 3.8%, 0.937 and 5.2%, 0.917 and 4.0%, 0.923 and 4.0%,
// 0.907 and 7.5%, 0.941 and 2.8%, 0.940 and 4.2%, 0.953 and 3.8%, 0.945 and 3.2%, 0.933 and 4.2%,
// 0.942 and 2.5%, 0.956 and 2.8%, 0.949 and 6.8%, 0.964 and 2.2%, 0.950 and 4.8%, 0.933 and 4.8%,
// 0.942 and 2.8%, 0.961 and 3.0%, 0.960 and 3.2%, 0.949 and 2.0%, 0.943 and 3.5%, 0.954 and 4.5%,
// 0.957 and 5.5%, 0.952 and 9.2%, 0.961 and 7.0%, 0.961 and 7.2%, 0.959 and 4.0%, 0.956 and 4.8%,
// 0.953 and 5.2%, 0.973 and 3.8%) were spent on tuning, and so were batches written for the tuning
// part (0.939 and 4.8%, 0.942 and 4.2%, 0.946 and 8.0%, 0.964 and 6.2%, 0.951 and 10.8%, 0.926 and
// 8.5%, 0.944 and 3.0%, 0.962 and 4.2%, 0.946 and 3.2%, 0.953 and 5.0%, 0.943 and 5.8%, 0.947 and
// 6.6%, 0.946 and 7.5%, 0.965 and 2.5%, 0.948 and 3.5%, 0.944 and 4.8%, 0.952 and 7.2%, 0.970 and
// 2.8%, 0.963 and 3.5%, 0.961 and 4.0%, then this session's 0.966 and 3.2%, 0.961 and 5.5%, 0.967
// and 2.8% when first read). Recall floors are rounded down, false-positive ceilings up.
constexpr Floor kFloors[] = {
    {"held-out", "all", 0.960, 0.023},
    {"held-out", "de", 0.970, 0.025},
    {"held-out", "en", 0.927, 0.013},
    {"held-out", "es", 0.960, 0.013},
    {"held-out", "fr", 0.968, 0.025},
    {"held-out", "it", 0.978, 0.038},
};

} // namespace

class CorpusQuality : public QObject {
    Q_OBJECT
    std::unique_ptr<Validator> validator;
    QMap<QString, Score> parts;

private slots:
    void initTestCase()
    {
        QString error;
        validator = Validator::create(ValidatorOptions{}, &error);
        QVERIFY2(validator, qPrintable(error));
        for (const QString part : {QStringLiteral("held-out")}) {
            const auto corpus = loadCorpus(QStringLiteral(PERMITTED_CORPUS_DIR "/") + part, &error);
            QVERIFY2(corpus, qPrintable(error));
            QVERIFY(corpus->size() >= 200);
            parts.insert(part, score(*validator, *corpus));
        }
    }

    void unseenPartsHoldTheirFloors_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("recall");
        QTest::addColumn<double>("falsePositiveShare");
        for (const Floor &f : kFloors)
            QTest::addRow("%s/%s", f.part, f.language) << QString::fromLatin1(f.part) << QString::fromLatin1(f.language)
                                                       << f.recall << f.falsePositiveShare;
    }
    void unseenPartsHoldTheirFloors()
    {
        QFETCH(QString, part);
        QFETCH(QString, language);
        QFETCH(double, recall);
        QFETCH(double, falsePositiveShare);
        const Score &s = parts[part];
        const Tally t = language == QLatin1String("all") ? s.all : s.byLanguage.value(language);
        QVERIFY2(t.messages > 0, qPrintable(language));
        const QString figures = QStringLiteral("%6 %1: recall %2 (floor %3), false positives on %4% of messages (ceiling %5%)")
                                    .arg(language).arg(t.recall(), 0, 'f', 3).arg(recall, 0, 'f', 3)
                                    .arg(100 * t.falsePositiveShare(), 0, 'f', 1).arg(100 * falsePositiveShare, 0, 'f', 1).arg(part);
        qInfo("%s", qPrintable(figures));
        QVERIFY2(t.recall() >= recall, qPrintable(figures));
        QVERIFY2(t.falsePositiveShare() <= falsePositiveShare, qPrintable(figures));
    }

    // A corpus that cannot be read is an error, not an empty score.
    void aMalformedRecordIsRefusedWithItsPlace()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("xx.jsonl")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"id\": \"en-1\", \"lang\": \"en\", \"kind\": \"reply\", \"text\": \"Hi\", \"expected\": [], \"acceptable\": []}\n");
        file.write("{\"id\": \"en-2\", \"lang\": \"en\", \"kind\": \"reply\", \"text\": \"Hi\", \"expected\": [\"emoji\"], \"acceptable\": [\"emoji\"]}\n");
        file.close();
        QString error;
        QVERIFY(!loadCorpus(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("xx.jsonl:2")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(CorpusQuality)
#include "tst_corpus_quality.moc"
