// SPDX-License-Identifier: Apache-2.0
#include "mountrules.h"

#include "firstseenindex.h"
#include "jsonaccess.h"

#include <QCoreApplication>

#include <string_view>

using namespace JsonAccess;

MountRules::MountRules(const Json &root, bool hasUserNamespace, FindingSink *sink)
    : m_root(root), m_sink(sink), m_hasUserNamespace(hasUserNamespace)
{ }

void MountRules::check()
{
    const Json *mounts = member(m_root, "mounts");
    if (!mounts || !mounts->is_array())
        return;
    // Every earlier destination and all its ancestors, mapped to the first
    // mount they come from. A new destination found here covers that mount.
    // Each insertion stops at the first ancestor already present, so the
    // whole pass is linear in the total length of the destinations. Keys are
    // views of the document's text wherever it is already normalized.
    StringArena rewritten;
    FirstSeenIndex covered(mounts->size());
    qsizetype index = 0;
    for (const Json &mount : *mounts) {
        const auto [destination, uidMappings, gidMappings, options, type] =
            members(mount, {"destination", "uidMappings", "gidMappings", "options", "type"});
        checkMountIdMapping(uidMappings, gidMappings, options, index);
        if (destination && destination->is_string()) {
            const std::string_view path = normalizedPathView(destination->get_ref<const std::string &>(), &rewritten);
            if (path.starts_with("/proc"))
                checkProcMount(path, type, options, index);
            if (const auto [hidden, added] = covered.add(path, index); !added) {
                m_sink->warning(FindingCode::MountHidesEarlier,
                                join(QStringLiteral("/mounts"), index) + QLatin1String("/destination"),
                                tr("Mounting on %1 hides mount %2, which was mounted earlier at or below it.")
                                    .arg(QString::fromUtf8(path.data(), qsizetype(path.size())))
                                    .arg(hidden));
            } else if (path != "/") {
                for (std::string_view p = parentPath(path);; p = parentPath(p)) {
                    if (!covered.add(p, index).second)
                        break;
                    if (p == "/")
                        break;
                }
            }
        }
        ++index;
    }
}

void MountRules::checkMountIdMapping(const Json *uidMappings, const Json *gidMappings, const Json *options,
                                     qsizetype index)
{
    if (!uidMappings && !gidMappings && !options)
        return;
    const bool idmapOption = containsString(options, "idmap") || containsString(options, "ridmap");
    if (!uidMappings && !gidMappings && !idmapOption)
        return;
    const QString pointer = join(QStringLiteral("/mounts"), index);
    if (bool(uidMappings) != bool(gidMappings)) {
        const QString missing = uidMappings ? QStringLiteral("gidMappings") : QStringLiteral("uidMappings");
        m_sink->error(FindingCode::MountIdmapIncomplete, pointer + QLatin1Char('/') + missing,
                      tr("An ID-mapped mount needs both uidMappings and gidMappings."));
    }
    if ((uidMappings || gidMappings) && !idmapOption) {
        m_sink->warning(FindingCode::MountIdmapOptionMissing, pointer + QLatin1String("/options"),
                        tr("Add the idmap or ridmap option, otherwise older runtimes silently ignore the mappings."));
    }
    if (idmapOption && !uidMappings && !gidMappings && !m_hasUserNamespace) {
        m_sink->error(
            FindingCode::MountIdmapNeedsUserNamespace, pointer + QLatin1String("/options"),
            tr("An idmap mount without its own mappings borrows the container's user namespace, but there is none."));
    }
}

void MountRules::checkProcMount(std::string_view destination, const Json *type, const Json *options, qsizetype index)
{
    const QString pointer = join(QStringLiteral("/mounts"), index) + QLatin1String("/destination");
    const bool bind = containsString(options, "bind") || containsString(options, "rbind");
    if (destination == "/proc") {
        if (!bind && type && type->is_string() && type->get_ref<const std::string &>() != "proc") {
            m_sink->error(FindingCode::MountProcNotProc, pointer,
                          tr("runc only mounts a proc file system on /proc and refuses anything else there."));
        }
        return;
    }
    if (!destination.starts_with("/proc/"))
        return; // "/proc2"
    // The files lxcfs emulates are the only mounts runc allows inside /proc.
    static const std::string_view allowed[] = {
        "/proc/cpuinfo", "/proc/diskstats", "/proc/meminfo",  "/proc/stat",    "/proc/swaps",
        "/proc/uptime",  "/proc/loadavg",   "/proc/slabinfo", "/proc/net/dev", "/proc/sys/kernel/ns_last_pid"};
    for (const std::string_view path : allowed) {
        if (destination == path)
            return;
    }
    m_sink->error(
        FindingCode::MountInsideProc, pointer,
        tr("runc refuses mounts inside /proc, except on the few files lxcfs emulates such as /proc/meminfo."));
}
