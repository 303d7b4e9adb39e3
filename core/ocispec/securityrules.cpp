// SPDX-License-Identifier: Apache-2.0
#include "securityrules.h"

#include <QHash>

#include <algorithm>

// The checks of Docker Bench for Security (section 5), the Kubernetes Pod
// Security Standards, kubesec and Trivy, restated for OCI config fields. The
// facts (which capabilities, paths and sysctls, which control numbers) follow
// those projects; every text is our own.

namespace {

using S = Finding::Severity;
using Std = SecurityStandard;

// Findings of a capability the rules name one by one share the message and
// the fix; their explanations say what each capability allows.
const QList<SecurityRule> &table()
{
    static const QList<SecurityRule> rules = {
        // --- capabilities ---------------------------------------------------------
        {"security.capability.added",
         S::Info,
         {{Std::PssRestricted, "Capabilities"}, {Std::Trivy, "KSV003"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "runc gives a container only CAP_AUDIT_WRITE, CAP_KILL and CAP_NET_BIND_SERVICE. "
                           "This capability is one Docker grants by default, so it is common, but every capability "
                           "is a piece of root's power the process keeps. Remove it unless the program needs it; "
                           "PSS restricted allows none but CAP_NET_BIND_SERVICE."),
         true},
        {"security.capability.added-beyond-docker",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Neither runc nor Docker grants this capability by default. Each added capability "
                           "widens what a compromised process can do to the kernel and the host. Keep it only "
                           "when the program cannot work without it, and document why."),
         true},
        {"security.capability.outside-restricted",
         S::Info,
         {{Std::PssRestricted, "Capabilities"}, {Std::Trivy, "KSV003"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "runc grants this capability by default, but the restricted profile of the Pod Security "
                           "Standards asks a container to drop every capability and add back at most "
                           "CAP_NET_BIND_SERVICE. Most programs run without it."),
         true},
        {"security.capability.sys-admin",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Kubesec, "CapSysAdmin"},
          {Std::Trivy, "KSV005"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "CAP_SYS_ADMIN is the catch-all capability: mounting file systems, creating namespaces, "
                           "configuring many kernel subsystems. It is close to full root, and most known container "
                           "escapes start from it. Find the one operation the program needs and grant a narrower "
                           "capability, or none."),
         true},
        {"security.capability.sys-module",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "CAP_SYS_MODULE loads and unloads kernel modules. Code in a module runs in the host's "
                           "kernel, so a container with it controls the whole machine."),
         true},
        {"security.capability.sys-ptrace",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "CAP_SYS_PTRACE lets a process read and change the memory of other processes it can "
                           "see. Together with the host's PID namespace it reaches processes outside the container. "
                           "Debuggers need it; services do not."),
         true},
        {"security.capability.net-admin",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "CAP_NET_ADMIN configures interfaces, routes and firewall rules. In the host's network "
                           "namespace that is the host's network; in the container's own it still opens a large part "
                           "of the kernel's network code to the process."),
         true},
        {"security.capability.net-raw",
         S::Warning,
         {{Std::PssBaseline, "Capabilities"}, {Std::PssRestricted, "Capabilities"}, {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP(
             "SecurityReview",
             "CAP_NET_RAW opens raw and packet sockets: a process can forge packets and spoof addresses "
             "on the networks it reaches. Docker grants it by default, the Pod Security Standards do not. "
             "Only tools such as ping need it, and modern ping works without it."),
         true},
        {"security.capability.dac-read-search",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "CAP_DAC_READ_SEARCH skips permission checks on reading files and directories, and allows "
                           "open_by_handle_at(), which a known escape used to read files of the host outside the "
                           "container's root."),
         true},
        {"security.capability.sys-rawio",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "CAP_SYS_RAWIO allows raw I/O: I/O ports, /dev/mem and raw commands to block devices. "
                           "With a device at hand it bypasses every file system permission."),
         true},
        {"security.capability.bpf",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "CAP_BPF loads BPF programs and maps into the kernel. The verifier is a frequent source "
                           "of kernel vulnerabilities, and with CAP_PERFMON or CAP_NET_ADMIN such programs can watch "
                           "the whole host."),
         true},
        {"security.capability.perfmon",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "CAP_PERFMON opens performance monitoring and tracing, which can observe other processes "
                           "and the kernel itself and leak what they hold."),
         true},
        {"security.capability.sys-boot",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "CAP_SYS_BOOT reboots the machine and loads a new kernel with kexec. It has no use inside "
                           "a container."),
         true},
        {"security.capability.sys-time",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "CAP_SYS_TIME sets the system clock. The clock is not namespaced: the change applies to "
                           "the host and every container on it, and breaks certificates, logs and schedules."),
         true},
        {"security.capability.mac-admin",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "CAP_MAC_ADMIN changes the configuration of mandatory access control (AppArmor, SELinux, "
                           "Smack), the very policy meant to contain the container."),
         true},
        {"security.capability.mac-override",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "CAP_MAC_OVERRIDE lets a process ignore mandatory access control policy where the security "
                           "module honours it."),
         true},
        {"security.capability.syslog",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "CAP_SYSLOG reads and clears the kernel log, which holds messages of the whole host and "
                           "kernel addresses that help an attacker defeat address randomisation."),
         true},
        {"security.capability.audit-control",
         S::Warning,
         {{Std::DockerBench, "5.4"},
          {Std::PssBaseline, "Capabilities"},
          {Std::PssRestricted, "Capabilities"},
          {Std::Trivy, "KSV022"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "CAP_AUDIT_CONTROL changes the kernel's audit rules and can switch auditing off, hiding "
                           "what happens on the host."),
         true},

        // --- namespaces -----------------------------------------------------------
        {"security.namespace.host-pid",
         S::Warning,
         {{Std::DockerBench, "5.16"},
          {Std::PssBaseline, "Host Namespaces"},
          {Std::Kubesec, "HostPID"},
          {Std::Trivy, "KSV010"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Without a PID namespace of its own the container sees every process of the host, their "
                           "command lines and environments, and can signal or trace those of the same user. Add a "
                           "pid entry to linux.namespaces without a path."),
         true},
        {"security.namespace.host-network",
         S::Warning,
         {{Std::DockerBench, "5.10"},
          {Std::PssBaseline, "Host Namespaces"},
          {Std::Kubesec, "HostNetwork"},
          {Std::Trivy, "KSV009"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Without a network namespace of its own the container uses the host's interfaces: it can "
                           "listen on any host port, reach services bound to localhost and watch local traffic. With "
                           "its own namespace it starts with loopback only, and networking is added on purpose."),
         true},
        {"security.namespace.host-ipc",
         S::Warning,
         {{Std::DockerBench, "5.17"},
          {Std::PssBaseline, "Host Namespaces"},
          {Std::Kubesec, "HostIPC"},
          {Std::Trivy, "KSV008"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Without an IPC namespace of its own the container shares System V shared memory, "
                           "semaphores and message queues with the host, and can read or corrupt what host programs "
                           "keep there."),
         true},
        {"security.namespace.host-uts",
         S::Info,
         {{Std::DockerBench, "5.21"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Without a UTS namespace of its own the container shares the host's hostname and domain "
                           "name; hostname in the configuration then has no effect, and a process with CAP_SYS_ADMIN "
                           "renames the host."),
         true},
        {"security.namespace.host-user",
         S::Info,
         {{Std::DockerBench, "5.31"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Without a user namespace user IDs in the container are the host's: root in the container "
                           "is root on the host, held back only by capabilities, seccomp and the security module. A "
                           "user namespace maps the container's root to an unprivileged host user. It needs "
                           "linux.uidMappings and linux.gidMappings, so there is no one-click fix."),
         false},
        {"security.namespace.host-cgroup",
         S::Info,
         {},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Without a cgroup namespace the container sees the host's control group tree in "
                           "/proc/self/cgroup and under /sys/fs/cgroup, which tells it about the host and other "
                           "containers. Docker and Podman give every container its own on cgroup v2."),
         true},

        // --- the process ------------------------------------------------------------
        {"security.process.root-user",
         S::Warning,
         {{Std::PssRestricted, "Running as Non-root user"},
          {Std::Kubesec, "RunAsNonRoot"},
          {Std::Kubesec, "RunAsUser"},
          {Std::Trivy, "KSV012"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "The process runs as user 0, and that user is root on the host. Any way out of the "
                           "container, through a kernel bug or a careless mount, then lands as root. Run the program "
                           "as an unprivileged user, or give the container a user namespace that maps its root to an "
                           "unprivileged host user."),
         true},
        {"security.process.no-new-privileges",
         S::Warning,
         {{Std::DockerBench, "5.26"},
          {Std::PssRestricted, "Privilege Escalation"},
          {Std::Kubesec, "AllowPrivilegeEscalation"},
          {Std::Trivy, "KSV001"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Without noNewPrivileges a process can gain privileges by running a setuid or setgid "
                           "program, or one with file capabilities. Setting it to true makes execve() keep privileges "
                           "as they are; it is also what lets an unprivileged process install a seccomp filter."),
         true},

        // --- seccomp and security modules --------------------------------------------------
        {"security.seccomp.missing",
         S::Warning,
         {{Std::DockerBench, "5.22"},
          {Std::PssBaseline, "Seccomp"},
          {Std::PssRestricted, "Seccomp"},
          {Std::Kubesec, "SeccompAny"},
          {Std::Trivy, "KSV030"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Without a seccomp filter the process may make every system call the kernel has, "
                           "including rarely used ones where kernel bugs hide (keyctl, bpf, userfaultfd, "
                           "perf_event_open). Docker, Podman and Kubernetes' RuntimeDefault all install a profile "
                           "that allows what ordinary programs use and refuses the rest. Add such a profile to "
                           "linux.seccomp."),
         false},
        {"security.seccomp.default-allow",
         S::Warning,
         {{Std::DockerBench, "5.22"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "The seccomp profile allows every system call it does not name. Such a list of "
                           "refusals misses new and forgotten calls; the default profiles of container engines work "
                           "the other way round: defaultAction refuses (SCMP_ACT_ERRNO) and the rules list what is "
                           "allowed."),
         false},
        {"security.lsm.missing",
         S::Warning,
         {{Std::DockerBench, "5.2"}, {Std::DockerBench, "5.3"}, {Std::Kubesec, "ApparmorAny"}, {Std::Trivy, "KSV002"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Neither an AppArmor profile nor an SELinux label is set, so no mandatory access control "
                           "confines the process beyond file permissions. On an AppArmor host set "
                           "process.apparmorProfile to a loaded profile (Docker's is docker-default); on an SELinux "
                           "host set process.selinuxLabel with a container type such as container_t. The name "
                           "depends on the host, so there is no one-click fix."),
         false},
        {"security.apparmor.unconfined",
         S::Warning,
         {{Std::DockerBench, "5.2"}, {Std::PssBaseline, "AppArmor"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "The AppArmor profile \"unconfined\" switches AppArmor off for the process. Use the "
                           "profile your container engine loads, or one written for the program."),
         false},
        {"security.selinux.type",
         S::Warning,
         {{Std::PssBaseline, "SELinux"}, {Std::Trivy, "KSV025"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "The SELinux label gives the process a type outside those made for containers "
                           "(container_t, container_init_t, container_kvm_t, container_engine_t). Types such as "
                           "spc_t or unconfined_t are not confined at all."),
         false},

        // --- what the container sees of the kernel ---------------------------------------------
        {"security.paths.masked",
         S::Warning,
         {{Std::PssBaseline, "/proc Mount Type"}, {Std::Trivy, "KSV027"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "runc hides parts of /proc and /sys that reveal or control the host: kernel memory "
                           "(/proc/kcore), keys, timers, firmware. The Pod Security Standards require these default "
                           "masks. Add the missing paths back to linux.maskedPaths."),
         true},
        {"security.paths.readonly",
         S::Warning,
         {{Std::PssBaseline, "/proc Mount Type"}, {Std::Trivy, "KSV027"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "runc makes parts of /proc read-only that change the host kernel: /proc/sys, "
                           "/proc/sysrq-trigger, interrupt and bus settings. Without them a process with enough "
                           "privilege can retune or crash the host. Add the missing paths back to "
                           "linux.readonlyPaths."),
         true},
        {"security.root.writable",
         S::Warning,
         {{Std::DockerBench, "5.13"}, {Std::Kubesec, "ReadOnlyRootFilesystem"}, {Std::Trivy, "KSV014"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "The root filesystem is writable. An intruder can then replace the container's programs "
                           "and libraries, and changes outlive a restart of the process. With root.readonly the "
                           "image stays as built; give the program tmpfs or volume mounts for the few places it "
                           "writes."),
         true},
        {"security.root.shared-propagation",
         S::Warning,
         {{Std::DockerBench, "5.20"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "With shared propagation of the root, mounts made inside the container travel back to "
                           "the host's mount table. rslave, runc's default, still lets host mounts arrive but sends "
                           "nothing back."),
         true},

        // --- resources ----------------------------------------------------------------
        {"security.resources.memory",
         S::Warning,
         {{Std::DockerBench, "5.11"}, {Std::Kubesec, "LimitsMemory"}, {Std::Trivy, "KSV018"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Without a memory limit one container can take all of the host's memory and make the "
                           "kernel kill other programs. Set linux.resources.memory.limit to what the program needs "
                           "with some headroom; the right figure depends on the workload, so there is no one-click "
                           "fix."),
         false},
        {"security.resources.pids",
         S::Warning,
         {{Std::DockerBench, "5.29"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Without a limit on processes a fork bomb in the container exhausts the host's process "
                           "table, and nothing else can start. The fix sets 4096, generous for one service; lower it "
                           "to what the program really uses."),
         true},
        {"security.resources.cpu",
         S::Info,
         {{Std::DockerBench, "5.12"}, {Std::Kubesec, "LimitsCPU"}, {Std::Trivy, "KSV011"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Neither CPU shares nor a CPU quota is set, so the container competes for the processor "
                           "like any host process and a busy loop slows everything else. Set "
                           "linux.resources.cpu.shares, or quota and period, to suit the workload."),
         false},

        // --- mounts -------------------------------------------------------------------
        {"security.mount.sensitive",
         S::Warning,
         {{Std::DockerBench, "5.6"}, {Std::PssBaseline, "HostPath Volumes"}, {Std::Trivy, "KSV023"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "A bind mount gives the container a part of the host's file system. System directories "
                           "such as /, /etc, /proc, /sys, /dev, /boot or kernel modules let a process read secrets of "
                           "the host or, when writable, change it outright. Mount only the files the program needs, "
                           "read-only where possible."),
         true},
        {"security.mount.container-runtime",
         S::Warning,
         {{Std::DockerBench, "5.32"},
          {Std::PssBaseline, "HostPath Volumes"},
          {Std::Kubesec, "DockerSock"},
          {Std::Trivy, "KSV006"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Whoever reaches a container engine's socket or state can start a privileged container "
                           "of their own and so owns the host. The Docker, containerd and CRI-O sockets, runc's "
                           "state and the engines' storage must never be mounted into an ordinary container."),
         true},
        {"security.mount.host-writable",
         S::Warning,
         {{Std::PssBaseline, "HostPath Volumes"}, {Std::Trivy, "KSV023"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "A read-write bind mount lets the container change files on the host, which the host and "
                           "other containers may trust. Add \"ro\" to the mount's options unless the program has to "
                           "write there."),
         true},
        {"security.mount.host-path",
         S::Info,
         {{Std::PssBaseline, "HostPath Volumes"}, {Std::Trivy, "KSV023"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "The mount shows the container a part of the host's file system, read-only. That is "
                           "often fine, but the Pod Security Standards forbid host paths outright: the container "
                           "depends on this host and learns about it."),
         false},
        {"security.mount.shared-propagation",
         S::Warning,
         {{Std::DockerBench, "5.20"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Shared propagation sends mounts made inside the container back to the host, so the "
                           "container can change what the host sees below that path. Use private (or slave) "
                           "propagation."),
         true},

        // --- devices --------------------------------------------------------------------
        {"security.devices.allow-all",
         S::Warning,
         {{Std::DockerBench, "5.18"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "This device cgroup rule lets the container read and write every device of a kind, or "
                           "all of them: raw disks, memory, the console. It is what privileged mode grants. runc "
                           "allows a short list (null, zero, full, random, urandom, tty, ptmx, pts, tun); allow "
                           "other devices one by one."),
         true},
        {"security.devices.allow-extra",
         S::Info,
         {{Std::DockerBench, "5.18"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "This device cgroup rule allows a device beyond runc's default list. Make sure the "
                           "container really needs it: a device node is direct access to host hardware or a kernel "
                           "driver."),
         true},
        {"security.device.block",
         S::Warning,
         {{Std::DockerBench, "5.18"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "The container gets a block device node. Whoever may write a disk below its file system "
                           "bypasses every permission on it, and reading it reveals all its files."),
         true},
        {"security.device.extra",
         S::Info,
         {{Std::DockerBench, "5.18"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "The container gets a device node beyond the ones runc creates (null, zero, full, random, "
                           "urandom, tty). Each is a door to a host driver; keep only those the program uses."),
         true},

        // --- kernel parameters and hooks ---------------------------------------------------------
        {"security.sysctl.unsafe",
         S::Warning,
         {{Std::PssBaseline, "Sysctls"}, {Std::PssRestricted, "Sysctls"}, {Std::Trivy, "KSV026"}},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Kubernetes calls only a few sysctls safe: namespaced ones that cannot affect other "
                           "containers or the host. Others may change kernel behaviour for everyone or weaken its "
                           "protections, and runc refuses those that are not namespaced at all."),
         true},
        {"security.hook.host-binary",
         S::Info,
         {},
         QT_TRANSLATE_NOOP("SecurityReview",
                           "Hooks run programs of the host as the runtime's user, usually root, outside the "
                           "container's restrictions (createContainer hooks enter its namespaces, but the program "
                           "still comes from the host). Whoever can change the configuration or the program can run "
                           "code as root on the host. Keep only hooks you know."),
         true},
    };
    return rules;
}

} // namespace

namespace SecurityRules {

const QList<SecurityRule> &all()
{
    return table();
}

const SecurityRule *find(const QString &code)
{
    static const QHash<QString, const SecurityRule *> byCode = [] {
        QHash<QString, const SecurityRule *> index;
        for (const SecurityRule &rule : table())
            index.insert(QLatin1String(rule.code), &rule);
        return index;
    }();
    return byCode.value(code);
}

QList<SecurityStandard> standards()
{
    return {Std::DockerBench, Std::PssBaseline, Std::PssRestricted, Std::Kubesec, Std::Trivy};
}

QString standardName(SecurityStandard standard)
{
    switch (standard) {
    case Std::DockerBench: return QCoreApplication::translate("SecurityReview", "Docker Bench §5");
    case Std::PssBaseline: return QCoreApplication::translate("SecurityReview", "PSS baseline");
    case Std::PssRestricted: return QCoreApplication::translate("SecurityReview", "PSS restricted");
    case Std::Kubesec: return QCoreApplication::translate("SecurityReview", "kubesec");
    case Std::Trivy: return QCoreApplication::translate("SecurityReview", "Trivy");
    }
    return {};
}

QString standardId(SecurityStandard standard)
{
    switch (standard) {
    case Std::DockerBench: return QStringLiteral("docker-bench");
    case Std::PssBaseline: return QStringLiteral("pss-baseline");
    case Std::PssRestricted: return QStringLiteral("pss-restricted");
    case Std::Kubesec: return QStringLiteral("kubesec");
    case Std::Trivy: return QStringLiteral("trivy");
    }
    return {};
}

QString referenceText(const SecurityReference &reference)
{
    const QString control = QString::fromUtf8(reference.control);
    switch (reference.standard) {
    case Std::DockerBench:
        //: A control of Docker Bench for Security, e.g. "Docker Bench 5.4".
        return QCoreApplication::translate("SecurityReview", "Docker Bench %1").arg(control);
    case Std::PssBaseline:
        //: A control of the Pod Security Standards' baseline profile, e.g. "PSS baseline: Capabilities".
        return QCoreApplication::translate("SecurityReview", "PSS baseline: %1").arg(control);
    case Std::PssRestricted:
        //: A control of the Pod Security Standards' restricted profile.
        return QCoreApplication::translate("SecurityReview", "PSS restricted: %1").arg(control);
    case Std::Kubesec:
        //: A rule of kubesec, e.g. "kubesec CapSysAdmin".
        return QCoreApplication::translate("SecurityReview", "kubesec %1").arg(control);
    case Std::Trivy:
        //: A check of Trivy, e.g. "Trivy KSV005".
        return QCoreApplication::translate("SecurityReview", "Trivy %1").arg(control);
    }
    return control;
}

QStringList referenceTexts(const SecurityRule &rule)
{
    QStringList texts;
    for (const SecurityReference &reference : rule.references)
        texts << referenceText(reference);
    return texts;
}

bool references(const SecurityRule &rule, SecurityStandard standard)
{
    return std::any_of(rule.references.begin(), rule.references.end(),
                       [standard](const SecurityReference &reference) { return reference.standard == standard; });
}

QString explanation(const SecurityRule &rule)
{
    return QCoreApplication::translate("SecurityReview", rule.explanation);
}

QStringList runcDefaultCapabilities()
{
    return {QStringLiteral("CAP_AUDIT_WRITE"), QStringLiteral("CAP_KILL"), QStringLiteral("CAP_NET_BIND_SERVICE")};
}

QStringList dockerDefaultCapabilities()
{
    return {QStringLiteral("CAP_AUDIT_WRITE"),  QStringLiteral("CAP_CHOWN"),
            QStringLiteral("CAP_DAC_OVERRIDE"), QStringLiteral("CAP_FOWNER"),
            QStringLiteral("CAP_FSETID"),       QStringLiteral("CAP_KILL"),
            QStringLiteral("CAP_MKNOD"),        QStringLiteral("CAP_NET_BIND_SERVICE"),
            QStringLiteral("CAP_NET_RAW"),      QStringLiteral("CAP_SETFCAP"),
            QStringLiteral("CAP_SETGID"),       QStringLiteral("CAP_SETPCAP"),
            QStringLiteral("CAP_SETUID"),       QStringLiteral("CAP_SYS_CHROOT")};
}

QStringList pssBaselineCapabilities()
{
    QStringList capabilities = dockerDefaultCapabilities();
    capabilities.removeOne(QStringLiteral("CAP_NET_RAW"));
    return capabilities;
}

QStringList runcMaskedPaths()
{
    return {QStringLiteral("/proc/acpi"),          QStringLiteral("/proc/asound"),
            QStringLiteral("/proc/kcore"),         QStringLiteral("/proc/keys"),
            QStringLiteral("/proc/latency_stats"), QStringLiteral("/proc/timer_list"),
            QStringLiteral("/proc/timer_stats"),   QStringLiteral("/proc/sched_debug"),
            QStringLiteral("/sys/firmware"),       QStringLiteral("/proc/scsi")};
}

QStringList runcReadonlyPaths()
{
    return {QStringLiteral("/proc/bus"), QStringLiteral("/proc/fs"), QStringLiteral("/proc/irq"),
            QStringLiteral("/proc/sys"), QStringLiteral("/proc/sysrq-trigger")};
}

QStringList safeSysctls()
{
    return {QStringLiteral("kernel.shm_rmid_forced"),
            QStringLiteral("net.ipv4.ip_local_port_range"),
            QStringLiteral("net.ipv4.ip_unprivileged_port_start"),
            QStringLiteral("net.ipv4.tcp_syncookies"),
            QStringLiteral("net.ipv4.ping_group_range"),
            QStringLiteral("net.ipv4.ip_local_reserved_ports"),
            QStringLiteral("net.ipv4.tcp_keepalive_time"),
            QStringLiteral("net.ipv4.tcp_fin_timeout"),
            QStringLiteral("net.ipv4.tcp_keepalive_intvl"),
            QStringLiteral("net.ipv4.tcp_keepalive_probes")};
}

QStringList pssSelinuxTypes()
{
    return {QStringLiteral("container_t"), QStringLiteral("container_init_t"), QStringLiteral("container_kvm_t"),
            QStringLiteral("container_engine_t")};
}

} // namespace SecurityRules
