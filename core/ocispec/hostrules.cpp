// SPDX-License-Identifier: Apache-2.0
#include "hostrules.h"

#include "jsonaccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

#include <algorithm>

using namespace JsonAccess;

namespace {

// lstat: a namespace file or a bind source may well be a link.
bool pathExists(const QString &path)
{
    struct stat info
    { };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0;
}

} // namespace

HostRules::HostRules(const Json &root, const QString &bundleDirectory, FindingSink *sink)
    : m_root(root), m_bundleDirectory(bundleDirectory), m_sink(sink)
{ }

void HostRules::check()
{
    if (!m_root.is_object())
        return;
    checkRoot();
    checkNamespacePaths();
    checkMounts();
    checkHooks();
    checkProcess();
    checkResources();
    checkSysctl();
}

// runc runs in the bundle directory, so relative paths start there.
QString HostRules::resolved(const QString &path) const
{
    return QDir::cleanPath(QDir(m_bundleDirectory).absoluteFilePath(path));
}

void HostRules::checkRoot()
{
    const std::optional<QString> path = stringOf(memberPath(m_root, {"root", "path"}));
    if (!path)
        return;
    const QString pointer = QStringLiteral("/root/path");
    const QString absolute = resolved(*path);
    const QFileInfo info(absolute);
    if (!info.exists()) {
        m_sink->hostWarning(FindingCode::HostRootMissing, pointer,
                            tr("The root filesystem %1 does not exist; runc refuses to start.").arg(absolute));
    } else if (!info.isDir()) {
        m_sink->hostWarning(FindingCode::HostRootNotDirectory, pointer,
                            tr("The root filesystem %1 is not a directory; runc refuses to start.").arg(absolute));
    } else if (info.canonicalFilePath() != absolute) {
        m_sink->hostWarning(FindingCode::HostRootSymlink, pointer,
                            tr("The path to the root filesystem %1 passes through a symbolic link (it is really %2); "
                               "runc refuses that.")
                                .arg(absolute, info.canonicalFilePath()));
    } else if (const std::optional<QString> closed = closedToMappedRoot(absolute)) {
        m_sink->hostWarning(FindingCode::HostRootClosedToUserns, pointer,
                            tr("The container's root is host user %1 in its user namespace, and it may not enter %2; "
                               "runc fails to mount the root filesystem.")
                                .arg(mappedHostId("uidMappings").value_or(0))
                                .arg(*closed));
    }
}

std::optional<quint64> HostRules::mappedHostId(const char *key) const
{
    const Json *mappings = memberPath(m_root, {"linux", key});
    if (!mappings || !mappings->is_array())
        return std::nullopt;
    for (const Json &mapping : *mappings) {
        if (uint64Of(member(mapping, "containerID")) == 0u && uint64Of(member(mapping, "size")).value_or(0) > 0)
            return uint64Of(member(mapping, "hostID"));
    }
    return std::nullopt;
}

// In a user namespace runc mounts the root filesystem as the container's
// root, a host user that needs search permission on every directory above.
std::optional<QString> HostRules::closedToMappedRoot(const QString &rootfs) const
{
    const Json *namespaces = memberPath(m_root, {"linux", "namespaces"});
    const bool userNamespace = namespaces && namespaces->is_array()
        && std::any_of(namespaces->begin(), namespaces->end(),
                       [](const Json &ns) { return stringOf(member(ns, "type")) == QLatin1String("user"); });
    const std::optional<quint64> uid = mappedHostId("uidMappings");
    const std::optional<quint64> gid = mappedHostId("gidMappings");
    if (!userNamespace || !uid || !gid || *uid == 0)
        return std::nullopt;
    for (QString dir = rootfs; !dir.isEmpty() && dir != QLatin1String("/"); dir = QFileInfo(dir).path()) {
        struct stat info
        { };
        if (::stat(QFile::encodeName(dir).constData(), &info) != 0)
            return std::nullopt;
        const bool searchable = (info.st_mode & S_IXOTH) || (info.st_uid == *uid && (info.st_mode & S_IXUSR))
            || (info.st_gid == *gid && (info.st_mode & S_IXGRP));
        if (!searchable)
            return dir;
    }
    return std::nullopt;
}

