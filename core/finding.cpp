#include "finding.h"

namespace permitted {

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

QString partName(Part part)
{
    return part == Part::Subject ? QStringLiteral("subject") : QStringLiteral("body");
}

} // namespace permitted
