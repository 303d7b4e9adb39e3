// SPDX-License-Identifier: Apache-2.0
// The statistics charts fed by hand: what they plot, how their time axes
// move, gaps for values the runtime did not report, and catching up when a
// hidden chart is shown; flat runs kept as two points, one point per pixel
// column, samples plotted once they move a line by a pixel, only the latest
// part of a line redrawn, and the chart theme following the palette.
#include "run/chartline.h"
#include "run/statschartview.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

class tst_StatsChartView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstMinuteFillsTheAxis();
    void tenMinutesStayVisible();
    void axisMovesEveryMinuteOrTwoOnWholeMinutes();
    void missingValuesAreGaps();
    void gapsBreakTheLine_data();
    void gapsBreakTheLine();
    void clockStepMovesTheHistory_data();
    void clockStepMovesTheHistory();
    void plotsASessionsHistory();
    void hiddenChartsCatchUpWhenShown();
    void flatRunsKeepTheirEnds_data();
    void flatRunsKeepTheirEnds();
    void droppingKeepsTheFlatEdge_data();
    void droppingKeepsTheFlatEdge();
    void plotDelayIsOnePixel_data();
    void plotDelayIsOnePixel();
    void samplesWaitForAPixel();
    void onePointPerColumn_data();
    void onePointPerColumn();
    void settledPointsStay_data();
    void settledPointsStay();
    void onlyTheLatestPartIsRedrawn();
    void themeFollowsThePalette();
    void hoverShowsTheValuesAtThatTime();

private:
    static StatsSample sample(const QDateTime &time, double cpu);
    static QDateTimeAxis *timeAxis(const StatsChartView &view, const QString &title);
    static QChart *chart(const StatsChartView &view, const QString &title);
    static QList<QPointF> linePoints(const StatsChartView &view, const QString &title, int line = 0);
    static void feed(StatsChartView &view, const QDateTime &start, int seconds);
    // Five seconds after a whole two minutes, minutesAgo minutes ago: the
    // axes then move at known samples.
    static QDateTime alignedStart(int minutesAgo);
    static qint64 ms(const QDateTime &time) { return time.toMSecsSinceEpoch(); }
};

StatsSample tst_StatsChartView::sample(const QDateTime &time, double cpu)
{
    StatsSample s;
    s.time = time;
    s.cpuPercent = cpu;
    s.memoryUsed = 8.0 * 1024 * 1024;
    s.memoryLimit = 64.0 * 1024 * 1024;
    s.pidsCurrent = 2;
    s.pidsLimit = 32;
    s.blockReadRate = 0;
    s.blockWriteRate = 1024;
    return s;
}

QDateTimeAxis *tst_StatsChartView::timeAxis(const StatsChartView &view, const QString &title)
{
    for (const QChartView *chartView : view.findChildren<QChartView *>()) {
        if (chartView->chart()->title() == title)
            return qobject_cast<QDateTimeAxis *>(chartView->chart()->axes(Qt::Horizontal).value(0));
    }
    return nullptr;
}

QChart *tst_StatsChartView::chart(const StatsChartView &view, const QString &title)
{
    for (const QChartView *chartView : view.findChildren<QChartView *>()) {
        if (chartView->chart()->title() == title)
            return chartView->chart();
    }
    return nullptr;
}

// The points drawn for a line: its settled series, then its latest one, which
// starts at the last settled point.
QList<QPointF> tst_StatsChartView::linePoints(const StatsChartView &view, const QString &title, int line)
{
    // The settled series of each line, then the latest ones; the pieces
    // before gaps come after them.
    const QList<QAbstractSeries *> series = chart(view, title)->series();
    const qsizetype lines = title == QLatin1String("CPU") ? 1 : 2;
    QList<QPointF> points = qobject_cast<QLineSeries *>(series.at(line))->points();
    const QList<QPointF> latest = qobject_cast<QLineSeries *>(series.at(lines + line))->points();
    points.append(points.isEmpty() ? latest : latest.mid(1));
    return points;
}

