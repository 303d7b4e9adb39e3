// SPDX-License-Identifier: Apache-2.0
// AtomicFileWriter: the target holds its old bytes or all the new ones,
// whatever fails, and keeps its metadata.

#include "io/atomicfilewriter.h"
#include "smalltmpfs.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace {

// Files in dir other than the ones named: a failed write must leave no
// temporary file behind.
QStringList strays(const QString &dir, const QStringList &expected)
{
    QStringList found = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : expected)
        found.removeAll(name);
    return found;
}

} // namespace

class tst_AtomicFileWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesNewFileWithUmaskMode();
    void keepsModeAndOwner_data();
    void keepsModeAndOwner();
    void keepsExtendedAttributes();
    void hardLinkIsSeparatedWithWarning();
    void linkInsideIsWrittenThrough();
    void linkOutsideIsRefused();
    void linkOutsideWhenAllowed();
    void danglingLinkIsRefused();
    void directoryIsRefused();
    void fullDiskKeepsOldBytes_data();
    void fullDiskKeepsOldBytes();
    void readOnlyFileSystemKeepsOldBytes();
    void cancelLeavesNoTrace();
};

void tst_AtomicFileWriter::writesNewFileWithUmaskMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.json"));
    const mode_t old = ::umask(022);
    const Result<QStringList> written = AtomicFileWriter::writeFile(path, "{}\n");
    ::umask(old);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(readFile(path), QByteArray("{}\n"));
    QCOMPARE(statOf(path).st_mode & 07777, mode_t(0644));
    QCOMPARE(strays(dir.path(), {QStringLiteral("new.json")}), QStringList());
}

void tst_AtomicFileWriter::keepsModeAndOwner_data()
{
    QTest::addColumn<uint>("mode");
    QTest::addColumn<bool>("otherOwner");
    QTest::newRow("0644") << 0644u << false;
    QTest::newRow("0444 read-only") << 0444u << false;
    QTest::newRow("0400") << 0400u << false;
    QTest::newRow("0640") << 0640u << false;
    QTest::newRow("04644 setuid") << 04644u << false;
    QTest::newRow("02644 setgid") << 02644u << false;
    QTest::newRow("0640 owned by 1234:5678") << 0640u << true;
    QTest::newRow("06755 setuid+setgid, owned by 1234:5678") << 06755u << true;
}

void tst_AtomicFileWriter::keepsModeAndOwner()
{
    QFETCH(uint, mode);
    QFETCH(bool, otherOwner);
    if (::geteuid() != 0 && (otherOwner || !(mode & 0200)))
        QSKIP("giving a file away or replacing a read-only one needs root");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(path, "old"));
    if (otherOwner)
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 1234, 5678), 0);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    const struct stat before = statOf(path);

    const Result<QStringList> written = AtomicFileWriter::writeFile(path, "new");
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(readFile(path), QByteArray("new"));
    const struct stat after = statOf(path);
    QVERIFY(after.st_ino != before.st_ino); // replaced, not rewritten in place
    QCOMPARE(after.st_mode & 07777, mode_t(mode));
    QCOMPARE(after.st_uid, before.st_uid);
    QCOMPARE(after.st_gid, before.st_gid);
    QCOMPARE(written.value(), QStringList());
}

void tst_AtomicFileWriter::keepsExtendedAttributes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(path, "old"));
    const QByteArray file = QFile::encodeName(path);
    const char label[] = "system_u:object_r:container_file_t:s0";
    QStringList names;
    if (::setxattr(file.constData(), "user.obe-test", "kept", 4, 0) == 0)
        names << QStringLiteral("user.obe-test");
    // Where no security module claims it, the kernel stores an SELinux label
    // like any other attribute; root may set it.
    if (::setxattr(file.constData(), "security.selinux", label, sizeof label, 0) == 0)
        names << QStringLiteral("security.selinux");
    if (names.isEmpty())
        QSKIP(qPrintable(QStringLiteral("this file system takes no extended attributes: %1").arg(errnoText(errno))));

    const Result<QStringList> written = AtomicFileWriter::writeFile(path, "new");
    QVERIFY2(written, qPrintable(written.error()));
    char value[128] = {};
    if (names.contains(QStringLiteral("user.obe-test"))) {
        QCOMPARE(::getxattr(file.constData(), "user.obe-test", value, sizeof value), ssize_t(4));
        QCOMPARE(QByteArray(value, 4), QByteArray("kept"));
    }
    if (names.contains(QStringLiteral("security.selinux"))) {
        QCOMPARE(::getxattr(file.constData(), "security.selinux", value, sizeof value), ssize_t(sizeof label));
        QCOMPARE(QByteArray(value), QByteArray(label));
    }
}

