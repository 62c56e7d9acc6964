#pragma once
// Runs the validator off the typing path. The editor asks for a check after every edit; one
// check runs at a time, and while it runs only the newest request waits ("in progress / run
// again"), so fast typing never piles up work. A result is delivered only when no newer
// request was made in the meantime: the findings describe the text on screen, or nothing.

#include "message.h"
#include "finding.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <memory>
#include <optional>

namespace permitted {

class Validator;

class CheckScheduler : public QObject {
    Q_OBJECT
public:
    explicit CheckScheduler(QObject *parent = nullptr);
    ~CheckScheduler() override;

    // Until a validator is set, requests wait; the newest one runs as soon as it arrives.
    void setValidator(std::shared_ptr<const Validator> validator);
    const Validator *validator() const { return m_validator.get(); }

    // Asks for `message` to be checked; the result will carry the returned revision.
    quint64 request(const Message &message, const MessageContext &context);
    quint64 latestRevision() const { return m_latest; }
    // No check running or waiting, and the newest result delivered.
    bool isIdle() const;

signals:
    void checked(quint64 revision, const permitted::Findings &findings);

private:
    struct Job {
        quint64 revision;
        Message message;
        MessageContext context;
    };
    void startPending();
    void finished();

    std::shared_ptr<const Validator> m_validator;
    QThreadPool m_pool;                // one thread: checks never overlap
    QFutureWatcher<Findings> m_watcher;
    std::optional<Job> m_pending;
    quint64 m_running = 0;             // revision of the check in flight; 0 when none
    quint64 m_latest = 0;
};

} // namespace permitted
