// SPDX-License-Identifier: Apache-2.0
#include "resourcerules.h"

#include "jsonaccess.h"

#include <QCoreApplication>

using namespace JsonAccess;

ResourceRules::ResourceRules(const Json &root, FindingSink *sink) : m_root(root), m_sink(sink) { }

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
            m_sink->error(FindingCode::MemoryNegative, base + QLatin1Char('/') + QLatin1String(key),
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
    // runc's own init process is in the cgroup when the limit is set, and
    // the kernel refuses a limit below what it already uses (2-3 MiB).
    constexpr qint64 smallestLimit = 3 * 1024 * 1024;
    if (limit && *limit > 0 && *limit < smallestLimit) {
        m_sink->error(
            FindingCode::MemoryLimitTooSmall, base + QLatin1String("/limit"),
            tr("A memory limit below %1 bytes is smaller than runc's own start-up process, and runc fails to set it.")
                .arg(smallestLimit));
    }
    if (swap && *swap > 0 && (!limit || *limit == 0)) {
        m_sink->error(FindingCode::MemorySwapWithoutLimit, base + QLatin1String("/swap"),
                      tr("swap limits memory plus swap and needs a memory limit; runc refuses it without one."));
    }
    if (limit && swap && *swap < *limit) {
        m_sink->error(FindingCode::MemorySwapBelowLimit, base + QLatin1String("/swap"),
                      tr("swap counts memory plus swap, so it must be at least the memory limit (%1).").arg(*limit));
    }
    if (limit && reservation && *reservation > *limit) {
        m_sink->warning(FindingCode::MemoryReservationAboveLimit, base + QLatin1String("/reservation"),
                        tr("The reservation is above the memory limit (%1) and can never be reached.").arg(*limit));
    }
    if (const std::optional<quint64> swappiness = uint64Of(member(memory, "swappiness"));
        swappiness && *swappiness > 100) {
        m_sink->error(FindingCode::MemorySwappinessRange, base + QLatin1String("/swappiness"),
                      tr("Swappiness must lie between 0 and 100."));
    }
}

void ResourceRules::checkCpu(const Json &cpu)
{
    const QString base = QStringLiteral("/linux/resources/cpu");
    // 0 leaves a value unset in runc; the kernel's bounds apply to the rest.
    if (const std::optional<quint64> shares = uint64Of(member(cpu, "shares"));
        shares && *shares != 0 && (*shares < 2 || *shares > 262144)) {
        m_sink->error(FindingCode::CpuSharesRange, base + QLatin1String("/shares"),
                      tr("CPU shares must lie between 2 and 262144; runc refuses %1.").arg(*shares));
    }
    if (const std::optional<quint64> period = uint64Of(member(cpu, "period"));
        period && *period != 0 && (*period < 1000 || *period > 1000000)) {
        m_sink->error(
            FindingCode::CpuPeriodRange, base + QLatin1String("/period"),
            tr("The CPU period must lie between 1000 and 1000000 microseconds; the kernel refuses %1.").arg(*period));
    }
    if (const std::optional<qint64> quota = int64Of(member(cpu, "quota")); quota && *quota > 0 && *quota < 1000) {
        m_sink->error(
            FindingCode::CpuQuotaRange, base + QLatin1String("/quota"),
            tr("The CPU quota must be at least 1000 microseconds (or negative for no limit); the kernel refuses %1.")
                .arg(*quota));
    }
    const std::optional<qint64> quota = int64Of(member(cpu, "quota"));
    const std::optional<quint64> burst = uint64Of(member(cpu, "burst"));
    if (quota && *quota > 0 && burst && *burst > quint64(*quota)) {
        m_sink->error(FindingCode::CpuBurstAboveQuota, QStringLiteral("/linux/resources/cpu/burst"),
                      tr("The burst must not be larger than the quota (%1).").arg(*quota));
    }
}

