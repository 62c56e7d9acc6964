#include "fix_names.h"

#include <QCoreApplication>

namespace permitted {

QString fixActionText(const Fix &fix)
{
    switch (fix.kind) {
    case FixKind::ReplaceText: {
        QString replacement = fix.replacement.trimmed();
        if (replacement.isEmpty())
            return QCoreApplication::translate("FixNames", "Fix: Remove It");
        if (fix.length == 0)
            return QCoreApplication::translate("FixNames", "Fix: Insert “%1”").arg(replacement);
        if (replacement.size() > 60)
            replacement = replacement.left(59) + QChar(0x2026);
        return QCoreApplication::translate("FixNames", "Fix: Replace with “%1”").arg(replacement);
    }
    case FixKind::ClearFontSize: return QCoreApplication::translate("FixNames", "Fix: Use the Default Size");
    case FixKind::ClearFontOverride: return QCoreApplication::translate("FixNames", "Fix: Use the Default Font, Colour and Spacing");
    case FixKind::ClearAlignment: return QCoreApplication::translate("FixNames", "Fix: Use the Default Alignment");
    case FixKind::ClearSpacing: return QCoreApplication::translate("FixNames", "Fix: Remove the Margins");
    case FixKind::SetImageSource: return QCoreApplication::translate("FixNames", "Fix: Load the Picture over https");
    case FixKind::FitImageWidth: return QCoreApplication::translate("FixNames", "Fix: Fit the Picture to %1 px").arg(fix.replacement);
    case FixKind::DescribeImage: return QCoreApplication::translate("FixNames", "Fix: Describe the Picture…");
    case FixKind::RemoveStyleSheet: return QCoreApplication::translate("FixNames", "Fix: Remove the Style Sheet");
    }
    return QCoreApplication::translate("FixNames", "Fix");
}

} // namespace permitted
