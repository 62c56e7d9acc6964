#include "report.h"
#include "templates/placeholders.h"
#include "interface/interface_catalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

} // namespace

// Each file's part of the report is written on every core (describing thousands of findings
// took a tenth of a large run), as UTF-8 at once: a megabyte of misspelt words gives a hundred
// thousand lines, which as one UTF-16 string took more memory than the whole check.
bool writeTextReport(const QList<CheckedFile> &files, const RuleCatalog &catalog, const QString &uiLanguage,
                     const std::function<bool(const QByteArray &)> &write)
{
    const QList<QByteArray> parts = QtConcurrent::blockingMapped(files, [&](const CheckedFile &file) {
        QByteArray out;
        const LineIndex subject(file.subject), body(file.body);
        const QByteArray path = file.path.toUtf8(), subjectPath = path + "[subject]";
        for (const Finding &f : file.findings) {
            const LineColumn lc = (f.part == Part::Subject ? subject : body).at(f.start);
            out += f.part == Part::Subject ? subjectPath : path;
            out += ':' + QByteArray::number(lc.line) + ':' + QByteArray::number(lc.column) + ": " + severityName(f.severity).toUtf8()
                   + ' ' + f.ruleId.toUtf8() + ": " + catalog.describe(f, uiLanguage).toUtf8() + '\n';
        }
        return out;
    });
    for (const QByteArray &part : parts)
        if (!part.isEmpty() && !write(part))
            return false;
    int counts[3] = {0, 0, 0};
    for (const CheckedFile &file : files)
        for (const Finding &f : file.findings)
            ++counts[int(f.severity)];
    return write(summary(counts, int(files.size()), uiLanguage).toUtf8());
}

QByteArray jsonReport(const QList<CheckedFile> &files, const RuleCatalog &catalog, const QString &uiLanguage)
{
    const QList<QJsonObject> objects = QtConcurrent::blockingMapped(files, [&](const CheckedFile &file) {
        QJsonArray findings;
        const LineIndex subject(file.subject), body(file.body);
        for (const Finding &f : file.findings) {
            const LineColumn lc = (f.part == Part::Subject ? subject : body).at(f.start);
            QJsonObject o{{"rule", f.ruleId}, {"severity", severityName(f.severity)},
                          {"part", partName(f.part)}, {"start", f.start}, {"length", f.length},
                          {"line", lc.line}, {"column", lc.column},
                          {"message", catalog.describe(f, uiLanguage)}};
            if (f.fix)
                o.insert(QStringLiteral("fix"), QJsonObject{{"kind", fixKindName(f.fix->kind)}, {"start", f.fix->start},
                                                            {"length", f.fix->length}, {"replacement", f.fix->replacement}});
            findings.append(o);
        }
        return QJsonObject{{"path", file.path}, {"language", file.language}, {"findings", findings}};
    });
    QJsonArray fileArray;
    for (const QJsonObject &o : objects)
        fileArray.append(o);
    return QJsonDocument(QJsonObject{{"version", 1}, {"files", fileArray}}).toJson(QJsonDocument::Indented);
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
