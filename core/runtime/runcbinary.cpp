// SPDX-License-Identifier: Apache-2.0
#include "runcbinary.h"
#include "containerprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

RuncBinary::RuncBinary(const QString &path, const QString &root) : m_path(path), m_root(root) { }

RuncBinary RuncBinary::fromSettings(const RuntimeSettings &settings)
{
    RuncBinary runtime(settings.program.trimmed(), settings.stateRoot.trimmed());
    runtime.setSystemdCgroup(settings.systemdCgroup);
    runtime.setRootless(settings.rootless ? Rootless::True : Rootless::Unset);
    return runtime;
}

RuntimeSettings RuncBinary::settings() const
{
    return {m_path, m_root, m_systemdCgroup, m_rootless == Rootless::True};
}

QString RuncBinary::runtimeName() const
{
    return QFileInfo(m_path).fileName();
}

QStringList RuncBinary::gociGlobal(const QString &logFile, const QStringList &args) const
{
    return QStringList{QStringLiteral("--debug"), QStringLiteral("--log"), logFile, QStringLiteral("--log-format"),
                       QStringLiteral("json")}
    + args;
}

QStringList RuncBinary::withRoot(QStringList args) const
{
    if (!m_root.isEmpty())
        args = QStringList{QStringLiteral("--root"), m_root} + args;
    return args;
}

RuntimeCommand RuncBinary::command(const QStringList &args) const
{
    return RuntimeCommand{m_path, args};
}

RuntimeCommand RuncBinary::globalCommand(const QStringList &args) const
{
    return RuntimeCommand{m_path, globalArguments() + args};
}

QStringList RuncBinary::globalArguments() const
{
    QStringList args;
    if (!m_root.isEmpty())
        args << QStringLiteral("--root") << m_root;
    if (!m_logFile.isEmpty())
        args << QStringLiteral("--log") << m_logFile;
    if (m_jsonLog)
        args << QStringLiteral("--log-format") << QStringLiteral("json");
    if (m_debugLog)
        args << QStringLiteral("--debug");
    if (m_systemdCgroup)
        args << QStringLiteral("--systemd-cgroup");
    switch (m_rootless) {
    case Rootless::Unset: break;
    case Rootless::Auto: args << QStringLiteral("--rootless") << QStringLiteral("auto"); break;
    case Rootless::True: args << QStringLiteral("--rootless") << QStringLiteral("true"); break;
    case Rootless::False: args << QStringLiteral("--rootless") << QStringLiteral("false"); break;
    }
    return args;
}

// --- goci parity ----------------------------------------------------------

RuntimeCommand RuncBinary::startCommand(const QString &path, const QString &id, bool detach, const QString &log) const
{
    QStringList args = withRoot(gociGlobal(log, {QStringLiteral("run"), QStringLiteral("--bundle"), path}));
    if (detach)
        args << QStringLiteral("--detach");
    args << id;
    return command(args);
}

RuntimeCommand RuncBinary::runCommand(const QString &bundlePath, const QString &pidfilePath, const QString &logfilePath,
                                      const QString &id, const QStringList &extraGlobalArgs) const
{
    return command(gociGlobal(logfilePath, extraGlobalArgs)
                   + QStringList{QStringLiteral("run"), QStringLiteral("--detach"), QStringLiteral("--no-new-keyring"),
                                 QStringLiteral("--bundle"), bundlePath, QStringLiteral("--pid-file"), pidfilePath,
                                 id});
}

RuntimeCommand RuncBinary::execCommand(const QString &id, const QString &processJSONPath,
                                       const QString &pidFilePath) const
{
    return command(withRoot({QStringLiteral("exec"), id, QStringLiteral("--pid-file"), pidFilePath,
                             QStringLiteral("-p"), processJSONPath}));
}

RuntimeCommand RuncBinary::eventsCommand(const QString &id) const
{
    return command(withRoot({QStringLiteral("events"), id}));
}

