// SPDX-License-Identifier: Apache-2.0
#include "catalogueentries.h"

#include <QtGlobal>

#include <deque>
#include <string>

// Field descriptions are written in our own words; the facts (types, ranges,
// allowed values, versions) follow the runtime-spec text, schema and ChangeLog.

namespace {

using K = JsonKind;
using V = SpecVersion;
using F = ValueFormat;

// Sections, named after the headings of the specification.
const char *const kSecConfig = QT_TRANSLATE_NOOP("SpecCatalogue", "Configuration");
const char *const kSecRoot = QT_TRANSLATE_NOOP("SpecCatalogue", "Root");
const char *const kSecMounts = QT_TRANSLATE_NOOP("SpecCatalogue", "Mounts");
const char *const kSecProcess = QT_TRANSLATE_NOOP("SpecCatalogue", "Process");
const char *const kSecUser = QT_TRANSLATE_NOOP("SpecCatalogue", "Process: User");
const char *const kSecCaps = QT_TRANSLATE_NOOP("SpecCatalogue", "Process: Capabilities");
const char *const kSecRlimits = QT_TRANSLATE_NOOP("SpecCatalogue", "Process: Resource limits");
const char *const kSecScheduler = QT_TRANSLATE_NOOP("SpecCatalogue", "Process: Scheduler");
const char *const kSecIoPriority = QT_TRANSLATE_NOOP("SpecCatalogue", "Process: I/O priority");
const char *const kSecAffinity = QT_TRANSLATE_NOOP("SpecCatalogue", "Process: CPU affinity");
const char *const kSecHostname = QT_TRANSLATE_NOOP("SpecCatalogue", "Hostname");
const char *const kSecHooks = QT_TRANSLATE_NOOP("SpecCatalogue", "Hooks");
const char *const kSecAnnotations = QT_TRANSLATE_NOOP("SpecCatalogue", "Annotations");
const char *const kSecLinux = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux");
const char *const kSecNamespaces = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Namespaces");
const char *const kSecIdMappings = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: User namespace mappings");
const char *const kSecTimeOffsets = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Time namespace offsets");
const char *const kSecDevices = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Devices");
const char *const kSecNetDevices = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Network devices");
const char *const kSecCgroups = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Control groups");
const char *const kSecCgDevices = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Allowed device list");
const char *const kSecMemory = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Memory");
const char *const kSecCpu = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: CPU");
const char *const kSecBlockIO = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Block IO");
const char *const kSecHugepages = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Huge page limits");
const char *const kSecNetwork = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Network");
const char *const kSecPids = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: PIDs");
const char *const kSecRdma = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: RDMA");
const char *const kSecUnified = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Unified");
const char *const kSecIntelRdt = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: IntelRdt");
const char *const kSecMemoryPolicy = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Memory policy");
const char *const kSecSysctl = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Sysctl");
const char *const kSecSeccomp = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Seccomp");
const char *const kSecPropagation = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Rootfs mount propagation");
const char *const kSecMasked = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Masked paths");
const char *const kSecReadonly = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Readonly paths");
const char *const kSecMountLabel = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Mount label");
const char *const kSecPersonality = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux: Personality");
const char *const kSecWindows = QT_TRANSLATE_NOOP("SpecCatalogue", "Windows");
const char *const kSecWinDevices = QT_TRANSLATE_NOOP("SpecCatalogue", "Windows: Devices");
const char *const kSecWinResources = QT_TRANSLATE_NOOP("SpecCatalogue", "Windows: Resources");
const char *const kSecWinNetwork = QT_TRANSLATE_NOOP("SpecCatalogue", "Windows: Network");
const char *const kSecHyperV = QT_TRANSLATE_NOOP("SpecCatalogue", "Windows: Hyper-V");
const char *const kSecVm = QT_TRANSLATE_NOOP("SpecCatalogue", "Virtual machine");
const char *const kSecVmHardware = QT_TRANSLATE_NOOP("SpecCatalogue", "Virtual machine: Hardware");
const char *const kSecSolaris = QT_TRANSLATE_NOOP("SpecCatalogue", "Solaris");
const char *const kSecSolarisNet = QT_TRANSLATE_NOOP("SpecCatalogue", "Solaris: Automatic network");
const char *const kSecZos = QT_TRANSLATE_NOOP("SpecCatalogue", "z/OS");
const char *const kSecZosNamespaces = QT_TRANSLATE_NOOP("SpecCatalogue", "z/OS: Namespaces");
const char *const kSecZosDevices = QT_TRANSLATE_NOOP("SpecCatalogue", "z/OS: Devices");
const char *const kSecFreebsd = QT_TRANSLATE_NOOP("SpecCatalogue", "FreeBSD");
const char *const kSecFreebsdDevices = QT_TRANSLATE_NOOP("SpecCatalogue", "FreeBSD: Devices");
const char *const kSecJail = QT_TRANSLATE_NOOP("SpecCatalogue", "FreeBSD: Jail");

// Allowed values.
constexpr const char *kNamespaceTypes[] = {"mount", "pid", "network", "uts", "ipc", "user", "cgroup", "time"};
constexpr const char *kRlimitTypes[] = {"RLIMIT_AS",     "RLIMIT_CORE",   "RLIMIT_CPU",        "RLIMIT_DATA",
                                        "RLIMIT_FSIZE",  "RLIMIT_LOCKS",  "RLIMIT_MEMLOCK",    "RLIMIT_MSGQUEUE",
                                        "RLIMIT_NICE",   "RLIMIT_NOFILE", "RLIMIT_NPROC",      "RLIMIT_RSS",
                                        "RLIMIT_RTPRIO", "RLIMIT_RTTIME", "RLIMIT_SIGPENDING", "RLIMIT_STACK"};
constexpr const char *kSchedulerPolicies[] = {"SCHED_OTHER", "SCHED_FIFO", "SCHED_RR",      "SCHED_BATCH",
                                              "SCHED_ISO",   "SCHED_IDLE", "SCHED_DEADLINE"};
constexpr const char *kSchedulerFlags[] = {
    "SCHED_FLAG_RESET_ON_FORK", "SCHED_FLAG_RECLAIM",        "SCHED_FLAG_DL_OVERRUN",    "SCHED_FLAG_KEEP_POLICY",
    "SCHED_FLAG_KEEP_PARAMS",   "SCHED_FLAG_UTIL_CLAMP_MIN", "SCHED_FLAG_UTIL_CLAMP_MAX"};
constexpr const char *kIoPriorityClasses[] = {"IOPRIO_CLASS_RT", "IOPRIO_CLASS_BE", "IOPRIO_CLASS_IDLE"};
constexpr const char *kDeviceTypes[] = {"c", "b", "u", "p"};
constexpr const char *kCgroupDeviceTypes[] = {"a", "c", "b"};
constexpr const char *kRootfsPropagation[] = {"private", "shared", "slave", "unbindable"};
constexpr const char *kSeccompActions[] = {"SCMP_ACT_KILL",  "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD",
                                           "SCMP_ACT_TRAP",  "SCMP_ACT_ERRNO",        "SCMP_ACT_TRACE",
                                           "SCMP_ACT_ALLOW", "SCMP_ACT_LOG",          "SCMP_ACT_NOTIFY"};
constexpr const char *kSeccompOperators[] = {"SCMP_CMP_NE", "SCMP_CMP_LT", "SCMP_CMP_LE",       "SCMP_CMP_EQ",
                                             "SCMP_CMP_GE", "SCMP_CMP_GT", "SCMP_CMP_MASKED_EQ"};
constexpr const char *kSeccompFlags[] = {"SECCOMP_FILTER_FLAG_TSYNC", "SECCOMP_FILTER_FLAG_LOG",
                                         "SECCOMP_FILTER_FLAG_SPEC_ALLOW", "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV"};
constexpr const char *kSeccompArchitectures[] = {
    "SCMP_ARCH_X86",         "SCMP_ARCH_X86_64",   "SCMP_ARCH_X32",         "SCMP_ARCH_ARM",    "SCMP_ARCH_AARCH64",
    "SCMP_ARCH_LOONGARCH64", "SCMP_ARCH_M68K",     "SCMP_ARCH_MIPS",        "SCMP_ARCH_MIPS64", "SCMP_ARCH_MIPS64N32",
    "SCMP_ARCH_MIPSEL",      "SCMP_ARCH_MIPSEL64", "SCMP_ARCH_MIPSEL64N32", "SCMP_ARCH_PPC",    "SCMP_ARCH_PPC64",
    "SCMP_ARCH_PPC64LE",     "SCMP_ARCH_S390",     "SCMP_ARCH_S390X",       "SCMP_ARCH_SH",     "SCMP_ARCH_SHEB",
    "SCMP_ARCH_PARISC",      "SCMP_ARCH_PARISC64", "SCMP_ARCH_RISCV64"};
constexpr const char *kMemoryPolicyModes[] = {
    "MPOL_DEFAULT",   "MPOL_BIND",           "MPOL_INTERLEAVE", "MPOL_WEIGHTED_INTERLEAVE",
    "MPOL_PREFERRED", "MPOL_PREFERRED_MANY", "MPOL_LOCAL"};
constexpr const char *kMemoryPolicyFlags[] = {"MPOL_F_NUMA_BALANCING", "MPOL_F_RELATIVE_NODES", "MPOL_F_STATIC_NODES"};
constexpr const char *kPersonalityDomains[] = {"LINUX", "LINUX32"};
constexpr const char *kWindowsDeviceIdTypes[] = {"class"};
constexpr const char *kVmImageFormats[] = {"raw", "qcow2", "vdi", "vmdk", "vhd"};
constexpr const char *kZosNamespaceTypes[] = {"mount", "pid", "uts", "ipc"};
constexpr const char *kFreebsdSharing[] = {"disable", "new", "inherit"};
constexpr const char *kFreebsdSharingNoDisable[] = {"new", "inherit"};
// Well-known Linux mount options, offered as suggestions: runtimes pass
// unknown ones on to the filesystem, so other values are fine.
constexpr const char *kMountOptions[] = {
    "async",   "atime",      "bind",        "defaults",  "dev",         "diratime",       "dirsync", "exec",
    "idmap",   "iversion",   "lazytime",    "loud",      "mand",        "noatime",        "nodev",   "nodiratime",
    "noexec",  "noiversion", "nolazytime",  "nomand",    "norelatime",  "nostrictatime",  "nosuid",  "nosymfollow",
    "private", "ratime",     "rbind",       "rdev",      "rdiratime",   "relatime",       "remount", "rexec",
    "ridmap",  "rnoatime",   "rnodiratime", "rnoexec",   "rnorelatime", "rnostrictatime", "rnosuid", "rnosymfollow",
    "ro",      "rprivate",   "rrelatime",   "rro",       "rrw",         "rshared",        "rslave",  "rstrictatime",
    "rsuid",   "rsymfollow", "runbindable", "rw",        "shared",      "silent",         "slave",   "strictatime",
    "suid",    "symfollow",  "sync",        "tmpcopyup", "unbindable"};

// Values added after their field, from the runtime-spec ChangeLog.
constexpr ValueSince kNewerNamespaceTypes[] = {{"time", V::V1_1_0}};
constexpr ValueSince kNewerSeccompActions[] = {{"SCMP_ACT_LOG", V::V1_0_2},
                                               {"SCMP_ACT_KILL_PROCESS", V::V1_1_0},
                                               {"SCMP_ACT_KILL_THREAD", V::V1_1_0},
                                               {"SCMP_ACT_NOTIFY", V::V1_1_0}};
constexpr ValueSince kNewerSeccompFlags[] = {{"SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV", V::V1_1_0}};
constexpr ValueSince kNewerSeccompArchitectures[] = {{"SCMP_ARCH_RISCV64", V::V1_1_0},
                                                     {"SCMP_ARCH_LOONGARCH64", V::V1_2_1},
                                                     {"SCMP_ARCH_M68K", V::V1_2_1},
                                                     {"SCMP_ARCH_SH", V::V1_2_1},
                                                     {"SCMP_ARCH_SHEB", V::V1_2_1}};
constexpr ValueSince kNewerMountOptions[] = {{"idmap", V::V1_2_0}, {"ridmap", V::V1_2_0}};

constexpr CapabilityInfo kCapabilities[] = {
    {"CAP_CHOWN", 0, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Change the owner and group of any file.")},
    {"CAP_DAC_OVERRIDE", 1, false,
     QT_TRANSLATE_NOOP("SpecCatalogue", "Ignore read, write and execute permission bits on files.")},
    {"CAP_DAC_READ_SEARCH", 2, true,
     QT_TRANSLATE_NOOP(
         "SpecCatalogue",
         "Read any file and list any directory; also allows opening files by handle, which can escape a chroot.")},
    {"CAP_FOWNER", 3, false,
     QT_TRANSLATE_NOOP("SpecCatalogue", "Act as the owner of any file, e.g. to change its mode.")},
    {"CAP_FSETID", 4, false,
     QT_TRANSLATE_NOOP("SpecCatalogue", "Keep set-user-ID and set-group-ID bits when a file is modified.")},
    {"CAP_KILL", 5, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Send signals to processes of other users.")},
    {"CAP_SETGID", 6, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Change group IDs and the supplementary group list.")},
    {"CAP_SETUID", 7, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Change user IDs.")},
    {"CAP_SETPCAP", 8, false,
     QT_TRANSLATE_NOOP("SpecCatalogue", "Change capability sets, e.g. drop bounding capabilities.")},
    {"CAP_LINUX_IMMUTABLE", 9, false,
     QT_TRANSLATE_NOOP("SpecCatalogue", "Set the immutable and append-only file attributes.")},
    {"CAP_NET_BIND_SERVICE", 10, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Bind sockets to ports below 1024.")},
    {"CAP_NET_BROADCAST", 11, false,
     QT_TRANSLATE_NOOP("SpecCatalogue", "Broadcast and listen to multicast (unused by the kernel).")},
    {"CAP_NET_ADMIN", 12, true,
     QT_TRANSLATE_NOOP("SpecCatalogue", "Configure network interfaces, routing, firewall rules and more.")},
    {"CAP_NET_RAW", 13, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Use raw and packet sockets, e.g. for ping.")},
    {"CAP_IPC_LOCK", 14, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Lock memory so it is never swapped out.")},
    {"CAP_IPC_OWNER", 15, false,
     QT_TRANSLATE_NOOP("SpecCatalogue", "Bypass permission checks on System V IPC objects.")},
    {"CAP_SYS_MODULE", 16, true, QT_TRANSLATE_NOOP("SpecCatalogue", "Load and unload kernel modules.")},
    {"CAP_SYS_RAWIO", 17, true,
     QT_TRANSLATE_NOOP("SpecCatalogue", "Access I/O ports and raw devices such as /dev/mem.")},
    {"CAP_SYS_CHROOT", 18, false,
     QT_TRANSLATE_NOOP("SpecCatalogue", "Use chroot and change mount namespaces with setns.")},
    {"CAP_SYS_PTRACE", 19, true, QT_TRANSLATE_NOOP("SpecCatalogue", "Trace and inspect any process.")},
    {"CAP_SYS_PACCT", 20, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Switch process accounting on or off.")},
    {"CAP_SYS_ADMIN", 21, true,
     QT_TRANSLATE_NOOP("SpecCatalogue", "A catch-all for administration: mounting, namespaces, quotas and much more.")},
    {"CAP_SYS_BOOT", 22, true, QT_TRANSLATE_NOOP("SpecCatalogue", "Reboot the machine and load a new kernel.")},
    {"CAP_SYS_NICE", 23, false,
     QT_TRANSLATE_NOOP("SpecCatalogue",
                       "Raise priorities and set real-time scheduling and CPU affinity of any process.")},
    {"CAP_SYS_RESOURCE", 24, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Exceed resource limits and quotas.")},
    {"CAP_SYS_TIME", 25, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Set the system clock.")},
    {"CAP_SYS_TTY_CONFIG", 26, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Hang up virtual terminals.")},
    {"CAP_MKNOD", 27, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Create device nodes.")},
    {"CAP_LEASE", 28, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Take leases on files owned by others.")},
    {"CAP_AUDIT_WRITE", 29, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Write records to the kernel audit log.")},
    {"CAP_AUDIT_CONTROL", 30, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Configure kernel auditing.")},
    {"CAP_SETFCAP", 31, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Give capabilities to files.")},
    {"CAP_MAC_OVERRIDE", 32, false,
     QT_TRANSLATE_NOOP("SpecCatalogue", "Override mandatory access control (e.g. Smack).")},
    {"CAP_MAC_ADMIN", 33, true, QT_TRANSLATE_NOOP("SpecCatalogue", "Change mandatory access control policy.")},
    {"CAP_SYSLOG", 34, false,
     QT_TRANSLATE_NOOP("SpecCatalogue", "Read and clear the kernel log; reveals kernel addresses.")},
    {"CAP_WAKE_ALARM", 35, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Set timers that wake the system up.")},
    {"CAP_BLOCK_SUSPEND", 36, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Prevent the system from suspending.")},
    {"CAP_AUDIT_READ", 37, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Read the audit log through a multicast socket.")},
    {"CAP_PERFMON", 38, true,
     QT_TRANSLATE_NOOP("SpecCatalogue", "Use performance monitoring, which exposes kernel internals.")},
    {"CAP_BPF", 39, true, QT_TRANSLATE_NOOP("SpecCatalogue", "Load BPF programs and create BPF maps.")},
    {"CAP_CHECKPOINT_RESTORE", 40, false,
     QT_TRANSLATE_NOOP("SpecCatalogue", "Checkpoint and restore processes, e.g. choose PIDs.")},
};

// Patterns built in loops need storage that lives as long as the catalogue.
const char *intern(const std::string &text)
{
    static std::deque<std::string> storage;
    storage.push_back(text);
    return storage.back().c_str();
}

class TableBuilder
{
public:
    void add(const FieldInfo &info) { m_fields.push_back(info); }
    void add(const std::string &pattern, FieldInfo info)
    {
        info.pattern = intern(pattern);
        m_fields.push_back(info);
    }
    std::vector<FieldInfo> take() { return std::move(m_fields); }

    void addTopLevel();
    void addMounts();
    void addIdMappingElements(const std::string &arrayPattern, const char *section, SpecVersion since);
    void addProcess();
    void addCapabilities();
    void addScheduling();
    void addHooks();
    void addLinux();
    void addLinuxResources();
    void addBlockIO();
    void addSeccomp();
    void addLinuxSecurity();
    void addWindows();
    void addVirtualMachine();
    void addSolaris();
    void addZos();
    void addFreebsd();

private:
    std::vector<FieldInfo> m_fields;
};

void TableBuilder::addTopLevel()
{
    add({.pattern = "",
         .kinds = K::Object,
         .section = kSecConfig,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Configuration"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "The whole container configuration."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The config.json of a bundle: everything a runtime needs to create the "
                                          "container besides the root filesystem itself.")});
    add({.pattern = "/ociVersion",
         .kinds = K::String,
         .format = F::SemVer,
         .required = true,
         .section = kSecConfig,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Spec version"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Version of the runtime specification this file follows."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Tells runtimes which edition of the runtime-spec the file was written for, as a SemVer string such as "
             "1.2.0. Fields introduced after that version may be ignored by strict tools.")});
    add({.pattern = "/root",
         .kinds = K::Object,
         .section = kSecRoot,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Root filesystem"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Where the container's root filesystem lives."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "Describes the directory that becomes / inside the container. Every platform needs it "
                               "except Windows with Hyper-V isolation, where it must be left out.")});
    add({.pattern = "/root/path",
         .kinds = K::String,
         .required = true,
         .section = kSecRoot,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Root path"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue",
                                      "Directory of the root filesystem, absolute or relative to the bundle."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The directory that will appear as / in the container. A relative path is "
                                          "taken from the bundle directory; by convention it is \"rootfs\". On Windows "
                                          "it is a volume GUID path such as \\\\?\\Volume{GUID}\\.")});
    add({.pattern = "/root/readonly",
         .kinds = K::Boolean,
         .defaultValue = "false",
         .section = kSecRoot,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Read-only root"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Mount the root filesystem read-only."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "When true, nothing in the container can write to its root filesystem; writable places must come from "
             "separate mounts such as a tmpfs. Windows does not support it: leave it out or false there.")});
    add({.pattern = "/hostname",
         .kinds = K::String,
         .section = kSecHostname,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Hostname"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Host name seen inside the container."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The name the container's processes get from uname and hostname. Setting it "
                                          "needs a UTS namespace of the container's own.")});
    add({.pattern = "/domainname",
         .kinds = K::String,
         .since = V::V1_1_0,
         .section = kSecHostname,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Domain name"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "NIS domain name seen inside the container."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The NIS/YP domain name of the container, as shown by domainname. Like the "
                                          "host name, it needs the container's own UTS namespace.")});
    add({.pattern = "/annotations",
         .kinds = K::Object,
         .section = kSecAnnotations,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Annotations"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Free-form key/value metadata."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "String metadata for tools that handle the container; runtimes do not act on it. Keys should use reverse "
             "domain names; the org.opencontainers prefix is reserved for the keys the specification lists.")});
    add({.pattern = "/annotations/{}",
         .kinds = K::String,
         .section = kSecAnnotations,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Annotation"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One metadata value."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "A string value stored under a non-empty key, for example com.example.owner.")});
}

void TableBuilder::addMounts()
{
    add({.pattern = "/mounts",
         .kinds = K::Array,
         .section = kSecMounts,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Mounts"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Filesystems mounted into the container, in order."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Extra filesystems (proc, tmpfs, bind mounts, ...) mounted on top of the root filesystem. They are "
             "mounted in list order, so a later mount on the same or a parent directory hides an earlier one. On "
             "Solaris each entry becomes an fs resource of the zone.")});
    add({.pattern = "/mounts/*",
         .kinds = K::Object,
         .section = kSecMounts,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Mount"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One mount point."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Says what to mount (source and type), where (destination) and how (options).")});
    add({.pattern = "/mounts/*/destination",
         .kinds = K::String,
         .format = F::PreferAbsolutePath,
         .required = true,
         .section = kSecMounts,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Destination"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Mount point inside the container."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The directory inside the container where the filesystem appears. Write it as an absolute path (on "
             "Windows with a drive letter, e.g. C:\\data); only Linux runtimes accept a relative one, for old "
             "configurations. On Windows no destination may lie inside another.")});
    add({.pattern = "/mounts/*/source",
         .kinds = K::String,
         .section = kSecMounts,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Source"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Device, directory or name to mount."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "For a bind mount the host file or directory (absolute or relative to the bundle); for other types "
             "whatever the filesystem expects, often just its name such as \"proc\" or \"tmpfs\". On Windows a local "
             "directory of the host: network shares and mapped drives do not work.")});
    add({.pattern = "/mounts/*/type",
         .kinds = K::String,
         .section = kSecMounts,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Filesystem type"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Filesystem type, e.g. proc, tmpfs, bind."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "The kind of filesystem, as listed in /proc/filesystems (proc, sysfs, tmpfs, ...). Bind "
                               "mounts may leave it out and use the bind or rbind option instead. Only POSIX platforms "
                               "use it; on Solaris it is the zone's fs type, e.g. lofs.")});
    add({.pattern = "/mounts/*/options",
         .kinds = K::Array,
         .section = kSecMounts,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Options"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Mount options such as ro, nosuid, bind."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "Flags and filesystem options in the style of mount -o: generic flags (ro, nosuid, "
                               "noexec), bind mode (bind, rbind), propagation (rprivate, rslave, ...) and idmap. "
                               "Options the runtime does not know are handed to the filesystem. Windows runtimes must "
                               "understand ro; on Solaris these are the options of the zone's fs resource.")});
    add({.pattern = "/mounts/*/options/*",
         .kinds = K::String,
         .allowed = kMountOptions,
         .openEnum = true,
         .newerValues = kNewerMountOptions,
         .section = kSecMounts,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Option"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One mount option."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "A single flag like nodev, or a filesystem option like mode=755.")});
    add({.pattern = "/mounts/*/uidMappings",
         .kinds = K::Array,
         .since = V::V1_1_0,
         .section = kSecMounts,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Mount UID mappings"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "User ID mapping for an ID-mapped mount."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Turns the mount into an ID-mapped mount: file owners on the source are translated by these ranges. Give "
             "gidMappings too, and add the idmap or ridmap option so older runtimes do not silently ignore it.")});
    addIdMappingElements("/mounts/*/uidMappings", kSecMounts, V::V1_1_0);
    add({.pattern = "/mounts/*/gidMappings",
         .kinds = K::Array,
         .since = V::V1_1_0,
         .section = kSecMounts,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Mount GID mappings"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Group ID mapping for an ID-mapped mount."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "The group counterpart of the mount's uidMappings; the two always come together.")});
    addIdMappingElements("/mounts/*/gidMappings", kSecMounts, V::V1_1_0);
}

void TableBuilder::addIdMappingElements(const std::string &arrayPattern, const char *section, SpecVersion since)
{
    add(arrayPattern + "/*",
        {.kinds = K::Object,
         .since = since,
         .section = section,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "ID range"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "A contiguous range of IDs mapped from host to container."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Maps size consecutive IDs starting at hostID on the host to IDs starting at "
                                          "containerID in the container.")});
    add(arrayPattern + "/*/containerID",
        {.kinds = K::Integer,
         .range = IntRange::UInt32,
         .since = since,
         .required = true,
         .section = section,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Container ID"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "First ID of the range inside the container."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The ID that processes in the container see for the first host ID of the "
                                          "range; 0 makes the range start at root.")});
    add(arrayPattern + "/*/hostID",
        {.kinds = K::Integer,
         .range = IntRange::UInt32,
         .since = since,
         .required = true,
         .section = section,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Host ID"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "First ID of the range on the host."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The real ID on the host that the start of the range stands for. For "
                                          "rootless containers it usually comes from /etc/subuid or /etc/subgid.")});
    add(arrayPattern + "/*/size",
        {.kinds = K::Integer,
         .range = IntRange::UInt32,
         .since = since,
         .required = true,
         .section = section,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Size"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Number of IDs in the range."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "How many consecutive IDs the range covers; IDs outside every range show up "
                                          "as the overflow ID (nobody).")});
}

void TableBuilder::addProcess()
{
    add({.pattern = "/process",
         .kinds = K::Object,
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Process"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "The program the container runs."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Describes the container's first process: command line, environment, user, "
                                          "privileges and limits. A runtime needs it to start the container.")});
    add({.pattern = "/process/terminal",
         .kinds = K::Boolean,
         .defaultValue = "false",
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Terminal"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Give the process a pseudo-terminal."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "When true, the runtime creates a pseudo-terminal and connects the process's "
                                          "standard input and outputs to it, as needed for interactive shells.")});
    add({.pattern = "/process/consoleSize",
         .kinds = K::Object,
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Console size"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Initial size of the terminal."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Rows and columns of the pseudo-terminal. It only matters when terminal is true.")});
    add({.pattern = "/process/consoleSize/height",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .unit = Unit::Characters,
         .required = true,
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Height"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Terminal rows."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "Number of text lines of the terminal.")});
    add({.pattern = "/process/consoleSize/width",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .unit = Unit::Characters,
         .required = true,
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Width"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Terminal columns."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "Number of characters per line of the terminal.")});
    add({.pattern = "/process/cwd",
         .kinds = K::String,
         .format = F::AbsolutePath,
         .required = true,
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Working directory"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Absolute directory the process starts in."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The current directory of the process when it starts, as an absolute path inside the container.")});
    add({.pattern = "/process/env",
         .kinds = K::Array,
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Environment"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Environment variables as KEY=VALUE."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The complete environment of the process; nothing is inherited from the "
                                          "runtime. Each entry has the form NAME=value, PATH usually among them.")});
    add({.pattern = "/process/env/*",
         .kinds = K::String,
         .format = F::EnvVar,
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Variable"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One NAME=value entry."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "A variable name, an equals sign and the value, e.g. TERM=xterm.")});
    add({.pattern = "/process/args",
         .kinds = K::Array,
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Arguments"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Program and its arguments."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "The command line as a list: the first entry names the program (looked up in PATH like "
                               "execvp does), the rest are its arguments. POSIX platforms need at least one entry; on "
                               "Windows args may be left out when commandLine is given.")});
    add({.pattern = "/process/args/*",
         .kinds = K::String,
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Argument"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One command-line argument."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "A single argument, passed as is without any shell interpretation.")});
    add({.pattern = "/process/commandLine",
         .kinds = K::String,
         .since = V::V1_0_2,
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Command line (Windows)"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Whole command line as one string, Windows only."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Windows runtimes prefer this single string; without it they quote and join "
                                          "the entries of args. Other platforms ignore it.")});
    add({.pattern = "/process/user",
         .kinds = K::Object,
         .section = kSecUser,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "User"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Identity the process runs as."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Numeric user and group IDs, as seen inside the container, plus extra groups and the umask. Names are not "
             "resolved: the runtime does not read /etc/passwd. Windows names the account in username instead.")});
    add({.pattern = "/process/user/uid",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .required = true,
         .requiredOn = kPosixPlatforms,
         .section = kSecUser,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "User ID"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Numeric user ID inside the container."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The user the process runs as, counted in the container's user namespace; 0 is root there.")});
    add({.pattern = "/process/user/gid",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .required = true,
         .requiredOn = kPosixPlatforms,
         .section = kSecUser,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Group ID"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Numeric primary group ID inside the container."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "The primary group of the process, counted in the container's user namespace.")});
    add({.pattern = "/process/user/umask",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .since = V::V1_0_2,
         .section = kSecUser,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Umask"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "File creation mask, in decimal."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "Permission bits removed from newly created files. JSON has no octal numbers, so 0022 "
                               "is written as 18. Without it the runtime's own umask stays in effect.")});
    add({.pattern = "/process/user/additionalGids",
         .kinds = K::Array,
         .section = kSecUser,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Additional groups"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Supplementary group IDs."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Further groups the process belongs to, for access to files owned by those groups.")});
    add({.pattern = "/process/user/additionalGids/*",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .section = kSecUser,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Group ID"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One supplementary group ID."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "A numeric group ID inside the container.")});
    add({.pattern = "/process/user/username",
         .kinds = K::String,
         .section = kSecUser,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "User name (Windows)"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Account name, Windows only."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Windows runs the process as this account. Linux runtimes ignore it and use uid and gid.")});
    add({.pattern = "/process/rlimits",
         .kinds = K::Array,
         .section = kSecRlimits,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Resource limits"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "setrlimit limits for the process."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Per-process limits such as the number of open files, set with setrlimit before the program starts. Each "
             "type may appear only once. POSIX platforms have them, Windows does not.")});
    add({.pattern = "/process/rlimits/*",
         .kinds = K::Object,
         .section = kSecRlimits,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Resource limit"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One limit with its soft and hard value."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "The soft value is what is enforced; the process may raise it up to the hard value.")});
    add({.pattern = "/process/rlimits/*/type",
         .kinds = K::String,
         .allowed = kRlimitTypes,
         .allowedValuesOn = Platform::Linux,
         .required = true,
         .section = kSecRlimits,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Type"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Which resource to limit, e.g. RLIMIT_NOFILE."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The resource, named as in getrlimit(2). A runtime refuses names the kernel does not know; other systems "
             "than Linux have limits of their own, such as RLIMIT_VMEM on Solaris.")});
    add({.pattern = "/process/rlimits/*/soft",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .required = true,
         .section = kSecRlimits,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Soft limit"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "The enforced limit."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The value the kernel enforces. It must not exceed the hard limit; "
                                          "18446744073709551615 means unlimited.")});
    add({.pattern = "/process/rlimits/*/hard",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .required = true,
         .section = kSecRlimits,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Hard limit"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Highest value the soft limit may be raised to."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "The highest value the process may raise its soft limit to; raising the hard limit "
                               "itself needs CAP_SYS_RESOURCE. 18446744073709551615 means unlimited.")});
    add({.pattern = "/process/noNewPrivileges",
         .kinds = K::Boolean,
         .defaultValue = "false",
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "No new privileges"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Forbid gaining privileges through exec."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Sets the no_new_privs bit: set-user-ID programs and file capabilities no longer raise privileges, so the "
             "process can never become more powerful than it starts. Linux and z/OS know this setting.")});
    add({.pattern = "/process/apparmorProfile",
         .kinds = K::String,
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "AppArmor profile"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "AppArmor profile to confine the process."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Name of an AppArmor profile loaded on the host; the process is confined by "
                                          "it. Leave it empty where AppArmor is not in use.")});
    add({.pattern = "/process/oomScoreAdj",
         .kinds = K::Integer,
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "OOM score adjustment"),
         .summary =
             QT_TRANSLATE_NOOP("SpecCatalogue", "Makes the process more or less likely to be killed on out-of-memory."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Written to /proc/PID/oom_score_adj, from -1000 (never kill) to 1000 (kill "
                                          "first). When absent, the value is left as inherited.")});
    add({.pattern = "/process/selinuxLabel",
         .kinds = K::String,
         .section = kSecProcess,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "SELinux label"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "SELinux context of the process."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "The SELinux security context the process runs in, e.g. "
                               "system_u:system_r:container_t:s0. Only used on hosts with SELinux enabled.")});
    addCapabilities();
    addScheduling();
}

