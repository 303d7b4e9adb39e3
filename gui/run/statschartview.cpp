// SPDX-License-Identifier: Apache-2.0
#include "statschartview.h"
#include "statschartaccessible.h"

#include "editors/contrastcolor.h"

#include <QAccessible>
#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

constexpr double MiB = 1024.0 * 1024.0;
constexpr double KiB = 1024.0;
constexpr qint64 MinuteMs = 60 * 1000;
// The charts show at least this much; the history keeps more for the CSV.
constexpr qint64 VisibleMs = 10 * MinuteMs;
// A time axis: its length and the time between its ticks. It starts on a
// multiple of the tick time, so that the labels read 12:04:30, not 12:04:17.
struct AxisSpan
{
    qint64 lengthMs;
    qint64 tickMs;
};
// While the first ten minutes fill the axes, they grow through these spans.
constexpr std::array<AxisSpan, 4> FillingSpans{
    {{MinuteMs, 15 * 1000}, {2 * MinuteMs, 30 * 1000}, {5 * MinuteMs, MinuteMs}, {VisibleMs, 2 * MinuteMs}}};
// After that they show the last ten minutes from a whole minute on, and
// move on when the newest sample reaches their end: every one or two
// minutes. Moving an axis makes QtCharts lay out its labels and rebuild
// every line, so it does not move with every sample.
constexpr AxisSpan MovingSpan{12 * MinuteMs, 3 * MinuteMs};
// The latest parts of the lines settle at least this often.
constexpr qint64 SettleMs = MinuteMs;

// The latest time not after ms that is a multiple of step in local time
// (time zones such as UTC+5:45 are not whole hours off).
qint64 alignDown(qint64 ms, qint64 step)
{
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc()) * 1000;
    const qint64 local = ms + offset;
    return local - ((local % step) + step) % step - offset;
}

std::optional<double> scaled(const std::optional<double> &value, double scale)
{
    return value ? std::optional<double>(*value / scale) : std::nullopt;
}

QString valueOrNa(const std::optional<double> &value, const QString &format)
{
    return value ? format.arg(*value, 0, 'f', 1) : StatsChartView::tr("n/a");
}

// 1, 2 or 5 times a power of ten, at least value.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

StatsChartView::StatsChartView(QWidget *parent)
    : QWidget(parent), m_interval(new QComboBox(this)), m_summary(new QLabel(this)), m_plotTimer(new QTimer(this))
{
    // Samples that wait for a pixel's worth of time are plotted after all
    // when no more follow.
    m_plotTimer->setSingleShot(true);
    m_plotTimer->setInterval(int(MaxPlotDelayMs));
    connect(m_plotTimer, &QTimer::timeout, this, &StatsChartView::plotPending);

    m_interval->addItem(tr("0.5 s"), 500);
    m_interval->addItem(tr("1 s"), 1000);
    m_interval->addItem(tr("2 s"), 2000);
    m_interval->addItem(tr("5 s"), 5000);
    m_interval->setCurrentIndex(1);
    m_interval->setToolTip(tr("How often the container's statistics are read"));
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT intervalChanged(interval()); });

    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setToolTip(tr("Saves every sample of the history as a CSV file"));
    connect(exportButton, &QPushButton::clicked, this, &StatsChartView::exportCsv);

    auto *controls = new QHBoxLayout;
    auto *intervalLabel = new QLabel(tr("Interval:"), this);
    intervalLabel->setBuddy(m_interval);
    controls->addWidget(intervalLabel);
    controls->addWidget(m_interval);
    controls->addWidget(m_summary, 1);
    controls->addWidget(exportButton);

    m_cpu = makeChart(tr("CPU"), {tr("CPU %")}, tr("%"), false);
    m_memory = makeChart(tr("Memory"), {tr("used"), tr("limit")}, tr("MiB"), true);
    m_pids = makeChart(tr("PIDs"), {tr("current"), tr("limit")}, QString(), true);
    m_blockIo = makeChart(tr("Block I/O"), {tr("read"), tr("write")}, tr("KiB/s"), false);

    StatsChartAccessible::installFactory();
    auto *grid = new QGridLayout;
    const QList<QChart *> charts{m_cpu.chart, m_memory.chart, m_pids.chart, m_blockIo.chart};
    for (int i = 0; i < charts.size(); ++i) {
        auto *view = new QChartView(charts.at(i), this);
        // No antialiasing: it multiplies the cost of every repaint, and
        // these charts repaint once per sample.
        view->setRenderHint(QPainter::Antialiasing, false);
        view->setMinimumSize(240, 160);
        // Hovering anywhere over a plot shows its values at that time, which
        // is easier than aiming at a one-pixel line.
        view->viewport()->setMouseTracking(true);
        view->viewport()->installEventFilter(this);
        m_views.append(view);
        grid->addWidget(view, i / 2, i % 2);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(grid, 1);
    followPalette();
    clear();
}

