// SPDX-License-Identifier: Apache-2.0
// The root filesystem tree on the busybox test bundle and entries made here:
// lstat only, links shown and never followed, names from the root's own
// passwd and group files.
#include "inspect/rootfsmodel.h"
#include "testbundle.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

class TestRootfsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsLazilyFoldersFirst();
    void columns_data();
    void columns();
    void linksAreNeverFollowed();
    void namesComeFromTheRootFilesystem();
    void flagsFollowTheUserNamespace();
    void missingRootShowsNothing();

private:
    QModelIndex at(const QByteArray &path) { return m_model.indexOfPath(path); }

    TestBundle m_bundle;
    QString m_rootfs;
    RootfsModel m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRootfsModel::initTestCase()
{
    QVERIFY2(m_bundle.isValid(), qPrintable(m_bundle.errorString()));
    if (::geteuid() != 0)
        QSKIP("needs root for mknod and chown");
    // The tester watches from before the first reset.
    m_tester =
        std::make_unique<QAbstractItemModelTester>(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_rootfs = m_bundle.path() + QStringLiteral("/rootfs");
    const QString r = m_rootfs;
    QVERIFY(QDir().mkpath(r + "/etc") && QDir().mkpath(r + "/usr/bin") && QDir().mkpath(r + "/dev")
            && QDir().mkpath(r + "/tmp") && QDir().mkpath(r + "/shared") && QDir().mkpath(r + "/Zeta"));
    QVERIFY(writeFile(r + "/etc/passwd", "root:x:0:0:root:/root:/bin/sh\n# a comment\nalice:x:4242:4242::/:/bin/sh\n"));
    QVERIFY(writeFile(r + "/etc/group", "root:x:0:\nwheel:x:10:alice\n"));
    QVERIFY(writeFile(r + "/usr/bin/su", "#!/bin/sh\n"));
    QCOMPARE(::chmod(qPrintable(r + "/usr/bin/su"), 04755), 0);
    QCOMPARE(::chmod(qPrintable(r + "/tmp"), 01777), 0);
    QCOMPARE(::chmod(qPrintable(r + "/shared"), 0777), 0);
    QCOMPARE(::symlink("../../etc/shadow", qPrintable(r + "/etc/shadow-up")), 0);
    QCOMPARE(::symlink("/etc/shadow", qPrintable(r + "/etc/shadow-abs")), 0);
    QCOMPARE(::symlink("../..", qPrintable(r + "/up")), 0);
    QCOMPARE(::mknod(qPrintable(r + "/dev/null"), S_IFCHR | 0666, makedev(1, 3)), 0);
    QCOMPARE(::chmod(qPrintable(r + "/dev/null"), 0666), 0); // whatever the umask
    QVERIFY(writeFile(r + "/alice.txt", "hello\n"));
    QCOMPARE(::chown(qPrintable(r + "/alice.txt"), 4242, 10), 0);
    QCOMPARE(::chmod(qPrintable(r + "/alice.txt"), 0640), 0);
    QVERIFY(writeFile(r + "/stranger", ""));
    QCOMPARE(::chown(qPrintable(r + "/stranger"), 777, 777), 0);
    // Something the host has that the links above would reach if followed.
    QVERIFY(writeFile(m_bundle.path() + "/outside", "host\n"));

    QSignalSpy reset(&m_model, &QAbstractItemModel::modelReset);
    m_model.setRootDirectory(m_rootfs);
    QCOMPARE(reset.count(), 1);
    QVERIFY(m_model.errorString().isEmpty());
}

void TestRootfsModel::listsLazilyFoldersFirst()
{
    m_model.setRootDirectory(m_rootfs);
    QCOMPARE(m_model.rowCount(), 0); // nothing read until a view asks
    QVERIFY(m_model.hasChildren());
    QVERIFY(m_model.canFetchMore({}));
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    m_model.fetchMore({});
    QCOMPARE(inserted.count(), 0); // from the event loop
    QVERIFY(inserted.wait());
    QCOMPARE(inserted.first().first().toModelIndex(), QModelIndex());
    QVERIFY(!m_model.canFetchMore({}));
    QStringList names;
    for (int row = 0; row < m_model.rowCount(); ++row)
        names << m_model.index(row, RootfsModel::NameColumn).data().toString();
    QCOMPARE(names, (QStringList{"bin", "dev", "etc", "shared", "tmp", "usr", "Zeta", "alice.txt", "stranger", "up"}));
    // A directory not yet opened has children to fetch; /bin's are only read now.
    const QModelIndex bin = m_model.index(0, 0);
    QVERIFY(m_model.hasChildren(bin));
    QCOMPARE(m_model.rowCount(bin), 0);
    QVERIFY(m_model.canFetchMore(bin));
    m_model.fetchMore(bin);
    QTRY_VERIFY(m_model.rowCount(bin) > 1);
    QCOMPARE(m_model.index(0, 0, bin).data().toString(), QStringLiteral("busybox")); // b before c, e, s…
    // An empty directory, once read, has none.
    const QModelIndex zeta = at("/Zeta");
    m_model.fetchMore(zeta);
    QTRY_VERIFY(!m_model.canFetchMore(zeta));
    QVERIFY(!m_model.hasChildren(zeta));
}

void TestRootfsModel::columns_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("flags");
    using namespace RootfsFlags;
    QTest::newRow("setuid") << QByteArray("/usr/bin/su") << "File"
                            << "-rwsr-xr-x"
                            << "0 (root)"
                            << "0 (root)"
                            << "" << int(SetUid);
    QTest::newRow("sticky") << QByteArray("/tmp") << "Directory"
                            << "drwxrwxrwt"
                            << "0 (root)"
                            << "0 (root)"
                            << "" << 0;
    QTest::newRow("world-writable") << QByteArray("/shared") << "Directory"
                                    << "drwxrwxrwx"
                                    << "0 (root)"
                                    << "0 (root)"
                                    << "" << int(WorldWritable);
    QTest::newRow("link climbing out") << QByteArray("/etc/shadow-up") << "Symbolic link"
                                       << "lrwxrwxrwx"
                                       << "0 (root)"
                                       << "0 (root)"
                                       << "../../etc/shadow" << int(EscapingLink);
    QTest::newRow("absolute link") << QByteArray("/etc/shadow-abs") << "Symbolic link"
                                   << "lrwxrwxrwx"
                                   << "0 (root)"
                                   << "0 (root)"
                                   << "/etc/shadow" << int(AbsoluteLink);
    QTest::newRow("device") << QByteArray("/dev/null") << "Character device"
                            << "crw-rw-rw-"
                            << "0 (root)"
                            << "0 (root)"
                            << "1:3" << int(DeviceNode | WorldWritable);
    QTest::newRow("alice's") << QByteArray("/alice.txt") << "File"
                             << "-rw-r-----"
                             << "4242 (alice)"
                             << "10 (wheel)"
                             << "" << 0;
    QTest::newRow("no names") << QByteArray("/stranger") << "File"
                              << "-rw-r--r--"
                              << "777"
                              << "777"
                              << "" << 0;
    QTest::newRow("applet link") << QByteArray("/bin/sh") << "Symbolic link"
                                 << "lrwxrwxrwx"
                                 << "0 (root)"
                                 << "0 (root)"
                                 << "busybox" << 0;
}

