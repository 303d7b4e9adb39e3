// SPDX-License-Identifier: Apache-2.0
// The container's view of the busybox test bundle with the mounts runc spec
// writes, a bind mount of a host directory, a mount that hides a folder of
// the root filesystem, one hidden by a later mount, and masked and
// read-only paths.
#include "inspect/containerviewmodel.h"
#include "testbundle.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

class TestContainerViewModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void topLevelAsTheContainerSeesIt();
    void rows_data();
    void rows();
    void hiddenAndMaskedShowNothingBelow_data();
    void hiddenAndMaskedShowNothingBelow();
    void bindMountShowsTheHost();
    void kernelFilesystemsAreOneNode();
    void listsLazily();
    void missingBindSourceSaysSo();

private:
    QModelIndex at(const QByteArray &path) { return m_model.indexOfPath(path); }
    QStringList namesBelow(const QModelIndex &parent);

    TestBundle m_bundle;
    QTemporaryDir m_host;
    QString m_rootfs;
    Json m_config;
    ContainerViewModel m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QStringList TestContainerViewModel::namesBelow(const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < m_model.rowCount(parent); ++row)
        names << m_model.index(row, 0, parent).data().toString();
    return names;
}

void TestContainerViewModel::initTestCase()
{
    QVERIFY2(m_bundle.isValid(), qPrintable(m_bundle.errorString()));
    QVERIFY(m_host.isValid());
    m_tester =
        std::make_unique<QAbstractItemModelTester>(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The mounts, masked and read-only paths as runc spec writes them.
    const QString runc = QStandardPaths::findExecutable(QStringLiteral("runc"));
    if (runc.isEmpty())
        QSKIP("runc is not installed");
    QTemporaryDir specDir;
    QProcess spec;
    spec.setWorkingDirectory(specDir.path());
    spec.start(runc, {QStringLiteral("spec")});
    QVERIFY(spec.waitForFinished(10000));
    QCOMPARE(spec.exitCode(), 0);
    m_config = Json::parse(readFile(specDir.filePath(QStringLiteral("config.json"))).toStdString());
    QCOMPARE(m_config["mounts"].size(), size_t(7));

    m_rootfs = m_bundle.path() + QStringLiteral("/rootfs");
    const QString r = m_rootfs;
    QVERIFY(QDir().mkpath(r + "/mnt/old") && QDir().mkpath(r + "/etc") && QDir().mkpath(r + "/home/user")
            && QDir().mkpath(r + "/secret/inside") && QDir().mkpath(r + "/proc"));
    QVERIFY(writeFile(r + "/mnt/old/file", "under the tmpfs\n"));
    QVERIFY(writeFile(r + "/etc/hostname", "box\n"));
    QVERIFY(writeFile(r + "/secret/inside/key", "k\n"));
    const QString h = m_host.path();
    QVERIFY(QDir().mkpath(h + "/sub"));
    QVERIFY(writeFile(h + "/sub/inner", "from the host\n"));
    QVERIFY(writeFile(h + "/data.txt", "12345"));
    QCOMPARE(::symlink("/etc", qPrintable(h + "/escape")), 0);

    Json &mounts = m_config["mounts"];
    // 8: the host directory below /srv, which the root filesystem lacks.
    mounts.push_back(
        {{"destination", "/srv/data"}, {"type", "bind"}, {"source", h.toStdString()}, {"options", {"rbind", "ro"}}});
    // 9: hidden by 10, which hides the root filesystem's /mnt too.
    mounts.push_back(
        {{"destination", "/mnt/inner"}, {"type", "bind"}, {"source", h.toStdString()}, {"options", {"rbind"}}});
    mounts.push_back({{"destination", "/mnt"}, {"type", "tmpfs"}, {"source", "tmpfs"}});
    m_config["linux"]["maskedPaths"].push_back("/etc/hostname");
    m_config["linux"]["maskedPaths"].push_back("/secret");
    m_config["linux"]["maskedPaths"].push_back("/not-there");
    m_config["linux"]["readonlyPaths"].push_back("/home");
    QVERIFY(m_bundle.writeConfig(m_config));

    QSignalSpy reset(&m_model, &QAbstractItemModel::modelReset);
    m_model.setView(m_rootfs, MountOverlay::fromConfig(m_config, m_bundle.path()));
    QCOMPARE(reset.count(), 1);
    QVERIFY(m_model.errorString().isEmpty());
}

void TestContainerViewModel::topLevelAsTheContainerSeesIt()
{
    // The root filesystem's folders, the mount points (sys and srv made by
    // the runtime), and what is masked; /not-there is not made.
    m_model.indexOfPath("/bin");
    QCOMPARE(namesBelow({}), (QStringList{"bin", "dev", "etc", "home", "mnt", "proc", "secret", "srv", "sys"}));
    QCOMPARE(m_model.columnCount(), int(ContainerViewModel::ColumnCount));
    QCOMPARE(m_model.headerData(ContainerViewModel::ProvidedByColumn, Qt::Horizontal).toString(),
             QStringLiteral("Provided by"));
    QCOMPARE(m_model.headerData(RootfsModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
}

void TestContainerViewModel::rows_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("providedBy");
    QTest::addColumn<int>("origin");
    QTest::addColumn<int>("mount");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("mountPoint");
    QTest::addColumn<QString>("note"); // a part of it
    const QString host = m_host.path();
    using M = ContainerViewModel;
    QTest::newRow("rootfs, read-only root")
        << QByteArray("/bin/busybox") << "File"
        << "root filesystem, read-only" << int(M::FromRootFilesystem) << -1 << true << false << "";
    QTest::newRow("proc over the rootfs's")
        << QByteArray("/proc") << "proc filesystem"
        << "mount 1: proc proc" << int(M::FromMount) << 0 << false << true << "not the host's /proc";
    QTest::newRow("masked in proc") << QByteArray("/proc/kcore") << "Not known here"
                                    << "masked" << int(M::Masked) << 0 << true << false << "/dev/null";
    QTest::newRow("read-only in proc") << QByteArray("/proc/sys") << "Not known here"
                                       << "mount 1: proc proc, read-only" << int(M::FromMount) << 0 << true << false
                                       << "linux.readonlyPaths";
    QTest::newRow("tmpfs made by the runtime")
        << QByteArray("/dev") << "tmpfs filesystem"
        << "mount 2: tmpfs tmpfs" << int(M::FromMount) << 1 << false << true << "The runtime creates the mount point.";
    QTest::newRow("devpts on the tmpfs") << QByteArray("/dev/pts") << "devpts filesystem"
                                         << "mount 3: devpts devpts" << int(M::FromMount) << 2 << false << true
                                         << "pseudo-terminals";
    QTest::newRow("runc's device") << QByteArray("/dev/null") << "Character device"
                                   << "created by the runtime" << int(M::CreatedByRuntime) << 1 << false << false
                                   << "runc creates this device";
    QTest::newRow("runc's link") << QByteArray("/dev/ptmx") << "Symbolic link"
                                 << "created by the runtime" << int(M::CreatedByRuntime) << 1 << false << false
                                 << "runc creates this link";
    QTest::newRow("shm") << QByteArray("/dev/shm") << "tmpfs filesystem"
                         << "mount 4: tmpfs shm" << int(M::FromMount) << 3 << false << true << "in memory";
    QTest::newRow("sysfs read-only") << QByteArray("/sys") << "sysfs filesystem"
                                     << "mount 6: sysfs sysfs, read-only" << int(M::FromMount) << 5 << true << true
                                     << "devices";
    QTest::newRow("on the way to cgroup")
        << QByteArray("/sys/fs") << "Directory"
        << "mount 6: sysfs sysfs, read-only" << int(M::FromMount) << 5 << true << false << "";
    QTest::newRow("cgroup") << QByteArray("/sys/fs/cgroup") << "cgroup filesystem"
                            << "mount 7: cgroup cgroup, read-only" << int(M::FromMount) << 6 << true << true
                            << "control groups";
    QTest::newRow("masked in sysfs") << QByteArray("/sys/firmware") << "Not known here"
                                     << "masked" << int(M::Masked) << 5 << true << false << "maskedPaths";
    QTest::newRow("made for a mount") << QByteArray("/srv") << "Directory"
                                      << "created by the runtime, read-only" << int(M::CreatedByRuntime) << -1 << true
                                      << false << "the runtime creates this directory";
    QTest::newRow("bind mount") << QByteArray("/srv/data") << "Directory"
                                << QStringLiteral("mount 8: bind %1, read-only").arg(host) << int(M::FromMount) << 7
                                << true << true << QStringLiteral("From the host: %1").arg(host);
    QTest::newRow("in the bind mount") << QByteArray("/srv/data/sub/inner") << "File"
                                       << QStringLiteral("mount 8: bind %1, read-only").arg(host) << int(M::FromMount)
                                       << 7 << true << false << QStringLiteral("From the host: %1/sub/inner").arg(host);
    QTest::newRow("tmpfs over the rootfs's /mnt")
        << QByteArray("/mnt") << "tmpfs filesystem"
        << "mount 10: tmpfs tmpfs" << int(M::FromMount) << 9 << false << true << "in memory";
    QTest::newRow("masked file") << QByteArray("/etc/hostname") << "Character device"
                                 << "masked" << int(M::Masked) << -1 << true << false << "/dev/null";
    QTest::newRow("masked folder") << QByteArray("/secret") << "Directory"
                                   << "masked" << int(M::Masked) << -1 << true << false << "empty read-only directory";
    QTest::newRow("read-only path") << QByteArray("/home/user") << "Directory"
                                    << "root filesystem, read-only" << int(M::FromRootFilesystem) << -1 << true << false
                                    << "/home is in linux.readonlyPaths";
}

void TestContainerViewModel::rows()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, type);
    QFETCH(QString, providedBy);
    QFETCH(int, origin);
    QFETCH(int, mount);
    QFETCH(bool, readOnly);
    QFETCH(bool, mountPoint);
    QFETCH(QString, note);
    const QModelIndex index = at(path);
    QVERIFY2(index.isValid(), path.constData());
    QCOMPARE(index.data(RootfsModel::PathRole).toByteArray(), path);
    QCOMPARE(index.siblingAtColumn(RootfsModel::TypeColumn).data().toString(), type);
    QCOMPARE(index.siblingAtColumn(ContainerViewModel::ProvidedByColumn).data().toString(), providedBy);
    QCOMPARE(index.data(ContainerViewModel::OriginRole).toInt(), origin);
    QCOMPARE(index.data(ContainerViewModel::MountIndexRole).toInt(), mount);
    QCOMPARE(index.data(ContainerViewModel::ReadOnlyRole).toBool(), readOnly);
    QCOMPARE(index.data(ContainerViewModel::MountPointRole).toBool(), mountPoint);
    // Missing in the root filesystem or on a tmpfs; sysfs has its cgroup folder.
    const QByteArrayList created{"/dev", "/dev/pts", "/dev/shm", "/sys", "/srv/data"};
    QCOMPARE(index.data(ContainerViewModel::CreatedMountPointRole).toBool(), created.contains(path));
    const QString shown = index.data(ContainerViewModel::NoteRole).toString();
    QVERIFY2(shown.contains(note), qPrintable(shown));
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), shown);
    // The config entry that puts it there.
    const QString pointer = index.data(ContainerViewModel::ConfigPointerRole).toString();
    if (origin == ContainerViewModel::FromMount)
        QCOMPARE(pointer, QStringLiteral("/mounts/%1").arg(mount));
    else if (origin == ContainerViewModel::Masked)
        QVERIFY2(pointer.startsWith(QStringLiteral("/linux/maskedPaths/")), qPrintable(pointer));
    else
        QVERIFY2(pointer.isEmpty(), qPrintable(pointer));
}