void tst_AtomicFileWriter::hardLinkIsSeparatedWithWarning()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    const QString other = dir.filePath(QStringLiteral("other-name.json"));
    QVERIFY(writeFile(path, "old"));
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()), 0);
    QCOMPARE(AtomicFileWriter::inspect(path).hardLinks, quint64(2));

    const Result<QStringList> written = AtomicFileWriter::writeFile(path, "new");
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(readFile(path), QByteArray("new"));
    QCOMPARE(readFile(other), QByteArray("old"));
    const QStringList warnings = written.value();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("hard link")), qPrintable(warnings.first()));
}

void tst_AtomicFileWriter::linkInsideIsWrittenThrough()
{
    QTemporaryDir bundle;
    QVERIFY(QDir(bundle.path()).mkpath(QStringLiteral("configs")));
    const QString real = bundle.filePath(QStringLiteral("configs/a.json"));
    const QString link = bundle.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(real, "old"));
    QVERIFY(QFile::link(QStringLiteral("configs/a.json"), link));

    AtomicFileWriter writer(link);
    QVERIFY2(writer.open() && writer.write(QByteArray("new")) && writer.commit(), qPrintable(writer.errorString()));
    QCOMPARE(writer.targetPath(), QFileInfo(real).canonicalFilePath());
    QVERIFY(QFileInfo(link).isSymLink()); // the link stays a link
    QCOMPARE(readFile(real), QByteArray("new"));
    QCOMPARE(strays(bundle.filePath(QStringLiteral("configs")), {QStringLiteral("a.json")}), QStringList());
}

void tst_AtomicFileWriter::linkOutsideIsRefused()
{
    QTemporaryDir work;
    QVERIFY(QDir(work.path()).mkpath(QStringLiteral("bundle")));
    const QString outside = work.filePath(QStringLiteral("elsewhere.json"));
    const QString link = work.filePath(QStringLiteral("bundle/config.json"));
    QVERIFY(writeFile(outside, "precious"));
    QVERIFY(QFile::link(outside, link));
    const struct stat before = statOf(outside);

    AtomicFileWriter writer(link);
    QVERIFY(!writer.open());
    QVERIFY(!writer.write(QByteArray("new")));
    QVERIFY(!writer.commit());
    QVERIFY2(writer.errorString().contains(QFileInfo(outside).canonicalFilePath()), qPrintable(writer.errorString()));
    QCOMPARE(readFile(outside), QByteArray("precious"));
    QCOMPARE(statOf(outside).st_ino, before.st_ino);
    QCOMPARE(strays(work.path(), {QStringLiteral("elsewhere.json")}), QStringList());
}

void tst_AtomicFileWriter::linkOutsideWhenAllowed()
{
    QTemporaryDir work;
    QVERIFY(QDir(work.path()).mkpath(QStringLiteral("bundle")));
    const QString outside = work.filePath(QStringLiteral("elsewhere.json"));
    const QString link = work.filePath(QStringLiteral("bundle/config.json"));
    QVERIFY(writeFile(outside, "old"));
    QVERIFY(QFile::link(outside, link));
    QVERIFY(AtomicFileWriter::inspect(link).outside);

    AtomicFileWriter writer(link);
    writer.setAllowOutsideBoundary(true);
    QVERIFY2(writer.open() && writer.write(QByteArray("new")) && writer.commit(), qPrintable(writer.errorString()));
    QCOMPARE(readFile(outside), QByteArray("new"));
    QVERIFY(QFileInfo(link).isSymLink());
}

