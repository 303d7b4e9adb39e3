// SPDX-License-Identifier: Apache-2.0
// What the command line does when saving goes wrong: a full disk, a read-only
// file or directory, a link out of the bundle, a kill mid-save. In every case
// config.json holds its old bytes or all the new ones, and a failure says so
// with exit code 2 and the operating system's reason.

#include "document/json.h"
#include "processrun.h"
#include "smalltmpfs.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// The executable under test; OBE_EDITOR_UNDER_TEST runs these cases against
// another build (an older one, to see what it did).
QString editorProgram()
{
    return qEnvironmentVariable("OBE_EDITOR_UNDER_TEST", QStringLiteral(OBE_EDITOR));
}

ProcessOutcome editor(const QStringList &arguments)
{
    return runProcess(editorProgram(), arguments);
}

// The editor run as the unprivileged user nobody.
ProcessOutcome editorAsNobody(const QStringList &arguments)
{
    return runProcess(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), editorProgram()}
                          + arguments);
}

// A config of about `size` bytes: a few fields and padding annotations.
QByteArray configOfSize(int size)
{
    QByteArray text = "{\n    \"ociVersion\": \"1.2.0\",\n    \"hostname\": \"old\",\n"
                      "    \"process\": {\"args\": [\"sh\"], \"cwd\": \"/\"},\n    \"root\": {\"path\": \"rootfs\"},\n"
                      "    \"annotations\": {\n";
    for (int i = 0; text.size() < size - 60; ++i)
        text += "        \"org.example.padding." + QByteArray::number(i) + "\": \"" + QByteArray(40, 'p') + "\",\n";
    text += "        \"org.example.end\": \"end\"\n    }\n}\n";
    return text;
}

// What set() writes, and its exit code (1 when the config has validation
// errors), when the save succeeds: the same edit on a normal disk.
struct Expected
{
    int exitCode = -1;
    QByteArray bytes;
};

Expected expectedAfterSet(const QByteArray &config, const QString &pointer, const QString &value)
{
    QTemporaryDir dir;
    if (!writeFile(dir.filePath(QStringLiteral("config.json")), config))
        return {};
    const int exitCode = editor({QStringLiteral("set"), dir.path(), pointer, value}).exitCode;
    if (exitCode != 0 && exitCode != 1)
        return {};
    return {exitCode, readFile(dir.filePath(QStringLiteral("config.json")))};
}

// Directories in the path of a QTemporaryDir are 0700; nobody must get in.
void openUp(const QTemporaryDir &dir)
{
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
}

bool nobodyCanRunTheEditor()
{
    return ::geteuid() == 0 && !QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()
        && editorAsNobody({QStringLiteral("--version")}).exitCode == 0;
}

} // namespace

class tst_SaveFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullDisk_data();
    void fullDisk();
    void newOnFullDisk();
    void readOnlyFileSystem();
    void notWritableForTheUser_data();
    void notWritableForTheUser();
    void rootKeepsModeOwnerAndSetuid_data();
    void rootKeepsModeOwnerAndSetuid();
    void linkOutOfTheBundleIsRefused();
    void linkInsideTheBundleIsWrittenThrough();
    void errorsDoNotQuoteOtherFiles();
    void hardLinkWarns();
    void killDuringSaveLeavesOldOrNew();
};

void tst_SaveFaults::fullDisk_data()
{
    QTest::addColumn<qint64>("free");
    QTest::addColumn<int>("size");
    for (const qint64 free : {0, 4096, 8192}) {
        for (const int size : {3 * 1024, 10 * 1024, 60 * 1024})
            QTest::addRow("%lld bytes free, %d-byte config", free, size) << free << size;
    }
}

