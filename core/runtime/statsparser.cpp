// SPDX-License-Identifier: Apache-2.0
#include "statsparser.h"

// Limits at or above this are the kernel's "no limit" (v1 reports
// 9223372036854771712, v2 reports UINT64_MAX for "max").
static constexpr double UnlimitedBytes = 4.0e18;

std::optional<RuntimeEvent> RuntimeEvent::fromLine(const QByteArray &line)
{
    EventJson json = EventJson::parse(line.constBegin(), line.constEnd(), nullptr, false);
    if (!json.is_object())
        return std::nullopt;
    const auto type = json.find("type");
    if (type == json.end() || !type->is_string())
        return std::nullopt;
    RuntimeEvent event;
    event.type = JsonUtil::toQString(type->get<std::string>());
    const auto id = json.find("id");
    if (id != json.end() && id->is_string())
        event.id = JsonUtil::toQString(id->get<std::string>());
    const auto data = json.find("data");
    if (data != json.end())
        event.data = std::move(*data); // a stats record is large; json is dropped anyway
    return event;
}

// The number at the path of member names, if there is one.
static std::optional<double> number(const EventJson &root, std::initializer_list<const char *> path)
{
    const EventJson *value = &root;
    for (const char *name : path) {
        if (!value->is_object())
            return std::nullopt;
        const auto member = value->find(name);
        if (member == value->end())
            return std::nullopt;
        value = &*member;
    }
    if (!value->is_number())
        return std::nullopt;
    return value->get<double>();
}

// Sums ioServiceBytesRecursive by operation. Empty when the runtime did not
// report block I/O at all; runc leaves out an empty list, so an existing
// "blkio" object without entries means zero bytes.
static std::optional<double> blockBytes(const EventJson &data, const char *operation)
{
    const auto blkio = data.find("blkio");
    if (blkio == data.end() || !blkio->is_object())
        return std::nullopt;
    double total = 0;
    const auto entries = blkio->find("ioServiceBytesRecursive");
    if (entries == blkio->end() || !entries->is_array())
        return total;
    for (const EventJson &entry : *entries) {
        const auto op = entry.find("op");
        const auto value = entry.find("value");
        if (op == entry.end() || !op->is_string() || value == entry.end() || !value->is_number())
            continue;
        const std::string &name = op->get_ref<const std::string &>();
        if (QLatin1String(name.data(), qsizetype(name.size())).compare(QLatin1String(operation), Qt::CaseInsensitive)
            == 0)
            total += value->get<double>();
    }
    return total;
}

static std::optional<double> rate(std::optional<double> now, std::optional<double> before, double seconds)
{
    if (!now || !before || seconds <= 0)
        return std::nullopt;
    return qMax(0.0, (*now - *before) / seconds);
}

StatsSample StatsParser::parse(const EventJson &data, qint64 monotonicNs, const QDateTime &wallTime)
{
    StatsSample sample;
    sample.time = wallTime;
    if (!data.is_object())
        return sample;

    const std::optional<double> cpuNs = number(data, {"cpu", "usage", "total"});
    const std::optional<double> readBytes = blockBytes(data, "Read");
    const std::optional<double> writeBytes = blockBytes(data, "Write");

    sample.collecting = !m_lastTimeNs;
    if (m_lastTimeNs) {
        const double wallNs = double(monotonicNs - *m_lastTimeNs);
        if (cpuNs && m_lastCpuNs && wallNs > 0)
            sample.cpuPercent = qMax(0.0, (*cpuNs - *m_lastCpuNs) / wallNs * 100.0);
        sample.blockReadRate = rate(readBytes, m_lastReadBytes, wallNs / 1e9);
        sample.blockWriteRate = rate(writeBytes, m_lastWriteBytes, wallNs / 1e9);
    }
    m_lastTimeNs = monotonicNs;
    m_lastCpuNs = cpuNs;
    m_lastReadBytes = readBytes;
    m_lastWriteBytes = writeBytes;

    if (const std::optional<double> usage = number(data, {"memory", "usage", "usage"})) {
        // The page cache the kernel can drop at once is not "used": v1 counts
        // it hierarchically as total_inactive_file, v2 as inactive_file.
        std::optional<double> inactive = number(data, {"memory", "raw", "total_inactive_file"});
        if (!inactive)
            inactive = number(data, {"memory", "raw", "inactive_file"});
        sample.memoryUsed = qMax(0.0, *usage - inactive.value_or(0.0));
    }
    if (const std::optional<double> limit = number(data, {"memory", "usage", "limit"})) {
        if (*limit >= UnlimitedBytes || *limit <= 0)
            sample.memoryUnlimited = true;
        else
            sample.memoryLimit = limit;
    }
    sample.pidsCurrent = number(data, {"pids", "current"});
    const std::optional<double> pidsLimit = number(data, {"pids", "limit"});
    if (pidsLimit && *pidsLimit > 0)
        sample.pidsLimit = pidsLimit;
    else if (sample.pidsCurrent)
        sample.pidsUnlimited = true; // runc writes "max" as 0 and leaves a 0 out
    return sample;
}

void StatsParser::reset()
{
    m_lastCpuNs.reset();
    m_lastReadBytes.reset();
    m_lastWriteBytes.reset();
    m_lastTimeNs.reset();
}
