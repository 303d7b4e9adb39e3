// SPDX-License-Identifier: Apache-2.0
#include "ocispec/binfmthandlers.h"
#include "ocispec/elfheader.h"
#include "ocispec/finding.h"
#include "ocispec/rootfscheckcache.h"
#include "ocispec/rootfsinspector.h"
#include "ocispec/rootfsrules.h"
#include "ocispec/validator.h"
#include "testbundle.h"
#include "testelf.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <vector>

#include <unistd.h>

// The root filesystem checks on small trees built here: busybox for a real
// program, ELF headers put together byte by byte (TestElf) for other machines and
// broken files, links that try to leave the root.

namespace {

// --- root filesystems ------------------------------------------------------------

// A bundle directory with rootfs/ and helpers to fill it.
class Tree
{
public:
    Tree()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("rootfs"));
        QDir(m_dir.path()).mkpath(QStringLiteral("binfmt"));
    }

    QString bundle() const { return m_dir.path(); }
    QString rootfs() const { return m_dir.filePath(QStringLiteral("rootfs")); }
    QString binfmt() const { return m_dir.filePath(QStringLiteral("binfmt")); }
    QString host(const QString &name) const { return m_dir.filePath(name); }

    void dir(const QString &path) const { QDir().mkpath(rootfs() + path); }
    void file(const QString &path, const QByteArray &content, QFile::Permissions permissions = exec()) const
    {
        dir(QFileInfo(path).path());
        QFile out(rootfs() + path);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(content);
        out.close();
        QFile::setPermissions(rootfs() + path, permissions);
    }
    void link(const QString &path, const QString &target) const
    {
        dir(QFileInfo(path).path());
        ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(rootfs() + path).constData());
    }
    void busybox(const QString &path) const
    {
        dir(QFileInfo(path).path());
        QFile::copy(TestBundle::busybox(), rootfs() + path);
    }
    // A binfmt_misc directory as the kernel shows it, with one handler.
    void handler(const QString &name, const QString &interpreter, const QString &flags, const QByteArray &magic,
                 const QByteArray &mask) const
    {
        writeHost(QStringLiteral("binfmt/status"), "enabled\n");
        writeHost(QStringLiteral("binfmt/register"), "");
        writeHost(QStringLiteral("binfmt/") + name,
                  "enabled\ninterpreter " + interpreter.toUtf8() + "\nflags: " + flags.toUtf8() + "\noffset 0\nmagic "
                      + magic.toHex() + "\nmask " + mask.toHex() + "\n");
    }
    void writeHost(const QString &name, const QByteArray &content) const
    {
        QDir().mkpath(QFileInfo(host(name)).path());
        QFile out(host(name));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(content);
    }

    static QFile::Permissions exec()
    {
        return QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther;
    }
    static QFile::Permissions plain()
    {
        return QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    }

private:
    QTemporaryDir m_dir;
};

// The magic and mask qemu-user-static registers for arm64 programs.
const QByteArray Arm64Magic = QByteArray::fromHex("7f454c460201010000000000000000000200b700");
const QByteArray Arm64Mask = QByteArray::fromHex("ffffffffffffff00fffffffffffffffffeffffff");

Json baseConfig()
{
    return Json::parse(R"({
        "ociVersion": "1.0.2",
        "root": {"path": "rootfs"},
        "process": {"cwd": "/", "args": ["sh", "-c", ":"], "env": ["PATH=/usr/bin:/bin"], "user": {"uid": 0, "gid": 0}},
        "mounts": [{"destination": "/proc", "type": "proc", "source": "proc"},
                   {"destination": "/dev", "type": "tmpfs", "source": "tmpfs"}],
        "linux": {"namespaces": [{"type": "pid"}, {"type": "mount"}]}
    })");
}

// A root filesystem that runs baseConfig() as it is.
void busyboxImage(const Tree &tree)
{
    tree.busybox(QStringLiteral("/bin/busybox"));
    tree.link(QStringLiteral("/bin/sh"), QStringLiteral("busybox"));
    // Also the IDs next to the test's own, which some rows run as.
    tree.file(
        QStringLiteral("/etc/passwd"),
        QStringLiteral("root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534::/:/bin/false\nother:x:%1:%2::/:/bin/sh\n")
            .arg(::geteuid() + 1)
            .arg(::getegid() + 1)
            .toUtf8(),
        Tree::plain());
    tree.file(QStringLiteral("/etc/group"),
              QStringLiteral("root:x:0:\nnogroup:x:65534:\nother:x:%1:\n").arg(::getegid() + 1).toUtf8(),
              Tree::plain());
}

QList<Finding> rootfsFindings(const Tree &tree, const Json &config)
{
    QList<Finding> findings;
    FindingSink sink(&findings);
    RootfsInspector inspector(tree.rootfs());
    const BinfmtHandlers binfmt(tree.binfmt());
    RootfsRules(config, tree.bundle(), &inspector, binfmt, &sink).check();
    return findings;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << Findings::toText(f);
    return lines.isEmpty() ? QStringLiteral("(no findings)") : lines.join(QLatin1Char('\n'));
}

