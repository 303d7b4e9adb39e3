// SPDX-License-Identifier: Apache-2.0
// Opening a root filesystem's file read-only: text, bytes, ELF headers; links
// and what is not a regular file are refused.
#include "inspect/filepreview.h"
#include "inspect/rootfsreader.h"
#include "testelf.h"
#include "testfiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

class TestFilePreview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previews_data();
    void previews();
    void refuses_data();
    void refuses();
    void hexDumpLooksLikeHexdump();

private:
    QTemporaryDir m_dir;
    QString m_root;
};

void TestFilePreview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("rootfs"));
    QVERIFY(QDir().mkpath(m_root + "/bin") && QDir().mkpath(m_root + "/etc"));
    QVERIFY(writeFile(m_root + "/etc/hostname", "box\n"));
    QVERIFY(writeFile(m_root + "/etc/motd", "Grüße\n"));
    QVERIFY(writeFile(m_root + "/etc/big", QByteArray(100 * 1024, 'a')));
    QVERIFY(writeFile(m_root + "/bin/blob", QByteArray("\x01\x02\0\x03", 4)));
    TestElf dynamic;
    dynamic.interpreter = "/lib64/ld-linux-x86-64.so.2";
    QVERIFY(writeFile(m_root + "/bin/dynamic", dynamic.bytes()));
    TestElf arm;
    arm.is64 = false;
    arm.machine = 40;
    QVERIFY(writeFile(m_root + "/bin/static-arm", arm.bytes()));
    QVERIFY(writeFile(m_root + "/bin/truncated", dynamic.bytes().left(20)));
    // The host's file, one link away.
    QVERIFY(writeFile(m_dir.filePath("secret"), "host secret\n"));
    QCOMPARE(::symlink("../../secret", qPrintable(m_root + "/etc/link")), 0);
    QCOMPARE(::symlink("..", qPrintable(m_root + "/up")), 0);
    QCOMPARE(::mkfifo(qPrintable(m_root + "/etc/fifo"), 0600), 0);
}

void TestFilePreview::previews_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("text");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("shown");
    QTest::addColumn<QString>("elf");
    QTest::newRow("text") << QByteArray("/etc/hostname") << true << qint64(4) << qint64(4) << QString();
    QTest::newRow("UTF-8") << QByteArray("/etc/motd") << true << qint64(8) << qint64(8) << QString();
    QTest::newRow("large text") << QByteArray("/etc/big") << true << qint64(100 * 1024)
                                << qint64(FilePreview::DefaultBytes) << QString();
    QTest::newRow("bytes") << QByteArray("/bin/blob") << false << qint64(4) << qint64(4) << QString();
    QTest::newRow("dynamic ELF") << QByteArray("/bin/dynamic") << false << qint64(-1) << qint64(-1)
                                 << "ELF 64-bit, x86-64, interpreter /lib64/ld-linux-x86-64.so.2";
    QTest::newRow("static ELF") << QByteArray("/bin/static-arm") << false << qint64(-1) << qint64(-1)
                                << "ELF 32-bit, arm, static (no interpreter)";
    QTest::newRow("truncated ELF") << QByteArray("/bin/truncated") << false << qint64(20) << qint64(20)
                                   << "ELF, truncated";
}

void TestFilePreview::previews()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, text);
    QFETCH(qint64, size);
    QFETCH(qint64, shown);
    QFETCH(QString, elf);
    const RootfsReader reader(m_root);
    const Result<FilePreview> preview = FilePreview::read(reader, path);
    QVERIFY2(preview, qPrintable(preview.error()));
    QCOMPARE(preview->isText, text);
    if (size >= 0) {
        QCOMPARE(preview->size, size);
        QCOMPARE(preview->head.size(), shown);
        QCOMPARE(preview->isTruncated(), shown < size);
    }
    QCOMPARE(preview->elfSummary(), elf);
}

void TestFilePreview::refuses_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("link out") << QByteArray("/etc/link");
    QTest::newRow("through a link") << QByteArray("/up/secret");
    QTest::newRow("dot-dot") << QByteArray("/../secret");
    QTest::newRow("directory") << QByteArray("/etc");
    QTest::newRow("fifo") << QByteArray("/etc/fifo");
    QTest::newRow("missing") << QByteArray("/etc/none");
}

void TestFilePreview::refuses()
{
    QFETCH(QByteArray, path);
    const RootfsReader reader(m_root);
    const Result<FilePreview> preview = FilePreview::read(reader, path);
    QVERIFY(!preview);
    QVERIFY(!preview.error().isEmpty());
}

void TestFilePreview::hexDumpLooksLikeHexdump()
{
    QCOMPARE(FilePreview::hexDump(QByteArray("\x7f"
                                             "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0AB",
                                             18)),
             QStringLiteral("00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|\n"
                            "00000010  41 42                                             |AB|\n"));
}

QTEST_APPLESS_MAIN(TestFilePreview)

#include "tst_filepreview.moc"
