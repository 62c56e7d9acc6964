#include "preview_log.h"

namespace permitted {

// Quiet unless asked for: a blocked request is the sandbox working, not a problem.
Q_LOGGING_CATEGORY(lcPreview, "permitted.preview", QtWarningMsg)

} // namespace permitted