RuntimeCommand RuncBinary::stateCommand(const QString &id, const QString &logFile) const
{
    return command(withRoot(gociGlobal(logFile, {QStringLiteral("state"), id})));
}

RuntimeCommand RuncBinary::statsCommand(const QString &id, const QString &logFile) const
{
    return command(withRoot(gociGlobal(logFile, {QStringLiteral("events"), QStringLiteral("--stats"), id})));
}

RuntimeCommand RuncBinary::deleteCommand(const QString &id, bool force, const QString &logFile) const
{
    QStringList args = withRoot(gociGlobal(logFile, {QStringLiteral("delete")}));
    if (force)
        args << QStringLiteral("--force");
    args << id;
    return command(args);
}

// --- the rest -------------------------------------------------------------

static QStringList processOptionArguments(const RuncBinary::ProcessOptions &options)
{
    QStringList args;
    if (!options.consoleSocket.isEmpty())
        args << QStringLiteral("--console-socket") << options.consoleSocket;
    if (!options.pidFile.isEmpty())
        args << QStringLiteral("--pid-file") << options.pidFile;
    return args;
}

RuntimeCommand RuncBinary::createCommand(const QString &id, const QString &bundlePath,
                                         const ProcessOptions &options) const
{
    return globalCommand(QStringList{QStringLiteral("create"), QStringLiteral("--bundle"), bundlePath}
                         + processOptionArguments(options) + QStringList{id});
}

RuntimeCommand RuncBinary::runContainerCommand(const QString &id, const QString &bundlePath,
                                               const ProcessOptions &options) const
{
    QStringList args =
        QStringList{QStringLiteral("run"), QStringLiteral("--bundle"), bundlePath} + processOptionArguments(options);
    if (options.detach)
        args << QStringLiteral("--detach");
    return globalCommand(args << id);
}

RuntimeCommand RuncBinary::startCreatedCommand(const QString &id) const
{
    return globalCommand({QStringLiteral("start"), id});
}

RuntimeCommand RuncBinary::execProcessCommand(const QString &id, const QString &processJSONPath,
                                              const ProcessOptions &options) const
{
    QStringList args = QStringList{QStringLiteral("exec"), QStringLiteral("--process"), processJSONPath}
        + processOptionArguments(options);
    if (options.detach)
        args << QStringLiteral("--detach");
    return globalCommand(args << id);
}

RuntimeCommand RuncBinary::stateCommand(const QString &id) const
{
    return globalCommand({QStringLiteral("state"), id});
}

RuntimeCommand RuncBinary::pauseCommand(const QString &id) const
{
    return globalCommand({QStringLiteral("pause"), id});
}

RuntimeCommand RuncBinary::resumeCommand(const QString &id) const
{
    return globalCommand({QStringLiteral("resume"), id});
}

RuntimeCommand RuncBinary::killCommand(const QString &id, const QString &signal, bool all) const
{
    QStringList args{QStringLiteral("kill")};
    if (all)
        args << QStringLiteral("--all");
    return globalCommand(args << id << signal);
}

RuntimeCommand RuncBinary::deleteCommand(const QString &id, bool force) const
{
    QStringList args{QStringLiteral("delete")};
    if (force)
        args << QStringLiteral("--force");
    return globalCommand(args << id);
}

RuntimeCommand RuncBinary::psCommand(const QString &id) const
{
    // ps options go straight after the ID: runc hands a "--" on to ps.
    return globalCommand(QStringList{QStringLiteral("ps"), id} + ContainerProcess::psOptions());
}

