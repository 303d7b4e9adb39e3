// SPDX-License-Identifier: Apache-2.0
// Stats records of "runc events" in their cgroup v1 and v2 shapes, and with
// fields missing, become samples whose absent values stay absent.
#include "runtime/containerevents.h"
#include "runtime/statsparser.h"

#include <QSignalSpy>
#include <QTest>

// A cgroup v1 record as runc 1.1 prints it on a hybrid host (shortened).
static const char V1Template[] =
    R"({"type":"stats","id":"c1","data":{"cpu":{"usage":{"total":%CPU%,"percpu":[1,2],"kernel":10000000,"user":0},"throttling":{}},"memory":{"cache":8192,"usage":{"limit":67108864,"usage":%MEM%,"max":2510848,"failcnt":0},"swap":{"limit":9223372036854771712,"usage":475136},"raw":{"inactive_file":4096,"total_inactive_file":%INACTIVE%,"rss":49152}},"pids":{"current":2,"limit":64},"blkio":{"ioServiceBytesRecursive":[{"major":8,"minor":0,"op":"Read","value":%READ%},{"major":8,"minor":0,"op":"Write","value":%WRITE%},{"major":8,"minor":0,"op":"Total","value":1}]},"hugetlb":{},"intel_rdt":{},"network_interfaces":null}})";

// The cgroup v2 shape: memory.stat keys without total_, "max" limits.
static const char V2Template[] =
    R"({"type":"stats","id":"c1","data":{"cpu":{"usage":{"total":%CPU%,"kernel":1,"user":2},"throttling":{}},"memory":{"usage":{"limit":18446744073709551615,"usage":%MEM%},"swap":{"limit":18446744073709551615,"usage":0},"raw":{"anon":1,"file":9,"inactive_file":%INACTIVE%}},"pids":{"current":3,"limit":0},"blkio":{"ioServiceBytesRecursive":[{"major":254,"minor":0,"op":"read","value":%READ%},{"major":254,"minor":0,"op":"write","value":%WRITE%}]}}})";

// Nothing but CPU: everything else must stay "n/a".
static const char SparseTemplate[] = R"({"type":"stats","id":"c1","data":{"cpu":{"usage":{"total":%CPU%}}}})";

static QByteArray record(const char *templ, qint64 cpu, qint64 mem, qint64 inactive, qint64 read, qint64 write)
{
    QByteArray text(templ);
    text.replace("%CPU%", QByteArray::number(cpu));
    text.replace("%MEM%", QByteArray::number(mem));
    text.replace("%INACTIVE%", QByteArray::number(inactive));
    text.replace("%READ%", QByteArray::number(read));
    text.replace("%WRITE%", QByteArray::number(write));
    return text;
}

// -1 in the table stands for "not reported".
static double orNa(const std::optional<double> &value)
{
    return value.value_or(-1);
}

class tst_StatsParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samples_data();
    void samples();
    void notAnEvent_data();
    void notAnEvent();
    void streamSplitsLines();
};

void tst_StatsParser::samples_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<qint64>("wallNs");
    QTest::addColumn<double>("cpuPercent");
    QTest::addColumn<double>("memoryUsed");
    QTest::addColumn<double>("memoryLimit");
    QTest::addColumn<bool>("memoryUnlimited");
    QTest::addColumn<double>("pidsCurrent");
    QTest::addColumn<double>("pidsLimit");
    QTest::addColumn<bool>("pidsUnlimited");
    QTest::addColumn<double>("readRate");
    QTest::addColumn<double>("writeRate");

    // 0.5 s of CPU in 1 s of wall time = 50 %; 2 s in 1 s = two cores.
    QTest::newRow("v1") << record(V1Template, 1000000000, 0, 0, 1000, 0)
                        << record(V1Template, 1500000000, 1000000, 200000, 3000, 4096) << qint64(1000000000) << 50.0
                        << 800000.0 << 67108864.0 << false << 2.0 << 64.0 << false << 2000.0 << 4096.0;
    QTest::newRow("v1 two cores") << record(V1Template, 0, 0, 0, 0, 0) << record(V1Template, 1000000000, 4096, 0, 0, 0)
                                  << qint64(500000000) << 200.0 << 4096.0 << 67108864.0 << false << 2.0 << 64.0 << false
                                  << 0.0 << 0.0;
    QTest::newRow("v2") << record(V2Template, 100, 0, 0, 0, 0)
                        << record(V2Template, 250000100, 5000000, 1000000, 1048576, 0) << qint64(2000000000) << 12.5
                        << 4000000.0 << -1.0 << true << 3.0 << -1.0 << true << 524288.0 << 0.0;
    QTest::newRow("cache larger than usage")
        << record(V2Template, 0, 0, 0, 0, 0) << record(V2Template, 0, 100, 500, 0, 0) << qint64(1000000000) << 0.0
        << 0.0 << -1.0 << true << 3.0 << -1.0 << true << 0.0 << 0.0;
    QTest::newRow("sparse") << record(SparseTemplate, 0, 0, 0, 0, 0) << record(SparseTemplate, 100000000, 0, 0, 0, 0)
                            << qint64(1000000000) << 10.0 << -1.0 << -1.0 << false << -1.0 << -1.0 << false << -1.0
                            << -1.0;
    QTest::newRow("pids without limit") << QByteArray(R"({"type":"stats","id":"c1","data":{"pids":{"current":4}}})")
                                        << QByteArray(R"({"type":"stats","id":"c1","data":{"pids":{"current":5}}})")
                                        << qint64(1000000000) << -1.0 << -1.0 << -1.0 << false << 5.0 << -1.0 << true
                                        << -1.0 << -1.0;
    QTest::newRow("counter reset") << record(V1Template, 900, 0, 0, 5000, 5000) << record(V1Template, 100, 0, 0, 0, 0)
                                   << qint64(1000000000) << 0.0 << 0.0 << 67108864.0 << false << 2.0 << 64.0 << false
                                   << 0.0 << 0.0;
}