void StatsChartView::followPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    // The charts' background and texts are the palette's, as the widgets
    // around them are, so that a high-contrast palette reaches them too.
    const QBrush base = palette().brush(QPalette::Base);
    const QBrush text = palette().brush(QPalette::Text);
    for (Chart *chart : charts()) {
        if (chart->chart->theme() != theme)
            chart->chart->setTheme(theme); // gives every line the theme's pen again
        chart->chart->setBackgroundBrush(base);
        chart->chart->setTitleBrush(text);
        chart->chart->legend()->setLabelBrush(text);
        for (QAbstractAxis *axis : chart->chart->axes()) {
            axis->setLabelsBrush(text);
            axis->setTitleBrush(text);
        }
        styleLines(*chart, base.color());
    }
}

void StatsChartView::styleLines(Chart &chart, const QColor &background)
{
    for (int i = 0; i < chart.lines.size(); ++i) {
        const Line &line = chart.lines.at(i);
        QPen pen = line.settled->pen(); // the theme's colour
        pen.setColor(ContrastColor::readableOn(pen.color(), background, ContrastColor::GraphicsRatio));
        // One pixel wide: QPainter draws such lines directly, while wider
        // ones go through its stroker, which costs several times as much
        // on every repaint.
        pen.setWidth(1);
        if (chart.lastIsLimit && i == chart.lines.size() - 1)
            pen.setStyle(Qt::DashLine);
        QList<QLineSeries *> parts{line.settled, line.latest};
        for (const Segment &segment : line.segments)
            parts << segment.series;
        for (QLineSeries *series : parts) {
            if (series->pen() != pen)
                series->setPen(pen);
        }
        // One legend entry per line.
        for (QLegendMarker *marker : chart.chart->legend()->markers(line.latest))
            marker->setVisible(false);
    }
}

void StatsChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

StatsChartView::Chart StatsChartView::makeChart(const QString &title, const QStringList &seriesNames,
                                                const QString &unit, bool dashedLast)
{
    Chart result;
    result.chart = new QChart; // owned by its QChartView
    result.chart->setTitle(title);
    result.chart->legend()->setVisible(seriesNames.size() > 1);
    result.chart->legend()->setAlignment(Qt::AlignBottom);
    result.timeAxis = new QDateTimeAxis(result.chart);
    result.timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    result.timeAxis->setTickCount(int(FillingSpans.front().lengthMs / FillingSpans.front().tickMs) + 1);
    result.valueAxis = new QValueAxis(result.chart);
    result.valueAxis->setLabelFormat(QStringLiteral("%.4g")); // 0.5 as well as 2048
    result.valueAxis->setTitleText(unit);
    result.chart->addAxis(result.timeAxis, Qt::AlignBottom);
    result.chart->addAxis(result.valueAxis, Qt::AlignLeft);
    result.lastIsLimit = dashedLast;
    // The settled parts first, so that the theme gives each line the colour
    // it would have as one series.
    result.lines.resize(seriesNames.size());
    for (QLineSeries *Line::*part : {&Line::settled, &Line::latest}) {
        for (int i = 0; i < seriesNames.size(); ++i) {
            auto *series = new QLineSeries(result.chart);
            series->setName(seriesNames.at(i));
            result.chart->addSeries(series);
            series->attachAxis(result.timeAxis);
            series->attachAxis(result.valueAxis);
            result.lines[i].*part = series;
        }
    }
    return result;
}

std::chrono::milliseconds StatsChartView::interval() const
{
    return std::chrono::milliseconds(m_interval->currentData().toInt());
}

QList<StatsChartView::Chart *> StatsChartView::charts()
{
    return {&m_cpu, &m_memory, &m_pids, &m_blockIo};
}

