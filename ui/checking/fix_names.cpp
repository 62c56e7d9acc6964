#include "fix_names.h"

#include <QCoreApplication>

namespace permitted {

QString fixActionText(const Fix &fix)
{
    const char *context = "FixNames";
    switch (fix.kind) {
    case FixKind::ReplaceText: {
        QString replacement = fix.replacement.trimmed();
        if (replacement.isEmpty())
            return QCoreApplication::translate(context, "Fix: Remove It");
        if (fix.length == 0)
            return QCoreApplication::translate(context, "Fix: Insert “%1”").arg(replacement);
        if (replacement.size() > 60)
            replacement = replacement.left(59) + QChar(0x2026);
        return QCoreApplication::translate(context, "Fix: Replace with “%1”").arg(replacement);
    }
    case FixKind::ClearFontSize: return QCoreApplication::translate(context, "Fix: Use the Default Size");
    case FixKind::ClearFontOverride: return QCoreApplication::translate(context, "Fix: Use the Default Font, Colour and Spacing");
    case FixKind::ClearAlignment: return QCoreApplication::translate(context, "Fix: Use the Default Alignment");
    case FixKind::ClearSpacing: return QCoreApplication::translate(context, "Fix: Remove the Margins");
    case FixKind::SetImageSource: return QCoreApplication::translate(context, "Fix: Load the Picture over https");
    case FixKind::FitImageWidth: return QCoreApplication::translate(context, "Fix: Fit the Picture to %1 px").arg(fix.replacement);
    case FixKind::DescribeImage: return QCoreApplication::translate(context, "Fix: Describe the Picture…");
    case FixKind::RemoveStyleSheet: return QCoreApplication::translate(context, "Fix: Remove the Style Sheet");
    }
    return QCoreApplication::translate(context, "Fix");
}

} // namespace permitted
