// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chartline.h"

#include "runtime/statshistory.h"

#include <QWidget>

#include <array>
#include <chrono>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QTimer;
class QValueAxis;

// Live charts of a container's CPU %, memory against its limit, PIDs against
// their limit and block I/O rates, over the last ten minutes and more.
// Hovering a plot shows the values and time under the pointer; the history
// exports as CSV.
class StatsChartView : public QWidget
{
    Q_OBJECT

public:
    explicit StatsChartView(QWidget *parent = nullptr);

    // Plots the history of a container session, which outlives the view;
    // historyAppended() after each sample it gets. nullptr: the view's own.
    void setHistory(const StatsHistory *history);
    void historyAppended();
    // Appends to the view's own history and plots it.
    void addSample(const StatsSample &sample);
    // Forgets what is plotted, and the samples when the history is the view's own.
    void clear();
    const StatsHistory &history() const { return *m_history; }
    std::chrono::milliseconds interval() const;

    // "CPU 12.5 %", "collecting", "n/a": the current values as shown.
    QString cpuText() const;
    QString memoryText() const;
    QString pidsText() const;
    QString blockIoText() const;
    // The current and the peak value of each line of the chart drawn in
    // view, with units, for assistive technology (StatsChartAccessible).
    QString chartValuesText(const QChartView *view) const;

    Result<void> exportCsvTo(const QString &path) const;
    // Points on the charts now (all series); hidden charts catch up when shown.
    int plottedPoints() const;
    // The time of the newest sample on the charts; invalid before the first.
    QDateTime plottedUntil() const;

    // How long new samples may wait to be plotted: the time one pixel column
    // of a plot plotWidth wide stands for, and at most MaxPlotDelayMs.
    static constexpr qint64 MaxPlotDelayMs = 2000;
    static qint64 plotDelayMs(qint64 windowMs, double plotWidth);

Q_SIGNALS:
    void intervalChanged(std::chrono::milliseconds interval);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The charts by their place in charts() and m_views.
    enum ChartIndex { CpuChart, MemoryChart, PidsChart, BlockIoChart };

    // A piece of a line that ended where values went missing ("n/a"): the
    // line breaks there rather than joining across the gap.
    struct Segment
    {
        QLineSeries *series = nullptr;
        ChartLine points;
    };
    // One line, drawn as two series: its settled and its latest points
    // since the last gap, and the segments before gaps.
    struct Line
    {
        QLineSeries *settled = nullptr;
        QLineSeries *latest = nullptr;
        ChartLine points;
        QList<Segment> segments;
        bool broken = false; // a sample since the last point had no value
    };
    struct Chart
    {
        QChart *chart = nullptr;
        QDateTimeAxis *timeAxis = nullptr;
        QValueAxis *valueAxis = nullptr;
        QList<Line> lines;
        bool lastIsLimit = false; // drawn dashed
        double columnWidth = 0;   // the time one pixel column stood for when the lines last settled
    };

    Chart makeChart(const QString &title, const QStringList &seriesNames, const QString &unit, bool dashedLast);
    QList<Chart *> charts();
    // The light or the dark chart theme, as the palette is, and the lines'
    // own pens on top of it.
    void followPalette();
    static void styleLines(Chart &chart, const QColor &background);
    // The plotted values of a sample, in series order of each chart.
    static std::array<std::optional<double>, 2> chartValues(const StatsSample &sample, int chart);
    // True when the chart's limit line reads "no limit" in this sample.
    static bool isUnlimited(const StatsSample &sample, int chart);
    bool plotDue(qint64 newest) const;
    void plotPending();
    void plotHistory();
    void showPoints(Chart &chart, bool resettle);
    // Ends the line's points so far as a segment of their own.
    void breakLine(Chart &chart, Line &line);
    // Shows the values of chart's lines at the time under viewPos (in its
    // view) as a tool tip; false when no sample is near that time.
    bool showValuesAt(int chart, const QPointF &viewPos, const QPoint &globalPos);
    void moveTimeWindow(qint64 first, qint64 newest);
    void dropPointsBefore(qint64 start);
    void updateValueAxis(Chart &chart, double maxValue);
    void clearSeries();
    void exportCsv();
    // Tells assistive technology that the charts' values changed.
    void announceValues();

    StatsHistory m_ownHistory;
    const StatsHistory *m_history = &m_ownHistory;
    QComboBox *m_interval;
    QLabel *m_summary;
    Chart m_cpu;
    Chart m_memory;
    Chart m_pids;
    Chart m_blockIo;
    QList<QChartView *> m_views; // in the order of charts()
    StatsSample m_last;
    bool m_chartsStale = false;
    // Samples at the end of the history not plotted yet, the time of the
    // newest one plotted (-1: none), and the timer that plots them at last.
    qsizetype m_pending = 0;
    qint64 m_plottedTime = -1;
    // When the lines last settled; -1: not yet.
    qint64 m_settledTime = -1;
    QTimer *m_plotTimer;
    // The time axes' range (ms since the epoch); empty before the first point.
    qint64 m_windowStart = 0;
    qint64 m_windowEnd = -1;
};