std::array<std::optional<double>, 2> StatsChartView::chartValues(const StatsSample &sample, int chart)
{
    switch (chart) {
    case CpuChart: return {sample.cpuPercent, std::nullopt};
    case MemoryChart: return {scaled(sample.memoryUsed, MiB), scaled(sample.memoryLimit, MiB)};
    case PidsChart: return {sample.pidsCurrent, sample.pidsLimit};
    default: return {scaled(sample.blockReadRate, KiB), scaled(sample.blockWriteRate, KiB)};
    }
}

bool StatsChartView::isUnlimited(const StatsSample &sample, int chart)
{
    switch (chart) {
    case MemoryChart: return sample.memoryUnlimited;
    case PidsChart: return sample.pidsUnlimited;
    default: return false;
    }
}

void StatsChartView::setHistory(const StatsHistory *history)
{
    m_history = history ? history : &m_ownHistory;
    clearSeries();
    m_last = m_history->isEmpty() ? StatsSample() : m_history->samples().constLast();
    if (m_history->isEmpty())
        m_last.collecting = true;
    if (isVisible())
        plotHistory();
    else
        m_chartsStale = !m_history->isEmpty();
    announceValues();
}

void StatsChartView::addSample(const StatsSample &sample)
{
    Q_ASSERT(m_history == &m_ownHistory);
    m_ownHistory.append(sample);
    historyAppended();
}

void StatsChartView::historyAppended()
{
    if (m_history->isEmpty())
        return;
    const StatsSample &sample = m_history->samples().constLast();
    m_last = sample;
    ++m_pending;
    m_summary->setText(QStringLiteral("%1 · %2 · %3 · %4").arg(cpuText(), memoryText(), pidsText(), blockIoText()));
    announceValues();
    // Every series update makes QtCharts recompute its geometry; a chart in
    // a hidden tab is brought up to date once, when it is shown.
    if (!isVisible()) {
        m_chartsStale = true;
        return;
    }
    // The wall clock stepped and the history moved with it: all of it is
    // plotted anew, on the axis the clock now reads.
    if (m_history->lastStepMs() != 0) {
        plotHistory();
        return;
    }
    // A line that moves by less than a pixel is redrawn for nothing.
    if (plotDue(sample.time.toMSecsSinceEpoch()))
        plotPending();
    else if (!m_plotTimer->isActive())
        m_plotTimer->start();
}

qint64 StatsChartView::plotDelayMs(qint64 windowMs, double plotWidth)
{
    if (plotWidth < 1 || windowMs <= 0)
        return 0;
    return std::min(MaxPlotDelayMs, qint64(double(windowMs) / plotWidth));
}

bool StatsChartView::plotDue(qint64 newest) const
{
    return m_plottedTime < 0 || newest > m_windowEnd
        || newest - m_plottedTime >= plotDelayMs(m_windowEnd - m_windowStart, m_cpu.chart->plotArea().width());
}

void StatsChartView::plotPending()
{
    m_plotTimer->stop();
    const QList<StatsSample> &samples = m_history->samples();
    if (m_pending == 0 || samples.isEmpty())
        return;
    const qsizetype from = std::max<qsizetype>(0, samples.size() - m_pending);
    m_pending = 0;
    m_plottedTime = samples.constLast().time.toMSecsSinceEpoch();
    const bool moved = m_plottedTime > m_windowEnd;
    if (moved)
        moveTimeWindow(samples.constFirst().time.toMSecsSinceEpoch(), m_plottedTime);
    // The latest parts of the lines are redrawn with every plot, the settled
    // parts when the time axes move and otherwise once a minute, so that
    // the latest parts stay short.
    const bool resettle = moved || m_settledTime < 0 || m_plottedTime - m_settledTime > SettleMs;
    if (resettle)
        m_settledTime = m_plottedTime;
    const QList<Chart *> all = charts();
    for (int c = 0; c < all.size(); ++c) {
        Chart &chart = *all.at(c);
        for (qsizetype i = from; i < samples.size(); ++i) {
            const qint64 time = samples.at(i).time.toMSecsSinceEpoch();
            if (time < m_windowStart)
                continue;
            const std::array<std::optional<double>, 2> values = chartValues(samples.at(i), c);
            for (int l = 0; l < chart.lines.size(); ++l) {
                Line &line = chart.lines[l];
                if (!values.at(l)) { // a gap, not a made-up zero
                    line.broken = !line.points.points().isEmpty();
                    continue;
                }
                if (line.broken)
                    breakLine(chart, line);
                line.points.add(QPointF(double(time), *values.at(l)));
            }
        }
        showPoints(chart, resettle);
    }
}

