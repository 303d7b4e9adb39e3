// SPDX-License-Identifier: Apache-2.0
// The New from Image dialog, offscreen, on a busybox image built here:
// an import that succeeds, one that fails with umoci's message, and Cancel,
// which leaves nothing behind.

#include "app/fromimagedialog.h"
#include "document/json.h"
#include "testimage.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

Q_DECLARE_METATYPE(ImageReference::Kind)

// QCOMPARE cannot print a Json; this says what differed.
#define COMPARE_JSON(actual, expected) \
    QVERIFY2(Json(actual) == Json(expected), \
             qPrintable(QString::fromStdString(Json(actual).dump() + " != " + Json(expected).dump())))

class tst_FromImageDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reference_data();
    void reference();
    void imports();
    void failureShowsTheStep();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();

private:
    QTemporaryDir m_images;
};

void tst_FromImageDialog::initTestCase()
{
    QVERIFY(m_images.isValid());
    const QString problem = TestImage::build(m_images.path());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_FromImageDialog::reference_data()
{
    QTest::addColumn<ImageReference::Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reference");
    QTest::newRow("layout") << ImageReference::Kind::Layout << "/i/layout:v1"
                            << "/i/layout:v1";
    QTest::newRow("oci archive") << ImageReference::Kind::OciArchive << "/i/a.tar"
                                 << "oci-archive:/i/a.tar";
    QTest::newRow("docker archive") << ImageReference::Kind::DockerArchive << "/i/a.tar"
                                    << "docker-archive:/i/a.tar";
    QTest::newRow("registry") << ImageReference::Kind::Registry << "busybox:1"
                              << "docker://busybox:1";
    QTest::newRow("registry, prefix typed") << ImageReference::Kind::Registry << "docker://busybox"
                                            << "docker://busybox";
}

void tst_FromImageDialog::reference()
{
    QFETCH(ImageReference::Kind, kind);
    QFETCH(QString, text);
    FromImageDialog dialog;
    dialog.setSource(kind, text);
    QTEST(dialog.imageReference(), "reference");
}

void tst_FromImageDialog::imports()
{
    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("bundle"));
    FromImageDialog dialog;
    dialog.setSource(ImageReference::Kind::Layout, m_images.filePath(QStringLiteral("layout:busybox")));
    dialog.setTemplateId(QStringLiteral("rootless"));
    dialog.setTargetDirectory(bundle);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy steps(dialog.importer(), &ImageImporter::stepStarted);
    dialog.createButton()->click();
    QVERIFY(dialog.isImporting());
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(accepted.wait(60000));
    QCOMPARE(steps.size(), 2); // unpack, configure: a layout needs no copy
    QCOMPARE(dialog.configPath(), QDir(bundle).filePath(QStringLiteral("config.json")));
    QFile config(dialog.configPath());
    QVERIFY(config.open(QIODevice::ReadOnly));
    const Json json = Json::parse(config.readAll().toStdString());
    COMPARE_JSON(json["process"]["cwd"], Json("/home/web"));
    QVERIFY(json["linux"].contains("uidMappings"));
}

void tst_FromImageDialog::failureShowsTheStep()
{
    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("bundle"));
    FromImageDialog dialog;
    dialog.setSource(ImageReference::Kind::Layout, m_images.filePath(QStringLiteral("layout:nosuchtag")));
    dialog.setTargetDirectory(bundle);
    dialog.show();
    QSignalSpy failed(dialog.importer(), &ImageImporter::failed);
    dialog.createButton()->click();
    QVERIFY(failed.wait(60000));
    QVERIFY(!dialog.isImporting());
    QVERIFY(dialog.createButton()->isEnabled());
    QVERIFY(dialog.isVisible());
    bool shown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().startsWith(QLatin1String("Unpacking the image (umoci) failed"))
            && label->text().contains(QLatin1String("nosuchtag")))
            shown = true;
    }
    QVERIFY(shown);
    QVERIFY(!QFile::exists(bundle));
}

void tst_FromImageDialog::cancelLeavesNothing_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("targetExists");
    QTest::newRow("layout, new directory") << "layout:busybox" << false;
    QTest::newRow("layout, empty directory") << "layout:busybox" << true;
    QTest::newRow("archive, copy running") << "image.oci.tar:busybox" << false;
}

void tst_FromImageDialog::cancelLeavesNothing()
{
    QFETCH(QString, reference);
    QFETCH(bool, targetExists);
    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("bundle"));
    if (targetExists)
        QVERIFY(QDir().mkpath(bundle));
    FromImageDialog dialog;
    const bool archive = reference.startsWith(QLatin1String("image."));
    if (archive && QStandardPaths::findExecutable(QStringLiteral("skopeo")).isEmpty())
        QSKIP("skopeo is not installed");
    dialog.setSource(archive ? ImageReference::Kind::OciArchive : ImageReference::Kind::Layout,
                     m_images.filePath(reference));
    dialog.setTargetDirectory(bundle);
    dialog.show();
    QSignalSpy canceled(dialog.importer(), &ImageImporter::canceled);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.createButton()->click();
    QVERIFY(dialog.isImporting());
    // Let the tool start and write a little.
    QTest::qWait(50);
    if (!dialog.isImporting())
        QSKIP("the import ended before it could be canceled");
    dialog.cancelButton()->click();
    QCOMPARE(canceled.size(), 1);
    QCOMPARE(rejected.size(), 0); // the dialog stays to say so
    QVERIFY(!dialog.isImporting());
    if (targetExists)
        QVERIFY(QDir(bundle).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
    else
        QVERIFY(!QFile::exists(bundle));
    QCOMPARE(QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             targetExists ? QStringList{"bundle"} : QStringList());
    // A second Cancel closes it.
    dialog.cancelButton()->click();
    QCOMPARE(rejected.size(), 1);
}

QTEST_MAIN(tst_FromImageDialog)
#include "tst_fromimagedialog.moc"