void tst_SaveFaults::fullDisk()
{
    QFETCH(qint64, free);
    QFETCH(int, size);
    SmallTmpfs disk;
    if (!disk.isValid())
        QSKIP(qPrintable(disk.errorString()));
    const QByteArray old = configOfSize(size);
    const Expected expected = expectedAfterSet(old, QStringLiteral("/hostname"), QStringLiteral("\"x\""));
    QVERIFY(!expected.bytes.isEmpty());
    const QString path = disk.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(path, old));
    QVERIFY(disk.fillLeaving(free));

    const ProcessOutcome outcome =
        editor({QStringLiteral("set"), disk.path(), QStringLiteral("/hostname"), QStringLiteral("\"x\"")});
    // tmpfs counts whole pages: the new file fits when its pages do.
    const bool fits = (expected.bytes.size() + 4095) / 4096 * 4096 <= free;
    if (fits) {
        QVERIFY2(outcome.exitCode == expected.exitCode, outcome.err.constData());
        QCOMPARE(readFile(path), expected.bytes);
    } else {
        QVERIFY2(outcome.exitCode == 2, outcome.err.constData());
        QVERIFY2(outcome.err.contains(errnoText(ENOSPC).toUtf8()), outcome.err.constData());
        QCOMPARE(readFile(path), old);
    }
    QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral(".filler"), QStringLiteral("config.json")}));
}

void tst_SaveFaults::newOnFullDisk()
{
    SmallTmpfs disk;
    if (!disk.isValid())
        QSKIP(qPrintable(disk.errorString()));
    QVERIFY(disk.fillLeaving(0));
    const QString bundle = disk.filePath(QStringLiteral("b"));
    const ProcessOutcome outcome =
        editor({QStringLiteral("new"), bundle, QStringLiteral("--template"), QStringLiteral("runc")});
    QVERIFY2(outcome.exitCode == 2, outcome.out + outcome.err);
    QVERIFY2(!outcome.out.contains("Created"), outcome.out.constData());
    QVERIFY2(outcome.err.contains(errnoText(ENOSPC).toUtf8()), outcome.err.constData());
    QVERIFY(!QFileInfo::exists(bundle + QStringLiteral("/config.json")));
}

void tst_SaveFaults::readOnlyFileSystem()
{
    SmallTmpfs disk;
    if (!disk.isValid())
        QSKIP(qPrintable(disk.errorString()));
    const QByteArray old = configOfSize(2000);
    const QString path = disk.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(path, old));
    QVERIFY(disk.setReadOnly(true));
    const ProcessOutcome outcome =
        editor({QStringLiteral("set"), disk.path(), QStringLiteral("/hostname"), QStringLiteral("\"x\"")});
    QVERIFY2(outcome.exitCode == 2, outcome.err.constData());
    QVERIFY2(outcome.err.contains(errnoText(EROFS).toUtf8()), outcome.err.constData());
    QCOMPARE(readFile(path), old);
}

void tst_SaveFaults::notWritableForTheUser_data()
{
    QTest::addColumn<bool>("directoryIsNobodys");
    QTest::addColumn<uint>("fileMode");
    // root's bundle: nobody may read config.json but not replace it.
    QTest::newRow("read-only directory") << false << 0644u;
    // nobody's own bundle, but config.json is read-only: not overridden.
    QTest::newRow("read-only file") << true << 0444u;
}

void tst_SaveFaults::notWritableForTheUser()
{
    QFETCH(bool, directoryIsNobodys);
    QFETCH(uint, fileMode);
    if (!nobodyCanRunTheEditor())
        QSKIP("needs root, setpriv and an editor that the user nobody can run");
    QTemporaryDir work;
    openUp(work);
    const QString bundle = work.filePath(QStringLiteral("bundle"));
    QVERIFY(QDir().mkpath(bundle));
    const QString path = bundle + QStringLiteral("/config.json");
    const QByteArray old = configOfSize(1500);
    QVERIFY(writeFile(path, old));
    ::chmod(QFile::encodeName(path).constData(), mode_t(fileMode));
    if (directoryIsNobodys) {
        QCOMPARE(::chown(QFile::encodeName(bundle).constData(), 65534, 65534), 0);
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
    }
    const ProcessOutcome outcome =
        editorAsNobody({QStringLiteral("set"), bundle, QStringLiteral("/hostname"), QStringLiteral("\"x\"")});
    QVERIFY2(outcome.exitCode == 2, outcome.err.constData());
    QVERIFY2(outcome.err.contains(errnoText(EACCES).toUtf8()), outcome.err.constData());
    QCOMPARE(readFile(path), old);
    QCOMPARE(QDir(bundle).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("config.json")});
}

