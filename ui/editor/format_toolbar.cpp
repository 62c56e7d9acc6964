#include "format_toolbar.h"

#include <QActionGroup>
#include <QComboBox>
#include <QInputDialog>
#include <QTextEdit>
#include <QTextList>
#include <QUrl>

namespace permitted {
namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

FormatToolBar::FormatToolBar(QTextEdit *editor, QWidget *parent)
    : QToolBar(tr("Format"), parent), m_editor(editor)
{
    setObjectName(QStringLiteral("formatToolBar"));
    auto styled = [this](const QString &text, const QKeySequence &keys, const QString &tip) {
        QAction *a = addAction(text);
        a->setShortcut(keys);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        a->setCheckable(true);
        m_menuActions << a;
        return a;
    };
    m_bold = styled(tr("B"), QKeySequence::Bold, tr("Bold"));
    m_italic = styled(tr("I"), QKeySequence::Italic, tr("Italic"));
    m_underline = styled(tr("U"), QKeySequence::Underline, tr("Underline"));
    QFont f = m_bold->font();
    f.setBold(true);
    m_bold->setFont(f);
    f = m_italic->font();
    f.setItalic(true);
    m_italic->setFont(f);
    f = m_underline->font();
    f.setUnderline(true);
    m_underline->setFont(f);
    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat fmt;
        fmt.setFontWeight(on ? QFont::Bold : QFont::Normal);
        mergeFormat(fmt);
    });
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat fmt;
        fmt.setFontItalic(on);
        mergeFormat(fmt);
    });
    connect(m_underline, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat fmt;
        fmt.setFontUnderline(on);
        mergeFormat(fmt);
    });

    m_size = new QComboBox(this);
    m_size->setToolTip(tr("Font size"));
    for (int size : {8, 9, 10, 11, 12, 14, 16, 18, 20, 24, 28, 36})
        m_size->addItem(QString::number(size), size);
    m_size->setCurrentIndex(m_size->findData(int(editor->font().pointSize())));
    addWidget(m_size);
    connect(m_size, &QComboBox::activated, this, [this](int index) {
        QTextCharFormat fmt;
        fmt.setFontPointSize(m_size->itemData(index).toInt());
        mergeFormat(fmt);
    });
    addSeparator();

    m_bullets = addAction(icon("list-bullet"), tr("Bulleted List"));
    m_numbers = addAction(icon("list-numbered"), tr("Numbered List"));
    for (QAction *a : {m_bullets, m_numbers}) {
        a->setCheckable(true);
        m_menuActions << a;
    }
    connect(m_bullets, &QAction::triggered, this, [this] { toggleList(m_bullets, QTextListFormat::ListDisc); });
    connect(m_numbers, &QAction::triggered, this, [this] { toggleList(m_numbers, QTextListFormat::ListDecimal); });
    addSeparator();

    m_alignment = new QActionGroup(this);
    const struct { const char *icon; QString text; Qt::Alignment alignment; QKeySequence keys; } alignments[] = {
        {"align-left", tr("Align Left"), Qt::AlignLeft | Qt::AlignAbsolute, QKeySequence(tr("Ctrl+L"))},
        {"align-center", tr("Center"), Qt::AlignHCenter, QKeySequence(tr("Ctrl+E"))},
        {"align-right", tr("Align Right"), Qt::AlignRight | Qt::AlignAbsolute, QKeySequence(tr("Ctrl+R"))},
        {"align-justify", tr("Justify"), Qt::AlignJustify, QKeySequence(tr("Ctrl+J"))},
    };
    for (const auto &a : alignments) {
        QAction *action = addAction(icon(a.icon), a.text);
        action->setShortcut(a.keys);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(a.text, a.keys.toString(QKeySequence::NativeText)));
        action->setCheckable(true);
        action->setData(int(a.alignment));
        m_alignment->addAction(action);
        m_menuActions << action;
    }
    connect(m_alignment, &QActionGroup::triggered, this, [this](QAction *a) {
        m_editor->setAlignment(Qt::Alignment(a->data().toInt()));
    });
    addSeparator();

    QAction *link = addAction(icon("link"), tr("Insert Link…"), this, &FormatToolBar::insertLink);
    link->setShortcut(QKeySequence(tr("Ctrl+K")));
    QAction *image = addAction(icon("image"), tr("Insert Image…"), this, &FormatToolBar::insertImage);
    m_menuActions << link << image;

    connect(editor, &QTextEdit::currentCharFormatChanged, this, &FormatToolBar::showCursorFormat);
    connect(editor, &QTextEdit::cursorPositionChanged, this, &FormatToolBar::showCursorFormat);
    showCursorFormat();
}

