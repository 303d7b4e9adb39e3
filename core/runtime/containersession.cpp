// SPDX-License-Identifier: Apache-2.0
#include "containersession.h"

#include "consolesocket.h"
#include "containerstdio.h"
#include "pseudoterminal.h"
#include "runtimecall.h"
#include "runtimefeaturescache.h"

#include "io/atomicfilewriter.h"
#include "document/specfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace {

// Through SpecFile, with its size and depth limits and its messages.
Result<Json> readConfig(const QString &bundlePath)
{
    SpecFile file;
    if (!file.read(bundlePath))
        return Result<Json>::failure(file.errorString());
    return file.takeRoot();
}

} // namespace

ContainerSession::ContainerSession(QObject *parent)
    : QObject(parent), m_workDir(QDir::tempPath() + QStringLiteral("/obe-run-XXXXXX")),
      m_monitor(new ContainerMonitor(this)), m_actionCall(new RuntimeCall(this)),
      m_features(new RuntimeFeaturesCache(this)), m_execCall(new RuntimeCall(this)),
      m_consoleSocket(new ConsoleSocket(this))
{
    m_actionLog.setPath(workFile(QStringLiteral("runtime.log")));
    m_liveLog.setPath(m_actionLog.path());
    m_liveLogTimer.setInterval(100);
    connect(&m_liveLogTimer, &QTimer::timeout, this, &ContainerSession::followLog);
    m_runtime.setPath(QStringLiteral("runc"));

    m_monitor->setRuntime(pollRuntime());
    connect(m_monitor, &ContainerMonitor::stateChanged, this, [this](const ContainerState &state) {
        if (m_bundlePath.isEmpty() && state.exists())
            m_bundlePath = state.bundle; // a container the session follows
        Q_EMIT stateChanged(state);
    });
    connect(m_monitor, &ContainerMonitor::processesChanged, this, &ContainerSession::processesChanged);
    connect(m_monitor, &ContainerMonitor::statsSampled, this, &ContainerSession::statsSampled);
    connect(m_monitor, &ContainerMonitor::outOfMemory, this, &ContainerSession::outOfMemory);
    connect(m_monitor, &ContainerMonitor::statsUnavailable, this, &ContainerSession::statsUnavailable);
    connect(m_actionCall, &RuntimeCall::finished, this, &ContainerSession::onActionFinished);
    connect(m_features, &RuntimeFeaturesCache::changed, this, &ContainerSession::featuresChanged);

    connect(m_execCall, &RuntimeCall::standardOutputReceived, this, &ContainerSession::standardOutput);
    connect(m_execCall, &RuntimeCall::standardErrorReceived, this, &ContainerSession::standardError);
    connect(m_execCall, &RuntimeCall::finished, this, [this](const RuntimeCallResult &result) {
        const QString message = result.succeeded()
            ? QString()
            : (result.crashed || result.canceled || result.failedToStart
                   ? result.errorString
                   : tr("The process exited with code %1.").arg(result.exitCode));
        Q_EMIT actionFinished(Action::Exec, result.succeeded(), message, {});
        refreshProcesses();
    });

    connect(m_consoleSocket, &ConsoleSocket::masterReceived, this, &ContainerSession::openTerminal);
}

ContainerSession::~ContainerSession()
{
    m_monitor->stop();
}

void ContainerSession::setRuntime(const RuncBinary &runtime)
{
    m_runtime = runtime;
    m_monitor->setRuntime(pollRuntime());
}

void ContainerSession::setContainerId(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_monitor->setContainerId(id);
}

bool ContainerSession::isBusy() const
{
    return m_currentAction.has_value();
}

QString ContainerSession::workFile(const QString &name) const
{
    return QDir(m_workDir.path()).filePath(name);
}

RuncBinary ContainerSession::actionRuntime() const
{
    RuncBinary runtime = m_runtime;
    runtime.setLogFile(m_actionLog.path());
    runtime.setJsonLog(true);
    // The launch timeline follows the init's steps in the debug lines.
    runtime.setDebugLog(true);
    return runtime;
}

RuncBinary ContainerSession::pollRuntime() const
{
    // A separate log, so that polling never mixes into an action's messages.
    RuncBinary runtime = m_runtime;
    runtime.setLogFile(workFile(QStringLiteral("poll.log")));
    runtime.setJsonLog(true);
    return runtime;
}

// --- lifecycle ------------------------------------------------------------

void ContainerSession::refuse(Action action, const QString &message)
{
    Q_EMIT actionFinished(action, false, message, {});
}

