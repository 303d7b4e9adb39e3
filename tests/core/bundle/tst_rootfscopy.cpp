// SPDX-License-Identifier: Apache-2.0
// RootfsCopy: which Save As leaves a root filesystem behind, and a real copy
// with cp that keeps links, modes and special files.
#include "bundle/rootfscopy.h"
#include "document/specdocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestRootfsCopy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void plan_data();
    void plan();
    void copyKeepsTheTree();
    void failureRemovesThePartialCopy();
    void cancelRemovesThePartialCopy();

private:
    bool writeBundle(const QString &directory, const QByteArray &rootPath);
    // The plan for a Save As from <tmp>/old to <tmp>/new.
    std::optional<RootfsCopy::Plan> planOldToNew() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRootfsCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestRootfsCopy::writeBundle(const QString &directory, const QByteArray &rootPath)
{
    QDir().mkpath(directory);
    QFile file(directory + QStringLiteral("/config.json"));
    return file.open(QIODevice::WriteOnly)
        && file.write("{\"ociVersion\": \"1.2.0\", \"root\": {\"path\": \"" + rootPath + "\"}}\n") > 0;
}

std::optional<RootfsCopy::Plan> TestRootfsCopy::planOldToNew() const
{
    const QDir top(m_dir->path());
    SpecDocument document;
    if (!document.load(top.filePath(QStringLiteral("old"))))
        return std::nullopt;
    return RootfsCopy::planFor(document, top.filePath(QStringLiteral("new")));
}

void TestRootfsCopy::plan_data()
{
    QTest::addColumn<QByteArray>("rootPath");
    QTest::addColumn<QStringList>("makeDirs"); // relative to the temporary directory
    QTest::addColumn<QString>("toDirectory");
    QTest::addColumn<QString>("expectedTarget"); // empty: nothing to copy

    QTest::newRow("relative rootfs") << QByteArray("rootfs") << QStringList{"old/rootfs"} << "new"
                                     << "new/rootfs";
    QTest::newRow("nested relative") << QByteArray("images/rootfs") << QStringList{"old/images/rootfs"} << "new"
                                     << "new/images/rootfs";
    QTest::newRow("absolute path") << QByteArray("/") << QStringList{} << "new"
                                   << "";
    QTest::newRow("missing in the old bundle") << QByteArray("rootfs") << QStringList{} << "new"
                                               << "";
    QTest::newRow("already in the new bundle")
        << QByteArray("rootfs") << QStringList{"old/rootfs", "new/rootfs"} << "new"
        << "";
    QTest::newRow("same directory") << QByteArray("rootfs") << QStringList{"old/rootfs"} << "old"
                                    << "";
    QTest::newRow("shared beside both") << QByteArray("../shared") << QStringList{"shared"} << "new"
                                        << "";
}

void TestRootfsCopy::plan()
{
    QFETCH(QByteArray, rootPath);
    QFETCH(QStringList, makeDirs);
    QFETCH(QString, toDirectory);
    QFETCH(QString, expectedTarget);
    const QDir top(m_dir->path());
    QVERIFY(writeBundle(top.filePath(QStringLiteral("old")), rootPath));
    for (const QString &dir : makeDirs)
        QVERIFY(top.mkpath(dir));
    top.mkpath(toDirectory);
    SpecDocument document;
    QVERIFY2(document.load(top.filePath(QStringLiteral("old"))), qPrintable(document.errorString()));

    const std::optional<RootfsCopy::Plan> plan = RootfsCopy::planFor(document, top.filePath(toDirectory));
    QCOMPARE(plan.has_value(), !expectedTarget.isEmpty());
    if (plan) {
        QCOMPARE(plan->target, top.filePath(expectedTarget));
        QCOMPARE(plan->source,
                 QFileInfo(top.filePath(QStringLiteral("old/") + QString::fromUtf8(rootPath))).canonicalFilePath());
        QCOMPARE(plan->rootPath, QString::fromUtf8(rootPath));
    }
}

