// SPDX-License-Identifier: Apache-2.0
#include "runtime/staterootmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Status = ContainerState::Status;

namespace {

ContainerState container(const QString &id, Status status, qint64 pid = 0)
{
    ContainerState state;
    state.id = id;
    state.status = status;
    state.pid = pid;
    state.bundle = QStringLiteral("/bundles/") + id;
    state.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    state.owner = QStringLiteral("root");
    return state;
}

QStringList ids(const StateRootModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, StateRootModel::IdColumn).data().toString();
    return result;
}

} // namespace

class tst_StateRootModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void updates_data();
    void updates();
    void columns();
    void idsWithStatus();
};

void tst_StateRootModel::updates_data()
{
    QTest::addColumn<QList<ContainerState>>("before");
    QTest::addColumn<QList<ContainerState>>("after");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("changed");

    const ContainerState a = container(QStringLiteral("a"), Status::Running, 10);
    const ContainerState aStopped = container(QStringLiteral("a"), Status::Stopped);
    const ContainerState b = container(QStringLiteral("b"), Status::Created, 11);
    const ContainerState c = container(QStringLiteral("c"), Status::Paused, 12);
    QTest::newRow("first list") << QList<ContainerState>() << QList{a, b} << QStringList{"a", "b"} << 2 << 0 << 0;
    QTest::newRow("unchanged") << QList{a, b} << QList{a, b} << QStringList{"a", "b"} << 0 << 0 << 0;
    QTest::newRow("stopped") << QList{a, b} << QList{aStopped, b} << QStringList{"a", "b"} << 0 << 0 << 1;
    QTest::newRow("replaced") << QList{a, b} << QList{b, c} << QStringList{"b", "c"} << 1 << 1 << 0;
    QTest::newRow("emptied") << QList{a, b, c} << QList<ContainerState>() << QStringList() << 0 << 3 << 0;
}

void tst_StateRootModel::updates()
{
    QFETCH(QList<ContainerState>, before);
    QFETCH(QList<ContainerState>, after);
    QFETCH(QStringList, expected);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    QFETCH(int, changed);

    StateRootModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContainers(before);
    QSignalSpy insertedSpy(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removedSpy(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);
    model.setContainers(after);
    QCOMPARE(ids(model), expected);
    QCOMPARE(insertedSpy.size(), inserted);
    QCOMPARE(removedSpy.size(), removed);
    QCOMPARE(changedSpy.size(), changed);
    if (after.isEmpty())
        QVERIFY(model.containers().isEmpty());
}

void tst_StateRootModel::columns()
{
    StateRootModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ContainerState running = container(QStringLiteral("web"), Status::Running, 4711);
    model.setContainers({running, container(QStringLiteral("old"), Status::Stopped)});
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.index(0, StateRootModel::IdColumn).data().toString(), QStringLiteral("web"));
    QCOMPARE(model.index(0, StateRootModel::StatusColumn).data().toString(),
             ContainerState::statusName(Status::Running));
    QCOMPARE(model.index(0, StateRootModel::StatusColumn).data(StateRootModel::StatusRole).toInt(),
             int(Status::Running));
    QCOMPARE(model.index(0, StateRootModel::PidColumn).data().toLongLong(), 4711);
    QVERIFY(!model.index(1, StateRootModel::PidColumn).data().isValid()); // a stopped one has none
    QCOMPARE(model.index(0, StateRootModel::CreatedColumn).data().toString(),
             running.created.toLocalTime().toString(Qt::ISODate));
    QCOMPARE(model.index(0, StateRootModel::BundleColumn).data().toString(), QStringLiteral("/bundles/web"));
    QCOMPARE(model.index(0, StateRootModel::OwnerColumn).data().toString(), QStringLiteral("root"));
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void tst_StateRootModel::idsWithStatus()
{
    StateRootModel model;
    model.setContainers({container(QStringLiteral("a"), Status::Stopped),
                         container(QStringLiteral("b"), Status::Running, 3),
                         container(QStringLiteral("c"), Status::Stopped)});
    QCOMPARE(model.idsWithStatus(Status::Stopped), (QStringList{"a", "c"}));
    QCOMPARE(model.idsWithStatus(Status::Running), QStringList{"b"});
    QVERIFY(model.idsWithStatus(Status::Paused).isEmpty());
}

QTEST_APPLESS_MAIN(tst_StateRootModel)
#include "tst_staterootmodel.moc"
