#pragma once
// Dialogs in interface tests: a dialog blocks in exec(), so what the user would do in it is
// arranged before, and runs once it is open.

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <functional>
#include <memory>

namespace permitted::test {

// Runs `handle` on the next modal dialog, once it is open.
inline void whenDialogOpens(std::function<void(QWidget *)> handle)
{
    // The poll holds itself until the dialog is found (a small leak, for a test's lifetime).
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [handle, poll] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            handle(dialog);
            return;
        }
        QTimer::singleShot(20, *poll);
    };
    QTimer::singleShot(0, *poll);
}

// Presses `button` in the next message box; its text goes to `*text`.
inline void answerMessageBox(QMessageBox::StandardButton button, QString *text)
{
    whenDialogOpens([button, text](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
            *text = box->text();
            box->button(button)->click();
        }
    });
}

// Types `text` into `widget` as key events, one character (or surrogate pair) each, a line
// break as Return.
inline void type(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int n = text[i].isHighSurrogate() ? 2 : 1;
        const QString ch = text.mid(i, n);
        const int key = ch == QLatin1String("\n") ? Qt::Key_Return : 0;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, ch);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, ch);
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
        i += n - 1;
    }
}

// The template library's files and the recovered drafts in the test data folder, so that each
// test starts without a library, and without a recovery question (a copy left by an earlier run
// that was killed would block the first window on it).
inline void startWithEmptyDataFolder()
{
    QDir data(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    for (const QString &name : data.entryList({QStringLiteral("library.sqlite*")}, QDir::Files))
        data.remove(name);
    QDir(data.filePath(QStringLiteral("recovery"))).removeRecursively();
}

} // namespace permitted::test