void TableBuilder::addCapabilities()
{
    add({.pattern = "/process/capabilities",
         .kinds = K::Object,
         .section = kSecCaps,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Capabilities"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Root privileges the process keeps."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Linux splits root's power into capabilities; these five sets say which of "
                                          "them the process keeps. Capabilities not listed are dropped, which is the "
                                          "main way to make a container root less powerful than host root.")});
    struct CapSet
    {
        const char *pattern;
        const char *title;
        const char *summary;
        const char *explanation;
    };
    const CapSet sets[] = {
        {"/process/capabilities/bounding", QT_TRANSLATE_NOOP("SpecCatalogue", "Bounding set"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Upper limit of capabilities ever obtainable."),
         QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "No capability outside this set can be gained again, not even by executing a privileged program.")},
        {"/process/capabilities/effective", QT_TRANSLATE_NOOP("SpecCatalogue", "Effective set"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Capabilities checked by the kernel right now."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "The capabilities the kernel actually checks when the process acts. Each of them must also "
                           "be in the permitted set, otherwise the kernel refuses the whole configuration.")},
        {"/process/capabilities/inheritable", QT_TRANSLATE_NOOP("SpecCatalogue", "Inheritable set"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Capabilities that can pass through exec."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "Capabilities preserved across execve for programs whose file capabilities allow them; also "
                           "a precondition for ambient capabilities.")},
        {"/process/capabilities/permitted", QT_TRANSLATE_NOOP("SpecCatalogue", "Permitted set"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Capabilities the process may switch on."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "The pool from which the effective set is drawn. A capability missing here is gone for good "
                           "for this process.")},
        {"/process/capabilities/ambient", QT_TRANSLATE_NOOP("SpecCatalogue", "Ambient set"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Capabilities kept across exec of ordinary programs."),
         QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Capabilities a non-root process keeps after executing a program without file capabilities. The kernel "
             "only accepts those that are both permitted and inheritable and drops the others.")},
    };
    for (const CapSet &set : sets) {
        add({.pattern = set.pattern,
             .kinds = K::Array,
             .section = kSecCaps,
             .title = set.title,
             .summary = set.summary,
             .explanation = set.explanation});
        add(std::string(set.pattern) + "/*",
            {.kinds = K::String,
             .format = F::Capability,
             .section = kSecCaps,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Capability"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One capability name, e.g. CAP_NET_BIND_SERVICE."),
             .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                              "A capability as named in capabilities(7), with the CAP_ prefix.")});
    }
}

