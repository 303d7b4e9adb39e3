// SPDX-License-Identifier: Apache-2.0
#include "runtimesupportcheck.h"

#include "runtimefeatures.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace {

QString text(const Json &value)
{
    return value.is_string() ? JsonUtil::toQString(value.get<std::string>()) : QString();
}

const Json *member(const Json &root, const char *pointer)
{
    const JsonPointer path(pointer);
    return root.contains(path) ? &root.at(path) : nullptr;
}

// Mount options that are flags the runtime interprets itself. Anything else
// (mode=755, size=..., newinstance) is filesystem data passed to the kernel,
// which a runtime need not list.
bool isGenericMountOption(const QString &option)
{
    static const QSet<QString> generic{"async",
                                       "atime",
                                       "bind",
                                       "defaults",
                                       "dev",
                                       "diratime",
                                       "dirsync",
                                       "exec",
                                       "iversion",
                                       "lazytime",
                                       "loud",
                                       "mand",
                                       "noatime",
                                       "nodev",
                                       "nodiratime",
                                       "noexec",
                                       "noiversion",
                                       "nolazytime",
                                       "nomand",
                                       "norelatime",
                                       "nostrictatime",
                                       "nosuid",
                                       "nosymfollow",
                                       "private",
                                       "ratime",
                                       "rbind",
                                       "rdev",
                                       "rdiratime",
                                       "relatime",
                                       "remount",
                                       "rexec",
                                       "rnoatime",
                                       "rnodev",
                                       "rnodiratime",
                                       "rnoexec",
                                       "rnorelatime",
                                       "rnostrictatime",
                                       "rnosuid",
                                       "rnosymfollow",
                                       "ro",
                                       "rprivate",
                                       "rrelatime",
                                       "rro",
                                       "rrw",
                                       "rshared",
                                       "rslave",
                                       "rstrictatime",
                                       "rsuid",
                                       "rsymfollow",
                                       "runbindable",
                                       "rw",
                                       "shared",
                                       "silent",
                                       "slave",
                                       "strictatime",
                                       "suid",
                                       "symfollow",
                                       "sync",
                                       "tmpcopyup",
                                       "unbindable",
                                       "idmap",
                                       "ridmap"};
    return generic.contains(option);
}

// Collects the distinct values of one aspect, each with its first place.
class Uses
{
public:
    void add(const QString &value, const JsonPointer &pointer)
    {
        if (value.isEmpty() || m_seen.contains(value))
            return;
        m_seen.insert(value);
        m_uses.append({value, pointer});
    }
    void addTo(QList<RuntimeSupportRow> &rows, RuntimeSupportRow::Aspect aspect) const
    {
        if (!m_uses.isEmpty())
            rows.append({aspect, m_uses});
    }

private:
    QSet<QString> m_seen;
    QList<RuntimeSupportUse> m_uses;
};

QString quoted(const QStringList &values)
{
    QStringList result;
    for (const QString &value : values)
        result << QLatin1Char('\'') + value + QLatin1Char('\'');
    return result.join(QLatin1String(", "));
}

// Why an aspect is unknown: the document leaves it out, or there is none.
RuntimeSupportVerdict unknown(const RuntimeFeatures &features)
{
    return {
        RuntimeSupportVerdict::Unknown,
        features.hasDocument()
            ? QCoreApplication::translate("RuntimeSupportCheck", "%1 features does not report this.")
                  .arg(features.label())
            : QCoreApplication::translate("RuntimeSupportCheck", "%1 has no features command.").arg(features.label()),
        QString()};
}

RuntimeSupportVerdict listVerdict(const RuntimeSupportRow &row, const RuntimeFeatures &features, const char *pointer)
{
    const std::optional<QSet<QString>> listed = features.list(QString::fromLatin1(pointer));
    if (!listed)
        return unknown(features);
    QStringList missing;
    for (const RuntimeSupportUse &use : row.uses) {
        if (!listed->contains(use.value))
            missing << use.value;
    }
    if (missing.isEmpty())
        return {RuntimeSupportVerdict::Supported, QString(), QString()};
    return {RuntimeSupportVerdict::Unsupported,
            QCoreApplication::translate("RuntimeSupportCheck", "%1 features lists no %2.")
                .arg(features.label(), quoted(missing)),
            missing.join(QLatin1String(", "))};
}