struct RuleCase
{
    const char *name;
    std::function<void(const Tree &)> build;
    std::function<void(Json &)> change;
    const char *code; // "" : no finding at all
    Finding::Severity severity = Finding::Severity::Error;
    const char *pointer = "/process/args/0";
    const char *messagePart = ""; // must appear in the message
};

using S = Finding::Severity;

Json &process(Json &c)
{
    return c["process"];
}

const std::vector<RuleCase> &ruleCases()
{
    static const std::vector<RuleCase> table = {
        // The program.
        {"busybox through PATH", busyboxImage, [](Json &) {}, ""},
        {"absolute program", busyboxImage, [](Json &c) { process(c)["args"] = {"/bin/sh"}; }, ""},
        {"absolute program missing", busyboxImage, [](Json &c) { process(c)["args"] = {"/bin/bash"}; },
         "rootfs.args.not-found", S::Error, "/process/args/0", "/bin/bash"},
        {"relative program from cwd",
         [](const Tree &t) {
             busyboxImage(t);
             t.busybox(QStringLiteral("/app/run"));
         },
         [](Json &c) {
             process(c)["cwd"] = "/app";
             process(c)["args"] = {"./run"};
         },
         ""},
        {"relative program missing", busyboxImage, [](Json &c) { process(c)["args"] = {"./run"}; },
         "rootfs.args.not-found"},
        {"no PATH", busyboxImage, [](Json &c) { process(c)["env"] = {"TERM=xterm"}; }, "rootfs.args.not-found",
         S::Error, "/process/args/0", "PATH"},
        {"last PATH counts", busyboxImage,
         [](Json &c) {
             process(c)["env"] = {"PATH=/bin", "PATH=/sbin"};
         },
         "rootfs.args.not-found", S::Error, "/process/args/0", "/sbin"},
        {"not in PATH", busyboxImage, [](Json &c) { process(c)["args"] = {"bash"}; }, "rootfs.args.not-found", S::Error,
         "/process/args/0", "/usr/bin:/bin"},
        {"no execute bit",
         [](const Tree &t) {
             busyboxImage(t);
             t.file(QStringLiteral("/bin/tool"), "#!/bin/sh\n", Tree::plain());
         },
         [](Json &c) { process(c)["args"] = {"/bin/tool"}; }, "rootfs.args.not-executable", S::Error, "/process/args/0",
         "0644"},
        {"a directory", busyboxImage, [](Json &c) { process(c)["args"] = {"/bin"}; }, "rootfs.args.not-executable"},
        {"skipped in PATH, found later",
         [](const Tree &t) {
             busyboxImage(t);
             t.file(QStringLiteral("/usr/bin/sh"), "x", Tree::plain());
         },
         [](Json &) {}, ""},
        {"only a file without execute bit in PATH",
         [](const Tree &t) {
             busyboxImage(t);
             t.file(QStringLiteral("/usr/bin/tool"), "x", Tree::plain());
         },
         [](Json &c) { process(c)["args"] = {"tool"}; }, "rootfs.args.not-executable", S::Error, "/process/args/0",
         "/usr/bin/tool"},
        {"relative PATH directory", busyboxImage, [](Json &c) { process(c)["env"] = {"PATH=bin"}; },
         "rootfs.args.relative-path"},
        {"empty PATH entry is the working directory", busyboxImage,
         [](Json &c) {
             process(c)["cwd"] = "/bin";
             process(c)["env"] = {"PATH=:/nowhere"};
         },
         "rootfs.args.relative-path"},
        {"user without permission",
         [](const Tree &t) {
             busyboxImage(t);
             t.busybox(QStringLiteral("/bin/private"));
             QFile::setPermissions(t.rootfs() + "/bin/private", QFile::ReadOwner | QFile::ExeOwner);
         },
         [](Json &c) {
             process(c)["args"] = {"/bin/private"};
             process(c)["user"] = {{"uid", ::geteuid() + 1}, {"gid", ::getegid() + 1}};
         },
         "rootfs.args.not-executable", S::Error, "/process/args/0", "CAP_DAC_OVERRIDE"},
        {"user with CAP_DAC_OVERRIDE",
         [](const Tree &t) {
             busyboxImage(t);
             t.busybox(QStringLiteral("/bin/private"));
             QFile::setPermissions(t.rootfs() + "/bin/private", QFile::ReadOwner | QFile::ExeOwner);
         },
         [](Json &c) {
             process(c)["args"] = {"/bin/private"};
             process(c)["user"] = {{"uid", 0}, {"gid", 0}};
             process(c)["capabilities"] = {{"effective", {"CAP_DAC_OVERRIDE"}}};
         },
         ""},
        {"program on a mount", busyboxImage,
         [](Json &c) {
             process(c)["args"] = {"/opt/tool/run"};
             c["mounts"].push_back(
                 {{"destination", "/opt/tool"}, {"type", "bind"}, {"source", "/usr"}, {"options", {"rbind"}}});
         },
         ""},
        {"link out of the root re-rooted",
         [](const Tree &t) {
             busyboxImage(t);
             t.link(QStringLiteral("/usr/bin"), QStringLiteral("/../../../../../../etc"));
         },
         [](Json &c) { process(c)["args"] = {"/usr/bin/passwd"}; }, "rootfs.args.not-executable", S::Error,
         "/process/args/0", "0644"},
        {"relative link out of the root",
         [](const Tree &t) {
             busyboxImage(t);
             t.link(QStringLiteral("/opt"), QStringLiteral("../../../../../../../../usr/sbin"));
         },
         [](Json &c) { process(c)["args"] = {"/opt/nologin"}; }, "rootfs.args.not-found"},
        {"link loop",
         [](const Tree &t) {
             busyboxImage(t);
             t.link(QStringLiteral("/bin/a"), QStringLiteral("b"));
             t.link(QStringLiteral("/bin/b"), QStringLiteral("a"));
         },
         [](Json &c) { process(c)["args"] = {"/bin/a"}; }, "rootfs.args.not-found", S::Error, "/process/args/0", "40"},
        // What the kernel does with the file.
        {"program for another machine",
         [](const Tree &t) {
             busyboxImage(t);
             t.file(QStringLiteral("/bin/app"), TestElf{true, false, 2, TestElf::foreignMachine(), {}}.bytes());
         },
         [](Json &c) { process(c)["args"] = {"/bin/app"}; }, "rootfs.args.machine", S::Error, "/process/args/0",
         "this machine is"},
        {"emulated through binfmt_misc",
         [](const Tree &t) {
             busyboxImage(t);
             t.file(QStringLiteral("/bin/app"), TestElf{true, false, 2, ElfHeader::MachineAarch64, {}}.bytes());
             t.handler(QStringLiteral("qemu-aarch64"), QStringLiteral("/usr/bin/qemu-aarch64-static"),
                       QStringLiteral("OCF"), Arm64Magic, Arm64Mask);
         },
         [](Json &c) { process(c)["args"] = {"/bin/app"}; },
         TestElf::hostMachine() == ElfHeader::MachineAarch64 ? "" : "rootfs.args.machine.emulated", S::Warning,
         "/process/args/0", "qemu-aarch64"},
        {"emulator outside the root without F",
         [](const Tree &t) {
             busyboxImage(t);
             t.file(QStringLiteral("/bin/app"), TestElf{true, false, 2, ElfHeader::MachineAarch64, {}}.bytes());
             t.handler(QStringLiteral("qemu-aarch64"), QStringLiteral("/usr/bin/qemu-aarch64-static"),
                       QStringLiteral("OC"), Arm64Magic, Arm64Mask);
         },
         [](Json &c) { process(c)["args"] = {"/bin/app"}; },
         TestElf::hostMachine() == ElfHeader::MachineAarch64 ? "" : "rootfs.args.emulator.missing"},
        {"interpreter missing",
         [](const Tree &t) {
             busyboxImage(t);
             t.file(QStringLiteral("/bin/app"),
                    TestElf{true, false, 3, TestElf::hostMachine(), "/lib64/ld-linux-x86-64.so.2"}.bytes());
         },
         [](Json &c) { process(c)["args"] = {"/bin/app"}; }, "rootfs.args.interpreter.missing", S::Error,
         "/process/args/0", "/lib64/ld-linux-x86-64.so.2"},
        {"interpreter through a link",
         [](const Tree &t) {
             busyboxImage(t);
             t.file(QStringLiteral("/bin/app"),
                    TestElf{true, false, 3, TestElf::hostMachine(), "/lib64/ld.so"}.bytes());
             t.busybox(QStringLiteral("/lib/real-ld.so"));
             t.link(QStringLiteral("/lib64"), QStringLiteral("/lib"));
             t.link(QStringLiteral("/lib/ld.so"), QStringLiteral("real-ld.so"));
         },
         [](Json &c) { process(c)["args"] = {"/bin/app"}; }, ""},
        {"truncated ELF",
         [](const Tree &t) {
             busyboxImage(t);
             t.file(QStringLiteral("/bin/app"),
                    TestElf{true, false, 2, TestElf::hostMachine(), "/lib/ld.so"}.bytes().left(70));
         },
         [](Json &c) { process(c)["args"] = {"/bin/app"}; }, "rootfs.args.elf.malformed"},
        {"ELF object file",
         [](const Tree &t) {
             busyboxImage(t);
             t.file(QStringLiteral("/bin/app"), TestElf{true, false, 1, TestElf::hostMachine(), {}}.bytes());
         },
         [](Json &c) { process(c)["args"] = {"/bin/app"}; }, "rootfs.args.elf.not-program"},
        {"script for a missing shell",
         [](const Tree &t) {
             busyboxImage(t);
             t.file(QStringLiteral("/bin/run"), "#!/bin/bash -e\necho hi\n");
         },
         [](Json &c) { process(c)["args"] = {"run"}; }, "rootfs.args.script-interpreter.missing", S::Error,
         "/process/args/0", "/bin/bash"},
        {"script for sh",
         [](const Tree &t) {
             busyboxImage(t);
             t.file(QStringLiteral("/bin/run"), "#! /bin/sh\necho hi\n");
         },
         [](Json &c) { process(c)["args"] = {"run"}; }, ""},
        {"script for another machine's shell",
         [](const Tree &t) {
             busyboxImage(t);
             t.file(QStringLiteral("/bin/run"), "#!/opt/sh\n");
             t.file(QStringLiteral("/opt/sh"), TestElf{true, false, 2, TestElf::foreignMachine(), {}}.bytes());
         },
         [](Json &c) { process(c)["args"] = {"/bin/run"}; }, "rootfs.args.machine", S::Error, "/process/args/0",
         "/opt/sh"},
        {"text without #!",
         [](const Tree &t) {
             busyboxImage(t);
             t.file(QStringLiteral("/bin/run"), "echo hi\n");
         },
         [](Json &c) { process(c)["args"] = {"/bin/run"}; }, "rootfs.args.unknown-format"},
        // The working directory.
        {"cwd missing is created", busyboxImage, [](Json &c) { process(c)["cwd"] = "/work/here"; }, ""},
        {"cwd is a file", busyboxImage, [](Json &c) { process(c)["cwd"] = "/etc/passwd"; }, "rootfs.cwd.not-directory",
         S::Error, "/process/cwd"},
        {"cwd under a file", busyboxImage, [](Json &c) { process(c)["cwd"] = "/etc/passwd/x"; },
         "rootfs.cwd.not-directory", S::Error, "/process/cwd"},
        {"cwd on a mount", busyboxImage,
         [](Json &c) {
             process(c)["cwd"] = "/data";
             c["mounts"].push_back({{"destination", "/data"}, {"type", "tmpfs"}, {"source", "tmpfs"}});
         },
         ""},
        // Mounts.
        {"directory bound over a file", busyboxImage,
         [](Json &c) {
             c["mounts"].push_back(
                 {{"destination", "/etc/passwd"}, {"type", "bind"}, {"source", "."}, {"options", {"rbind"}}});
         },
         "rootfs.mount.over-file", S::Error, "/mounts/2/destination"},
        {"file bound over a directory",
         [](const Tree &t) {
             busyboxImage(t);
             t.writeHost(QStringLiteral("hosts"), "127.0.0.1 localhost\n");
         },
         [](Json &c) {
             c["mounts"].push_back(
                 {{"destination", "/etc"}, {"type", "none"}, {"source", "hosts"}, {"options", {"bind"}}});
         },
         "rootfs.mount.over-directory", S::Error, "/mounts/2/destination"},
        {"file bound over a file",
         [](const Tree &t) {
             busyboxImage(t);
             t.writeHost(QStringLiteral("hosts"), "127.0.0.1 localhost\n");
         },
         [](Json &c) {
             c["mounts"].push_back(
                 {{"destination", "/etc/passwd"}, {"type", "bind"}, {"source", "hosts"}, {"options", {"bind"}}});
         },
         ""},
        {"tmpfs over a file", busyboxImage,
         [](Json &c) {
             c["mounts"].push_back({{"destination", "/etc/group"}, {"type", "tmpfs"}, {"source", "tmpfs"}});
         },
         "rootfs.mount.over-file", S::Error, "/mounts/2/destination"},
        {"proc on a link",
         [](const Tree &t) {
             busyboxImage(t);
             t.link(QStringLiteral("/proc"), QStringLiteral("/etc"));
         },
         [](Json &) {}, "rootfs.mount.over-file", S::Error, "/mounts/0/destination"},
        {"mount point under a file", busyboxImage,
         [](Json &c) {
             c["mounts"].push_back({{"destination", "/bin/busybox/x"}, {"type", "tmpfs"}, {"source", "tmpfs"}});
         },
         "rootfs.mount.path-blocked", S::Error, "/mounts/2/destination", "/bin/busybox"},
        {"mount through a link out of the root",
         [](const Tree &t) {
             busyboxImage(t);
             t.link(QStringLiteral("/data"), QStringLiteral("../../../../../../../srv"));
         },
         [](Json &c) {
             c["mounts"].push_back({{"destination", "/data/cache"}, {"type", "tmpfs"}, {"source", "tmpfs"}});
         },
         "rootfs.mount.link-escapes", S::Info, "/mounts/2/destination", "/srv/cache"},
        {"mount inside an earlier mount",
         [](const Tree &t) {
             busyboxImage(t);
             t.dir(QStringLiteral("/data/file"));
             t.writeHost(QStringLiteral("hosts"), "x");
         },
         [](Json &c) {
             c["mounts"].push_back({{"destination", "/data"}, {"type", "tmpfs"}, {"source", "tmpfs"}});
             c["mounts"].push_back(
                 {{"destination", "/data/file"}, {"type", "bind"}, {"source", "hosts"}, {"options", {"rbind"}}});
         },
         ""},
        // Users.
        {"uid not in /etc/passwd", busyboxImage,
         [](Json &c) {
             process(c)["user"] = {{"uid", 1000}, {"gid", 0}};
         },
         "rootfs.user.uid.unknown", S::Info, "/process/user/uid"},
        {"gid not in /etc/group", busyboxImage,
         [](Json &c) {
             process(c)["user"] = {{"uid", 65534}, {"gid", 1000}};
         },
         "rootfs.user.gid.unknown", S::Info, "/process/user/gid"},
        {"no /etc/passwd",
         [](const Tree &t) {
             t.busybox(QStringLiteral("/bin/busybox"));
             t.link(QStringLiteral("/bin/sh"), QStringLiteral("busybox"));
         },
         [](Json &c) {
             process(c)["user"] = {{"uid", 1000}, {"gid", 1000}};
         },
         ""},
        {"username set", busyboxImage,
         [](Json &c) {
             process(c)["user"] = {{"uid", 1000}, {"gid", 1000}, {"username", "x"}};
         },
         ""},
        // Nothing to read.
        {"empty root filesystem", [](const Tree &) {},
         [](Json &c) {
             process(c)["args"] = {"/bin/missing"};
             c["mounts"].push_back({{"destination", "/x"}, {"type", "tmpfs"}, {"source", "tmpfs"}});
         },
         "rootfs.empty", S::Info, "/root/path", "run time"},
    };
    return table;
}

} // namespace