void FormatToolBar::mergeFormat(const QTextCharFormat &format)
{
    QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    cursor.mergeCharFormat(format);
    m_editor->mergeCurrentCharFormat(format);
}

void FormatToolBar::toggleList(QAction *action, int style)
{
    QTextCursor cursor = m_editor->textCursor();
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList(); list && !action->isChecked()) {
        // Off: the paragraph leaves the list and keeps its indentation at none.
        QTextBlockFormat block = cursor.blockFormat();
        list->remove(cursor.block());
        block.setIndent(0);
        block.setObjectIndex(-1);
        cursor.setBlockFormat(block);
    } else {
        QTextListFormat format;
        format.setStyle(QTextListFormat::Style(style));
        cursor.createList(format);
    }
    cursor.endEditBlock();
    showCursorFormat();
}

void FormatToolBar::insertLink()
{
    QTextCursor cursor = m_editor->textCursor();
    bool ok = false;
    const QString address = QInputDialog::getText(m_editor, tr("Insert Link"), tr("Address of the link:"),
                                                  QLineEdit::Normal, QStringLiteral("https://"), &ok).trimmed();
    if (!ok || address.isEmpty())
        return;
    const QUrl url = QUrl::fromUserInput(address);
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(url.toString());
    format.setForeground(m_editor->palette().link());
    format.setFontUnderline(true);
    cursor.beginEditBlock();
    if (cursor.hasSelection())
        cursor.mergeCharFormat(format);
    else
        cursor.insertText(url.toString(), format);
    cursor.endEditBlock();
}

void FormatToolBar::insertImage()
{
    bool ok = false;
    const QString address = QInputDialog::getText(m_editor, tr("Insert Image"), tr("Address of the image:"),
                                                  QLineEdit::Normal, QStringLiteral("https://"), &ok).trimmed();
    if (!ok || address.isEmpty())
        return;
    // The image is referred to, never fetched: the preview shows a box with its address.
    QTextImageFormat image;
    image.setName(QUrl::fromUserInput(address).toString());
    image.setWidth(200);
    image.setHeight(150);
    m_editor->textCursor().insertImage(image);
}

void FormatToolBar::showCursorFormat()
{
    const QTextCharFormat f = m_editor->currentCharFormat();
    m_bold->setChecked(f.fontWeight() >= QFont::Bold);
    m_italic->setChecked(f.fontItalic());
    m_underline->setChecked(f.fontUnderline());
    const int size = int(f.fontPointSize() > 0 ? f.fontPointSize() : m_editor->font().pointSizeF());
    if (const int i = m_size->findData(size); i >= 0)
        m_size->setCurrentIndex(i);
    const QTextList *list = m_editor->textCursor().currentList();
    m_bullets->setChecked(list && list->format().style() == QTextListFormat::ListDisc);
    m_numbers->setChecked(list && list->format().style() == QTextListFormat::ListDecimal);
    const Qt::Alignment a = m_editor->alignment();
    for (QAction *action : m_alignment->actions()) {
        const Qt::Alignment mine = Qt::Alignment(action->data().toInt());
        action->setChecked((a & Qt::AlignHorizontal_Mask & ~Qt::AlignAbsolute) == (mine & Qt::AlignHorizontal_Mask & ~Qt::AlignAbsolute));
    }
}

} // namespace permitted
