#include "report.h"
#include "templates/placeholders.h"
#include "interface/interface_catalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <vector>

namespace permitted {
namespace {

struct LineColumn { int line; int column; };

// Where each line of a text starts, found once: each finding's line is then a binary search, so
// a report of many findings stays linear in the text (rescanning from the start for each one
// took minutes on a megabyte of short words).
class LineIndex {
public:
    explicit LineIndex(const QString &text)
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < text.size(); ++i)
            if (text[i] == QLatin1Char('\n'))
                m_starts.push_back(int(i + 1));
    }
    // 1-based line and column (in UTF-16 units) of `offset`.
    LineColumn at(int offset) const
    {
        const auto after = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        const int line = int(after - m_starts.begin());
        return {line, offset - m_starts[line - 1] + 1};
    }

private:
    std::vector<int> m_starts;
};

// "3 errors, 1 warning, 0 suggestions in 2 files", in the interface language, with its plurals.
QString summary(const int counts[3], int files, const QString &uiLanguage)
{
    auto counted = [&](const char *source, int n) { return translatedText(uiLanguage, "Report", source, nullptr, n); };
    return translatedText(uiLanguage, "Report", QT_TRANSLATE_NOOP("Report", "%1, %2, %3 in %4"))
               .arg(counted(QT_TRANSLATE_N_NOOP("Report", "%n error(s)"), counts[0]),
                    counted(QT_TRANSLATE_N_NOOP("Report", "%n warning(s)"), counts[1]),
                    counted(QT_TRANSLATE_N_NOOP("Report", "%n suggestion(s)"), counts[2]),
                    counted(QT_TRANSLATE_N_NOOP("Report", "%n file(s)"), files))
           + QLatin1Char('\n');
}


// The findings of every file, cut into blocks: the report is written a batch of blocks at a time,
// each block described on some core and the batch handed on in order, so that a report of a
// hundred thousand findings is never held whole (as one document it took 2.6 times the memory of
// the check) and thousands of small files still use every core.
struct Block {
    qsizetype file;
    qsizetype begin, end;   // findings [begin, end) of that file
};

constexpr qsizetype kFindingsPerBlock = 512;
constexpr qsizetype kBlocksPerBatch = 32;

QList<Block> blocksOf(const QList<CheckedFile> &files)
{
    QList<Block> out;
    for (qsizetype f = 0; f < files.size(); ++f) {
        const qsizetype n = files[f].findings.size();
        qsizetype begin = 0;
        do {   // a file without findings is one empty block: the JSON report still lists it
            const qsizetype end = std::min(n, begin + kFindingsPerBlock);
            out.append({f, begin, end});
            begin = end;
        } while (begin < n);
    }
    return out;
}

using BlockWriter = std::function<QByteArray(const Block &, const LineIndex &subject, const LineIndex &body)>;

bool writeBlocks(const QList<CheckedFile> &files, const BlockWriter &describe,
                 const std::function<bool(const QByteArray &)> &write)
{
    struct Lines { LineIndex subject, body; };
    const QList<Lines> lines = QtConcurrent::blockingMapped(files, [](const CheckedFile &file) {
        return Lines{LineIndex(file.subject), LineIndex(file.body)};
    });
    const QList<Block> blocks = blocksOf(files);
    for (qsizetype first = 0; first < blocks.size(); first += kBlocksPerBatch) {
        const QList<Block> batch = blocks.mid(first, kBlocksPerBatch);
        const QList<QByteArray> parts = QtConcurrent::blockingMapped(batch, [&](const Block &block) {
            return describe(block, lines[block.file].subject, lines[block.file].body);
        });
        for (const QByteArray &part : parts)
            if (!part.isEmpty() && !write(part))
                return false;
    }
    return true;
}

// A string as JSON writes it, quotes and escapes included.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// A rule ID or the name of a part, a severity or a fix kind: lower-case ASCII words and hyphens,
// which JSON writes as they are: quoted here rather than escaped through a QJsonDocument each.
QByteArray quotedName(const QString &name)
{
    Q_ASSERT(std::all_of(name.begin(), name.end(), [](QChar c) { return (c >= u'a' && c <= u'z') || c == u'-'; }));
    return '"' + name.toLatin1() + '"';
}

