#pragma once
// The phone-number rule's first filter, shared with the entities pass, which runs it in the same
// pass as its own expressions (Entities::mayHavePhoneNumber); and its set-up, which the validator
// does while it is built.

namespace permitted {

// A run of digits and separators that could be a phone number, in UTF-8.
const char *phoneCandidateExpression();

// Reads libphonenumber's numbering plans (about 13 ms), on a thread of its own while the validator
// is built, rather than in the first check, which every other check of the moment would wait for.
void preparePhoneNumbers();

} // namespace permitted
