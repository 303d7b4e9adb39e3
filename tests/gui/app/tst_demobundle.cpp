// SPDX-License-Identifier: Apache-2.0
// `new --template demo` makes a bundle that runc really runs.

#include "testbundle.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_DemoBundle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsWithRunc();
};

void tst_DemoBundle::runsWithRunc()
{
    // runc only: crun refuses hybrid cgroup hosts such as this build machine.
    const QString runtime = QStringLiteral("runc");
    // Not root, no runc, or a place where runc cannot run containers at all
    // (a chroot, where pivot_root fails): skip with the runtime's own reason.
    const QString reason = runtimeCannotRunContainers(runtime);
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    const QString program = QStandardPaths::findExecutable(runtime);

    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("demo"));
    QProcess create;
    create.start(QStringLiteral(OBE_EDITOR),
                 {QStringLiteral("new"), bundle, QStringLiteral("--template"), QStringLiteral("demo")});
    QVERIFY(create.waitForFinished(60000));
    QVERIFY2(create.exitCode() == 0, create.readAllStandardError().constData());

    // A state root of our own keeps the test away from other containers.
    const QString id = QStringLiteral("obe-demo-%1-%2").arg(runtime).arg(QCoreApplication::applicationPid());
    QProcess container;
    container.start(program,
                    {QStringLiteral("--root"), work.filePath(QStringLiteral("state")), QStringLiteral("run"),
                     QStringLiteral("--bundle"), bundle, id});
    QVERIFY(container.waitForFinished(120000));
    const QByteArray out = container.readAllStandardOutput();
    QVERIFY2(container.exitCode() == 0, (out + container.readAllStandardError()).constData());
    QVERIFY2(out.startsWith("Hello from the OCI Bundle Editor demo!"), out.constData());
    QVERIFY2(out.contains("tick 3 of 3 in demo"), out.constData()); // the hostname is the config's
    QVERIFY2(out.trimmed().endsWith("Demo finished."), out.constData());
}

QTEST_GUILESS_MAIN(tst_DemoBundle)

#include "tst_demobundle.moc"
