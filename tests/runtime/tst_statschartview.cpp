// The statistics charts fed by hand: what they plot, how their time axes
// move, gaps for values the runtime did not report, and catching up when a
// hidden chart is shown.
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
        view.addSample(sample(time, 1));
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
    // All samples on the axis, seven lines of them.
    QCOMPARE(view.plottedPoints(), 7 * (10 * 60 + 1));
}

QTEST_MAIN(tst_StatsChartView)
#include "tst_statschartview.moc"