class tst_RootfsRules final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rules_data();
    void rules();
    void emptyRootfsStillNeedsPath();
    void inspectorStaysInside();
    void elfHeaders_data();
    void elfHeaders();
    void elfTruncatedAtEveryByte_data();
    void elfTruncatedAtEveryByte();
    void elfMutations();
    void binfmtMatching();
    void idFiles();
    void validatorRunsRules();
    void cacheReusesUnchangedRootfs();
    void cancelledRunIsNotCached();
};

void tst_RootfsRules::initTestCase()
{
    if (TestBundle::busybox().isEmpty())
        QSKIP("no static busybox at /bin/busybox (install busybox-static)");
    QVERIFY(ElfHeader::ofThisProgram().isValid());
    QVERIFY(ruleCases().size() >= 40);
}

void tst_RootfsRules::rules_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < ruleCases().size(); ++i)
        QTest::newRow(ruleCases()[i].name) << int(i);
}

void tst_RootfsRules::rules()
{
    QFETCH(int, index);
    const RuleCase &row = ruleCases()[size_t(index)];
    Tree tree;
    row.build(tree);
    Json config = baseConfig();
    row.change(config);
    const QList<Finding> findings = rootfsFindings(tree, config);
    const QString code = QLatin1String(row.code);
    if (code.isEmpty()) {
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
        return;
    }
    QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
    const Finding &finding = findings.first();
    QCOMPARE(finding.code, code);
    QVERIFY(finding.code.startsWith(QLatin1String("rootfs.")));
    QCOMPARE(Findings::severityName(finding.severity), Findings::severityName(row.severity));
    QCOMPARE(finding.pointer, QLatin1String(row.pointer));
    QVERIFY2(finding.message.contains(QLatin1String(row.messagePart)), qPrintable(finding.message));
    QVERIFY(!finding.host);
}

