#pragma once
// What the window tells the user after opening the template library found it damaged, missing
// or unusable: which file, what was done, how old the restored copy is and what it lacks.

#include "template_library.h"

#include <QString>

namespace permitted {

// Empty when there is nothing to say (opened, created or migrated as it should be).
QString describeLibraryOpening(const LibraryOpening &opening);

} // namespace permitted
