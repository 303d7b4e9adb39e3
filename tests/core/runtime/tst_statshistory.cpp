// SPDX-License-Identifier: Apache-2.0
// Ten minutes of samples and more, trimmed by age, exported as CSV with
// empty cells where the runtime reported nothing.
#include "runtime/statshistory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_StatsHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retention_data();
    void retention();
    void clockSteps_data();
    void clockSteps();
    void csv();
    void exportFails();
};

static StatsSample sampleAt(const QDateTime &time, double cpu)
{
    StatsSample sample;
    sample.time = time;
    sample.cpuPercent = cpu;
    return sample;
}

void tst_StatsHistory::retention_data()
{
    QTest::addColumn<int>("retention");
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("kept");

    QTest::newRow("default keeps 15 min at 1 s") << 0 << 1000 << 1200 << 901;
    QTest::newRow("default keeps all of 10 min") << 0 << 1000 << 600 << 600;
    QTest::newRow("half a second") << 0 << 500 << 2400 << 1801;
    QTest::newRow("one minute") << 60 << 1000 << 100 << 61;
}

void tst_StatsHistory::retention()
{
    QFETCH(int, retention);
    QFETCH(int, intervalMs);
    QFETCH(int, count);
    QFETCH(int, kept);
    StatsHistory history;
    if (retention > 0)
        history.setRetentionSeconds(retention);
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    for (int i = 0; i < count; ++i)
        history.append(sampleAt(start.addMSecs(qint64(i) * intervalMs), i));
    QCOMPARE(history.samples().size(), kept);
    QCOMPARE(*history.samples().constLast().cpuPercent, double(count - 1));
}

void tst_StatsHistory::csv()
{
    StatsHistory history;
    StatsSample first = sampleAt(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC), 0);
    first.collecting = true;
    first.cpuPercent.reset();
    first.memoryUsed = 1048576;
    first.memoryLimit = 67108864;
    StatsSample second = sampleAt(first.time.addSecs(1), 12.5);
    second.pidsCurrent = 3;
    second.blockReadRate = 0;
    history.append(first);
    history.append(second);
    const QByteArray expected = "time,cpu_percent,memory_used_bytes,memory_limit_bytes,pids_current,pids_limit,"
                                "block_read_bytes_per_second,block_write_bytes_per_second\n"
                                "2026-01-02T03:04:05.006Z,,1048576,67108864,,,,\n"
                                "2026-01-02T03:04:06.006Z,12.5,,,3,,0,\n";
    QCOMPARE(history.toCsv(), expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stats.csv"));
    const Result<void> exported = history.exportCsv(path);
    QVERIFY2(exported, qPrintable(exported.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);
}

void tst_StatsHistory::exportFails()
{
    StatsHistory history;
    const Result<void> exported = history.exportCsv(QStringLiteral("/nonexistent/dir/stats.csv"));
    QVERIFY(!exported);
    QVERIFY(exported.error().contains(QLatin1String("/nonexistent/dir/stats.csv")));
}

void tst_StatsHistory::clockSteps_data()
{
    QTest::addColumn<qint64>("wallStepMs"); // what the wall clock jumps by between samples 10 and 11
    QTest::addColumn<bool>("steady");       // whether the samples carry a steady clock
    QTest::addColumn<qint64>("moved");      // how far the kept samples move

    QTest::newRow("no step") << qint64(0) << true << qint64(0);
    QTest::newRow("jitter") << qint64(400) << true << qint64(0);
    QTest::newRow("an hour back") << qint64(-3600 * 1000) << true << qint64(-3600 * 1000);
    QTest::newRow("an hour ahead") << qint64(3600 * 1000) << true << qint64(3600 * 1000);
    QTest::newRow("back, no steady clock") << qint64(-3600 * 1000) << false << qint64(-3600 * 1000 + 1000);
    QTest::newRow("ahead, no steady clock") << qint64(300 * 1000) << false << qint64(0);
}

// Samples a second apart; the wall clock steps before the last one.
void tst_StatsHistory::clockSteps()
{
    QFETCH(qint64, wallStepMs);
    QFETCH(bool, steady);
    QFETCH(qint64, moved);

    StatsHistory history;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000);
    for (int i = 0; i <= 10; ++i) {
        StatsSample s;
        s.time = start.addSecs(i);
        if (steady)
            s.steadyMs = 5000 + i * 1000;
        s.cpuPercent = i;
        QCOMPARE(history.append(s), 0);
    }
    StatsSample next;
    next.time = start.addSecs(11).addMSecs(wallStepMs);
    if (steady)
        next.steadyMs = 5000 + 11 * 1000;
    QCOMPARE(history.append(next), moved);

    const QList<StatsSample> &samples = history.samples();
    QCOMPARE(samples.size(), 12);
    QCOMPARE(samples.constLast().time, next.time);
    for (int i = 0; i <= 10; ++i) {
        // The kept samples keep their spacing and their values ...
        QCOMPARE(samples.at(i).time, start.addSecs(i).addMSecs(moved));
        QCOMPARE(*samples.at(i).cpuPercent, double(i));
        // ... and stay in order.
        QVERIFY(samples.at(i).time <= samples.at(i + 1).time);
    }
}

QTEST_APPLESS_MAIN(tst_StatsHistory)
#include "tst_statshistory.moc"
