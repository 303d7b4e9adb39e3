// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "containerprocess.h"
#include "containerstate.h"
#include "runcbinary.h"
#include "statshistory.h"
#include "statssample.h"

#include <QObject>
#include <QTimer>

#include <chrono>

class ContainerEvents;
class RuntimeCall;
struct RuntimeCallResult;

// Watches one container, whoever started it: its state, polled ("runc
// state", about once a second, so that changes made outside the editor
// show), its processes ("runc ps") and a stats stream ("runc events") while
// it runs, kept in a StatsHistory. While samples arrive at least as often as
// the poll and count the container's processes, they stand in for most
// polls: the poll slows down, and a sample with no processes left asks for
// the state at once.
class ContainerMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ContainerMonitor(QObject *parent = nullptr);
    ~ContainerMonitor() override;

    // The runtime the polls use, with a log file of their own.
    void setRuntime(const RuncBinary &runtime);
    // A new ID starts from "no container" and asks for its state at once.
    void setContainerId(const QString &id);
    QString containerId() const { return m_id; }
    void setQuickTimeout(int ms) { m_quickTimeoutMs = ms; }

    void setStatsInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds statsInterval() const { return m_statsInterval; }
    void setPollingEnabled(bool enabled);
    void setPollInterval(int ms);
    int pollInterval() const { return m_pollIntervalMs; }
    // The poll's interval now: pollInterval(), or longer while samples stand in.
    int currentPollInterval() const { return m_pollTimer.interval(); }
    // "runc ps" with every state poll; off while nobody looks at the list.
    void setProcessPolling(bool enabled) { m_processPolling = enabled; }

    ContainerState state() const { return m_state; }
    // For what the owner knows without asking (a container it just deleted).
    void setState(const ContainerState &state);
    const StatsHistory &statsHistory() const { return m_statsHistory; }
    void clearStatsHistory() { m_statsHistory.clear(); }

    void refreshState();
    void refreshProcesses();
    // Stops polling and the stats stream and cancels what runs.
    void stop();

Q_SIGNALS:
    void stateChanged(const ContainerState &state);
    void processesChanged(const QList<ContainerProcess> &processes);
    void statsSampled(const StatsSample &sample);
    void outOfMemory();
    // The runtime cannot stream stats (crun has no "events" command).
    void statsUnavailable(const QString &message);

private:
    void onStateFinished(const RuntimeCallResult &result);
    void onStatsSampled(const StatsSample &sample);
    void updateEvents();
    void pollAtFullRate();

    RuncBinary m_runtime;
    QString m_id;
    int m_quickTimeoutMs = 10000;
    std::chrono::milliseconds m_statsInterval{1000};
    ContainerState m_state;
    bool m_pollingEnabled = true;
    bool m_processPolling = true;
    int m_pollIntervalMs = 1000;
    QTimer m_pollTimer;
    // Ends the slower polling when samples stop coming.
    QTimer m_sampleWatchdog;
    bool m_samplesShowProcesses = false;
    bool m_statsUnavailable = false;
    RuntimeCall *m_stateCall;
    RuntimeCall *m_psCall;
    ContainerEvents *m_events;
    StatsHistory m_statsHistory;
};
