#pragma once
// The preview's log category: blocked requests and refused navigations are reported here
// (QT_LOGGING_RULES="permitted.preview.info=true" shows them).

#include <QLoggingCategory>

namespace permitted {

Q_DECLARE_LOGGING_CATEGORY(lcPreview)

} // namespace permitted