void HostRules::checkNamespacePaths()
{
    const Json *namespaces = memberPath(m_root, {"linux", "namespaces"});
    if (!namespaces || !namespaces->is_array())
        return;
    qsizetype index = 0;
    for (const Json &ns : *namespaces) {
        const std::optional<QString> path = stringOf(member(ns, "path"));
        if (path && !path->isEmpty() && !pathExists(*path)) {
            m_sink->hostWarning(
                FindingCode::HostNamespacePathMissing,
                join(QStringLiteral("/linux/namespaces"), index) + QLatin1String("/path"),
                tr("The namespace file %1 does not exist on this machine; runc refuses to join it.").arg(*path));
        }
        ++index;
    }
}

void HostRules::checkMounts()
{
    const Json *mounts = member(m_root, "mounts");
    if (!mounts || !mounts->is_array())
        return;
    qsizetype index = 0;
    for (const Json &mount : *mounts) {
        const auto [typeJson, sourceJson, options] = members(mount, {"type", "source", "options"});
        const QString pointer = join(QStringLiteral("/mounts"), index++);
        const QString type = stringOf(typeJson).value_or(QString());
        const bool bind =
            type == QLatin1String("bind") || containsString(options, "bind") || containsString(options, "rbind");
        if (bind) {
            const std::optional<QString> source = stringOf(sourceJson);
            if (source && !source->isEmpty() && !pathExists(resolved(*source))) {
                m_sink->hostWarning(FindingCode::HostMountSourceMissing, pointer + QLatin1String("/source"),
                                    tr("The bind source %1 does not exist on this machine; runc refuses to start.")
                                        .arg(resolved(*source)));
            }
        } else if (!type.isEmpty() && !m_facts.knowsFileSystem(type)) {
            m_sink->hostWarning(
                FindingCode::HostMountTypeUnknown, pointer + QLatin1String("/type"),
                tr("This kernel does not know the file system type %1 (see /proc/filesystems); the mount will fail.")
                    .arg(type));
        }
    }
}

void HostRules::checkHooks()
{
    forEachHook(m_root, [this](const Json &hook, const QString &pointer) {
        const std::optional<QString> path = stringOf(member(hook, "path"));
        if (path && path->startsWith(QLatin1Char('/')) && !QFileInfo(*path).isExecutable()) {
            m_sink->hostWarning(FindingCode::HostHookMissing, pointer + QLatin1String("/path"),
                                tr("The hook program %1 is not an executable file on this machine.").arg(*path));
        }
    });
}

void HostRules::checkProcess()
{
    const Json *process = member(m_root, "process");
    if (!process || !process->is_object())
        return;
    if (!stringOf(member(*process, "selinuxLabel")).value_or(QString()).isEmpty() && !m_facts.isSelinuxEnabled()) {
        m_sink->hostWarning(
            FindingCode::HostSelinuxDisabled, QStringLiteral("/process/selinuxLabel"),
            tr("SELinux is not enabled on this machine; runc refuses a configuration with an SELinux label."));
    }
    if (!stringOf(member(*process, "apparmorProfile")).value_or(QString()).isEmpty() && !m_facts.isApparmorEnabled()) {
        m_sink->hostWarning(
            FindingCode::HostApparmorDisabled, QStringLiteral("/process/apparmorProfile"),
            tr("AppArmor is not enabled on this machine; runc cannot apply the profile and refuses to start."));
    }
    if (m_facts.mayRaiseLimits())
        return;
    // Without CAP_SYS_RESOURCE runc can only lower what it has itself.
    if (const std::optional<qint64> oom = int64Of(member(*process, "oomScoreAdj"));
        oom && *oom < m_facts.oomScoreAdj()) {
        m_sink->hostWarning(
            FindingCode::HostOomScoreAdjBelowOwn, QStringLiteral("/process/oomScoreAdj"),
            tr("runc runs here without CAP_SYS_RESOURCE and cannot set an OOM score below its own (%1).")
                .arg(m_facts.oomScoreAdj()));
    }
    const Json *rlimits = member(*process, "rlimits");
    if (!rlimits || !rlimits->is_array())
        return;
    qsizetype index = 0;
    for (const Json &limit : *rlimits) {
        const std::optional<QString> type = stringOf(member(limit, "type"));
        const std::optional<quint64> hard = uint64Of(member(limit, "hard"));
        const std::optional<quint64> own = type ? m_facts.hardLimit(*type) : std::nullopt;
        if (hard && own && *hard > *own) {
            m_sink->hostWarning(
                FindingCode::HostRlimitAboveOwn,
                join(QStringLiteral("/process/rlimits"), index) + QLatin1String("/hard"),
                tr("runc runs here without CAP_SYS_RESOURCE and cannot raise the hard limit above its own (%1).")
                    .arg(*own));
        }
        ++index;
    }
}

