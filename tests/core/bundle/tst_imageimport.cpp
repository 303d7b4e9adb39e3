// SPDX-License-Identifier: Apache-2.0
// The parts of an image import that run without tools: reading references,
// the tools' command lines, resolving the image's user in a rootfs, and
// laying the image's configuration over a template.

#include "bundle/bundletemplates.h"
#include "bundle/imageconfigmapper.h"
#include "bundle/imageimportcommands.h"
#include "bundle/imagereference.h"
#include "bundle/imageuser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ImageReference::Kind)

// QCOMPARE cannot print a Json; this says what differed.
#define COMPARE_JSON(actual, expected) \
    QVERIFY2(Json(actual) == Json(expected), \
             qPrintable(QString::fromStdString(Json(actual).dump() + " != " + Json(expected).dump())))

namespace {

Json parse(const char *text)
{
    return Json::parse(text);
}

QStringList strings(const Json &array)
{
    QStringList list;
    for (const Json &item : array)
        list << JsonUtil::toQString(item.get<std::string>());
    return list;
}

} // namespace

class tst_ImageImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reference_data();
    void reference();
    void commands();
    void user_data();
    void user();
    void userOutsideRootfs();
    void mapper_data();
    void mapper();
    void mapperKeepsTemplate();

private:
    QTemporaryDir m_dir;
    QString m_rootfs;
};

void tst_ImageImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rootfs = m_dir.filePath(QStringLiteral("rootfs"));
    QVERIFY(QDir().mkpath(m_rootfs + QStringLiteral("/etc")));
    QFile passwd(m_rootfs + QStringLiteral("/etc/passwd"));
    QVERIFY(passwd.open(QIODevice::WriteOnly));
    passwd.write("root:x:0:0:root:/root:/bin/sh\n"
                 "# a comment\n"
                 "web:x:1000:1000:web:/home/web:/bin/sh\n"
                 "nobody:x:65534:65534:nobody:/nonexistent:/bin/false\n");
    passwd.close();
    QFile group(m_rootfs + QStringLiteral("/etc/group"));
    QVERIFY(group.open(QIODevice::WriteOnly));
    group.write("root:x:0:\nweb:x:1000:\nextra:x:2000:web,other\nmore:x:3000:web\nstaff:x:50:other\n");
    group.close();
}

void tst_ImageImport::reference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<ImageReference::Kind>("kind");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("needsCopy");

    using K = ImageReference::Kind;
    QTest::newRow("layout") << "/images/app" << true << K::Layout << "/images/app"
                            << "latest" << false;
    QTest::newRow("layout with tag") << "/images/app:v1" << true << K::Layout << "/images/app"
                                     << "v1" << false;
    QTest::newRow("colon in a directory name") << "/images/a:b/app" << true << K::Layout << "/images/a:b/app"
                                               << "latest" << false;
    QTest::newRow("oci archive") << "oci-archive:/tmp/app.tar" << true << K::OciArchive << "/tmp/app.tar"
                                 << "" << true;
    QTest::newRow("oci archive with tag") << "oci-archive:/tmp/app.tar:v2" << true << K::OciArchive << "/tmp/app.tar"
                                          << "v2" << true;
    QTest::newRow("docker archive") << "docker-archive:app.tar" << true << K::DockerArchive << "app.tar"
                                    << "" << true;
    QTest::newRow("registry") << "docker://docker.io/library/busybox:1.36" << true << K::Registry
                              << "docker.io/library/busybox:1.36"
                              << "" << true;
    QTest::newRow("empty") << "" << false << K::Layout << ""
                           << "" << false;
    QTest::newRow("archive without a path") << "oci-archive:" << false << K::Layout << ""
                                            << "" << false;
    QTest::newRow("registry without a name") << "docker://" << false << K::Layout << ""
                                             << "" << false;
}

void tst_ImageImport::reference()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const Result<ImageReference> reference = ImageReference::parse(text);
    QCOMPARE(reference.ok(), valid);
    if (!valid) {
        QVERIFY(!reference.error().isEmpty());
        return;
    }
    QTEST(reference->kind(), "kind");
    QTEST(reference->location(), "location");
    QTEST(reference->tag(), "tag");
    QTEST(reference->needsCopy(), "needsCopy");
    QCOMPARE(reference->skopeoName(), text);
}

