#pragma once
// Export and import of templates as a JSON file, with the questions they need: where to, and
// what to do with a template that exists already.

#include "library_types.h"

class QWidget;

namespace permitted {

class LibraryStore;

// Asks for a file and writes `templates` to it; false when cancelled or failed (the user was told).
bool exportTemplatesTo(QWidget *parent, const QList<LibraryTemplate> &templates);
// Asks for a file and adds its templates; a file that cannot be read changes nothing. Returns
// a one-line summary for the status bar, empty when nothing was imported.
QString importTemplatesFrom(QWidget *parent, LibraryStore *store);

} // namespace permitted