void HostRules::checkResources()
{
    const Json *resources = memberPath(m_root, {"linux", "resources"});
    if (!resources || !resources->is_object())
        return;
    checkCpuList(memberPath(*resources, {"cpu", "cpus"}), QStringLiteral("/linux/resources/cpu/cpus"), false);
    checkCpuList(memberPath(*resources, {"cpu", "mems"}), QStringLiteral("/linux/resources/cpu/mems"), true);
    if (const Json *unified = member(*resources, "unified");
        unified && unified->is_object() && !unified->empty() && !m_facts.isCgroup2Unified()) {
        m_sink->hostWarning(FindingCode::HostCgroupUnifiedOnV1, QStringLiteral("/linux/resources/unified"),
                            tr("This machine does not use cgroup v2 alone; runc refuses unified settings here."));
    }
    const Json *blockIO = member(*resources, "blockIO");
    for (const auto &[key, file] :
         {std::pair{"weight", "blkio.weight"}, std::pair{"leafWeight", "blkio.leaf_weight"}}) {
        const std::optional<quint64> value = blockIO ? uint64Of(member(*blockIO, key)) : std::nullopt;
        if (value && *value != 0 && !m_facts.hasBlkioFile(QLatin1String(file))) {
            m_sink->hostWarning(FindingCode::HostBlkioUnsupported,
                                QStringLiteral("/linux/resources/blockIO/") + QLatin1String(key),
                                tr("The block I/O controller of this machine has no %1 file (its I/O scheduler keeps "
                                   "no weights); runc refuses to start.")
                                    .arg(QLatin1String(file)));
        }
    }
}

void HostRules::checkCpuList(const Json *list, const QString &pointer, bool memoryNodes)
{
    const std::optional<QString> text = stringOf(list);
    if (!text)
        return;
    for (const QString &rawPart : text->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList bounds = rawPart.trimmed().section(QLatin1Char(':'), 0, 0).split(QLatin1Char('-'));
        bool ok = false;
        const quint64 last = bounds.last().trimmed().toULongLong(&ok);
        if (!ok)
            continue; // malformed lists are the catalogue check's
        const quint64 first = bounds.first().trimmed().toULongLong(&ok);
        for (quint64 n = first; ok && n <= last; ++n) {
            if (memoryNodes ? m_facts.isMemoryNodeOnline(n) : m_facts.isCpuOnline(n))
                continue;
            if (memoryNodes) {
                m_sink->hostWarning(FindingCode::HostMemoryNodeMissing, pointer,
                                    tr("This machine has no memory node %1; runc refuses to start.").arg(n));
            } else {
                m_sink->hostWarning(FindingCode::HostCpuMissing, pointer,
                                    tr("This machine has no CPU %1 online; runc refuses to start.").arg(n));
            }
            return;
        }
    }
}

void HostRules::checkSysctl()
{
    const Json *sysctl = memberPath(m_root, {"linux", "sysctl"});
    if (!sysctl || !sysctl->is_object())
        return;
    for (auto it = sysctl->begin(); it != sysctl->end(); ++it) {
        const QString key = JsonUtil::toQString(it.key());
        if (!key.isEmpty() && !m_facts.hasSysctl(key)) {
            m_sink->hostWarning(
                FindingCode::HostSysctlUnknown, join(QStringLiteral("/linux/sysctl"), key),
                tr("This kernel has no setting %1 under /proc/sys; runc will fail to write it.").arg(key));
        }
    }
}
