// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "statssample.h"

#include "base/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The samples of one container over time, trimmed to a retention window
// (15 minutes by default, so that ten minutes always show), with CSV export.
class StatsHistory
{
public:
    static constexpr int DefaultRetentionSeconds = 15 * 60;

    void append(const StatsSample &sample);
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
};
