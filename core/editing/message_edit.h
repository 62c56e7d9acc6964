#pragma once
// Applies a finding's fix to a message: a text replacement, with the formatting and links after
// it moved along, or one of the styling fixes (finding.h). What the editor does to its document,
// done to the model, for permitted-check and for the tests that prove each fix repairs its
// finding.

#include "finding.h"
#include "message.h"

namespace permitted {

// False when the fix needs the user (an alternative text to write) or does not fit the message.
bool applyFix(Message &message, Part part, const Fix &fix);

} // namespace permitted