void tst_StatsChartView::feed(StatsChartView &view, const QDateTime &start, int seconds)
{
    for (int i = 0; i < seconds; ++i)
        view.addSample(sample(start.addSecs(i), i % 10));
}

QDateTime tst_StatsChartView::alignedStart(int minutesAgo)
{
    // In local time, as the axes align.
    const QDateTime then = QDateTime::currentDateTime().addSecs(-60 * minutesAgo);
    const QTime time = then.time();
    return QDateTime(then.date(), QTime(time.hour(), time.minute() - time.minute() % 2, 5));
}

void tst_StatsChartView::firstMinuteFillsTheAxis()
{
    StatsChartView view;
    view.show();
    const QDateTime start = QDateTime::currentDateTime();
    feed(view, start, 30);
    QDateTimeAxis *axis = timeAxis(view, QStringLiteral("CPU"));
    QVERIFY(axis);
    // A minute from the quarter minute before the first sample, in ticks of
    // 15 s.
    QVERIFY(axis->min() <= start);
    QVERIFY(axis->min() > start.addSecs(-15));
    QCOMPARE(axis->min().time().second() % 15, 0);
    QCOMPARE(axis->min().time().msec(), 0);
    QCOMPARE(axis->max(), axis->min().addSecs(60));
    QCOMPARE(axis->tickCount(), 5);
    QCOMPARE(axis->format(), QStringLiteral("HH:mm:ss"));
    QCOMPARE(linePoints(view, QStringLiteral("CPU")).size(), 30);
}

void tst_StatsChartView::tenMinutesStayVisible()
{
    StatsChartView view;
    view.show();
    const QDateTime start = QDateTime::currentDateTime();
    QDateTimeAxis *axis = timeAxis(view, QStringLiteral("Memory"));
    QVERIFY(axis);
    for (int i = 0; i < 15 * 60; ++i) {
        const QDateTime time = start.addSecs(i);
        view.addSample(sample(time, i % 10));
        // The newest point is on the axis, with ten minutes before it.
        QVERIFY(axis->max() >= time);
        QVERIFY2(axis->min() <= time.addSecs(-qMin(i, 10 * 60)), qPrintable(QString::number(i)));
    }
    // Points that left the axis are gone from the chart, not from the history.
    const QList<QPointF> cpu = linePoints(view, QStringLiteral("CPU"));
    QVERIFY(cpu.constFirst().x() >= double(axis->min().toMSecsSinceEpoch()));
    // Up to the newest sample, or one a pixel's time before it.
    const double plotted = double(ms(view.plottedUntil()));
    QCOMPARE(cpu.constLast().x(), plotted);
    QVERIFY(plotted >= double(ms(start.addSecs(15 * 60 - 3))));
    QCOMPARE(view.history().samples().size(), 15 * 60);
    // The flat memory line still reaches across the whole axis.
    const QList<QPointF> memory = linePoints(view, QStringLiteral("Memory"));
    QVERIFY(memory.size() <= 3); // its ends, and maybe where its parts meet
    QCOMPARE(memory.constFirst().x(), double(axis->min().toMSecsSinceEpoch()));
    QCOMPARE(memory.constLast().x(), plotted);
}

void tst_StatsChartView::axisMovesEveryMinuteOrTwoOnWholeMinutes()
{
    StatsChartView view;
    view.show();
    const QDateTime start = QDateTime::currentDateTime().addSecs(-30 * 60);
    feed(view, start, 11 * 60);
    QDateTimeAxis *axis = timeAxis(view, QStringLiteral("PIDs"));
    QVERIFY(axis);
    QSignalSpy moved(axis, &QDateTimeAxis::rangeChanged);
    for (int i = 0; i < 5 * 60; ++i) {
        const QDateTime time = start.addSecs(11 * 60 + i);
        view.addSample(sample(time, 1));
        // Twelve minutes from a whole minute, in ticks of three, with the
        // last ten minutes and the newest sample on them.
        QCOMPARE(axis->min().time().second(), 0);
        QCOMPARE(axis->min().time().msec(), 0);
        QCOMPARE(axis->max(), axis->min().addSecs(12 * 60));
        QVERIFY(axis->min() <= time.addSecs(-10 * 60));
        QVERIFY(axis->max() >= time);
    }
    QCOMPARE(axis->tickCount(), 5);
    QCOMPARE(axis->format(), QStringLiteral("HH:mm"));
    // Not with every sample: after one to two minutes each.
    QVERIFY2(moved.size() >= 2 && moved.size() <= 5, qPrintable(QString::number(moved.size())));
}

