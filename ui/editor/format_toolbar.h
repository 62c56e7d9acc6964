#pragma once
// The body's formatting: bold, italic, underline, lists, link, image, font size, alignment.
// Sellers paste formatted text and reach for these; the formatting rules judge the result.

#include <QToolBar>

class QActionGroup;
class QComboBox;
class QTextEdit;
class QTextCharFormat;

namespace permitted {

class FormatToolBar : public QToolBar {
    Q_OBJECT
public:
    FormatToolBar(QTextEdit *editor, QWidget *parent = nullptr);
    // The actions, for the Format menu.
    QList<QAction *> formatActions() const { return m_menuActions; }

private:
    void mergeFormat(const QTextCharFormat &format);
    void toggleList(QAction *action, int style);
    void insertLink();
    void insertImage();
    void showCursorFormat();

    QTextEdit *m_editor;
    QAction *m_bold, *m_italic, *m_underline;
    QAction *m_bullets, *m_numbers;
    QActionGroup *m_alignment;
    QComboBox *m_size;
    QList<QAction *> m_menuActions;
};

} // namespace permitted