void tst_StatsParser::samples()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(qint64, wallNs);
    QFETCH(double, cpuPercent);
    QFETCH(double, memoryUsed);
    QFETCH(double, memoryLimit);
    QFETCH(bool, memoryUnlimited);
    QFETCH(double, pidsCurrent);
    QFETCH(double, pidsLimit);
    QFETCH(bool, pidsUnlimited);
    QFETCH(double, readRate);
    QFETCH(double, writeRate);

    const std::optional<RuntimeEvent> e1 = RuntimeEvent::fromLine(first);
    const std::optional<RuntimeEvent> e2 = RuntimeEvent::fromLine(second);
    QVERIFY(e1 && e2);
    QCOMPARE(e1->type, QStringLiteral("stats"));
    QCOMPARE(e1->id, QStringLiteral("c1"));

    StatsParser parser;
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000);
    const StatsSample s1 = parser.parse(e1->data, 5000, t0);
    QVERIFY(s1.collecting);
    QVERIFY(!s1.cpuPercent);
    QVERIFY(!s1.blockReadRate);
    QCOMPARE(s1.time, t0);

    const StatsSample s2 = parser.parse(e2->data, 5000 + wallNs, t0.addMSecs(wallNs / 1000000));
    QVERIFY(!s2.collecting);
    QCOMPARE(orNa(s2.cpuPercent), cpuPercent);
    QCOMPARE(orNa(s2.memoryUsed), memoryUsed);
    QCOMPARE(orNa(s2.memoryLimit), memoryLimit);
    QCOMPARE(s2.memoryUnlimited, memoryUnlimited);
    QCOMPARE(orNa(s2.pidsCurrent), pidsCurrent);
    QCOMPARE(orNa(s2.pidsLimit), pidsLimit);
    QCOMPARE(s2.pidsUnlimited, pidsUnlimited);
    QCOMPARE(orNa(s2.blockReadRate), readRate);
    QCOMPARE(orNa(s2.blockWriteRate), writeRate);

    parser.reset();
    QVERIFY(parser.parse(e2->data, 0, t0).collecting);
}

void tst_StatsParser::notAnEvent_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("level=error msg=boom");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("no type") << QByteArray(R"({"id":"x"})");
    QTest::newRow("type not string") << QByteArray(R"({"type":3})");
    QTest::newRow("truncated") << QByteArray(R"({"type":"stats","data":{)");
}

void tst_StatsParser::notAnEvent()
{
    QFETCH(QByteArray, line);
    QVERIFY(!RuntimeEvent::fromLine(line));
}

void tst_StatsParser::streamSplitsLines()
{
    qRegisterMetaType<StatsSample>();
    ContainerEvents events;
    QSignalSpy sampled(&events, &ContainerEvents::sampled);
    QSignalSpy oom(&events, &ContainerEvents::outOfMemory);
    const QByteArray line = record(V1Template, 1, 2, 0, 0, 0) + '\n';
    // Lines arrive cut at any byte; only whole lines count.
    events.processOutput(line.left(17));
    QCOMPARE(sampled.size(), 0);
    events.processOutput(line.mid(17) + line.left(5));
    QCOMPARE(sampled.size(), 1);
    QVERIFY(sampled.first().first().value<StatsSample>().collecting);
    events.processOutput(line.mid(5)
                         + R"({"type":"oom","id":"c1"})"
                           "\nnot json\n");
    QCOMPARE(sampled.size(), 2);
    QVERIFY(!sampled.last().first().value<StatsSample>().collecting);
    QCOMPARE(oom.size(), 1);
}

QTEST_GUILESS_MAIN(tst_StatsParser)
#include "tst_statsparser.moc"