void tst_StatsChartView::missingValuesAreGaps()
{
    StatsChartView view;
    view.show();
    const QDateTime start = QDateTime::currentDateTime();
    StatsSample first = sample(start, 0);
    first.collecting = true;
    first.cpuPercent.reset();
    view.addSample(first);
    QVERIFY(view.cpuText().contains(QLatin1String("collecting")));
    StatsSample second = sample(start.addSecs(1), 0);
    second.memoryLimit.reset();
    second.memoryUnlimited = true;
    view.addSample(second);
    // No made-up zero for the CPU of the first sample.
    QCOMPARE(linePoints(view, QStringLiteral("CPU")).size(), 1);
    QCOMPARE(linePoints(view, QStringLiteral("Memory")).size(), 2);
    QVERIFY(view.memoryText().contains(QLatin1String("no limit")));
}

void tst_StatsChartView::gapsBreakTheLine_data()
{
    QTest::addColumn<bool>("shownLater"); // hidden while fed, then shown
    QTest::newRow("live") << false;
    QTest::newRow("caught up when shown") << true;
}

// Seconds 0-9 and 15-29 have a CPU value, 10-14 are "n/a": the CPU line is
// drawn in two pieces, none of them joining across the gap.
void tst_StatsChartView::gapsBreakTheLine()
{
    QFETCH(bool, shownLater);
    StatsChartView view;
    if (!shownLater)
        view.show();
    const QDateTime start = QDateTime::currentDateTime();
    for (int i = 0; i < 30; ++i) {
        StatsSample s = sample(start.addSecs(i), 5 + i % 3);
        if (i >= 10 && i < 15)
            s.cpuPercent.reset();
        view.addSample(s);
    }
    if (shownLater)
        view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.plottedUntil(), start.addSecs(29));
    const qint64 gapStart = ms(start.addSecs(9));
    const qint64 gapEnd = ms(start.addSecs(15));
    int before = 0;
    int after = 0;
    for (QAbstractSeries *series : chart(view, QStringLiteral("CPU"))->series()) {
        const QList<QPointF> points = qobject_cast<QLineSeries *>(series)->points();
        const bool left =
            std::any_of(points.cbegin(), points.cend(), [&](const QPointF &p) { return p.x() <= gapStart; });
        const bool right =
            std::any_of(points.cbegin(), points.cend(), [&](const QPointF &p) { return p.x() >= gapEnd; });
        QVERIFY2(!(left && right), "a series joins the points across the gap");
        before += left;
        after += right;
        for (const QPointF &p : points)
            QVERIFY(p.x() <= gapStart || p.x() >= gapEnd); // nothing made up inside it
    }
    QVERIFY(before >= 1);
    QVERIFY(after >= 1);
    // One legend entry still, and the other charts have no gap.
    int shownMarkers = 0;
    for (QLegendMarker *marker : chart(view, QStringLiteral("CPU"))->legend()->markers())
        shownMarkers += marker->isVisible();
    QVERIFY(shownMarkers <= 1);
    QCOMPARE(linePoints(view, QStringLiteral("PIDs")).size() >= 2, true);
}

void tst_StatsChartView::clockStepMovesTheHistory_data()
{
    QTest::addColumn<int>("stepSeconds");
    QTest::newRow("an hour back") << -3600;
    QTest::newRow("a day ahead") << 86400;
}

