// SPDX-License-Identifier: Apache-2.0
// What the About box says of the runtimes: read from their --version, and
// asked of the real ones.
#include "runtime/installedruntimes.h"
#include "runtime/runcbinary.h"

#include <QTest>

class tst_InstalledRuntimes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromVersionOutput_data();
    void fromVersionOutput();
    void findsTheInstalledOnes();
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

void tst_InstalledRuntimes::findsTheInstalledOnes()
{
    const QString runc = RuncBinary::locate(QStringLiteral("runc"));
    if (runc.isEmpty())
        QSKIP("runc is not installed");
    const QList<InstalledRuntime> found =
        InstalledRuntime::find({QStringLiteral("runc"), QStringLiteral("no-such-runtime-here")});
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).path, runc);
    QVERIFY(!found.at(0).version.isEmpty());
    QVERIFY(found.at(0).specVersion.startsWith(QLatin1String("1.")));
    QCOMPARE(found.at(1).name, QStringLiteral("no-such-runtime-here"));
    QVERIFY(found.at(1).path.isEmpty());
}

QTEST_GUILESS_MAIN(tst_InstalledRuntimes)
#include "tst_installedruntimes.moc"