void tst_SaveFaults::rootKeepsModeOwnerAndSetuid_data()
{
    QTest::addColumn<uint>("mode");
    QTest::newRow("0444") << 0444u;
    QTest::newRow("0400") << 0400u;
    QTest::newRow("04644") << 04644u;
    QTest::newRow("02640") << 02640u;
}

void tst_SaveFaults::rootKeepsModeOwnerAndSetuid()
{
    QFETCH(uint, mode);
    if (::geteuid() != 0)
        QSKIP("giving files to another owner needs root");
    QTemporaryDir bundle;
    const QString path = bundle.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(path, configOfSize(1500)));
    QCOMPARE(::chown(QFile::encodeName(path).constData(), 1234, 5678), 0);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    const ProcessOutcome outcome =
        editor({QStringLiteral("set"), bundle.path(), QStringLiteral("/hostname"), QStringLiteral("\"x\"")});
    QVERIFY2(outcome.exitCode != 2, outcome.err.constData());
    QVERIFY(readFile(path).contains("\"hostname\": \"x\""));
    const struct stat after = statOf(path);
    QCOMPARE(after.st_mode & 07777, mode_t(mode));
    QCOMPARE(after.st_uid, uid_t(1234));
    QCOMPARE(after.st_gid, gid_t(5678));
}

void tst_SaveFaults::linkOutOfTheBundleIsRefused()
{
    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("bundle"));
    QVERIFY(QDir().mkpath(bundle));
    const QString outside = work.filePath(QStringLiteral("elsewhere/target.json"));
    QVERIFY(QDir().mkpath(work.filePath(QStringLiteral("elsewhere"))));
    const QByteArray old = configOfSize(1500);
    QVERIFY(writeFile(outside, old));
    QVERIFY(QFile::link(outside, bundle + QStringLiteral("/config.json")));
    const struct stat before = statOf(outside);

    const ProcessOutcome outcome =
        editor({QStringLiteral("set"), bundle, QStringLiteral("/hostname"), QStringLiteral("\"x\"")});
    QVERIFY2(outcome.exitCode == 2, outcome.err.constData());
    QVERIFY2(outcome.err.contains(QFileInfo(outside).canonicalFilePath().toUtf8()), outcome.err.constData());
    QCOMPARE(readFile(outside), old);
    QCOMPARE(statOf(outside).st_ino, before.st_ino);
    QCOMPARE(statOf(outside).st_mtim.tv_nsec, before.st_mtim.tv_nsec);
    // Reading is harmless, and the check says where the file really is.
    const ProcessOutcome check = editor({QStringLiteral("check"), bundle});
    QVERIFY2(check.err.contains("outside the bundle"), check.err.constData());
}

void tst_SaveFaults::linkInsideTheBundleIsWrittenThrough()
{
    QTemporaryDir bundle;
    QVERIFY(QDir(bundle.path()).mkpath(QStringLiteral("configs")));
    QVERIFY(writeFile(bundle.filePath(QStringLiteral("configs/web.json")), configOfSize(1500)));
    QVERIFY(QFile::link(QStringLiteral("configs/web.json"), bundle.filePath(QStringLiteral("config.json"))));
    const ProcessOutcome outcome =
        editor({QStringLiteral("set"), bundle.path(), QStringLiteral("/hostname"), QStringLiteral("\"x\"")});
    QVERIFY2(outcome.exitCode != 2, outcome.err.constData());
    QVERIFY(QFileInfo(bundle.filePath(QStringLiteral("config.json"))).isSymLink());
    QVERIFY(readFile(bundle.filePath(QStringLiteral("configs/web.json"))).contains("\"hostname\": \"x\""));
}

