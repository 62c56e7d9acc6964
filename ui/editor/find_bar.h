#pragma once
// Find and Replace in the message body, as a bar under it (Ctrl+F finds, Ctrl+H replaces,
// Escape closes): next and previous match, match case, whole words, replace one or all. Replace
// All is one step of the undo history. What it finds is selected in the body.

#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;

namespace permitted {

class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QTextEdit *edit, QWidget *parent = nullptr);

    // Shows the bar with the find field focused (the selection, if any, as the text to find);
    // `replace` shows the replace row too.
    void open(bool replace);
    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }

    bool findNext();
    bool findPrevious();
    // Replaces the selected match, then finds the next one.
    bool replaceOne();
    // Replaces every match; returns how many.
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(QTextDocument::FindFlags direction);
    QTextDocument::FindFlags flags() const;
    bool selectionIsMatch() const;
    void showResult(bool found);

    QTextEdit *m_edit;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWords;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace permitted
