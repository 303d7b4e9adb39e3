// SPDX-License-Identifier: Apache-2.0
// The advisory lock `set` (and later the window) holds on a bundle directory.
#include "bundle/bundlelock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_BundleLock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void directoryFor_data();
    void directoryFor();
    void excludesAnotherHolder();
    void reportsWhyNot();
};

void tst_BundleLock::directoryFor_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("directory") << "b";
    QTest::newRow("config.json") << "b/config.json";
}

void tst_BundleLock::directoryFor()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("b")));
    QVERIFY(QFile(dir.filePath(QStringLiteral("b/config.json"))).open(QIODevice::WriteOnly));
    QCOMPARE(BundleLock::directoryFor(dir.filePath(path)), dir.filePath(QStringLiteral("b")));
}

void tst_BundleLock::excludesAnotherHolder()
{
    QTemporaryDir dir;
    BundleLock first(dir.path());
    QVERIFY2(first.lock(), qPrintable(first.errorString()));
    QVERIFY(first.isLocked());

    // flock() locks belong to an open directory, so a second one conflicts
    // even within one process, as a second process would.
    BundleLock second(dir.filePath(QStringLiteral("config.json")));
    QVERIFY(!second.tryLock());
    QVERIFY2(second.errorString().contains(QLatin1String("another program")), qPrintable(second.errorString()));

    first.unlock();
    QVERIFY2(second.tryLock(), qPrintable(second.errorString()));
}

void tst_BundleLock::reportsWhyNot()
{
    QTemporaryDir dir;
    BundleLock lock(dir.filePath(QStringLiteral("missing/")));
    QVERIFY(!lock.lock());
    QVERIFY(!lock.isLocked());
    QVERIFY2(lock.errorString().contains(QLatin1String("No such file or directory")), qPrintable(lock.errorString()));
}

QTEST_GUILESS_MAIN(tst_BundleLock)

#include "tst_bundlelock.moc"
