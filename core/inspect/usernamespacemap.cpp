// SPDX-License-Identifier: Apache-2.0
#include "usernamespacemap.h"

UserNamespaceMap UserNamespaceMap::fromConfig(const Json &config)
{
    UserNamespaceMap map;
    if (!config.is_object() || !config.contains("linux") || !config["linux"].is_object())
        return map;
    const Json &section = config["linux"];
    if (section.contains("namespaces") && section["namespaces"].is_array()) {
        for (const Json &ns : section["namespaces"])
            map.m_userNamespace |= ns.is_object() && ns.contains("type") && ns["type"] == "user";
    }
    map.m_uids = rangesOf(section, "uidMappings");
    map.m_gids = rangesOf(section, "gidMappings");
    return map;
}

QList<UserNamespaceMap::Range> UserNamespaceMap::rangesOf(const Json &section, const char *member)
{
    QList<Range> ranges;
    if (!section.contains(member) || !section[member].is_array())
        return ranges;
    for (const Json &mapping : section[member]) {
        if (!mapping.is_object() || !mapping.contains("hostID") || !mapping.contains("size"))
            continue;
        const Json &host = mapping["hostID"];
        const Json &size = mapping["size"];
        if (host.is_number_unsigned() && size.is_number_unsigned())
            ranges.append({host.get<quint64>(), size.get<quint64>()});
    }
    return ranges;
}

bool UserNamespaceMap::maps(const QList<Range> &ranges, quint32 id)
{
    for (const Range &range : ranges) {
        if (id >= range.first && id - range.first < range.size)
            return true;
    }
    return false;
}
