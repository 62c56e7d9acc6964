#pragma once
// Fixes that remove or replace whole stretches of a part: the sentences a finding is in (for the
// content rules whose pack names a neutral sentence), or a contact detail with the space before
// it. Ranges come from ICU's sentences, so a fix never cuts a sentence in two.

#include "finding.h"
#include "detection/text_view.h"

namespace permitted {

// Replaces the sentences that hold `found` with `sentence`; an empty `sentence` removes them
// (with their line, when they filled it).
Fix sentenceFix(const TextView &view, Range found, const QString &sentence);

// Removes `found` (an address, a number) and the space before it.
Fix removalFix(const TextView &view, Range found);

} // namespace permitted