bool ContainerSession::begin(Action action, std::optional<ContainerState::Action> required)
{
    const QString idError = RuncBinary::containerIdError(m_id);
    if (!idError.isEmpty()) {
        refuse(action, idError);
        return false;
    }
    if (RuncBinary::locate(m_runtime.path()).isEmpty()) {
        refuse(action, RuncBinary::missingRuntimeMessage(m_runtime.path()));
        return false;
    }
    if (isBusy()) {
        refuse(action, tr("Another action is still running."));
        return false;
    }
    if (required && !state().allows(*required)) {
        refuse(action,
               tr("The container is %1; this action is not possible now.")
                   .arg(ContainerState::statusName(state().status)));
        return false;
    }
    if (!m_workDir.isValid()) {
        refuse(action, tr("Cannot create a working directory: %1").arg(m_workDir.errorString()));
        return false;
    }
    return true;
}

void ContainerSession::runAction(Action action, const RuntimeCommand &command, int timeoutMs)
{
    m_currentAction = action;
    m_actionLog.mark();
    m_liveLog.mark();
    m_liveLogTimer.start();
    Q_EMIT actionStarted(action);
    m_actionCall->start(command, timeoutMs,
                        m_stdio && (action == Action::Create || action == Action::Run) ? m_stdio->childSetup()
                                                                                       : RuntimeCall::ChildSetup());
    if (m_stdio)
        m_stdio->closeChildEnds();
}

void ContainerSession::create()
{
    createOrRun(Action::Create);
}

void ContainerSession::run()
{
    createOrRun(Action::Run);
}

void ContainerSession::createOrRun(Action action)
{
    if (!begin(action, action == Action::Create ? ContainerState::Action::Create : ContainerState::Action::Run))
        return;
    const Result<Json> read = readConfig(m_bundlePath);
    if (!read) {
        refuse(action, read.error());
        return;
    }
    m_monitor->clearStatsHistory(); // a new container
    const Json &config = *read;
    const JsonPointer terminalPointer("/process/terminal");
    const bool terminal = config.contains(terminalPointer) && config.at(terminalPointer).is_boolean()
        && config.at(terminalPointer).get<bool>();
    RuntimeProcessOptions options;
    if (const Result<void> prepared = prepareConsole(terminal, &options); !prepared) {
        refuse(action, prepared.error());
        return;
    }
    options.pidFile = workFile(m_id + QStringLiteral(".pid"));
    options.detach = true;
    const RuncBinary runtime = actionRuntime();
    runAction(action,
              action == Action::Create ? runtime.createCommand(m_id, m_bundlePath, options)
                                       : runtime.runContainerCommand(m_id, m_bundlePath, options),
              m_createTimeoutMs);
}

Result<void> ContainerSession::prepareConsole(bool terminal, RuntimeProcessOptions *options)
{
    // Each new container gets stdio of its own: a terminal, or fresh pipes.
    if (m_stdio) {
        m_stdio->deleteLater();
        m_stdio = nullptr;
    }
    if (terminal) {
        const Result<void> listening = m_consoleSocket->listen(workFile(QStringLiteral("console.sock")));
        if (listening)
            options->consoleSocket = m_consoleSocket->path();
        return listening;
    }
    m_stdio = new ContainerStdio(this);
    connect(m_stdio, &ContainerStdio::standardOutput, this, &ContainerSession::standardOutput);
    connect(m_stdio, &ContainerStdio::standardError, this, &ContainerSession::standardError);
    connect(m_stdio, &ContainerStdio::outputClosed, this, &ContainerSession::outputClosed);
    return m_stdio->open();
}

void ContainerSession::start()
{
    if (begin(Action::Start, ContainerState::Action::Start))
        runAction(Action::Start, actionRuntime().startCreatedCommand(m_id), m_quickTimeoutMs);
}

void ContainerSession::exec(const ExecRequest &request)
{
    const QString problem = request.problem();
    if (!problem.isEmpty()) {
        refuse(Action::Exec, problem);
        return;
    }
    if (m_execCall->isRunning()) {
        refuse(Action::Exec, tr("A process started with Exec is still running."));
        return;
    }
    if (!begin(Action::Exec, ContainerState::Action::Exec))
        return;

    const QString bundle = m_bundlePath.isEmpty() ? state().bundle : m_bundlePath;
    const JsonPointer processPointer("/process");
    Json base = Json::object();
    if (const Result<Json> config = readConfig(bundle); config && config->contains(processPointer))
        base = config->at(processPointer);

    const QString processFile = workFile(QStringLiteral("process.json"));
    const Result<QStringList> written =
        AtomicFileWriter::writeFile(processFile, QByteArray::fromStdString(request.toProcessJson(base).dump(2)));
    if (!written) {
        refuse(Action::Exec, written.error());
        return;
    }

    RuntimeProcessOptions options;
    if (request.terminal) {
        if (const Result<void> listening = m_consoleSocket->listen(workFile(QStringLiteral("console.sock")));
            !listening) {
            refuse(Action::Exec, listening.error());
            return;
        }
        options.consoleSocket = m_consoleSocket->path();
        options.detach = true; // the runtime hands the PTY over and returns
        runAction(Action::Exec, actionRuntime().execProcessCommand(m_id, processFile, options), m_createTimeoutMs);
        return;
    }
    // In the foreground the runtime passes its stdio through and waits.
    Q_EMIT actionStarted(Action::Exec);
    m_execCall->start(actionRuntime().execProcessCommand(m_id, processFile, options), 0);
}

