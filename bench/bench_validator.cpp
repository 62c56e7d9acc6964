// bench-validator: how fast the validator checks realistic messages, against Hunspell alone.
//
// 1. In process: messages of 2,000 and 5,000 characters in each language, made of the labelled
//    corpus's seller messages (and, as the worst case for the content rules, of every rule's good
//    examples), each validated with every rule, spelling included; median and p99 per message,
//    and MB/s.
// 2. Whole processes: permitted-check over a folder of 2,000-character files against
//    `hunspell -l` over the same files, in the same run, in turns (--runs of each), as MB/s and
//    the ratio of the medians.
//
// Run on purpose, not as a test:
//   build/bench/bench-validator [--files N] [--rounds N] [--runs N] [--lang CODE] [--corpus sellers|near-misses]

#include "bench_options.h"
#include "realistic_message.h"
#include "detection/rule_pack.h"
#include "detection/validator.h"
#include "languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace permitted;
using namespace permitted::bench;

namespace {

struct Stats { double median; double p99; double mbPerSecond; };

Stats measure(const Validator &validator, const QList<QString> &messages, const MessageContext &context, int rounds)
{
    std::vector<double> micros;
    qint64 bytes = 0;
    double totalSeconds = 0;
    for (const QString &m : messages)   // warm-up: dictionaries loaded, caches filled
        validator.validate(Message{QString(), m}, context);
    for (int r = 0; r < rounds; ++r) {
        for (const QString &m : messages) {
            Message message;
            message.body = m;
            QElapsedTimer t;
            t.start();
            const Findings f = validator.validate(message, context);
            const double us = double(t.nsecsElapsed()) / 1000.0;
            micros.push_back(us);
            totalSeconds += us / 1e6;
            bytes += m.toUtf8().size();
        }
    }
    std::sort(micros.begin(), micros.end());
    return {micros[micros.size() / 2], micros[size_t(double(micros.size()) * 0.99)], double(bytes) / 1e6 / totalSeconds};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double runSeconds(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(-1);
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, int fallback) { return intOption(args, name, fallback); };
    const int fileCount = option(QStringLiteral("--files"), 2000);
    const int rounds = option(QStringLiteral("--rounds"), 20);
    const int processRuns = std::max(1, option(QStringLiteral("--runs"), 3));
    auto text = [&](const QString &name) { return textOption(args, name); };
    const QString onlyLanguage = text(QStringLiteral("--lang"));      // for profiling one case
    const QString onlyCorpus = text(QStringLiteral("--corpus"));      // sellers or near-misses

    QString error;
    const auto validator = Validator::create(ValidatorOptions{}, &error);
    if (!validator) {
        std::fprintf(stderr, "bench-validator: %s\n", qPrintable(error));
        return 2;
    }

    std::printf("In process: validate() with every rule, spelling included; %d rounds of 50 messages\n", rounds);
    std::printf("sellers: the labelled corpus's messages, as sellers write; near-misses: every rule's good\n"
                "examples, text made to nearly break the rules (the worst case for the content rules)\n");
    std::printf("%-12s %-4s %6s %12s %12s %10s\n", "corpus", "lang", "chars", "median_us", "p99_us", "MB/s");
    for (Corpus corpus : {Corpus::Sellers, Corpus::NearMisses})
    for (const QString &lang : validator->packLanguages()) {
        const QString corpusName = corpus == Corpus::Sellers ? QStringLiteral("sellers") : QStringLiteral("near-misses");
        const QStringList texts = benchmarkTexts(*validator->pack(lang), corpus);
        if ((!onlyLanguage.isEmpty() && lang != onlyLanguage) || (!onlyCorpus.isEmpty() && corpusName != onlyCorpus))
            continue;
        MessageContext context;
        context.language = lang;
        context.marketplace = findBuyerLanguage(lang)->marketplaces.front();
        context.kind = MessageKind::Proactive;
        for (int size : {2000, 5000}) {
            QList<QString> messages;
            for (int i = 0; i < 50; ++i)
                messages << realisticMessage(texts, size, i);
            if (messages.front().isEmpty())
                continue;
            const Stats s = measure(*validator, messages, context, rounds);
            std::printf("%-12s %-4s %6d %12.1f %12.1f %10.2f\n", qPrintable(corpusName), qPrintable(lang), size, s.median, s.p99, s.mbPerSecond);
        }
    }

    // Whole processes over the same files: permitted-check against hunspell -l. With no files,
    // hunspell would read standard input, so `--files 0` skips this part.
    if (fileCount <= 0)
        return 0;
    const QString check = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/permitted-check");
    QTemporaryDir dir;
    QStringList files;
    qint64 bytes = 0;
    const QStringList englishTexts = benchmarkTexts(*validator->pack(QStringLiteral("en")), Corpus::Sellers);
    for (int i = 0; i < fileCount; ++i) {
        const QString path = dir.filePath(QStringLiteral("m%1.txt").arg(i));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        const QByteArray text = realisticMessage(englishTexts, 2000, i).toUtf8();
        f.write(text);
        bytes += text.size();
        files << path;
    }
    // In turns, so that both see the machine's drift alike; the medians are compared.
    std::printf("\nWhole processes: %d files of 2,000 characters (%.2f MB), English; %d runs of each, in turns\n",
                int(files.size()), double(bytes) / 1e6, processRuns);
    std::vector<double> checkSeconds, hunspellSeconds;
    for (int run = 0; run < processRuns; ++run) {
        checkSeconds.push_back(runSeconds(check, QStringList{"--format", "json", "--lang", "en"} + files));
        hunspellSeconds.push_back(runSeconds(QStringLiteral("hunspell"), QStringList{"-l", "-d", "en_US"} + files));
    }
    const double checkMedian = median(checkSeconds), hunspellMedian = median(hunspellSeconds);
    std::printf("%-22s %10.3f s %10.2f MB/s (median)\n", "permitted-check", checkMedian, double(bytes) / 1e6 / checkMedian);
    std::printf("%-22s %10.3f s %10.2f MB/s (median)\n", "hunspell -l", hunspellMedian, double(bytes) / 1e6 / hunspellMedian);
    std::printf("permitted-check is %.1f times as fast as hunspell -l\n", hunspellMedian / checkMedian);
    return 0;
}