void TestContainerViewModel::hiddenAndMaskedShowNothingBelow_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("gone");
    QTest::newRow("rootfs under a tmpfs") << QByteArray("/mnt") << QByteArray("/mnt/old/file");
    QTest::newRow("mount under a later mount") << QByteArray("/mnt") << QByteArray("/mnt/inner");
    QTest::newRow("masked folder") << QByteArray("/secret") << QByteArray("/secret/inside");
    QTest::newRow("nothing masked where nothing is") << QByteArray("/") << QByteArray("/not-there");
}

void TestContainerViewModel::hiddenAndMaskedShowNothingBelow()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, gone);
    const QModelIndex index = at(path);
    QVERIFY(index.isValid() || path == "/");
    QVERIFY(!at(gone).isValid());
    if (path != "/")
        QVERIFY(!m_model.hasChildren(index));
}

void TestContainerViewModel::bindMountShowsTheHost()
{
    const QModelIndex data = at("/srv/data");
    QCOMPARE(namesBelow(data), (QStringList{"sub", "data.txt", "escape"}));
    const QModelIndex file = at("/srv/data/data.txt");
    QCOMPARE(file.data(RootfsModel::SizeRole).toLongLong(), 5);
    QCOMPARE(file.data(ContainerViewModel::HostPathRole).toString(), m_host.filePath(QStringLiteral("data.txt")));
    QCOMPARE(file.data(ContainerViewModel::PreviewRootRole).toString(), m_host.path());
    QCOMPARE(file.data(ContainerViewModel::PreviewPathRole).toByteArray(), QByteArray("/data.txt"));
    // A link in the host's directory is shown, never followed, and read as
    // the container would: /etc inside the container.
    const QModelIndex escape = at("/srv/data/escape");
    QCOMPARE(escape.siblingAtColumn(RootfsModel::TypeColumn).data().toString(), QStringLiteral("Symbolic link"));
    QVERIFY(!m_model.hasChildren(escape));
    QVERIFY(!at("/srv/data/escape/passwd").isValid());
    QCOMPARE(escape.data(RootfsModel::ResolvedTargetRole).toByteArray(), QByteArray("/etc"));
    QVERIFY(escape.data(RootfsModel::FlagsRole).toInt() & RootfsFlags::AbsoluteLink);
    // What the root filesystem holds is read from there.
    const QModelIndex busybox = at("/bin/busybox");
    QCOMPARE(busybox.data(ContainerViewModel::PreviewRootRole).toString(), m_rootfs);
    QCOMPARE(busybox.data(ContainerViewModel::HostPathRole).toString(), m_rootfs + QStringLiteral("/bin/busybox"));
}

