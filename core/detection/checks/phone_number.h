#pragma once
// The phone-number rule's first filter, shared with the entities pass, which runs it in the same
// pass as its own expressions (Entities::mayHavePhoneNumber).

namespace permitted {

// A run of digits and separators that could be a phone number, in UTF-8.
const char *phoneCandidateExpression();

} // namespace permitted