void tst_RootfsRules::emptyRootfsStillNeedsPath()
{
    Tree tree;
    Json config = baseConfig();
    process(config)["env"] = Json::array();
    const QList<Finding> findings = rootfsFindings(tree, config);
    QStringList codes;
    for (const Finding &f : findings)
        codes << f.code;
    QCOMPARE(codes, (QStringList{QStringLiteral("rootfs.empty"), QStringLiteral("rootfs.args.not-found")}));
}

// Links that point out of the root lead back into it; nothing outside is
// read, even where the host has the file.
void tst_RootfsRules::inspectorStaysInside()
{
    Tree tree;
    tree.link(QStringLiteral("/bin"), QStringLiteral("/../../etc"));
    tree.link(QStringLiteral("/up"), QStringLiteral("../../../../../../../../.."));
    tree.file(QStringLiteral("/etc/hostname"), "inside\n", Tree::plain());
    RootfsInspector inspector(tree.rootfs());
    QVERIFY(inspector.isOpen());

    const RootfsInspector::Entry viaBin = inspector.resolve(QStringLiteral("/bin/hostname"));
    QCOMPARE(int(viaBin.state), int(RootfsInspector::Entry::State::Found));
    QCOMPARE(viaBin.path, QStringLiteral("/etc/hostname"));
    QCOMPARE(inspector.readHead(viaBin), QByteArray("inside\n"));
    QCOMPARE(viaBin.escapingLinks, QStringList{QStringLiteral("/bin -> /../../etc")});

    // /etc/passwd exists on every host, not in this root.
    const RootfsInspector::Entry passwd = inspector.resolve(QStringLiteral("/bin/passwd"));
    QCOMPARE(int(passwd.state), int(RootfsInspector::Entry::State::Missing));
    QCOMPARE(passwd.path, QStringLiteral("/etc/passwd"));
    QVERIFY(!inspector.passwdIds().has_value());

    const RootfsInspector::Entry climbed = inspector.resolve(QStringLiteral("up/up/etc/hostname"), QStringLiteral("/"));
    QCOMPARE(climbed.path, QStringLiteral("/etc/hostname"));
    QCOMPARE(inspector.resolve(QStringLiteral("../../..")).path, QStringLiteral("/"));

    // Every name looked at is inside the root, and a change shows.
    for (auto it = inspector.trail().constBegin(); it != inspector.trail().constEnd(); ++it)
        QVERIFY2(it.key().startsWith(QLatin1Char('/')), qPrintable(it.key()));
    QVERIFY(RootfsInspector::isUnchanged(tree.rootfs(), inspector.trail()));
    tree.file(QStringLiteral("/etc/passwd"), "root:x:0:0::/:/bin/sh\n", Tree::plain());
    QVERIFY(!RootfsInspector::isUnchanged(tree.rootfs(), inspector.trail()));
}