void tst_ImageImport::commands()
{
    const ImageReference archive = ImageReference::parse(QStringLiteral("docker-archive:/a/app.tar")).value();
    const ToolCommand copy = ImageImportCommands::copy(archive, QStringLiteral("/b/.layout"));
    QCOMPARE(copy.program, QStringLiteral("skopeo"));
    QCOMPARE(copy.arguments, QStringList({"copy", "docker-archive:/a/app.tar", "oci:/b/.layout:import"}));

    const ToolCommand unpack =
        ImageImportCommands::unpack(QStringLiteral("/l"), QStringLiteral("v1"), QStringLiteral("/b"), false);
    QCOMPARE(unpack.program, QStringLiteral("umoci"));
    QCOMPARE(unpack.arguments, QStringList({"--log", "info", "unpack", "--image", "/l:v1", "/b"}));
    const ToolCommand rootless =
        ImageImportCommands::unpack(QStringLiteral("/l"), QStringLiteral("v1"), QStringLiteral("/b"), true);
    QCOMPARE(rootless.arguments, QStringList({"--log", "info", "unpack", "--rootless", "--image", "/l:v1", "/b"}));
}

void tst_ImageImport::user_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<uint>("uid");
    QTest::addColumn<uint>("gid");
    QTest::addColumn<QList<quint32>>("additional");
    QTest::addColumn<QString>("home");

    QTest::newRow("none is root") << "" << true << 0u << 0u << QList<quint32>() << "/root";
    QTest::newRow("name") << "web" << true << 1000u << 1000u << QList<quint32>{2000, 3000} << "/home/web";
    QTest::newRow("uid listed") << "1000" << true << 1000u << 1000u << QList<quint32>{2000, 3000} << "/home/web";
    QTest::newRow("uid unlisted") << "4242" << true << 4242u << 0u << QList<quint32>() << "";
    QTest::newRow("name and group name") << "web:staff" << true << 1000u << 50u << QList<quint32>() << "/home/web";
    QTest::newRow("name and gid") << "web:7" << true << 1000u << 7u << QList<quint32>() << "/home/web";
    QTest::newRow("uid and gid unlisted") << "5:6" << true << 5u << 6u << QList<quint32>() << "";
    QTest::newRow("root by name") << "root" << true << 0u << 0u << QList<quint32>() << "/root";
    QTest::newRow("unknown name") << "nosuch" << false << 0u << 0u << QList<quint32>() << "";
    QTest::newRow("unknown group") << "web:nosuch" << false << 0u << 0u << QList<quint32>() << "";
}

void tst_ImageImport::user()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    const Result<ImageUser::Resolved> resolved = ImageUser::resolve(spec, m_rootfs);
    QCOMPARE(resolved.ok(), valid);
    if (!valid) {
        QVERIFY(resolved.error().contains(spec.section(QLatin1Char(':'), spec.contains(QLatin1Char(':')) ? 1 : 0)));
        return;
    }
    QTEST(uint(resolved->user.uid), "uid");
    QTEST(uint(resolved->user.gid), "gid");
    QTEST(resolved->user.additionalGids, "additional");
    QTEST(resolved->home, "home");
}

void tst_ImageImport::userOutsideRootfs()
{
    // An /etc/passwd that links out of the rootfs is the host's: not read.
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("rootfs/etc"))));
    QVERIFY(QFile::link(m_rootfs + QStringLiteral("/etc/passwd"), dir.filePath(QStringLiteral("rootfs/etc/passwd"))));
    QVERIFY(!ImageUser::resolve(QStringLiteral("web"), dir.filePath(QStringLiteral("rootfs"))).ok());
    const Result<ImageUser::Resolved> numeric =
        ImageUser::resolve(QStringLiteral("1000"), dir.filePath(QStringLiteral("rootfs")));
    QVERIFY(numeric.ok());
    QCOMPARE(numeric->home, QString());
}

