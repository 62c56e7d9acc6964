#include "subject_edit.h"

#include <QKeyEvent>
#include <QMimeData>

namespace permitted {

SubjectEdit::SubjectEdit(QWidget *parent) : CheckedTextEdit(Part::Subject, parent)
{
    setAcceptRichText(false);
    setLineWrapMode(QTextEdit::NoWrap);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabChangesFocus(true);
    document()->setDocumentMargin(2);
    // The margin is a format of the document's root frame: setting it counts as an edit.
    document()->clearUndoRedoStacks();
    document()->setModified(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize SubjectEdit::sizeHint() const
{
    const int frame = 2 * frameWidth();
    const int line = fontMetrics().lineSpacing() + 2 * int(document()->documentMargin()) + 4;
    return {QTextEdit::sizeHint().width(), line + frame};
}

void SubjectEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit returnPressed();
        return;
    }
    CheckedTextEdit::keyPressEvent(event);
}

void SubjectEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText() && !source->hasUrls()) {
        QString text = source->text();
        text.replace(QLatin1String("\r\n"), QLatin1String(" ")).replace(QLatin1Char('\n'), QLatin1Char(' '));
        insertPlainText(text);
        return;
    }
    CheckedTextEdit::insertFromMimeData(source);
}

} // namespace permitted
