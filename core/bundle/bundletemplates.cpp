// SPDX-License-Identifier: Apache-2.0
#include "bundletemplates.h"

#include "bundlesaver.h"
#include "ocispec/elfheader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

namespace {

struct TemplateText
{
    const char *id;
    const char *title;
    const char *description;
};

const TemplateText templateTexts[] = {
    {"runc", QT_TRANSLATE_NOOP("BundleTemplates", "runc default"),
     QT_TRANSLATE_NOOP("BundleTemplates",
                       "The configuration `runc spec` writes: a shell with a terminal, the usual "
                       "mounts and namespaces, and a read-only rootfs you provide.")},
    {"rootless", QT_TRANSLATE_NOOP("BundleTemplates", "Rootless"),
     QT_TRANSLATE_NOOP("BundleTemplates",
                       "The configuration `runc spec --rootless` writes: a user namespace that maps "
                       "root in the container to your own user, for running without privileges.")},
    {"demo", QT_TRANSLATE_NOOP("BundleTemplates", "Busybox demo"),
     QT_TRANSLATE_NOOP("BundleTemplates",
                       "A complete bundle that runs at once: busybox greets you and counts to three, "
                       "with a memory and process limit, a tmpfs on /tmp and a read-only root.")},
};

// True when the ELF file has no program interpreter, i.e. needs no shared
// libraries. Debian's dynamically linked busybox would not start in a rootfs
// that holds nothing else.
bool isStaticExecutable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const ElfHeader header = ElfHeader::read(&file);
    return header.isValid() && header.isProgram() && header.interpreter().isEmpty();
}

Result<void> makeBusyboxRootfs(const QString &bundleDirectory)
{
    const QString busybox = QString::fromLatin1(BundleTemplates::BusyboxPath);
    if (!QFileInfo(busybox).isExecutable()) {
        return Result<void>::failure(
            QCoreApplication::translate("BundleTemplates",
                                        "The demo needs %1 from the Debian package busybox-static; install it with "
                                        "\"apt install busybox-static\".")
                .arg(busybox));
    }
    if (!isStaticExecutable(busybox)) {
        return Result<void>::failure(
            QCoreApplication::translate(
                "BundleTemplates",
                "%1 is not statically linked, so it cannot run alone in the demo's rootfs; install "
                "the Debian package busybox-static instead of busybox.")
                .arg(busybox));
    }

    QProcess list;
    list.start(busybox, {QStringLiteral("--list")});
    if (!list.waitForFinished(10000) || list.exitStatus() != QProcess::NormalExit || list.exitCode() != 0)
        return Result<void>::failure(QCoreApplication::translate("BundleTemplates", "Cannot list the applets of %1: %2")
                                         .arg(busybox, list.errorString()));
    const QStringList applets =
        QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    const QDir rootfs(QDir(bundleDirectory).filePath(QStringLiteral("rootfs")));
    // Mount points of the demo's mounts, and a home for root.
    for (const char *dir : {"bin", "proc", "dev", "sys", "tmp", "root"}) {
        if (!rootfs.mkpath(QLatin1String(dir)))
            return Result<void>::failure(QCoreApplication::translate("BundleTemplates", "Cannot create %1.")
                                             .arg(rootfs.filePath(QLatin1String(dir))));
    }
    const QString target = rootfs.filePath(QStringLiteral("bin/busybox"));
    QFile::remove(target);
    QFile source(busybox);
    if (!source.copy(target))
        return Result<void>::failure(QCoreApplication::translate("BundleTemplates", "Cannot copy %1 to %2: %3")
                                         .arg(busybox, target, source.errorString()));
    for (const QString &applet : applets) {
        if (applet == QLatin1String("busybox") || applet.contains(QLatin1Char('/')))
            continue;
        const QString link = rootfs.filePath(QStringLiteral("bin/") + applet);
        QFile::remove(link);
        if (!QFile::link(QStringLiteral("busybox"), link))
            return Result<void>::failure(
                QCoreApplication::translate("BundleTemplates", "Cannot create the link %1.").arg(link));
    }
    return {};
}

// The runtime-spec version runc 1.1.5 writes.
const char *const RuncSpecVersion = "1.0.2-dev";

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QLatin1String(item));
    return list;
}

Specs::Mount mount(const char *destination, const char *type, const char *source,
                   std::initializer_list<const char *> options = {})
{
    Specs::Mount result;
    result.destination = QLatin1String(destination);
    result.type = QLatin1String(type);
    result.source = QLatin1String(source);
    result.options = strings(options);
    return result;
}

Specs::LinuxCapabilities capabilitySets(bool ambient)
{
    const QStringList defaults = strings({"CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"});
    Specs::LinuxCapabilities capabilities;
    capabilities.bounding = defaults;
    capabilities.effective = defaults;
    capabilities.permitted = defaults;
    if (ambient)
        capabilities.ambient = defaults;
    return capabilities;
}

