#include "filled_document.h"

#include <QTextCursor>
#include <QTextDocument>

namespace permitted {

FilledDocument fillDocument(const QTextDocument &document, const QHash<QString, QString> &values)
{
    FilledDocument filled{std::unique_ptr<QTextDocument>(document.clone()), FilledText(document.toPlainText(), values)};
    // From the end, so the offsets of the fills still to do stay valid. A document position
    // is the plain text's index of the same character.
    const QList<PlaceholderFill> &fills = filled.text.fills();
    for (auto it = fills.rbegin(); it != fills.rend(); ++it) {
        QTextCursor cursor(filled.document.get());
        cursor.setPosition(it->range.start);
        cursor.setPosition(it->range.end, QTextCursor::KeepAnchor);
        cursor.insertText(it->value);
    }
    return filled;
}

} // namespace permitted
