// SPDX-License-Identifier: Apache-2.0
#include "testbundle.h"

#include "processrun.h"

#include "runtime/runcbinary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>

#include <unistd.h>

TestBundle::TestBundle()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return;
    }
    const QString bin = m_dir.filePath(QStringLiteral("rootfs/bin"));
    QDir().mkpath(bin);
    if (busybox().isEmpty() || !QFile::copy(busybox(), bin + QStringLiteral("/busybox"))) {
        m_error = QStringLiteral("no static busybox at /bin/busybox (install busybox-static)");
        return;
    }
    for (const char *applet : {"sh", "echo", "cat", "sleep", "ls", "ps"})
        QFile::link(QStringLiteral("busybox"), bin + QLatin1Char('/') + QLatin1String(applet));
}

QString TestBundle::busybox()
{
    return QFile::exists(QStringLiteral("/bin/busybox")) ? QStringLiteral("/bin/busybox") : QString();
}

Json TestBundle::config(const QStringList &args, bool terminal, const Json &resources)
{
    Json argv = Json::array();
    for (const QString &arg : args)
        argv.push_back(JsonUtil::toStd(arg));
    const Json caps = {"CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"};
    Json linuxSection = {
        {"resources", {{"devices", {{{"allow", false}, {"access", "rwm"}}}}}},
        {"namespaces",
         {{{"type", "pid"}}, {{"type", "network"}}, {{"type", "ipc"}}, {{"type", "uts"}}, {{"type", "mount"}}}},
        {"maskedPaths", {"/proc/kcore", "/proc/keys", "/sys/firmware"}},
        {"readonlyPaths", {"/proc/bus", "/proc/sys", "/proc/sysrq-trigger"}}};
    for (const auto &[key, value] : resources.items())
        linuxSection["resources"][key] = value;
    return Json{{"ociVersion", "1.0.2-dev"},
                {"process",
                 {{"terminal", terminal},
                  {"user", {{"uid", 0}, {"gid", 0}}},
                  {"args", argv},
                  {"env", {"PATH=/bin", "TERM=xterm"}},
                  {"cwd", "/"},
                  {"capabilities", {{"bounding", caps}, {"effective", caps}, {"permitted", caps}}},
                  {"rlimits", {{{"type", "RLIMIT_NOFILE"}, {"hard", 1024}, {"soft", 1024}}}},
                  {"noNewPrivileges", true}}},
                {"root", {{"path", "rootfs"}, {"readonly", true}}},
                {"hostname", "obe-test"},
                {"mounts",
                 {{{"destination", "/proc"}, {"type", "proc"}, {"source", "proc"}},
                  {{"destination", "/dev"},
                   {"type", "tmpfs"},
                   {"source", "tmpfs"},
                   {"options", {"nosuid", "strictatime", "mode=755", "size=65536k"}}},
                  {{"destination", "/dev/pts"},
                   {"type", "devpts"},
                   {"source", "devpts"},
                   {"options", {"nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"}}},
                  {{"destination", "/sys"},
                   {"type", "sysfs"},
                   {"source", "sysfs"},
                   {"options", {"nosuid", "noexec", "nodev", "ro"}}}}},
                {"linux", linuxSection}};
}

bool TestBundle::write(const QStringList &args, bool terminal, const Json &resources)
{
    return writeConfig(config(args, terminal, resources));
}

bool TestBundle::writeConfig(const Json &config)
{
    QFile file(m_dir.filePath(QStringLiteral("config.json")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QByteArray::fromStdString(config.dump(4))) > 0;
}

QString runtimeCannotRunContainers(const QString &runtime)
{
    static QHash<QString, QString> verdicts;
    if (verdicts.contains(runtime))
        return verdicts.value(runtime);
    QString verdict;
    if (RuncBinary::locate(runtime).isEmpty()) {
        verdict = RuncBinary::missingRuntimeMessage(runtime);
    } else if (::geteuid() != 0) {
        verdict = QStringLiteral("%1 needs root to run the test bundles").arg(runtime);
    } else {
        TestBundle bundle;
        if (!bundle.isValid() || !bundle.write({QStringLiteral("echo"), QStringLiteral("probe")}, false)) {
            verdict = bundle.errorString();
        } else {
            // One real container decides: whatever stops it is the reason to skip.
            const QString id = uniqueContainerId();
            QProcess probe;
            probe.start(RuncBinary::locate(runtime),
                        {QStringLiteral("--root"), bundle.stateRoot(), QStringLiteral("run"),
                         QStringLiteral("--bundle"), bundle.path(), id});
            probe.closeWriteChannel();
            if (!probe.waitForFinished(20000) || probe.exitCode() != 0) {
                const QString reason = QString::fromUtf8(probe.readAllStandardError()).trimmed();
                verdict = QStringLiteral("%1 cannot run containers here: %2")
                              .arg(runtime, reason.isEmpty() ? probe.errorString() : reason.section('\n', -1));
            }
            forceDelete(runtime, bundle.stateRoot(), id);
        }
    }
    verdicts.insert(runtime, verdict);
    return verdict;
}

QString uniqueContainerId()
{
    static int counter = 0;
    return QStringLiteral("obe-test-%1-%2").arg(QCoreApplication::applicationPid()).arg(++counter);
}

QString startContainer(const QString &runtime, const QString &root, const QString &bundle, const QString &id, bool run)
{
    const QStringList action =
        run ? QStringList{QStringLiteral("run"), QStringLiteral("--detach")} : QStringList{QStringLiteral("create")};
    const ProcessOutcome outcome = runProcess(RuncBinary::locate(runtime),
                                              QStringList{QStringLiteral("--root"), root} + action
                                                  + QStringList{QStringLiteral("--bundle"), bundle, id});
    if (outcome.exitCode == 0)
        return QString();
    const QString error = QString::fromLocal8Bit(outcome.err).trimmed();
    return error.isEmpty() ? QStringLiteral("%1 failed").arg(runtime) : error;
}

void forceDelete(const QString &runtime, const QString &root, const QString &id)
{
    QProcess process;
    process.start(RuncBinary::locate(runtime),
                  {QStringLiteral("--root"), root, QStringLiteral("delete"), QStringLiteral("--force"), id});
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
}
