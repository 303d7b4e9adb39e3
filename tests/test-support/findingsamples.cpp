// SPDX-License-Identifier: Apache-2.0
#include "findingsamples.h"

#include "bundle/bundletemplates.h"
#include "ocispec/binfmthandlers.h"
#include "testbundle.h"
#include "testelf.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/statfs.h>

namespace {

using Base = FindingSample::Base;
using Need = FindingSample::HostNeed;

// --- bases -----------------------------------------------------------------------

// runc spec's configuration, hardened: one capability, an unprivileged user
// in a user namespace, every namespace, a seccomp allow-list, AppArmor,
// runc's masks, a read-only root and limits.
const char *const kHardened = R"({
    "ociVersion": "1.0.2-dev",
    "process": {
        "terminal": false,
        "user": {"uid": 1000, "gid": 1000},
        "args": ["sh"],
        "env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
        "cwd": "/",
        "capabilities": {
            "bounding": ["CAP_NET_BIND_SERVICE"],
            "effective": ["CAP_NET_BIND_SERVICE"],
            "permitted": ["CAP_NET_BIND_SERVICE"]
        },
        "rlimits": [{"type": "RLIMIT_NOFILE", "hard": 1024, "soft": 1024}],
        "noNewPrivileges": true,
        "apparmorProfile": "container-default"
    },
    "root": {"path": "rootfs", "readonly": true},
    "hostname": "hardened",
    "mounts": [
        {"destination": "/proc", "type": "proc", "source": "proc"},
        {"destination": "/dev", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "strictatime", "mode=755", "size=65536k"]},
        {"destination": "/dev/pts", "type": "devpts", "source": "devpts", "options": ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"]},
        {"destination": "/dev/shm", "type": "tmpfs", "source": "shm", "options": ["nosuid", "noexec", "nodev", "mode=1777", "size=65536k"]},
        {"destination": "/dev/mqueue", "type": "mqueue", "source": "mqueue", "options": ["nosuid", "noexec", "nodev"]},
        {"destination": "/sys", "type": "sysfs", "source": "sysfs", "options": ["nosuid", "noexec", "nodev", "ro"]},
        {"destination": "/sys/fs/cgroup", "type": "cgroup", "source": "cgroup", "options": ["nosuid", "noexec", "nodev", "relatime", "ro"]}
    ],
    "linux": {
        "uidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}],
        "gidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}],
        "resources": {
            "devices": [{"allow": false, "access": "rwm"}],
            "memory": {"limit": 268435456},
            "cpu": {"shares": 512},
            "pids": {"limit": 256}
        },
        "namespaces": [
            {"type": "pid"}, {"type": "network"}, {"type": "ipc"}, {"type": "uts"},
            {"type": "mount"}, {"type": "user"}, {"type": "cgroup"}
        ],
        "seccomp": {
            "defaultAction": "SCMP_ACT_ERRNO",
            "architectures": ["SCMP_ARCH_X86_64"],
            "syscalls": [{"names": ["read", "write", "openat", "close", "exit", "exit_group"], "action": "SCMP_ACT_ALLOW"}]
        },
        "maskedPaths": ["/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
                        "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/sys/firmware", "/proc/scsi"],
        "readonlyPaths": ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"]
    }
})";

const char *const kWindows = R"({
    "ociVersion": "1.3.0",
    "process": {"user": {"username": "ContainerUser"}, "cwd": "C:\\app", "args": ["cmd.exe", "/c", "echo hello"]},
    "root": {"path": "\\\\?\\Volume{3f1e2a4b-7c9d-4e6f-8a0b-1c2d3e4f5a6b}\\"},
    "mounts": [{"destination": "C:\\data", "source": "D:\\shared\\data", "options": ["ro"]}],
    "windows": {
        "layerFolders": ["C:\\ProgramData\\layers\\base", "C:\\ProgramData\\scratch\\c1"],
        "resources": {"cpu": {"count": 2}},
        "network": {"endpointList": ["6e8c1a52-3b5d-4c6e-9f70-81a2b3c4d5e6"]}
    }
})";

const char *const kHyperV = R"({
    "ociVersion": "1.3.0",
    "process": {"cwd": "C:\\", "commandLine": "cmd.exe"},
    "windows": {
        "layerFolders": ["C:\\layers\\servercore", "C:\\scratch\\c2"],
        "hyperv": {"utilityVMPath": "C:\\layers\\servercore\\UtilityVM"}
    }
})";

const char *const kFreeBsd = R"({
    "ociVersion": "1.3.0",
    "root": {"path": "rootfs"},
    "process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}},
    "freebsd": {"jail": {"host": "new", "enforceStatfs": 1}}
})";

} // namespace

QByteArray FindingSamples::baseText(Base base)
{
    switch (base) {
    case Base::Runc: {
        const Result<QByteArray> runc = BundleTemplates::configData(QStringLiteral("runc"));
        return runc ? *runc : QByteArray();
    }
    case Base::Hardened: return kHardened;
    case Base::Windows: return kWindows;
    case Base::HyperV: return kHyperV;
    case Base::FreeBsd: return kFreeBsd;
    }
    return {};
}

