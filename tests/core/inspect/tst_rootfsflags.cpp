// SPDX-License-Identifier: Apache-2.0
// What in a root filesystem is worth a look: one entry per row.
#include "inspect/rootfsflags.h"
#include "inspect/usernamespacemap.h"

#include <QTest>

#include <sys/stat.h>

namespace {

RootfsEntry entry(quint32 mode, quint32 uid = 0, quint32 gid = 0, const QByteArray &target = {})
{
    RootfsEntry e;
    e.name = "x";
    e.mode = mode;
    e.uid = uid;
    e.gid = gid;
    e.linkTarget = target;
    return e;
}

const Json userNamespace = Json::parse(R"({"linux": {"namespaces": [{"type": "user"}],
    "uidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}],
    "gidMappings": [{"containerID": 0, "hostID": 200000, "size": 10}]}})");
// Mappings without the namespace: runc ignores them, and so do the flags.
const Json mappingsOnly = Json::parse(R"({"linux": {"namespaces": [{"type": "pid"}],
    "uidMappings": [{"containerID": 0, "hostID": 100000, "size": 1}]}})");

} // namespace

Q_DECLARE_METATYPE(RootfsEntry)

class TestRootfsFlags final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flags_data();
    void flags();
    void everyFlagHasAReason();
    void resolvesInsideTheRoot_data();
    void resolvesInsideTheRoot();
};

void TestRootfsFlags::flags_data()
{
    QTest::addColumn<RootfsEntry>("entry");
    QTest::addColumn<QByteArray>("directory");
    QTest::addColumn<Json>("config");
    QTest::addColumn<int>("flags");
    using namespace RootfsFlags;
    const Json none = Json::object();
    QTest::newRow("plain file") << entry(S_IFREG | 0644) << QByteArray("/etc") << none << 0;
    QTest::newRow("setuid executable") << entry(S_IFREG | 04755) << QByteArray("/bin") << none << int(SetUid);
    QTest::newRow("setuid without execute bits") << entry(S_IFREG | 04644) << QByteArray("/") << none << 0;
    QTest::newRow("setgid executable") << entry(S_IFREG | 02711) << QByteArray("/") << none << int(SetGid);
    QTest::newRow("setgid directory") << entry(S_IFDIR | 02755) << QByteArray("/") << none << 0;
    QTest::newRow("both") << entry(S_IFREG | 06755) << QByteArray("/") << none << int(SetUid | SetGid);
    QTest::newRow("world-writable file") << entry(S_IFREG | 0666) << QByteArray("/") << none << int(WorldWritable);
    QTest::newRow("world-writable directory") << entry(S_IFDIR | 0777) << QByteArray("/") << none << int(WorldWritable);
    QTest::newRow("sticky /tmp") << entry(S_IFDIR | 01777) << QByteArray("/") << none << 0;
    QTest::newRow("link mode is not writable")
        << entry(S_IFLNK | 0777, 0, 0, "busybox") << QByteArray("/bin") << none << 0;
    QTest::newRow("character device") << entry(S_IFCHR | 0666) << QByteArray("/dev") << none
                                      << int(DeviceNode | WorldWritable);
    QTest::newRow("block device") << entry(S_IFBLK | 0600) << QByteArray("/dev") << none << int(DeviceNode);
    QTest::newRow("fifo") << entry(S_IFIFO | 0600) << QByteArray("/") << none << 0;
    QTest::newRow("link within") << entry(S_IFLNK | 0777, 0, 0, "../lib/x") << QByteArray("/usr/bin") << none << 0;
    QTest::newRow("link to the root") << entry(S_IFLNK | 0777, 0, 0, "../..") << QByteArray("/usr/bin") << none << 0;
    QTest::newRow("link climbing out") << entry(S_IFLNK | 0777, 0, 0, "../../etc/shadow") << QByteArray("/etc") << none
                                       << int(EscapingLink);
    QTest::newRow("link climbing out and back")
        << entry(S_IFLNK | 0777, 0, 0, "../../rootfs/etc") << QByteArray("/etc") << none << int(EscapingLink);
    QTest::newRow("absolute link") << entry(S_IFLNK | 0777, 0, 0, "/etc/shadow") << QByteArray("/etc") << none
                                   << int(AbsoluteLink);
    QTest::newRow("owner outside the mapping")
        << entry(S_IFREG | 0644, 0, 200000) << QByteArray("/") << userNamespace << int(UnmappedOwner);
    QTest::newRow("group outside the mapping")
        << entry(S_IFREG | 0644, 100000, 4242) << QByteArray("/") << userNamespace << int(UnmappedGroup);
    QTest::newRow("last mapped IDs") << entry(S_IFREG | 0644, 165535, 200009) << QByteArray("/") << userNamespace << 0;
    QTest::newRow("one past the mapping") << entry(S_IFREG | 0644, 165536, 200010) << QByteArray("/") << userNamespace
                                          << int(UnmappedOwner | UnmappedGroup);
    QTest::newRow("mappings without a user namespace")
        << entry(S_IFREG | 0644, 4242, 4242) << QByteArray("/") << mappingsOnly << 0;
}

void TestRootfsFlags::flags()
{
    QFETCH(RootfsEntry, entry);
    QFETCH(QByteArray, directory);
    QFETCH(Json, config);
    QFETCH(int, flags);
    const RootfsFlags::Flags found = RootfsFlags::of(entry, directory, UserNamespaceMap::fromConfig(config));
    QCOMPARE(int(found), flags);
    QCOMPARE(RootfsFlags::reasons(found).size(), qPopulationCount(quint32(flags)));
}

void TestRootfsFlags::everyFlagHasAReason()
{
    QStringList all;
    for (int bit = 1; bit <= RootfsFlags::UnmappedGroup; bit <<= 1) {
        const QStringList reasons = RootfsFlags::reasons(RootfsFlags::Flags(bit));
        QCOMPARE(reasons.size(), 1);
        QVERIFY(!all.contains(reasons.first()));
        all << reasons;
    }
}

void TestRootfsFlags::resolvesInsideTheRoot_data()
{
    QTest::addColumn<QByteArray>("directory");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("resolved");
    QTest::addColumn<bool>("climbs");
    QTest::newRow("sibling") << QByteArray("/bin") << QByteArray("busybox") << QByteArray("/bin/busybox") << false;
    QTest::newRow("up and over") << QByteArray("/usr/bin") << QByteArray("../lib/./x") << QByteArray("/usr/lib/x")
                                 << false;
    QTest::newRow("absolute") << QByteArray("/etc") << QByteArray("/etc/shadow") << QByteArray("/etc/shadow") << false;
    QTest::newRow("out") << QByteArray("/etc") << QByteArray("../../etc/shadow") << QByteArray("/etc/shadow") << true;
    QTest::newRow("absolute climbing") << QByteArray("/etc") << QByteArray("/../x") << QByteArray("/x") << true;
}

void TestRootfsFlags::resolvesInsideTheRoot()
{
    QFETCH(QByteArray, directory);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, resolved);
    QFETCH(bool, climbs);
    QCOMPARE(RootfsFlags::resolveInsideRoot(directory, target), resolved);
    QCOMPARE(RootfsFlags::climbsAboveRoot(directory, target), climbs);
}

QTEST_APPLESS_MAIN(TestRootfsFlags)

#include "tst_rootfsflags.moc"
