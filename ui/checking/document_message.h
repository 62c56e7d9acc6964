#pragma once
// The message the validator reads, taken from the editor's documents. A document position is
// the index of the same character in its plain text (a paragraph break is one character either
// way), so findings map straight back onto the documents.

#include "message.h"

class QTextDocument;

namespace permitted {

Message messageFromDocuments(const QTextDocument &subject, const QTextDocument &body);

// The body's links: each run of text with one link target, where the target is not the text.
QList<Link> linksOf(const QTextDocument &body);

} // namespace permitted
