// SPDX-License-Identifier: Apache-2.0
// `new DIR --from-image REF`, run through the real executable on an image
// built here: the config it writes, `check` on it, refusals that write
// nothing, and one real `runc run` of the result.

#include "document/json.h"
#include "processrun.h"
#include "testbundle.h"
#include "testimage.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// QCOMPARE cannot print a Json; this says what differed.
#define COMPARE_JSON(actual, expected) \
    QVERIFY2(Json(actual) == Json(expected), \
             qPrintable(QString::fromStdString(Json(actual).dump() + " != " + Json(expected).dump())))

namespace {

ProcessOutcome editor(const QStringList &arguments)
{
    QProcessEnvironment environment = withoutDisplay();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return runProcess(QStringLiteral(OBE_EDITOR), arguments, QString(), environment);
}

Json readConfig(const QString &bundle)
{
    QFile file(bundle + QStringLiteral("/config.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Json();
    return Json::parse(file.readAll().toStdString(), nullptr, false);
}

} // namespace

class tst_NewFromImage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void imports_data();
    void imports();
    void refusesADirectoryWithFiles();
    void failureNamesTheStepAndRemovesTheBundle();
    void usage_data();
    void usage();
    void runsWithRunc();

private:
    QTemporaryDir m_images;
};

void tst_NewFromImage::initTestCase()
{
    QVERIFY(m_images.isValid());
    const QString problem = TestImage::build(m_images.path());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_NewFromImage::imports_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<bool>("needsSkopeo");

    const QString images = m_images.path();
    QTest::newRow("layout, runc") << images + "/layout:busybox"
                                  << "runc" << false;
    QTest::newRow("layout, rootless") << images + "/layout:busybox"
                                      << "rootless" << false;
    QTest::newRow("layout, default template") << images + "/layout:busybox"
                                              << "" << false;
    QTest::newRow("oci-archive") << "oci-archive:" + images + "/image.oci.tar:busybox"
                                 << "runc" << true;
    QTest::newRow("docker-archive") << "docker-archive:" + images + "/image.docker.tar"
                                    << "runc" << true;
}

void tst_NewFromImage::imports()
{
    QFETCH(QString, reference);
    QFETCH(QString, templateId);
    QFETCH(bool, needsSkopeo);
    if (needsSkopeo && QStandardPaths::findExecutable(QStringLiteral("skopeo")).isEmpty())
        QSKIP("skopeo is not installed");

    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("bundle"));
    QStringList arguments = {QStringLiteral("new"), bundle, QStringLiteral("--from-image"), reference};
    if (!templateId.isEmpty())
        arguments << QStringLiteral("--template") << templateId;
    const ProcessOutcome created = editor(arguments);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QVERIFY(created.out.startsWith("Created "));
    QVERIFY2(created.err.contains("Unpacking the image (umoci)"), created.err.constData());

    const Json config = readConfig(bundle);
    QVERIFY(config.is_object());
    const Json &process = config["process"];
    COMPARE_JSON(process["args"],
                 Json::parse(R"(["/bin/sh", "-c", "echo \"$GREETING from $(id -u):$(id -g) in $(pwd)\""])"));
    COMPARE_JSON(process["cwd"], Json("/home/web"));
    // The rootless template maps only root, so the image's user becomes it.
    const bool rootless = templateId == QLatin1String("rootless");
    COMPARE_JSON(process["user"]["uid"], Json(rootless ? 0 : 1000));
    COMPARE_JSON(process["user"]["gid"], Json(rootless ? 0 : 1000));
    QCOMPARE(process["user"].contains("additionalGids"), !rootless);
    if (!rootless)
        COMPARE_JSON(process["user"]["additionalGids"], Json::parse("[2000]"));
    QVERIFY(!process.value("terminal", false)); // false is left out, as Go's encoder does
    const std::vector<std::string> env = process["env"].get<std::vector<std::string>>();
    QVERIFY(std::find(env.begin(), env.end(), "GREETING=hi") != env.end());
    QVERIFY(std::find(env.begin(), env.end(), "HOME=/home/web") != env.end());
    COMPARE_JSON(config["annotations"]["org.example.purpose"], Json("test"));
    COMPARE_JSON(config["annotations"]["org.opencontainers.image.stopSignal"], Json("SIGINT"));
    const Json &lastMount = config["mounts"].back();
    COMPARE_JSON(lastMount["destination"], Json("/data"));
    COMPARE_JSON(lastMount["type"], Json("tmpfs"));
    QCOMPARE(config["linux"].contains("uidMappings"), rootless);

