// The statistics charts fed by hand: what they plot, how their time axes
// move, gaps for values the runtime did not report, and catching up when a
// hidden chart is shown; flat runs kept as two points and samples plotted
// once they move a line by a pixel.
#include "run/chartline.h"
#include "run/statschartview.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

class tst_StatsChartView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstMinuteFillsTheAxis();
    void tenMinutesStayVisible();
    void axisMovesOncePerStep();
    void missingValuesAreGaps();
    void hiddenChartsCatchUpWhenShown();
    void flatRunsKeepTheirEnds_data();
    void flatRunsKeepTheirEnds();
    void droppingKeepsTheFlatEdge_data();
    void droppingKeepsTheFlatEdge();
    void plotDelayIsOnePixel_data();
    void plotDelayIsOnePixel();
    void samplesWaitForAPixel();

private:
    static StatsSample sample(const QDateTime &time, double cpu);
    static QDateTimeAxis *timeAxis(const StatsChartView &view, const QString &title);
    static QLineSeries *firstSeries(const StatsChartView &view, const QString &title);
    static void feed(StatsChartView &view, const QDateTime &start, int seconds);
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

QLineSeries *tst_StatsChartView::firstSeries(const StatsChartView &view, const QString &title)
{
    for (const QChartView *chartView : view.findChildren<QChartView *>()) {
        if (chartView->chart()->title() == title)
            return qobject_cast<QLineSeries *>(chartView->chart()->series().value(0));
    }
    return nullptr;
}

void tst_StatsChartView::feed(StatsChartView &view, const QDateTime &start, int seconds)
{
    for (int i = 0; i < seconds; ++i)
        view.addSample(sample(start.addSecs(i), i % 10));
}

void tst_StatsChartView::firstMinuteFillsTheAxis()
{
    StatsChartView view;
    view.show();
    const QDateTime start = QDateTime::currentDateTime();
    feed(view, start, 30);
    QDateTimeAxis *axis = timeAxis(view, QStringLiteral("CPU"));
    QVERIFY(axis);
    QCOMPARE(axis->min(), start);
    QCOMPARE(axis->max(), start.addSecs(60));
    QCOMPARE(firstSeries(view, QStringLiteral("CPU"))->count(), 30);
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
    QLineSeries *cpu = firstSeries(view, QStringLiteral("CPU"));
    QVERIFY(cpu->count() >= 10 * 60);
    QVERIFY(cpu->count() <= 11 * 60);
    QVERIFY(cpu->at(0).x() >= double(axis->min().toMSecsSinceEpoch()));
    QCOMPARE(view.history().samples().size(), 15 * 60);
    // The flat memory line still reaches across the whole axis.
    QLineSeries *memory = firstSeries(view, QStringLiteral("Memory"));
    QCOMPARE(memory->count(), 2);
    QCOMPARE(memory->at(0).x(), double(axis->min().toMSecsSinceEpoch()));
    QCOMPARE(memory->at(1).x(), double(start.addSecs(15 * 60 - 1).toMSecsSinceEpoch()));
}

void tst_StatsChartView::axisMovesOncePerStep()
{
    StatsChartView view;
    view.show();
    const QDateTime start = QDateTime::currentDateTime();
    feed(view, start, 11 * 60);
    QDateTimeAxis *axis = timeAxis(view, QStringLiteral("PIDs"));
    QVERIFY(axis);
    QSignalSpy moved(axis, &QDateTimeAxis::rangeChanged);
    for (int i = 0; i < 60; ++i)
        view.addSample(sample(start.addSecs(11 * 60 + i), 1));
    QCOMPARE(moved.size(), 1);
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
    QCOMPARE(firstSeries(view, QStringLiteral("CPU"))->count(), 1);
    QCOMPARE(firstSeries(view, QStringLiteral("Memory"))->count(), 2);
    QVERIFY(view.memoryText().contains(QLatin1String("no limit")));
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
    QCOMPARE(axis->max(), start.addSecs(12 * 60 - 1 + 60));
    QCOMPARE(axis->min(), start.addSecs(2 * 60 - 1));
    // All CPU samples on the axis; the six flat lines need two points each.
    QCOMPARE(view.plottedPoints(), 10 * 60 + 1 + 6 * 2);
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
    QTest::newRow("run inside") << line({1, 2, 2, 2, 2, 3})
                                << QList<QPointF>{{0, 1}, {1, 2}, {4, 2}, {5, 3}};
    QTest::newRow("two runs") << line({0, 0, 0, 5, 5, 5})
                              << QList<QPointF>{{0, 0}, {2, 0}, {3, 5}, {5, 5}};
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
    const QDateTime start = QDateTime::currentDateTime().addSecs(-11 * 60);
    // The first sample shows at once.
    view.addSample(sample(start, 1));
    QLineSeries *cpu = firstSeries(view, QStringLiteral("CPU"));
    QCOMPARE(cpu->count(), 1);
    QCoreApplication::processEvents(); // lays out the plots
    // Half a minute before the time axis moves on.
    feed(view, start.addSecs(1), 10 * 60 + 30);
    QCoreApplication::processEvents();
    const QList<QChartView *> views = view.findChildren<QChartView *>();
    const double width = views.constFirst()->chart()->plotArea().width();
    const qint64 delay = StatsChartView::plotDelayMs(10 * 60 * 1000, width);
    QVERIFY2(delay > 1000, qPrintable(QString::number(width)));
    const QPointF newest = cpu->at(cpu->count() - 1);
    // A sample less than a pixel after the newest point waits...
    const QDateTime next = QDateTime::fromMSecsSinceEpoch(qint64(newest.x()) + 100);
    view.addSample(sample(next, 7));
    QCOMPARE(cpu->at(cpu->count() - 1), newest);
    QVERIFY(view.cpuText().contains(QLatin1String("7.0"))); // the summary does not
    // ...until the samples span a pixel,
    const QDateTime pixelLater = QDateTime::fromMSecsSinceEpoch(qint64(newest.x()) + StatsChartView::MaxPlotDelayMs);
    view.addSample(sample(pixelLater, 8));
    QCOMPARE(qint64(cpu->at(cpu->count() - 2).x()), next.toMSecsSinceEpoch());
    QCOMPARE(cpu->at(cpu->count() - 2).y(), 7.0);
    QCOMPARE(cpu->at(cpu->count() - 1), QPointF(double(pixelLater.toMSecsSinceEpoch()), 8));
    // or no more samples come.
    const QDateTime last = pixelLater.addMSecs(1);
    view.addSample(sample(last, 9));
    QCOMPARE(cpu->at(cpu->count() - 1).y(), 8.0);
    QTRY_COMPARE_WITH_TIMEOUT(cpu->at(cpu->count() - 1), QPointF(double(last.toMSecsSinceEpoch()), 9),
                              int(StatsChartView::MaxPlotDelayMs) * 3);
}

QTEST_MAIN(tst_StatsChartView)
#include "tst_statschartview.moc"
