// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "containermonitor.h"
#include "containerprocess.h"
#include "containerstate.h"
#include "execrequest.h"
#include "pseudoterminal.h"
#include "runcbinary.h"
#include "runtimefeatures.h"
#include "runtimelog.h"
#include "statssample.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class ConsoleSocket;
class ContainerEvents;
class ContainerStdio;
class RuntimeCall;
class RuntimeFeaturesCache;
struct RuntimeCallResult;

// Drives one container through runc or crun: the lifecycle actions, its
// console or terminal, exec, and the state root's list. Its ContainerMonitor
// watches the container's state, processes and stats; the session passes
// the monitor's signals on. Owns every process it starts; the run panel only
// listens to its signals.
class ContainerSession : public QObject
{
    Q_OBJECT

public:
    enum class Action { Create, Start, Run, Exec, Pause, Resume, Kill, Delete, State, Processes, Features };
    Q_ENUM(Action)

    explicit ContainerSession(QObject *parent = nullptr);
    ~ContainerSession() override;

    // The runtime, its state root and global options. The session adds its
    // own --log file and --log-format json.
    void setRuntime(const RuncBinary &runtime);
    RuncBinary runtime() const { return m_runtime; }
    void setContainerId(const QString &id);
    QString containerId() const { return m_id; }
    // The bundle directory holding config.json (read from disk by the runtime).
    void setBundlePath(const QString &path) { m_bundlePath = path; }
    QString bundlePath() const { return m_bundlePath; }

    // Timeout of calls that should return quickly (state, kill, delete, ...).
    void setQuickTimeout(int ms)
    {
        m_quickTimeoutMs = ms;
        m_monitor->setQuickTimeout(ms);
    }
    int quickTimeout() const { return m_quickTimeoutMs; }
    // The monitor's settings (see ContainerMonitor).
    ContainerMonitor *monitor() const { return m_monitor; }
    void setStatsInterval(std::chrono::milliseconds interval) { m_monitor->setStatsInterval(interval); }
    std::chrono::milliseconds statsInterval() const { return m_monitor->statsInterval(); }
    void setPollingEnabled(bool enabled) { m_monitor->setPollingEnabled(enabled); }
    void setPollInterval(int ms) { m_monitor->setPollInterval(ms); }
    int pollInterval() const { return m_monitor->pollInterval(); }
    int currentPollInterval() const { return m_monitor->currentPollInterval(); }
    void setProcessPolling(bool enabled) { m_monitor->setProcessPolling(enabled); }

    // Where the session keeps its runtime log, console socket, pid and
    // process files.
    QString workDirectory() const { return m_workDir.path(); }

    ContainerState state() const { return m_monitor->state(); }
    // The container's stats so far; cleared when the session creates, runs
    // or attaches to a container. statsSampled() follows each append.
    const StatsHistory &statsHistory() const { return m_monitor->statsHistory(); }
    bool isBusy() const;
    std::optional<Action> currentAction() const { return m_currentAction; }
    PseudoTerminal *terminal() const { return m_terminal; }

    // Lifecycle. Each refuses (actionFinished with succeeded == false)
    // before anything runs when the ID is invalid, the runtime is missing,
    // another action is running or the state does not allow it.
    void create();
    void start();
    void run(); // create and start in one runtime call
    void exec(const ExecRequest &request);
    void pause();
    void resume();
    void kill(const QString &signal = QStringLiteral("SIGTERM"));
    void remove(bool force = false);
    // Ends the running lifecycle action.
    void cancel();

    void refreshState() { m_monitor->refreshState(); }
    void refreshProcesses() { m_monitor->refreshProcesses(); }
    // Follows an existing container (its stdio stays wherever it is).
    void attach(const QString &id);

    // stdin of a terminal: false container, or of a running foreground exec.
    void writeInput(const QByteArray &data);
    void closeInput();

    // Reads "runc features" once; the answer is cached for the runtime path.
    void queryFeatures();
    std::optional<RuntimeFeatures> features() const;
    // Whether the runtime has answered (with features or without).
    bool featuresKnown() const;
    // Warnings for config parts the runtime does not support (empty while
    // the features are unknown).
    QStringList unsupportedFeatures(const Json &config) const;

    // For quitting: stops the stats stream and, with killAndDelete, forces
    // the container away, waiting at most timeoutMs. No child process remains.
    void shutdown(bool killAndDelete, int timeoutMs = 5000);

Q_SIGNALS:
    void stateChanged(const ContainerState &state);
    void actionStarted(ContainerSession::Action action);
    // message is the runtime's own error when there is one; log holds the
    // JSON log lines the failed command wrote, in order.
    void actionFinished(ContainerSession::Action action, bool succeeded, const QString &message,
                        const QList<RuntimeLogEntry> &log);
    void processesChanged(const QList<ContainerProcess> &processes);
    void standardOutput(const QByteArray &data);
    void standardError(const QByteArray &data);
    void outputClosed();
    void terminalOpened(PseudoTerminal *terminal);
    void statsSampled(const StatsSample &sample);
    void outOfMemory();
    // The runtime cannot stream stats (crun has no "events" command).
    void statsUnavailable(const QString &message);
    void featuresChanged();
    // The runtime's log lines, as it writes them during a lifecycle action
    // (with --debug runc also logs its namespace and ID-mapping steps); the
    // last ones come before actionFinished.
    void runtimeLogged(const QList<RuntimeLogEntry> &entries);

private:
    bool begin(Action action, std::optional<ContainerState::Action> required);
    void refuse(Action action, const QString &message);
    void runAction(Action action, const RuntimeCommand &command, int timeoutMs);
    void onActionFinished(const RuntimeCallResult &result);
    void createOrRun(Action action);
    Result<void> prepareConsole(bool terminal, RuntimeProcessOptions *options);
    void openTerminal(int masterFd);
    void followLog();
    QString failureMessage(const RuntimeCallResult &result, const QList<RuntimeLogEntry> &log) const;
    RuncBinary actionRuntime() const;
    RuncBinary pollRuntime() const;
    QString workFile(const QString &name) const;

    RuncBinary m_runtime;
    QString m_id;
    QString m_bundlePath;
    int m_quickTimeoutMs = 10000;
    int m_createTimeoutMs = 60000;
    std::optional<Action> m_currentAction;

    QTemporaryDir m_workDir;
    RuntimeLogReader m_actionLog;
    RuntimeLogReader m_liveLog;
    QTimer m_liveLogTimer;
    ContainerMonitor *m_monitor;
    RuntimeCall *m_actionCall;
    RuntimeFeaturesCache *m_features;
    RuntimeCall *m_execCall;
    ContainerStdio *m_stdio = nullptr;
    ConsoleSocket *m_consoleSocket;
    QPointer<PseudoTerminal> m_terminal;
};
