#include "resourcerules.h"

#include "jsonaccess.h"

#include <QCoreApplication>

using namespace JsonAccess;

ResourceRules::ResourceRules(const Json &root, FindingSink *sink)
    : m_root(root)
    , m_sink(sink)
{
}

void ResourceRules::check()
{
    if (const Json *resources = memberPath(m_root, {"linux", "resources"})) {
        if (const Json *memory = member(*resources, "memory"))
            checkMemory(*memory);
        if (const Json *cpu = member(*resources, "cpu"))
            checkCpu(*cpu);
        checkOtherResources(*resources);
    }
    checkMemoryPolicy();
}

void ResourceRules::checkMemory(const Json &memory)
{
    const QString base = QStringLiteral("/linux/resources/memory");
    for (const char *key : {"limit", "reservation", "swap", "kernel", "kernelTCP"}) {
        const std::optional<qint64> value = int64Of(member(memory, key));
        if (value && *value < -1) {
            m_sink->error(QStringLiteral("memory.negative"), base + QLatin1Char('/') + QLatin1String(key),
                          tr("Memory sizes cannot be negative; only -1 (unlimited) is allowed."));
        }
    }
    // -1 stands for unlimited; comparisons only involve real limits.
    const auto limited = [&memory](const char *key) -> std::optional<qint64> {
        const std::optional<qint64> value = int64Of(member(memory, key));
        return value && *value >= 0 ? value : std::nullopt;
    };
    const std::optional<qint64> limit = limited("limit");
    const std::optional<qint64> swap = limited("swap");
    const std::optional<qint64> reservation = limited("reservation");
    if (limit && swap && *swap < *limit) {
        m_sink->error(QStringLiteral("memory.swap-below-limit"), base + QLatin1String("/swap"),
                      tr("swap counts memory plus swap, so it must be at least the memory limit (%1).").arg(*limit));
    }
    if (limit && reservation && *reservation > *limit) {
        m_sink->warning(QStringLiteral("memory.reservation-above-limit"), base + QLatin1String("/reservation"),
                        tr("The reservation is above the memory limit (%1) and can never be reached.").arg(*limit));
    }
    if (const std::optional<quint64> swappiness = uint64Of(member(memory, "swappiness")); swappiness && *swappiness > 100) {
        m_sink->error(QStringLiteral("memory.swappiness.range"), base + QLatin1String("/swappiness"),
                      tr("Swappiness must lie between 0 and 100."));
    }
}

void ResourceRules::checkCpu(const Json &cpu)
{
    const std::optional<qint64> quota = int64Of(member(cpu, "quota"));
    const std::optional<quint64> burst = uint64Of(member(cpu, "burst"));
    if (quota && *quota > 0 && burst && *burst > quint64(*quota)) {
        m_sink->error(QStringLiteral("cpu.burst-above-quota"), QStringLiteral("/linux/resources/cpu/burst"),
                      tr("The burst must not be larger than the quota (%1).").arg(*quota));
    }
}

void ResourceRules::checkOtherResources(const Json &resources)
{
    if (const std::optional<qint64> pids = int64Of(memberPath(resources, {"pids", "limit"})); pids && *pids < -1) {
        m_sink->error(QStringLiteral("pids.limit.negative"), QStringLiteral("/linux/resources/pids/limit"),
                      tr("The task limit cannot be negative; use -1 for no limit."));
    }
    if (const Json *weights = memberPath(resources, {"blockIO", "weightDevice"}); weights && weights->is_array()) {
        qsizetype index = 0;
        for (const Json &entry : *weights) {
            if (entry.is_object() && !member(entry, "weight") && !member(entry, "leafWeight")) {
                m_sink->error(QStringLiteral("blockio.weight.missing"),
                              join(QStringLiteral("/linux/resources/blockIO/weightDevice"), index),
                              tr("A device weight entry needs weight, leafWeight or both."));
            }
            ++index;
        }
    }
    if (const Json *rdma = member(resources, "rdma"); rdma && rdma->is_object()) {
        for (auto it = rdma->begin(); it != rdma->end(); ++it) {
            if (it->is_object() && !member(*it, "hcaHandles") && !member(*it, "hcaObjects")) {
                m_sink->error(QStringLiteral("rdma.limit.missing"),
                              join(QStringLiteral("/linux/resources/rdma"), JsonUtil::toQString(it.key())),
                              tr("An RDMA entry needs hcaHandles, hcaObjects or both."));
            }
        }
    }
}

void ResourceRules::checkMemoryPolicy()
{
    const Json *policy = memberPath(m_root, {"linux", "memoryPolicy"});
    if (!policy || !policy->is_object())
        return;
    const QString base = QStringLiteral("/linux/memoryPolicy");
    const std::optional<QString> mode = stringOf(member(*policy, "mode"));
    const bool hasNodes = !stringOf(member(*policy, "nodes")).value_or(QString()).trimmed().isEmpty();
    if (mode && (*mode == QLatin1String("MPOL_DEFAULT") || *mode == QLatin1String("MPOL_LOCAL")) && hasNodes) {
        m_sink->error(QStringLiteral("memoryPolicy.nodes.unexpected"), base + QLatin1String("/nodes"),
                      tr("%1 takes no nodes.").arg(*mode));
    }
    static const QSet<QString> needNodes = {QStringLiteral("MPOL_BIND"), QStringLiteral("MPOL_INTERLEAVE"),
                                            QStringLiteral("MPOL_WEIGHTED_INTERLEAVE"), QStringLiteral("MPOL_PREFERRED_MANY")};
    if (mode && needNodes.contains(*mode) && !hasNodes) {
        m_sink->error(QStringLiteral("memoryPolicy.nodes.missing"), base + QLatin1String("/nodes"),
                      tr("%1 needs at least one node.").arg(*mode));
    }
    const QSet<QString> flags = stringSet(member(*policy, "flags"));
    if (flags.contains(QStringLiteral("MPOL_F_STATIC_NODES")) && flags.contains(QStringLiteral("MPOL_F_RELATIVE_NODES"))) {
        m_sink->error(QStringLiteral("memoryPolicy.flags.conflict"), base + QLatin1String("/flags"),
                      tr("MPOL_F_STATIC_NODES and MPOL_F_RELATIVE_NODES exclude each other."));
    }
}