Specs::POSIXRlimit openFilesLimit()
{
    Specs::POSIXRlimit limit;
    limit.type = QStringLiteral("RLIMIT_NOFILE");
    limit.hard = 1024;
    limit.soft = 1024;
    return limit;
}

Specs::LinuxDeviceCgroup denyAllDevices()
{
    Specs::LinuxDeviceCgroup deny;
    deny.allow = false;
    deny.access = QStringLiteral("rwm");
    return deny;
}

Specs::LinuxIDMapping mapRootTo(quint32 hostId)
{
    Specs::LinuxIDMapping mapping;
    mapping.containerID = 0;
    mapping.hostID = hostId;
    mapping.size = 1;
    return mapping;
}

// The parts of `runc spec`: runc 1.1.5's specconv.Example().

Specs::Process runcProcess()
{
    Specs::Process process(strings({"sh"}));
    process.terminal = true;
    process.env = strings({"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm"});
    process.cwd = QStringLiteral("/");
    process.capabilities = capabilitySets(true);
    process.rlimits = {openFilesLimit()};
    process.noNewPrivileges = true;
    return process;
}

QList<Specs::Mount> runcMounts()
{
    return {
        mount("/proc", "proc", "proc"),
        mount("/dev", "tmpfs", "tmpfs", {"nosuid", "strictatime", "mode=755", "size=65536k"}),
        mount("/dev/pts", "devpts", "devpts",
              {"nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"}),
        mount("/dev/shm", "tmpfs", "shm", {"nosuid", "noexec", "nodev", "mode=1777", "size=65536k"}),
        mount("/dev/mqueue", "mqueue", "mqueue", {"nosuid", "noexec", "nodev"}),
        mount("/sys", "sysfs", "sysfs", {"nosuid", "noexec", "nodev", "ro"}),
        mount("/sys/fs/cgroup", "cgroup", "cgroup", {"nosuid", "noexec", "nodev", "relatime", "ro"}),
    };
}

QStringList runcMaskedPaths()
{
    return strings({"/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
                    "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/sys/firmware", "/proc/scsi"});
}

QStringList runcReadonlyPaths()
{
    return strings({"/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"});
}

// What `runc spec` and `runc spec --rootless` share.
Bundle runcSpecBase()
{
    return Bundle()
        .withWindows(Json()) // goci's Bundle() starts a windows section; runc writes none
        .withOCIVersion(QLatin1String(RuncSpecVersion))
        .withProcess(runcProcess())
        .withRootFS(QStringLiteral("rootfs"))
        .withRootFSReadonly(true)
        .withHostname(QStringLiteral("runc"))
        .withMaskedPaths(runcMaskedPaths())
        .withReadonlyPaths(runcReadonlyPaths());
}

Bundle runcTemplate()
{
    return runcSpecBase()
        .withMounts(runcMounts())
        .withDeviceRestrictions({denyAllDevices()})
        .withNamespaces({Bundle::PIDNamespace, Bundle::NetworkNamespace, Bundle::IPCNamespace, Bundle::UTSNamespace,
                         Bundle::MountNamespace});
}

// runc's specconv.ToRootless(): /sys bound from the host rather than
// mounted, and no gid= or uid= options, which would name IDs the user
// namespace does not map.
QList<Specs::Mount> rootlessMounts()
{
    QList<Specs::Mount> mounts = runcMounts();
    for (Specs::Mount &each : mounts) {
        if (each.destination == QLatin1String("/sys")) {
            each = mount("/sys", "none", "/sys", {"rbind", "nosuid", "noexec", "nodev", "ro"});
            continue;
        }
        each.options.removeIf([](const QString &option) {
            return option.startsWith(QLatin1String("gid=")) || option.startsWith(QLatin1String("uid="));
        });
    }
    return mounts;
}

// `runc spec --rootless`, for the current user: a user namespace mapping root
// to them, no network namespace, no cgroup resources.
Bundle rootlessTemplate()
{
    return runcSpecBase()
        .withMounts(rootlessMounts())
        .withUIDMappings({mapRootTo(::getuid())})
        .withGIDMappings({mapRootTo(::getgid())})
        .withNamespaces({Bundle::PIDNamespace, Bundle::IPCNamespace, Bundle::UTSNamespace, Bundle::MountNamespace,
                         Bundle::UserNamespace});
}

Specs::Process demoProcess()
{
    Specs::Process process(strings({"/bin/sh", "-c",
                                    "echo 'Hello from the OCI Bundle Editor demo!'; i=1; while [ $i -le 3 ]; do "
                                    "echo \"tick $i of 3 in $(hostname)\"; i=$((i + 1)); sleep 1; done; "
                                    "echo 'Demo finished.'"}));
    process.env = strings({"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/root"});
    process.cwd = QStringLiteral("/");
    process.capabilities = capabilitySets(false);
    process.rlimits = {openFilesLimit()};
    process.noNewPrivileges = true;
    return process;
}