void tst_AtomicFileWriter::danglingLinkIsRefused()
{
    QTemporaryDir bundle;
    const QString link = bundle.filePath(QStringLiteral("config.json"));
    QVERIFY(QFile::link(QStringLiteral("missing.json"), link));
    AtomicFileWriter writer(link);
    QVERIFY(!writer.open());
    QVERIFY2(writer.errorString().contains(QStringLiteral("does not exist")), qPrintable(writer.errorString()));
    QVERIFY(!QFileInfo::exists(bundle.filePath(QStringLiteral("missing.json"))));
}

void tst_AtomicFileWriter::directoryIsRefused()
{
    QTemporaryDir bundle;
    const QString path = bundle.filePath(QStringLiteral("config.json"));
    QVERIFY(QDir(bundle.path()).mkpath(QStringLiteral("config.json")));
    const Result<QStringList> written = AtomicFileWriter::writeFile(path, "{}");
    QVERIFY(!written);
    QVERIFY2(written.error().contains(QStringLiteral("not a regular file")), qPrintable(written.error()));
    QVERIFY(QFileInfo(path).isDir());
}

void tst_AtomicFileWriter::fullDiskKeepsOldBytes_data()
{
    QTest::addColumn<qint64>("free");
    QTest::addColumn<int>("size");
    for (const qint64 free : {0, 4096, 8192}) {
        for (const int size : {600, 10 * 1024, 40 * 1024}) {
            QTest::addRow("%lld bytes free, %d-byte file", free, size) << free << size;
        }
    }
}

void tst_AtomicFileWriter::fullDiskKeepsOldBytes()
{
    QFETCH(qint64, free);
    QFETCH(int, size);
    SmallTmpfs disk;
    if (!disk.isValid())
        QSKIP(qPrintable(disk.errorString()));
    const QString path = disk.filePath(QStringLiteral("config.json"));
    QByteArray old(size / 2, 'o');
    old.append('\n');
    QVERIFY(writeFile(path, old));
    QVERIFY(disk.fillLeaving(free));

    QByteArray replacement(size, 'n');
    AtomicFileWriter writer(path);
    bool written = writer.open();
    // In pieces, as config.json is written, so a failure can come mid-way.
    for (qsizetype at = 0; written && at < replacement.size(); at += 1000)
        written = writer.write(
            std::string_view(replacement.constData() + at, size_t(qMin<qsizetype>(1000, replacement.size() - at))));
    written = written && writer.commit();
    // tmpfs counts whole pages: a small file still fits into one.
    if ((size + 4095) / 4096 * 4096 <= free) {
        QVERIFY2(written, qPrintable(writer.errorString()));
        QCOMPARE(readFile(path), replacement);
    } else {
        QVERIFY(!written);
        QVERIFY2(writer.errorString().contains(errnoText(ENOSPC)), qPrintable(writer.errorString()));
        QCOMPARE(readFile(path), old);
    }
    QCOMPARE(strays(disk.path(), {QStringLiteral("config.json"), QStringLiteral(".filler")}), QStringList());
}

void tst_AtomicFileWriter::readOnlyFileSystemKeepsOldBytes()
{
    SmallTmpfs disk;
    if (!disk.isValid())
        QSKIP(qPrintable(disk.errorString()));
    const QString path = disk.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(path, "old"));
    QVERIFY(disk.setReadOnly(true));
    const Result<QStringList> written = AtomicFileWriter::writeFile(path, "new");
    QVERIFY(!written);
    QVERIFY2(written.error().contains(errnoText(EROFS)), qPrintable(written.error()));
    QCOMPARE(readFile(path), QByteArray("old"));
}

void tst_AtomicFileWriter::cancelLeavesNoTrace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(path, "old"));
    {
        AtomicFileWriter writer(path);
        QVERIFY(writer.open());
        QVERIFY(writer.write(QByteArray("half of the new")));
        QCOMPARE(strays(dir.path(), {QStringLiteral("config.json")}).size(), 1); // the temporary file
    }                                                                            // destroyed without commit
    QCOMPARE(readFile(path), QByteArray("old"));
    QCOMPARE(strays(dir.path(), {QStringLiteral("config.json")}), QStringList());
}

QTEST_GUILESS_MAIN(tst_AtomicFileWriter)

#include "tst_atomicfilewriter.moc"