void tst_RootfsRules::elfHeaders_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("machine");
    QTest::addColumn<QByteArray>("interpreter");
    const int valid = int(ElfHeader::Status::Valid);
    const int invalid = int(ElfHeader::Status::Invalid);
    const int truncated = int(ElfHeader::Status::Truncated);
    const int notElf = int(ElfHeader::Status::NotElf);
    QTest::newRow("64-bit little-endian") << TestElf{true, false, 3, 62, "/lib64/ld-linux-x86-64.so.2"}.bytes() << valid
                                          << 62 << QByteArray("/lib64/ld-linux-x86-64.so.2");
    QTest::newRow("64-bit big-endian") << TestElf{true, true, 2, 22, "/lib/ld64.so.1"}.bytes() << valid << 22
                                       << QByteArray("/lib/ld64.so.1");
    QTest::newRow("32-bit little-endian") << TestElf{false, false, 2, 40, "/lib/ld-linux-armhf.so.3"}.bytes() << valid
                                          << 40 << QByteArray("/lib/ld-linux-armhf.so.3");
    QTest::newRow("32-bit big-endian") << TestElf{false, true, 2, 8, "/lib/ld.so.1"}.bytes() << valid << 8
                                       << QByteArray("/lib/ld.so.1");
    QTest::newRow("static") << TestElf{true, false, 2, 183, {}}.bytes() << valid << 183 << QByteArray();
    QTest::newRow("busybox") << [] {
        QFile f(TestBundle::busybox());
        f.open(QIODevice::ReadOnly);
        return f.read(1 << 20);
    }() << valid << 62 << QByteArray();
    QTest::newRow("empty") << QByteArray() << notElf << 0 << QByteArray();
    QTest::newRow("script") << QByteArray("#!/bin/sh\n") << notElf << 0 << QByteArray();
    QTest::newRow("magic only") << QByteArray("\x7f"
                                              "ELF")
                                << truncated << 0 << QByteArray();
    QByteArray badClass = TestElf{}.bytes();
    badClass[4] = 3;
    QTest::newRow("class 3") << badClass << invalid << 0 << QByteArray();
    QByteArray badEntrySize = TestElf{true, false, 2, 62, "/lib/ld.so"}.bytes();
    TestElf::put(badEntrySize, 54, 57, 2, false);
    QTest::newRow("program header size 57") << badEntrySize << invalid << 62 << QByteArray();
    QByteArray farTable = TestElf{true, false, 2, 62, "/lib/ld.so"}.bytes();
    TestElf::put(farTable, 32, Q_UINT64_C(0xfffffffffffffff0), 8, false);
    QTest::newRow("program headers past the end") << farTable << truncated << 62 << QByteArray();
    QByteArray manyHeaders = TestElf{true, false, 2, 62, "/lib/ld.so"}.bytes();
    TestElf::put(manyHeaders, 56, 0xffff, 2, false);
    QTest::newRow("65535 program headers") << manyHeaders << invalid << 62 << QByteArray();
    QByteArray longName = TestElf{true, false, 2, 62, "/lib/ld.so"}.bytes();
    TestElf::put(longName, 64 + 32, Q_UINT64_C(0x7fffffffffffffff), 8, false);
    QTest::newRow("interpreter of 2^63 bytes") << longName << invalid << 62 << QByteArray();
    QByteArray farName = TestElf{true, false, 2, 62, "/lib/ld.so"}.bytes();
    TestElf::put(farName, 64 + 8, Q_UINT64_C(0xffffffffffffff00), 8, false);
    QTest::newRow("interpreter past the end") << farName << truncated << 62 << QByteArray();
    QByteArray unterminated = TestElf{true, false, 2, 62, "/lib/ld.so"}.bytes();
    unterminated[unterminated.size() - 1] = 'x';
    QTest::newRow("interpreter without NUL") << unterminated << invalid << 62 << QByteArray();
}