void TestContainerViewModel::kernelFilesystemsAreOneNode()
{
    // proc lists what the config names below it, never the host's /proc.
    const QModelIndex proc = at("/proc");
    const QStringList names = namesBelow(proc);
    QCOMPARE(names.size(), 14); // runc spec masks 9 paths below /proc and makes 5 read-only
    QVERIFY(!names.contains(QStringLiteral("self")));
    QVERIFY(!names.contains(QStringLiteral("1")));
    QVERIFY(proc.data(ContainerViewModel::HostPathRole).toString().isEmpty());
    QVERIFY(proc.data(ContainerViewModel::PreviewRootRole).toString().isEmpty());
    // A tmpfs shows the mounts on it and nothing else; its mode from mode=.
    const QModelIndex dev = at("/dev");
    QCOMPARE(namesBelow(dev),
             (QStringList{"mqueue", "pts", "shm", "fd", "full", "null", "ptmx", "random", "stderr", "stdin", "stdout",
                          "tty", "urandom", "zero"}));
    QCOMPARE(dev.siblingAtColumn(RootfsModel::ModeColumn).data().toString(), QStringLiteral("drwxr-xr-x"));
    QCOMPARE(at("/dev/shm").siblingAtColumn(RootfsModel::ModeColumn).data().toString(), QStringLiteral("drwxrwxrwt"));
    QVERIFY(!m_model.hasChildren(at("/dev/pts")));
}

