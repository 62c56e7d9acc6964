#pragma once
// The draft being edited as a file: new, open, save, save as, the recent files, and the
// question before unsaved changes would be lost. The subject and the body are one draft: a
// change to either makes it modified.

#include <QObject>
#include <QStringList>

class QMenu;
class QTextDocument;
class QWidget;

namespace permitted {

class DraftSession : public QObject {
    Q_OBJECT
public:
    DraftSession(QTextDocument *subject, QTextDocument *body, QWidget *window);

    QString path() const { return m_path; }
    bool isModified() const;
    // "message.html", or "Untitled" for a new draft.
    QString displayName() const;

    // Each returns false when the user cancelled or the file could not be used (the user has
    // been told why, and nothing was lost).
    bool newDraft();
    bool open();
    bool openPath(const QString &path);
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    // Asks what to do with unsaved changes: true when it is fine to go on.
    bool maybeSave();

    QStringList recentFiles() const;
    // Keeps `menu` listing the recent files.
    void attachRecentMenu(QMenu *menu);

signals:
    // The file name or the modified state changed: the window title follows.
    void stateChanged();
    // The fields are about to take another draft (new or opened): whoever keeps their text
    // elsewhere (an open template) lets go of them now.
    void aboutToReplace();

private:
    void remember(const QString &path);
    void fillRecentMenu();
    void setPath(const QString &path);

    QTextDocument *m_subject;
    QTextDocument *m_body;
    QWidget *m_window;
    QString m_path;
    QMenu *m_recentMenu = nullptr;
};

} // namespace permitted
