#include "checked_text_edit.h"
#include "finding_decorator.h"
#include "checking/fix_names.h"
#include "checking/live_checker.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHelpEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QToolTip>

namespace permitted {

CheckedTextEdit::CheckedTextEdit(Part part, QWidget *parent) : QTextEdit(parent), m_part(part)
{
    // A size for writing, where the wavy underlines read clearly, whatever the desktop's default.
    QFont f = font();
    m_writingSize = std::max(f.pointSizeF(), 11.0);
    f.setPointSizeF(m_writingSize);
    setFont(f);
    // Tab and Shift+Tab move between the fields and panels, as everywhere else in a window; a
    // tab character, rarely wanted in a message, is Ctrl+Tab.
    setTabChangesFocus(true);
}

void CheckedTextEdit::setZoom(int steps)
{
    QFont f = font();
    f.setPointSizeF(std::max(6.0, m_writingSize + steps));
    setFont(f);
}

void CheckedTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::ControlModifier && m_part == Part::Body) {
        insertPlainText(QStringLiteral("\t"));
        return;
    }
    QTextEdit::keyPressEvent(event);
}

CheckedTextEdit::~CheckedTextEdit() = default;

void CheckedTextEdit::setLiveChecker(LiveChecker *checker)
{
    m_checker = checker;
    m_decorator = checker ? std::make_unique<FindingDecorator>(document(), m_part, checker) : nullptr;
}

void CheckedTextEdit::selectRange(int start, int length)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::min(start, document()->characterCount() - 1));
    cursor.setPosition(std::min(start + length, document()->characterCount() - 1), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    setFocus(Qt::OtherFocusReason);
}

QString CheckedTextEdit::tooltipAt(int position) const
{
    if (!m_checker)
        return {};
    QStringList parts;
    for (const Finding &f : m_decorator->findingsAt(position)) {
        const Explanation e = m_checker->explain(f);
        QString html = QStringLiteral("<p><b>%1</b></p>").arg(e.title.toHtmlEscaped());
        for (const QString &line : {e.detail, e.why})
            if (!line.isEmpty())
                html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
        if (!e.instead.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(e.instead.toHtmlEscaped());
        html += QStringLiteral("<p><small>%1</small></p>").arg(tr("F1: this rule in the rules reference, with examples").toHtmlEscaped());
        parts << html;
    }
    return parts.isEmpty() ? QString() : QStringLiteral("<qt>%1</qt>").arg(parts.join(QStringLiteral("<hr>")));
}

bool CheckedTextEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QString tip = tooltipAt(cursorForPosition(inViewport).position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QTextEdit::event(event);
}

// Applies a finding's fix; a picture's description is asked of the user first.
void CheckedTextEdit::applyFix(const Finding &finding)
{
    Finding f = finding;
    if (f.fix && f.fix->kind == FixKind::DescribeImage) {
        bool ok = false;
        const QString alt = QInputDialog::getText(this, tr("Describe the Picture"),
                                                  tr("A few words for buyers who cannot see the picture:"),
                                                  QLineEdit::Normal, QString(), &ok);
        if (!ok || alt.trimmed().isEmpty())
            return;
        f.fix->replacement = alt.trimmed();
    }
    m_checker->applyFix(f);
}

QMenu *CheckedTextEdit::createFindingMenu(int position)
{
    QMenu *menu = createStandardContextMenu();
    if (!m_checker)
        return menu;
    QAction *first = menu->actions().value(0);
    auto add = [&](const QString &text) {
        auto *action = new QAction(text, menu);
        menu->insertAction(first, action);
        return action;
    };
    Findings here = m_decorator->findingsAt(position);
    // A finding about the whole message (no order ID) has no place to click: its fix is in
    // every menu of the body.
    for (const Finding &f : m_checker->findings(m_part))
        if (f.length == 0 && f.fix && std::none_of(here.begin(), here.end(), [&](const Finding &h) { return h.ruleId == f.ruleId && h.length == 0; }))
            here.append(f);
    for (const Finding &f : here) {
        const QString title = m_checker->explain(f).title;
        auto *header = add(title);
        header->setEnabled(false);
        if (f.fix)
            connect(add(fixActionText(*f.fix)), &QAction::triggered, this, [this, f] { applyFix(f); });
        if (f.ruleId == QLatin1String("spelling")) {
            const QString word = document()->toPlainText().mid(f.start, f.length);
            const QStringList suggestions = m_checker->spellingSuggestions(word).mid(0, 6);
            for (const QString &s : suggestions) {
                connect(add(s), &QAction::triggered, this, [this, f, s] {
                    Finding replace = f;
                    replace.fix = Fix{f.start, f.length, s};
                    m_checker->applyFix(replace);
                });
            }
            if (suggestions.isEmpty())
                add(tr("No suggestions"))->setEnabled(false);
            connect(add(tr("Add “%1” to Dictionary").arg(word)), &QAction::triggered, this, [this, word] {
                QString error;
                if (!m_checker->addToDictionary(word, &error))
                    QMessageBox::warning(this, tr("Add to Dictionary"),
                                         tr("The word could not be saved to your dictionary: %1").arg(error));
            });
        }
        if (LiveChecker::canIgnore(f))
            connect(add(tr("Ignore Here")), &QAction::triggered, this, [this, f] { m_checker->ignoreHere(f); });
        connect(add(tr("About This Rule")), &QAction::triggered, this, [this, f] { emit ruleHelpRequested(f.ruleId); });
        menu->insertSeparator(first);
    }
    return menu;
}

void CheckedTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    // A right click on a finding places the cursor there, as in a word processor.
    const int position = cursorForPosition(event->pos()).position();
    QMenu *menu = createFindingMenu(position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

QString CheckedTextEdit::droppedDraft(const QMimeData *source) const
{
    if (!source->hasUrls() || source->urls().size() != 1 || !source->urls().front().isLocalFile())
        return {};
    const QString path = source->urls().front().toLocalFile();
    static const QStringList drafts = {".txt", ".html", ".htm"};
    for (const QString &suffix : drafts)
        if (path.endsWith(suffix, Qt::CaseInsensitive))
            return path;
    return {};
}

// A dropped draft file is taken before QTextEdit sees the drop: its own handling would move the
// cursor and open an edit, and the draft would count as changed before it is replaced.
void CheckedTextEdit::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedDraft(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QTextEdit::dragEnterEvent(event);
}

void CheckedTextEdit::dragMoveEvent(QDragMoveEvent *event)
{
    if (!droppedDraft(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QTextEdit::dragMoveEvent(event);
}

void CheckedTextEdit::dropEvent(QDropEvent *event)
{
    if (const QString path = droppedDraft(event->mimeData()); !path.isEmpty()) {
        event->acceptProposedAction();
        emit fileDropped(path);
        return;
    }
    QTextEdit::dropEvent(event);
}

bool CheckedTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !droppedDraft(source).isEmpty() || QTextEdit::canInsertFromMimeData(source);
}

void CheckedTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (const QString path = droppedDraft(source); !path.isEmpty()) {
        emit fileDropped(path);
        return;
    }
    QTextEdit::insertFromMimeData(source);
}

} // namespace permitted