void tst_ImageImport::mapper_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QByteArray>("image");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("cwd");
    QTest::addColumn<uint>("uid");
    QTest::addColumn<QStringList>("volumes");
    QTest::addColumn<QByteArray>("annotations");

    const QStringList runcEnv = {"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm"};
    QTest::newRow("empty image keeps the template's command")
        << "runc" << QByteArray("{}") << QStringList{"sh"} << (runcEnv + QStringList{"HOME=/root"}) << "/" << 0u
        << QStringList() << QByteArray("null");
    QTest::newRow("entrypoint and cmd") << "runc"
                                        << QByteArray(
                                               R"({"config": {"Entrypoint": ["/bin/app", "-v"], "Cmd": ["serve"]}})")
                                        << QStringList{"/bin/app", "-v", "serve"}
                                        << (runcEnv + QStringList{"HOME=/root"}) << "/" << 0u << QStringList()
                                        << QByteArray("null");
    QTest::newRow("cmd alone") << "runc" << QByteArray(R"({"config": {"Cmd": ["echo", "hi"]}})")
                               << QStringList{"echo", "hi"} << (runcEnv + QStringList{"HOME=/root"}) << "/" << 0u
                               << QStringList() << QByteArray("null");
    QTest::newRow("env replaces by name, HOME from the image")
        << "runc" << QByteArray(R"({"config": {"Env": ["PATH=/app/bin", "A=1=2", "HOME=/srv"]}})") << QStringList{"sh"}
        << QStringList{"PATH=/app/bin", "TERM=xterm", "A=1=2", "HOME=/srv"} << "/" << 0u << QStringList()
        << QByteArray("null");
    QTest::newRow("user and working dir")
        << "runc" << QByteArray(R"({"config": {"User": "web", "WorkingDir": "/home/web"}})") << QStringList{"sh"}
        << (runcEnv + QStringList{"HOME=/home/web"}) << "/home/web" << 1000u << QStringList() << QByteArray("null");
    QTest::newRow("volumes become tmpfs mounts, sorted")
        << "runc" << QByteArray(R"({"config": {"Volumes": {"/var/lib/db": {}, "/data": {}}}})") << QStringList{"sh"}
        << (runcEnv + QStringList{"HOME=/root"}) << "/" << 0u << QStringList{"/data", "/var/lib/db"}
        << QByteArray("null");
    QTest::newRow("labels and image facts become annotations")
        << "runc" << QByteArray(R"({"architecture": "amd64", "os": "linux", "created": "2024-01-01T00:00:00Z",
                          "config": {"Labels": {"b.label": "2", "a.label": "1"}, "StopSignal": "SIGINT",
                                     "ExposedPorts": {"80/tcp": {}, "443/tcp": {}}}})")
        << QStringList{"sh"} << (runcEnv + QStringList{"HOME=/root"}) << "/" << 0u << QStringList()
        << QByteArray(R"({"b.label": "2", "a.label": "1", "org.opencontainers.image.architecture": "amd64",
                          "org.opencontainers.image.os": "linux",
                          "org.opencontainers.image.created": "2024-01-01T00:00:00Z",
                          "org.opencontainers.image.exposedPorts": "443/tcp,80/tcp",
                          "org.opencontainers.image.stopSignal": "SIGINT"})");
    QTest::newRow("rootless template runs an unmapped user as root")
        << "rootless" << QByteArray(R"({"config": {"Cmd": ["id"], "User": "web"}})") << QStringList{"id"}
        << (runcEnv + QStringList{"HOME=/home/web"}) << "/" << 0u << QStringList() << QByteArray("null");
    QTest::newRow("rootless template keeps root")
        << "rootless" << QByteArray(R"({"config": {"User": "0:0"}})") << QStringList{"sh"}
        << (runcEnv + QStringList{"HOME=/root"}) << "/" << 0u << QStringList() << QByteArray("null");
}

void tst_ImageImport::mapper()
{
    QFETCH(QString, templateId);
    QFETCH(QByteArray, image);
    QFETCH(QStringList, volumes);
    QFETCH(QByteArray, annotations);

    const Bundle base = BundleTemplates::bundle(templateId).value();
    const Result<Bundle> mapped = ImageConfigMapper::map(base, Json::parse(image.toStdString()), m_rootfs);
    QVERIFY2(mapped.ok(), qPrintable(mapped.error()));
    const Specs::Process process = mapped->process();
    QTEST(process.args, "args");
    QTEST(process.env, "env");
    QTEST(process.cwd, "cwd");
    QTEST(uint(process.user.uid), "uid");
    QVERIFY(!process.terminal);

    const QList<Specs::Mount> mounts = mapped->mounts();
    QCOMPARE(mounts.size(), base.mounts().size() + volumes.size());
    for (qsizetype i = 0; i < volumes.size(); ++i) {
        const Specs::Mount &mount = mounts.at(base.mounts().size() + i);
        QCOMPARE(mount.destination, volumes.at(i));
        QCOMPARE(mount.type, QStringLiteral("tmpfs"));
    }
    const Json expected = Json::parse(annotations.toStdString());
    const Json &spec = mapped->toJson();
    COMPARE_JSON(spec.contains("annotations") ? spec["annotations"] : Json(), expected);
}

void tst_ImageImport::mapperKeepsTemplate()
{
    // Everything the image does not say stays the template's.
    const Bundle base = BundleTemplates::bundle(QStringLiteral("rootless")).value();
    const Bundle mapped =
        ImageConfigMapper::map(base, parse(R"({"config": {"Cmd": ["true"], "User": "web"}})"), m_rootfs).value();
    Json expected = base.toJson();
    Json actual = mapped.toJson();
    expected.erase("process");
    actual.erase("process");
    COMPARE_JSON(actual, expected);
    QCOMPARE(strings(mapped.toJson()["process"]["capabilities"]["bounding"]),
             strings(base.toJson()["process"]["capabilities"]["bounding"]));
    QCOMPARE(mapped.uidMappings().size(), base.uidMappings().size());
}

QTEST_APPLESS_MAIN(tst_ImageImport)
#include "tst_imageimport.moc"
