#pragma once
// What the validator says about a message: one finding per problem, with the rule it breaks,
// where it is, and, when the repair is mechanical, the edit that repairs it.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace permitted {

enum class Severity { Error, Warning, Suggestion };
enum class Part { Subject, Body };

// What a fix does. Most replace text; those of the styling rules change how a stretch of the
// body looks, or a picture (whose U+FFFC is [start, start + 1)).
enum class FixKind {
    ReplaceText,        // part[start, start + length) becomes `replacement`
    ClearFontSize,      // the stretch takes the default size
    ClearFontOverride,  // ... the default font family, colour and line height
    ClearAlignment,     // its paragraphs take the default alignment
    ClearSpacing,       // ... no margins and no padding
    SetImageSource,     // the picture's address becomes `replacement` (https)
    FitImageWidth,      // the picture is scaled to `replacement` pixels wide
    DescribeImage,      // the picture gets an alternative text, which the user writes
    RemoveStyleSheet,   // the message's style sheet goes
};

struct Fix {
    int start = 0;
    int length = 0;
    QString replacement;
    FixKind kind = FixKind::ReplaceText;
};

QString fixKindName(FixKind kind);

struct Finding {
    QString ruleId;
    Severity severity = Severity::Error;
    Part part = Part::Body;
    int start = 0;    // UTF-16 code units into the part
    int length = 0;   // 0 for a finding about the message as a whole
    // A key into the rule's catalogue notes, for the specific case ("shortener"), and the
    // values its text takes (%1, %2 ...). Empty: the rule's general explanation is enough.
    QString note;
    QStringList noteArgs;
    // Better wording in the buyer's language, from the rule pack, when it has one.
    QString suggestion;
    std::optional<Fix> fix;

    int end() const { return start + length; }
};

using Findings = QList<Finding>;

// A note value that names a language, kept as its code: each reader of the explanation gets the
// name in its own interface language ("allemand" in French), not the English one.
QString languageNoteArg(const QString &code);
// The code of such a value; empty for any other value.
QString languageOfNoteArg(const QString &arg);

QString severityName(Severity severity);
std::optional<Severity> severityFromName(const QString &name);
QString partName(Part part);

} // namespace permitted