namespace {

// --- what lies beside config.json --------------------------------------------------

bool fileAt(const QString &path, const QByteArray &content, QFile::Permissions permissions)
{
    return QDir().mkpath(QFileInfo(path).path()) && writeFile(path, content)
        && QFile::setPermissions(path, permissions);
}

QFile::Permissions executable()
{
    return QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::ExeOther;
}

QFile::Permissions plain()
{
    return QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
}

bool emptyRootfs(const QString &bundle)
{
    return QDir(bundle).mkpath(QStringLiteral("rootfs"));
}

// A root filesystem that runs the runc base as it is: busybox as /bin/sh,
// root alone in /etc/passwd and /etc/group.
bool busyboxRootfs(const QString &bundle)
{
    const QString rootfs = bundle + QStringLiteral("/rootfs");
    return QDir().mkpath(rootfs + QStringLiteral("/bin"))
        && QFile::copy(TestBundle::busybox(), rootfs + QStringLiteral("/bin/busybox"))
        && QFile::link(QStringLiteral("busybox"), rootfs + QStringLiteral("/bin/sh"))
        && fileAt(rootfs + QStringLiteral("/etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n", plain())
        && fileAt(rootfs + QStringLiteral("/etc/group"), "root:x:0:\n", plain());
}

// The busybox root filesystem with one more file.
std::function<bool(const QString &)> busyboxWith(const char *path, const QByteArray &content,
                                                 QFile::Permissions permissions = executable())
{
    return [path = QString::fromLatin1(path), content, permissions](const QString &bundle) {
        return busyboxRootfs(bundle) && fileAt(bundle + QStringLiteral("/rootfs") + path, content, permissions);
    };
}

std::optional<BinfmtHandlers::Handler> foreignHandler()
{
    return BinfmtHandlers().handlerFor(TestElf{true, false, 2, TestElf::foreignMachine(), {}}.bytes(),
                                       QStringLiteral("/bin/app"));
}

// --- what this machine offers --------------------------------------------------------

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

bool isCgroup2Unified()
{
    struct statfs info
    { };
    constexpr unsigned long cgroup2Magic = 0x63677270;
    return ::statfs("/sys/fs/cgroup", &info) == 0 && static_cast<unsigned long>(info.f_type) == cgroup2Magic;
}

bool hasCapSysResource()
{
    constexpr int capSysResource = 24;
    for (const QString &line : readText(QStringLiteral("/proc/self/status")).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("CapEff:")))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> capSysResource) & 1;
    }
    return true;
}

} // namespace

