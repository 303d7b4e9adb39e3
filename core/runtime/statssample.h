// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QMetaType>

#include <optional>

// One point of a container's resource use, derived from a "runc events"
// stats record. A value the runtime did not report stays empty (shown as
// "n/a"), never zero. Rates need two records, so the first sample of a
// stream has collecting set and no CPU or I/O rate.
struct StatsSample
{
    QDateTime time;
    // A steady clock's milliseconds when the sample was taken, if known: it
    // tells a step of the wall clock from time passing.
    std::optional<qint64> steadyMs;
    bool collecting = false;

    std::optional<double> cpuPercent;  // 100 = one core busy
    std::optional<double> memoryUsed;  // bytes: usage minus inactive file cache
    std::optional<double> memoryLimit; // bytes; empty when unlimited or unknown
    bool memoryUnlimited = false;
    std::optional<double> pidsCurrent;
    std::optional<double> pidsLimit; // empty when unlimited or unknown
    bool pidsUnlimited = false;
    std::optional<double> blockReadRate;  // bytes per second
    std::optional<double> blockWriteRate; // bytes per second
};

Q_DECLARE_METATYPE(StatsSample)
