// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "statssample.h"

#include "base/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The samples of one container over time, trimmed to a retention window
// (15 minutes by default, so that ten minutes always show), with CSV export.
//
// When the wall clock steps (NTP, a suspend, the user), the samples already
// kept move with it, so that the history stays in order and ends at the new
// sample's time: their times read as the clock now reads. A step is what the
// wall clock moved beyond the steady clock, when both samples carry one.
class StatsHistory
{
public:
    static constexpr int DefaultRetentionSeconds = 15 * 60;
    // Less than this is jitter between the two clocks, not a step.
    static constexpr qint64 StepThresholdMs = 1000;

    // Returns how far the samples kept before it moved (0: the clock did not step).
    qint64 append(const StatsSample &sample);
    // What the last append() returned.
    qint64 lastStepMs() const { return m_lastStepMs; }
    void clear();
    const QList<StatsSample> &samples() const { return m_samples; }
    bool isEmpty() const { return m_samples.isEmpty(); }

    void setRetentionSeconds(int seconds);
    int retentionSeconds() const { return m_retentionSeconds; }

    // One header line and one line per sample; values not reported are
    // empty cells, times are ISO 8601 with milliseconds.
    QByteArray toCsv() const;
    // Writes toCsv() atomically.
    Result<void> exportCsv(const QString &path) const;

private:
    QList<StatsSample> m_samples;
    int m_retentionSeconds = DefaultRetentionSeconds;
    qint64 m_lastStepMs = 0;
};