    QVERIFY(QFile::exists(bundle + QStringLiteral("/rootfs/bin/busybox")));
    // The temporary layout of a copied image is gone.
    QVERIFY(!QFile::exists(bundle + QStringLiteral("/.image-layout")));

    const ProcessOutcome check = editor({QStringLiteral("check"), bundle});
    QVERIFY2(check.exitCode == 0, (check.out + check.err).constData());
}

void tst_NewFromImage::refusesADirectoryWithFiles()
{
    QTemporaryDir work;
    QFile other(work.filePath(QStringLiteral("notes.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    const ProcessOutcome created = editor({QStringLiteral("new"), work.path(), QStringLiteral("--from-image"),
                                           m_images.filePath(QStringLiteral("layout:busybox"))});
    QCOMPARE(created.exitCode, 2);
    QVERIFY2(created.err.contains("is not an empty directory"), created.err.constData());
    QCOMPARE(QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{"notes.txt"});
}

void tst_NewFromImage::failureNamesTheStepAndRemovesTheBundle()
{
    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("bundle"));
    const ProcessOutcome created = editor({QStringLiteral("new"), bundle, QStringLiteral("--from-image"),
                                           m_images.filePath(QStringLiteral("layout:nosuchtag"))});
    QCOMPARE(created.exitCode, 2);
    QVERIFY2(created.err.contains("Unpacking the image (umoci) failed: umoci exited with 1."), created.err.constData());
    QVERIFY2(created.err.contains("nosuchtag"), created.err.constData()); // umoci's own message
    QVERIFY(!QFile::exists(bundle));
}

void tst_NewFromImage::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no reference") << QStringList{"new", "x", "--from-image"} << QByteArray("needs a value");
    QTest::newRow("empty reference") << QStringList{"new", "x", "--from-image", ""} << QByteArray("names no image");
    QTest::newRow("demo template") << QStringList{"new", "x", "--from-image", "img", "--template", "demo"}
                                   << QByteArray("not \"demo\"");
}

void tst_NewFromImage::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QTemporaryDir work;
    arguments[1] = work.filePath(arguments[1]);
    const ProcessOutcome outcome = editor(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(message), outcome.err.constData());
    QVERIFY(!QFile::exists(arguments[1]));

    const ProcessOutcome help = editor({QStringLiteral("new"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--from-image REF"));
}

void tst_NewFromImage::runsWithRunc()
{
    const QString reason = runtimeCannotRunContainers(QStringLiteral("runc"));
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("bundle"));
    const ProcessOutcome created = editor({QStringLiteral("new"), bundle, QStringLiteral("--from-image"),
                                           m_images.filePath(QStringLiteral("layout:busybox"))});
    QVERIFY2(created.exitCode == 0, created.err.constData());

    const QString id = uniqueContainerId();
    const ProcessOutcome run = runProcess(QStandardPaths::findExecutable(QStringLiteral("runc")),
                                          {QStringLiteral("--root"), work.filePath(QStringLiteral("state")),
                                           QStringLiteral("run"), QStringLiteral("--bundle"), bundle, id});
    forceDelete(QStringLiteral("runc"), work.filePath(QStringLiteral("state")), id);
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    QCOMPARE(run.out.trimmed(), QByteArray(TestImage::Output));
}

QTEST_GUILESS_MAIN(tst_NewFromImage)
#include "tst_newfromimage.moc"
