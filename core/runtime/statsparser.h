// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "statssample.h"

#include "document/json.h"

#include <QByteArray>
#include <QString>

#include <optional>

// A stats record has a hundred members or more and comes every second per
// container. Their order does not matter, and ordered_json finds and inserts
// members by linear search, so events parse as plain nlohmann::json.
using EventJson = nlohmann::json;

// One line of "runc events": {"type":"stats"|"oom"|...,"id":...,"data":{...}}.
struct RuntimeEvent
{
    QString type;
    QString id;
    EventJson data;

    // Parses one line; std::nullopt for a line that is not an event.
    static std::optional<RuntimeEvent> fromLine(const QByteArray &line);
};

// Turns successive stats records of one container into samples. It keeps
// the previous counters because CPU % and I/O rates are differences over
// wall time. Both cgroup v1 and v2 shapes of runc's stats parse.
class StatsParser
{
public:
    // data is the "data" member of a stats event; monotonicNs is the arrival
    // time on a monotonic clock (the events carry no timestamp of their own).
    StatsSample parse(const EventJson &data, qint64 monotonicNs, const QDateTime &wallTime);
    void reset();

private:
    std::optional<double> m_lastCpuNs;
    std::optional<double> m_lastReadBytes;
    std::optional<double> m_lastWriteBytes;
    std::optional<qint64> m_lastTimeNs;
};