// The wall clock steps while samples come once a second (by the steady
// clock): the lines keep going on an axis that reads the clock's new time.
void tst_StatsChartView::clockStepMovesTheHistory()
{
    QFETCH(int, stepSeconds);
    StatsChartView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QDateTime start = QDateTime::currentDateTime();
    for (int i = 0; i < 40; ++i) {
        StatsSample s = sample(start.addSecs(i < 30 ? i : i + stepSeconds), 5);
        s.steadyMs = 1000 * i;
        view.addSample(s);
    }
    const QDateTime newest = start.addSecs(39 + stepSeconds);
    QTRY_COMPARE(view.plottedUntil(), newest);
    QDateTimeAxis *axis = timeAxis(view, QStringLiteral("CPU"));
    QVERIFY(axis->min() <= newest.addSecs(-39));
    QVERIFY(axis->max() >= newest);
    // Forty points, a second apart, ending now.
    const QList<StatsSample> &samples = view.history().samples();
    QCOMPARE(samples.size(), 40);
    QCOMPARE(samples.constFirst().time, newest.addSecs(-39));
    const QList<QPointF> points = linePoints(view, QStringLiteral("PIDs"));
    QVERIFY(!points.isEmpty());
    QCOMPARE(qint64(points.constFirst().x()), ms(newest.addSecs(-39)));
    QCOMPARE(qint64(points.constLast().x()), ms(newest));
}

// A session's history outlives the view's idea of it: set on a view, it is
// plotted at once, and what the session appends follows.
void tst_StatsChartView::plotsASessionsHistory()
{
    StatsHistory history;
    const QDateTime start = QDateTime::currentDateTime();
    for (int i = 0; i < 20; ++i)
        history.append(sample(start.addSecs(i), 3));
    StatsChartView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setHistory(&history);
    QTRY_COMPARE(view.plottedUntil(), start.addSecs(19));
    history.append(sample(start.addSecs(20), 4));
    view.historyAppended();
    QTRY_COMPARE(view.plottedUntil(), start.addSecs(20));
    QVERIFY(view.cpuText().contains(QLatin1Char('4')));
    view.clear(); // forgets the plot, not the session's samples
    QCOMPARE(history.samples().size(), 21);
    QCOMPARE(linePoints(view, QStringLiteral("CPU")).size(), 0);
}

