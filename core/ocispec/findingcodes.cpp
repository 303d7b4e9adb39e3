// SPDX-License-Identifier: Apache-2.0
#include "findingcodes.h"

#include <QList>

#include <algorithm>
#include <iterator>

namespace {

constexpr FindingCodeInfo kCodes[] = {
    {FindingCode::OciVersionUnknownMajor, "ociVersion.unknown-major", FindingKind::Warning, "Validator"},
    {FindingCode::OciVersionNewerThanKnown, "ociVersion.newer-than-known", FindingKind::Info, "Validator"},
    {FindingCode::FileByteOrderMark, "file.byte-order-mark", FindingKind::Error, "SourceTextRules"},
    {FindingCode::NumberNegativeZero, "number.negative-zero", FindingKind::Error, "SourceTextRules"},
    {FindingCode::FieldUnknown, "field.unknown", FindingKind::Info, "SchemaChecker"},
    {FindingCode::FieldRequired, "field.required", FindingKind::Error, "SchemaChecker"},
    {FindingCode::FieldDeprecated, "field.deprecated", FindingKind::Warning, "SchemaChecker"},
    {FindingCode::FieldRemoved, "field.removed", FindingKind::Warning, "SchemaChecker"},
    {FindingCode::FieldNewerThanVersion, "field.newer-than-version", FindingKind::Warning, "SchemaChecker"},
    {FindingCode::ValueOutOfRange, "value.out-of-range", FindingKind::Error, "SchemaChecker"},
    {FindingCode::TypeMismatch, "type.mismatch", FindingKind::Error, "SchemaChecker"},
    {FindingCode::ValueNotAllowed, "value.not-allowed", FindingKind::Error, "SchemaChecker"},
    {FindingCode::ValueNewerThanVersion, "value.newer-than-version", FindingKind::Warning, "SchemaChecker"},
    {FindingCode::ValueNotSemver, "value.not-semver", FindingKind::Error, "SchemaChecker"},
    {FindingCode::PathNotAbsolute, "path.not-absolute", FindingKind::Error, "SchemaChecker"},
    {FindingCode::MountDestinationRelative, "mount.destination.relative", FindingKind::Warning, "SchemaChecker"},
    {FindingCode::EnvMalformed, "env.malformed", FindingKind::Error, "SchemaChecker"},
    {FindingCode::CpulistMalformed, "cpulist.malformed", FindingKind::Error, "SchemaChecker"},
    {FindingCode::HugepagePagesizeMalformed, "hugepage.pagesize.malformed", FindingKind::Error, "SchemaChecker"},
    {FindingCode::DeviceAccessMalformed, "device.access.malformed", FindingKind::Error, "SchemaChecker"},
    {FindingCode::IntelrdtMembwschemaMalformed, "intelrdt.membwschema.malformed", FindingKind::Error, "SchemaChecker"},
    {FindingCode::ValueMultiline, "value.multiline", FindingKind::Error, "SchemaChecker"},
    {FindingCode::IntelrdtL3cacheschemaPrefix, "intelrdt.l3cacheschema.prefix", FindingKind::Warning, "SchemaChecker"},
    {FindingCode::CapabilityInvalid, "capability.invalid", FindingKind::Error, "SchemaChecker"},
    {FindingCode::CapabilityUnknown, "capability.unknown", FindingKind::Error, "SchemaChecker"},
    {FindingCode::NamespaceDuplicate, "namespace.duplicate", FindingKind::Error, "NamespaceRules, PlatformRules"},
    {FindingCode::NamespaceTimeRuncUnsupported, "namespace.time.runc-unsupported", FindingKind::Error,
     "NamespaceRules"},
    {FindingCode::IdmapNeedsUserNamespace, "idmap.needs-user-namespace", FindingKind::Warning, "NamespaceRules"},
    {FindingCode::HostnameNeedsUtsNamespace, "hostname.needs-uts-namespace", FindingKind::Error, "NamespaceRules"},
    {FindingCode::HostnameTooLong, "hostname.too-long", FindingKind::Error, "NamespaceRules"},
    {FindingCode::DomainnameNeedsUtsNamespace, "domainname.needs-uts-namespace", FindingKind::Warning,
     "NamespaceRules"},
    {FindingCode::MaskedPathsNeedsMountNamespace, "maskedPaths.needs-mount-namespace", FindingKind::Error,
     "NamespaceRules"},
    {FindingCode::ReadonlyPathsNeedsMountNamespace, "readonlyPaths.needs-mount-namespace", FindingKind::Error,
     "NamespaceRules"},
    {FindingCode::TimeoffsetsNeedsTimeNamespace, "timeoffsets.needs-time-namespace", FindingKind::Error,
     "NamespaceRules"},
    {FindingCode::SysctlNeedsNetworkNamespace, "sysctl.needs-network-namespace", FindingKind::Error, "NamespaceRules"},
    {FindingCode::SysctlNeedsIpcNamespace, "sysctl.needs-ipc-namespace", FindingKind::Error, "NamespaceRules"},
    {FindingCode::SysctlHostname, "sysctl.hostname", FindingKind::Error, "NamespaceRules"},
    {FindingCode::SysctlNeedsUtsNamespace, "sysctl.needs-uts-namespace", FindingKind::Error, "NamespaceRules"},
    {FindingCode::SysctlNotNamespaced, "sysctl.not-namespaced", FindingKind::Error, "NamespaceRules"},
    {FindingCode::UsernsMappingsMissing, "userns.mappings.missing", FindingKind::Error, "UserNamespaceRules"},
    {FindingCode::UsernsRootUnmapped, "userns.root.unmapped", FindingKind::Error, "UserNamespaceRules"},
    {FindingCode::UsernsProcessUnmapped, "userns.process.unmapped", FindingKind::Error, "UserNamespaceRules"},
    {FindingCode::RootMissing, "root.missing", FindingKind::Error, "ProcessRules, PlatformRules"},
    {FindingCode::ProcessMissing, "process.missing", FindingKind::Error, "ProcessRules"},
    {FindingCode::ProcessArgsEmpty, "process.args.empty", FindingKind::Error, "ProcessRules"},
    {FindingCode::ProcessOomScoreAdjRange, "process.oomScoreAdj.range", FindingKind::Error, "ProcessRules"},
    {FindingCode::IoPriorityPriorityRange, "ioPriority.priority.range", FindingKind::Error, "ProcessRules"},
    {FindingCode::ProcessUserIdRange, "process.user.id-range", FindingKind::Error, "ProcessRules"},
    {FindingCode::SchedulerPriorityRange, "scheduler.priority.range", FindingKind::Error, "ProcessRules"},
    {FindingCode::SchedulerNiceRange, "scheduler.nice.range", FindingKind::Error, "ProcessRules"},
    {FindingCode::SchedulerDeadlineOrder, "scheduler.deadline.order", FindingKind::Error, "ProcessRules"},
    {FindingCode::EnvNul, "env.nul", FindingKind::Error, "ProcessRules"},
    {FindingCode::EnvDuplicate, "env.duplicate", FindingKind::Warning, "ProcessRules"},
    {FindingCode::CapabilityEffectiveNotPermitted, "capability.effective-not-permitted", FindingKind::Error,
     "ProcessRules"},
    {FindingCode::CapabilityAmbientDropped, "capability.ambient-dropped", FindingKind::Warning, "ProcessRules"},
    {FindingCode::RlimitDuplicate, "rlimit.duplicate", FindingKind::Error, "ProcessRules"},
    {FindingCode::RlimitSoftAboveHard, "rlimit.soft-above-hard", FindingKind::Error, "ProcessRules"},
    {FindingCode::MountHidesEarlier, "mount.hides-earlier", FindingKind::Warning, "MountRules"},
    {FindingCode::MountIdmapIncomplete, "mount.idmap.incomplete", FindingKind::Error, "MountRules"},
    {FindingCode::MountIdmapOptionMissing, "mount.idmap.option-missing", FindingKind::Warning, "MountRules"},
    {FindingCode::MountIdmapNeedsUserNamespace, "mount.idmap.needs-user-namespace", FindingKind::Error, "MountRules"},
    {FindingCode::MountProcNotProc, "mount.proc.not-proc", FindingKind::Error, "MountRules"},
    {FindingCode::MountInsideProc, "mount.inside-proc", FindingKind::Error, "MountRules"},
    {FindingCode::DeviceFifoNumbers, "device.fifo-numbers", FindingKind::Warning, "DeviceRules"},
    {FindingCode::DeviceNumberMissing, "device.number.missing", FindingKind::Error, "DeviceRules"},
    {FindingCode::DeviceNumberNegative, "device.number.negative", FindingKind::Error, "DeviceRules"},
    {FindingCode::DeviceDuplicate, "device.duplicate", FindingKind::Warning, "DeviceRules"},
    {FindingCode::DevicePathDuplicate, "device.path.duplicate", FindingKind::Error, "DeviceRules"},
    {FindingCode::DeviceFilemodeRange, "device.filemode.range", FindingKind::Error, "DeviceRules"},
    {FindingCode::DeviceFilemodeType, "device.filemode.type", FindingKind::Warning, "DeviceRules"},
    {FindingCode::DeviceRuleAccessEmpty, "device.rule.access.empty", FindingKind::Error, "DeviceRules"},
    {FindingCode::DeviceDefaultNotAllowed, "device.default.not-allowed", FindingKind::ErrorOrWarning, "DeviceRules"},
    {FindingCode::MemoryNegative, "memory.negative", FindingKind::Error, "ResourceRules"},
    {FindingCode::MemoryLimitTooSmall, "memory.limit.too-small", FindingKind::Error, "ResourceRules"},
    {FindingCode::MemorySwapWithoutLimit, "memory.swap-without-limit", FindingKind::Error, "ResourceRules"},
    {FindingCode::MemorySwapBelowLimit, "memory.swap-below-limit", FindingKind::Error, "ResourceRules"},
    {FindingCode::MemoryReservationAboveLimit, "memory.reservation-above-limit", FindingKind::Warning, "ResourceRules"},
    {FindingCode::MemorySwappinessRange, "memory.swappiness.range", FindingKind::Error, "ResourceRules"},
    {FindingCode::CpuSharesRange, "cpu.shares.range", FindingKind::Error, "ResourceRules"},
    {FindingCode::CpuPeriodRange, "cpu.period.range", FindingKind::Error, "ResourceRules"},
    {FindingCode::CpuQuotaRange, "cpu.quota.range", FindingKind::Error, "ResourceRules"},
    {FindingCode::CpuBurstAboveQuota, "cpu.burst-above-quota", FindingKind::Error, "ResourceRules"},
    {FindingCode::BlockioWeightRange, "blockio.weight.range", FindingKind::Error, "ResourceRules"},
    {FindingCode::PidsLimitNegative, "pids.limit.negative", FindingKind::Warning, "ResourceRules"},
    {FindingCode::BlockioWeightMissing, "blockio.weight.missing", FindingKind::Error, "ResourceRules"},
    {FindingCode::RdmaLimitMissing, "rdma.limit.missing", FindingKind::Error, "ResourceRules"},
    {FindingCode::MemoryPolicyNodesUnexpected, "memoryPolicy.nodes.unexpected", FindingKind::Error, "ResourceRules"},
    {FindingCode::MemoryPolicyNodesMissing, "memoryPolicy.nodes.missing", FindingKind::Error, "ResourceRules"},
    {FindingCode::MemoryPolicyFlagsConflict, "memoryPolicy.flags.conflict", FindingKind::Error, "ResourceRules"},
    {FindingCode::SeccompListenerMetadataWithoutListener, "seccomp.listenerMetadata.without-listener",
     FindingKind::Error, "SeccompRules"},
    {FindingCode::SeccompNotifyDefault, "seccomp.notify.default", FindingKind::Error, "SeccompRules"},
    {FindingCode::SeccompErrnoRetUnsupported, "seccomp.errnoRet.unsupported", FindingKind::Error, "SeccompRules"},
    {FindingCode::SeccompNamesEmpty, "seccomp.names.empty", FindingKind::Error, "SeccompRules"},
    {FindingCode::SeccompNotifyWithoutListener, "seccomp.notify.without-listener", FindingKind::Error, "SeccompRules"},
    {FindingCode::SeccompArgIndexRange, "seccomp.arg.index.range", FindingKind::Error, "SeccompRules"},
    {FindingCode::SeccompFlagsRuncUnsupported, "seccomp.flags.runc-unsupported", FindingKind::Error, "SeccompRules"},
    {FindingCode::SeccompArchRuncUnsupported, "seccomp.arch.runc-unsupported", FindingKind::Error, "SeccompRules"},
    {FindingCode::SeccompNameEmpty, "seccomp.name.empty", FindingKind::Error, "SeccompRules"},
    {FindingCode::SeccompNotifyWrite, "seccomp.notify.write", FindingKind::Error, "SeccompRules"},
    {FindingCode::SeccompSyscallUnknown, "seccomp.syscall.unknown", FindingKind::Warning, "SeccompRules"},
    {FindingCode::AnnotationKeyEmpty, "annotation.key.empty", FindingKind::Error, "AnnotationRules"},
    {FindingCode::AnnotationKeyReserved, "annotation.key.reserved", FindingKind::Warning, "AnnotationRules"},
    {FindingCode::WindowsLayerFoldersEmpty, "windows.layerFolders.empty", FindingKind::Error, "PlatformRules"},
    {FindingCode::WindowsCpuExclusive, "windows.cpu.exclusive", FindingKind::Error, "PlatformRules"},
    {FindingCode::WindowsCpuRange, "windows.cpu.range", FindingKind::Error, "PlatformRules"},
    {FindingCode::WindowsCpuAffinityObject, "windows.cpu.affinity.object", FindingKind::Warning, "PlatformRules"},
    {FindingCode::WindowsNetworkNamespaceExclusive, "windows.network.namespace-exclusive", FindingKind::Warning,
     "PlatformRules"},
    {FindingCode::WindowsRootHyperv, "windows.root.hyperv", FindingKind::Error, "PlatformRules"},
    {FindingCode::WindowsRootPathVolume, "windows.root.path.volume", FindingKind::Error, "PlatformRules"},
    {FindingCode::WindowsRootReadonly, "windows.root.readonly", FindingKind::Error, "PlatformRules"},
    {FindingCode::WindowsProcessCommandMissing, "windows.process.command-missing", FindingKind::Error, "PlatformRules"},
    {FindingCode::WindowsMountSourceUnc, "windows.mount.source.unc", FindingKind::Error, "PlatformRules"},
    {FindingCode::WindowsMountNested, "windows.mount.nested", FindingKind::Error, "PlatformRules"},
    {FindingCode::FreebsdJailEnforceStatfsRange, "freebsd.jail.enforceStatfs.range", FindingKind::Error,
     "PlatformRules"},
    {FindingCode::HostRootMissing, "host.root.missing", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostRootNotDirectory, "host.root.not-directory", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostRootSymlink, "host.root.symlink", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostRootClosedToUserns, "host.root.closed-to-userns", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostNamespacePathMissing, "host.namespace.path.missing", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostMountSourceMissing, "host.mount.source.missing", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostMountTypeUnknown, "host.mount.type.unknown", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostHookMissing, "host.hook.missing", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostSelinuxDisabled, "host.selinux.disabled", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostApparmorDisabled, "host.apparmor.disabled", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostOomScoreAdjBelowOwn, "host.oomScoreAdj.below-own", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostRlimitAboveOwn, "host.rlimit.above-own", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostCgroupUnifiedOnV1, "host.cgroup.unified-on-v1", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostBlkioUnsupported, "host.blkio.unsupported", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostMemoryNodeMissing, "host.memory-node.missing", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostCpuMissing, "host.cpu.missing", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostSysctlUnknown, "host.sysctl.unknown", FindingKind::HostWarning, "HostRules"},
    {FindingCode::HostProcessNeedsRoot, "host.process.needs-root", FindingKind::HostWarning, "HostRules"},
    {FindingCode::RootfsEmpty, "rootfs.empty", FindingKind::Info, "RootfsRules"},
    {FindingCode::RootfsMountLinkEscapes, "rootfs.mount.link-escapes", FindingKind::Info, "RootfsRules"},
    {FindingCode::RootfsMountPathBlocked, "rootfs.mount.path-blocked", FindingKind::Error, "RootfsRules"},
    {FindingCode::RootfsMountOverFile, "rootfs.mount.over-file", FindingKind::Error, "RootfsRules"},
    {FindingCode::RootfsMountOverDirectory, "rootfs.mount.over-directory", FindingKind::Error, "RootfsRules"},
    {FindingCode::RootfsCwdNotDirectory, "rootfs.cwd.not-directory", FindingKind::Error, "RootfsRules"},
    {FindingCode::RootfsArgsNotFound, "rootfs.args.not-found", FindingKind::Error, "RootfsRules"},
    {FindingCode::RootfsArgsRelativePath, "rootfs.args.relative-path", FindingKind::Error, "RootfsRules"},
    {FindingCode::RootfsArgsNotExecutable, "rootfs.args.not-executable", FindingKind::Error, "RootfsRules"},
    {FindingCode::RootfsArgsScriptInterpreterMissing, "rootfs.args.script-interpreter.missing", FindingKind::Error,
     "RootfsRules"},
    {FindingCode::RootfsArgsUnknownFormat, "rootfs.args.unknown-format", FindingKind::Error, "RootfsRules"},
    {FindingCode::RootfsArgsElfMalformed, "rootfs.args.elf.malformed", FindingKind::Error, "RootfsRules"},
    {FindingCode::RootfsArgsElfNotProgram, "rootfs.args.elf.not-program", FindingKind::Error, "RootfsRules"},
    {FindingCode::RootfsArgsMachine, "rootfs.args.machine", FindingKind::Error, "RootfsRules"},
    {FindingCode::RootfsArgsEmulatorMissing, "rootfs.args.emulator.missing", FindingKind::Error, "RootfsRules"},
    {FindingCode::RootfsArgsMachineEmulated, "rootfs.args.machine.emulated", FindingKind::Warning, "RootfsRules"},
    {FindingCode::RootfsArgsInterpreterMissing, "rootfs.args.interpreter.missing", FindingKind::Error, "RootfsRules"},
    {FindingCode::RootfsUserUidUnknown, "rootfs.user.uid.unknown", FindingKind::Info, "RootfsRules"},
    {FindingCode::RootfsUserGidUnknown, "rootfs.user.gid.unknown", FindingKind::Info, "RootfsRules"},
};

// The table is indexed by FindingCode: one row per enumerator, in order.
// That no text is given twice, tst_findingcodes checks: comparing every pair
// here would pass clang's limit on compile-time steps.
constexpr bool isComplete()
{
    if (std::size(kCodes) != size_t(FindingCode::Count))
        return false;
    for (size_t i = 0; i < std::size(kCodes); ++i) {
        if (kCodes[i].code != FindingCode(i))
            return false;
    }
    return true;
}
static_assert(isComplete(), "kCodes must list every FindingCode once, in order");

const QList<QString> &ids()
{
    static const QList<QString> texts = [] {
        QList<QString> list;
        list.reserve(qsizetype(std::size(kCodes)));
        for (const FindingCodeInfo &info : kCodes)
            list.append(QString::fromLatin1(info.id));
        return list;
    }();
    return texts;
}

} // namespace

std::span<const FindingCodeInfo> FindingCodes::all()
{
    return kCodes;
}

const FindingCodeInfo &FindingCodes::info(FindingCode code)
{
    return kCodes[size_t(code)];
}

const QString &FindingCodes::id(FindingCode code)
{
    return ids()[qsizetype(code)];
}

const FindingCodeInfo *FindingCodes::find(QStringView id)
{
    const QList<QString> &texts = ids();
    const auto it = std::find(texts.begin(), texts.end(), id);
    return it == texts.end() ? nullptr : &kCodes[size_t(it - texts.begin())];
}