void ResourceRules::checkBlockIOWeights(const Json &blockIO)
{
    // The kernel takes weights from 10 to 1000; runc leaves 0 unset.
    const auto checkWeight = [this](const Json *value, const QString &pointer) {
        const std::optional<quint64> weight = uint64Of(value);
        if (weight && *weight != 0 && (*weight < 10 || *weight > 1000) && *weight <= 65535) {
            m_sink->error(FindingCode::BlockioWeightRange, pointer,
                          tr("Block I/O weights must lie between 10 and 1000; the kernel refuses %1.").arg(*weight));
        }
    };
    const QString base = QStringLiteral("/linux/resources/blockIO");
    checkWeight(member(blockIO, "weight"), base + QLatin1String("/weight"));
    checkWeight(member(blockIO, "leafWeight"), base + QLatin1String("/leafWeight"));
    if (const Json *devices = member(blockIO, "weightDevice"); devices && devices->is_array()) {
        qsizetype index = 0;
        for (const Json &entry : *devices) {
            const QString pointer = join(base + QLatin1String("/weightDevice"), index++);
            checkWeight(member(entry, "weight"), pointer + QLatin1String("/weight"));
            checkWeight(member(entry, "leafWeight"), pointer + QLatin1String("/leafWeight"));
        }
    }
}

void ResourceRules::checkOtherResources(const Json &resources)
{
    if (const std::optional<qint64> pids = int64Of(memberPath(resources, {"pids", "limit"})); pids && *pids < -1) {
        m_sink->warning(FindingCode::PidsLimitNegative, QStringLiteral("/linux/resources/pids/limit"),
                        tr("The task limit cannot be negative; runc treats it as no limit. Use -1 for that."));
    }
    if (const Json *blockIO = member(resources, "blockIO"); blockIO && blockIO->is_object())
        checkBlockIOWeights(*blockIO);
    if (const Json *weights = memberPath(resources, {"blockIO", "weightDevice"}); weights && weights->is_array()) {
        qsizetype index = 0;
        for (const Json &entry : *weights) {
            if (entry.is_object() && !member(entry, "weight") && !member(entry, "leafWeight")) {
                m_sink->error(FindingCode::BlockioWeightMissing,
                              join(QStringLiteral("/linux/resources/blockIO/weightDevice"), index),
                              tr("A device weight entry needs weight, leafWeight or both."));
            }
            ++index;
        }
    }
    if (const Json *rdma = member(resources, "rdma"); rdma && rdma->is_object()) {
        for (auto it = rdma->begin(); it != rdma->end(); ++it) {
            if (it->is_object() && !member(*it, "hcaHandles") && !member(*it, "hcaObjects")) {
                m_sink->error(FindingCode::RdmaLimitMissing,
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
        m_sink->error(FindingCode::MemoryPolicyNodesUnexpected, base + QLatin1String("/nodes"),
                      tr("%1 takes no nodes.").arg(*mode));
    }
    static const QSet<QString> needNodes = {QStringLiteral("MPOL_BIND"), QStringLiteral("MPOL_INTERLEAVE"),
                                            QStringLiteral("MPOL_WEIGHTED_INTERLEAVE"),
                                            QStringLiteral("MPOL_PREFERRED_MANY")};
    if (mode && needNodes.contains(*mode) && !hasNodes) {
        m_sink->error(FindingCode::MemoryPolicyNodesMissing, base + QLatin1String("/nodes"),
                      tr("%1 needs at least one node.").arg(*mode));
    }
    const QSet<QString> flags = stringSet(member(*policy, "flags"));
    if (flags.contains(QStringLiteral("MPOL_F_STATIC_NODES"))
        && flags.contains(QStringLiteral("MPOL_F_RELATIVE_NODES"))) {
        m_sink->error(FindingCode::MemoryPolicyFlagsConflict, base + QLatin1String("/flags"),
                      tr("MPOL_F_STATIC_NODES and MPOL_F_RELATIVE_NODES exclude each other."));
    }
}
