// SPDX-License-Identifier: Apache-2.0
// Finding the state roots of a /run laid out in a temporary directory.
#include "runtime/staterootfinder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestStateRootFinder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWhatExists_data();
    void findsWhatExists();
    void eachRootOnce();
    void namesTheManager_data();
    void namesTheManager();
    void ownerIsTheUserOfTheDirectory();
};

void TestStateRootFinder::findsWhatExists_data()
{
    QTest::addColumn<QStringList>("directories"); // made below the fake /run
    QTest::addColumn<QStringList>("expected");    // path (relative), runtime, manager text
    QTest::newRow("nothing") << QStringList{"lock", "user"} << QStringList{};
    QTest::newRow("runc and crun") << QStringList{"runc", "crun"} << QStringList{"runc runc runc", "crun crun crun"};
    QTest::newRow("the editor's, then the others")
        << QStringList{"runc", "oci-bundle-editor/runc"}
        << QStringList{"oci-bundle-editor/runc runc this editor", "runc runc runc"};
    QTest::newRow("containerd namespaces")
        << QStringList{"containerd/runc/k8s.io", "containerd/runc/moby", "containerd/s"}
        << QStringList{"containerd/runc/k8s.io runc containerd (namespace k8s.io)",
                       "containerd/runc/moby runc Docker (containerd namespace moby)"};
    QTest::newRow("docker") << QStringList{"docker/runtime-runc/moby", "docker/containerd/daemon"}
                            << QStringList{"docker/runtime-runc/moby runc Docker"};
    QTest::newRow("rootless users") << QStringList{"user/1000/runc", "user/1000/crun",
                                                   "user/1001/oci-bundle-editor/runc", "user/1002/dbus",
                                                   "user/notauser/runc"}
                                    << QStringList{"user/1000/runc runc runc, rootless",
                                                   "user/1000/crun crun crun, rootless",
                                                   "user/1001/oci-bundle-editor/runc runc this editor"};
}

void TestStateRootFinder::findsWhatExists()
{
    QFETCH(QStringList, directories);
    QFETCH(QStringList, expected);
    QTemporaryDir run;
    QVERIFY(run.isValid());
    for (const QString &directory : directories)
        QVERIFY(QDir(run.path()).mkpath(directory));
    StateRootFinder finder(run.path());
    finder.setOwnRoots({}); // the real ones exist on this machine
    QStringList found;
    for (const StateRoot &root : finder.find()) {
        QVERIFY(root.path.startsWith(run.path() + QLatin1Char('/')));
        found << QStringLiteral("%1 %2 %3")
                     .arg(root.path.mid(run.path().size() + 1), root.runtime, StateRootFinder::managerName(root));
    }
    QCOMPARE(found, expected);
}

void TestStateRootFinder::eachRootOnce()
{
    // The editor's own root is also found below the base, and a link to a
    // root is the same root.
    QTemporaryDir run;
    const QDir base(run.path());
    QVERIFY(base.mkpath(QStringLiteral("oci-bundle-editor/runc")));
    QVERIFY(base.mkpath(QStringLiteral("runc")));
    QVERIFY(QFile::link(base.filePath(QStringLiteral("runc")), base.filePath(QStringLiteral("crun"))));
    StateRootFinder finder(run.path());
    finder.setOwnRoots({base.filePath(QStringLiteral("oci-bundle-editor/runc")),
                        base.filePath(QStringLiteral("oci-bundle-editor/crun"))}); // the second is missing
    const QList<StateRoot> roots = finder.find();
    QCOMPARE(roots.size(), 2);
    QCOMPARE(roots.at(0).path, base.filePath(QStringLiteral("oci-bundle-editor/runc")));
    QCOMPARE(roots.at(0).manager, StateRoot::Manager::Editor);
    QCOMPARE(roots.at(1).path, base.filePath(QStringLiteral("runc")));
    QCOMPARE(roots.at(1).runtime, QStringLiteral("runc"));
}

void TestStateRootFinder::namesTheManager_data()
{
    QTest::addColumn<QString>("rootPath");
    QTest::addColumn<int>("manager");
    QTest::addColumn<QString>("bundle");
    QTest::addColumn<QString>("expected");
    const int runtime = int(StateRoot::Manager::Runtime);
    QTest::newRow("by hand") << "/run/runc" << runtime << "/srv/web"
                             << "runc";
    QTest::newRow("podman") << "/run/crun" << runtime << "/var/lib/containers/storage/overlay-containers/0123/userdata"
                            << "Podman";
    QTest::newRow("cri-o") << "/run/runc" << runtime << "/run/containers/storage/overlay-containers/0123/userdata"
                           << "CRI-O or Podman";
    QTest::newRow("rootless podman") << "/run/user/1000/crun" << int(StateRoot::Manager::Rootless)
                                     << "/home/u/.local/share/containers/storage/overlay-containers/0123/userdata"
                                     << "Podman";
    QTest::newRow("docker") << "/run/docker/runtime-runc/moby" << int(StateRoot::Manager::Docker) << "/x"
                            << "Docker";
}

void TestStateRootFinder::namesTheManager()
{
    QFETCH(QString, rootPath);
    QFETCH(int, manager);
    QFETCH(QString, bundle);
    QFETCH(QString, expected);
    const StateRoot root{rootPath, StateRootFinder::runtimeFor(rootPath), StateRoot::Manager(manager), {}, -1};
    QCOMPARE(StateRootFinder::managerName(root, bundle), expected);
}

void TestStateRootFinder::ownerIsTheUserOfTheDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString me = StateRootFinder::ownerOf(dir.path());
    QVERIFY(!me.isEmpty());
    if (geteuid() == 0)
        QCOMPARE(me, QStringLiteral("root"));
    QVERIFY(StateRootFinder::ownerOf(dir.filePath(QStringLiteral("missing"))).isEmpty());
    if (geteuid() == 0) {
        // A uid the machine has no name for shows as its number.
        QVERIFY(::chown(QFile::encodeName(dir.path()).constData(), 54321, 54321) == 0);
        QCOMPARE(StateRootFinder::ownerOf(dir.path()), QStringLiteral("54321"));
    }
}

QTEST_APPLESS_MAIN(TestStateRootFinder)
#include "tst_staterootfinder.moc"
