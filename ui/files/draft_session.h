#pragma once
// The draft being edited as a file: new, open, save, save as, the recent files, and the
// question before unsaved changes would be lost. The subject and the body are one draft: a
// change to either makes it modified. The order it is about is saved and read with it.

#include "draft_file.h"

#include <QObject>
#include <QStringList>
#include <functional>

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
    // Puts a recovered draft in the fields, as the unsaved changes to `path` (empty: a new
    // draft).
    void restore(const Draft &draft, const QString &path);
    // The draft as an HTML draft file holds it, its order and `moreMeta` in the head.
    QByteArray toHtml(const QList<QPair<QString, QString>> &moreMeta = {}) const;
    // Where the order saved with a draft comes from.
    void setContextSource(std::function<DraftContext()> source) { m_contextSource = std::move(source); }
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
    // The fields hold another draft now: its order, or nothing for a new draft or a file saved
    // without one.
    void contextReplaced(const std::optional<permitted::DraftContext> &context);

private:
    void remember(const QString &path);
    void fillRecentMenu();
    void setPath(const QString &path);
    void load(const Draft &draft);

    QTextDocument *m_subject;
    QTextDocument *m_body;
    QWidget *m_window;
    QString m_path;
    QMenu *m_recentMenu = nullptr;
    std::function<DraftContext()> m_contextSource;
};

} // namespace permitted