void TableBuilder::addScheduling()
{
    add({.pattern = "/process/scheduler",
         .kinds = K::Object,
         .since = V::V1_1_0,
         .section = kSecScheduler,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Scheduler"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "CPU scheduling policy of the process."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Applied with sched_setattr before the program starts: the policy plus the "
                                          "parameters it uses (nice value, real-time priority, deadline times).")});
    add({.pattern = "/process/scheduler/policy",
         .kinds = K::String,
         .allowed = kSchedulerPolicies,
         .since = V::V1_1_0,
         .required = true,
         .section = kSecScheduler,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Policy"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Scheduling policy, e.g. SCHED_OTHER or SCHED_FIFO."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "SCHED_OTHER is normal time sharing; SCHED_FIFO and SCHED_RR are real-time; SCHED_BATCH and SCHED_IDLE "
             "are for background work; SCHED_DEADLINE runs by runtime, deadline and period.")});
    add({.pattern = "/process/scheduler/nice",
         .kinds = K::Integer,
         .range = IntRange::Int32,
         .defaultValue = "0",
         .since = V::V1_1_0,
         .section = kSecScheduler,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Nice value"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Niceness for the normal policies; lower runs sooner."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "From -20 (most favoured) to 19 (least favoured); used by SCHED_OTHER and SCHED_BATCH.")});
    add({.pattern = "/process/scheduler/priority",
         .kinds = K::Integer,
         .range = IntRange::Int32,
         .defaultValue = "0",
         .since = V::V1_1_0,
         .section = kSecScheduler,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Static priority"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Real-time priority for SCHED_FIFO and SCHED_RR."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "1 to 99 for the real-time policies, higher wins; the other policies need 0.")});
    add({.pattern = "/process/scheduler/flags",
         .kinds = K::Array,
         .since = V::V1_1_0,
         .section = kSecScheduler,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Flags"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Extra sched_setattr flags."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Modifiers of the policy, such as resetting it in child processes (SCHED_FLAG_RESET_ON_FORK).")});
    add({.pattern = "/process/scheduler/flags/*",
         .kinds = K::String,
         .allowed = kSchedulerFlags,
         .since = V::V1_1_0,
         .section = kSecScheduler,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Flag"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One scheduler flag."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "A SCHED_FLAG_* constant from sched_setattr(2).")});
    add({.pattern = "/process/scheduler/runtime",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .unit = Unit::Nanoseconds,
         .defaultValue = "0",
         .since = V::V1_1_0,
         .section = kSecScheduler,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Runtime"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "CPU time per period for SCHED_DEADLINE."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "How much CPU time the process gets in each period under the deadline policy.")});
    add({.pattern = "/process/scheduler/deadline",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .unit = Unit::Nanoseconds,
         .defaultValue = "0",
         .since = V::V1_1_0,
         .section = kSecScheduler,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Deadline"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Time by which the runtime must be delivered."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Measured from the start of each period; it must lie between runtime and period.")});
    add({.pattern = "/process/scheduler/period",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .unit = Unit::Nanoseconds,
         .defaultValue = "0",
         .since = V::V1_1_0,
         .section = kSecScheduler,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Period"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Length of one deadline period."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "The interval in which the deadline scheduler hands out the runtime again.")});
    add({.pattern = "/process/ioPriority",
         .kinds = K::Object,
         .since = V::V1_1_0,
         .section = kSecIoPriority,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "I/O priority"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Disk scheduling class and level."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Set with ioprio_set for the container's processes; it decides how the I/O "
                                          "scheduler ranks their disk requests.")});
    add({.pattern = "/process/ioPriority/class",
         .kinds = K::String,
         .allowed = kIoPriorityClasses,
         .since = V::V1_1_0,
         .required = true,
         .section = kSecIoPriority,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Class"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Real-time, best-effort or idle."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "IOPRIO_CLASS_RT always goes first, IOPRIO_CLASS_BE is the normal class, "
                                          "IOPRIO_CLASS_IDLE only gets the disk when nobody else wants it.")});
    add({.pattern = "/process/ioPriority/priority",
         .kinds = K::Integer,
         .range = IntRange::Int32,
         .since = V::V1_1_0,
         .required = true,
         .section = kSecIoPriority,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Level"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Level within the class, 0 (highest) to 7."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "Orders processes within the same class; 0 is served first, 7 last.")});
    add({.pattern = "/process/execCPUAffinity",
         .kinds = K::Object,
         .since = V::V1_2_1,
         .section = kSecAffinity,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Exec CPU affinity"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "CPUs used while executing extra processes."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "Pins processes started with exec into a running container to certain CPUs, before and "
                               "after they join its cgroup. The container's first process is not affected.")});
    add({.pattern = "/process/execCPUAffinity/initial",
         .kinds = K::String,
         .format = F::CpuList,
         .since = V::V1_2_1,
         .section = kSecAffinity,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Initial CPUs"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "CPUs before joining the container's cgroup, e.g. 0-3,7."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The CPU list the runtime's helper runs on until the process is moved into the container's cgroup.")});
    add({.pattern = "/process/execCPUAffinity/final",
         .kinds = K::String,
         .format = F::CpuList,
         .since = V::V1_2_1,
         .section = kSecAffinity,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Final CPUs"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "CPUs after joining the container's cgroup."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The CPU list applied once the process is in the cgroup. Empty or absent "
                                          "leaves the choice to the kernel and the cgroup's cpuset.")});
}

void TableBuilder::addHooks()
{
    add({.pattern = "/hooks",
         .kinds = K::Object,
         .section = kSecHooks,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Hooks"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Programs run at points of the container's lifecycle."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "Host programs the runtime calls while creating, starting and removing the container, "
                               "for example to set up networking. Each receives the container state as JSON on its "
                               "standard input. Hooks belong to the POSIX platforms; Windows has none.")});
    struct HookKind
    {
        const char *name;
        SpecVersion since;
        bool deprecated;
        const char *title;
        const char *summary;
        const char *explanation;
    };
    const HookKind kinds[] = {
        {"prestart", V::V1_0_0, true, QT_TRANSLATE_NOOP("SpecCatalogue", "Prestart hooks"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Deprecated: run after the environment is created, before pivot_root."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "The oldest hook kind, run in the runtime's namespaces once the container's namespaces "
                           "exist. It is deprecated: use createRuntime hooks instead.")},
        {"createRuntime", V::V1_0_2, false, QT_TRANSLATE_NOOP("SpecCatalogue", "createRuntime hooks"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Run in the runtime's namespaces during create."),
         QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Called during create, after the namespaces exist but before the root filesystem is switched, in the "
             "runtime's own namespaces: the place to configure networking from the host.")},
        {"createContainer", V::V1_0_2, false, QT_TRANSLATE_NOOP("SpecCatalogue", "createContainer hooks"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Run in the container's namespaces during create."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "Called during create inside the container's mount namespace, before pivot_root, so they "
                           "can still prepare mounts.")},
        {"startContainer", V::V1_0_2, false, QT_TRANSLATE_NOOP("SpecCatalogue", "startContainer hooks"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Run inside the container just before the program starts."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "Called during start in the container, right before the user program is executed; the path "
                           "is resolved in the container.")},
        {"poststart", V::V1_0_0, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Poststart hooks"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Run on the host after the program has started."),
         QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Called in the runtime's namespaces after the user program is running, e.g. to notify a supervisor.")},
        {"poststop", V::V1_0_0, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Poststop hooks"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Run on the host after the container is deleted."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "Called in the runtime's namespaces once the container has been deleted, to clean up what "
                           "the other hooks set up. Their failure is only logged.")},
    };
    for (const HookKind &kind : kinds) {
        const std::string base = std::string("/hooks/") + kind.name;
        add(base,
            {.kinds = K::Array,
             .since = kind.since,
             .deprecated = kind.deprecated,
             .section = kSecHooks,
             .title = kind.title,
             .summary = kind.summary,
             .explanation = kind.explanation});
        add(base + "/*",
            {.kinds = K::Object,
             .since = kind.since,
             .section = kSecHooks,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Hook"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One program to call."),
             .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                              "A host program with its arguments, environment and an optional time "
                                              "limit. Hooks of one kind run in list order.")});
        add(base + "/*/path",
            {.kinds = K::String,
             .format = F::AbsolutePath,
             .since = kind.since,
             .required = true,
             .section = kSecHooks,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Path"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Absolute path of the hook program."),
             .explanation = QT_TRANSLATE_NOOP(
                 "SpecCatalogue", "The executable to run. It must be absolute; no PATH search takes place.")});
        add(base + "/*/args",
            {.kinds = K::Array,
             .since = kind.since,
             .section = kSecHooks,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Arguments"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Argument vector, including the program name."),
             .explanation = QT_TRANSLATE_NOOP(
                 "SpecCatalogue", "Passed as argv, so the first entry is what the program sees as its own name.")});
        add(base + "/*/args/*",
            {.kinds = K::String,
             .since = kind.since,
             .section = kSecHooks,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Argument"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One argument."),
             .explanation =
                 QT_TRANSLATE_NOOP("SpecCatalogue", "A single argument, passed without shell interpretation.")});
        add(base + "/*/env",
            {.kinds = K::Array,
             .since = kind.since,
             .section = kSecHooks,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Environment"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Environment of the hook as NAME=value."),
             .explanation = QT_TRANSLATE_NOOP(
                 "SpecCatalogue", "The hook's complete environment, in the same form as the process environment.")});
        add(base + "/*/env/*",
            {.kinds = K::String,
             .format = F::EnvVar,
             .since = kind.since,
             .section = kSecHooks,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Variable"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One NAME=value entry."),
             .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "A variable name, an equals sign and the value.")});
        add(base + "/*/timeout",
            {.kinds = K::Integer,
             .range = IntRange::Positive,
             .unit = Unit::Seconds,
             .since = kind.since,
             .section = kSecHooks,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Timeout"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Seconds before the hook is aborted."),
             .explanation = QT_TRANSLATE_NOOP(
                 "SpecCatalogue",
                 "If the hook runs longer, the runtime stops it and treats it as failed. Must be at least 1.")});
    }
}