const QList<FindingSample> &FindingSamples::validator()
{
    static const QList<FindingSample> samples = {
        // ociVersion
        {"ociVersion.unknown-major", "/ociVersion", R"({"ociVersion": "2.0.0"})"},
        {"ociVersion.newer-than-known", "/ociVersion", R"({"ociVersion": "1.4.0"})"},
        // config.json's bytes
        {.code = "file.byte-order-mark",
         .pointer = "",
         .rewrite = [](const QByteArray &text) { return "\xEF\xBB\xBF" + text; }},
        {.code = "number.negative-zero",
         .pointer = "/process/user/uid",
         .rewrite = [](const QByteArray &text) { return QByteArray(text).replace("\"uid\": 0", "\"uid\": -0"); }},
        // the catalogue
        {"field.unknown", "/process/x-debug", R"({"process": {"x-debug": true}})"},
        {"field.required", "/process/cwd", R"([{"op": "remove", "path": "/process/cwd"}])"},
        {"field.deprecated", "/linux/resources/memory/kernel",
         R"({"linux": {"resources": {"memory": {"kernel": 1048576}}}})"},
        {"field.removed", "/linux/intelRdt/enableCMT",
         R"({"ociVersion": "1.3.0", "linux": {"intelRdt": {"enableCMT": true}}})"},
        {"field.newer-than-version", "/process/ioPriority",
         R"({"process": {"ioPriority": {"class": "IOPRIO_CLASS_BE", "priority": 4}}})"},
        {"value.out-of-range", "/process/user/uid", R"({"process": {"user": {"uid": 4294967296}}})"},
        {"type.mismatch", "/hostname", R"({"hostname": 5})"},
        {"value.not-allowed", "/process/rlimits/0/type",
         R"([{"op": "replace", "path": "/process/rlimits/0/type", "value": "RLIMIT_FOO"}])"},
        {"value.newer-than-version", "/linux/namespaces/5/type",
         R"([{"op": "add", "path": "/linux/namespaces/-", "value": {"type": "time"}}])"},
        {"value.not-semver", "/ociVersion", R"({"ociVersion": "1.0"})"},
        {"path.not-absolute", "/process/cwd", R"({"process": {"cwd": "home"}})"},
        {"mount.destination.relative", "/mounts/7/destination",
         R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "data", "type": "tmpfs", "source": "tmpfs"}}])"},
        {"env.malformed", "/process/env/2", R"([{"op": "add", "path": "/process/env/-", "value": "NOEQUALS"}])"},
        {"cpulist.malformed", "/linux/resources/cpu/cpus", R"({"linux": {"resources": {"cpu": {"cpus": "3-1"}}}})"},
        {"hugepage.pagesize.malformed", "/linux/resources/hugepageLimits/0/pageSize",
         R"({"linux": {"resources": {"hugepageLimits": [{"pageSize": "2mb", "limit": 1}]}}})"},
        {"device.access.malformed", "/linux/resources/devices/0/access",
         R"([{"op": "replace", "path": "/linux/resources/devices/0/access", "value": "rwx"}])"},
        {"intelrdt.membwschema.malformed", "/linux/intelRdt/memBwSchema",
         R"({"linux": {"intelRdt": {"memBwSchema": "L3:0=ff"}}})"},
        {"value.multiline", "/linux/intelRdt/l3CacheSchema",
         R"({"linux": {"intelRdt": {"l3CacheSchema": "L3:0=ff\nL3:1=ff"}}})"},
        {"intelrdt.l3cacheschema.prefix", "/linux/intelRdt/l3CacheSchema",
         R"({"linux": {"intelRdt": {"l3CacheSchema": "0=ff"}}})"},
        {"capability.invalid", "/process/capabilities/bounding/3",
         R"([{"op": "add", "path": "/process/capabilities/bounding/-", "value": "chown"}])"},
        {"capability.unknown", "/process/capabilities/bounding/3",
         R"([{"op": "add", "path": "/process/capabilities/bounding/-", "value": "CAP_FUTURE_THING"}])"},
        // namespaces
        {"namespace.duplicate", "/linux/namespaces/5/type",
         R"([{"op": "add", "path": "/linux/namespaces/-", "value": {"type": "pid"}}])"},
        {"namespace.time.runc-unsupported", "/linux/namespaces/5/type",
         R"([{"op": "add", "path": "/linux/namespaces/-", "value": {"type": "time"}}])"},
        {"idmap.needs-user-namespace", "/linux/uidMappings",
         R"({"linux": {"uidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}]}})"},
        {"hostname.needs-uts-namespace", "/hostname", R"([{"op": "remove", "path": "/linux/namespaces/3"}])"},
        {"hostname.too-long", "/hostname",
         R"({"hostname": "a-host-name-longer-than-the-sixty-four-bytes-the-kernel-takes-for-one"})"},
        {"domainname.needs-uts-namespace", "/domainname",
         R"([{"op": "remove", "path": "/linux/namespaces/3"}, {"op": "add", "path": "/domainname", "value": "example.org"}])"},
        {"maskedPaths.needs-mount-namespace", "/linux/maskedPaths",
         R"([{"op": "remove", "path": "/linux/namespaces/4"}])"},
        {"readonlyPaths.needs-mount-namespace", "/linux/readonlyPaths",
         R"([{"op": "remove", "path": "/linux/namespaces/4"}, {"op": "remove", "path": "/linux/maskedPaths"}])"},
        {"timeoffsets.needs-time-namespace", "/linux/timeOffsets",
         R"({"linux": {"timeOffsets": {"monotonic": {"secs": 10, "nanosecs": 0}}}})"},
        {"sysctl.needs-network-namespace", "/linux/sysctl/net.ipv4.ip_forward",
         R"([{"op": "remove", "path": "/linux/namespaces/1"}, {"op": "add", "path": "/linux/sysctl", "value": {"net.ipv4.ip_forward": "1"}}])"},
        {"sysctl.needs-ipc-namespace", "/linux/sysctl/kernel.shmmax",
         R"([{"op": "remove", "path": "/linux/namespaces/2"}, {"op": "add", "path": "/linux/sysctl", "value": {"kernel.shmmax": "1"}}])"},
        {"sysctl.hostname", "/linux/sysctl/kernel.hostname", R"({"linux": {"sysctl": {"kernel.hostname": "box"}}})"},
        {"sysctl.needs-uts-namespace", "/linux/sysctl/kernel.domainname",
         R"([{"op": "remove", "path": "/linux/namespaces/3"}, {"op": "add", "path": "/linux/sysctl", "value": {"kernel.domainname": "example.org"}}])"},
        {"sysctl.not-namespaced", "/linux/sysctl/vm.swappiness", R"({"linux": {"sysctl": {"vm.swappiness": "10"}}})"},
        // ID mappings of a user namespace
        {"userns.mappings.missing", "/linux/gidMappings",
         R"([{"op": "add", "path": "/linux/namespaces/-", "value": {"type": "user"}},
             {"op": "add", "path": "/linux/uidMappings", "value": [{"containerID": 0, "hostID": 100000, "size": 65536}]}])"},
        {"userns.root.unmapped", "/linux/uidMappings",
         R"([{"op": "add", "path": "/linux/namespaces/-", "value": {"type": "user"}},
             {"op": "add", "path": "/linux/uidMappings", "value": [{"containerID": 1, "hostID": 100001, "size": 65535}]},
             {"op": "add", "path": "/linux/gidMappings", "value": [{"containerID": 0, "hostID": 100000, "size": 65536}]}])"},
        {"userns.process.unmapped", "/process/user/gid",
         R"([{"op": "add", "path": "/linux/namespaces/-", "value": {"type": "user"}},
             {"op": "add", "path": "/linux/uidMappings", "value": [{"containerID": 0, "hostID": 100000, "size": 65536}]},
             {"op": "add", "path": "/linux/gidMappings", "value": [{"containerID": 0, "hostID": 100000, "size": 65536}]},
             {"op": "replace", "path": "/process/user/gid", "value": 70000}])"},
        // the process
        {"root.missing", "/root", R"([{"op": "remove", "path": "/root"}])"},
        {"process.missing", "/process", R"([{"op": "remove", "path": "/process"}])"},
        {"process.args.empty", "/process/args", R"({"process": {"args": []}})"},
        {"process.oomScoreAdj.range", "/process/oomScoreAdj", R"({"process": {"oomScoreAdj": 2000}})"},
        {"ioPriority.priority.range", "/process/ioPriority/priority",
         R"({"process": {"ioPriority": {"class": "IOPRIO_CLASS_BE", "priority": 9}}})"},
        {"process.user.id-range", "/process/user/uid", R"({"process": {"user": {"uid": 2147483648}}})"},
        {"scheduler.priority.range", "/process/scheduler/priority",
         R"({"process": {"scheduler": {"policy": "SCHED_FIFO", "priority": 0}}})"},
        {"scheduler.nice.range", "/process/scheduler/nice",
         R"({"process": {"scheduler": {"policy": "SCHED_OTHER", "nice": 25}}})"},
        {"scheduler.deadline.order", "/process/scheduler/runtime",
         R"({"process": {"scheduler": {"policy": "SCHED_DEADLINE", "runtime": 20, "deadline": 10, "period": 30}}})"},
        {"env.nul", "/process/env/2", R"([{"op": "add", "path": "/process/env/-", "value": "A=b\u0000c"}])"},
        {"env.duplicate", "/process/env/2", R"([{"op": "add", "path": "/process/env/-", "value": "TERM=vt100"}])"},
        {"capability.effective-not-permitted", "/process/capabilities/effective/3",
         R"([{"op": "add", "path": "/process/capabilities/effective/-", "value": "CAP_CHOWN"}])"},
        // runc spec's own ambient set: none of it is inheritable.
        {"capability.ambient-dropped", "/process/capabilities/ambient/0"},
        {"rlimit.duplicate", "/process/rlimits/1/type",
         R"([{"op": "add", "path": "/process/rlimits/-", "value": {"type": "RLIMIT_NOFILE", "hard": 2048, "soft": 2048}}])"},
        {"rlimit.soft-above-hard", "/process/rlimits/0/soft",
         R"([{"op": "replace", "path": "/process/rlimits/0/soft", "value": 4096}])"},
        // mounts
        {"mount.hides-earlier", "/mounts/7/destination",
         R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/dev", "type": "tmpfs", "source": "tmpfs"}}])"},
        {"mount.idmap.incomplete", "/mounts/7/gidMappings",
         R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/data", "type": "bind", "source": "/srv", "options": ["rbind", "idmap"],
             "uidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}]}}])"},
        {"mount.idmap.option-missing", "/mounts/7/options",
         R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/data", "type": "bind", "source": "/srv", "options": ["rbind"],
             "uidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}],
             "gidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}]}}])"},
        {"mount.idmap.needs-user-namespace", "/mounts/7/options",
         R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/data", "type": "bind", "source": "/srv", "options": ["rbind", "idmap"]}}])"},
        {"mount.proc.not-proc", "/mounts/0/destination",
         R"([{"op": "replace", "path": "/mounts/0/type", "value": "tmpfs"}])"},
        {"mount.inside-proc", "/mounts/7/destination",
         R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/proc/sys/kernel", "type": "tmpfs", "source": "tmpfs"}}])"},
        // devices
        {"device.fifo-numbers", "/linux/devices/0/major",
         R"({"linux": {"devices": [{"type": "p", "path": "/dev/fifo", "major": 1}]}})"},
        {"device.number.missing", "/linux/devices/0/minor",
         R"({"linux": {"devices": [{"type": "c", "path": "/dev/fuse", "major": 10}]}})"},
        {"device.number.negative", "/linux/devices/0/major",
         R"({"linux": {"devices": [{"type": "b", "path": "/dev/sda", "major": -8, "minor": 0}]}})"},
        {"device.duplicate", "/linux/devices/1",
         R"({"linux": {"devices": [{"type": "c", "path": "/dev/a", "major": 10, "minor": 229},
                                   {"type": "c", "path": "/dev/b", "major": 10, "minor": 229}]}})"},
        {"device.path.duplicate", "/linux/devices/1/path",
         R"({"linux": {"devices": [{"type": "c", "path": "/dev/fuse", "major": 10, "minor": 229},
                                   {"type": "c", "path": "/dev/fuse", "major": 10, "minor": 230}]}})"},
        {"device.filemode.range", "/linux/devices/0/fileMode",
         R"({"linux": {"devices": [{"type": "c", "path": "/dev/fuse", "major": 10, "minor": 229, "fileMode": 65536}]}})"},
        {"device.filemode.type", "/linux/devices/0/fileMode",
         R"({"linux": {"devices": [{"type": "c", "path": "/dev/fuse", "major": 10, "minor": 229, "fileMode": 4534}]}})"},
        {"device.rule.access.empty", "/linux/resources/devices/0/access",
         R"([{"op": "remove", "path": "/linux/resources/devices/0/access"}])"},
        // runc spec denies every device in the cgroup.
        {"device.default.not-allowed", "/linux/devices/0/path",
         R"({"linux": {"devices": [{"type": "c", "path": "/dev/null", "major": 1, "minor": 3}]}})"},
        // resources
        {"memory.negative", "/linux/resources/memory/limit", R"({"linux": {"resources": {"memory": {"limit": -2}}}})"},
        {"memory.limit.too-small", "/linux/resources/memory/limit",
         R"({"linux": {"resources": {"memory": {"limit": 1048576}}}})"},
        {"memory.swap-without-limit", "/linux/resources/memory/swap",
         R"({"linux": {"resources": {"memory": {"swap": 536870912}}}})"},
        {"memory.swap-below-limit", "/linux/resources/memory/swap",
         R"({"linux": {"resources": {"memory": {"limit": 1073741824, "swap": 536870912}}}})"},
        {"memory.reservation-above-limit", "/linux/resources/memory/reservation",
         R"({"linux": {"resources": {"memory": {"limit": 536870912, "reservation": 1073741824}}}})"},
        {"memory.swappiness.range", "/linux/resources/memory/swappiness",
         R"({"linux": {"resources": {"memory": {"swappiness": 200}}}})"},
        {"cpu.shares.range", "/linux/resources/cpu/shares", R"({"linux": {"resources": {"cpu": {"shares": 1}}}})"},
        {"cpu.period.range", "/linux/resources/cpu/period", R"({"linux": {"resources": {"cpu": {"period": 500}}}})"},
        {"cpu.quota.range", "/linux/resources/cpu/quota", R"({"linux": {"resources": {"cpu": {"quota": 500}}}})"},
        {"cpu.burst-above-quota", "/linux/resources/cpu/burst",
         R"({"linux": {"resources": {"cpu": {"quota": 10000, "period": 100000, "burst": 20000}}}})"},
        {"blockio.weight.range", "/linux/resources/blockIO/weight",
         R"({"linux": {"resources": {"blockIO": {"weight": 5}}}})"},
        {"pids.limit.negative", "/linux/resources/pids/limit", R"({"linux": {"resources": {"pids": {"limit": -5}}}})"},
        {"blockio.weight.missing", "/linux/resources/blockIO/weightDevice/0",
         R"({"linux": {"resources": {"blockIO": {"weightDevice": [{"major": 8, "minor": 0}]}}}})"},
        {"rdma.limit.missing", "/linux/resources/rdma/mlx5_1", R"({"linux": {"resources": {"rdma": {"mlx5_1": {}}}}})"},
        {"memoryPolicy.nodes.unexpected", "/linux/memoryPolicy/nodes",
         R"({"linux": {"memoryPolicy": {"mode": "MPOL_DEFAULT", "nodes": "0-1"}}})"},
        {"memoryPolicy.nodes.missing", "/linux/memoryPolicy/nodes",
         R"({"linux": {"memoryPolicy": {"mode": "MPOL_BIND"}}})"},
        {"memoryPolicy.flags.conflict", "/linux/memoryPolicy/flags",
         R"({"linux": {"memoryPolicy": {"mode": "MPOL_BIND", "nodes": "0", "flags": ["MPOL_F_STATIC_NODES", "MPOL_F_RELATIVE_NODES"]}}})"},
        // seccomp
        {"seccomp.listenerMetadata.without-listener", "/linux/seccomp/listenerMetadata",
         R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "listenerMetadata": "x"}}})"},
        {"seccomp.notify.default", "/linux/seccomp/defaultAction",
         R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_NOTIFY", "listenerPath": "/run/agent.sock"}}})"},
        {"seccomp.errnoRet.unsupported", "/linux/seccomp/syscalls/0/errnoRet",
         R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW", "errnoRet": 1}]}}})"},
        {"seccomp.names.empty", "/linux/seccomp/syscalls/0/names",
         R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": [], "action": "SCMP_ACT_ERRNO"}]}}})"},
        {"seccomp.notify.without-listener", "/linux/seccomp/syscalls/0/action",
         R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["mount"], "action": "SCMP_ACT_NOTIFY"}]}}})"},
        {"seccomp.arg.index.range", "/linux/seccomp/syscalls/0/args/0/index",
         R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["clone"], "action": "SCMP_ACT_ERRNO",
             "args": [{"index": 6, "value": 1, "op": "SCMP_CMP_EQ"}]}]}}})"},
        {"seccomp.flags.runc-unsupported", "/linux/seccomp/flags",
         R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "flags": ["SECCOMP_FILTER_FLAG_LOG"]}}})"},
        {"seccomp.arch.runc-unsupported", "/linux/seccomp/architectures/0",
         R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "architectures": ["SCMP_ARCH_RISCV64"]}}})"},
        {"seccomp.name.empty", "/linux/seccomp/syscalls/0/names/0",
         R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": [""], "action": "SCMP_ACT_ERRNO"}]}}})"},
        {"seccomp.notify.write", "/linux/seccomp/syscalls/0/names/0",
         R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "listenerPath": "/run/agent.sock",
             "syscalls": [{"names": ["write"], "action": "SCMP_ACT_NOTIFY"}]}}})"},
        {"seccomp.syscall.unknown", "/linux/seccomp/syscalls/0/names/0",
         R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["no_such_call"], "action": "SCMP_ACT_ERRNO"}]}}})"},
        // annotations
        {"annotation.key.empty", "/annotations/", R"({"annotations": {"": "x"}})"},
        {"annotation.key.reserved", "/annotations/org.opencontainers.foo",
         R"({"annotations": {"org.opencontainers.foo": "x"}})"},
        // other platforms
        {"windows.layerFolders.empty", "/windows/layerFolders", R"({"windows": {"layerFolders": []}})", Base::Windows},
        {"windows.cpu.exclusive", "/windows/resources/cpu/shares",
         R"({"windows": {"resources": {"cpu": {"shares": 5000}}}})", Base::Windows},
        {"windows.cpu.range", "/windows/resources/cpu/maximum",
         R"({"windows": {"resources": {"cpu": {"count": null, "maximum": 20000}}}})", Base::Windows},
        {"windows.cpu.affinity.object", "/windows/resources/cpu/affinity",
         R"({"windows": {"resources": {"cpu": {"affinity": {"mask": 3, "group": 0}}}}})", Base::Windows},
        {"windows.network.namespace-exclusive", "/windows/network/networkNamespace",
         R"({"windows": {"network": {"networkNamespace": "a7f3c2d1-0b4e-4c5a-9d8e-7f6a5b4c3d2e"}}})", Base::Windows},
        {"windows.root.hyperv", "/root",
         R"({"root": {"path": "\\\\?\\Volume{3f1e2a4b-7c9d-4e6f-8a0b-1c2d3e4f5a6b}\\"}})", Base::HyperV},
        {"windows.root.path.volume", "/root/path", R"({"root": {"path": "C:\\rootfs"}})", Base::Windows},
        {"windows.root.readonly", "/root/readonly", R"({"root": {"readonly": true}})", Base::Windows},
        {"windows.process.command-missing", "/process/commandLine", R"({"process": {"args": []}})", Base::Windows},
        {"windows.mount.source.unc", "/mounts/0/source",
         R"([{"op": "replace", "path": "/mounts/0/source", "value": "\\\\fileserver\\share"}])", Base::Windows},
        {"windows.mount.nested", "/mounts/1/destination",
         R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "C:\\data\\cache", "source": "D:\\cache"}}])",
         Base::Windows},
        {"freebsd.jail.enforceStatfs.range", "/freebsd/jail/enforceStatfs",
         R"({"freebsd": {"jail": {"enforceStatfs": 3}}})", Base::FreeBsd},
        // this machine
        {.code = "host.root.missing", .pointer = "/root/path", .layOut = [](const QString &) { return true; }},
        {.code = "host.root.not-directory",
         .pointer = "/root/path",
         .layOut = [](const QString &bundle) { return fileAt(bundle + QStringLiteral("/rootfs"), "", plain()); }},
        {.code = "host.root.symlink",
         .pointer = "/root/path",
         .layOut =
             [](const QString &bundle) {
                 return QDir(bundle).mkpath(QStringLiteral("image"))
                     && QFile::link(QStringLiteral("image"), bundle + QStringLiteral("/rootfs"));
             }},
        // The bundle directory is closed to all but its owner, root: the
        // container's root, host user 100000, cannot enter it.
        {.code = "host.root.closed-to-userns",
         .pointer = "/root/path",
         .edit = R"([{"op": "add", "path": "/linux/namespaces/-", "value": {"type": "user"}},
                     {"op": "add", "path": "/linux/uidMappings", "value": [{"containerID": 0, "hostID": 100000, "size": 65536}]},
                     {"op": "add", "path": "/linux/gidMappings", "value": [{"containerID": 0, "hostID": 100000, "size": 65536}]}])",
         .layOut =
             [](const QString &bundle) {
                 return emptyRootfs(bundle)
                     && QFile::setPermissions(bundle, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
             }},
        {"host.namespace.path.missing", "/linux/namespaces/1/path",
         R"([{"op": "add", "path": "/linux/namespaces/1/path", "value": "/proc/999999999/ns/net"}])"},
        {"host.mount.source.missing", "/mounts/7/source",
         R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/data", "type": "bind", "source": "/nonexistent/obe-sample", "options": ["rbind", "ro"]}}])"},
        {"host.mount.type.unknown", "/mounts/7/type",
         R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/data", "type": "obefs", "source": "obefs"}}])"},
        {"host.hook.missing", "/hooks/poststop/0/path",
         R"({"hooks": {"poststop": [{"path": "/nonexistent/obe-hook"}]}})"},
        {.code = "host.selinux.disabled",
         .pointer = "/process/selinuxLabel",
         .edit = R"({"process": {"selinuxLabel": "system_u:system_r:container_t:s0"}})",
         .need = Need::SelinuxOff},
        {.code = "host.apparmor.disabled",
         .pointer = "/process/apparmorProfile",
         .edit = R"({"process": {"apparmorProfile": "obe-sample"}})",
         .need = Need::AppArmorOff},
        {.code = "host.oomScoreAdj.below-own",
         .pointer = "/process/oomScoreAdj",
         .edit = R"({"process": {"oomScoreAdj": -1000}})",
         .need = Need::NoCapSysResource},
        {.code = "host.rlimit.above-own",
         .pointer = "/process/rlimits/0/hard",
         .edit = R"([{"op": "replace", "path": "/process/rlimits/0/hard", "value": 18446744073709551615}])",
         .need = Need::NoCapSysResource},
        {.code = "host.cgroup.unified-on-v1",
         .pointer = "/linux/resources/unified",
         .edit = R"({"linux": {"resources": {"unified": {"memory.high": "max"}}}})",
         .need = Need::CgroupV1},
        {.code = "host.blkio.unsupported",
         .pointer = "/linux/resources/blockIO/weight",
         .edit = R"({"linux": {"resources": {"blockIO": {"weight": 500}}}})",
         .need = Need::CgroupV1WithoutBlkioWeight},
        {"host.memory-node.missing", "/linux/resources/cpu/mems",
         R"({"linux": {"resources": {"cpu": {"mems": "63"}}}})"},
        {"host.cpu.missing", "/linux/resources/cpu/cpus", R"({"linux": {"resources": {"cpu": {"cpus": "4095"}}}})"},
        {"host.sysctl.unknown", "/linux/sysctl/net.obe.sample", R"({"linux": {"sysctl": {"net.obe.sample": "1"}}})"},
        // the root filesystem
        {"rootfs.empty", "/root/path"},
        {.code = "rootfs.mount.link-escapes",
         .pointer = "/mounts/7/destination",
         .edit =
             R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/data/cache", "type": "tmpfs", "source": "tmpfs"}}])",
         .layOut =
             [](const QString &bundle) {
                 return busyboxRootfs(bundle)
                     && QFile::link(QStringLiteral("../../../../../../srv"), bundle + QStringLiteral("/rootfs/data"));
             }},
        {.code = "rootfs.mount.path-blocked",
         .pointer = "/mounts/7/destination",
         .edit =
             R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/etc/passwd/x", "type": "tmpfs", "source": "tmpfs"}}])",
         .layOut = busyboxRootfs},
        {.code = "rootfs.mount.over-file",
         .pointer = "/mounts/7/destination",
         .edit =
             R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/etc/passwd", "type": "tmpfs", "source": "tmpfs"}}])",
         .layOut = busyboxRootfs},
        // The bind source is a file beside config.json; /etc is a directory.
        {.code = "rootfs.mount.over-directory",
         .pointer = "/mounts/7/destination",
         .edit =
             R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/etc", "type": "bind", "source": "hosts", "options": ["rbind", "ro"]}}])",
         .layOut =
             [](const QString &bundle) {
                 return busyboxRootfs(bundle)
                     && fileAt(bundle + QStringLiteral("/hosts"), "127.0.0.1 localhost\n", plain());
             }},
        {.code = "rootfs.cwd.not-directory",
         .pointer = "/process/cwd",
         .edit = R"({"process": {"cwd": "/etc/passwd"}})",
         .layOut = busyboxRootfs},
        {.code = "rootfs.args.not-found",
         .pointer = "/process/args/0",
         .edit = R"({"process": {"args": ["/bin/nothing"]}})",
         .layOut = busyboxRootfs},
        {.code = "rootfs.args.relative-path",
         .pointer = "/process/args/0",
         .edit = R"([{"op": "replace", "path": "/process/env/0", "value": "PATH=bin"}])",
         .layOut = busyboxRootfs},
        {.code = "rootfs.args.not-executable",
         .pointer = "/process/args/0",
         .edit = R"({"process": {"args": ["/bin/tool"]}})",
         .layOut = busyboxWith("/bin/tool", "#!/bin/sh\n", plain())},
        {.code = "rootfs.args.script-interpreter.missing",
         .pointer = "/process/args/0",
         .edit = R"({"process": {"args": ["/bin/tool"]}})",
         .layOut = busyboxWith("/bin/tool", "#!/bin/missing-shell\n")},
        {.code = "rootfs.args.unknown-format",
         .pointer = "/process/args/0",
         .edit = R"({"process": {"args": ["/bin/tool"]}})",
         .layOut = busyboxWith("/bin/tool", "neither ELF nor script\n")},
        {.code = "rootfs.args.elf.malformed",
         .pointer = "/process/args/0",
         .edit = R"({"process": {"args": ["/bin/tool"]}})",
         .layOut =
             busyboxWith("/bin/tool", TestElf{true, false, 2, TestElf::hostMachine(), "/lib/ld.so"}.bytes().left(70))},
        {.code = "rootfs.args.elf.not-program",
         .pointer = "/process/args/0",
         .edit = R"({"process": {"args": ["/bin/tool"]}})",
         .layOut = busyboxWith("/bin/tool", TestElf{true, false, 1, TestElf::hostMachine(), {}}.bytes())},
        {.code = "rootfs.args.machine",
         .pointer = "/process/args/0",
         .edit = R"({"process": {"args": ["/bin/tool"]}})",
         .layOut = busyboxWith("/bin/tool", TestElf{true, false, 2, TestElf::foreignMachine(), {}}.bytes()),
         .need = Need::NoForeignHandler},
        {.code = "rootfs.args.emulator.missing",
         .pointer = "/process/args/0",
         .edit = R"({"process": {"args": ["/bin/tool"]}})",
         .layOut = busyboxWith("/bin/tool", TestElf{true, false, 2, TestElf::foreignMachine(), {}}.bytes()),
         .need = Need::ForeignHandlerWithoutF},
        // A handler without the F flag needs its emulator in the root filesystem.
        {.code = "rootfs.args.machine.emulated",
         .pointer = "/process/args/0",
         .edit = R"({"process": {"args": ["/bin/tool"]}})",
         .layOut =
             [](const QString &bundle) {
                 const std::optional<BinfmtHandlers::Handler> handler = foreignHandler();
                 return busyboxWith("/bin/tool", TestElf{true, false, 2, TestElf::foreignMachine(), {}}.bytes())(bundle)
                     && handler
                     && (handler->fixBinary
                         || fileAt(bundle + QStringLiteral("/rootfs") + handler->interpreter, "", executable()));
             },
         .need = Need::ForeignHandler},
        {.code = "rootfs.args.interpreter.missing",
         .pointer = "/process/args/0",
         .edit = R"({"process": {"args": ["/bin/tool"]}})",
         .layOut =
             busyboxWith("/bin/tool", TestElf{true, false, 3, TestElf::hostMachine(), "/lib/ld-missing.so"}.bytes())},
        {.code = "rootfs.user.uid.unknown",
         .pointer = "/process/user/uid",
         .edit = R"({"process": {"user": {"uid": 1234}}})",
         .layOut = busyboxRootfs},
        {.code = "rootfs.user.gid.unknown",
         .pointer = "/process/user/gid",
         .edit = R"({"process": {"user": {"gid": 1234}}})",
         .layOut = busyboxRootfs},
    };
    return samples;
}