void ContainerSession::pause()
{
    if (begin(Action::Pause, ContainerState::Action::Pause))
        runAction(Action::Pause, actionRuntime().pauseCommand(m_id), m_quickTimeoutMs);
}

void ContainerSession::resume()
{
    if (begin(Action::Resume, ContainerState::Action::Resume))
        runAction(Action::Resume, actionRuntime().resumeCommand(m_id), m_quickTimeoutMs);
}

void ContainerSession::kill(const QString &signal)
{
    if (begin(Action::Kill, ContainerState::Action::Kill))
        runAction(Action::Kill, actionRuntime().killCommand(m_id, signal), m_quickTimeoutMs);
}

void ContainerSession::remove(bool force)
{
    if (begin(Action::Delete, force ? ContainerState::Action::ForceDelete : ContainerState::Action::Delete))
        runAction(Action::Delete, actionRuntime().deleteCommand(m_id, force), m_quickTimeoutMs);
}

void ContainerSession::cancel()
{
    m_actionCall->cancel();
}

QString ContainerSession::failureMessage(const RuntimeCallResult &result, const QList<RuntimeLogEntry> &log) const
{
    if (result.timedOut || result.canceled || result.failedToStart)
        return result.errorString;
    // The runtime's own words: its last error in the log, else its stderr.
    for (auto it = log.crbegin(); it != log.crend(); ++it) {
        if (it->level == QLatin1String("error") || it->level == QLatin1String("fatal"))
            return it->message;
    }
    const QString stderrText = QString::fromUtf8(result.standardError).trimmed();
    if (!stderrText.isEmpty())
        return stderrText.section(QLatin1Char('\n'), -1);
    return result.errorString;
}

void ContainerSession::onActionFinished(const RuntimeCallResult &result)
{
    const Action action = m_currentAction.value_or(Action::State);
    m_currentAction.reset();
    const QList<RuntimeLogEntry> log = m_actionLog.readNew();
    m_liveLogTimer.stop();
    followLog();
    const bool succeeded = result.succeeded();
    if (!succeeded && (action == Action::Create || action == Action::Run || action == Action::Exec))
        m_consoleSocket->close();
    if (succeeded && action == Action::Delete) {
        ContainerState none;
        none.id = m_id;
        m_monitor->setState(none);
    }
    Q_EMIT actionFinished(action, succeeded, succeeded ? QString() : failureMessage(result, log),
                          succeeded ? QList<RuntimeLogEntry>() : log);
    refreshState();
}

void ContainerSession::followLog()
{
    const QList<RuntimeLogEntry> entries = m_liveLog.readNewLines();
    if (!entries.isEmpty())
        Q_EMIT runtimeLogged(entries);
}

void ContainerSession::attach(const QString &id)
{
    m_bundlePath.clear(); // taken from the container's state
    m_monitor->clearStatsHistory();
    setContainerId(id);
}

// --- console ----------------------------------------------------------------

void ContainerSession::openTerminal(int masterFd)
{
    if (m_terminal)
        m_terminal->deleteLater();
    m_terminal = new PseudoTerminal(masterFd, this);
    m_consoleSocket->close();
    Q_EMIT terminalOpened(m_terminal);
}

void ContainerSession::writeInput(const QByteArray &data)
{
    if (m_execCall->isRunning())
        m_execCall->write(data);
    else if (m_stdio)
        m_stdio->write(data);
}

void ContainerSession::closeInput()
{
    if (m_execCall->isRunning())
        m_execCall->closeWriteChannel();
    else if (m_stdio)
        m_stdio->closeInput();
}

// --- features -------------------------------------------------

void ContainerSession::queryFeatures()
{
    m_features->query(m_runtime, m_quickTimeoutMs);
}

std::optional<RuntimeFeatures> ContainerSession::features() const
{
    return m_features->features(m_runtime.path());
}

bool ContainerSession::featuresKnown() const
{
    return m_features->isKnown(m_runtime.path());
}

QStringList ContainerSession::unsupportedFeatures(const Json &config) const
{
    const std::optional<RuntimeFeatures> known = features();
    return known ? known->unsupportedIn(config) : QStringList();
}

void ContainerSession::shutdown(bool killAndDelete, int timeoutMs)
{
    m_monitor->stop();
    m_execCall->cancel();
    m_actionCall->cancel();
    if (!killAndDelete || !state().exists() || !RuncBinary::isValidContainerId(m_id))
        return;
    // Quitting: wait here, bounded, rather than leave a container behind.
    const RuntimeCommand command = actionRuntime().deleteCommand(m_id, true);
    QProcess process;
    process.start(command.program, command.arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
    }
    ContainerState none;
    none.id = m_id;
    m_monitor->setState(none);
}

#include "moc_containersession.cpp"
