// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

class ContainerSession;

// Stops a session's container the polite way: SIGTERM, then SIGKILL when it
// is still alive after the grace period. Counts the seconds left down, so
// that a view can show how long the container still has.
class ContainerStopper : public QObject
{
    Q_OBJECT

public:
    explicit ContainerStopper(ContainerSession *session, QObject *parent = nullptr);

    void setGracePeriod(std::chrono::milliseconds period) { m_gracePeriod = period; }
    std::chrono::milliseconds gracePeriod() const { return m_gracePeriod; }
    bool isStopping() const { return m_stopping; }
    // Whole seconds left before SIGKILL (rounded up); 0 once it was sent.
    int secondsLeft() const;

    // Sends SIGTERM; refused (finished(false, ...)) when the container
    // cannot be killed now.
    void stop();
    // Gives up waiting; no SIGKILL follows.
    void abandon();

Q_SIGNALS:
    void countdown(int secondsLeft);
    // SIGKILL went out: the container ignored SIGTERM for the whole period.
    void escalated();
    // stopped: the container is stopped (or gone); forced: it took SIGKILL.
    // message says why not when stopped is false.
    void finished(bool stopped, bool forced, const QString &message);

private:
    void onStateChanged();
    void onDeadline();
    void finish(bool stopped, const QString &message);

    ContainerSession *m_session;
    std::chrono::milliseconds m_gracePeriod{10000};
    QTimer m_deadline;
    QTimer m_tick;
    bool m_stopping = false;
    bool m_forced = false;
};