void tst_RootfsRules::elfHeaders()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(int, machine);
    QFETCH(QByteArray, interpreter);
    const ElfHeader header = ElfHeader::fromBytes(bytes);
    QCOMPARE(int(header.status()), status);
    if (status == int(ElfHeader::Status::Valid) || machine != 0)
        QCOMPARE(int(header.machine()), machine);
    if (header.isValid())
        QCOMPARE(header.interpreter(), interpreter);
}

// Cut anywhere, a file that needs every byte it has is never taken for a
// valid one, and reading it never goes wrong.
void tst_RootfsRules::elfTruncatedAtEveryByte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("64-bit LE") << TestElf{true, false, 3, 62, "/lib64/ld-linux-x86-64.so.2"}.bytes();
    QTest::newRow("64-bit BE") << TestElf{true, true, 2, 21, "/lib64/ld64.so.2"}.bytes();
    QTest::newRow("32-bit LE") << TestElf{false, false, 2, 3, "/lib/ld-linux.so.2"}.bytes();
    QTest::newRow("32-bit BE") << TestElf{false, true, 2, 20, "/lib/ld.so.1"}.bytes();
}

void tst_RootfsRules::elfTruncatedAtEveryByte()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(ElfHeader::fromBytes(bytes).isValid());
    for (qsizetype length = 0; length < bytes.size(); ++length) {
        const ElfHeader header = ElfHeader::fromBytes(bytes.left(length));
        const ElfHeader::Status expected = length < 4 ? ElfHeader::Status::NotElf : ElfHeader::Status::Truncated;
        QVERIFY2(header.status() == expected,
                 qPrintable(QStringLiteral("cut at %1: status %2").arg(length).arg(int(header.status()))));
    }
}

