#include "labelled_corpus.h"
#include "languages.h"
#include "reasons.h"
#include "detection/validator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace permitted::quality {
namespace {

// The day the corpus is checked on: no message of it carries an order date.
const QDate kCorpusToday(2026, 6, 1);

std::optional<QSet<QString>> idList(const QJsonValue &value)
{
    if (value.isUndefined())
        return QSet<QString>();
    if (!value.isArray())
        return std::nullopt;
    QSet<QString> out;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            return std::nullopt;
        out.insert(v.toString());
    }
    return out;
}

std::optional<LabelledMessage> parseRecord(const QByteArray &line, QString *why)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject()) {
        *why = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    LabelledMessage m;
    m.id = o.value(QLatin1String("id")).toString();
    m.language = o.value(QLatin1String("lang")).toString();
    m.reason = o.value(QLatin1String("reason")).toString();
    m.origin = o.value(QLatin1String("origin")).toString();
    m.text = o.value(QLatin1String("text")).toString();
    const QString kind = o.value(QLatin1String("kind")).toString();
    m.proactive = kind == QLatin1String("proactive");
    const auto expected = idList(o.value(QLatin1String("expected")));
    const auto acceptable = idList(o.value(QLatin1String("acceptable")));
    if (m.id.isEmpty() || m.text.isEmpty() || !findBuyerLanguage(m.language)
        || (!m.proactive && kind != QLatin1String("reply")) || !expected || !acceptable) {
        *why = QStringLiteral("a record needs id, a buyer language, kind proactive|reply, text, and lists of rule IDs");
        return std::nullopt;
    }
    m.expected = *expected;
    m.acceptable = *acceptable;
    if (m.expected.intersects(m.acceptable)) {
        *why = QStringLiteral("%1: a rule is both expected and acceptable").arg(m.id);
        return std::nullopt;
    }
    return m;
}

} // namespace

std::optional<QList<LabelledMessage>> loadCorpus(const QString &folder, QString *error)
{
    QList<LabelledMessage> out;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = QStringLiteral("%1: no .jsonl file").arg(folder);
        return std::nullopt;
    }
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            return std::nullopt;
        }
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty())
                continue;
            QString why;
            const std::optional<LabelledMessage> m = parseRecord(line, &why);
            if (!m) {
                *error = QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(lineNumber).arg(why);
                return std::nullopt;
            }
            out.append(*m);
        }
    }
    return out;
}

QSet<QString> reportedRules(const Validator &validator, const LabelledMessage &message)
{
    MessageContext context;
    context.language = message.language;
    context.marketplace = findBuyerLanguage(message.language)->marketplaces.front();
    context.kind = message.proactive ? MessageKind::Proactive : MessageKind::Reply;
    if (findContactReason(message.reason))
        context.reason = message.reason;
    context.today = kCorpusToday;
    Message m;
    m.body = message.text;
    QSet<QString> out;
    for (const Finding &f : validator.validate(m, context))
        if (f.severity != Severity::Suggestion)
            out.insert(f.ruleId);
    return out;
}

Score score(const Validator &validator, const QList<LabelledMessage> &messages)
{
    Score s;
    for (const LabelledMessage &m : messages) {
        const QSet<QString> reported = reportedRules(validator, m);
        Tally &lang = s.byLanguage[m.language];
        bool falseAlarm = false;
        for (Tally *t : {&s.all, &lang})
            ++t->messages;
        for (const QString &rule : m.expected) {
            const bool found = reported.contains(rule);
            Tally &r = s.byRule[rule];
            ++r.messages;
            for (Tally *t : {&s.all, &lang, &r}) {
                ++t->expected;
                t->found += found ? 1 : 0;
            }
            if (!found)
                s.misses << QStringLiteral("%1: missed %2").arg(m.id, rule);
        }
        for (const QString &rule : reported) {
            if (m.expected.contains(rule) || m.acceptable.contains(rule))
                continue;
            falseAlarm = true;
            for (Tally *t : {&s.all, &lang, &s.byRule[rule]})
                ++t->falsePositives;
            s.falseAlarms << QStringLiteral("%1: false %2").arg(m.id, rule);
        }
        if (falseAlarm)
            for (Tally *t : {&s.all, &lang})
                ++t->messagesWithFalsePositive;
    }
    return s;
}

} // namespace permitted::quality