void StatsChartView::showPoints(Chart &chart, bool resettle)
{
    // Any change to a series makes QtCharts rebuild and stroke all of it,
    // point by point, so a series gets one point per pixel column rather
    // than the two or more that samples at 1 s or faster give.
    const double plotWidth = chart.chart->plotArea().width();
    const double columnWidth = plotWidth >= 1 ? double(m_windowEnd - m_windowStart) / plotWidth : 0;
    // A resize thins the lines anew; the few pixels a plot gains or loses
    // when its axis labels change do not.
    if (std::abs(columnWidth - chart.columnWidth) > 0.1 * chart.columnWidth)
        resettle = true;
    if (resettle)
        chart.columnWidth = columnWidth;
    const auto show = [](QLineSeries *series, const QList<QPointF> &points) {
        if (series->points() != points)
            series->replace(points);
    };
    double maxValue = 0;
    for (Line &line : chart.lines) {
        for (Segment &segment : line.segments) {
            if (resettle)
                show(segment.series, ChartLine::perColumn(segment.points.points(), double(m_windowStart), columnWidth));
            maxValue = std::max(maxValue, segment.points.maxY());
        }
        if (resettle) {
            line.points.settle();
            show(line.settled, ChartLine::perColumn(line.points.settledPoints(), double(m_windowStart), columnWidth));
        }
        show(line.latest, ChartLine::perColumn(line.points.latestPoints(), double(m_windowStart), columnWidth));
        maxValue = std::max(maxValue, line.points.maxY());
    }
    updateValueAxis(chart, maxValue);
}

void StatsChartView::breakLine(Chart &chart, Line &line)
{
    line.broken = false;
    Segment segment;
    segment.series = new QLineSeries(chart.chart);
    segment.series->setName(line.settled->name());
    segment.series->setPen(line.settled->pen());
    chart.chart->addSeries(segment.series);
    segment.series->attachAxis(chart.timeAxis);
    segment.series->attachAxis(chart.valueAxis);
    for (QLegendMarker *marker : chart.chart->legend()->markers(segment.series))
        marker->setVisible(false);
    segment.points = line.points;
    segment.points.settle();
    const double plotWidth = chart.chart->plotArea().width();
    const double columnWidth = plotWidth >= 1 ? double(m_windowEnd - m_windowStart) / plotWidth : 0;
    segment.series->replace(ChartLine::perColumn(segment.points.points(), double(m_windowStart), columnWidth));
    line.segments.append(segment);
    line.points.clear();
    line.settled->clear();
    line.latest->clear();
}