// A bundle that runs as it is on busybox: runc's defaults without a terminal,
// limits on memory and processes, and annotations that describe it.
Bundle demoTemplate()
{
    Specs::LinuxMemory memory;
    memory.limit = 64 * 1024 * 1024;
    Specs::LinuxPids pids;
    pids.limit = 32;
    return Bundle()
        .withWindows(Json())
        .withOCIVersion(QLatin1String(RuncSpecVersion))
        .withProcess(demoProcess())
        .withRootFS(QStringLiteral("rootfs"))
        .withRootFSReadonly(true)
        .withHostname(QStringLiteral("demo"))
        // runc's mounts but the message queue and the cgroup tree, and a /tmp.
        .withMounts({
            mount("/proc", "proc", "proc"),
            mount("/dev", "tmpfs", "tmpfs", {"nosuid", "strictatime", "mode=755", "size=65536k"}),
            mount("/dev/pts", "devpts", "devpts",
                  {"nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"}),
            mount("/dev/shm", "tmpfs", "shm", {"nosuid", "noexec", "nodev", "mode=1777", "size=65536k"}),
            mount("/sys", "sysfs", "sysfs", {"nosuid", "noexec", "nodev", "ro"}),
            mount("/tmp", "tmpfs", "tmpfs", {"nosuid", "nodev", "mode=1777", "size=16m"}),
        })
        .withAnnotation(QStringLiteral("org.example.demo.title"), QStringLiteral("OCI Bundle Editor demo"))
        .withAnnotation(QStringLiteral("org.example.demo.description"),
                        QStringLiteral("A small busybox container: it greets you, counts to three and exits. Root "
                                       "filesystem read-only, /tmp a 16 MiB tmpfs, at most 64 MiB of memory and 32 "
                                       "processes."))
        .withAnnotation(
            QStringLiteral("org.example.demo.rootfs"),
            QStringLiteral("busybox from the Debian package busybox-static, one binary and its applet links"))
        .withDeviceRestrictions({denyAllDevices()})
        .withMemoryLimit(memory)
        .withPidLimit(pids)
        .withNamespaces({Bundle::PIDNamespace, Bundle::NetworkNamespace, Bundle::IPCNamespace, Bundle::UTSNamespace,
                         Bundle::MountNamespace})
        .withMaskedPaths(strings({"/proc/acpi", "/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list",
                                  "/proc/sched_debug", "/sys/firmware"}))
        .withReadonlyPaths(runcReadonlyPaths());
}

} // namespace

QList<BundleTemplates::Template> BundleTemplates::all()
{
    QList<Template> list;
    for (const TemplateText &text : templateTexts)
        list.append({QLatin1String(text.id), QCoreApplication::translate("BundleTemplates", text.title),
                     QCoreApplication::translate("BundleTemplates", text.description)});
    return list;
}

QStringList BundleTemplates::ids()
{
    QStringList list;
    for (const TemplateText &text : templateTexts)
        list.append(QLatin1String(text.id));
    return list;
}

Result<Bundle> BundleTemplates::bundle(const QString &id)
{
    if (id == QLatin1String("runc"))
        return runcTemplate();
    if (id == QLatin1String("rootless"))
        return rootlessTemplate();
    if (id == QLatin1String("demo"))
        return demoTemplate();
    return Result<Bundle>::failure(
        QCoreApplication::translate("BundleTemplates", "There is no template \"%1\"; choose one of %2.")
            .arg(id, ids().join(QStringLiteral(", "))));
}

Result<QByteArray> BundleTemplates::configData(const QString &id)
{
    const Result<Bundle> built = bundle(id);
    if (!built)
        return Result<QByteArray>::failure(built.error());
    return QByteArray::fromStdString(built->format().serialize(built->toJson()));
}

Result<QString> BundleTemplates::create(const QString &id, const QString &directory)
{
    const Result<Bundle> built = bundle(id);
    if (!built)
        return Result<QString>::failure(built.error());
    const QDir dir(directory);
    const QString configPath = dir.filePath(QStringLiteral("config.json"));
    if (QFileInfo::exists(configPath))
        return Result<QString>::failure(
            QCoreApplication::translate("BundleTemplates", "%1 already exists; it is left as it is.")
                .arg(QDir::toNativeSeparators(configPath)));
    if (!dir.mkpath(QStringLiteral(".")))
        return Result<QString>::failure(
            QCoreApplication::translate("BundleTemplates", "Cannot create the directory %1.")
                .arg(QDir::toNativeSeparators(directory)));

    if (id == QLatin1String("demo")) {
        // The rootfs first: if it fails there is no config.json to trip over.
        const Result<void> rootfs = makeBusyboxRootfs(directory);
        if (!rootfs)
            return Result<QString>::failure(rootfs.error());
    }
    const Result<QString> saved = BundleSaver().save(built.value(), directory);
    if (!saved)
        return saved;
    return QFileInfo(saved.value()).absoluteFilePath();
}

Result<void> BundleTemplates::addBusyboxRootfs(const QString &bundleDirectory)
{
    return makeBusyboxRootfs(bundleDirectory);
}
