// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QList>

// Which IDs on disk a config's user namespace maps (linux.uidMappings and
// gidMappings, read as hostID ranges: the root filesystem's owners are the
// host's IDs). Without a user namespace every ID is what it is.
class UserNamespaceMap
{
public:
    static UserNamespaceMap fromConfig(const Json &config);

    bool hasUserNamespace() const { return m_userNamespace; }
    // True without a user namespace.
    bool mapsUid(quint32 hostId) const { return !m_userNamespace || maps(m_uids, hostId); }
    bool mapsGid(quint32 hostId) const { return !m_userNamespace || maps(m_gids, hostId); }

    bool operator==(const UserNamespaceMap &other) const = default;

private:
    struct Range
    {
        quint64 first = 0;
        quint64 size = 0;
        bool operator==(const Range &other) const = default;
    };
    static QList<Range> rangesOf(const Json &config, const char *member);
    static bool maps(const QList<Range> &ranges, quint32 id);

    bool m_userNamespace = false;
    QList<Range> m_uids;
    QList<Range> m_gids;
};
