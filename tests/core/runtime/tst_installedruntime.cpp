// SPDX-License-Identifier: Apache-2.0
// What the About box says of the runtimes: read from their --version,
// asked of the real ones without blocking, and given up when they hang.
#include "runtime/installedruntime.h"
#include "runtime/runcbinary.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_InstalledRuntimes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromVersionOutput_data();
    void fromVersionOutput();
    void readsTheInstalledOnes();
    void silentRuntimeTimesOut();
};

void tst_InstalledRuntimes::fromVersionOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("spec");
    QTest::newRow("runc 1.1") << QByteArray("runc version 1.1.5+ds1\ncommit: 1.1.5+ds1-1+deb12u1\nspec: 1.0.2-dev\n"
                                            "go: go1.19.8\nlibseccomp: 2.5.4\n")
                              << "1.1.5+ds1"
                              << "1.0.2-dev";
    QTest::newRow("crun 1.8") << QByteArray("crun version 1.8.1\ncommit: f8a096be\nrundir: /run/crun\nspec: 1.0.0\n"
                                            "+SYSTEMD +SELINUX +APPARMOR +CAP +SECCOMP +EBPF +YAJL\n")
                              << "1.8.1"
                              << "1.0.0";
    QTest::newRow("no spec line") << QByteArray("youki version 0.3.0\n") << "0.3.0" << QString();
    QTest::newRow("nothing said") << QByteArray() << QString() << QString();
    QTest::newRow("not a version") << QByteArray("usage: runtime [options]\n") << QString() << QString();
}

void tst_InstalledRuntimes::fromVersionOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, version);
    QFETCH(QString, spec);
    const InstalledRuntime runtime =
        InstalledRuntime::fromVersionOutput(QStringLiteral("r"), QStringLiteral("/bin/r"), output);
    QCOMPARE(runtime.version, version);
    QCOMPARE(runtime.specVersion, spec);
}

void tst_InstalledRuntimes::readsTheInstalledOnes()
{
    const QString runc = RuncBinary::locate(QStringLiteral("runc"));
    if (runc.isEmpty())
        QSKIP("runc is not installed");
    RuntimeVersionReader reader;
    QSignalSpy read(&reader, &RuntimeVersionReader::runtimeRead);
    QSignalSpy finished(&reader, &RuntimeVersionReader::finished);
    reader.read({QStringLiteral("runc"), QStringLiteral("no-such-runtime-here")});
    QVERIFY(reader.isReading());
    QVERIFY(finished.wait(5000));
    QCOMPARE(read.size(), 2);
    QHash<QString, InstalledRuntime> byName;
    for (const QList<QVariant> &arguments : std::as_const(read)) {
        const auto runtime = arguments.first().value<InstalledRuntime>();
        byName.insert(runtime.name, runtime);
    }
    QCOMPARE(byName.value(QStringLiteral("runc")).path, runc);
    QVERIFY(!byName.value(QStringLiteral("runc")).version.isEmpty());
    QVERIFY(byName.value(QStringLiteral("runc")).specVersion.startsWith(QLatin1String("1.")));
    QVERIFY(byName.contains(QStringLiteral("no-such-runtime-here")));
    QVERIFY(byName.value(QStringLiteral("no-such-runtime-here")).path.isEmpty());
    QVERIFY(!reader.isReading());
}

// A runtime that does not answer is given up after the timeout.
void tst_InstalledRuntimes::silentRuntimeTimesOut()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hangs"));
    QFile script(path);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nexec sleep 30\n");
    script.close();
    QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));
    RuntimeVersionReader reader;
    QSignalSpy read(&reader, &RuntimeVersionReader::runtimeRead);
    QElapsedTimer clock;
    clock.start();
    reader.read({path}, 300);
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 5000);
    QVERIFY(clock.elapsed() < 5000);
    const auto runtime = read.first().first().value<InstalledRuntime>();
    QCOMPARE(runtime.path, path);
    QVERIFY(runtime.version.isEmpty());
}

QTEST_GUILESS_MAIN(tst_InstalledRuntimes)
#include "tst_installedruntime.moc"