void tst_StatsChartView::hiddenChartsCatchUpWhenShown()
{
    StatsChartView view;
    const QDateTime start = QDateTime::currentDateTime();
    feed(view, start, 12 * 60);
    QCOMPARE(view.plottedPoints(), 0);
    view.show();
    QDateTimeAxis *axis = timeAxis(view, QStringLiteral("Block I/O"));
    QVERIFY(axis);
    const qint64 newest = ms(start.addSecs(12 * 60 - 1));
    const qint64 tenMinutesBefore = newest - 10 * 60 * 1000;
    QCOMPARE(ms(axis->min()), tenMinutesBefore - tenMinutesBefore % 60000);
    QCOMPARE(axis->max(), axis->min().addSecs(12 * 60));
    // The CPU line from the start of the axis to the newest sample, with its
    // lowest and highest values; the six flat lines need two points each.
    const QList<QPointF> cpu = linePoints(view, QStringLiteral("CPU"));
    QVERIFY(cpu.constFirst().x() >= double(ms(axis->min())));
    QVERIFY(cpu.constFirst().x() < double(ms(axis->min().addSecs(1))));
    QCOMPARE(cpu.constLast().x(), double(newest));
    const auto [lowest, highest] =
        std::minmax_element(cpu.cbegin(), cpu.cend(), [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    QCOMPARE(lowest->y(), 0.0);
    QCOMPARE(highest->y(), 9.0);
    QCOMPARE(view.plottedPoints(), int(cpu.size()) + 6 * 2);
    // The CSV still has every sample.
    QCOMPARE(view.history().toCsv().count('\n'), 12 * 60 + 1);
}

static QList<QPointF> line(const QList<double> &values)
{
    QList<QPointF> points;
    for (qsizetype i = 0; i < values.size(); ++i)
        points.append(QPointF(double(i), values.at(i)));
    return points;
}

void tst_StatsChartView::flatRunsKeepTheirEnds_data()
{
    QTest::addColumn<QList<QPointF>>("added");
    QTest::addColumn<QList<QPointF>>("kept");
    QTest::newRow("empty") << QList<QPointF>() << QList<QPointF>();
    QTest::newRow("one") << line({3}) << line({3});
    QTest::newRow("two equal") << line({3, 3}) << line({3, 3});
    QTest::newRow("flat") << line({3, 3, 3, 3, 3}) << QList<QPointF>{{0, 3}, {4, 3}};
    QTest::newRow("varying") << line({1, 2, 1, 2}) << line({1, 2, 1, 2});
    QTest::newRow("run inside") << line({1, 2, 2, 2, 2, 3}) << QList<QPointF>{{0, 1}, {1, 2}, {4, 2}, {5, 3}};
    QTest::newRow("two runs") << line({0, 0, 0, 5, 5, 5}) << QList<QPointF>{{0, 0}, {2, 0}, {3, 5}, {5, 5}};
}

void tst_StatsChartView::flatRunsKeepTheirEnds()
{
    QFETCH(QList<QPointF>, added);
    QFETCH(QList<QPointF>, kept);
    ChartLine chartLine;
    for (const QPointF &point : added)
        chartLine.add(point);
    QCOMPARE(chartLine.points(), kept);
}

void tst_StatsChartView::droppingKeepsTheFlatEdge_data()
{
    QTest::addColumn<QList<QPointF>>("added");
    QTest::addColumn<double>("start");
    QTest::addColumn<QList<QPointF>>("kept");
    QTest::newRow("nothing before") << line({1, 2}) << 0.0 << line({1, 2});
    QTest::newRow("varying") << line({1, 2, 3}) << 1.5 << QList<QPointF>{{2, 3}};
    QTest::newRow("flat across") << line({3, 3, 3, 3}) << 1.5 << QList<QPointF>{{1.5, 3}, {3, 3}};
    QTest::newRow("flat ends at start") << line({1, 3, 3, 3}) << 3.0 << QList<QPointF>{{3, 3}};
    QTest::newRow("rise across") << line({1, 1, 1, 4}) << 2.5 << QList<QPointF>{{3, 4}};
    QTest::newRow("all before") << line({1, 1, 1}) << 9.0 << QList<QPointF>();
}

void tst_StatsChartView::droppingKeepsTheFlatEdge()
{
    QFETCH(QList<QPointF>, added);
    QFETCH(double, start);
    QFETCH(QList<QPointF>, kept);
    ChartLine chartLine;
    for (const QPointF &point : added)
        chartLine.add(point);
    chartLine.dropBefore(start);
    QCOMPARE(chartLine.points(), kept);
}

void tst_StatsChartView::plotDelayIsOnePixel_data()
{
    QTest::addColumn<qint64>("windowMs");
    QTest::addColumn<double>("plotWidth");
    QTest::addColumn<qint64>("delayMs");
    QTest::newRow("ten minutes, 400 px") << qint64(600000) << 400.0 << qint64(1500);
    QTest::newRow("first minute") << qint64(60000) << 400.0 << qint64(150);
    QTest::newRow("narrow plot, capped") << qint64(600000) << 100.0 << StatsChartView::MaxPlotDelayMs;
    QTest::newRow("not laid out") << qint64(600000) << 0.0 << qint64(0);
    QTest::newRow("no window") << qint64(0) << 400.0 << qint64(0);
}

void tst_StatsChartView::plotDelayIsOnePixel()
{
    QFETCH(qint64, windowMs);
    QFETCH(double, plotWidth);
    QFETCH(qint64, delayMs);
    QCOMPARE(StatsChartView::plotDelayMs(windowMs, plotWidth), delayMs);
}

void tst_StatsChartView::samplesWaitForAPixel()
{
    StatsChartView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QDateTime start = alignedStart(11);
    // The first sample shows at once.
    view.addSample(sample(start, 1));
    const auto cpu = [&view] { return linePoints(view, QStringLiteral("CPU")); };
    QCOMPARE(cpu().size(), 1);
    QCoreApplication::processEvents(); // lays out the plots
    // The axes moved at 10:01 after the first sample, to end at 12:00
    // (see alignedStart()): 85 s later, they stay for a while.
    feed(view, start.addSecs(1), 10 * 60 + 30);
    QCoreApplication::processEvents();
    const double width = chart(view, QStringLiteral("CPU"))->plotArea().width();
    const qint64 delay = StatsChartView::plotDelayMs(10 * 60 * 1000, width);
    QVERIFY2(delay > 1000, qPrintable(QString::number(width)));
    const QPointF newest = cpu().constLast();
    // A sample less than a pixel after the newest point waits...
    const QDateTime next = QDateTime::fromMSecsSinceEpoch(qint64(newest.x()) + 100);
    view.addSample(sample(next, 7));
    QCOMPARE(cpu().constLast(), newest);
    QVERIFY(view.cpuText().contains(QLatin1String("7.0"))); // the summary does not
    // ...until the samples span a pixel,
    const QDateTime pixelLater = QDateTime::fromMSecsSinceEpoch(qint64(newest.x()) + StatsChartView::MaxPlotDelayMs);
    view.addSample(sample(pixelLater, 8));
    QCOMPARE(cpu().constLast(), QPointF(double(pixelLater.toMSecsSinceEpoch()), 8));
    QCOMPARE(view.plottedUntil(), pixelLater);
    // or no more samples come.
    const QDateTime last = pixelLater.addMSecs(1);
    view.addSample(sample(last, 9));
    QCOMPARE(cpu().constLast().y(), 8.0);
    QTRY_COMPARE_WITH_TIMEOUT(cpu().constLast(), QPointF(double(last.toMSecsSinceEpoch()), 9),
                              int(StatsChartView::MaxPlotDelayMs) * 3);
}

void tst_StatsChartView::onePointPerColumn_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<double>("columnWidth");
    QTest::addColumn<QList<QPointF>>("kept");
    QTest::newRow("no width keeps all") << line({1, 5, 2, 8}) << 0.0 << line({1, 5, 2, 8});
    QTest::newRow("one per column already") << line({1, 5, 2, 8}) << 1.0 << line({1, 5, 2, 8});
    QTest::newRow("too few to thin") << line({1, 5}) << 10.0 << line({1, 5});
    // Columns of two: [0,1] [2,3] [4,5]; the ends always stay.
    QTest::newRow("peak kept") << line({1, 1, 1, 9, 1, 1}) << 2.0 << QList<QPointF>{{0, 1}, {3, 9}, {4, 1}, {5, 1}};
    QTest::newRow("dip kept") << line({5, 5, 0, 5, 5, 5}) << 2.0 << QList<QPointF>{{0, 5}, {2, 0}, {4, 5}, {5, 5}};
    QTest::newRow("first column keeps its swing")
        << line({0, 7, 1, 1, 1, 1}) << 2.0 << QList<QPointF>{{0, 0}, {1, 7}, {2, 1}, {4, 1}, {5, 1}};
    // Columns of three: [0,2] [3,5] [6,8].
    QTest::newRow("swing kept") << line({0, 0, 0, 2, 9, 1, 3, 0, 4}) << 3.0
                                << QList<QPointF>{{0, 0}, {4, 9}, {7, 0}, {8, 4}};
    // A flat run (kept as its two ends) and a step in the column where it
    // ends: the run stays flat up to the step.
    QTest::newRow("step after a flat run") << QList<QPointF>{{0, 3}, {10, 3}, {11, 4}, {12, 4}, {14, 5}} << 2.0
                                           << QList<QPointF>{{0, 3}, {10, 3}, {11, 4}, {12, 4}, {14, 5}};
    QTest::newRow("swing, then a flat run")
        << QList<QPointF>{{0, 1}, {2.5, 1}, {3, 3}, {3.5, 1}, {300, 1}, {300.5, 2}, {310, 2}} << 1.8
        << QList<QPointF>{{0, 1}, {3, 3}, {3.5, 1}, {300, 1}, {300.5, 2}, {310, 2}};
    QTest::newRow("flat runs on both sides of a swing")
        << QList<QPointF>{{0, 1}, {100, 1}, {100.5, 5}, {101, 3}, {300, 3}} << 1.8
        << QList<QPointF>{{0, 1}, {100, 1}, {100.5, 5}, {101, 3}, {300, 3}};
    QTest::newRow("flat run, then a swing") << QList<QPointF>{{0, 3}, {10, 3}, {11, 8}, {12, 6}, {13, 0}, {15, 5}}
                                            << 4.0 << QList<QPointF>{{0, 3}, {10, 3}, {11, 8}, {13, 0}, {15, 5}};
}

void tst_StatsChartView::onePointPerColumn()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(double, columnWidth);
    QFETCH(QList<QPointF>, kept);
    QCOMPARE(ChartLine::perColumn(points, 0.0, columnWidth), kept);
}

