#pragma once
// The editor's document with the order's values in its placeholders: what the buyer will
// read, for the preview and the clipboard. The copy keeps the formatting around each value.

#include "templates/placeholders.h"

#include <QHash>
#include <memory>

class QTextDocument;

namespace permitted {

struct FilledDocument {
    const QTextDocument *document;          // the original when no value was put in
    std::unique_ptr<QTextDocument> owned;   // the copy, when one was
    FilledText text;                        // the offsets between the two
};

FilledDocument fillDocument(const QTextDocument &document, const QHash<QString, QString> &values);

} // namespace permitted
