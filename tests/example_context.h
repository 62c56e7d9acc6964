#pragma once
// Turns a rule example into the message and context it is checked in. Shared by the tests that
// run rule examples.

#include "message.h"
#include "detection/rule_pack.h"

namespace permitted::test {

// The date every example is checked on, so that window rules do not drift with the calendar.
inline const QDate kExampleToday(2026, 1, 15);

Message exampleMessage(const RuleExample &example);
MessageContext exampleContext(const RuleExample &example, const LanguagePack &pack);

} // namespace permitted::test