void TestRootfsModel::columns()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, type);
    QFETCH(QString, mode);
    QFETCH(QString, owner);
    QFETCH(QString, group);
    QFETCH(QString, target);
    QFETCH(int, flags);
    const QModelIndex index = at(path);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(RootfsModel::PathRole).toByteArray(), path);
    QCOMPARE(index.siblingAtColumn(RootfsModel::TypeColumn).data().toString(), type);
    QCOMPARE(index.siblingAtColumn(RootfsModel::ModeColumn).data().toString(), mode);
    QCOMPARE(index.siblingAtColumn(RootfsModel::OwnerColumn).data().toString(), owner);
    QCOMPARE(index.siblingAtColumn(RootfsModel::GroupColumn).data().toString(), group);
    QCOMPARE(index.siblingAtColumn(RootfsModel::TargetColumn).data().toString(), target);
    QCOMPARE(index.data(RootfsModel::FlagsRole).toInt(), flags);
    QCOMPARE(index.siblingAtColumn(RootfsModel::FlagsColumn).data().toString().isEmpty(), flags == 0);
}

void TestRootfsModel::linksAreNeverFollowed()
{
    // "/up" is "../..": a link to the directory above the bundle. It has
    // no children, and nothing below it can be reached by path.
    const QModelIndex up = at("/up");
    QVERIFY(up.isValid());
    QVERIFY(!m_model.hasChildren(up));
    QVERIFY(!m_model.canFetchMore(up));
    QVERIFY(!at("/up/outside").isValid());
    QVERIFY(!at("/../outside").isValid());
    // An absolute target is shown inside the root, where the container finds it.
    QCOMPARE(at("/etc/shadow-abs").data(RootfsModel::ResolvedTargetRole).toByteArray(), QByteArray("/etc/shadow"));
    QCOMPARE(at("/etc/shadow-up").data(RootfsModel::ResolvedTargetRole).toByteArray(), QByteArray("/etc/shadow"));
}