void TableBuilder::addLinux()
{
    add({.pattern = "/linux",
         .kinds = K::Object,
         .section = kSecLinux,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Linux"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Settings that only exist on Linux."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Namespaces, ID mappings, devices, cgroup limits, seccomp and the other "
                                          "kernel features that isolate a Linux container.")});
    add({.pattern = "/linux/namespaces",
         .kinds = K::Array,
         .section = kSecNamespaces,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Namespaces"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Kernel namespaces the container gets or joins."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Each listed type gives the container its own view of that resource (processes, network, mounts, ...), "
             "either new or an existing one given by path. Types not listed are shared with the host.")});
    add({.pattern = "/linux/namespaces/*",
         .kinds = K::Object,
         .section = kSecNamespaces,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Namespace"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One namespace."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "A namespace type, and optionally the path of an existing namespace to join instead of creating one.")});
    add({.pattern = "/linux/namespaces/*/type",
         .kinds = K::String,
         .allowed = kNamespaceTypes,
         .newerValues = kNewerNamespaceTypes,
         .required = true,
         .section = kSecNamespaces,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Type"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue",
                                      "Which namespace: pid, network, mount, ipc, uts, user, cgroup or time."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "pid isolates process IDs, network the network stack, mount the mount table, ipc System "
                               "V IPC and message queues, uts the host name, user the user and group IDs, cgroup the "
                               "cgroup view and time the boot and monotonic clocks. Each type may appear once.")});
    add({.pattern = "/linux/namespaces/*/path",
         .kinds = K::String,
         .format = F::AbsolutePath,
         .section = kSecNamespaces,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Path"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Existing namespace to join, e.g. /proc/1234/ns/net."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "An absolute path to a namespace file on the host. When set, the container joins that "
                               "namespace instead of getting a new one; it must be of the same type.")});
    add({.pattern = "/linux/uidMappings",
         .kinds = K::Array,
         .section = kSecIdMappings,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "UID mappings"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "How container user IDs map to host user IDs."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Ranges written to the user namespace's uid_map: root in the container can "
                                          "be an unprivileged user on the host. Needs a user namespace.")});
    addIdMappingElements("/linux/uidMappings", kSecIdMappings, V::V1_0_0);
    add({.pattern = "/linux/gidMappings",
         .kinds = K::Array,
         .section = kSecIdMappings,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "GID mappings"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "How container group IDs map to host group IDs."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "The group counterpart of uidMappings, written to gid_map. Needs a user namespace.")});
    addIdMappingElements("/linux/gidMappings", kSecIdMappings, V::V1_0_0);
    add({.pattern = "/linux/timeOffsets",
         .kinds = K::Object,
         .since = V::V1_1_0,
         .section = kSecTimeOffsets,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Time offsets"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Shift of the container's boot and monotonic clocks."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Lets the container see different CLOCK_BOOTTIME and CLOCK_MONOTONIC values "
                                          "than the host, e.g. after migration. Needs a time namespace.")});
    struct Clock
    {
        const char *name;
        const char *title;
        const char *summary;
    };
    const Clock clocks[] = {
        {"boottime", QT_TRANSLATE_NOOP("SpecCatalogue", "Boot time offset"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Offset of CLOCK_BOOTTIME.")},
        {"monotonic", QT_TRANSLATE_NOOP("SpecCatalogue", "Monotonic offset"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Offset of CLOCK_MONOTONIC.")},
    };
    for (const Clock &clock : clocks) {
        const std::string base = std::string("/linux/timeOffsets/") + clock.name;
        add(base,
            {.kinds = K::Object,
             .since = V::V1_1_0,
             .section = kSecTimeOffsets,
             .title = clock.title,
             .summary = clock.summary,
             .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                              "The clock inside the container runs this far ahead of (or behind) the "
                                              "host's, in seconds plus nanoseconds.")});
        add(base + "/secs",
            {.kinds = K::Integer,
             .range = IntRange::Int64,
             .unit = Unit::Seconds,
             .since = V::V1_1_0,
             .section = kSecTimeOffsets,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Seconds"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Whole seconds of the offset."),
             .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "Whole seconds added to the clock; may be negative.")});
        add(base + "/nanosecs",
            {.kinds = K::Integer,
             .range = IntRange::UInt32,
             .unit = Unit::Nanoseconds,
             .since = V::V1_1_0,
             .section = kSecTimeOffsets,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Nanoseconds"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Fraction of the offset."),
             .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "Additional nanoseconds, below one second.")});
    }
    add({.pattern = "/linux/devices",
         .kinds = K::Array,
         .section = kSecDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Devices"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Device nodes created in the container."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Extra device files the runtime creates (or bind-mounts) in the container's "
                                          "/dev. The basic ones such as /dev/null and /dev/tty are always provided.")});
    add({.pattern = "/linux/devices/*",
         .kinds = K::Object,
         .section = kSecDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Device"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One device node."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "Type, device numbers, path, mode and owner of a device file.")});
    add({.pattern = "/linux/devices/*/type",
         .kinds = K::String,
         .allowed = kDeviceTypes,
         .required = true,
         .section = kSecDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Type"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "c (character), b (block), u (unbuffered) or p (FIFO)."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The kind of node as mknod knows it: c and u are character devices, b block "
                                          "devices, p a named pipe, which has no device numbers.")});
    add({.pattern = "/linux/devices/*/path",
         .kinds = K::String,
         .format = F::AbsolutePath,
         .required = true,
         .section = kSecDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Path"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Full path of the node inside the container."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Where the device file appears, e.g. /dev/fuse. An existing different file at that place is an error.")});
    add({.pattern = "/linux/devices/*/major",
         .kinds = K::Integer,
         .range = IntRange::Int64,
         .section = kSecDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Major number"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Driver number of the device."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Selects the driver, as listed in /proc/devices. Required for all types except p.")});
    add({.pattern = "/linux/devices/*/minor",
         .kinds = K::Integer,
         .range = IntRange::Int64,
         .section = kSecDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Minor number"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Unit number within the driver."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Selects the individual device of the driver. Required for all types except p.")});
    add({.pattern = "/linux/devices/*/fileMode",
         .kinds = K::Integer,
         .range = IntRange::UInt32, // file type bits too, see DeviceRules
         .section = kSecDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "File mode"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Permission bits, in decimal (438 = 0666)."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Access permissions of the node. JSON has no octal notation, so the familiar 0666 is written 438. "
             "A mode with the file type bits as stat reports them (8630 for a character device with 0666, as "
             "Podman writes it) is accepted too: runc drops them and creates the node that type names.")});
    add({.pattern = "/linux/devices/*/uid",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .section = kSecDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Owner"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Owning user ID inside the container."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "The user that owns the node, as seen in the container.")});
    add({.pattern = "/linux/devices/*/gid",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .section = kSecDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Group"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Owning group ID inside the container."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "The group that owns the node, as seen in the container.")});
    add({.pattern = "/linux/netDevices",
         .kinds = K::Object,
         .since = V::V1_3_0,
         .section = kSecNetDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Network devices"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Host network interfaces moved into the container."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Keys are interface names on the host; each interface is moved into the container's network namespace and "
             "brought up. It returns to the host when the namespace goes away.")});
    add({.pattern = "/linux/netDevices/{}",
         .kinds = K::Object,
         .since = V::V1_3_0,
         .section = kSecNetDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Network device"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One interface to move."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "The interface named by the key, with an optional new name inside the container.")});
    add({.pattern = "/linux/netDevices/{}/name",
         .kinds = K::String,
         .since = V::V1_3_0,
         .section = kSecNetDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Name in container"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Interface name inside the container."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Renames the interface on the way in; without it the host name is kept.")});
    add({.pattern = "/linux/cgroupsPath",
         .kinds = K::String,
         .section = kSecCgroups,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Cgroups path"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Where the container's cgroup is placed."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "An absolute path is taken from the root of the cgroup hierarchy, a relative one from "
                               "the runtime's own cgroup. With systemd cgroups it has the form slice:prefix:name.")});
    add({.pattern = "/linux/sysctl",
         .kinds = K::Object,
         .section = kSecSysctl,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Sysctl"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Kernel parameters set for the container."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Values written under /proc/sys when the container starts, e.g. net.ipv4.ip_forward. Only parameters that "
             "belong to one of the container's own namespaces can be set safely.")});
    add({.pattern = "/linux/sysctl/{}",
         .kinds = K::String,
         .section = kSecSysctl,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Parameter"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Value of one kernel parameter."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The key is the dotted parameter name, the value the text to write, always as a string.")});
    addLinuxResources();
    addSeccomp();
    addLinuxSecurity();
}

void TableBuilder::addLinuxResources()
{
    add({.pattern = "/linux/resources",
         .kinds = K::Object,
         .section = kSecCgroups,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Resources"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Cgroup limits for the container."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Limits and weights the runtime writes to the container's cgroup: memory, "
                                          "CPU, block I/O, process count, devices and more.")});
    add({.pattern = "/linux/resources/devices",
         .kinds = K::Array,
         .section = kSecCgDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Device access rules"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Which device nodes the container may use."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "An ordered list of allow and deny rules for the device cgroup; the last matching rule "
                               "wins. Runtimes usually start with deny-all and allow the standard devices.")});
    add({.pattern = "/linux/resources/devices/*",
         .kinds = K::Object,
         .section = kSecCgDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Device rule"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Allow or deny some devices."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Matches devices by type and numbers and grants or refuses the listed kinds of access.")});
    add({.pattern = "/linux/resources/devices/*/allow",
         .kinds = K::Boolean,
         .required = true,
         .section = kSecCgDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Allow"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "true to allow, false to deny."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "Whether matching devices become accessible or inaccessible.")});
    add({.pattern = "/linux/resources/devices/*/type",
         .kinds = K::String,
         .allowed = kCgroupDeviceTypes,
         .defaultValue = "\"a\"",
         .section = kSecCgDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Type"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "a (all), c (character) or b (block)."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Restricts the rule to character or block devices; a or absent matches both.")});
    add({.pattern = "/linux/resources/devices/*/major",
         .kinds = K::Integer,
         .range = IntRange::Int64,
         .section = kSecCgDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Major number"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Driver number; absent matches all."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Restricts the rule to one driver; leave it out to match every major number.")});
    add({.pattern = "/linux/resources/devices/*/minor",
         .kinds = K::Integer,
         .range = IntRange::Int64,
         .section = kSecCgDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Minor number"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Unit number; absent matches all."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Restricts the rule to one device of the driver; leave it out to match all of them.")});
    add({.pattern = "/linux/resources/devices/*/access",
         .kinds = K::String,
         .format = F::DeviceAccess,
         .section = kSecCgDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Access"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Letters r (read), w (write), m (mknod)."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Any combination of r, w and m; the rule applies to those operations only.")});

    add({.pattern = "/linux/resources/memory",
         .kinds = K::Object,
         .section = kSecMemory,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Memory"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Memory cgroup limits."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Caps on RAM and swap use of all processes in the container together, and "
                                          "how the kernel reacts when they are reached.")});
    struct MemoryField
    {
        const char *name;
        IntRange range;
        Unit unit;
        SpecVersion since;
        bool deprecated;
        const char *title;
        const char *summary;
        const char *explanation;
    };
    const MemoryField memoryFields[] = {
        {"limit", IntRange::Int64, Unit::Bytes, V::V1_0_0, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Limit"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Hard memory limit; -1 for unlimited."),
         QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The most memory the container may use; beyond it the kernel reclaims or kills. -1 removes the limit.")},
        {"reservation", IntRange::Int64, Unit::Bytes, V::V1_0_0, false,
         QT_TRANSLATE_NOOP("SpecCatalogue", "Reservation"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Soft limit, enforced under memory pressure."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "When the host runs short of memory, the kernel pushes the container back towards this "
                           "amount. It makes sense only below the limit.")},
        {"swap", IntRange::Int64, Unit::Bytes, V::V1_0_0, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Memory plus swap"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Limit of memory and swap together; -1 for unlimited."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "Counts RAM and swap together, so it must be at least the memory limit; equal values forbid "
                           "swapping. -1 removes the limit.")},
        {"kernel", IntRange::Int64, Unit::Bytes, V::V1_0_0, true, QT_TRANSLATE_NOOP("SpecCatalogue", "Kernel memory"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Deprecated: limit of kernel memory."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "A cgroup v1 limit on memory the kernel uses for the container. Recent kernels ignore it, "
                           "and the specification advises against it.")},
        {"kernelTCP", IntRange::Int64, Unit::Bytes, V::V1_0_0, true,
         QT_TRANSLATE_NOOP("SpecCatalogue", "Kernel TCP memory"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Deprecated: limit of TCP buffer memory."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "A cgroup v1 limit on socket buffer memory. Not available with cgroup v2 and advised "
                           "against by the specification.")},
        {"swappiness", IntRange::UInt64, Unit::None, V::V1_0_0, false, QT_TRANSLATE_NOOP("SpecCatalogue", "Swappiness"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Tendency to swap, 0 to 100."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "Like the vm.swappiness sysctl, for this cgroup only: 0 avoids swapping, 100 swaps eagerly. "
                           "Not available with cgroup v2.")},
    };
    for (const MemoryField &m : memoryFields) {
        add(std::string("/linux/resources/memory/") + m.name,
            {.kinds = K::Integer,
             .range = m.range,
             .unit = m.unit,
             .since = m.since,
             .deprecated = m.deprecated,
             .section = kSecMemory,
             .title = m.title,
             .summary = m.summary,
             .explanation = m.explanation});
    }
    add({.pattern = "/linux/resources/memory/disableOOMKiller",
         .kinds = K::Boolean,
         .defaultValue = "false",
         .section = kSecMemory,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Disable OOM killer"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Pause instead of killing at the limit."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "With true, processes that hit the memory limit wait for memory instead of "
                                          "being killed. Only cgroup v1 supports it.")});
    add({.pattern = "/linux/resources/memory/useHierarchy",
         .kinds = K::Boolean,
         .since = V::V1_0_2,
         .section = kSecMemory,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Use hierarchy"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Count child cgroups into this one (cgroup v1)."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Turns on hierarchical accounting in cgroup v1, so sub-cgroups are charged "
                                          "to the container's limits. cgroup v2 always does this.")});
    add({.pattern = "/linux/resources/memory/checkBeforeUpdate",
         .kinds = K::Boolean,
         .since = V::V1_1_0,
         .section = kSecMemory,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Check before update"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Refuse to lower the limit below current usage."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "When the limit is changed on a running container, the runtime first compares it with "
                               "the memory in use and fails instead of triggering the OOM killer.")});

    add({.pattern = "/linux/resources/cpu",
         .kinds = K::Object,
         .section = kSecCpu,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "CPU"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "CPU time and placement."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Relative weight, hard quota per period, real-time budget and the CPUs and "
                                          "memory nodes the container may use.")});
    struct CpuField
    {
        const char *name;
        JsonKind kind;
        IntRange range;
        Unit unit;
        ValueFormat format;
        SpecVersion since;
        const char *title;
        const char *summary;
        const char *explanation;
    };
    const CpuField cpuFields[] = {
        {"shares", K::Integer, IntRange::UInt64, Unit::None, F::None, V::V1_0_0,
         QT_TRANSLATE_NOOP("SpecCatalogue", "Shares"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Relative CPU weight (1024 is normal)."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "Only matters when CPUs are busy: a cgroup with twice the shares gets twice the time. "
                           "Converted to a weight on cgroup v2.")},
        {"quota", K::Integer, IntRange::Int64, Unit::Microseconds, F::None, V::V1_0_0,
         QT_TRANSLATE_NOOP("SpecCatalogue", "Quota"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "CPU time allowed per period; -1 for unlimited."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "All processes together may run this long in each period; quota 50000 with period 100000 "
                           "means half a CPU.")},
        {"burst", K::Integer, IntRange::UInt64, Unit::Microseconds, F::None, V::V1_1_0,
         QT_TRANSLATE_NOOP("SpecCatalogue", "Burst"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Unused quota that may be saved up."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "Lets the cgroup exceed its quota briefly using time it did not use before. It must not be "
                           "larger than the quota.")},
        {"period", K::Integer, IntRange::UInt64, Unit::Microseconds, F::None, V::V1_0_0,
         QT_TRANSLATE_NOOP("SpecCatalogue", "Period"), QT_TRANSLATE_NOOP("SpecCatalogue", "Length of a quota period."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "The interval after which the quota is refilled, 100000 (0.1 s) by default in the kernel.")},
        {"realtimeRuntime", K::Integer, IntRange::Int64, Unit::Microseconds, F::None, V::V1_0_0,
         QT_TRANSLATE_NOOP("SpecCatalogue", "Real-time runtime"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Real-time CPU time per real-time period."),
         QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "How long real-time tasks of the cgroup may run in each real-time period (cgroup v1 only).")},
        {"realtimePeriod", K::Integer, IntRange::UInt64, Unit::Microseconds, F::None, V::V1_0_0,
         QT_TRANSLATE_NOOP("SpecCatalogue", "Real-time period"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Period for the real-time budget."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "The interval in which realtimeRuntime is granted (cgroup v1 only).")},
        {"cpus", K::String, IntRange::Any, Unit::None, F::CpuList, V::V1_0_0,
         QT_TRANSLATE_NOOP("SpecCatalogue", "CPUs"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "CPUs the container may run on, e.g. 0-3,7."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "A cpuset list: numbers and ranges separated by commas.")},
        {"mems", K::String, IntRange::Any, Unit::None, F::CpuList, V::V1_0_0,
         QT_TRANSLATE_NOOP("SpecCatalogue", "Memory nodes"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "NUMA nodes the container may allocate from."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "A list of memory node numbers and ranges, like 0-1, relevant on NUMA machines.")},
        {"idle", K::Integer, IntRange::Int64, Unit::None, F::None, V::V1_1_0,
         QT_TRANSLATE_NOOP("SpecCatalogue", "Idle"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "1 makes the whole cgroup SCHED_IDLE."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "With 1, the cgroup only gets CPU time nobody else wants; 0 keeps normal behaviour.")},
    };
    for (const CpuField &c : cpuFields) {
        add(std::string("/linux/resources/cpu/") + c.name,
            {.kinds = c.kind,
             .range = c.range,
             .format = c.format,
             .unit = c.unit,
             .since = c.since,
             .section = kSecCpu,
             .title = c.title,
             .summary = c.summary,
             .explanation = c.explanation});
    }
    addBlockIO();

    add({.pattern = "/linux/resources/hugepageLimits",
         .kinds = K::Array,
         .section = kSecHugepages,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Huge page limits"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "HugeTLB limits per page size."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Caps the huge pages the container may reserve or use, separately for each page size.")});
    add({.pattern = "/linux/resources/hugepageLimits/*",
         .kinds = K::Object,
         .section = kSecHugepages,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Huge page limit"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Limit for one page size."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "A page size and the number of bytes of such pages allowed.")});
    add({.pattern = "/linux/resources/hugepageLimits/*/pageSize",
         .kinds = K::String,
         .format = F::HugepageSize,
         .required = true,
         .section = kSecHugepages,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Page size"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Size with unit, e.g. 2MB or 1GB."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "A number followed by KB, MB or GB, matching a hugetlb control file of the kernel.")});
    add({.pattern = "/linux/resources/hugepageLimits/*/limit",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .unit = Unit::Bytes,
         .required = true,
         .section = kSecHugepages,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Limit"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Bytes of huge pages of this size."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The total size of huge pages of this size the container may reserve (or "
                                          "touch, on kernels without reservation accounting).")});

    add({.pattern = "/linux/resources/network",
         .kinds = K::Object,
         .section = kSecNetwork,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Network"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Traffic class and priorities (cgroup v1)."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Tags the container's packets for traffic control and sets per-interface "
                                          "priorities, through the net_cls and net_prio controllers of cgroup v1.")});
    add({.pattern = "/linux/resources/network/classID",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .section = kSecNetwork,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Class ID"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "net_cls class identifier."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "A tc class handle written as one number (major in the upper 16 bits) that "
                                          "packets of the container carry.")});
    add({.pattern = "/linux/resources/network/priorities",
         .kinds = K::Array,
         .section = kSecNetwork,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Priorities"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Packet priority per interface."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "For each named host interface, the priority given to traffic leaving through it.")});
    add({.pattern = "/linux/resources/network/priorities/*",
         .kinds = K::Object,
         .section = kSecNetwork,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Interface priority"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Priority on one interface."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "An interface name and a priority number.")});
    add({.pattern = "/linux/resources/network/priorities/*/name",
         .kinds = K::String,
         .required = true,
         .section = kSecNetwork,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Interface"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Interface name on the host."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Name of the network interface in the runtime's network namespace, e.g. eth0.")});
    add({.pattern = "/linux/resources/network/priorities/*/priority",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .required = true,
         .section = kSecNetwork,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Priority"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Priority number."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "The socket priority assigned to the container's traffic on that interface.")});

    add({.pattern = "/linux/resources/pids",
         .kinds = K::Object,
         .section = kSecPids,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "PIDs"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Limit on the number of tasks."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Caps how many processes and threads can exist in the container, a simple defence against fork bombs.")});
    add({.pattern = "/linux/resources/pids/limit",
         .kinds = K::Integer,
         .range = IntRange::Int64,
         .required = true,
         .section = kSecPids,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Limit"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Maximum tasks; -1 for no limit."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The largest number of tasks the cgroup may hold. 0 is a real limit that "
                                          "forbids any new task; -1 removes the limit.")});

    add({.pattern = "/linux/resources/rdma",
         .kinds = K::Object,
         .since = V::V1_0_2,
         .section = kSecRdma,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "RDMA"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "RDMA resource limits per device."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Keys are RDMA device names such as mlx5_1; the values limit the handles and "
                                          "objects the container may allocate on them.")});
    add({.pattern = "/linux/resources/rdma/{}",
         .kinds = K::Object,
         .since = V::V1_0_2,
         .section = kSecRdma,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "RDMA device"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Limits for one RDMA device."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "At least one of the two limits has to be given.")});
    add({.pattern = "/linux/resources/rdma/{}/hcaHandles",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .since = V::V1_0_2,
         .section = kSecRdma,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "HCA handles"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Cap on HCA handles for this device."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "How many host channel adapter handles the container may open on this device.")});
    add({.pattern = "/linux/resources/rdma/{}/hcaObjects",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .since = V::V1_0_2,
         .section = kSecRdma,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "HCA objects"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Cap on HCA objects for this device."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "How many host channel adapter objects the container may create on this device.")});

    add({.pattern = "/linux/resources/unified",
         .kinds = K::Object,
         .since = V::V1_1_0,
         .section = kSecUnified,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Unified (cgroup v2)"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Raw cgroup v2 files and values."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "Writes values straight to cgroup v2 interface files, e.g. memory.high, for settings "
                               "the structured fields do not cover. The controllers involved must be available.")});
    add({.pattern = "/linux/resources/unified/{}",
         .kinds = K::String,
         .since = V::V1_1_0,
         .section = kSecUnified,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "cgroup file"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Value for one cgroup v2 file."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The key names the file in the container's cgroup directory, the value is written to it as is.")});
}

void TableBuilder::addBlockIO()
{
    add({.pattern = "/linux/resources/blockIO",
         .kinds = K::Object,
         .section = kSecBlockIO,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Block IO"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Disk bandwidth weights and throttles."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Shares disk time between cgroups by weight and caps the bytes or operations "
                                          "per second on individual devices.")});
    add({.pattern = "/linux/resources/blockIO/weight",
         .kinds = K::Integer,
         .range = IntRange::UInt16,
         .section = kSecBlockIO,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Weight"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Default I/O weight on all devices."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The cgroup's share of disk time relative to its siblings, unless a device rule says otherwise.")});
    add({.pattern = "/linux/resources/blockIO/leafWeight",
         .kinds = K::Integer,
         .range = IntRange::UInt16,
         .section = kSecBlockIO,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Leaf weight"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Weight of the cgroup's own tasks against its children."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Used by the old CFQ scheduler to split disk time between the cgroup's own "
                                          "processes and its child cgroups.")});
    add({.pattern = "/linux/resources/blockIO/weightDevice",
         .kinds = K::Array,
         .section = kSecBlockIO,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Per-device weights"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Weights that differ per device."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "Overrides the default weight for individual block devices.")});
    add({.pattern = "/linux/resources/blockIO/weightDevice/*",
         .kinds = K::Object,
         .section = kSecBlockIO,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Device weight"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Weight for one device."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "A device by numbers with its weight and/or leaf weight; at least one of the two is needed.")});
    const char *const weightDevice = "/linux/resources/blockIO/weightDevice/*";
    add(std::string(weightDevice) + "/weight",
        {.kinds = K::Integer,
         .range = IntRange::UInt16,
         .section = kSecBlockIO,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Weight"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "I/O weight on this device."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "The cgroup's share of this device's time.")});
    add(std::string(weightDevice) + "/leafWeight",
        {.kinds = K::Integer,
         .range = IntRange::UInt16,
         .section = kSecBlockIO,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Leaf weight"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Leaf weight on this device."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "The leaf weight for this device only (CFQ scheduler).")});

    struct Throttle
    {
        const char *name;
        Unit unit;
        const char *title;
        const char *summary;
    };
    const Throttle throttles[] = {
        {"throttleReadBpsDevice", Unit::BytesPerSecond, QT_TRANSLATE_NOOP("SpecCatalogue", "Read bandwidth limits"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Maximum bytes per second read from a device.")},
        {"throttleWriteBpsDevice", Unit::BytesPerSecond, QT_TRANSLATE_NOOP("SpecCatalogue", "Write bandwidth limits"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Maximum bytes per second written to a device.")},
        {"throttleReadIOPSDevice", Unit::OperationsPerSecond, QT_TRANSLATE_NOOP("SpecCatalogue", "Read IOPS limits"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Maximum read operations per second on a device.")},
        {"throttleWriteIOPSDevice", Unit::OperationsPerSecond, QT_TRANSLATE_NOOP("SpecCatalogue", "Write IOPS limits"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Maximum write operations per second on a device.")},
    };
    for (const Throttle &t : throttles) {
        const std::string base = std::string("/linux/resources/blockIO/") + t.name;
        add(base,
            {.kinds = K::Array,
             .section = kSecBlockIO,
             .title = t.title,
             .summary = t.summary,
             .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                              "Hard caps per block device, applied no matter how idle the disk is.")});
        add(base + "/*",
            {.kinds = K::Object,
             .section = kSecBlockIO,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Device limit"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Limit for one device."),
             .explanation =
                 QT_TRANSLATE_NOOP("SpecCatalogue", "A block device by major and minor number with its rate.")});
        add(base + "/*/rate",
            {.kinds = K::Integer,
             .range = IntRange::UInt64,
             .unit = t.unit,
             .required = true,
             .section = kSecBlockIO,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Rate"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Allowed rate on the device."),
             .explanation =
                 QT_TRANSLATE_NOOP("SpecCatalogue", "The most the container may do per second on this device.")});
    }
    // Every per-device entry names its device the same way.
    const std::string deviceArrays[] = {"weightDevice", "throttleReadBpsDevice", "throttleWriteBpsDevice",
                                        "throttleReadIOPSDevice", "throttleWriteIOPSDevice"};
    for (const std::string &array : deviceArrays) {
        const std::string base = "/linux/resources/blockIO/" + array + "/*";
        add(base + "/major",
            {.kinds = K::Integer,
             .range = IntRange::Int64,
             .required = true,
             .section = kSecBlockIO,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Major number"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Driver number of the block device."),
             .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                              "Together with the minor number it names the disk, as shown by lsblk.")});
        add(base + "/minor",
            {.kinds = K::Integer,
             .range = IntRange::Int64,
             .required = true,
             .section = kSecBlockIO,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Minor number"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Unit number of the block device."),
             .explanation =
                 QT_TRANSLATE_NOOP("SpecCatalogue", "Together with the major number it names the disk or partition.")});
    }
}

void TableBuilder::addSeccomp()
{
    add({.pattern = "/linux/seccomp",
         .kinds = K::Object,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Seccomp"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "System call filter."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "A filter the kernel applies to every system call of the container: a default action plus rules for "
             "particular calls and arguments. It shrinks the kernel surface a container can attack.")});
    add({.pattern = "/linux/seccomp/defaultAction",
         .kinds = K::String,
         .allowed = kSeccompActions,
         .newerValues = kNewerSeccompActions,
         .required = true,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Default action"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "What happens to calls no rule matches."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Usually SCMP_ACT_ERRNO (fail the call) for an allowlist, or SCMP_ACT_ALLOW for a denylist.")});
    add({.pattern = "/linux/seccomp/defaultErrnoRet",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .since = V::V1_1_0,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Default errno"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Error number returned by the default action."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The errno a blocked call returns when the default action is SCMP_ACT_ERRNO "
                                          "or SCMP_ACT_TRACE; EPERM when absent.")});
    add({.pattern = "/linux/seccomp/architectures",
         .kinds = K::Array,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Architectures"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "System call ABIs the filter covers."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Lets the filter also handle calls made through secondary ABIs, e.g. 32-bit "
                                          "x86 programs on x86_64. Calls from other ABIs are killed.")});
    add({.pattern = "/linux/seccomp/architectures/*",
         .kinds = K::String,
         .allowed = kSeccompArchitectures,
         .newerValues = kNewerSeccompArchitectures,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Architecture"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One SCMP_ARCH_* name."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "An architecture constant from libseccomp.")});
    add({.pattern = "/linux/seccomp/flags",
         .kinds = K::Array,
         .since = V::V1_0_2,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Flags"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Flags for loading the filter."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Options passed to seccomp(2) when the filter is installed, such as logging "
                                          "or synchronising all threads.")});
    add({.pattern = "/linux/seccomp/flags/*",
         .kinds = K::String,
         .allowed = kSeccompFlags,
         .newerValues = kNewerSeccompFlags,
         .since = V::V1_0_2,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Flag"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One SECCOMP_FILTER_FLAG_* name."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "A filter flag constant from seccomp(2).")});
    add({.pattern = "/linux/seccomp/listenerPath",
         .kinds = K::String,
         .since = V::V1_1_0,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Listener socket"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Unix socket of a seccomp agent."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Needed for SCMP_ACT_NOTIFY: the runtime sends the filter's notification "
                                          "file descriptor and the container state to the agent listening here.")});
    add({.pattern = "/linux/seccomp/listenerMetadata",
         .kinds = K::String,
         .since = V::V1_1_0,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Listener metadata"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Opaque text for the seccomp agent."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Passed to the agent along with the file descriptor. Only allowed together with a listener socket.")});
    add({.pattern = "/linux/seccomp/syscalls",
         .kinds = K::Array,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Rules"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Actions for particular system calls."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Each rule names system calls, optionally conditions on their arguments, and "
                                          "the action taken when they match.")});
    add({.pattern = "/linux/seccomp/syscalls/*",
         .kinds = K::Object,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Rule"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One system call rule."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "Names, action, optional errno and argument conditions.")});
    add({.pattern = "/linux/seccomp/syscalls/*/names",
         .kinds = K::Array,
         .required = true,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "System calls"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Names of the calls, at least one."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "System call names such as openat or clone; the rule applies to each of them.")});
    add({.pattern = "/linux/seccomp/syscalls/*/names/*",
         .kinds = K::String,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "System call"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One system call name."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "A name libseccomp knows; unknown names are skipped by most runtimes.")});
    add({.pattern = "/linux/seccomp/syscalls/*/action",
         .kinds = K::String,
         .allowed = kSeccompActions,
         .newerValues = kNewerSeccompActions,
         .required = true,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Action"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "What happens when the rule matches."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Allow, log, fail with an errno, trap, notify an agent, or kill the thread or process.")});
    add({.pattern = "/linux/seccomp/syscalls/*/errnoRet",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .since = V::V1_1_0,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Errno"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Error number for SCMP_ACT_ERRNO or SCMP_ACT_TRACE."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "The error the call returns; only meaningful for actions that return an error.")});
    add({.pattern = "/linux/seccomp/syscalls/*/args",
         .kinds = K::Array,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Argument conditions"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Conditions on the call's arguments."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The rule matches only when all conditions hold, e.g. only clone calls without CLONE_NEWUSER.")});
    add({.pattern = "/linux/seccomp/syscalls/*/args/*",
         .kinds = K::Object,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Condition"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Compare one argument."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "Compares the argument at index with value using op.")});
    add({.pattern = "/linux/seccomp/syscalls/*/args/*/index",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .required = true,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Index"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Argument position, from 0."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "Which argument to look at; system calls have at most six.")});
    add({.pattern = "/linux/seccomp/syscalls/*/args/*/value",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .required = true,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Value"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Value to compare with."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The right-hand side of the comparison; for SCMP_CMP_MASKED_EQ the mask.")});
    add({.pattern = "/linux/seccomp/syscalls/*/args/*/valueTwo",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Second value"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Expected value for SCMP_CMP_MASKED_EQ."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "With SCMP_CMP_MASKED_EQ the argument, masked with value, must equal this.")});
    add({.pattern = "/linux/seccomp/syscalls/*/args/*/op",
         .kinds = K::String,
         .allowed = kSeccompOperators,
         .required = true,
         .section = kSecSeccomp,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Operator"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Comparison operator."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Equal, not equal, less or greater (or equal), or equal after masking.")});
}

void TableBuilder::addLinuxSecurity()
{
    add({.pattern = "/linux/rootfsPropagation",
         .kinds = K::String,
         .allowed = kRootfsPropagation,
         .section = kSecPropagation,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Rootfs propagation"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Mount propagation of the root filesystem."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Decides whether mounts made on the host show up in the container (slave), travel both ways (shared), "
             "stay apart (private) or whether the root cannot even be bind-mounted (unbindable).")});
    add({.pattern = "/linux/maskedPaths",
         .kinds = K::Array,
         .section = kSecMasked,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Masked paths"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Paths made unreadable in the container."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "Each path is covered (with /dev/null or an empty read-only tmpfs) so the container "
                               "cannot read it; typical for sensitive files under /proc and /sys.")});
    add({.pattern = "/linux/maskedPaths/*",
         .kinds = K::String,
         .format = F::AbsolutePath,
         .section = kSecMasked,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Masked path"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Absolute path inside the container."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "A file or directory to hide, e.g. /proc/kcore.")});
    add({.pattern = "/linux/readonlyPaths",
         .kinds = K::Array,
         .section = kSecReadonly,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Read-only paths"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Paths made read-only in the container."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Each path is bind-mounted onto itself read-only, e.g. /proc/sys, so the "
                                          "container can look but not change.")});
    add({.pattern = "/linux/readonlyPaths/*",
         .kinds = K::String,
         .format = F::AbsolutePath,
         .section = kSecReadonly,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Read-only path"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Absolute path inside the container."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "A file or directory to protect from writes.")});
    add({.pattern = "/linux/mountLabel",
         .kinds = K::String,
         .section = kSecMountLabel,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Mount label"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "SELinux context for the container's mounts."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The SELinux label given to files of the mounts the runtime creates; only used on hosts with SELinux.")});

    add({.pattern = "/linux/intelRdt",
         .kinds = K::Object,
         .section = kSecIntelRdt,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Intel RDT"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Cache and memory bandwidth allocation."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Places the container in a resctrl class of service, which partitions the "
                                          "last-level cache and memory bandwidth on Intel (and compatible) CPUs.")});
    add({.pattern = "/linux/intelRdt/closID",
         .kinds = K::String,
         .since = V::V1_0_2,
         .section = kSecIntelRdt,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Class of service"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "resctrl group name; / is the default group."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Names the resctrl directory the container joins, so several containers can "
                                          "share one class. Without it the container ID is used.")});
    add({.pattern = "/linux/intelRdt/l3CacheSchema",
         .kinds = K::String,
         .format = F::L3CacheSchema,
         .section = kSecIntelRdt,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "L3 cache schema"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Cache allocation, e.g. L3:0=ffff0."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "One schemata line giving, per cache ID, the bit mask of L3 cache ways the container may fill.")});
    add({.pattern = "/linux/intelRdt/memBwSchema",
         .kinds = K::String,
         .format = F::MemBwSchema,
         .since = V::V1_0_2,
         .section = kSecIntelRdt,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Memory bandwidth schema"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Bandwidth allocation, e.g. MB:0=20."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "One schemata line starting with MB: that gives, per cache ID, the share of memory bandwidth.")});
    add({.pattern = "/linux/intelRdt/schemata",
         .kinds = K::Array,
         .since = V::V1_3_0,
         .section = kSecIntelRdt,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Schemata"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Free-form schemata lines."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Lines written to the resctrl schemata file after the two schema fields, for "
                                          "any resource the kernel supports.")});
    add({.pattern = "/linux/intelRdt/schemata/*",
         .kinds = K::String,
         .format = F::SingleLine,
         .since = V::V1_3_0,
         .section = kSecIntelRdt,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Schemata line"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One line, without newline."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "A single resource allocation line.")});
    add({.pattern = "/linux/intelRdt/enableMonitoring",
         .kinds = K::Boolean,
         .since = V::V1_3_0,
         .section = kSecIntelRdt,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Enable monitoring"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Create a resctrl monitoring group."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Gives the container its own monitoring group so cache occupancy and "
                                          "bandwidth can be measured for it alone.")});
    add({.pattern = "/linux/intelRdt/enableCMT",
         .kinds = K::Boolean,
         .since = V::V1_1_0,
         .removedIn = V::V1_3_0,
         .section = kSecIntelRdt,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Enable CMT (removed)"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Cache monitoring; replaced by enableMonitoring in 1.3.0."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Asked for cache occupancy monitoring in versions 1.1.0 to 1.2.1. Use enableMonitoring instead.")});
    add({.pattern = "/linux/intelRdt/enableMBM",
         .kinds = K::Boolean,
         .since = V::V1_1_0,
         .removedIn = V::V1_3_0,
         .section = kSecIntelRdt,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Enable MBM (removed)"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Bandwidth monitoring; replaced by enableMonitoring in 1.3.0."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Asked for memory bandwidth monitoring in versions 1.1.0 to 1.2.1. Use enableMonitoring instead.")});

    add({.pattern = "/linux/memoryPolicy",
         .kinds = K::Object,
         .since = V::V1_3_0,
         .section = kSecMemoryPolicy,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Memory policy"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "NUMA placement of the container's memory."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Applied with set_mempolicy: decides from which NUMA nodes the container's memory is allocated.")});
    add({.pattern = "/linux/memoryPolicy/mode",
         .kinds = K::String,
         .allowed = kMemoryPolicyModes,
         .since = V::V1_3_0,
         .required = true,
         .section = kSecMemoryPolicy,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Mode"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "How nodes are chosen, e.g. MPOL_BIND."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "BIND restricts to the nodes, INTERLEAVE spreads over them, PREFERRED tries them first, "
                               "LOCAL uses the node the task runs on, DEFAULT falls back to the system policy.")});
    add({.pattern = "/linux/memoryPolicy/nodes",
         .kinds = K::String,
         .format = F::CpuList,
         .since = V::V1_3_0,
         .section = kSecMemoryPolicy,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Nodes"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "NUMA nodes, e.g. 0-1,3."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The node list the mode works on. MPOL_DEFAULT and MPOL_LOCAL take none; "
                                          "BIND and the interleave modes need at least one.")});
    add({.pattern = "/linux/memoryPolicy/flags",
         .kinds = K::Array,
         .since = V::V1_3_0,
         .section = kSecMemoryPolicy,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Flags"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Mode flags for set_mempolicy."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Refine how node numbers are read (static or relative) or enable NUMA balancing.")});
    add({.pattern = "/linux/memoryPolicy/flags/*",
         .kinds = K::String,
         .allowed = kMemoryPolicyFlags,
         .since = V::V1_3_0,
         .section = kSecMemoryPolicy,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Flag"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One MPOL_F_* flag."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "A flag constant from set_mempolicy(2).")});

    add({.pattern = "/linux/personality",
         .kinds = K::Object,
         .since = V::V1_0_2,
         .section = kSecPersonality,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Personality"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Execution domain, e.g. pretend to be 32-bit."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Sets the process personality with personality(2); LINUX32 makes uname "
                                          "report a 32-bit machine, useful for old 32-bit build environments.")});
    add({.pattern = "/linux/personality/domain",
         .kinds = K::String,
         .allowed = kPersonalityDomains,
         .since = V::V1_0_2,
         .required = true,
         .section = kSecPersonality,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Domain"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "LINUX or LINUX32."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "LINUX is the normal domain; LINUX32 makes uname claim a 32-bit machine.")});
    add({.pattern = "/linux/personality/flags",
         .kinds = K::Array,
         .since = V::V1_0_2,
         .section = kSecPersonality,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Flags"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Extra personality flags (none defined yet)."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Reserved for further personality bits; the specification does not define any values yet.")});
    add({.pattern = "/linux/personality/flags/*",
         .kinds = K::String,
         .since = V::V1_0_2,
         .section = kSecPersonality,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Flag"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One personality flag."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "A personality flag name.")});
}

void TableBuilder::addWindows()
{
    add({.pattern = "/windows",
         .kinds = K::Object,
         .section = kSecWindows,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Windows"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Settings for Windows containers."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Image layers, devices, resource limits, networking and isolation for containers that the Windows Host "
             "Compute Service runs. A configuration meant for Windows must contain this section.")});
    add({.pattern = "/windows/layerFolders",
         .kinds = K::Array,
         .required = true,
         .section = kSecWindows,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Layer folders"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Image layers from the top down, the scratch folder last."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "The host folders of the image's layers, ordered from the topmost layer to the base "
                               "layer, followed by the writable scratch folder. The list needs at least one entry.")});
    add({.pattern = "/windows/layerFolders/*",
         .kinds = K::String,
         .section = kSecWindows,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Layer folder"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One folder on the host, e.g. C:\\layers\\base."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "A directory holding one layer of the image; the last entry of the list is "
                                          "the container's scratch folder instead.")});

    add({.pattern = "/windows/devices",
         .kinds = K::Array,
         .since = V::V1_0_2,
         .section = kSecWinDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Devices"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Host devices the container must be able to use."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Each entry names devices of the host, for example a graphics adapter, that "
                                          "the runtime has to expose inside the container.")});
    add({.pattern = "/windows/devices/*",
         .kinds = K::Object,
         .since = V::V1_0_2,
         .section = kSecWinDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Device"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One device, by identifier."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "An identifier and the kind of identifier it is; together they say which host devices to pass in.")});
    add({.pattern = "/windows/devices/*/id",
         .kinds = K::String,
         .since = V::V1_0_2,
         .required = true,
         .section = kSecWinDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Device ID"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Which device, e.g. an interface class GUID."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "Read according to idType. With the type class it is a device interface class GUID, and "
                               "the devices of that class become available in the container.")});
    add({.pattern = "/windows/devices/*/idType",
         .kinds = K::String,
         .allowed = kWindowsDeviceIdTypes,
         .since = V::V1_0_2,
         .required = true,
         .section = kSecWinDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "ID type"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "How to read the ID; only class is defined."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The value class marks the ID as a device interface class GUID. Windows "
                                          "defines no other kind of ID so far.")});

    add({.pattern = "/windows/resources",
         .kinds = K::Object,
         .section = kSecWinResources,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Resources"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Memory, CPU and storage limits."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Limits that the Host Compute Service enforces on the container as a whole.")});
    add({.pattern = "/windows/resources/memory",
         .kinds = K::Object,
         .section = kSecWinResources,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Memory"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Memory limit of the container."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Caps the memory the container may use; without it the container may use what the host has.")});
    add({.pattern = "/windows/resources/memory/limit",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .unit = Unit::Bytes,
         .section = kSecWinResources,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Memory limit"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Most memory the container may use, in bytes."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "The upper bound for the memory of all the container's processes together, in bytes.")});
    add({.pattern = "/windows/resources/cpu",
         .kinds = K::Object,
         .section = kSecWinResources,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "CPU"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Processor limit: count, shares or maximum."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Count, shares and maximum are three different ways to cap processor time, "
                                          "so give at most one of them. Affinity may be added to any of them.")});
    add({.pattern = "/windows/resources/cpu/count",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .section = kSecWinResources,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "CPU count"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Number of processors the container sees."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "How many processors the container may use. Measured against the host's processors, it "
                               "also sets the share of processor cycles the container gets.")});
    add({.pattern = "/windows/resources/cpu/shares",
         .kinds = K::Integer,
         .range = IntRange::UInt16,
         .section = kSecWinResources,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "CPU shares"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Relative weight, 0 to 10000."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "The container's weight against other work on the same processors, which Windows calls "
                               "the CPU weight; it only matters when the processors are busy.")});
    add({.pattern = "/windows/resources/cpu/maximum",
         .kinds = K::Integer,
         .range = IntRange::UInt16,
         .section = kSecWinResources,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "CPU maximum"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Cycles out of every 10000, i.e. percent times 100."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "A hard cap on processor time: the container gets at most this many of every "
                                          "10000 cycles, so 5000 means half of the processor time.")});
    add({.pattern = "/windows/resources/cpu/affinity",
         .kinds = K::Array | K::Object,
         .since = V::V1_2_1,
         .section = kSecWinResources,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "CPU affinity"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Processors the container may run on, per processor group."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "A list of mask and group pairs, one per processor group, as the specification text and "
                               "the Go types of runtimes have it. The 1.3.0 JSON schema describes a single pair "
                               "instead, which those runtimes cannot read.")});
    add({.pattern = "/windows/resources/cpu/affinity/*",
         .kinds = K::Object,
         .since = V::V1_2_1,
         .section = kSecWinResources,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Group affinity"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Allowed processors of one processor group."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Windows numbers processors in groups of up to 64; this entry picks "
                                          "processors of one group by bit mask.")});
    // The list entries, and the members of the single object the schema describes.
    for (const char *base : {"/windows/resources/cpu/affinity/*", "/windows/resources/cpu/affinity"}) {
        add(std::string(base) + "/mask",
            {.kinds = K::Integer,
             .range = IntRange::UInt64,
             .since = V::V1_2_1,
             .required = true,
             .section = kSecWinResources,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Processor mask"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Bit mask of processors within the group."),
             .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                              "Bit n allows processor n of the group, so 3 allows the first two. Like "
                                              "every JSON number the mask is written in decimal.")});
        add(std::string(base) + "/group",
            {.kinds = K::Integer,
             .range = IntRange::UInt32,
             .since = V::V1_2_1,
             .required = true,
             .section = kSecWinResources,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Processor group"),
             .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Number of the processor group the mask refers to."),
             .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                              "Group numbers as Windows reports them; hosts with at most 64 logical "
                                              "processors only have group 0.")});
    }
    add({.pattern = "/windows/resources/storage",
         .kinds = K::Object,
         .section = kSecWinResources,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Storage"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Limits for the container's system drive."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Throttles input and output on the container's system drive and sets its minimum size.")});
    add({.pattern = "/windows/resources/storage/iops",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .unit = Unit::OperationsPerSecond,
         .section = kSecWinResources,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "IOPS limit"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Most I/O operations per second on the system drive."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Caps how many read and write operations the container may issue per second to its system drive.")});
    add({.pattern = "/windows/resources/storage/bps",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .unit = Unit::BytesPerSecond,
         .section = kSecWinResources,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Bandwidth limit"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Most bytes per second on the system drive."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Caps how many bytes per second the container may read from and write to its system drive.")});
    add({.pattern = "/windows/resources/storage/sandboxSize",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .unit = Unit::Bytes,
         .section = kSecWinResources,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Sandbox size"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Minimum size of the system drive, in bytes."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The system drive (the sandbox on top of the image layers) is made at least this large.")});

    add({.pattern = "/windows/network",
         .kinds = K::Object,
         .section = kSecWinNetwork,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Network"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Endpoints and name resolution of the container."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Connects the container to Host Network Service endpoints or to another "
                                          "container's network, and sets how it resolves names.")});
    add({.pattern = "/windows/network/endpointList",
         .kinds = K::Array,
         .section = kSecWinNetwork,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Endpoints"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "HNS endpoints to connect the container to."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "IDs of network endpoints created with the Host Network Service; the "
                                          "container gets one network adapter for each.")});
    add({.pattern = "/windows/network/endpointList/*",
         .kinds = K::String,
         .section = kSecWinNetwork,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Endpoint"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "ID of one HNS endpoint."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "The GUID of an endpoint as the Host Network Service reports it.")});
    add({.pattern = "/windows/network/allowUnqualifiedDNSQuery",
         .kinds = K::Boolean,
         .section = kSecWinNetwork,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Allow unqualified DNS queries"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Resolve single-label names such as \"db\"."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "When true, names without a domain part may be looked up, completed with the DNS search list.")});
    add({.pattern = "/windows/network/DNSSearchList",
         .kinds = K::Array,
         .section = kSecWinNetwork,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "DNS search list"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Domain suffixes tried when resolving names."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Suffixes such as example.com that are appended in turn to a name that is not fully qualified.")});
    add({.pattern = "/windows/network/DNSSearchList/*",
         .kinds = K::String,
         .section = kSecWinNetwork,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "DNS suffix"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One domain suffix."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "A domain name to try as the ending of short names.")});
    add({.pattern = "/windows/network/networkSharedContainerName",
         .kinds = K::String,
         .section = kSecWinNetwork,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Share network of container"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Name or ID of a container whose network to join."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The container uses the network stack of the named container instead of "
                                          "getting its own, as the containers of one pod do.")});
    add({.pattern = "/windows/network/networkNamespace",
         .kinds = K::String,
         .since = V::V1_0_2,
         .section = kSecWinNetwork,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Network namespace"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "ID of an HNS network namespace to join."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "Puts the container into an existing Host Network Service namespace, which brings its "
                               "own endpoints. When it is given, the other network settings should be left out.")});

    add({.pattern = "/windows/credentialSpec",
         .kinds = K::Object,
         .freeForm = true,
         .section = kSecWindows,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Credential spec"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Group Managed Service Account of the container."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Lets the container act in an Active Directory domain under a gMSA. The content is the credential spec "
             "document of Windows tooling; its members are up to the runtime and are not checked.")});
    add({.pattern = "/windows/servicing",
         .kinds = K::Boolean,
         .section = kSecWindows,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Servicing"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Start only to apply pending Windows updates."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "When the Host Compute Service has reported a pending update servicing "
                                          "operation, true starts the container in the mode that applies it.")});
    add({.pattern = "/windows/ignoreFlushesDuringBoot",
         .kinds = K::Boolean,
         .section = kSecWindows,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Ignore flushes during boot"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Skip disk flushes while the container boots."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Trades safety for start-up speed: data written while the container boots is not flushed to disk.")});
    add({.pattern = "/windows/hyperv",
         .kinds = K::Object,
         .section = kSecHyperV,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Hyper-V isolation"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Run the container in a lightweight virtual machine."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Present, even empty, it asks for Hyper-V isolation: the container gets a kernel of its own in a utility "
             "VM. Absent, the container is a Windows Server container sharing the host's kernel.")});
    add({.pattern = "/windows/hyperv/utilityVMPath",
         .kinds = K::String,
         .section = kSecHyperV,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Utility VM image"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Folder of the utility VM image to boot."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Needed when the base image brings no utility VM. Without it the runtime "
                                          "looks for a UtilityVM folder in the layers, from the base layer upwards.")});
}