void TestContainerViewModel::listsLazily()
{
    m_model.setView(m_rootfs, MountOverlay::fromConfig(m_config, m_bundle.path()));
    QCOMPARE(m_model.rowCount(), 0);
    QVERIFY(m_model.canFetchMore({}));
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    m_model.fetchMore({});
    QCOMPARE(inserted.count(), 0); // from the event loop
    QVERIFY(inserted.wait());
    QCOMPARE(m_model.rowCount(), 9);
    const QModelIndex srv = m_model.index(7, 0);
    QCOMPARE(srv.data().toString(), QStringLiteral("srv"));
    QVERIFY(m_model.canFetchMore(srv));
    m_model.fetchMore(srv);
    QTRY_COMPARE(m_model.rowCount(srv), 1);
}

void TestContainerViewModel::missingBindSourceSaysSo()
{
    Json config = m_config;
    config["mounts"].push_back(
        {{"destination", "/gone"}, {"type", "bind"}, {"source", "no-such-dir"}, {"options", {"rbind"}}});
    m_model.setView(m_rootfs, MountOverlay::fromConfig(config, m_bundle.path()));
    const QModelIndex gone = at("/gone");
    QVERIFY(gone.isValid());
    QVERIFY(!m_model.hasChildren(gone));
    QVERIFY(gone.data(RootfsModel::ErrorRole).toString().contains(QStringLiteral("no-such-dir")));
    QCOMPARE(gone.siblingAtColumn(ContainerViewModel::ProvidedByColumn).data().toString(),
             QStringLiteral("mount 11: bind no-such-dir"));
    m_model.setView(QString(), MountOverlay());
    QCOMPARE(m_model.rowCount(), 0);
    QVERIFY(!m_model.hasChildren());
}

QTEST_GUILESS_MAIN(TestContainerViewModel)

#include "tst_containerviewmodel.moc"
