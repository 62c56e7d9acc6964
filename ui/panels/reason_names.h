#pragma once
// The contact reasons of REASONS.md as the interface names them, in its language.

#include <QString>

namespace permitted {

QString reasonDisplayName(const QString &reasonId);

} // namespace permitted
