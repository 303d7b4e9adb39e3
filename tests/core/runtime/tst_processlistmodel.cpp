// SPDX-License-Identifier: Apache-2.0
#include "runtime/processlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

ContainerProcess process(qint64 pid, const QString &command, double cpu = 0)
{
    return {pid, QStringLiteral("root"), cpu, 1024, QStringLiteral("00:01"), command};
}

QList<qint64> pids(const ProcessListModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, ProcessListModel::PidColumn).data().toLongLong();
    return result;
}

} // namespace

class tst_ProcessListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void updates_data();
    void updates();
    void columns();
};

void tst_ProcessListModel::updates_data()
{
    QTest::addColumn<QList<ContainerProcess>>("before");
    QTest::addColumn<QList<ContainerProcess>>("after");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("changed");

    const ContainerProcess sh = process(1, QStringLiteral("sh"));
    const ContainerProcess sleep = process(7, QStringLiteral("sleep 100"));
    const ContainerProcess busySleep = process(7, QStringLiteral("sleep 100"), 50);
    const ContainerProcess top = process(9, QStringLiteral("top"));
    QTest::newRow("first list") << QList<ContainerProcess>() << QList{sh, sleep} << QList<qint64>{1, 7} << 2 << 0 << 0;
    QTest::newRow("same list") << QList{sh, sleep} << QList{sh, sleep} << QList<qint64>{1, 7} << 0 << 0 << 0;
    QTest::newRow("one gone, one new") << QList{sh, sleep} << QList{sleep, top} << QList<qint64>{7, 9} << 1 << 1 << 0;
    QTest::newRow("cpu changed") << QList{sh, sleep} << QList{sh, busySleep} << QList<qint64>{1, 7} << 0 << 0 << 1;
    QTest::newRow("all gone") << QList{sh, sleep} << QList<ContainerProcess>() << QList<qint64>() << 0 << 2 << 0;
}

void tst_ProcessListModel::updates()
{
    QFETCH(QList<ContainerProcess>, before);
    QFETCH(QList<ContainerProcess>, after);
    QFETCH(QList<qint64>, expected);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    QFETCH(int, changed);

    ProcessListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProcesses(before);
    QSignalSpy insertedSpy(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removedSpy(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
    model.setProcesses(after);
    QCOMPARE(pids(model), expected);
    QCOMPARE(insertedSpy.size(), inserted);
    QCOMPARE(removedSpy.size(), removed);
    QCOMPARE(changedSpy.size(), changed);
    QCOMPARE(resetSpy.size(), 0); // a selection survives the polls
}

void tst_ProcessListModel::columns()
{
    ProcessListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProcesses(
        {{42, QStringLiteral("nobody"), 12.5, 2048, QStringLiteral("01:02:03"), QStringLiteral("sh -c 'sleep 1000'")}});
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.index(0, ProcessListModel::PidColumn).data().toLongLong(), 42);
    QCOMPARE(model.index(0, ProcessListModel::UserColumn).data().toString(), QStringLiteral("nobody"));
    QCOMPARE(model.index(0, ProcessListModel::CpuColumn).data().toString(), QLocale().toString(12.5, 'f', 1));
    QCOMPARE(model.index(0, ProcessListModel::MemoryColumn).data().toString(),
             QLocale().formattedDataSize(2048 * 1024));
    QCOMPARE(model.index(0, ProcessListModel::ElapsedColumn).data().toString(), QStringLiteral("01:02:03"));
    QCOMPARE(model.index(0, ProcessListModel::CommandColumn).data().toString(), QStringLiteral("sh -c 'sleep 1000'"));
    QCOMPARE(model.index(0, ProcessListModel::CommandColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("sh -c 'sleep 1000'"));
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

QTEST_APPLESS_MAIN(tst_ProcessListModel)
#include "tst_processlistmodel.moc"