bool StatsChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Leave) {
        QToolTip::hideText();
    } else if (event->type() == QEvent::MouseMove) {
        const qsizetype chart = std::find_if(m_views.cbegin(), m_views.cend(),
                                             [watched](const QChartView *view) { return view->viewport() == watched; })
            - m_views.cbegin();
        if (chart < m_views.size()) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (!showValuesAt(int(chart), mouse->position(), mouse->globalPosition().toPoint()))
                QToolTip::hideText();
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool StatsChartView::showValuesAt(int chart, const QPointF &viewPos, const QPoint &globalPos)
{
    const Chart &shown = *charts().at(chart);
    const QChartView *view = m_views.at(chart);
    const QPointF chartPos = shown.chart->mapFromScene(view->mapToScene(viewPos.toPoint()));
    const QList<StatsSample> &samples = m_history->samples();
    if (samples.isEmpty() || !shown.chart->plotArea().contains(chartPos))
        return false;
    // The sample nearest to the pointer's time. Further than an interval
    // left of the first sample or right of the newest one there is nothing
    // to show.
    const qint64 time = qint64(shown.chart->mapToValue(chartPos, shown.lines.constFirst().settled).x());
    auto nearest = std::lower_bound(samples.cbegin(), samples.cend(), time, [](const StatsSample &sample, qint64 t) {
        return sample.time.toMSecsSinceEpoch() < t;
    });
    if (nearest == samples.cend()
        || (nearest != samples.cbegin()
            && time - std::prev(nearest)->time.toMSecsSinceEpoch() < nearest->time.toMSecsSinceEpoch() - time))
        --nearest;
    if (time < samples.constFirst().time.toMSecsSinceEpoch() - interval().count()
        || time > samples.constLast().time.toMSecsSinceEpoch() + interval().count())
        return false;
    QStringList lines{nearest->time.toString(QStringLiteral("HH:mm:ss"))};
    const std::array<std::optional<double>, 2> values = chartValues(*nearest, chart);
    for (int l = 0; l < shown.lines.size(); ++l) {
        const QString name = shown.lines.at(l).settled->name();
        const std::optional<double> v = values.at(l);
        const bool unlimited = shown.lastIsLimit && l == shown.lines.size() - 1 && isUnlimited(*nearest, chart);
        if (v) {
            const QString value = QString::number(*v, 'f', *v == std::floor(*v) ? 0 : 2);
            lines << tr("%1: %2 %3").arg(name, value, shown.valueAxis->titleText()).trimmed();
        } else {
            lines << tr("%1: %2").arg(name, unlimited ? tr("no limit") : tr("n/a"));
        }
    }
    QToolTip::showText(globalPos, lines.join(QLatin1Char('\n')), m_views.at(chart));
    return true;
}

void StatsChartView::plotHistory()
{
    clearSeries();
    m_pending = m_history->samples().size();
    plotPending();
}

void StatsChartView::moveTimeWindow(qint64 first, qint64 newest)
{
    AxisSpan span = MovingSpan;
    m_windowStart = alignDown(newest - VisibleMs, MinuteMs);
    for (const AxisSpan &filling : FillingSpans) {
        const qint64 start = alignDown(first, filling.tickMs);
        if (start + filling.lengthMs >= newest) {
            span = filling;
            m_windowStart = start;
            break;
        }
    }
    m_windowEnd = m_windowStart + span.lengthMs;
    dropPointsBefore(m_windowStart);
    const QString format = span.tickMs < MinuteMs ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    for (Chart *chart : charts()) {
        chart->timeAxis->setFormat(format);
        chart->timeAxis->setTickCount(int(span.lengthMs / span.tickMs) + 1);
        chart->timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_windowStart),
                                  QDateTime::fromMSecsSinceEpoch(m_windowEnd));
    }
}

void StatsChartView::dropPointsBefore(qint64 start)
{
    // Points off the axis only cost time. The series follow when
    // plotPending() shows the new points.
    for (Chart *chart : charts()) {
        for (Line &line : chart->lines) {
            line.points.dropBefore(double(start));
            for (qsizetype i = line.segments.size() - 1; i >= 0; --i) {
                Segment &segment = line.segments[i];
                segment.points.dropBefore(double(start));
                if (segment.points.points().isEmpty()) {
                    chart->chart->removeSeries(segment.series);
                    delete segment.series;
                    line.segments.removeAt(i);
                }
            }
        }
    }
}

void StatsChartView::updateValueAxis(Chart &chart, double maxValue)
{
    // A round upper bound changes rarely, so the axis seldom relays out.
    const double top = niceCeiling(maxValue * 1.1);
    if (chart.valueAxis->max() != top || chart.valueAxis->min() != 0)
        chart.valueAxis->setRange(0, top);
}

void StatsChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_chartsStale)
        return;
    m_chartsStale = false;
    plotHistory();
}

void StatsChartView::clearSeries()
{
    for (Chart *chart : charts()) {
        for (Line &line : chart->lines) {
            line.settled->clear();
            line.latest->clear();
            line.points.clear();
            line.broken = false;
            for (const Segment &segment : std::as_const(line.segments)) {
                chart->chart->removeSeries(segment.series);
                delete segment.series;
            }
            line.segments.clear();
        }
        chart->columnWidth = 0;
    }
    m_windowStart = 0;
    m_windowEnd = -1;
    m_pending = 0;
    m_plottedTime = -1;
    m_settledTime = -1;
    m_plotTimer->stop();
}

void StatsChartView::clear()
{
    m_ownHistory.clear();
    m_last = StatsSample();
    m_last.collecting = true;
    m_chartsStale = false;
    clearSeries();
    m_summary->setText(tr("No samples yet."));
    announceValues();
}