void TableBuilder::addVirtualMachine()
{
    add({.pattern = "/vm",
         .kinds = K::Object,
         .since = V::V1_0_2,
         .section = kSecVm,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Virtual machine"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Hypervisor, kernel and image for VM-based runtimes."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "For runtimes that start each container in a virtual machine of its own: which hypervisor to use, which "
             "kernel to boot and which disk image holds the machine's root filesystem.")});
    add({.pattern = "/vm/hypervisor",
         .kinds = K::Object,
         .since = V::V1_0_2,
         .section = kSecVm,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Hypervisor"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Program that runs the virtual machine."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The virtual machine monitor, such as QEMU or Cloud Hypervisor, and the arguments it is started with.")});
    add({.pattern = "/vm/hypervisor/path",
         .kinds = K::String,
         .format = F::AbsolutePath,
         .since = V::V1_0_2,
         .required = true,
         .section = kSecVm,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Hypervisor path"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Absolute path of the hypervisor program."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Resolved on the host, in the runtime's mount namespace, so it must be absolute.")});
    add({.pattern = "/vm/hypervisor/parameters",
         .kinds = K::Array,
         .since = V::V1_0_2,
         .section = kSecVm,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Hypervisor parameters"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Arguments passed to the hypervisor."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "Extra arguments for the hypervisor program, one per entry.")});
    add({.pattern = "/vm/hypervisor/parameters/*",
         .kinds = K::String,
         .since = V::V1_0_2,
         .section = kSecVm,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Parameter"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One argument."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "A single argument, passed as written.")});
    add({.pattern = "/vm/kernel",
         .kinds = K::Object,
         .since = V::V1_0_2,
         .required = true,
         .section = kSecVm,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Kernel"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Kernel the virtual machine boots."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The guest kernel, its command line and an optional initial ramdisk. A vm "
                                          "section cannot do without it.")});
    add({.pattern = "/vm/kernel/path",
         .kinds = K::String,
         .format = F::AbsolutePath,
         .since = V::V1_0_2,
         .required = true,
         .section = kSecVm,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Kernel path"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Absolute path of the kernel image."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The kernel file on the host, e.g. a vmlinuz; it must be absolute in the runtime's mount namespace.")});
    add({.pattern = "/vm/kernel/parameters",
         .kinds = K::Array,
         .since = V::V1_0_2,
         .section = kSecVm,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Kernel parameters"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Kernel command line, one parameter per entry."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Parameters such as console=hvc0 that the guest kernel receives on its command line.")});
    add({.pattern = "/vm/kernel/parameters/*",
         .kinds = K::String,
         .since = V::V1_0_2,
         .section = kSecVm,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Parameter"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One kernel parameter."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "A single entry of the kernel command line, e.g. quiet.")});
    add({.pattern = "/vm/kernel/initrd",
         .kinds = K::String,
         .format = F::AbsolutePath,
         .since = V::V1_0_2,
         .section = kSecVm,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Initial ramdisk"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Absolute path of an initrd image."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "An initial ramdisk loaded together with the kernel; like the kernel path it "
                                          "must be absolute on the host.")});
    add({.pattern = "/vm/image",
         .kinds = K::Object,
         .since = V::V1_0_2,
         .section = kSecVm,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Image"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Disk image the virtual machine boots into."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Holds the virtual machine's own root filesystem, which is not the "
                                          "container's: the runtime mounts root.path somewhere inside the machine.")});
    add({.pattern = "/vm/image/path",
         .kinds = K::String,
         .format = F::AbsolutePath,
         .since = V::V1_0_2,
         .required = true,
         .section = kSecVm,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Image path"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Absolute path of the disk image."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "The image file on the host; it must be absolute in the runtime's mount namespace.")});
    add({.pattern = "/vm/image/format",
         .kinds = K::String,
         .allowed = kVmImageFormats,
         .since = V::V1_0_2,
         .required = true,
         .section = kSecVm,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Image format"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "raw, qcow2, vdi, vmdk or vhd."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "The file format of the image: a plain disk (raw), QEMU's copy-on-write format (qcow2), "
                               "or the formats of VirtualBox (vdi), VMware (vmdk) and Hyper-V (vhd).")});
    add({.pattern = "/vm/hwConfig",
         .kinds = K::Object,
         .since = V::V1_3_0,
         .section = kSecVmHardware,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Hardware"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Virtual hardware and devices passed through."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Processors and memory of the virtual machine, plus host hardware it may use directly: device tree nodes, "
             "I/O memory and interrupts. The pass-through fields follow the Xen xl configuration.")});
    add({.pattern = "/vm/hwConfig/deviceTree",
         .kinds = K::String,
         .since = V::V1_3_0,
         .section = kSecVmHardware,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Device tree"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Device tree blob given to the virtual machine."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Path of a compiled device tree (.dtb) describing the hardware, real and "
                                          "paravirtual, that the virtual machine should use.")});
    add({.pattern = "/vm/hwConfig/vcpus",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .since = V::V1_3_0,
         .section = kSecVmHardware,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Virtual CPUs"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Number of virtual processors."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "How many processors the virtual machine gets.")});
    add({.pattern = "/vm/hwConfig/memory",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .unit = Unit::Bytes,
         .since = V::V1_3_0,
         .section = kSecVmHardware,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Memory"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Most memory of the virtual machine, in bytes."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The largest amount of memory the virtual machine is given, in bytes.")});
    add({.pattern = "/vm/hwConfig/dtdevs",
         .kinds = K::Array,
         .since = V::V1_3_0,
         .section = kSecVmHardware,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Device tree nodes"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Host device tree nodes passed through."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Paths of nodes in the host's device tree whose devices the virtual machine may use directly.")});
    add({.pattern = "/vm/hwConfig/dtdevs/*",
         .kinds = K::String,
         .since = V::V1_3_0,
         .section = kSecVmHardware,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Device tree node"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Path of one node."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "A node of the host's device tree, written as its path.")});
    add({.pattern = "/vm/hwConfig/iomems",
         .kinds = K::Array,
         .since = V::V1_3_0,
         .section = kSecVmHardware,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "I/O memory"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Hardware memory pages the machine may access."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Ranges of physical I/O memory pages mapped into the virtual machine, for devices it drives itself.")});
    add({.pattern = "/vm/hwConfig/iomems/*",
         .kinds = K::Object,
         .since = V::V1_3_0,
         .section = kSecVmHardware,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "I/O memory range"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One range of pages."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "A run of nrMFNs host pages starting at firstMFN, mapped into the guest at firstGFN.")});
    add({.pattern = "/vm/hwConfig/iomems/*/firstGFN",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .since = V::V1_3_0,
         .section = kSecVmHardware,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "First guest frame"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Guest page number where the range appears."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Where in the guest's address space the pages are mapped, as a page number. "
                                          "Without it they appear at the same number as on the host.")});
    add({.pattern = "/vm/hwConfig/iomems/*/firstMFN",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .since = V::V1_3_0,
         .required = true,
         .section = kSecVmHardware,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "First machine frame"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Host page number where the range starts."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The physical page number of the first page of the I/O memory region.")});
    add({.pattern = "/vm/hwConfig/iomems/*/nrMFNs",
         .kinds = K::Integer,
         .range = IntRange::UInt64,
         .since = V::V1_3_0,
         .required = true,
         .section = kSecVmHardware,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Page count"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Number of pages in the range."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "How many consecutive pages, starting at firstMFN, are mapped.")});
    add({.pattern = "/vm/hwConfig/irqs",
         .kinds = K::Array,
         .since = V::V1_3_0,
         .section = kSecVmHardware,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Interrupts"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Physical IRQs the machine may handle."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Interrupt lines of the host routed to the virtual machine, for devices passed through to it.")});
    add({.pattern = "/vm/hwConfig/irqs/*",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .since = V::V1_3_0,
         .section = kSecVmHardware,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Interrupt"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One IRQ number."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "The number of a physical interrupt line.")});
}

void TableBuilder::addSolaris()
{
    add({.pattern = "/solaris",
         .kinds = K::Object,
         .section = kSecSolaris,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Solaris"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Settings for Solaris application containers."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Solaris runs containers as zones; apart from milestone these fields stand "
                                          "for properties of the zone's configuration (zonecfg).")});
    add({.pattern = "/solaris/milestone",
         .kinds = K::String,
         .section = kSecSolaris,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Milestone"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "SMF service to wait for, as an FMRI."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The process starts only once this Service Management Facility milestone is "
                                          "online, e.g. svc:/milestone/container:default.")});
    add({.pattern = "/solaris/limitpriv",
         .kinds = K::String,
         .section = kSecSolaris,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Privilege limit"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Most privileges a process in the zone can get."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "A comma-separated privilege set, such as default or default,-net_rawaccess, "
                                          "in the syntax of priv_str_to_set(3C).")});
    add({.pattern = "/solaris/maxShmMemory",
         .kinds = K::String,
         .section = kSecSolaris,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Shared memory limit"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Most System V shared memory, e.g. 512m."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Maps to the zone's max-shm-memory. The number may carry a scale letter K, M, G or T.")});
    add({.pattern = "/solaris/cappedCPU",
         .kinds = K::Object,
         .section = kSecSolaris,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "CPU cap"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Limit on the CPU time of the zone."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Maps to the zone's capped-cpu resource, which limits the processor time all "
                                          "its threads together may use.")});
    add({.pattern = "/solaris/cappedCPU/ncpus",
         .kinds = K::String,
         .section = kSecSolaris,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "CPUs"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "CPUs' worth of time, e.g. 1.25."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Written as a string: 1 stands for one whole processor, .75 for three "
                                          "quarters of one, 1.25 for one and a quarter.")});
    add({.pattern = "/solaris/cappedMemory",
         .kinds = K::Object,
         .section = kSecSolaris,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Memory cap"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Physical and swap memory caps."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Maps to the zone's capped-memory resource. Sizes may carry a scale letter K, M, G or T.")});
    add({.pattern = "/solaris/cappedMemory/physical",
         .kinds = K::String,
         .section = kSecSolaris,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Physical memory"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Cap on resident memory, e.g. 512m."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "The most physical memory the zone may occupy.")});
    add({.pattern = "/solaris/cappedMemory/swap",
         .kinds = K::String,
         .section = kSecSolaris,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Swap"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Cap on swap space, e.g. 512m."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "The most swap space the zone may reserve.")});
    add({.pattern = "/solaris/anet",
         .kinds = K::Array,
         .section = kSecSolarisNet,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Automatic networks"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Virtual NICs created for the zone."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "For each entry the zone administration daemon creates a temporary virtual NIC when the "
                               "container starts and removes it when the container is torn down.")});
    add({.pattern = "/solaris/anet/*",
         .kinds = K::Object,
         .section = kSecSolarisNet,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Automatic network"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One virtual NIC."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "An anet resource of the zone: its link, addresses and protection.")});
    struct AnetField
    {
        const char *name;
        const char *title;
        const char *summary;
        const char *explanation;
    };
    const AnetField anetFields[] = {
        {"linkname", QT_TRANSLATE_NOOP("SpecCatalogue", "Link name"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Name of the virtual NIC, e.g. net0."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "The datalink name the automatically created VNIC gets.")},
        {"lowerLink", QT_TRANSLATE_NOOP("SpecCatalogue", "Lower link"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Physical link the VNIC is created on."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "The host link over which the virtual NIC is made; maps to lower-link.")},
        {"allowedAddress", QT_TRANSLATE_NOOP("SpecCatalogue", "Allowed addresses"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "IP addresses the zone may use, e.g. 172.17.0.2/16."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "Restricts the zone to these addresses on the link; without it any address may be used. "
                           "Maps to allowed-address.")},
        {"configureAllowedAddress", QT_TRANSLATE_NOOP("SpecCatalogue", "Configure allowed addresses"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "\"true\" or \"false\", as a string."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "With \"true\" the allowed addresses are set up on the interface each time the container "
                           "starts; with \"false\" they are not.")},
        {"defrouter", QT_TRANSLATE_NOOP("SpecCatalogue", "Default router"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Default gateway of the interface."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "The router the zone sends traffic for other networks to.")},
        {"macAddress", QT_TRANSLATE_NOOP("SpecCatalogue", "MAC address"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "A unicast MAC address or a keyword."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "Either a MAC address such as 02:42:f8:52:c7:16 or one of the keywords zonecfg knows, e.g. "
                           "random or auto.")},
        {"linkProtection", QT_TRANSLATE_NOOP("SpecCatalogue", "Link protection"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Protections, e.g. mac-nospoof, ip-nospoof."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "A comma-separated list of the link protection types of dladm, which stop the zone from "
                           "spoofing addresses.")},
    };
    for (const AnetField &f : anetFields) {
        add(std::string("/solaris/anet/*/") + f.name,
            {.kinds = K::String,
             .section = kSecSolarisNet,
             .title = f.title,
             .summary = f.summary,
             .explanation = f.explanation});
    }
}

void TableBuilder::addZos()
{
    add({.pattern = "/zos",
         .kinds = K::Object,
         .since = V::V1_1_0,
         .section = kSecZos,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "z/OS"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Settings for containers on IBM z/OS."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "z/OS UNIX isolates containers with namespaces and filesystem jails; this "
                                          "section lists the namespaces.")});
    add({.pattern = "/zos/namespaces",
         .kinds = K::Array,
         .since = V::V1_2_1,
         .section = kSecZosNamespaces,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Namespaces"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "z/OS UNIX namespaces the container gets or joins."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Like Linux namespaces: each listed type is new for the container or, with a "
                                          "path, an existing one. Types not listed are shared with the runtime.")});
    add({.pattern = "/zos/namespaces/*",
         .kinds = K::Object,
         .since = V::V1_2_1,
         .section = kSecZosNamespaces,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Namespace"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One namespace."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "A namespace type, and optionally the namespace file of one to join; each type may appear once.")});
    add({.pattern = "/zos/namespaces/*/type",
         .kinds = K::String,
         .allowed = kZosNamespaceTypes,
         .since = V::V1_2_1,
         .required = true,
         .section = kSecZosNamespaces,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Type"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "pid, mount, ipc or uts."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue",
                               "pid hides other processes, mount gives a mount table of its own, ipc separates "
                               "inter-process communication and uts allows an own host and domain name.")});
    add({.pattern = "/zos/namespaces/*/path",
         .kinds = K::String,
         .format = F::AbsolutePath,
         .since = V::V1_2_1,
         .section = kSecZosNamespaces,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Path"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Namespace file to join instead of creating one."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "An absolute path on the host to the file of an existing namespace of the "
                                          "same type. Without it a new namespace is created.")});
    // Devices were the whole z/OS section in 1.1.0 and 1.2.0.
    add({.pattern = "/zos/devices",
         .kinds = K::Array,
         .since = V::V1_1_0,
         .removedIn = V::V1_2_1,
         .section = kSecZosDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Devices (removed)"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Device files to create; removed in 1.2.1."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Listed device nodes for the container in versions 1.1.0 and 1.2.0. Version "
                                          "1.2.1 dropped them in favour of namespaces.")});
    add({.pattern = "/zos/devices/*",
         .kinds = K::Object,
         .since = V::V1_1_0,
         .section = kSecZosDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Device"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One device node of the removed devices list."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Described a special file like a Linux device entry does: type, path, numbers, mode and owner.")});
    add({.pattern = "/zos/devices/*/type",
         .kinds = K::String,
         .allowed = kDeviceTypes,
         .since = V::V1_1_0,
         .required = true,
         .section = kSecZosDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Type"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "c, b, u or p."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "Character, block, unbuffered character or FIFO device.")});
    add({.pattern = "/zos/devices/*/path",
         .kinds = K::String,
         .since = V::V1_1_0,
         .required = true,
         .section = kSecZosDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Path"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Where the device appears in the container."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "The full path of the device file inside the container.")});
    add({.pattern = "/zos/devices/*/major",
         .kinds = K::Integer,
         .range = IntRange::Int64,
         .since = V::V1_1_0,
         .section = kSecZosDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Major number"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Device class number."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "Selects the driver; needed for every type except p.")});
    add({.pattern = "/zos/devices/*/minor",
         .kinds = K::Integer,
         .range = IntRange::Int64,
         .since = V::V1_1_0,
         .section = kSecZosDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Minor number"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Device instance number."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "Selects the device among those of the driver; needed for every type except p.")});
    add({.pattern = "/zos/devices/*/fileMode",
         .kinds = K::Integer,
         .range = IntRange::FileMode,
         .since = V::V1_1_0,
         .section = kSecZosDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "File mode"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Permission bits, in decimal."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "The access mode of the device file; JSON has no octal numbers, so 0666 is written as 438.")});
    add({.pattern = "/zos/devices/*/uid",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .since = V::V1_1_0,
         .section = kSecZosDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Owner"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "User ID owning the device file."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "The numeric owner given to the device file in the container.")});
    add({.pattern = "/zos/devices/*/gid",
         .kinds = K::Integer,
         .range = IntRange::UInt32,
         .since = V::V1_1_0,
         .section = kSecZosDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Group"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Group ID owning the device file."),
         .explanation =
             QT_TRANSLATE_NOOP("SpecCatalogue", "The numeric group given to the device file in the container.")});
}

void TableBuilder::addFreebsd()
{
    add({.pattern = "/freebsd",
         .kinds = K::Object,
         .since = V::V1_3_0,
         .section = kSecFreebsd,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "FreeBSD"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Settings for FreeBSD jails."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "FreeBSD runs each container in a jail; this section adds devices and sets the jail's parameters.")});
    add({.pattern = "/freebsd/devices",
         .kinds = K::Array,
         .since = V::V1_3_0,
         .section = kSecFreebsdDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Devices"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Extra devfs devices exposed to the jail."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The container's /dev is a devfs mount, usually limited by a ruleset given "
                                          "as a mount option; these entries make further devices visible.")});
    add({.pattern = "/freebsd/devices/*",
         .kinds = K::Object,
         .since = V::V1_3_0,
         .section = kSecFreebsdDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Device"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One device and its mode."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue", "A device named by its path below /dev, optionally with the file mode it should get.")});
    add({.pattern = "/freebsd/devices/*/path",
         .kinds = K::String,
         .since = V::V1_3_0,
         .required = true,
         .section = kSecFreebsdDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Path"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Device path relative to /dev, e.g. pf."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "Written without /dev in front: pf stands for /dev/pf.")});
    add({.pattern = "/freebsd/devices/*/mode",
         .kinds = K::Integer,
         .range = IntRange::FileMode,
         .since = V::V1_3_0,
         .section = kSecFreebsdDevices,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Mode"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "File mode of the device, in decimal."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "JSON has no octal numbers, so rwx------ (octal 0700) is written as 448.")});
    add({.pattern = "/freebsd/jail",
         .kinds = K::Object,
         .since = V::V1_3_0,
         .section = kSecJail,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Jail"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Parameters of the container's jail."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Passed to the kernel when the jail is created; they correspond to "
                                          "parameters of jail(8) such as vnet, enforce_statfs and allow.*.")});
    add({.pattern = "/freebsd/jail/parent",
         .kinds = K::String,
         .since = V::V1_3_0,
         .section = kSecJail,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Parent jail"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Jail to create this one in."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "The name of another container's jail to nest this one in, for instance to "
                                          "share its vnet. Without it the host is the parent.")});
    struct Sharing
    {
        const char *name;
        bool canDisable;
        const char *defaultValue;
        const char *title;
        const char *summary;
        const char *explanation;
    };
    const Sharing sharings[] = {
        {"host", false, nullptr, QT_TRANSLATE_NOOP("SpecCatalogue", "Host identity"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Own host name and IDs (new) or the parent's (inherit)."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "With new the jail has its own host name, domain name, host UUID and host ID, taken from "
                           "hostname and domainname where given; with inherit it sees those of its parent.")},
        {"ip4", true, nullptr, QT_TRANSLATE_NOOP("SpecCatalogue", "IPv4"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Use of IPv4 addresses: new, inherit or disable."),
         QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "new limits the jail to the addresses of ip4Addr, inherit gives it those of the host or parent, disable "
             "forbids IPv4 altogether. Usually left out when the jail has its own vnet.")},
        {"ip6", true, nullptr, QT_TRANSLATE_NOOP("SpecCatalogue", "IPv6"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Use of IPv6 addresses: new, inherit or disable."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Works like ip4, for IPv6 and the addresses of ip6Addr.")},
        {"vnet", false, nullptr, QT_TRANSLATE_NOOP("SpecCatalogue", "Virtual network"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Own network stack (new) or the parent's (inherit)."),
         QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "new creates a network stack for the jail alone, the usual choice for a container with networking of its "
             "own; inherit uses the stack of the parent or host. It cannot be disabled.")},
        {"sysvmsg", true, "\"new\"", QT_TRANSLATE_NOOP("SpecCatalogue", "System V message queues"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Message queues: new, inherit or disable."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "new gives the jail its own key namespace, so it sees only the queues it made; inherit "
                           "shows it all queues of the host or parent; disable forbids the calls.")},
        {"sysvsem", true, "\"new\"", QT_TRANSLATE_NOOP("SpecCatalogue", "System V semaphores"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Semaphores: new, inherit or disable."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Works like sysvmsg, for semaphore sets.")},
        {"sysvshm", true, "\"new\"", QT_TRANSLATE_NOOP("SpecCatalogue", "System V shared memory"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Shared memory: new, inherit or disable."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Works like sysvmsg, for shared memory segments.")},
    };
    for (const Sharing &s : sharings) {
        add(std::string("/freebsd/jail/") + s.name,
            {.kinds = K::String,
             .allowed = s.canDisable ? std::span<const char *const>(kFreebsdSharing)
                                     : std::span<const char *const>(kFreebsdSharingNoDisable),
             .defaultValue = s.defaultValue,
             .since = V::V1_3_0,
             .section = kSecJail,
             .title = s.title,
             .summary = s.summary,
             .explanation = s.explanation});
    }
    struct Addresses
    {
        const char *name;
        const char *title;
        const char *summary;
        const char *explanation;
        const char *elementSummary;
    };
    const Addresses addressLists[] = {
        {"ip4Addr", QT_TRANSLATE_NOOP("SpecCatalogue", "IPv4 addresses"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "IPv4 addresses the jail may use."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "Limits the jail to these addresses of the host network, e.g. aliases on a loopback "
                           "interface, one set per jail."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "One IPv4 address in numeric form, e.g. 10.11.12.13.")},
        {"ip6Addr", QT_TRANSLATE_NOOP("SpecCatalogue", "IPv6 addresses"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "IPv6 addresses the jail may use."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Limits the jail to these IPv6 addresses of the host network."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "One IPv6 address in numeric form, e.g. fd10::11:12:13.")},
    };
    for (const Addresses &a : addressLists) {
        const std::string base = std::string("/freebsd/jail/") + a.name;
        add(base,
            {.kinds = K::Array,
             .since = V::V1_3_0,
             .section = kSecJail,
             .title = a.title,
             .summary = a.summary,
             .explanation = a.explanation});
        add(base + "/*",
            {.kinds = K::String,
             .since = V::V1_3_0,
             .section = kSecJail,
             .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Address"),
             .summary = a.elementSummary,
             .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "An address written as digits, not as a host name.")});
    }
    add({.pattern = "/freebsd/jail/interface",
         .kinds = K::String,
         .since = V::V1_3_0,
         .section = kSecJail,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Interface"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Host interface that carries the jail's addresses."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "An alias for each address of ip4Addr and ip6Addr is added to this interface "
                                          "while the container exists; used when the jail has no vnet of its own.")});
    add({.pattern = "/freebsd/jail/vnetInterfaces",
         .kinds = K::Array,
         .since = V::V1_3_0,
         .section = kSecJail,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Vnet interfaces"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Interfaces moved into the jail's vnet."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Network interfaces that are moved into the jail's own network stack for as "
                                          "long as the container lives, e.g. one end of an epair.")});
    add({.pattern = "/freebsd/jail/vnetInterfaces/*",
         .kinds = K::String,
         .since = V::V1_3_0,
         .section = kSecJail,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Interface"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Name of one interface."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "An interface name of the host, e.g. epair0b.")});
    add({.pattern = "/freebsd/jail/enforceStatfs",
         .kinds = K::Integer,
         .range = IntRange::UInt8,
         .defaultValue = "2",
         .since = V::V1_3_0,
         .section = kSecJail,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Mount visibility"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Which mounts the jail sees: 0, 1 or 2."),
         .explanation = QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "0 shows every mount of the host, 1 only those below the jail's root, 2 only the root itself.")});
    add({.pattern = "/freebsd/jail/allow",
         .kinds = K::Object,
         .since = V::V1_3_0,
         .section = kSecJail,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Allowed actions"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "Restrictions of the jail to lift."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Each switch lifts one of the restrictions a jail normally has, such as "
                                          "changing its host name or using raw sockets.")});
    struct Permission
    {
        const char *name;
        const char *defaultValue;
        const char *title;
        const char *summary;
        const char *explanation;
    };
    // setHostname and reservedPorts get no default: the specification
    // contradicts itself about them.
    const Permission permissions[] = {
        {"setHostname", nullptr, QT_TRANSLATE_NOOP("SpecCatalogue", "Set host name"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Let the jail change its host name."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Corresponds to allow.set_hostname of jail(8).")},
        {"rawSockets", "false", QT_TRANSLATE_NOOP("SpecCatalogue", "Raw sockets"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Allow raw sockets, e.g. for ping."),
         QT_TRANSLATE_NOOP(
             "SpecCatalogue",
             "Tools such as ping and traceroute need raw sockets; they also let a process forge packets.")},
        {"chflags", "false", QT_TRANSLATE_NOOP("SpecCatalogue", "Change file flags"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Allow changing system file flags."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "Lets root in the jail change system flags such as schg (immutable) with chflags.")},
        {"quotas", "false", QT_TRANSLATE_NOOP("SpecCatalogue", "Quotas"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Allow changing file system quotas."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Lets root in the jail administer the quotas of file systems.")},
        {"socketAf", "false", QT_TRANSLATE_NOOP("SpecCatalogue", "Other socket families"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Allow sockets besides IPv4, IPv6 and Unix."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Without it the jail may only create IPv4, IPv6 and Unix domain sockets.")},
        {"mlock", "false", QT_TRANSLATE_NOOP("SpecCatalogue", "Lock memory"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Allow mlock and munlock."),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Lets processes in the jail keep memory from being paged out.")},
        {"reservedPorts", nullptr, QT_TRANSLATE_NOOP("SpecCatalogue", "Reserved ports"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Allow binding to ports below 1024."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "Lets root in the jail listen on the privileged ports, as servers such as web servers do.")},
        {"suser", "true", QT_TRANSLATE_NOOP("SpecCatalogue", "Super-user"),
         QT_TRANSLATE_NOOP("SpecCatalogue", "Whether root in the jail has its privileges."),
         QT_TRANSLATE_NOOP("SpecCatalogue",
                           "Sets the jail's security.bsd.suser_enabled. If the parent has disabled the super-user, the "
                           "jail cannot enable it.")},
    };
    for (const Permission &p : permissions) {
        add(std::string("/freebsd/jail/allow/") + p.name,
            {.kinds = K::Boolean,
             .defaultValue = p.defaultValue,
             .since = V::V1_3_0,
             .section = kSecJail,
             .title = p.title,
             .summary = p.summary,
             .explanation = p.explanation});
    }
    add({.pattern = "/freebsd/jail/allow/mount",
         .kinds = K::Array,
         .since = V::V1_3_0,
         .section = kSecJail,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "Mountable file systems"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "File system types the jail may mount."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue",
                                          "Each type listed, e.g. tmpfs, may be mounted and unmounted from inside the "
                                          "jail; runtimes usually do the container's mounts from the host instead.")});
    add({.pattern = "/freebsd/jail/allow/mount/*",
         .kinds = K::String,
         .since = V::V1_3_0,
         .section = kSecJail,
         .title = QT_TRANSLATE_NOOP("SpecCatalogue", "File system type"),
         .summary = QT_TRANSLATE_NOOP("SpecCatalogue", "One file system type."),
         .explanation = QT_TRANSLATE_NOOP("SpecCatalogue", "A file system name such as nullfs or tmpfs.")});
}

} // namespace

namespace CatalogueEntries {

std::vector<FieldInfo> fields()
{
    TableBuilder table;
    table.addTopLevel();
    table.addMounts();
    table.addProcess();
    table.addHooks();
    table.addLinux();
    table.addWindows();
    table.addVirtualMachine();
    table.addSolaris();
    table.addZos();
    table.addFreebsd();
    return table.take();
}

std::span<const CapabilityInfo> capabilities()
{
    return kCapabilities;
}

} // namespace CatalogueEntries
