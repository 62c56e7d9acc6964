#pragma once
// The message as Seller Central's text box takes it: the body's text, paragraphs as line breaks,
// and nothing the text cannot carry (a picture's U+FFFC, a line separator as such).

#include <QString>

namespace permitted {

QString writePlainText(const QString &body);

} // namespace permitted
