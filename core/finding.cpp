#include "finding.h"

namespace permitted {

// A prefix no word, name or domain of a note begins with.
static const QString kLanguageMark = QStringLiteral("\u0001language:");

QString languageNoteArg(const QString &code)
{
    return kLanguageMark + code;
}

QString languageOfNoteArg(const QString &arg)
{
    return arg.startsWith(kLanguageMark) ? arg.mid(kLanguageMark.size()) : QString();
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Suggestion: return QStringLiteral("suggestion");
    }
    return {};
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Suggestion})
        if (severityName(s) == name)
            return s;
    return std::nullopt;
}

QString fixKindName(FixKind kind)
{
    switch (kind) {
    case FixKind::ReplaceText: return QStringLiteral("replace-text");
    case FixKind::ClearFontSize: return QStringLiteral("clear-font-size");
    case FixKind::ClearFontOverride: return QStringLiteral("clear-font-override");
    case FixKind::ClearAlignment: return QStringLiteral("clear-alignment");
    case FixKind::ClearSpacing: return QStringLiteral("clear-spacing");
    case FixKind::SetImageSource: return QStringLiteral("set-image-source");
    case FixKind::FitImageWidth: return QStringLiteral("fit-image-width");
    case FixKind::DescribeImage: return QStringLiteral("describe-image");
    case FixKind::RemoveStyleSheet: return QStringLiteral("remove-style-sheet");
    }
    return {};
}

QString partName(Part part)
{
    return part == Part::Subject ? QStringLiteral("subject") : QStringLiteral("body");
}

} // namespace permitted
