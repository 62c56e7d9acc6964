// bench-quality: how well the validator catches what sellers really write. For each part of the
// labelled corpus (tests/corpus/tuning, tests/corpus/held-out), recall of the expected rules and
// false positives, per language and per rule.
//
// Run on purpose, not as a test (tst_corpus_quality holds the held-out part to its thresholds):
//   build/bench/bench-quality [--corpus DIR] [--part tuning|held-out] [--lang CODE] [--why]
//                             [--explain ID] [--text TEXT]
// The tuning part unless --part says otherwise, so that nobody reads the held-out part by chance.
// PERMITTED_RULES_DIR=resources/rules reads the rules from disk instead of the built-in copy.
// --why lists every miss and false alarm (read it for the tuning part only: a held-out part that
// taught a change is spent); --explain prints one message's concepts, sentence by sentence, and
// what was reported; --text does the same for a text of yours (as a proactive message in --lang).

#include "bench_options.h"
#include "labelled_corpus.h"
#include "detection/entities.h"
#include "detection/validator.h"

#include <QCoreApplication>
#include <QDir>
#include <cstdio>

using namespace permitted;
using namespace permitted::quality;
using namespace permitted::bench;

namespace {

void printTally(const char *label, const Tally &t)
{
    std::printf("  %-24s %8d %8d %8d %8.3f %8d %7.1f%%\n", label, t.messages, t.expected, t.found, t.recall(),
                t.messagesWithFalsePositive, 100.0 * t.falsePositiveShare());
}

void explain(const Validator &validator, const LabelledMessage &m)
{
    std::printf("%s (%s, %s)\n", qPrintable(m.id), qPrintable(m.language), m.proactive ? "proactive" : "reply");
    const ConceptLexicon *lexicon = validator.lexicon(m.language);
    if (lexicon) {
        const TextView view(m.text, m.language);
        const Entities entities = findEntities(view, *validator.domains());
        for (const ConceptHit &h : lexicon->find(view, entities).hits)
            std::printf("  sentence %2d  %-18s \"%s\"\n", h.sentence, qPrintable(validator.conceptNames().name(h.conceptId)),
                        qPrintable(view.slice(h.range).toString()));
    }
    const QStringList reported = reportedRules(validator, m).values();
    std::printf("  reported: %s\n  expected: %s\n  acceptable: %s\n", qPrintable(reported.join(u' ')),
                qPrintable(m.expected.values().join(u' ')), qPrintable(m.acceptable.values().join(u' ')));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::printf("bench-quality [--corpus DIR] [--part tuning|held-out] [--lang CODE] [--why] [--explain ID] [--text TEXT]\n"
                    "Scores the validator on a part of the labelled corpus (the tuning part unless --part says otherwise).\n");
        return 0;
    }
    QString root = textOption(args, QStringLiteral("--corpus"));
    if (root.isEmpty())
        root = QStringLiteral(PERMITTED_CORPUS_DIR);
    QString onlyPart = textOption(args, QStringLiteral("--part"));
    if (onlyPart.isEmpty())
        onlyPart = QStringLiteral("tuning");
    const QString onlyLanguage = textOption(args, QStringLiteral("--lang"));
    const bool why = args.contains(QStringLiteral("--why"));
    const QString explainId = textOption(args, QStringLiteral("--explain"));

    QString error;
    // PERMITTED_RULES_DIR: the rules folder on disk, to tune without rebuilding.
    ValidatorOptions options;
    if (const QString dir = qEnvironmentVariable("PERMITTED_RULES_DIR"); !dir.isEmpty())
        options.rulesRoot = dir;
    const auto validator = Validator::create(options, &error);
    if (!validator) {
        std::fprintf(stderr, "bench-quality: %s\n", qPrintable(error));
        return 2;
    }
    if (const QString text = textOption(args, QStringLiteral("--text")); !text.isEmpty()) {
        LabelledMessage m;
        m.id = QStringLiteral("--text");
        m.language = onlyLanguage.isEmpty() ? QStringLiteral("en") : onlyLanguage;
        m.proactive = true;
        m.text = text;
        explain(*validator, m);
        return 0;
    }
    for (const QString &part : {QStringLiteral("tuning"), QStringLiteral("held-out")}) {
        if (part != onlyPart || !QDir(root).exists(part))
            continue;
        auto corpus = loadCorpus(QDir(root).filePath(part), &error);
        if (!corpus) {
            std::fprintf(stderr, "bench-quality: %s\n", qPrintable(error));
            return 2;
        }
        if (!explainId.isEmpty()) {
            for (const LabelledMessage &m : *corpus)
                if (m.id == explainId)
                    explain(*validator, m);
            continue;
        }
        if (!onlyLanguage.isEmpty())
            corpus->removeIf([&](const LabelledMessage &m) { return m.language != onlyLanguage; });
        const Score s = score(*validator, *corpus);
        std::printf("\n%s: %d messages\n", qPrintable(part), s.all.messages);
        std::printf("  %-24s %8s %8s %8s %8s %8s %8s\n", "language", "messages", "expected", "found", "recall",
                    "fp msgs", "fp share");
        for (auto it = s.byLanguage.begin(); it != s.byLanguage.end(); ++it)
            printTally(qPrintable(it.key()), it.value());
        printTally("all", s.all);
        std::printf("  %-24s %8s %8s %8s %8s %8s\n", "rule", "messages", "expected", "found", "recall", "fp msgs");
        for (auto it = s.byRule.begin(); it != s.byRule.end(); ++it)
            std::printf("  %-24s %8d %8d %8d %8.3f %8d\n", qPrintable(it.key()), it->messages, it->expected, it->found,
                        it->recall(), it->falsePositives);
        if (why) {
            for (const QString &line : s.misses + s.falseAlarms)
                std::printf("    %s\n", qPrintable(line));
        }
    }
    return 0;
}