// The security review reads nothing but the document: the hardened base
// with one setting weakened.
const QList<FindingSample> &FindingSamples::security()
{
    const auto granting = [](const char *capability) {
        return QByteArray(R"([{"op": "add", "path": "/process/capabilities/bounding/-", "value": "%1"},
                              {"op": "add", "path": "/process/capabilities/effective/-", "value": "%1"},
                              {"op": "add", "path": "/process/capabilities/permitted/-", "value": "%1"}])")
            .replace("%1", capability);
    };
    static const QList<QByteArray> edits = {
        granting("CAP_CHOWN"),        granting("CAP_LEASE"),      granting("CAP_KILL"),
        granting("CAP_SYS_ADMIN"),    granting("CAP_SYS_MODULE"), granting("CAP_SYS_PTRACE"),
        granting("CAP_NET_ADMIN"),    granting("CAP_NET_RAW"),    granting("CAP_DAC_READ_SEARCH"),
        granting("CAP_SYS_RAWIO"),    granting("CAP_BPF"),        granting("CAP_PERFMON"),
        granting("CAP_SYS_BOOT"),     granting("CAP_SYS_TIME"),   granting("CAP_MAC_ADMIN"),
        granting("CAP_MAC_OVERRIDE"), granting("CAP_SYSLOG"),     granting("CAP_AUDIT_CONTROL"),
    };
    const auto capability = [](const char *code, qsizetype edit) {
        return FindingSample{code, "/process/capabilities/effective/1", edits[edit].constData(), Base::Hardened};
    };
    static const QList<FindingSample> samples = {
        capability("security.capability.added", 0),
        capability("security.capability.added-beyond-docker", 1),
        capability("security.capability.outside-restricted", 2),
        capability("security.capability.sys-admin", 3),
        capability("security.capability.sys-module", 4),
        capability("security.capability.sys-ptrace", 5),
        capability("security.capability.net-admin", 6),
        capability("security.capability.net-raw", 7),
        capability("security.capability.dac-read-search", 8),
        capability("security.capability.sys-rawio", 9),
        capability("security.capability.bpf", 10),
        capability("security.capability.perfmon", 11),
        capability("security.capability.sys-boot", 12),
        capability("security.capability.sys-time", 13),
        capability("security.capability.mac-admin", 14),
        capability("security.capability.mac-override", 15),
        capability("security.capability.syslog", 16),
        capability("security.capability.audit-control", 17),
        {"security.namespace.host-pid", "/linux/namespaces/0/path",
         R"([{"op": "add", "path": "/linux/namespaces/0/path", "value": "/proc/1/ns/pid"}])", Base::Hardened},
        {"security.namespace.host-network", "/linux/namespaces", R"([{"op": "remove", "path": "/linux/namespaces/1"}])",
         Base::Hardened},
        {"security.namespace.host-ipc", "/linux/namespaces", R"([{"op": "remove", "path": "/linux/namespaces/2"}])",
         Base::Hardened},
        {"security.namespace.host-uts", "/linux/namespaces", R"([{"op": "remove", "path": "/linux/namespaces/3"}])",
         Base::Hardened},
        {"security.namespace.host-user", "/linux/namespaces", R"([{"op": "remove", "path": "/linux/namespaces/5"}])",
         Base::Hardened},
        {"security.namespace.host-cgroup", "/linux/namespaces/6/path",
         R"([{"op": "add", "path": "/linux/namespaces/6/path", "value": "/proc/1/ns/cgroup"}])", Base::Hardened},
        {"security.process.root-user", "/process/user/uid",
         R"([{"op": "replace", "path": "/process/user/uid", "value": 0}, {"op": "remove", "path": "/linux/namespaces/5"}])",
         Base::Hardened},
        {"security.process.no-new-privileges", "/process/noNewPrivileges",
         R"([{"op": "replace", "path": "/process/noNewPrivileges", "value": false}])", Base::Hardened},
        {"security.seccomp.missing", "/linux/seccomp", R"([{"op": "remove", "path": "/linux/seccomp"}])",
         Base::Hardened},
        {"security.seccomp.default-allow", "/linux/seccomp/defaultAction",
         R"([{"op": "replace", "path": "/linux/seccomp/defaultAction", "value": "SCMP_ACT_ALLOW"}])", Base::Hardened},
        {"security.lsm.missing", "/process/apparmorProfile",
         R"([{"op": "remove", "path": "/process/apparmorProfile"}])", Base::Hardened},
        {"security.apparmor.unconfined", "/process/apparmorProfile",
         R"([{"op": "replace", "path": "/process/apparmorProfile", "value": "unconfined"}])", Base::Hardened},
        {"security.selinux.type", "/process/selinuxLabel",
         R"([{"op": "add", "path": "/process/selinuxLabel", "value": "system_u:system_r:spc_t:s0"}])", Base::Hardened},
        {"security.paths.masked", "/linux/maskedPaths", R"([{"op": "remove", "path": "/linux/maskedPaths/2"}])",
         Base::Hardened},
        {"security.paths.readonly", "/linux/readonlyPaths", R"([{"op": "remove", "path": "/linux/readonlyPaths/3"}])",
         Base::Hardened},
        {"security.root.writable", "/root/readonly", R"([{"op": "replace", "path": "/root/readonly", "value": false}])",
         Base::Hardened},
        {"security.root.shared-propagation", "/linux/rootfsPropagation",
         R"([{"op": "add", "path": "/linux/rootfsPropagation", "value": "rshared"}])", Base::Hardened},
        {"security.resources.memory", "/linux/resources/memory/limit",
         R"([{"op": "remove", "path": "/linux/resources/memory"}])", Base::Hardened},
        {"security.resources.pids", "/linux/resources/pids/limit",
         R"([{"op": "replace", "path": "/linux/resources/pids/limit", "value": 0}])", Base::Hardened},
        {"security.resources.cpu", "/linux/resources/cpu", R"([{"op": "remove", "path": "/linux/resources/cpu"}])",
         Base::Hardened},
        {"security.mount.sensitive", "/mounts/7/source",
         R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/host", "type": "bind", "source": "/etc", "options": ["rbind", "ro"]}}])",
         Base::Hardened},
        {"security.mount.container-runtime", "/mounts/7/source",
         R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/run/docker.sock", "type": "bind", "source": "/var/run/docker.sock", "options": ["bind", "ro"]}}])",
         Base::Hardened},
        {"security.mount.host-writable", "/mounts/7/options",
         R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/data", "type": "bind", "source": "/srv/data", "options": ["rbind", "rw"]}}])",
         Base::Hardened},
        {"security.mount.host-path", "/mounts/7/source",
         R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/data", "type": "bind", "source": "/srv/data", "options": ["rbind", "ro"]}}])",
         Base::Hardened},
        {"security.mount.shared-propagation", "/mounts/7/options/1",
         R"([{"op": "add", "path": "/mounts/-", "value": {"destination": "/data", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "rshared"]}}])",
         Base::Hardened},
        {"security.devices.allow-all", "/linux/resources/devices/1",
         R"([{"op": "add", "path": "/linux/resources/devices/-", "value": {"allow": true, "type": "a", "access": "rwm"}}])",
         Base::Hardened},
        {"security.devices.allow-extra", "/linux/resources/devices/1",
         R"([{"op": "add", "path": "/linux/resources/devices/-", "value": {"allow": true, "type": "b", "major": 8, "minor": 0, "access": "rw"}}])",
         Base::Hardened},
        {"security.device.block", "/linux/devices/0",
         R"([{"op": "add", "path": "/linux/devices", "value": [{"path": "/dev/sda", "type": "b", "major": 8, "minor": 0}]}])",
         Base::Hardened},
        {"security.device.extra", "/linux/devices/0",
         R"([{"op": "add", "path": "/linux/devices", "value": [{"path": "/dev/fuse", "type": "c", "major": 10, "minor": 229}]}])",
         Base::Hardened},
        {"security.sysctl.unsafe", "/linux/sysctl/net.ipv4.ip_forward",
         R"([{"op": "add", "path": "/linux/sysctl", "value": {"net.ipv4.ip_forward": "1"}}])", Base::Hardened},
        {"security.hook.host-binary", "/hooks/prestart/0/path",
         R"([{"op": "add", "path": "/hooks", "value": {"prestart": [{"path": "/usr/bin/netns-setup"}]}}])",
         Base::Hardened},
    };
    return samples;
}

