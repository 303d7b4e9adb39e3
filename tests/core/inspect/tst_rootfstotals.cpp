// SPDX-License-Identifier: Apache-2.0
// Totals of a root filesystem counted on a thread: per top-level folder,
// with the paths worth a look, and a Cancel that stops the walk.
#include "inspect/rootfsflags.h"
#include "inspect/rootfstotals.h"
#include "testfiles.h"

#include <QDir>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

class TestRootfsTotals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsPerTopLevelFolder();
    void notesThePathsWorthALook();
    void cancelStopsTheWalk();
    void startingAgainReportsOnlyTheNewWalk();
    void missingRootSaysWhy();
    void staysOnTheRootsFileSystem();

private:
    QTemporaryDir m_dir;
    QString m_small;
    QString m_large;
    static constexpr int LargeFolders = 30;
    static constexpr int LargeFiles = 1000;
};

void TestRootfsTotals::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_small = m_dir.filePath(QStringLiteral("small"));
    const QString s = m_small;
    QVERIFY(QDir().mkpath(s + "/bin") && QDir().mkpath(s + "/etc/ssl/certs") && QDir().mkpath(s + "/empty"));
    QVERIFY(writeFile(s + "/bin/tool", QByteArray(1000, 'x')));
    QCOMPARE(::chmod(qPrintable(s + "/bin/tool"), 04755), 0);
    QCOMPARE(::symlink("tool", qPrintable(s + "/bin/alias")), 0);
    QVERIFY(writeFile(s + "/etc/hostname", "box\n"));
    QVERIFY(writeFile(s + "/etc/ssl/certs/ca.pem", QByteArray(300, 'c')));
    QCOMPARE(::symlink("../../../../etc/shadow", qPrintable(s + "/etc/ssl/out")), 0);
    QVERIFY(writeFile(s + "/top.txt", QByteArray(7, 't')));
    // A link to a directory outside: counted as the link, never walked into.
    QCOMPARE(::symlink("../large", qPrintable(s + "/large")), 0);

    m_large = m_dir.filePath(QStringLiteral("large"));
    for (int folder = 0; folder < LargeFolders; ++folder) {
        const QString path = m_large + QStringLiteral("/d%1").arg(folder);
        QVERIFY(QDir().mkpath(path));
        for (int file = 0; file < LargeFiles; ++file)
            QVERIFY(writeFile(path + QStringLiteral("/f%1").arg(file), QByteArray()));
    }
}

void TestRootfsTotals::countsPerTopLevelFolder()
{
    RootfsTotals totals;
    QSignalSpy finished(&totals, &RootfsTotals::finished);
    QSignalSpy progressed(&totals, &RootfsTotals::progressed);
    totals.start(m_small);
    QVERIFY(totals.isRunning());
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!totals.isRunning());
    QVERIFY(totals.errorString().isEmpty());
    QVERIFY(progressed.count() >= 1); // the last counts at least
    const RootfsTotals::Counts all = totals.counts();
    QCOMPARE(all.directories, 5); // bin, etc, ssl, certs, empty
    QCOMPARE(all.files, 7);       // tool, alias, hostname, ca.pem, out, top.txt, large
    const QList<RootfsTotals::Folder> folders = totals.folders();
    QCOMPARE(folders.size(), 4);
    QCOMPARE(folders.at(0).name, QByteArray("bin"));
    QCOMPARE(folders.at(0).counts.files, 2);
    QCOMPARE(folders.at(0).counts.directories, 0);  // what it holds, not itself
    QCOMPARE(folders.at(0).counts.bytes, 1000 + 4); // the link's size is its target's length
    QCOMPARE(folders.at(1).name, QByteArray("empty"));
    QCOMPARE(folders.at(1).counts.files, 0);
    QCOMPARE(folders.at(2).name, QByteArray("etc"));
    QCOMPARE(folders.at(2).counts.files, 3);
    QCOMPARE(folders.at(2).counts.directories, 2);
    QCOMPARE(folders.at(3).name, QByteArray()); // the root's own names
    QCOMPARE(folders.at(3).counts.files, 2);
    qint64 bytes = 0;
    for (const RootfsTotals::Folder &folder : folders)
        bytes += folder.counts.bytes;
    QCOMPARE(all.bytes, bytes);
}

void TestRootfsTotals::notesThePathsWorthALook()
{
    RootfsTotals totals;
    QSignalSpy finished(&totals, &RootfsTotals::finished);
    totals.start(m_small);
    QVERIFY(finished.wait());
    QByteArrayList flagged = totals.flaggedPaths();
    std::sort(flagged.begin(), flagged.end());
    QCOMPARE(flagged, (QByteArrayList{"/bin/tool", "/etc/ssl/out", "/large"}));
    QCOMPARE(totals.counts().flagged, 3);
    QCOMPARE(totals.folders().at(0).counts.flagged, 1);
}

void TestRootfsTotals::cancelStopsTheWalk()
{
    RootfsTotals totals;
    QSignalSpy finished(&totals, &RootfsTotals::finished);
    totals.start(m_large);
    totals.cancel();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(totals.counts().files < LargeFolders * LargeFiles, "the walk went on after Cancel");
    // The same tree, uncancelled, has them all.
    finished.clear();
    totals.start(m_large);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(totals.counts().files, LargeFolders * LargeFiles);
    QCOMPARE(totals.counts().directories, LargeFolders);
    QCOMPARE(totals.folders().size(), LargeFolders);
}

void TestRootfsTotals::startingAgainReportsOnlyTheNewWalk()
{
    RootfsTotals totals;
    QSignalSpy finished(&totals, &RootfsTotals::finished);
    totals.start(m_large);
    totals.start(m_small);
    QVERIFY(finished.wait());
    QTest::qWait(50); // nothing of the first walk arrives late
    QCOMPARE(finished.count(), 1);
    QCOMPARE(totals.counts().directories, 5);
}

void TestRootfsTotals::missingRootSaysWhy()
{
    RootfsTotals totals;
    QSignalSpy finished(&totals, &RootfsTotals::finished);
    totals.start(m_dir.filePath(QStringLiteral("none")));
    QVERIFY(finished.wait());
    QVERIFY(!totals.errorString().isEmpty());
    QCOMPARE(totals.counts().files, 0);
}

void TestRootfsTotals::staysOnTheRootsFileSystem()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount");
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("proc"));
    QVERIFY(QDir().mkpath(mountPoint));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("file")), ""));
    if (::mount("tmpfs", qPrintable(mountPoint), "tmpfs", 0, "size=64k") != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs: %1").arg(errnoText(errno))));
    const auto unmount = qScopeGuard([&] { ::umount(qPrintable(mountPoint)); });
    QVERIFY(writeFile(mountPoint + QStringLiteral("/inside"), "x"));
    RootfsTotals totals;
    QSignalSpy finished(&totals, &RootfsTotals::finished);
    totals.start(dir.path());
    QVERIFY(finished.wait());
    QCOMPARE(totals.counts().directories, 1); // the mount point itself
    QCOMPARE(totals.counts().files, 1);       // not what is mounted there
}

QTEST_GUILESS_MAIN(TestRootfsTotals)

#include "tst_rootfstotals.moc"
