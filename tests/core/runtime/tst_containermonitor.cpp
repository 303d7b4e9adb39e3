// SPDX-License-Identifier: Apache-2.0
// ContainerMonitor on its own, with real runc: it follows a container that
// runc started outside the editor, collects its stats, and sees it stop and
// go when runc kills and deletes it.
#include "runtime/containermonitor.h"
#include "processrun.h"
#include "testbundle.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestContainerMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsAContainerStartedElsewhere();
};

void TestContainerMonitor::followsAContainerStartedElsewhere()
{
    const QString runc = QStringLiteral("runc");
    const QString reason = runtimeCannotRunContainers(runc);
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    TestBundle bundle;
    QVERIFY(bundle.isValid());
    QVERIFY(bundle.write({QStringLiteral("sleep"), QStringLiteral("300")}, false));
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString id = uniqueContainerId();
    const auto cleanup = qScopeGuard([&] {
        runProcess(runc,
                   {QStringLiteral("--root"), root.path(), QStringLiteral("delete"), QStringLiteral("--force"), id});
    });
    const QString error = startContainer(runc, root.path(), bundle.path(), id, true);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ContainerMonitor monitor;
    monitor.setRuntime(RuncBinary(runc, root.path()));
    monitor.setPollInterval(200);
    monitor.setStatsInterval(std::chrono::milliseconds(300));
    QSignalSpy states(&monitor, &ContainerMonitor::stateChanged);
    QSignalSpy samples(&monitor, &ContainerMonitor::statsSampled);
    monitor.setContainerId(id);
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state().status, ContainerState::Status::Running, 10000);
    QCOMPARE(monitor.state().bundle, bundle.path());
    QVERIFY(monitor.state().pid > 0);
    // The stats stream starts by itself and fills the history.
    QTRY_VERIFY_WITH_TIMEOUT(samples.count() >= 2, 10000);
    QCOMPARE(monitor.statsHistory().samples().size(), samples.count());

    // runc, not the monitor, ends the container: the poll notices.
    QCOMPARE(
        runProcess(runc, {QStringLiteral("--root"), root.path(), QStringLiteral("kill"), id, QStringLiteral("KILL")})
            .exitCode,
        0);
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state().status, ContainerState::Status::Stopped, 10000);
    QCOMPARE(runProcess(runc, {QStringLiteral("--root"), root.path(), QStringLiteral("delete"), id}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.state().exists(), 10000);
    QVERIFY(states.count() >= 3);
    monitor.stop();
}

QTEST_GUILESS_MAIN(TestContainerMonitor)
#include "tst_containermonitor.moc"