void tst_SaveFaults::errorsDoNotQuoteOtherFiles()
{
    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("bundle"));
    QVERIFY(QDir().mkpath(bundle));
    const QString secret = work.filePath(QStringLiteral("shadow"));
    QVERIFY(writeFile(secret, "root:$6$s3cr3t-hash:19000:0:99999:7:::\n"));
    QVERIFY(QFile::link(secret, bundle + QStringLiteral("/config.json")));
    for (const QString &format : {QStringLiteral("text"), QStringLiteral("json")}) {
        const ProcessOutcome outcome = editor({QStringLiteral("check"), bundle, QStringLiteral("--format"), format});
        QCOMPARE(outcome.exitCode, 2);
        const QByteArray said = outcome.out + outcome.err;
        QVERIFY2(!said.contains("root") && !said.contains("s3cr3t") && !said.contains("'r'"), said.constData());
        QVERIFY2(said.contains("line 1, column 1"), said.constData());
    }
    // A config.json that is JSON with a typo still shows what was read.
    QVERIFY(QFile::remove(bundle + QStringLiteral("/config.json")));
    QVERIFY(writeFile(bundle + QStringLiteral("/config.json"), "{\"hostname\": tru}"));
    const ProcessOutcome typo = editor({QStringLiteral("check"), bundle});
    QVERIFY2(typo.err.contains("tru"), typo.err.constData());
}

void tst_SaveFaults::hardLinkWarns()
{
    QTemporaryDir bundle;
    const QString path = bundle.filePath(QStringLiteral("config.json"));
    const QString other = bundle.filePath(QStringLiteral("backup.json"));
    const QByteArray old = configOfSize(1500);
    QVERIFY(writeFile(path, old));
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()), 0);
    const ProcessOutcome outcome =
        editor({QStringLiteral("set"), bundle.path(), QStringLiteral("/hostname"), QStringLiteral("\"x\"")});
    QVERIFY2(outcome.exitCode != 2, outcome.err.constData());
    QVERIFY2(outcome.err.contains("warning:") && outcome.err.contains("hard link"), outcome.err.constData());
    QCOMPARE(readFile(other), old);
    QVERIFY(readFile(path).contains("\"hostname\": \"x\""));
}

void tst_SaveFaults::killDuringSaveLeavesOldOrNew()
{
    // Large enough that a save takes a while: 60,000 mounts, about 9 MB.
    Json config = Json::parse(configOfSize(500).constData());
    Json mounts = Json::array();
    for (int i = 0; i < 60000; ++i)
        mounts.push_back({{"destination", "/mnt/" + std::to_string(i)}, {"type", "tmpfs"}, {"source", "tmpfs"}});
    config["mounts"] = std::move(mounts);
    const std::string dumped = config.dump(4) + "\n";
    const QByteArray old(dumped.data(), qsizetype(dumped.size()));
    QElapsedTimer clock;
    clock.start();
    const QByteArray expected = expectedAfterSet(old, QStringLiteral("/hostname"), QStringLiteral("\"x\"")).bytes;
    const qint64 saveTime = clock.elapsed();
    QVERIFY(!expected.isEmpty() && expected != old);

    QTemporaryDir bundle;
    const QString path = bundle.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(path, old));
    // Kill points spread over the whole run, from start-up to past the
    // rename, measured by the run above.
    const int rounds = 16;
    int sawOld = 0;
    int sawNew = 0;
    for (int round = 0; round < rounds; ++round) {
        QVERIFY(writeFile(path, old));
        QProcess process;
        process.start(editorProgram(),
                      {QStringLiteral("set"), bundle.path(), QStringLiteral("/hostname"), QStringLiteral("\"x\"")});
        QVERIFY(process.waitForStarted());
        const qint64 step = saveTime * 5 / 4 / rounds;
        QTest::qSleep(int(round * step + QRandomGenerator::global()->bounded(qMax<qint64>(step, 1))));
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        const QByteArray now = readFile(path);
        QVERIFY2(
            now == old || now == expected,
            qPrintable(
                QStringLiteral("round %1: %2 bytes, neither the old nor the new file").arg(round).arg(now.size())));
        (now == old ? sawOld : sawNew)++;
    }
    qInfo("killed saves: %d left the old file, %d the new one", sawOld, sawNew);
}

QTEST_GUILESS_MAIN(tst_SaveFaults)

#include "tst_savefaults.moc"
