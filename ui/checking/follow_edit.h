#pragma once
// Findings shown between an edit and the next result move with the text, as underlines do in a
// spelling checker: the checker's list and each field's underlines follow every edit alike.

#include "finding.h"

namespace permitted {

// `findings` (sorted by start) after `removed` characters at `position` became `added` ones: a
// finding after the edit moves, one whose text is gone goes, one the edit cuts into stretches
// or shrinks until the next result says more. The order by start holds.
void followEdit(Findings &findings, int position, int removed, int added);

} // namespace permitted