// Random bytes over a valid header: any status, no crash, and a valid
// result's interpreter is a name from inside the file.
void tst_RootfsRules::elfMutations()
{
    QRandomGenerator random(20240611);
    const QByteArray original = TestElf{true, false, 3, 62, "/lib64/ld-linux-x86-64.so.2"}.bytes();
    for (int round = 0; round < 5000; ++round) {
        QByteArray bytes = original;
        const int flips = 1 + int(random.bounded(8));
        for (int i = 0; i < flips; ++i)
            bytes[qsizetype(random.bounded(quint32(bytes.size())))] = char(random.bounded(256));
        if (random.bounded(4) == 0)
            bytes.truncate(qsizetype(random.bounded(quint32(bytes.size()))));
        const ElfHeader header = ElfHeader::fromBytes(bytes);
        if (header.isValid())
            QVERIFY(header.interpreter().size() < bytes.size());
    }
}

void tst_RootfsRules::binfmtMatching()
{
    Tree tree;
    BinfmtHandlers none(tree.binfmt());
    QVERIFY(!none.handlerFor(TestElf{true, false, 2, 183, {}}.bytes(), QStringLiteral("/bin/app")));
    tree.handler(QStringLiteral("qemu-aarch64"), QStringLiteral("/usr/bin/qemu-aarch64-static"), QStringLiteral("F"),
                 Arm64Magic, Arm64Mask);
    tree.writeHost(QStringLiteral("binfmt/wine"), "enabled\ninterpreter /usr/bin/wine\nflags: \nextension .exe\n");
    tree.writeHost(QStringLiteral("binfmt/off"),
                   "disabled\ninterpreter /usr/bin/x\nflags: \noffset 0\nmagic 7f454c46\n");
    const BinfmtHandlers handlers(tree.binfmt());
    const auto arm = handlers.handlerFor(TestElf{true, false, 3, 183, "/lib/ld-linux-aarch64.so.1"}.bytes(),
                                         QStringLiteral("/bin/app"));
    QVERIFY(arm);
    QCOMPARE(arm->name, QStringLiteral("qemu-aarch64"));
    QCOMPARE(arm->interpreter, QStringLiteral("/usr/bin/qemu-aarch64-static"));
    QVERIFY(arm->fixBinary);
    QVERIFY(!handlers.handlerFor(TestElf{true, false, 2, 62, {}}.bytes(),
                                 QStringLiteral("/bin/app"))); // the disabled entry does not count
    QVERIFY(!handlers.handlerFor(TestElf{true, true, 2, 183, {}}.bytes(), QStringLiteral("/bin/app")));
    const auto wine = handlers.handlerFor("MZ", QStringLiteral("/opt/app.exe"));
    QVERIFY(wine);
    QCOMPARE(wine->name, QStringLiteral("wine"));
    QVERIFY(!wine->fixBinary);
    tree.writeHost(QStringLiteral("binfmt/status"), "disabled\n");
    QVERIFY(!BinfmtHandlers(tree.binfmt())
                 .handlerFor(TestElf{true, false, 2, 183, {}}.bytes(), QStringLiteral("/bin/app")));
    QVERIFY(BinfmtHandlers(tree.binfmt()).signature() != handlers.signature());
}

