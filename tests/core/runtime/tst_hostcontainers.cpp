// SPDX-License-Identifier: Apache-2.0
// Every container of a machine in one table: real runc containers in two
// state roots of a /run laid out in a temporary directory, found, listed
// and merged.
#include "runtime/hostcontainerscan.h"
#include "runtime/hostcontainersmodel.h"
#include "runtime/runcbinary.h"
#include "runtime/staterootfinder.h"
#include "processrun.h"
#include "testbundle.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString runc = QStringLiteral("runc");

int rowOf(const HostContainersModel &model, const QString &id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.container(row).state.id == id)
            return row;
    }
    return -1;
}

QString cell(const HostContainersModel &model, int row, HostContainersModel::Column column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestHostContainers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mergesTheRootsOfTheMachine();
    void aRootThatCannotBeListedIsReported();

private:
    // Starts a container of its own bundle in root: created, or running with run.
    bool startContainer(const QString &root, const QString &id, bool run);

    std::unique_ptr<QTemporaryDir> m_run;
    QList<std::shared_ptr<TestBundle>> m_bundles;
    QList<QPair<QString, QString>> m_containers; // root, ID: deleted whatever happens
};

void TestHostContainers::init()
{
    m_run = std::make_unique<QTemporaryDir>();
    QVERIFY(m_run->isValid());
}

void TestHostContainers::cleanup()
{
    for (const auto &[root, id] : std::as_const(m_containers))
        forceDelete(runc, root, id);
    m_containers.clear();
    m_bundles.clear();
    m_run.reset();
}

bool TestHostContainers::startContainer(const QString &root, const QString &id, bool run)
{
    auto bundle = std::make_shared<TestBundle>();
    if (!bundle->isValid() || !bundle->write({QStringLiteral("sleep"), QStringLiteral("300")}, false))
        return false;
    m_bundles << bundle;
    m_containers << qMakePair(root, id);
    const QString error = ::startContainer(runc, root, bundle->path(), id, run);
    if (!error.isEmpty())
        qWarning("runc: %s", qPrintable(error));
    return error.isEmpty();
}

void TestHostContainers::mergesTheRootsOfTheMachine()
{
    const QString reason = runtimeCannotRunContainers(runc);
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    const QDir base(m_run->path());
    const QString byHand = base.filePath(QStringLiteral("runc"));
    const QString kubernetes = base.filePath(QStringLiteral("containerd/runc/k8s.io"));
    QVERIFY(base.mkpath(QStringLiteral("containerd/runc/k8s.io")));
    const QString created = uniqueContainerId();
    const QString running = uniqueContainerId();
    QVERIFY(startContainer(byHand, created, false));
    QVERIFY(startContainer(kubernetes, running, true));

    StateRootFinder finder(m_run->path());
    finder.setOwnRoots({});
    const QList<StateRoot> roots = finder.find();
    QCOMPARE(roots.size(), 2);

    HostContainersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HostContainerScan scan;
    connect(&scan, &HostContainerScan::rootListed, &model, &HostContainersModel::setRootContainers);
    QSignalSpy listed(&scan, &HostContainerScan::rootListed);
    QSignalSpy failed(&scan, &HostContainerScan::rootFailed);
    QSignalSpy finished(&scan, &HostContainerScan::finished);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    scan.start(roots);
    QVERIFY(scan.isRunning()); // the lists run in child processes
    QVERIFY(finished.wait(20000));
    QCOMPARE(listed.count(), 2);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);

    const int first = rowOf(model, created);
    QVERIFY(first >= 0);
    QCOMPARE(model.container(first).state.status, ContainerState::Status::Created);
    QCOMPARE(cell(model, first, HostContainersModel::RuntimeColumn), runc);
    QCOMPARE(cell(model, first, HostContainersModel::ManagerColumn), QStringLiteral("runc"));
    QCOMPARE(cell(model, first, HostContainersModel::OwnerColumn), QStringLiteral("root"));
    QCOMPARE(cell(model, first, HostContainersModel::StateRootColumn), byHand);
    QVERIFY(!model.container(first).isEditors());

    const int second = rowOf(model, running);
    QVERIFY(second >= 0);
    QCOMPARE(model.container(second).state.status, ContainerState::Status::Running);
    QVERIFY(model.index(second, HostContainersModel::PidColumn).data().toLongLong() > 0);
    QCOMPARE(cell(model, second, HostContainersModel::ManagerColumn), QStringLiteral("containerd (namespace k8s.io)"));
    QCOMPARE(cell(model, second, HostContainersModel::StateRootColumn), kubernetes);
    QCOMPARE(cell(model, second, HostContainersModel::BundleColumn), m_bundles.at(1)->path());
    QVERIFY(!cell(model, second, HostContainersModel::CreatedColumn).isEmpty());

    // A refresh with nothing changed changes no row; one gone is removed.
    scan.start(roots);
    QVERIFY(finished.wait(20000));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(
        runProcess(RuncBinary::locate(runc),
                   {QStringLiteral("--root"), byHand, QStringLiteral("delete"), QStringLiteral("--force"), created})
            .exitCode,
        0);
    scan.start(roots);
    QVERIFY(finished.wait(20000));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.container(0).state.id, running);

    // A root that went away takes its containers along.
    model.keepRoots({roots.first()});
    QCOMPARE(model.rowCount(), 0);
}

void TestHostContainers::aRootThatCannotBeListedIsReported()
{
    // A runtime that is not installed, and a state root runc cannot read.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("state")));
    const QString notARoot = dir.filePath(QStringLiteral("file"));
    QFile file(notARoot);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const StateRoot missing{
        dir.filePath(QStringLiteral("state")), QStringLiteral("no-such-runtime"), StateRoot::Manager::Runtime, {}, -1};
    QList<StateRoot> roots{missing};
    if (!RuncBinary::locate(runc).isEmpty())
        roots << StateRoot{notARoot, runc, StateRoot::Manager::Runtime, {}, -1};
    HostContainerScan scan;
    QSignalSpy failed(&scan, &HostContainerScan::rootFailed);
    QSignalSpy finished(&scan, &HostContainerScan::finished);
    scan.start(roots);
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(failed.count(), roots.size());
    QCOMPARE(failed.at(0).at(0).value<StateRoot>(), missing);
    QVERIFY(failed.at(0).at(1).toString().contains(QLatin1String("no-such-runtime")));
    if (roots.size() > 1)
        QVERIFY(!failed.at(1).at(1).toString().isEmpty());
}

QTEST_MAIN(TestHostContainers)
#include "tst_hostcontainers.moc"
