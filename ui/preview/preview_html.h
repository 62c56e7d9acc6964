#pragma once
// The body of the message preview as HTML that we write ourselves from the editor's document,
// never from its own HTML export: only the formatting a buyer would see survives (bold, italic,
// underline, strike, relative font size, lists, alignment, line breaks, safe links), every piece
// of text is escaped, and nothing that could load, run or navigate is ever emitted.

#include "finding.h"

#include <QString>

class QTextDocument;

namespace permitted {

// The HTML fragment for the message column. `findings` are the body's findings, in UTF-16
// offsets of the body text (the document's character positions); each range is wrapped in
// <span class="finding SEVERITY" data-rule="ID">, split where the formatting changes.
// Links keep an href only for http, https and mailto. Images become a placeholder box with
// their address, except data:image/ PNG, JPEG, GIF and WebP, which are shown inline.
QString previewBodyHtml(const QTextDocument &body, const Findings &findings);

} // namespace permitted