RuntimeSupportVerdict flagVerdict(const RuntimeSupportRow &row, const RuntimeFeatures &features, const char *pointer)
{
    const std::optional<bool> enabled = features.flag(QString::fromLatin1(pointer));
    if (!enabled)
        return unknown(features);
    if (*enabled)
        return {RuntimeSupportVerdict::Supported, QString(), QString()};
    return {RuntimeSupportVerdict::Unsupported,
            QCoreApplication::translate("RuntimeSupportCheck", "%1 reports %2 as disabled.")
                .arg(features.label(), row.title()),
            QCoreApplication::translate("RuntimeSupportCheck", "disabled")};
}

RuntimeSupportVerdict versionVerdict(const RuntimeSupportRow &row, const RuntimeFeatures &features)
{
    const QString version = row.uses.isEmpty() ? QString() : row.uses.first().value;
    if (version.isEmpty())
        return {RuntimeSupportVerdict::Unknown,
                QCoreApplication::translate("RuntimeSupportCheck", "The configuration sets no ociVersion."), QString()};
    if (features.ociVersionMin().isEmpty() && features.ociVersionMax().isEmpty())
        return unknown(features);
    const QString max = features.ociVersionMax();
    const QString min = features.ociVersionMin();
    const std::optional<int> toMax =
        max.isEmpty() ? std::optional<int>(0) : RuntimeSupportCheck::compareVersions(version, max);
    const std::optional<int> toMin =
        min.isEmpty() ? std::optional<int>(0) : RuntimeSupportCheck::compareVersions(version, min);
    if (!toMax || !toMin)
        return {RuntimeSupportVerdict::Unknown,
                QCoreApplication::translate("RuntimeSupportCheck", "'%1' is not a version of the spec.").arg(version),
                QString()};
    // runc takes any ociVersion: its specconv never reads it and writes its
    // own into the container's config. So outside the range is a caution;
    // that another runtime does not check either is not known here.
    const bool unchecked = features.name() == QLatin1String("runc");
    if (*toMax > 0) {
        return {RuntimeSupportVerdict::Caution,
                unchecked ? QCoreApplication::translate(
                                "RuntimeSupportCheck",
                                "%1 is newer than %2 declares (up to %3). It does not check the version, but may "
                                "ignore fields added since.")
                                .arg(version, features.label(), max)
                          : QCoreApplication::translate(
                                "RuntimeSupportCheck",
                                "%1 is newer than %2 declares (up to %3). It may ignore fields added since.")
                                .arg(version, features.label(), max),
                QCoreApplication::translate("RuntimeSupportCheck", "newer than %1").arg(max)};
    }
    if (*toMin < 0) {
        return {
            RuntimeSupportVerdict::Caution,
            unchecked
                ? QCoreApplication::translate("RuntimeSupportCheck",
                                              "%1 is older than %2 declares (from %3). It does not check the version.")
                      .arg(version, features.label(), min)
                : QCoreApplication::translate("RuntimeSupportCheck", "%1 is older than %2 declares (from %3).")
                      .arg(version, features.label(), min),
            QCoreApplication::translate("RuntimeSupportCheck", "older than %1").arg(min)};
    }
    return {RuntimeSupportVerdict::Supported, QString(), QString()};
}

// runc 1.1 reports no seccomp flags in its features, and its specconv
// refuses a config with any ("seccomp flags are not yet supported by runc",
// libcontainer/specconv/spec_linux.go in 1.1.5). The validator knows this too.
bool refusesSeccompFlags(const RuntimeFeatures &features)
{
    return features.hasDocument() && features.name() == QLatin1String("runc")
        && features.version().startsWith(QLatin1String("1.1."))
        && !features.list(QStringLiteral("/linux/seccomp/knownFlags"))
        && !features.list(QStringLiteral("/linux/seccomp/supportedFlags"));
}

struct Version
{
    int major = 0, minor = 0, patch = 0;
    QString prerelease;
};

std::optional<Version> parseVersion(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return Version{match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4)};
}

} // namespace

