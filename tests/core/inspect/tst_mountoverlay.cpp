// SPDX-License-Identifier: Apache-2.0
// What mounts, masked and read-only paths make of the container's tree,
// from the config alone: which mount provides a path, what hides what.
#include "inspect/mountoverlay.h"

#include <QTest>

#include <sys/stat.h>

namespace {

// runc spec's mounts, a bind mount below /srv, and /a/b hidden by /a.
const char *const config = R"({
 "root": {"path": "rootfs", "readonly": true},
 "mounts": [
  {"destination": "/proc", "type": "proc", "source": "proc"},
  {"destination": "/dev", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "mode=755"]},
  {"destination": "/dev/pts", "type": "devpts", "source": "devpts"},
  {"destination": "/sys", "type": "sysfs", "source": "sysfs", "options": ["nosuid", "ro"]},
  {"destination": "/srv/data/", "source": "data", "options": ["rbind", "ro", "rw"]},
  {"destination": "/a/b", "type": "bind", "source": "/host/b", "options": ["ro"]},
  {"destination": "/a/./", "type": "tmpfs", "source": "tmpfs"},
  {"type": "tmpfs", "source": "no destination"},
  {"destination": "/a/c", "type": "tmpfs", "source": "tmpfs", "options": ["ro"]}
 ],
 "linux": {"maskedPaths": ["/proc/kcore", "/etc/secret"], "readonlyPaths": ["/proc/sys", 7],
  "devices": [{"path": "/dev/fuse", "type": "c", "major": 10, "minor": 229, "fileMode": 384},
              {"path": "/dev/null", "type": "c", "major": 1, "minor": 3}]}
})";

} // namespace

class TestMountOverlay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mountsAsWritten();
    void provider_data();
    void provider();
    void hiding_data();
    void hiding();
    void namesBelow_data();
    void namesBelow();
    void runtimeEntries_data();
    void runtimeEntries();
    void devBoundFromTheHostIsLeftAlone();
    void isUnder_data();
    void isUnder();

private:
    MountOverlay m_overlay;
};

void TestMountOverlay::initTestCase()
{
    m_overlay = MountOverlay::fromConfig(Json::parse(config), QStringLiteral("/bundles/one"));
}

void TestMountOverlay::mountsAsWritten()
{
    // The one without a destination has no place in the tree; indexes stay those of /mounts.
    QCOMPARE(m_overlay.mounts().size(), 8);
    QVERIFY(!m_overlay.mount(7));
    const MountOverlay::Mount *data = m_overlay.mount(4);
    QVERIFY(data);
    QCOMPARE(data->destination, QByteArray("/srv/data"));
    QVERIFY(data->bind);
    QCOMPARE(data->type, QStringLiteral("bind")); // said by the option alone
    QCOMPARE(data->hostSource, QStringLiteral("/bundles/one/data"));
    QVERIFY(!data->readOnly); // rw after ro
    QCOMPARE(m_overlay.mount(5)->hostSource, QStringLiteral("/host/b"));
    QVERIFY(!m_overlay.mount(1)->bind);
    QVERIFY(m_overlay.mount(1)->hostSource.isEmpty());
    QCOMPARE(m_overlay.mount(6)->destination, QByteArray("/a"));
    // Positions in linux.maskedPaths, for the pointer to the entry.
    QCOMPARE(m_overlay.maskIndexOf("/etc/secret/key"), 1);
    QCOMPARE(m_overlay.maskIndexOf("/etc"), -1);
}

void TestMountOverlay::provider_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("provider");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QByteArray>("mask");
    QTest::newRow("root") << QByteArray("/") << -1 << true << QByteArray();
    QTest::newRow("rootfs") << QByteArray("/bin/sh") << -1 << true << QByteArray();
    QTest::newRow("not a prefix") << QByteArray("/procs") << -1 << true << QByteArray();
    QTest::newRow("proc") << QByteArray("/proc") << 0 << false << QByteArray();
    QTest::newRow("below proc") << QByteArray("/proc/1/status") << 0 << false << QByteArray();
    QTest::newRow("read-only path") << QByteArray("/proc/sys/kernel") << 0 << true << QByteArray();
    QTest::newRow("masked") << QByteArray("/proc/kcore") << 0 << true << QByteArray("/proc/kcore");
    QTest::newRow("masked in the rootfs") << QByteArray("/etc/secret/key") << -1 << true << QByteArray("/etc/secret");
    QTest::newRow("later mount inside") << QByteArray("/dev/pts/0") << 2 << false << QByteArray();
    QTest::newRow("ro mount") << QByteArray("/sys/kernel") << 3 << true << QByteArray();
    QTest::newRow("rw after ro") << QByteArray("/srv/data/x") << 4 << false << QByteArray();
    QTest::newRow("on the way to a mount") << QByteArray("/srv") << -1 << true << QByteArray();
    QTest::newRow("hidden by a later parent") << QByteArray("/a/b/file") << 6 << false << QByteArray();
    QTest::newRow("after the parent") << QByteArray("/a/c") << 8 << true << QByteArray();
}

void TestMountOverlay::provider()
{
    QFETCH(QByteArray, path);
    QFETCH(int, provider);
    QFETCH(bool, readOnly);
    QFETCH(QByteArray, mask);
    QCOMPARE(m_overlay.providerOf(path), provider);
    QCOMPARE(m_overlay.isReadOnly(path), readOnly);
    QCOMPARE(m_overlay.maskOf(path), mask);
}

