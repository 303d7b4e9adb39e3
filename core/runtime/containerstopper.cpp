// SPDX-License-Identifier: Apache-2.0
#include "containerstopper.h"

#include "containersession.h"

#include <cmath>

using Status = ContainerState::Status;

namespace {

bool isGone(Status status)
{
    return status == Status::Stopped || status == Status::None;
}

} // namespace

ContainerStopper::ContainerStopper(ContainerSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &ContainerStopper::onDeadline);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { Q_EMIT countdown(secondsLeft()); });
    connect(m_session, &ContainerSession::stateChanged, this, &ContainerStopper::onStateChanged);
    connect(m_session, &ContainerSession::actionFinished, this,
            [this](ContainerSession::Action action, bool succeeded, const QString &message) {
                // A refused or failed kill ends the attempt, unless the container is gone anyway.
                if (!m_stopping || action != ContainerSession::Action::Kill || succeeded)
                    return;
                if (!isGone(m_session->state().status))
                    finish(false, message);
            });
}

int ContainerStopper::secondsLeft() const
{
    if (!m_deadline.isActive())
        return 0;
    return int(std::ceil(m_deadline.remainingTime() / 1000.0));
}

void ContainerStopper::stop()
{
    if (m_stopping)
        return;
    if (!m_session->state().allows(ContainerState::Action::Kill)) {
        Q_EMIT finished(false, false,
                        tr("The container is %1; there is nothing to stop.")
                            .arg(ContainerState::statusName(m_session->state().status)));
        return;
    }
    m_stopping = true;
    m_forced = false;
    m_deadline.start(int(m_gracePeriod.count()));
    m_tick.start();
    Q_EMIT countdown(secondsLeft());
    m_session->kill(QStringLiteral("SIGTERM"));
}

void ContainerStopper::abandon()
{
    if (m_stopping)
        finish(false, tr("Stopping was canceled."));
}

void ContainerStopper::onStateChanged()
{
    if (m_stopping && isGone(m_session->state().status))
        finish(true, QString());
}

void ContainerStopper::onDeadline()
{
    m_tick.stop();
    if (!m_stopping)
        return;
    m_forced = true;
    Q_EMIT countdown(0);
    Q_EMIT escalated();
    m_session->kill(QStringLiteral("SIGKILL"));
    m_session->refreshState();
}

void ContainerStopper::finish(bool stopped, const QString &message)
{
    m_deadline.stop();
    m_tick.stop();
    m_stopping = false;
    Q_EMIT finished(stopped, m_forced, message);
}