QString RuntimeSupportRow::title() const
{
    switch (aspect) {
    case OciVersion: return QCoreApplication::translate("RuntimeSupportCheck", "ociVersion");
    case Hooks: return QCoreApplication::translate("RuntimeSupportCheck", "Hooks");
    case Namespaces: return QCoreApplication::translate("RuntimeSupportCheck", "Namespaces");
    case Capabilities: return QCoreApplication::translate("RuntimeSupportCheck", "Capabilities");
    case MountOptions: return QCoreApplication::translate("RuntimeSupportCheck", "Mount options");
    case IdmapMounts: return QCoreApplication::translate("RuntimeSupportCheck", "ID-mapped mounts");
    case Seccomp: return QCoreApplication::translate("RuntimeSupportCheck", "Seccomp");
    case SeccompActions: return QCoreApplication::translate("RuntimeSupportCheck", "Seccomp actions");
    case SeccompArchitectures: return QCoreApplication::translate("RuntimeSupportCheck", "Seccomp architectures");
    case SeccompOperators: return QCoreApplication::translate("RuntimeSupportCheck", "Seccomp operators");
    case SeccompFlags: return QCoreApplication::translate("RuntimeSupportCheck", "Seccomp flags");
    case AppArmor: return QCoreApplication::translate("RuntimeSupportCheck", "AppArmor");
    case SELinux: return QCoreApplication::translate("RuntimeSupportCheck", "SELinux");
    case Cgroups: return QCoreApplication::translate("RuntimeSupportCheck", "Cgroups");
    case SystemdCgroup: return QCoreApplication::translate("RuntimeSupportCheck", "systemd cgroup driver");
    case IntelRdt: return QCoreApplication::translate("RuntimeSupportCheck", "Intel RDT");
    case NetDevices: return QCoreApplication::translate("RuntimeSupportCheck", "Network devices");
    }
    return QString();
}

QString RuntimeSupportRow::valueText() const
{
    if (aspect == OciVersion && (uses.isEmpty() || uses.first().value.isEmpty()))
        return QCoreApplication::translate("RuntimeSupportCheck", "not set");
    if (aspect == Cgroups && !uses.isEmpty())
        return QCoreApplication::translate("RuntimeSupportCheck", "%1 (this machine)").arg(uses.first().value);
    QStringList values;
    for (const RuntimeSupportUse &use : uses)
        values << use.value;
    return values.join(QLatin1String(", "));
}

