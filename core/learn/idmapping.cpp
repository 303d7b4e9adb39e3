// SPDX-License-Identifier: Apache-2.0
#include "idmapping.h"

#include "ocispec/jsonaccess.h"

namespace {

// Ids are 32-bit; 4294967295 itself is the kernel's "no id".
constexpr quint64 LastId = 0xfffffffeULL;

} // namespace

QList<IdMapping> IdMapping::fromJson(const Json *array)
{
    QList<IdMapping> mappings;
    if (!array || !array->is_array())
        return mappings;
    for (const Json &element : *array) {
        const std::optional<quint64> container = JsonAccess::uint64Of(JsonAccess::member(element, "containerID"));
        const std::optional<quint64> host = JsonAccess::uint64Of(JsonAccess::member(element, "hostID"));
        const std::optional<quint64> size = JsonAccess::uint64Of(JsonAccess::member(element, "size"));
        if (container && host && size && *size > 0)
            mappings.append({*container, *host, *size});
    }
    return mappings;
}

std::optional<quint64> IdMapping::toHost(const QList<IdMapping> &mappings, quint64 containerId)
{
    for (const IdMapping &mapping : mappings) {
        if (containerId >= mapping.containerId && containerId - mapping.containerId < mapping.size)
            return mapping.hostId + (containerId - mapping.containerId);
    }
    return std::nullopt;
}

std::optional<quint64> IdMapping::firstUnmapped(const QList<IdMapping> &mappings, quint64 from)
{
    // Each step jumps past the range that maps the candidate, so this ends
    // after at most one step per range.
    quint64 candidate = from;
    for (qsizetype steps = 0; steps <= mappings.size() && candidate <= LastId; ++steps) {
        bool mapped = false;
        for (const IdMapping &mapping : mappings) {
            if (candidate >= mapping.containerId && candidate - mapping.containerId < mapping.size) {
                if (mapping.size > LastId - mapping.containerId)
                    return std::nullopt; // mapped up to the last id
                candidate = mapping.containerId + mapping.size;
                mapped = true;
                break;
            }
        }
        if (!mapped)
            return candidate;
    }
    return std::nullopt;
}