// One finding as QJsonDocument's indented form writes an object at depth 4 (its keys sorted),
// without the line break after it. Laid out here rather than by building a QJsonObject and
// re-indenting its text: that took a tenth of a whole run over two thousand files. Strings are
// still escaped by QJsonDocument.
void appendFindingJson(QByteArray &out, const Finding &f, LineColumn lc, const QString &message)
{
    const char *const field = "\n                    \"";   // a key at depth 5
    auto number = [&](const char *key, int value, const char *indent) {
        out += indent;
        out += key;
        out += "\": ";
        out += QByteArray::number(value);
    };
    out += "                {";
    number("column", lc.column, field);
    out += ',';
    if (f.fix) {
        const char *const inner = "\n                        \"";   // depth 6
        out += field;
        out += "fix\": {";
        out += inner;
        out += "kind\": " + quotedName(fixKindName(f.fix->kind)) + ',';
        number("length", f.fix->length, inner);
        out += ',';
        out += inner;
        out += "replacement\": " + jsonString(f.fix->replacement) + ',';
        number("start", f.fix->start, inner);
        out += "\n                    },";
    }
    number("length", f.length, field);
    out += ',';
    number("line", lc.line, field);
    out += ',';
    out += field;
    out += "message\": " + jsonString(message) + ',';
    out += field;
    out += "part\": " + quotedName(partName(f.part)) + ',';
    out += field;
    out += "rule\": " + quotedName(f.ruleId) + ',';
    out += field;
    out += "severity\": " + quotedName(severityName(f.severity)) + ',';
    number("start", f.start, field);
    out += "\n                }";
}

} // namespace

// ANSI colours, as linters use them on a terminal: red errors, yellow warnings, blue suggestions.
QByteArray coloured(Severity severity, const QByteArray &word)
{
    static const char *const codes[] = {"\033[1;31m", "\033[33m", "\033[34m"};
    return codes[int(severity)] + word + "\033[0m";
}

bool writeTextReport(const QList<CheckedFile> &files, const RuleCatalog &catalog, const QString &uiLanguage,
                     const std::function<bool(const QByteArray &)> &write, TextStyle style)
{
    const bool written = writeBlocks(files, [&](const Block &block, const LineIndex &subject, const LineIndex &body) {
        const CheckedFile &file = files[block.file];
        const QByteArray path = file.path.toUtf8(), subjectPath = path + "[subject]";
        QByteArray out;
        for (qsizetype i = block.begin; i < block.end; ++i) {
            const Finding &f = file.findings[i];
            const LineColumn lc = (f.part == Part::Subject ? subject : body).at(f.start);
            out += f.part == Part::Subject ? subjectPath : path;
            const QByteArray severity = severityName(f.severity).toUtf8();
            out += ':' + QByteArray::number(lc.line) + ':' + QByteArray::number(lc.column) + ": "
                   + (style.color ? coloured(f.severity, severity) : severity)
                   + ' ' + f.ruleId.toUtf8() + ": " + catalog.describe(f, uiLanguage).toUtf8() + '\n';
        }
        return out;
    }, write);
    if (!written)
        return false;
    if (!style.summary)
        return true;
    int counts[3] = {0, 0, 0};
    for (const CheckedFile &file : files)
        for (const Finding &f : file.findings)
            ++counts[int(f.severity)];
    return write(summary(counts, int(files.size()), uiLanguage).toUtf8());
}

// Written as QJsonDocument would indent the whole document (its keys in order), piece by piece.
bool writeJsonReport(const QList<CheckedFile> &files, const RuleCatalog &catalog, const QString &uiLanguage,
                     const std::function<bool(const QByteArray &)> &write)
{
    if (!write(files.isEmpty() ? "{\n    \"files\": [\n    ],\n" : "{\n    \"files\": [\n"))
        return false;
    const bool written = writeBlocks(files, [&](const Block &block, const LineIndex &subject, const LineIndex &body) {
        const CheckedFile &file = files[block.file];
        const qsizetype count = file.findings.size();
        QByteArray out;
        if (block.begin == 0)
            out += block.file == 0 ? "        {\n" : ",\n        {\n";
        if (block.begin == 0 && count > 0)
            out += "            \"findings\": [\n";
        for (qsizetype i = block.begin; i < block.end; ++i) {
            const Finding &f = file.findings[i];
            const LineColumn lc = (f.part == Part::Subject ? subject : body).at(f.start);
            appendFindingJson(out, f, lc, catalog.describe(f, uiLanguage));
            out += i + 1 < count ? ",\n" : "\n";
        }
        if (block.end == count) {
            out += count > 0 ? "            ],\n" : "            \"findings\": [\n            ],\n";
            out += "            \"language\": " + jsonString(file.language) + ",\n";
            out += "            \"path\": " + jsonString(file.path) + "\n        }";
            if (block.file == files.size() - 1)
                out += '\n';
        }
        return out;
    }, write);
    return written && write(files.isEmpty() ? "    \"version\": 1\n}\n" : "    ],\n    \"version\": 1\n}\n");
}

namespace {

// SARIF's levels for our severities.
QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Suggestion: return QStringLiteral("note");
    }
    return QStringLiteral("none");
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

