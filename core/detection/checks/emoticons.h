#pragma once
// ASCII emoticons (":-)", ";)", "<3", "xD", "^_^") and kaomoji ("(╯°□°)╯", "¯\_(ツ)_/¯"). Shared
// by the emoji rule, which flags them, and the grammar rule, whose bracket count skips them.

#include "detection/text_view.h"

#include <vector>

namespace permitted {

// The expression of ASCII faces, in UTF-8, for a set that runs it with others.
const char *emoticonExpression();

// With asciiFacesPossible false (a set said the expression matches nowhere), only kaomoji are
// looked for.
std::vector<Range> findEmoticons(const TextView &view, bool asciiFacesPossible = true);

} // namespace permitted