const QList<QPair<QString, QString>> &FindingSamples::unproducible()
{
    // Every code of the validator comes from a document; keep it so.
    static const QList<QPair<QString, QString>> codes;
    return codes;
}

QByteArray FindingSamples::configText(const FindingSample &sample)
{
    const QByteArray base = baseText(sample.base);
    QByteArray text = base;
    if (sample.edit && *sample.edit) {
        Json config = Json::parse(base.constData(), base.constData() + base.size());
        const Json edit = Json::parse(sample.edit);
        if (edit.is_array())
            config = config.patch(edit);
        else
            config.merge_patch(edit);
        text = QByteArray::fromStdString(config.dump(1, '\t')) + '\n';
    }
    return sample.rewrite ? sample.rewrite(text) : text;
}

bool FindingSamples::write(const FindingSample &sample, const QString &directory, QString *error)
{
    QByteArray text;
    try {
        text = configText(sample);
    } catch (const Json::exception &e) {
        *error = QStringLiteral("the edit does not apply: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
    if (!writeFile(directory + QStringLiteral("/config.json"), text)) {
        *error = QStringLiteral("cannot write config.json in %1").arg(directory);
        return false;
    }
    if (!(sample.layOut ? sample.layOut(directory) : emptyRootfs(directory))) {
        *error = QStringLiteral("cannot lay out the bundle in %1").arg(directory);
        return false;
    }
    return true;
}

QString FindingSamples::unmetNeed(const FindingSample &sample)
{
    switch (sample.need) {
    case Need::None: return {};
    case Need::SelinuxOff:
        return QFileInfo::exists(QStringLiteral("/sys/fs/selinux/enforce")) ? QStringLiteral("SELinux is enabled here")
                                                                            : QString();
    case Need::AppArmorOff:
        return readText(QStringLiteral("/sys/module/apparmor/parameters/enabled")).startsWith(QLatin1Char('Y'))
            ? QStringLiteral("AppArmor is enabled here")
            : QString();
    case Need::NoCapSysResource:
        if (hasCapSysResource())
            return QStringLiteral("this process has CAP_SYS_RESOURCE, so runc here may raise its limits");
        return readText(QStringLiteral("/proc/self/oom_score_adj")).toInt() <= -1000
            ? QStringLiteral("this process's OOM score adjustment is already the lowest")
            : QString();
    case Need::CgroupV1: return isCgroup2Unified() ? QStringLiteral("this machine uses cgroup v2 alone") : QString();
    case Need::CgroupV1WithoutBlkioWeight: {
        const QString dir = QStringLiteral("/sys/fs/cgroup/blkio/");
        if (isCgroup2Unified() || !QFileInfo(dir).isDir())
            return QStringLiteral("this machine has no cgroup v1 block I/O controller");
        for (const char *file : {"blkio.weight", "blkio.bfq.weight"}) {
            if (QFileInfo::exists(dir + QLatin1String(file)))
                return QStringLiteral("this machine's block I/O controller takes weights");
        }
        return {};
    }
    case Need::NoForeignHandler:
        return foreignHandler() ? QStringLiteral("binfmt_misc here runs programs of the other machine") : QString();
    case Need::ForeignHandler:
        return foreignHandler() ? QString() : QStringLiteral("binfmt_misc here has no handler for the other machine");
    case Need::ForeignHandlerWithoutF: {
        const std::optional<BinfmtHandlers::Handler> handler = foreignHandler();
        if (!handler)
            return QStringLiteral("binfmt_misc here has no handler for the other machine");
        return handler->fixBinary ? QStringLiteral("the handler for the other machine has the F flag") : QString();
    }
    }
    return {};
}