namespace RuntimeSupportCheck {

CgroupVersion hostCgroupVersion()
{
    return QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/cgroup.controllers")) ? CgroupVersion::V2
                                                                                  : CgroupVersion::V1;
}

QList<RuntimeSupportRow> rows(const Json &config, CgroupVersion host)
{
    QList<RuntimeSupportRow> result;
    const JsonPointer versionPointer("/ociVersion");
    const QString version =
        config.is_object() && config.contains("ociVersion") ? text(config["ociVersion"]) : QString();
    result.append({RuntimeSupportRow::OciVersion, {{version, versionPointer}}});
    if (!config.is_object())
        return result;

    Uses hooks;
    if (const Json *all = member(config, "/hooks"); all && all->is_object()) {
        for (auto it = all->begin(); it != all->end(); ++it)
            hooks.add(JsonUtil::toQString(it.key()), JsonPointer("/hooks") / it.key());
    }
    hooks.addTo(result, RuntimeSupportRow::Hooks);

    Uses namespaces;
    if (const Json *list = member(config, "/linux/namespaces"); list && list->is_array()) {
        for (size_t i = 0; i < list->size(); ++i) {
            const Json &ns = (*list)[i];
            if (ns.is_object() && ns.contains("type"))
                namespaces.add(text(ns["type"]), JsonPointer("/linux/namespaces") / i / "type");
        }
    }
    namespaces.addTo(result, RuntimeSupportRow::Namespaces);

    Uses capabilities;
    if (const Json *sets = member(config, "/process/capabilities"); sets && sets->is_object()) {
        for (auto it = sets->begin(); it != sets->end(); ++it) {
            if (!it->is_array())
                continue;
            for (size_t i = 0; i < it->size(); ++i)
                capabilities.add(text((*it)[i]), JsonPointer("/process/capabilities") / it.key() / i);
        }
    }
    capabilities.addTo(result, RuntimeSupportRow::Capabilities);

    Uses mountOptions;
    Uses idmapMounts;
    if (const Json *mounts = member(config, "/mounts"); mounts && mounts->is_array()) {
        for (size_t m = 0; m < mounts->size(); ++m) {
            const Json &mount = (*mounts)[m];
            if (!mount.is_object())
                continue;
            const JsonPointer at = JsonPointer("/mounts") / m;
            if (mount.contains("options") && mount["options"].is_array()) {
                for (size_t i = 0; i < mount["options"].size(); ++i) {
                    const QString option = text(mount["options"][i]);
                    if (isGenericMountOption(option))
                        mountOptions.add(option, at / "options" / i);
                }
            }
            for (const char *mappings : {"uidMappings", "gidMappings"}) {
                if (mount.contains(mappings) && mount[mappings].is_array() && !mount[mappings].empty()) {
                    const QString destination = text(mount.value("destination", Json()));
                    idmapMounts.add(destination.isEmpty() ? QString::number(m) : destination, at / mappings);
                }
            }
        }
    }
    mountOptions.addTo(result, RuntimeSupportRow::MountOptions);
    idmapMounts.addTo(result, RuntimeSupportRow::IdmapMounts);

    if (const Json *seccomp = member(config, "/linux/seccomp"); seccomp && seccomp->is_object()) {
        const JsonPointer at("/linux/seccomp");
        Uses profile;
        profile.add(seccomp->contains("defaultAction") ? text((*seccomp)["defaultAction"])
                                                       : QCoreApplication::translate("RuntimeSupportCheck", "set"),
                    at);
        profile.addTo(result, RuntimeSupportRow::Seccomp);

        Uses actions;
        Uses operators;
        if (seccomp->contains("defaultAction"))
            actions.add(text((*seccomp)["defaultAction"]), at / "defaultAction");
        if (seccomp->contains("syscalls") && (*seccomp)["syscalls"].is_array()) {
            const Json &syscalls = (*seccomp)["syscalls"];
            for (size_t i = 0; i < syscalls.size(); ++i) {
                const Json &rule = syscalls[i];
                if (!rule.is_object())
                    continue;
                if (rule.contains("action"))
                    actions.add(text(rule["action"]), at / "syscalls" / i / "action");
                if (rule.contains("args") && rule["args"].is_array()) {
                    for (size_t a = 0; a < rule["args"].size(); ++a) {
                        const Json &arg = rule["args"][a];
                        if (arg.is_object() && arg.contains("op"))
                            operators.add(text(arg["op"]), at / "syscalls" / i / "args" / a / "op");
                    }
                }
            }
        }
        actions.addTo(result, RuntimeSupportRow::SeccompActions);

        Uses architectures;
        if (seccomp->contains("architectures") && (*seccomp)["architectures"].is_array()) {
            for (size_t i = 0; i < (*seccomp)["architectures"].size(); ++i)
                architectures.add(text((*seccomp)["architectures"][i]), at / "architectures" / i);
        }
        architectures.addTo(result, RuntimeSupportRow::SeccompArchitectures);
        operators.addTo(result, RuntimeSupportRow::SeccompOperators);

        Uses flags;
        if (seccomp->contains("flags") && (*seccomp)["flags"].is_array()) {
            for (size_t i = 0; i < (*seccomp)["flags"].size(); ++i)
                flags.add(text((*seccomp)["flags"][i]), at / "flags" / i);
        }
        flags.addTo(result, RuntimeSupportRow::SeccompFlags);
    }

    Uses apparmor;
    if (const Json *profile = member(config, "/process/apparmorProfile"))
        apparmor.add(text(*profile), JsonPointer("/process/apparmorProfile"));
    apparmor.addTo(result, RuntimeSupportRow::AppArmor);

    Uses selinux;
    if (const Json *label = member(config, "/process/selinuxLabel"))
        selinux.add(text(*label), JsonPointer("/process/selinuxLabel"));
    if (const Json *label = member(config, "/linux/mountLabel"))
        selinux.add(text(*label), JsonPointer("/linux/mountLabel"));
    selinux.addTo(result, RuntimeSupportRow::SELinux);

    // Every container gets a cgroup; a config that sets resources or a path
    // depends on the controller of this machine's hierarchy.
    const Json *resources = member(config, "/linux/resources");
    const Json *cgroupsPath = member(config, "/linux/cgroupsPath");
    if (resources || cgroupsPath) {
        Uses cgroups;
        cgroups.add(host == CgroupVersion::V2 ? QStringLiteral("v2") : QStringLiteral("v1"),
                    JsonPointer(resources ? "/linux/resources" : "/linux/cgroupsPath"));
        cgroups.addTo(result, RuntimeSupportRow::Cgroups);
    }
    // "slice:prefix:name" is the systemd driver's form of the path.
    static const QRegularExpression systemdPath(QStringLiteral("^[^:/]*:[^:]*:[^:]+$"));
    if (cgroupsPath && systemdPath.match(text(*cgroupsPath)).hasMatch()) {
        Uses systemd;
        systemd.add(text(*cgroupsPath), JsonPointer("/linux/cgroupsPath"));
        systemd.addTo(result, RuntimeSupportRow::SystemdCgroup);
    }

    Uses intelRdt;
    if (const Json *rdt = member(config, "/linux/intelRdt"); rdt && rdt->is_object()) {
        QStringList members;
        for (auto it = rdt->begin(); it != rdt->end(); ++it)
            members << JsonUtil::toQString(it.key());
        intelRdt.add(members.isEmpty() ? QCoreApplication::translate("RuntimeSupportCheck", "set")
                                       : members.join(QLatin1String(", ")),
                     JsonPointer("/linux/intelRdt"));
    }
    intelRdt.addTo(result, RuntimeSupportRow::IntelRdt);

    Uses netDevices;
    if (const Json *devices = member(config, "/linux/netDevices"); devices && devices->is_object()) {
        for (auto it = devices->begin(); it != devices->end(); ++it)
            netDevices.add(JsonUtil::toQString(it.key()), JsonPointer("/linux/netDevices") / it.key());
    }
    netDevices.addTo(result, RuntimeSupportRow::NetDevices);
    return result;
}

RuntimeSupportVerdict judge(const RuntimeSupportRow &row, const RuntimeFeatures &features)
{
    switch (row.aspect) {
    case RuntimeSupportRow::OciVersion: return versionVerdict(row, features);
    case RuntimeSupportRow::Hooks: return listVerdict(row, features, "/hooks");
    case RuntimeSupportRow::Namespaces: return listVerdict(row, features, "/linux/namespaces");
    case RuntimeSupportRow::Capabilities: return listVerdict(row, features, "/linux/capabilities");
    case RuntimeSupportRow::MountOptions: return listVerdict(row, features, "/mountOptions");
    case RuntimeSupportRow::IdmapMounts: return flagVerdict(row, features, "/linux/mountExtensions/idmap/enabled");
    case RuntimeSupportRow::Seccomp: return flagVerdict(row, features, "/linux/seccomp/enabled");
    case RuntimeSupportRow::SeccompActions: return listVerdict(row, features, "/linux/seccomp/actions");
    case RuntimeSupportRow::SeccompArchitectures: return listVerdict(row, features, "/linux/seccomp/archs");
    case RuntimeSupportRow::SeccompOperators: return listVerdict(row, features, "/linux/seccomp/operators");
    case RuntimeSupportRow::SeccompFlags:
        if (refusesSeccompFlags(features)) {
            return {RuntimeSupportVerdict::Unsupported,
                    QCoreApplication::translate("RuntimeSupportCheck",
                                                "%1 refuses any seccomp flag (\"seccomp flags are not yet supported "
                                                "by runc\").")
                        .arg(features.label()),
                    row.valueText()};
        }
        // supportedFlags also asks the kernel; knownFlags only the runtime.
        return listVerdict(row, features,
                           features.list(QStringLiteral("/linux/seccomp/supportedFlags"))
                               ? "/linux/seccomp/supportedFlags"
                               : "/linux/seccomp/knownFlags");
    case RuntimeSupportRow::AppArmor: return flagVerdict(row, features, "/linux/apparmor/enabled");
    case RuntimeSupportRow::SELinux: return flagVerdict(row, features, "/linux/selinux/enabled");
    case RuntimeSupportRow::Cgroups:
        return flagVerdict(row, features,
                           !row.uses.isEmpty() && row.uses.first().value == QLatin1String("v1") ? "/linux/cgroup/v1"
                                                                                                : "/linux/cgroup/v2");
    case RuntimeSupportRow::SystemdCgroup: return flagVerdict(row, features, "/linux/cgroup/systemd");
    case RuntimeSupportRow::IntelRdt: return flagVerdict(row, features, "/linux/intelRdt/enabled");
    case RuntimeSupportRow::NetDevices: return flagVerdict(row, features, "/linux/netDevices/enabled");
    }
    return unknown(features);
}

std::optional<int> compareVersions(const QString &a, const QString &b)
{
    const std::optional<Version> left = parseVersion(a);
    const std::optional<Version> right = parseVersion(b);
    if (!left || !right)
        return std::nullopt;
    for (const auto &[x, y] : {std::pair(left->major, right->major), std::pair(left->minor, right->minor),
                               std::pair(left->patch, right->patch)}) {
        if (x != y)
            return x < y ? -1 : 1;
    }
    // A pre-release comes before its release: 1.0.2-dev < 1.0.2.
    if (left->prerelease == right->prerelease)
        return 0;
    if (left->prerelease.isEmpty())
        return 1;
    if (right->prerelease.isEmpty())
        return -1;
    return left->prerelease < right->prerelease ? -1 : 1;
}

} // namespace RuntimeSupportCheck
