// SPDX-License-Identifier: Apache-2.0
#include "runstatusstrip.h"

#include "runtime/containersession.h"
#include "runtime/containerstopper.h"

#include <QHBoxLayout>
#include <QLabel>

namespace {

QString actionText(ContainerSession::Action action)
{
    using Action = ContainerSession::Action;
    switch (action) {
    case Action::Create: return RunStatusStrip::tr("Creating…");
    case Action::Start: return RunStatusStrip::tr("Starting…");
    case Action::Run: return RunStatusStrip::tr("Creating and starting…");
    case Action::Exec: return RunStatusStrip::tr("Starting a process…");
    case Action::Pause: return RunStatusStrip::tr("Pausing…");
    case Action::Resume: return RunStatusStrip::tr("Resuming…");
    case Action::Kill: return RunStatusStrip::tr("Sending a signal…");
    case Action::Delete: return RunStatusStrip::tr("Deleting…");
    case Action::State:
    case Action::Processes:
    case Action::Features: break;
    }
    return QString();
}

} // namespace

RunStatusStrip::RunStatusStrip(ContainerSession *session, ContainerStopper *stopper, QWidget *parent)
    : QWidget(parent), m_session(session), m_stopper(stopper), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("runStatusStrip"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);

    connect(m_session, &ContainerSession::stateChanged, this, &RunStatusStrip::showState);
    connect(m_session, &ContainerSession::actionStarted, this, [this](ContainerSession::Action action) {
        if (const QString text = actionText(action); !text.isEmpty() && !(m_stopper && m_stopper->isStopping()))
            m_label->setText(text);
    });
    connect(m_session, &ContainerSession::actionFinished, this, &RunStatusStrip::showState);
    if (m_stopper) {
        connect(m_stopper, &ContainerStopper::countdown, this, &RunStatusStrip::showCountdown);
        connect(m_stopper, &ContainerStopper::finished, this, &RunStatusStrip::showState);
    }
    showState();
}

QString RunStatusStrip::text() const
{
    return m_label->text();
}

void RunStatusStrip::showState()
{
    if (m_stopper && m_stopper->isStopping()) {
        showCountdown(m_stopper->secondsLeft());
        return;
    }
    const ContainerState state = m_session->state();
    const QString id = m_session->containerId();
    if (m_compact && (id.isEmpty() || !state.exists())) {
        m_label->clear();
        return;
    }
    if (id.isEmpty()) {
        m_label->setText(tr("No container."));
        return;
    }
    if (!state.exists()) {
        // Nothing of an earlier container stays in the line.
        m_label->setText(tr("%1: no container").arg(id));
        return;
    }
    QStringList parts{tr("%1: %2").arg(id, ContainerState::statusName(state.status))};
    if (state.pid > 0)
        parts << tr("PID %1").arg(state.pid);
    if (m_compact) {
        m_label->setText(parts.join(QStringLiteral(" · ")));
        return;
    }
    if (state.created.isValid())
        parts << tr("created %1").arg(state.created.toLocalTime().toString(Qt::ISODate));
    if (!state.bundle.isEmpty())
        parts << tr("bundle %1").arg(state.bundle);
    m_label->setText(parts.join(QStringLiteral(" · ")));
}

void RunStatusStrip::showCountdown(int secondsLeft)
{
    const QString id = m_session->containerId();
    m_label->setText(secondsLeft > 0
                         ? tr("%1: stopping; SIGKILL in %n s unless it ends first.", nullptr, secondsLeft).arg(id)
                         : tr("%1: stopping; SIGKILL sent.").arg(id));
}

void RunStatusStrip::setCompact(bool compact)
{
    m_compact = compact;
    m_label->setWordWrap(!compact);
    showState();
}