void TestRootfsModel::namesComeFromTheRootFilesystem()
{
    // An /etc/passwd that links out of the root is not read: the names of
    // the host's file must not show as the container's.
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("rootfs"));
    QVERIFY(QDir().mkpath(root + "/etc"));
    QVERIFY(writeFile(dir.filePath("passwd"), "root:x:0:0::/:/bin/sh\nhostuser:x:4242:4242::/:/bin/sh\n"));
    QCOMPARE(::symlink("../../passwd", qPrintable(root + "/etc/passwd")), 0);
    QVERIFY(writeFile(root + "/file", ""));
    QCOMPARE(::chown(qPrintable(root + "/file"), 4242, 4242), 0);
    m_model.setRootDirectory(root);
    QCOMPARE(at("/file").siblingAtColumn(RootfsModel::OwnerColumn).data().toString(), QStringLiteral("4242"));
    m_model.setRootDirectory(m_rootfs);
}

void TestRootfsModel::flagsFollowTheUserNamespace()
{
    const Json config = Json::parse(R"({"linux": {"namespaces": [{"type": "user"}],
        "uidMappings": [{"containerID": 0, "hostID": 0, "size": 500}],
        "gidMappings": [{"containerID": 0, "hostID": 0, "size": 500}]}})");
    m_model.setRootDirectory(m_rootfs, UserNamespaceMap::fromConfig(config));
    QCOMPARE(at("/alice.txt").data(RootfsModel::FlagsRole).toInt(), int(RootfsFlags::UnmappedOwner)); // group 10
    QCOMPARE(at("/stranger").data(RootfsModel::FlagsRole).toInt(),
             int(RootfsFlags::UnmappedOwner | RootfsFlags::UnmappedGroup));
    QCOMPARE(at("/usr/bin/su").data(RootfsModel::FlagsRole).toInt(), int(RootfsFlags::SetUid));
    m_model.setRootDirectory(m_rootfs);
    QCOMPARE(at("/alice.txt").data(RootfsModel::FlagsRole).toInt(), 0);
}

void TestRootfsModel::missingRootShowsNothing()
{
    m_model.setRootDirectory(m_bundle.path() + QStringLiteral("/no-such-rootfs"));
    QVERIFY(!m_model.errorString().isEmpty());
    QVERIFY(!m_model.hasChildren());
    QVERIFY(!m_model.canFetchMore({}));
    QCOMPARE(m_model.rowCount(), 0);
    m_model.setRootDirectory(QString());
    QVERIFY(m_model.errorString().isEmpty());
    m_model.setRootDirectory(m_rootfs);
}

QTEST_GUILESS_MAIN(TestRootfsModel)

#include "tst_rootfsmodel.moc"