RuntimeCommand RuncBinary::listCommand() const
{
    return globalCommand({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
}

RuntimeCommand RuncBinary::featuresCommand() const
{
    return command({QStringLiteral("features")});
}

RuntimeCommand RuncBinary::eventsCommand(const QString &id, std::chrono::milliseconds interval) const
{
    return globalCommand({QStringLiteral("events"), QStringLiteral("--interval"), durationText(interval), id});
}

RuntimeCommand RuncBinary::statsCommand(const QString &id) const
{
    return globalCommand({QStringLiteral("events"), QStringLiteral("--stats"), id});
}

// --- helpers --------------------------------------------------------------

QString RuncBinary::containerIdError(const QString &id)
{
    // runc's own rule (libcontainer's idRegex `^[\w+-\.]+$`, where "+-\."
    // is the range + , - . -- so a comma is allowed).
    static const QRegularExpression valid(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_+,.-]+")));
    if (id.isEmpty())
        return QCoreApplication::translate("RuncBinary", "The container ID is empty.");
    // runc would take "-rf" or "--all" as an option: kill --all, delete
    // --force. Its own rule allows them; this one does not.
    if (id.startsWith(QLatin1Char('-')))
        return QCoreApplication::translate(
                   "RuncBinary",
                   "The container ID \"%1\" begins with \"-\", which the runtime would read as an option.")
            .arg(id);
    if (id == QLatin1String(".") || id == QLatin1String(".."))
        return QCoreApplication::translate("RuncBinary", "\"%1\" cannot be a container ID.").arg(id);
    if (!valid.match(id).hasMatch())
        return QCoreApplication::translate(
                   "RuncBinary",
                   "The container ID \"%1\" may only contain letters, digits and the characters _ + , - .")
            .arg(id);
    return QString();
}

QString RuncBinary::durationText(std::chrono::milliseconds interval)
{
    const qint64 ms = interval.count();
    if (ms > 0 && ms % 1000 == 0)
        return QStringLiteral("%1s").arg(ms / 1000);
    return QStringLiteral("%1ms").arg(qMax<qint64>(ms, 1));
}

QString RuncBinary::locate(const QString &nameOrPath)
{
    if (nameOrPath.contains(QLatin1Char('/'))) {
        const QFileInfo info(nameOrPath);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    QString found = QStandardPaths::findExecutable(nameOrPath);
    if (found.isEmpty()) {
        // runc lives in /usr/sbin on Debian, which a user's PATH may lack.
        found = QStandardPaths::findExecutable(nameOrPath,
                                               {QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/sbin"),
                                                QStringLiteral("/sbin"), QStringLiteral("/usr/bin"),
                                                QStringLiteral("/bin")});
    }
    return found;
}

QString RuncBinary::missingRuntimeMessage(const QString &nameOrPath)
{
    const QString name = QFileInfo(nameOrPath).fileName();
    if (name == QLatin1String("runc") || name == QLatin1String("crun")) {
        return QCoreApplication::translate(
                   "RuncBinary",
                   "The container runtime \"%1\" was not found. Install the Debian package \"%2\" "
                   "(apt install %2) or choose another runtime in Preferences.")
            .arg(nameOrPath, name);
    }
    return QCoreApplication::translate(
               "RuncBinary",
               "The container runtime \"%1\" was not found or is not executable. Install the Debian "
               "package \"runc\" or \"crun\", or choose another runtime in Preferences.")
        .arg(nameOrPath);
}

QString RuncBinary::defaultStateRoot(const QString &runtimeName, bool asRoot)
{
    const QString name = runtimeName.isEmpty() ? QStringLiteral("runc") : runtimeName;
    if (asRoot)
        return QStringLiteral("/run/oci-bundle-editor/") + name;
    QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return QDir(base).filePath(QStringLiteral("oci-bundle-editor/") + name);
}

QString RuncBinary::containerIdForBundle(const QString &bundlePath)
{
    static const QRegularExpression refused(QStringLiteral("[^A-Za-z0-9_+.-]"));
    QString name = QFileInfo(QDir::cleanPath(bundlePath)).fileName();
    name.replace(refused, QStringLiteral("-"));
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("bundle");
    return QStringLiteral("obe-") + name;
}
