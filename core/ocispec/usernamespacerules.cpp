// SPDX-License-Identifier: Apache-2.0
#include "usernamespacerules.h"

#include "jsonaccess.h"

#include <QCoreApplication>

using namespace JsonAccess;

namespace {

bool isMapped(const Json &mappings, quint64 id)
{
    for (const Json &mapping : mappings) {
        const std::optional<quint64> first = uint64Of(member(mapping, "containerID"));
        const std::optional<quint64> size = uint64Of(member(mapping, "size"));
        if (first && size && id >= *first && id - *first < *size)
            return true;
    }
    return false;
}

} // namespace

UserNamespaceRules::UserNamespaceRules(const Json &root, bool hasUserNamespace, FindingSink *sink)
    : m_root(root), m_hasUserNamespace(hasUserNamespace), m_sink(sink)
{ }

void UserNamespaceRules::check()
{
    if (!m_hasUserNamespace)
        return;
    const Json *linuxSection = member(m_root, "linux");
    const Json *user = memberPath(m_root, {"process", "user"});
    checkMappings("uid", linuxSection ? member(*linuxSection, "uidMappings") : nullptr,
                  user ? uint64Of(member(*user, "uid")) : std::nullopt);
    checkMappings("gid", linuxSection ? member(*linuxSection, "gidMappings") : nullptr,
                  user ? uint64Of(member(*user, "gid")) : std::nullopt);
}

void UserNamespaceRules::checkMappings(const char *kind, const Json *mappings, std::optional<quint64> id)
{
    const QString name = QLatin1String(kind) + QLatin1String("Mappings");
    const QString pointer = QStringLiteral("/linux/") + name;
    if (!mappings || (mappings->is_array() && mappings->empty())) {
        m_sink->error(
            FindingCode::UsernsMappingsMissing, pointer,
            tr("The container has a user namespace but no %1; runc refuses to start without them.").arg(name));
        return;
    }
    if (!mappings->is_array())
        return;
    if (!isMapped(*mappings, 0)) {
        m_sink->error(
            FindingCode::UsernsRootUnmapped, pointer,
            tr("%1 gives the container's %2 0 no host ID; runc needs it for the container's root and refuses to start.")
                .arg(name, QLatin1String(kind)));
    } else if (id && !isMapped(*mappings, *id)) {
        m_sink->error(FindingCode::UsernsProcessUnmapped, QStringLiteral("/process/user/") + QLatin1String(kind),
                      tr("The process runs as %1 %2, which %3 does not map; runc refuses to start it.")
                          .arg(QLatin1String(kind))
                          .arg(*id)
                          .arg(name));
    }
}
