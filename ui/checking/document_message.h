#pragma once
// The editor's documents and the message model, both ways. A document position is the index of
// the same character in the message's body (a paragraph break is one character either way, a
// picture is its U+FFFC), so findings map straight back onto the documents.
//
// messageFromDocuments reads what the styling rules need from the document's formats (fonts,
// sizes, colours, alignment, margins, line height, lists, headings, pictures, links);
// loadMessageIntoDocument writes a message read from an HTML file (input/html_reader.h) into a document, so
// that the editor and permitted-check see the same message. What QTextDocument has no format for
// travels in the document's properties: a picture's hidden flag, and a style sheet.

#include "message.h"

class QTextDocument;

namespace permitted {

Message messageFromDocuments(const QTextDocument &subject, const QTextDocument &body, Channel channel = Channel::Html);

// Replaces `document`'s content with the body of `message` and its formatting, as one undo step.
void loadMessageIntoDocument(QTextDocument &document, const Message &message);

} // namespace permitted
