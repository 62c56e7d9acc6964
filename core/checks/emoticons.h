#pragma once
// ASCII emoticons (":-)", ";)", "<3", "xD", "^_^") and kaomoji ("(╯°□°)╯", "¯\_(ツ)_/¯"). Shared
// by the emoji rule, which flags them, and the grammar rule, whose bracket count skips them.

#include "../text_view.h"

#include <vector>

namespace permitted {
std::vector<Range> findEmoticons(const TextView &view);
}
