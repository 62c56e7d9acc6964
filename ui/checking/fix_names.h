#pragma once
// What a fix's menu entry says it will do, the same in the editor's context menu and in the
// Problems panel.

#include "finding.h"

#include <QString>

namespace permitted {

QString fixActionText(const Fix &fix);

} // namespace permitted
