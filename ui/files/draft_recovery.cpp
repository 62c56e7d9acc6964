#include "draft_recovery.h"
#include "draft_session.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace permitted {
namespace {

QString lockPathFor(const QString &copyPath)
{
    return copyPath.chopped(QStringLiteral(".html").size()) + QStringLiteral(".lock");
}

bool writeCopy(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

DraftRecovery::DraftRecovery(DraftSession *session, std::function<bool()> keep, QObject *parent)
    : QObject(parent), m_session(session), m_keep(std::move(keep))
{
    QDir().mkpath(folder());
    m_path = QDir(folder()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".html"));
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_path));
    m_lock->tryLock(0);   // a fresh name: nobody else holds it
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &DraftRecovery::write);
    connect(&m_writing, &QFutureWatcherBase::finished, this, &DraftRecovery::finished);
}

DraftRecovery::~DraftRecovery()
{
    m_delay.stop();
    m_writing.waitForFinished();
    QFile::remove(m_path);
}

QString DraftRecovery::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QList<RecoveredDraft> DraftRecovery::orphans()
{
    QList<RecoveredDraft> found;
    const QDir dir(folder());
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.html")}, QDir::Files)) {
        // A lock we can take is one whose editor is gone (QLockFile knows a dead process's
        // lock for stale), or one that was never there.
        QLockFile lock(lockPathFor(file.filePath()));
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        InputError error;
        QString htmlError;
        auto draft = readDraft(file.filePath(), &error, &htmlError);
        if (!draft)
            continue;
        found.append({file.filePath(), draft->fields.value(QStringLiteral("path")), file.lastModified(), std::move(*draft)});
    }
    std::sort(found.begin(), found.end(), [](const RecoveredDraft &a, const RecoveredDraft &b) { return a.changed > b.changed; });
    return found;
}

void DraftRecovery::remove(const RecoveredDraft &draft)
{
    QFile::remove(draft.recoveryPath);
    QFile::remove(lockPathFor(draft.recoveryPath));
}

void DraftRecovery::changed()
{
    // Not restarted by every key: during a long burst of typing the copy is still at most a
    // second old.
    if (!m_delay.isActive())
        m_delay.start();
}

void DraftRecovery::write()
{
    if (m_writing.isRunning()) {
        m_again = true;
        return;
    }
    const QString path = m_path;
    if (!m_keep() || !m_session->isModified()) {
        // Nothing unsaved: nothing to recover.
        QFile::remove(path);
        emit written();
        return;
    }
    // Read on this thread (the documents live here), written on another.
    const QByteArray bytes = m_session->toHtml({{QStringLiteral("path"), m_session->path()}});
    m_writing.setFuture(QtConcurrent::run([path, bytes] { return writeCopy(path, bytes); }));
}

void DraftRecovery::finished()
{
    if (m_again) {
        m_again = false;
        write();
        return;
    }
    if (m_writing.result())
        emit written();
    else
        emit failed(folder());
}

void DraftRecovery::flush()
{
    m_delay.stop();
    m_writing.waitForFinished();
    m_again = false;
    write();
    m_writing.waitForFinished();
}

} // namespace permitted