void StatsChartView::announceValues()
{
    // The event carries the first line's value; the text, which costs a pass
    // over the history, is built only when assistive technology asks.
    if (!QAccessible::isActive())
        return;
    const std::array<const Chart *, 4> all{&m_cpu, &m_memory, &m_pids, &m_blockIo};
    for (int c = 0; c < int(all.size()); ++c) {
        const std::optional<double> value = m_history->isEmpty()
            ? std::nullopt
            : chartValues(m_history->samples().constLast(), c).front();
        QAccessibleValueChangeEvent event(m_views.at(c), value ? QVariant(*value) : QVariant());
        QAccessible::updateAccessibility(&event);
    }
}

QString StatsChartView::chartValuesText(const QChartView *view) const
{
    const int index = int(m_views.indexOf(view));
    const std::array<const Chart *, 4> all{&m_cpu, &m_memory, &m_pids, &m_blockIo};
    if (index < 0 || index >= int(all.size()))
        return QString();
    const QList<StatsSample> &samples = m_history->samples();
    if (samples.isEmpty())
        return tr("No samples yet.");
    const Chart &chart = *all.at(index);
    const QString unit = chart.valueAxis->titleText();
    const auto withUnit = [&unit](const std::optional<double> &value) {
        if (!value)
            return tr("n/a");
        const QString number = QString::number(*value, 'f', *value == std::floor(*value) ? 0 : 1);
        return unit.isEmpty() ? number : tr("%1 %2", "a value and its unit").arg(number, unit);
    };
    QStringList lines;
    for (int l = 0; l < int(chart.lines.size()); ++l) {
        std::optional<double> peak;
        for (const StatsSample &sample : samples) {
            if (const std::optional<double> value = chartValues(sample, index).at(l))
                peak = std::max(peak.value_or(*value), *value);
        }
        const QString name = chart.lines.at(l).settled->name();
        const bool isLimit = chart.lastIsLimit && l == int(chart.lines.size()) - 1;
        if (isLimit && isUnlimited(samples.constLast(), index))
            lines << tr("%1: no limit").arg(name);
        else
            lines << tr("%1: %2, peak %3").arg(name, withUnit(chartValues(samples.constLast(), index).at(l)),
                                                withUnit(peak));
    }
    return lines.join(QLatin1String("; "));
}

QString StatsChartView::cpuText() const
{
    if (m_last.collecting)
        return tr("CPU: collecting…");
    return tr("CPU: %1").arg(valueOrNa(m_last.cpuPercent, tr("%1 %")));
}

QString StatsChartView::memoryText() const
{
    const QString used = valueOrNa(scaled(m_last.memoryUsed, MiB), tr("%1 MiB"));
    const QString limit =
        m_last.memoryUnlimited ? tr("no limit") : valueOrNa(scaled(m_last.memoryLimit, MiB), tr("%1 MiB"));
    return tr("Memory: %1 of %2").arg(used, limit);
}

QString StatsChartView::pidsText() const
{
    const QString current = m_last.pidsCurrent ? QString::number(qint64(*m_last.pidsCurrent)) : tr("n/a");
    const QString limit = m_last.pidsUnlimited
        ? tr("no limit")
        : (m_last.pidsLimit ? QString::number(qint64(*m_last.pidsLimit)) : tr("n/a"));
    return tr("PIDs: %1 of %2").arg(current, limit);
}

QString StatsChartView::blockIoText() const
{
    if (m_last.collecting)
        return tr("Block I/O: collecting…");
    return tr("Block I/O: read %1, write %2")
        .arg(valueOrNa(scaled(m_last.blockReadRate, KiB), tr("%1 KiB/s")),
             valueOrNa(scaled(m_last.blockWriteRate, KiB), tr("%1 KiB/s")));
}

int StatsChartView::plottedPoints() const
{
    int count = 0;
    for (const Chart *chart : {&m_cpu, &m_memory, &m_pids, &m_blockIo}) {
        for (const Line &line : chart->lines) {
            const int settled = line.settled->count();
            const int latest = line.latest->count();
            count += settled + latest - (settled > 0 && latest > 0 ? 1 : 0); // the point they share
            for (const Segment &segment : line.segments)
                count += segment.series->count();
        }
    }
    return count;
}

QDateTime StatsChartView::plottedUntil() const
{
    return m_plottedTime < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(m_plottedTime);
}

Result<void> StatsChartView::exportCsvTo(const QString &path) const
{
    return m_history->exportCsv(path);
}

void StatsChartView::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Statistics"), QStringLiteral("stats.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Result<void> exported = exportCsvTo(path); !exported)
        QMessageBox::warning(this, tr("Export Statistics"), exported.error());
}
