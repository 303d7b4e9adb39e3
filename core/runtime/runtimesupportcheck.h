// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class RuntimeFeatures;

// One value a config uses, where it first uses it.
struct RuntimeSupportUse
{
    QString value;
    JsonPointer pointer;
};

// One aspect of a config that a runtime may or may not support, with the
// distinct values the config uses for it.
struct RuntimeSupportRow
{
    enum Aspect {
        OciVersion,
        Hooks,
        Namespaces,
        Capabilities,
        MountOptions,
        IdmapMounts,
        Seccomp,
        SeccompActions,
        SeccompArchitectures,
        SeccompOperators,
        SeccompFlags,
        AppArmor,
        SELinux,
        Cgroups,
        SystemdCgroup,
        IntelRdt,
        NetDevices,
    };

    Aspect aspect = OciVersion;
    QList<RuntimeSupportUse> uses;

    // "Capabilities", "Seccomp actions": the aspect's translated name.
    QString title() const;
    // The values, comma separated.
    QString valueText() const;
    // Where the config first uses the aspect.
    JsonPointer pointer() const { return uses.isEmpty() ? JsonPointer() : uses.first().pointer; }
};

// A runtime's answer for one row.
struct RuntimeSupportVerdict
{
    enum Kind {
        Supported,
        // Outside what the runtime declares, though it does not refuse it
        // (the ociVersion range).
        Caution,
        Unsupported,
        // The runtime did not report this aspect.
        Unknown,
    };

    Kind kind = Unknown;
    // A sentence saying why, naming the runtime ("runc 1.1.5 features lists
    // no 'CAP_BPF'."); empty when supported.
    QString reason;
    // Unsupported values, or for a caution the declared bound; for the cell.
    QString brief;
};

// Which aspects a config uses (rows) and what a runtime's features say about
// each (judge). The verdict is unsupported only where the features document
// lists the aspect and lacks the value, or reports it disabled: a runtime
// refuses or ignores what it does not list. What it does not report is
// unknown.
namespace RuntimeSupportCheck {

enum class CgroupVersion { V1, V2 };

// cgroup v2 when /sys/fs/cgroup is the unified hierarchy.
CgroupVersion hostCgroupVersion();

// The aspects config uses, in a fixed order; ociVersion always comes first.
QList<RuntimeSupportRow> rows(const Json &config, CgroupVersion host = hostCgroupVersion());

RuntimeSupportVerdict judge(const RuntimeSupportRow &row, const RuntimeFeatures &features);

// Orders spec versions ("1.0.2-dev" < "1.0.2" < "1.1.0"); nothing when
// either is not a version.
std::optional<int> compareVersions(const QString &a, const QString &b);

} // namespace RuntimeSupportCheck