void TestMountOverlay::hiding_data()
{
    QTest::addColumn<int>("mount");
    QTest::addColumn<QList<int>>("hides");
    QTest::addColumn<bool>("hidesRootfs");
    QTest::addColumn<int>("hiddenUnder");
    QTest::newRow("proc") << 0 << QList<int>() << true << -1;
    QTest::newRow("tmpfs on /dev") << 1 << QList<int>() << true << -1;
    QTest::newRow("devpts over the tmpfs") << 2 << QList<int>() << false << -1;
    QTest::newRow("bind below /a") << 5 << QList<int>() << true << 6;
    QTest::newRow("/a over it") << 6 << QList<int>{5} << true << -1;
    QTest::newRow("after /a") << 8 << QList<int>() << false << -1;
    QTest::newRow("no such mount") << 7 << QList<int>() << false << -1;
}

void TestMountOverlay::hiding()
{
    QFETCH(int, mount);
    QFETCH(QList<int>, hides);
    QFETCH(bool, hidesRootfs);
    QFETCH(int, hiddenUnder);
    const MountOverlay::Hidden hidden = m_overlay.hiddenBy(mount);
    QCOMPARE(hidden.mounts, hides);
    QCOMPARE(hidden.rootFilesystem, hidesRootfs);
    QCOMPARE(m_overlay.hiddenUnder(mount), hiddenUnder);
}

void TestMountOverlay::namesBelow_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("withPathLists");
    QTest::addColumn<QByteArrayList>("names");
    QTest::newRow("root") << QByteArray("/") << false << QByteArrayList{"proc", "dev", "sys", "srv", "a"};
    QTest::newRow("root with the lists") << QByteArray("/") << true
                                         << QByteArrayList{"proc", "dev", "sys", "srv", "a", "etc"};
    QTest::newRow("dev") << QByteArray("/dev") << false
                         << QByteArrayList{"pts", "fuse", "null",  "zero",   "full",   "random", "urandom",
                                           "tty", "fd",   "stdin", "stdout", "stderr", "ptmx"};
    QTest::newRow("proc") << QByteArray("/proc") << false << QByteArrayList();
    QTest::newRow("proc, masked and read-only") << QByteArray("/proc") << true << QByteArrayList{"kcore", "sys"};
    // /a/b is hidden by /a; /a/c came after.
    QTest::newRow("a") << QByteArray("/a") << false << QByteArrayList{"c"};
    QTest::newRow("srv") << QByteArray("/srv") << false << QByteArrayList{"data"};
    QTest::newRow("a leaf") << QByteArray("/dev/pts") << true << QByteArrayList();
}

void TestMountOverlay::namesBelow()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, withPathLists);
    QFETCH(QByteArrayList, names);
    QCOMPARE(m_overlay.namesBelow(path, withPathLists), names);
}

void TestMountOverlay::runtimeEntries_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("linkTarget");
    QTest::addColumn<int>("device");
    QTest::newRow("runc's") << QByteArray("/dev/zero") << int(S_IFCHR | 0666) << QByteArray() << -1;
    QTest::newRow("a link") << QByteArray("/dev/ptmx") << int(S_IFLNK | 0777) << QByteArray("pts/ptmx") << -1;
    QTest::newRow("the config's") << QByteArray("/dev/fuse") << int(S_IFCHR | 0600) << QByteArray() << 0;
    QTest::newRow("named by both") << QByteArray("/dev/null") << int(S_IFCHR | 0666) << QByteArray() << 1;
    QTest::newRow("none") << QByteArray("/dev/pts") << 0 << QByteArray() << -2;
}

void TestMountOverlay::runtimeEntries()
{
    QFETCH(QByteArray, path);
    QFETCH(int, mode);
    QFETCH(QByteArray, linkTarget);
    QFETCH(int, device);
    const MountOverlay::RuntimeEntry *entry = m_overlay.runtimeEntry(path);
    QCOMPARE(entry != nullptr, device != -2);
    if (!entry)
        return;
    QCOMPARE(int(entry->mode), mode);
    QCOMPARE(entry->linkTarget, linkTarget);
    QCOMPARE(entry->device, device);
}

void TestMountOverlay::devBoundFromTheHostIsLeftAlone()
{
    const MountOverlay overlay = MountOverlay::fromConfig(
        Json::parse(R"({"mounts": [{"destination": "/dev", "type": "bind", "source": "/dev"}]})"), QString());
    QVERIFY(!overlay.runtimeEntry("/dev/null"));
    QVERIFY(overlay.namesBelow("/dev", true).isEmpty());
}

void TestMountOverlay::isUnder_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("ancestor");
    QTest::addColumn<bool>("under");
    QTest::newRow("itself") << QByteArray("/a") << QByteArray("/a") << true;
    QTest::newRow("below") << QByteArray("/a/b") << QByteArray("/a") << true;
    QTest::newRow("the root") << QByteArray("/a") << QByteArray("/") << true;
    QTest::newRow("same start") << QByteArray("/ab") << QByteArray("/a") << false;
    QTest::newRow("above") << QByteArray("/a") << QByteArray("/a/b") << false;
}

void TestMountOverlay::isUnder()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, ancestor);
    QFETCH(bool, under);
    QCOMPARE(MountOverlay::isUnder(path, ancestor), under);
}

QTEST_APPLESS_MAIN(TestMountOverlay)

#include "tst_mountoverlay.moc"