bool writeSarifReport(const QList<CheckedFile> &files, const RuleCatalog &catalog, const QString &uiLanguage,
                      const std::function<bool(const QByteArray &)> &write)
{
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const RuleInfo &r : catalog.rules()) {
        const RuleText t = catalog.text(r.id, uiLanguage);
        ruleIndex.insert(r.id, int(rules.size()));
        rules.append(QJsonObject{{"id", r.id}, {"name", t.title},
                                 {"shortDescription", QJsonObject{{"text", t.title}}},
                                 {"fullDescription", QJsonObject{{"text", t.why}}},
                                 {"help", QJsonObject{{"text", t.instead}}},
                                 {"defaultConfiguration", QJsonObject{{"level", sarifLevel(r.severity)}}}});
    }
    const QJsonObject driver{{"name", "permitted-check"}, {"version", QStringLiteral(PERMITTED_VERSION)},
                             {"informationUri", "https://github.com/permitted/permitted"}, {"rules", rules}};
    // The frame around the results, cut where they go.
    const QByteArray frame = compactJson(QJsonObject{
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"},
        {"runs", QJsonArray{QJsonObject{{"tool", QJsonObject{{"driver", driver}}}, {"results", QJsonArray{QStringLiteral("@")}}}}}});
    const qsizetype hole = frame.indexOf("[\"@\"]");
    if (!write(frame.left(hole) + "[\n"))
        return false;
    // Results are separated by commas: a block's first one needs one when any result came before.
    std::vector<qsizetype> findingsBefore(size_t(files.size()), 0);
    for (qsizetype i = 1; i < files.size(); ++i)
        findingsBefore[size_t(i)] = findingsBefore[size_t(i - 1)] + files[i - 1].findings.size();
    const bool written = writeBlocks(files, [&](const Block &block, const LineIndex &, const LineIndex &body) {
        const CheckedFile &file = files[block.file];
        const QString uri = QString::fromUtf8(QUrl::toPercentEncoding(file.artifact, "/"));
        QByteArray out;
        for (qsizetype i = block.begin; i < block.end; ++i) {
            const Finding &f = file.findings[i];
            QString message = catalog.describe(f, uiLanguage);
            QJsonObject result{{"ruleId", f.ruleId}, {"ruleIndex", ruleIndex.value(f.ruleId, -1)},
                               {"level", sarifLevel(f.severity)}};
            if (file.artifact.isEmpty()) {
                message = file.path + QStringLiteral(": ") + message;   // a built-in template or standard input
            } else if (f.part == Part::Subject || !file.positionsInFile) {
                // The subject, an HTML page's text and a library's template have no lines of the file.
                message = QStringLiteral("%1: %2").arg(f.part == Part::Subject ? file.path + QStringLiteral("[subject]") : file.path, message);
                result.insert(QStringLiteral("locations"), QJsonArray{QJsonObject{{"physicalLocation",
                    QJsonObject{{"artifactLocation", QJsonObject{{"uri", uri}}}}}}});
            } else {
                const LineColumn from = body.at(f.start), to = body.at(f.end());
                result.insert(QStringLiteral("locations"), QJsonArray{QJsonObject{{"physicalLocation", QJsonObject{
                    {"artifactLocation", QJsonObject{{"uri", uri}}},
                    {"region", QJsonObject{{"startLine", from.line}, {"startColumn", from.column},
                                           {"endLine", to.line}, {"endColumn", to.column}}}}}}});
            }
            result.insert(QStringLiteral("message"), QJsonObject{{"text", message}});
            if (findingsBefore[size_t(block.file)] + i > 0)
                out += ",\n";
            out += compactJson(result);
        }
        return out;
    }, write);
    return written && write("\n]" + frame.mid(hole + 5) + "\n");
}

QString textRuleList(const RuleCatalog &catalog, const QString &uiLanguage)
{
    QString out;
    for (const RuleInfo &r : catalog.rules())
        out += QStringLiteral("%1 %2 %3\n").arg(r.id, -24).arg(severityName(r.severity), -10)
                   .arg(catalog.text(r.id, uiLanguage).title);
    return out;
}

QByteArray jsonRuleList(const RuleCatalog &catalog, const QString &uiLanguage)
{
    QJsonArray rules;
    for (const RuleInfo &r : catalog.rules())
        rules.append(QJsonObject{{"id", r.id}, {"severity", severityName(r.severity)},
                                 {"title", catalog.text(r.id, uiLanguage).title}});
    return QJsonDocument(QJsonObject{{"rules", rules}}).toJson(QJsonDocument::Indented);
}

QString textTemplateList(const QList<BuiltinTemplate> &templates)
{
    QString out;
    for (const BuiltinTemplate &t : templates) {
        QStringList names;
        for (const QString &name : placeholderNames({t.text.subject, t.text.body}))
            names << QStringLiteral("{{%1}}").arg(name);
        out += QStringLiteral("%1 %2 %3  %4\n").arg(t.reason, -30).arg(t.language, -3)
                   .arg(t.text.subject, names.join(QLatin1Char(' ')));
    }
    return out;
}

QByteArray jsonTemplateList(const QList<BuiltinTemplate> &templates)
{
    QJsonArray list;
    for (const BuiltinTemplate &t : templates)
        list.append(QJsonObject{{"reason", t.reason}, {"lang", t.language}, {"subject", t.text.subject},
                                {"placeholders", QJsonArray::fromStringList(placeholderNames({t.text.subject, t.text.body}))}});
    return QJsonDocument(QJsonObject{{"templates", list}}).toJson(QJsonDocument::Indented);
}

} // namespace permitted
