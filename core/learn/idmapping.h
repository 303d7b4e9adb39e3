// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QList>

#include <optional>

// One range of a user namespace's uidMappings or gidMappings: size ids
// from containerId on map to size ids from hostId on.
struct IdMapping
{
    quint64 containerId = 0;
    quint64 hostId = 0;
    quint64 size = 0;

    // The mappings of a uidMappings or gidMappings array; empty ranges and
    // elements with a missing or mistyped member are left out (the validator
    // reports them).
    static QList<IdMapping> fromJson(const Json *array);
    // The host id a container id stands for; nullopt when no range maps it.
    static std::optional<quint64> toHost(const QList<IdMapping> &mappings, quint64 containerId);
    // The lowest container id that no range maps, at or above from; nullopt
    // when every id from there to the top of the range is mapped.
    static std::optional<quint64> firstUnmapped(const QList<IdMapping> &mappings, quint64 from = 0);
};
