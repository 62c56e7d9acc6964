#include "filled_document.h"

#include <QTextCursor>
#include <QTextDocument>

namespace permitted {

FilledDocument fillDocument(const QTextDocument &document, const QHash<QString, QString> &values)
{
    FilledDocument filled{&document, nullptr, FilledText(document.toPlainText(), values)};
    const QList<PlaceholderFill> &fills = filled.text.fills();
    // Most refreshes have nothing to put in: no copy of the document for them.
    if (fills.isEmpty())
        return filled;
    filled.owned.reset(document.clone());
    filled.document = filled.owned.get();
    // From the end, so the offsets of the fills still to do stay valid. A document position
    // is the plain text's index of the same character.
    for (auto it = fills.rbegin(); it != fills.rend(); ++it) {
        QTextCursor cursor(filled.owned.get());
        cursor.setPosition(it->range.start);
        cursor.setPosition(it->range.end, QTextCursor::KeepAnchor);
        cursor.insertText(it->value);
    }
    return filled;
}

} // namespace permitted