void tst_RootfsRules::idFiles()
{
    QCOMPARE(RootfsInspector::parseIds(
                 "root:x:0:0:root:/root:/bin/sh\n\n  daemon:x:1:1::/:/bin/false  \nbroken:x:abc:1\nshort\n"),
             (QSet<qint64>{0, 1}));
    QCOMPARE(RootfsInspector::parseIds("users:x:100:alice,bob\nwheel:x:10:\n"), (QSet<qint64>{100, 10}));
}

void tst_RootfsRules::validatorRunsRules()
{
    Tree tree;
    busyboxImage(tree);
    Json config = baseConfig();
    process(config)["args"] = {"/bin/bash"};
    const auto codes = [](const QList<Finding> &findings) {
        QStringList list;
        for (const Finding &f : findings)
            list << f.code;
        return list;
    };
    // Only with a bundle directory, and then from checkBundle(), not checkDocument().
    QVERIFY(!codes(Validator::validate(config)).contains(QStringLiteral("rootfs.args.not-found")));
    ValidationContext context;
    context.bundleDirectory = tree.bundle();
    QVERIFY(codes(Validator::validate(config, context)).contains(QStringLiteral("rootfs.args.not-found")));
    QVERIFY(!codes(Validator().checkDocument(config, context)).contains(QStringLiteral("rootfs.args.not-found")));
    QVERIFY(codes(Validator().checkBundle(config, context)).contains(QStringLiteral("rootfs.args.not-found")));
    // Not for a root filesystem that is not there: the host finding says so.
    config["root"]["path"] = "nowhere";
    const QStringList missingRoot = codes(Validator::validate(config, context));
    QVERIFY(missingRoot.contains(QStringLiteral("host.root.missing")));
    QVERIFY(std::none_of(missingRoot.begin(), missingRoot.end(),
                         [](const QString &c) { return c.startsWith(QLatin1String("rootfs.")); }));
}

void tst_RootfsRules::cacheReusesUnchangedRootfs()
{
    Tree tree;
    busyboxImage(tree);
    tree.file(QStringLiteral("/bin/tool"), "#!/bin/sh\n", Tree::plain());
    Json config = baseConfig();
    process(config)["args"] = {"/bin/tool"};
    auto cache = std::make_shared<RootfsCheckCache>();
    ValidationContext context;
    context.bundleDirectory = tree.bundle();
    context.rootfsCache = cache;
    const auto rootfsCodes = [&] {
        QStringList list;
        for (const Finding &f : Validator().checkBundle(config, context)) {
            if (f.code.startsWith(QLatin1String("rootfs.")))
                list << f.code;
        }
        return list;
    };
    const QStringList first = rootfsCodes();
    QCOMPARE(first, QStringList{QStringLiteral("rootfs.args.not-executable")});
    QCOMPARE(cache->misses(), 1);
    QCOMPARE(rootfsCodes(), first);
    QCOMPARE(cache->hits(), 1);
    // Another part of the configuration than the rules read: still a hit.
    config["hostname"] = "elsewhere";
    QCOMPARE(rootfsCodes(), first);
    QCOMPARE(cache->hits(), 2);
    // The file changes: read again, and the finding goes.
    QVERIFY(QFile::setPermissions(tree.rootfs() + QStringLiteral("/bin/tool"), Tree::exec()));
    QCOMPARE(rootfsCodes(), QStringList());
    QCOMPARE(cache->hits(), 2);
    // A field the rules read changes: a miss, whatever the disk says.
    process(config)["args"] = {"/bin/nothing"};
    QCOMPARE(rootfsCodes(), QStringList{QStringLiteral("rootfs.args.not-found")});
    QCOMPARE(cache->hits(), 2);
    QCOMPARE(cache->misses(), 3);
}

void tst_RootfsRules::cancelledRunIsNotCached()
{
    Tree tree;
    busyboxImage(tree);
    Json config = baseConfig();
    for (int i = 0; i < 2000; ++i)
        config["mounts"].push_back(
            {{"destination", QStringLiteral("/mnt/%1").arg(i).toStdString()}, {"type", "tmpfs"}, {"source", "tmpfs"}});
    auto cache = std::make_shared<RootfsCheckCache>();
    ValidationContext context;
    context.bundleDirectory = tree.bundle();
    context.rootfsCache = cache;
    int asked = 0;
    context.canceled = [&asked] { return ++asked > 1; };
    Validator().checkBundle(config, context);
    QVERIFY(asked >= 2);
    context.canceled = {};
    Validator().checkBundle(config, context);
    QCOMPARE(cache->hits(), 0); // the cancelled run left nothing behind
    Validator().checkBundle(config, context);
    QCOMPARE(cache->hits(), 1);
}

QTEST_GUILESS_MAIN(tst_RootfsRules)
#include "tst_rootfsrules.moc"
