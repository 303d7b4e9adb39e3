// SPDX-License-Identifier: Apache-2.0
#include "statshistory.h"

#include "io/atomicfilewriter.h"

#include <QCoreApplication>

#include <cstdlib>

qint64 StatsHistory::append(const StatsSample &sample)
{
    qint64 step = 0;
    if (!m_samples.isEmpty()) {
        const StatsSample &last = m_samples.constLast();
        const qint64 wallMs = last.time.msecsTo(sample.time);
        if (last.steadyMs && sample.steadyMs)
            step = wallMs - (*sample.steadyMs - *last.steadyMs);
        else if (wallMs < 0) // without a steady clock, only a step back shows
            step = wallMs;
        if (std::abs(step) < StepThresholdMs)
            step = 0;
        for (StatsSample &kept : m_samples)
            kept.time = kept.time.addMSecs(step);
    }
    m_samples.append(sample);
    const QDateTime oldest = sample.time.addSecs(-m_retentionSeconds);
    qsizetype drop = 0;
    while (drop < m_samples.size() && m_samples.at(drop).time < oldest)
        ++drop;
    m_samples.remove(0, drop);
    m_lastStepMs = step;
    return step;
}

void StatsHistory::clear()
{
    m_samples.clear();
    m_lastStepMs = 0;
}

void StatsHistory::setRetentionSeconds(int seconds)
{
    m_retentionSeconds = qMax(1, seconds);
}

static QByteArray cell(const std::optional<double> &value)
{
    return value ? QByteArray::number(*value, 'g', 12) : QByteArray();
}

QByteArray StatsHistory::toCsv() const
{
    QByteArray csv("time,cpu_percent,memory_used_bytes,memory_limit_bytes,pids_current,pids_limit,"
                   "block_read_bytes_per_second,block_write_bytes_per_second\n");
    for (const StatsSample &s : m_samples) {
        const QList<QByteArray> cells{s.time.toString(Qt::ISODateWithMs).toUtf8(),
                                      cell(s.cpuPercent),
                                      cell(s.memoryUsed),
                                      cell(s.memoryLimit),
                                      cell(s.pidsCurrent),
                                      cell(s.pidsLimit),
                                      cell(s.blockReadRate),
                                      cell(s.blockWriteRate)};
        csv += cells.join(',') + '\n';
    }
    return csv;
}

Result<void> StatsHistory::exportCsv(const QString &path) const
{
    const Result<QStringList> written = AtomicFileWriter::writeFile(path, toCsv());
    if (!written)
        return Result<void>::failure(written.error());
    return {};
}
