#pragma once
// The question after a crash: each draft an editor left unsaved is offered, one by one, to be
// restored (with its order), discarded, or asked about at the next start.

#include "draft_recovery.h"

#include <functional>

class QWidget;

namespace permitted {

// `restore` puts the draft in the fields and returns false when that was cancelled; the fields
// hold one draft, so the question stops after one is restored.
void offerRecoveredDrafts(QWidget *parent, const std::function<bool(const RecoveredDraft &)> &restore);

} // namespace permitted
