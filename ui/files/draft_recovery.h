#pragma once
// Crash recovery, as Kate and LibreOffice do it: while the draft has unsaved changes, a copy of
// it (text, formatting and order) is kept in the data folder, written within two seconds of the
// last change, off the typing path and atomically. A clean exit removes it. A copy whose editor
// is no longer running (killed, a power cut) is offered back at the next start.
//
// Each running editor holds a lock beside its copy, so a second editor never offers the copy of
// one still running.

#include "draft_file.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

class QLockFile;

namespace permitted {

class DraftSession;

// A draft left by an editor that did not exit cleanly.
struct RecoveredDraft {
    QString recoveryPath;      // the copy in the recovery folder
    QString originalPath;      // the file it was the unsaved version of; empty for a new draft
    QDateTime changed;         // when it was last written
    Draft draft;
};

class DraftRecovery : public QObject {
    Q_OBJECT
public:
    // How long after the last change the copy is written.
    static constexpr int kDelayMs = 1000;

    // `keep`: whether the fields hold something the copy must keep (false while a template,
    // which the library saves as it is written, is in them).
    DraftRecovery(DraftSession *session, std::function<bool()> keep, QObject *parent = nullptr);
    // A clean exit: the copy goes.
    ~DraftRecovery() override;

    // The folder of the copies.
    static QString folder();
    // The copies no running editor holds, newest first. Unreadable ones are left where they are.
    static QList<RecoveredDraft> orphans();
    // Removes a copy once it is restored or discarded.
    static void remove(const RecoveredDraft &draft);

    // The fields or the order changed: the copy is written once they rest.
    void changed();
    // Writes now and waits for the write (for a test, and before a risky step).
    void flush();
    QString path() const { return m_path; }

signals:
    // A copy was written (or removed, when nothing was left to keep).
    void written();
    // A copy could not be written (a full disk, a folder without write access).
    void failed(const QString &folder);

private:
    void write();
    void finished();

    DraftSession *m_session;
    std::function<bool()> m_keep;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_delay;
    QFutureWatcher<bool> m_writing;
    bool m_again = false;      // changed while a write ran
};

} // namespace permitted