void TestRootfsCopy::copyKeepsTheTree()
{
    const QDir top(m_dir->path());
    QVERIFY(top.mkpath(QStringLiteral("old/rootfs/bin")));
    QVERIFY(top.mkpath(QStringLiteral("new")));
    QVERIFY(writeBundle(top.filePath(QStringLiteral("old")), "rootfs"));
    QFile tool(top.filePath(QStringLiteral("old/rootfs/bin/tool")));
    QVERIFY(tool.open(QIODevice::WriteOnly));
    tool.write("#!/bin/sh\n");
    tool.close();
    QVERIFY(QFile::setPermissions(tool.fileName(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup));
    QVERIFY(QFile::link(QStringLiteral("tool"), top.filePath(QStringLiteral("old/rootfs/bin/sh"))));
    QCOMPARE(::link(QFile::encodeName(tool.fileName()).constData(),
                    QFile::encodeName(top.filePath(QStringLiteral("old/rootfs/bin/hard"))).constData()),
             0);
    QCOMPARE(::mkfifo(QFile::encodeName(top.filePath(QStringLiteral("old/rootfs/fifo"))).constData(), 0600), 0);

    const auto plan = planOldToNew();
    QVERIFY(plan);
    RootfsCopy copy;
    QSignalSpy finished(&copy, &RootfsCopy::finished);
    copy.start(*plan);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));

    const QString copied = top.filePath(QStringLiteral("new/rootfs"));
    QCOMPARE(QFileInfo(copied + QStringLiteral("/bin/sh")).symLinkTarget(), copied + QStringLiteral("/bin/tool"));
    QCOMPARE(QFileInfo(copied + QStringLiteral("/bin/tool")).permissions(), QFileInfo(tool.fileName()).permissions());
    struct stat tree = {}, hard = {}, fifo = {};
    QCOMPARE(::stat(QFile::encodeName(copied + QStringLiteral("/bin/tool")).constData(), &tree), 0);
    QCOMPARE(::stat(QFile::encodeName(copied + QStringLiteral("/bin/hard")).constData(), &hard), 0);
    QCOMPARE(tree.st_ino, hard.st_ino); // still one file
    QCOMPARE(::lstat(QFile::encodeName(copied + QStringLiteral("/fifo")).constData(), &fifo), 0);
    QVERIFY(S_ISFIFO(fifo.st_mode));
    // The original is untouched.
    QVERIFY(QFileInfo(top.filePath(QStringLiteral("old/rootfs/bin/tool"))).isFile());
}

void TestRootfsCopy::failureRemovesThePartialCopy()
{
    const QDir top(m_dir->path());
    QVERIFY(top.mkpath(QStringLiteral("old/rootfs/a")));
    QVERIFY(writeBundle(top.filePath(QStringLiteral("old")), "rootfs"));
    const auto plan = planOldToNew();
    QVERIFY(plan);
    // The source goes away between the question and the copy, so cp itself
    // fails (as root, unreadable files would not make it fail).
    QVERIFY(QDir(plan->source).removeRecursively());
    RootfsCopy copy;
    QSignalSpy finished(&copy, &RootfsCopy::finished);
    copy.start(*plan);
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.at(0).at(0).toBool());
    const QString error = finished.at(0).at(1).toString();
    QVERIFY2(error.contains(QDir::toNativeSeparators(plan->source)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(plan->target));
}

void TestRootfsCopy::cancelRemovesThePartialCopy()
{
    const QDir top(m_dir->path());
    QVERIFY(writeBundle(top.filePath(QStringLiteral("old")), "rootfs"));
    // Enough files that cp is still busy when cancel() comes.
    for (int d = 0; d < 50; ++d) {
        const QString dir = QStringLiteral("old/rootfs/d%1").arg(d);
        QVERIFY(top.mkpath(dir));
        for (int f = 0; f < 40; ++f) {
            QFile file(top.filePath(dir + QStringLiteral("/f%1").arg(f)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
    }
    const auto plan = planOldToNew();
    QVERIFY(plan);
    RootfsCopy copy;
    QSignalSpy finished(&copy, &RootfsCopy::finished);
    copy.start(*plan);
    QVERIFY(copy.isRunning());
    copy.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(!copy.isRunning());
    QVERIFY(!QFileInfo::exists(plan->target));
    QVERIFY(QFileInfo(plan->source + QStringLiteral("/d49/f39")).isFile());
}

QTEST_GUILESS_MAIN(TestRootfsCopy)
#include "tst_rootfscopy.moc"
