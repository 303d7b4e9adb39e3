// SPDX-License-Identifier: Apache-2.0
#include "containermonitor.h"

#include "containerevents.h"
#include "runtimecall.h"

namespace {

// While samples stand in for the state poll, it runs this many times less often.
constexpr int SampledPollFactor = 3;

bool saysNotFound(const RuntimeCallResult &result)
{
    const QByteArray text = result.standardError + result.standardOutput;
    return text.contains("does not exist") || text.contains("not found") || text.contains("No such file or directory");
}

} // namespace

ContainerMonitor::ContainerMonitor(QObject *parent)
    : QObject(parent), m_stateCall(new RuntimeCall(this)), m_psCall(new RuntimeCall(this)),
      m_events(new ContainerEvents(this))
{
    m_runtime.setPath(QStringLiteral("runc"));
    m_pollTimer.setInterval(m_pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ContainerMonitor::refreshState);
    m_sampleWatchdog.setSingleShot(true);
    connect(&m_sampleWatchdog, &QTimer::timeout, this, [this] {
        pollAtFullRate();
        refreshState();
    });
    connect(m_stateCall, &RuntimeCall::finished, this, &ContainerMonitor::onStateFinished);
    connect(m_psCall, &RuntimeCall::finished, this, [this](const RuntimeCallResult &result) {
        if (!result.succeeded())
            return;
        if (const auto processes = ContainerProcess::listFromTable(result.standardOutput))
            Q_EMIT processesChanged(*processes);
    });
    connect(m_events, &ContainerEvents::sampled, this, &ContainerMonitor::onStatsSampled);
    connect(m_events, &ContainerEvents::outOfMemory, this, &ContainerMonitor::outOfMemory);
    connect(m_events, &ContainerEvents::stopped, this, [this](const QString &message) {
        pollAtFullRate();
        refreshState();
        if (message.isEmpty()
            || !(m_state.status == ContainerState::Status::Running || m_state.status == ContainerState::Status::Paused))
            return; // the container went away; the state poll reports that
        m_statsUnavailable = true;
        Q_EMIT statsUnavailable(message);
    });
}

ContainerMonitor::~ContainerMonitor()
{
    m_pollTimer.stop();
    m_events->stop();
}

void ContainerMonitor::setRuntime(const RuncBinary &runtime)
{
    m_runtime = runtime;
    m_statsUnavailable = false;
    m_events->stop();
    updateEvents();
}

void ContainerMonitor::setContainerId(const QString &id)
{
    if (id == m_id)
        return;
    m_events->stop();
    m_id = id;
    m_statsUnavailable = false;
    ContainerState none;
    none.id = id;
    setState(none);
    setPollingEnabled(m_pollingEnabled);
    refreshState();
}

void ContainerMonitor::setStatsInterval(std::chrono::milliseconds interval)
{
    if (interval == m_statsInterval)
        return;
    m_statsInterval = interval;
    pollAtFullRate();
    if (m_events->isRunning()) {
        m_events->stop();
        updateEvents();
    }
}

void ContainerMonitor::setPollInterval(int ms)
{
    m_pollIntervalMs = ms;
    pollAtFullRate();
}

void ContainerMonitor::setPollingEnabled(bool enabled)
{
    m_pollingEnabled = enabled;
    if (enabled && !m_id.isEmpty())
        m_pollTimer.start();
    else
        m_pollTimer.stop();
}

void ContainerMonitor::refreshState()
{
    if (m_id.isEmpty() || !RuncBinary::isValidContainerId(m_id) || m_stateCall->isRunning())
        return;
    m_stateCall->start(m_runtime.stateCommand(m_id), m_quickTimeoutMs);
}

void ContainerMonitor::onStateFinished(const RuntimeCallResult &result)
{
    if (result.command.arguments.isEmpty() || result.command.arguments.constLast() != m_id)
        return; // the ID changed meanwhile
    const Result<ContainerState> state = ContainerState::fromJson(result.standardOutput);
    if (result.succeeded() && state) {
        setState(*state);
    } else if (!result.timedOut && !result.canceled && saysNotFound(result)) {
        ContainerState none;
        none.id = m_id;
        setState(none);
    }
    if (m_processPolling && m_state.allows(ContainerState::Action::Processes))
        refreshProcesses();
}

void ContainerMonitor::setState(const ContainerState &state)
{
    if (state == m_state)
        return;
    const bool hadProcesses = m_state.allows(ContainerState::Action::Processes);
    m_state = state;
    Q_EMIT stateChanged(m_state);
    if (hadProcesses && !m_state.allows(ContainerState::Action::Processes))
        Q_EMIT processesChanged({});
    updateEvents();
}

void ContainerMonitor::updateEvents()
{
    const bool alive =
        m_state.status == ContainerState::Status::Running || m_state.status == ContainerState::Status::Paused;
    if (!alive) {
        m_events->stop();
        pollAtFullRate();
        return;
    }
    if (!m_events->isRunning() && !m_statsUnavailable && RuncBinary::isValidContainerId(m_id))
        m_events->start(m_runtime, m_id, m_statsInterval);
}

void ContainerMonitor::onStatsSampled(const StatsSample &sample)
{
    m_statsHistory.append(sample);
    Q_EMIT statsSampled(sample);
    // A state poll starts a runtime process; a sample is a fresh look at the
    // container too, as long as it comes as often and counts its processes.
    // runc leaves a count of 0 out, as it does when it cannot count.
    const bool processes = sample.pidsCurrent && *sample.pidsCurrent >= 1;
    const bool hadProcesses = m_samplesShowProcesses;
    if (!processes || m_statsInterval.count() > m_pollIntervalMs) {
        pollAtFullRate();
        if (hadProcesses && !processes)
            refreshState(); // its processes are gone: it stopped, so ask now
        return;
    }
    m_samplesShowProcesses = true;
    const int slower = SampledPollFactor * m_pollIntervalMs;
    if (m_pollTimer.interval() != slower)
        m_pollTimer.setInterval(slower); // restarts the timer, so only on a change
    m_sampleWatchdog.start(int(m_statsInterval.count()) + m_pollIntervalMs);
}

void ContainerMonitor::pollAtFullRate()
{
    m_sampleWatchdog.stop();
    m_samplesShowProcesses = false;
    if (m_pollTimer.interval() != m_pollIntervalMs)
        m_pollTimer.setInterval(m_pollIntervalMs);
}

void ContainerMonitor::refreshProcesses()
{
    if (m_id.isEmpty() || m_psCall->isRunning() || !RuncBinary::isValidContainerId(m_id))
        return;
    m_psCall->start(m_runtime.psCommand(m_id), m_quickTimeoutMs);
}

void ContainerMonitor::stop()
{
    m_pollTimer.stop();
    m_sampleWatchdog.stop();
    m_events->stop();
    m_stateCall->cancel();
    m_psCall->cancel();
}

#include "moc_containermonitor.cpp"