void tst_StatsChartView::settledPointsStay_data()
{
    QTest::addColumn<QList<double>>("before");
    QTest::addColumn<QList<double>>("after");
    QTest::addColumn<bool>("settleAgain");
    QTest::addColumn<QList<QPointF>>("settled");
    QTest::addColumn<QList<QPointF>>("latest");
    QTest::newRow("nothing later") << QList<double>{1, 2} << QList<double>() << false << line({1, 2})
                                   << QList<QPointF>();
    QTest::newRow("nothing settled") << QList<double>() << QList<double>{1, 2} << false << QList<QPointF>()
                                     << line({1, 2});
    QTest::newRow("varying") << QList<double>{1, 2} << QList<double>{3, 4} << false << line({1, 2})
                             << QList<QPointF>{{1, 2}, {2, 3}, {3, 4}};
    // A flat run going on past the settled points no longer moves them...
    QTest::newRow("flat across") << QList<double>{3, 3, 3} << QList<double>{3, 3, 3} << false
                                 << QList<QPointF>{{0, 3}, {2, 3}} << QList<QPointF>{{2, 3}, {5, 3}};
    // ...until it settles too: then the point where the parts met goes.
    QTest::newRow("flat settled again") << QList<double>{3, 3, 3} << QList<double>{3, 3, 3} << true
                                        << QList<QPointF>{{0, 3}, {5, 3}} << QList<QPointF>();
    QTest::newRow("varying settled again")
        << QList<double>{1, 2} << QList<double>{2, 4} << true << line({1, 2, 2, 4}) << QList<QPointF>();
}

