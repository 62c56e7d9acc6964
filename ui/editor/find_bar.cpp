#include "find_bar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QToolButton>

namespace permitted {

FindBar::FindBar(QTextEdit *edit, QWidget *parent)
    : QWidget(parent), m_edit(edit), m_find(new QLineEdit(this)), m_replace(new QLineEdit(this)),
      m_matchCase(new QCheckBox(tr("Match &case"), this)), m_wholeWords(new QCheckBox(tr("&Whole words"), this)),
      m_status(new QLabel(this)), m_replaceRow(new QWidget(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Text to find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replacement text"));
    m_replace->setClearButtonEnabled(true);

    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setToolTip(tr("Close (Escape)"));
    close->setAccessibleName(tr("Close the find bar"));
    close->setAutoRaise(true);
    auto *replaceOneButton = new QPushButton(tr("&Replace"), this);
    auto *replaceAllButton = new QPushButton(tr("Replace &All"), this);

    // Three short rows, so that the field keeps its width in a narrow window: what to find,
    // how, and (for Replace) with what.
    m_find->setMinimumWidth(160);
    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(close);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->setContentsMargins(0, 0, 0, 0);
    optionsRow->addWidget(m_matchCase);
    optionsRow->addWidget(m_wholeWords);
    optionsRow->addStretch();
    optionsRow->addWidget(m_status);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replaceOneButton);
    replaceRow->addWidget(replaceAllButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addLayout(findRow);
    layout->addLayout(optionsRow);
    layout->addWidget(m_replaceRow);

    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_find, &QLineEdit::textChanged, this, [this] { m_status->clear(); m_find->setStyleSheet(QString()); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceOne);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(replaceOneButton, &QPushButton::clicked, this, &FindBar::replaceOne);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_edit->setFocus();
    });
    hide();
}

void FindBar::open(bool replace)
{
    const QString selected = m_edit->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_replaceRow->setVisible(replace);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

QTextDocument::FindFlags FindBar::flags() const
{
    QTextDocument::FindFlags f;
    if (m_matchCase->isChecked())
        f |= QTextDocument::FindCaseSensitively;
    if (m_wholeWords->isChecked())
        f |= QTextDocument::FindWholeWords;
    return f;
}

bool FindBar::find(QTextDocument::FindFlags direction)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    QTextDocument *doc = m_edit->document();
    QTextCursor found = doc->find(text, m_edit->textCursor(), flags() | direction);
    if (found.isNull()) {
        // Round the end, as editors do.
        QTextCursor from(doc);
        if (direction & QTextDocument::FindBackward)
            from.movePosition(QTextCursor::End);
        found = doc->find(text, from, flags() | direction);
    }
    if (!found.isNull())
        m_edit->setTextCursor(found);
    showResult(!found.isNull());
    return !found.isNull();
}

bool FindBar::findNext() { return find({}); }
bool FindBar::findPrevious() { return find(QTextDocument::FindBackward); }

bool FindBar::selectionIsMatch() const
{
    const QString selected = m_edit->textCursor().selectedText();
    return !selected.isEmpty()
           && selected.compare(m_find->text(), m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
}

bool FindBar::replaceOne()
{
    if (!selectionIsMatch() && !findNext())
        return false;
    m_edit->textCursor().insertText(m_replace->text());
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return 0;
    QTextDocument *doc = m_edit->document();
    QTextCursor edit(doc);
    int count = 0;
    QTextCursor at(doc);
    for (QTextCursor found = doc->find(text, at, flags()); !found.isNull(); found = doc->find(text, found, flags())) {
        if (count == 0)
            edit.beginEditBlock();   // one undo step for all of them
        found.insertText(m_replace->text());
        ++count;
    }
    if (count > 0)
        edit.endEditBlock();
    m_status->setText(tr("%n replaced", "", count));
    if (count == 0)
        showResult(false);
    return count;
}

void FindBar::showResult(bool found)
{
    m_status->setText(found ? QString() : tr("Not found"));
    // The field turns red, as in most editors, besides saying so.
    m_find->setStyleSheet(found ? QString() : QStringLiteral("QLineEdit { background: #f8d7da; }"));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_edit->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace permitted
