#include "check_scheduler.h"
#include "detection/validator.h"

#include <QtConcurrent/QtConcurrentRun>

namespace permitted {

CheckScheduler::CheckScheduler(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    // Checking yields to the interface: on a two-core machine typing keeps a core to itself.
    m_pool.setThreadPriority(QThread::LowPriority);
    connect(&m_watcher, &QFutureWatcher<Findings>::finished, this, &CheckScheduler::finished);
}

CheckScheduler::~CheckScheduler()
{
    // A check not yet started is dropped (waiting on its future would run it here); the one
    // running holds its own message and validator, and the pool waits for it.
    m_pool.clear();
    m_pool.waitForDone();
}

void CheckScheduler::setValidator(std::shared_ptr<const Validator> validator)
{
    m_validator = std::move(validator);
    startPending();
}

quint64 CheckScheduler::request(const Message &message, const MessageContext &context)
{
    m_pending = Job{++m_latest, message, context};
    startPending();
    return m_latest;
}

bool CheckScheduler::isIdle() const
{
    return m_running == 0 && !m_pending;
}

void CheckScheduler::startPending()
{
    if (!m_validator || m_running != 0 || !m_pending)
        return;
    Job job = std::move(*m_pending);
    m_pending.reset();
    m_running = job.revision;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [validator = m_validator, job = std::move(job)] {
        return validator->validate(job.message, job.context);
    }));
}

void CheckScheduler::finished()
{
    const quint64 revision = m_running;
    m_running = 0;
    const Findings findings = m_watcher.result();
    // A newer request supersedes this result: run it instead of showing stale findings.
    if (m_pending) {
        startPending();
        return;
    }
    if (revision == m_latest)
        emit checked(revision, findings);
}

} // namespace permitted