void tst_StatsChartView::settledPointsStay()
{
    QFETCH(QList<double>, before);
    QFETCH(QList<double>, after);
    QFETCH(bool, settleAgain);
    QFETCH(QList<QPointF>, settled);
    QFETCH(QList<QPointF>, latest);
    ChartLine chartLine;
    double x = 0;
    for (double y : before)
        chartLine.add(QPointF(x++, y));
    chartLine.settle();
    for (double y : after)
        chartLine.add(QPointF(x++, y));
    if (settleAgain)
        chartLine.settle();
    QCOMPARE(chartLine.settledPoints(), settled);
    QCOMPARE(chartLine.latestPoints(), latest);
}

void tst_StatsChartView::onlyTheLatestPartIsRedrawn()
{
    StatsChartView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The axes move (and the lines settle) at the samples 9:56 and 11:56
    // after the first (see alignedStart()).
    const QDateTime start = alignedStart(20);
    feed(view, start, 11 * 60 + 57);
    QCoreApplication::processEvents();
    const QList<QAbstractSeries *> series = chart(view, QStringLiteral("CPU"))->series();
    QCOMPARE(series.size(), 2);
    QSignalSpy settledRebuilt(qobject_cast<QLineSeries *>(series.at(0)), &QXYSeries::pointsReplaced);
    QSignalSpy latestRebuilt(qobject_cast<QLineSeries *>(series.at(1)), &QXYSeries::pointsReplaced);
    // Within a minute only the short latest part changes...
    feed(view, start.addSecs(11 * 60 + 57), 50);
    QCOMPARE(settledRebuilt.size(), 0);
    QVERIFY(latestRebuilt.size() >= 20);
    QVERIFY(qobject_cast<QLineSeries *>(series.at(1))->count() <= 60);
    // ...and after a minute the line settles again, once.
    feed(view, start.addSecs(12 * 60 + 47), 20);
    QCOMPARE(settledRebuilt.size(), 1);
    // The parts still join into one line up to the newest point plotted.
    const QList<QPointF> cpu = linePoints(view, QStringLiteral("CPU"));
    QCOMPARE(cpu.constLast().x(), double(view.plottedUntil().toMSecsSinceEpoch()));
    QVERIFY(std::is_sorted(cpu.cbegin(), cpu.cend(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
}

void tst_StatsChartView::themeFollowsThePalette()
{
    StatsChartView view;
    QChart *memory = chart(view, QStringLiteral("Memory"));
    QCOMPARE(memory->theme(), QChart::ChartThemeLight);
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    view.setPalette(dark);
    QCOMPARE(memory->theme(), QChart::ChartThemeDark);
    // The theme's colours with the chart's own pens: thin lines, the limit
    // dashed, both parts of a line alike, one legend entry per line.
    const QList<QAbstractSeries *> series = memory->series();
    QCOMPARE(series.size(), 4);
    const auto pen = [&series](int i) { return qobject_cast<QLineSeries *>(series.at(i))->pen(); };
    QCOMPARE(pen(0).style(), Qt::SolidLine);
    QCOMPARE(pen(1).style(), Qt::DashLine);
    QCOMPARE(pen(1).width(), 1);
    QVERIFY(pen(1).color() != QColor(Qt::black));
    QCOMPARE(pen(2), pen(0));
    QCOMPARE(pen(3), pen(1));
    int shownMarkers = 0;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (const QLegendMarker *marker : memory->legend()->markers())
        shownMarkers += marker->isVisible() ? 1 : 0;
    QCOMPARE(shownMarkers, 2);
}

void tst_StatsChartView::hoverShowsTheValuesAtThatTime()
{
    StatsChartView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QDateTime start = QDateTime::currentDateTime().addSecs(-60);
    feed(view, start, 30); // CPU i % 10 at start + i s
    QCoreApplication::processEvents();
    QChartView *cpuView = nullptr;
    for (QChartView *chartView : view.findChildren<QChartView *>()) {
        if (chartView->chart()->title() == QLatin1String("CPU"))
            cpuView = chartView;
    }
    QVERIFY(cpuView);
    QChart *cpu = cpuView->chart();
    const auto hoverAt = [&](const QDateTime &time, double value) {
        const QPointF chartPos =
            cpu->mapToPosition(QPointF(double(time.toMSecsSinceEpoch()), value), cpu->series().constFirst());
        const QPointF viewPos = cpuView->mapFromScene(cpu->mapToScene(chartPos));
        QMouseEvent move(QEvent::MouseMove, viewPos, cpuView->viewport()->mapToGlobal(viewPos), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(cpuView->viewport(), &move);
    };
    // Anywhere above the time, not only on the line.
    hoverAt(start.addSecs(17), 0.5);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), start.addSecs(17).toString(QStringLiteral("HH:mm:ss")) + QStringLiteral("\nCPU %: 7 %"));
    // Right of the newest sample there is nothing to show.
    hoverAt(start.addSecs(50), 0.5);
    QTRY_VERIFY(!QToolTip::isVisible());
}

QTEST_MAIN(tst_StatsChartView)
#include "tst_statschartview.moc"
