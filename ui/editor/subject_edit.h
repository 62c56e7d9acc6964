#pragma once
// The subject line: a checked field of one line. Enter moves on to the body; a pasted line
// break becomes a space.

#include "checked_text_edit.h"

namespace permitted {

class SubjectEdit : public CheckedTextEdit {
    Q_OBJECT
public:
    explicit SubjectEdit(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void returnPressed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace permitted
