#pragma once
// Qt WebEngine reads its switches once, when the first web view or profile starts Chromium, and
// some of them must be in place before QApplication exists. main() and the tests call this
// first thing so the preview starts the same way everywhere.

namespace permitted {

// Call before constructing QApplication. Safe to call more than once.
void preparePreviewEngine();

} // namespace permitted
