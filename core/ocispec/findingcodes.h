// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <span>

// Every code the validator emits. The rules report findings by these
// enumerators (FindingSink takes nothing else), so a code exists only once
// it is listed here, and the table in findingcodes.cpp gives each its
// stable text; tests walk the list to prove that each code can be produced
// and that double-clicking it lands on the field it is about. The security
// review's codes are its own (SecurityRules::all()).
enum class FindingCode {
    // ociVersion, read before the catalogue walk (Validator)
    OciVersionUnknownMajor,
    OciVersionNewerThanKnown,
    // config.json's bytes, as Go's decoder reads them (SourceTextRules)
    FileByteOrderMark,
    NumberNegativeZero,
    // the catalogue: types, ranges, values, formats, versions (SchemaChecker)
    FieldUnknown,
    FieldRequired,
    FieldDeprecated,
    FieldRemoved,
    FieldNewerThanVersion,
    ValueOutOfRange,
    TypeMismatch,
    ValueNotAllowed,
    ValueNewerThanVersion,
    ValueNotSemver,
    PathNotAbsolute,
    MountDestinationRelative,
    EnvMalformed,
    CpulistMalformed,
    HugepagePagesizeMalformed,
    DeviceAccessMalformed,
    IntelrdtMembwschemaMalformed,
    ValueMultiline,
    IntelrdtL3cacheschemaPrefix,
    CapabilityInvalid,
    CapabilityUnknown,
    // namespaces and what needs them (NamespaceRules)
    NamespaceDuplicate,
    NamespaceTimeRuncUnsupported,
    IdmapNeedsUserNamespace,
    HostnameNeedsUtsNamespace,
    HostnameTooLong,
    DomainnameNeedsUtsNamespace,
    MaskedPathsNeedsMountNamespace,
    ReadonlyPathsNeedsMountNamespace,
    TimeoffsetsNeedsTimeNamespace,
    SysctlNeedsNetworkNamespace,
    SysctlNeedsIpcNamespace,
    SysctlHostname,
    SysctlNeedsUtsNamespace,
    SysctlNotNamespaced,
    // ID mappings of a user namespace (UserNamespaceRules)
    UsernsMappingsMissing,
    UsernsRootUnmapped,
    UsernsProcessUnmapped,
    // the process and the hooks' environments (ProcessRules)
    RootMissing,
    ProcessMissing,
    ProcessArgsEmpty,
    ProcessOomScoreAdjRange,
    IoPriorityPriorityRange,
    ProcessUserIdRange,
    SchedulerPriorityRange,
    SchedulerNiceRange,
    SchedulerDeadlineOrder,
    EnvNul,
    EnvDuplicate,
    CapabilityEffectiveNotPermitted,
    CapabilityAmbientDropped,
    RlimitDuplicate,
    RlimitSoftAboveHard,
    // mounts (MountRules)
    MountHidesEarlier,
    MountIdmapIncomplete,
    MountIdmapOptionMissing,
    MountIdmapNeedsUserNamespace,
    MountProcNotProc,
    MountInsideProc,
    // devices and the device cgroup (DeviceRules)
    DeviceFifoNumbers,
    DeviceNumberMissing,
    DeviceNumberNegative,
    DeviceDuplicate,
    DevicePathDuplicate,
    DeviceFilemodeRange,
    DeviceFilemodeType,
    DeviceRuleAccessEmpty,
    DeviceDefaultNotAllowed,
    // resource limits and the memory policy (ResourceRules)
    MemoryNegative,
    MemoryLimitTooSmall,
    MemorySwapWithoutLimit,
    MemorySwapBelowLimit,
    MemoryReservationAboveLimit,
    MemorySwappinessRange,
    CpuSharesRange,
    CpuPeriodRange,
    CpuQuotaRange,
    CpuBurstAboveQuota,
    BlockioWeightRange,
    PidsLimitNegative,
    BlockioWeightMissing,
    RdmaLimitMissing,
    MemoryPolicyNodesUnexpected,
    MemoryPolicyNodesMissing,
    MemoryPolicyFlagsConflict,
    // seccomp (SeccompRules)
    SeccompListenerMetadataWithoutListener,
    SeccompNotifyDefault,
    SeccompErrnoRetUnsupported,
    SeccompNamesEmpty,
    SeccompNotifyWithoutListener,
    SeccompArgIndexRange,
    SeccompFlagsRuncUnsupported,
    SeccompArchRuncUnsupported,
    SeccompNameEmpty,
    SeccompNotifyWrite,
    SeccompSyscallUnknown,
    // annotations (AnnotationRules)
    AnnotationKeyEmpty,
    AnnotationKeyReserved,
    // Windows, z/OS and FreeBSD (PlatformRules)
    WindowsLayerFoldersEmpty,
    WindowsCpuExclusive,
    WindowsCpuRange,
    WindowsCpuAffinityObject,
    WindowsNetworkNamespaceExclusive,
    WindowsRootHyperv,
    WindowsRootPathVolume,
    WindowsRootReadonly,
    WindowsProcessCommandMissing,
    WindowsMountSourceUnc,
    WindowsMountNested,
    FreebsdJailEnforceStatfsRange,
    // this machine; host findings (HostRules)
    HostRootMissing,
    HostRootNotDirectory,
    HostRootSymlink,
    HostRootClosedToUserns,
    HostNamespacePathMissing,
    HostMountSourceMissing,
    HostMountTypeUnknown,
    HostHookMissing,
    HostSelinuxDisabled,
    HostApparmorDisabled,
    HostOomScoreAdjBelowOwn,
    HostRlimitAboveOwn,
    HostCgroupUnifiedOnV1,
    HostBlkioUnsupported,
    HostMemoryNodeMissing,
    HostCpuMissing,
    HostSysctlUnknown,
    // the root filesystem (RootfsRules)
    RootfsEmpty,
    RootfsMountLinkEscapes,
    RootfsMountPathBlocked,
    RootfsMountOverFile,
    RootfsMountOverDirectory,
    RootfsCwdNotDirectory,
    RootfsArgsNotFound,
    RootfsArgsRelativePath,
    RootfsArgsNotExecutable,
    RootfsArgsScriptInterpreterMissing,
    RootfsArgsUnknownFormat,
    RootfsArgsElfMalformed,
    RootfsArgsElfNotProgram,
    RootfsArgsMachine,
    RootfsArgsEmulatorMissing,
    RootfsArgsMachineEmulated,
    RootfsArgsInterpreterMissing,
    RootfsUserUidUnknown,
    RootfsUserGidUnknown,

    Count // not a code: how many there are
};

// How a code's findings are reported.
enum class FindingKind {
    Error,
    Warning,
    Info,
    HostWarning,    // a warning about this machine (Finding::host)
    ErrorOrWarning, // an error where runc fails, else a warning (a default device)
};

struct FindingCodeInfo
{
    FindingCode code;
    const char *id; // "mount.destination.relative": Finding::code, stable
    FindingKind kind;
    const char *rules; // the class or classes that emit it, e.g. "ProcessRules"
};

namespace FindingCodes {

// Every code, in the order of FindingCode.
std::span<const FindingCodeInfo> all();
const FindingCodeInfo &info(FindingCode code);
// The code's text, shared: a finding costs no allocation for it.
const QString &id(FindingCode code);
// nullptr for text that is no code of the validator's.
const FindingCodeInfo *find(QStringView id);

} // namespace FindingCodes
