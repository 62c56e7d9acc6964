#pragma once
// Labelled seller messages (tests/corpus/, the record shape of its README) and how the validator
// scores on them: recall of the expected rules, and false positives (a reported rule neither
// expected nor acceptable), per rule and per language. Shared by bench-quality, which prints the
// figures, and tst_corpus_quality, which holds the held-out part to its thresholds.

#include <QDate>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace permitted {
class Validator;
}

namespace permitted::quality {

struct LabelledMessage {
    QString id;
    QString language;
    bool proactive = false;
    QString reason;
    QString origin;
    QString text;
    QSet<QString> expected;
    QSet<QString> acceptable;
};

// Every record of the .jsonl files of `folder`; nullopt and a reason naming file and line when a
// record is malformed (a corpus that cannot be read must not score as empty).
std::optional<QList<LabelledMessage>> loadCorpus(const QString &folder, QString *error);

// The rule IDs the validator reports for one message (errors and warnings; suggestions are
// advice, not verdicts). The date is fixed, so that no rule drifts with the calendar.
QSet<QString> reportedRules(const Validator &validator, const LabelledMessage &message);

struct Tally {
    int messages = 0;
    int expected = 0;            // expected labels
    int found = 0;               // of those, reported
    int messagesWithFalsePositive = 0;
    int falsePositives = 0;      // (message, rule) pairs reported outside expected ∪ acceptable

    double recall() const { return expected ? double(found) / expected : 1.0; }
    double falsePositiveShare() const { return messages ? double(messagesWithFalsePositive) / messages : 0.0; }
};

struct Score {
    Tally all;
    QMap<QString, Tally> byLanguage;
    // Per rule: `expected`/`found` count that rule's labels; `falsePositives` the messages where it
    // was reported wrongly; `messages` the messages where it was expected.
    QMap<QString, Tally> byRule;
    // For reading what went wrong: "id: missed rule" and "id: false rule".
    QStringList misses;
    QStringList falseAlarms;
};

Score score(const Validator &validator, const QList<LabelledMessage> &messages);

} // namespace permitted::quality
