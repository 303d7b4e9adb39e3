// SPDX-License-Identifier: Apache-2.0
#include "ocispec/finding.h"
#include "ocispec/validator.h"
#include "runtime/runcbinary.h"
#include "runtime/runtimeerrorlocator.h"
#include "runtime/runtimelog.h"
#include "testbundle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <functional>
#include <tuple>
#include <vector>

// runc as the judge: each case is one change to a `runc spec`-like
// configuration with a busybox root filesystem. runc 1.1 runs it (or
// refuses it) for real, and the validator, used as `check` uses it, must
// agree: an error at the field for every refusal (a host warning where the
// cause is this machine), no error where runc runs the bundle.

namespace {

enum class Verdict { Runs, Refuses, RefusesHere };

struct OracleCase
{
    const char *name;
    Verdict verdict;
    const char *pointer; // where the refusal must be reported
    std::function<void(Json &)> change;
    std::function<void(QByteArray &)> editText = {}; // for what a tree cannot hold
};

Json &namespaces(Json &c)
{
    return c["linux"]["namespaces"];
}

void removeNamespace(Json &c, const char *type)
{
    Json kept = Json::array();
    for (const Json &ns : namespaces(c)) {
        if (ns["type"] != type)
            kept.push_back(ns);
    }
    namespaces(c) = kept;
}

void addUserNamespace(Json &c, int firstUid, int size)
{
    namespaces(c).push_back({{"type", "user"}});
    c["linux"]["uidMappings"] = Json::array({{{"containerID", firstUid}, {"hostID", 100000}, {"size", size}}});
    c["linux"]["gidMappings"] = Json::array({{{"containerID", 0}, {"hostID", 100000}, {"size", 65536}}});
}

void seccomp(Json &c, Json profile)
{
    c["linux"]["seccomp"] = std::move(profile);
}

Json rule(const char *name, const char *action)
{
    return {{"names", {name}}, {"action", action}};
}

void addMount(Json &c, Json mount)
{
    c["mounts"].push_back(std::move(mount));
}

const std::vector<OracleCase> &cases()
{
    using V = Verdict;
    static const std::vector<OracleCase> table = {
        // User namespaces.
        {"user namespace without mappings", V::Refuses, "/linux/uidMappings", [](Json &c) { namespaces(c).push_back({{"type", "user"}}); }},
        {"user namespace without gid mappings", V::Refuses, "/linux/gidMappings", [](Json &c) { addUserNamespace(c, 0, 65536); c["linux"].erase("gidMappings"); }},
        {"container root unmapped", V::Refuses, "/linux/uidMappings", [](Json &c) { addUserNamespace(c, 1, 65536); }},
        {"process uid unmapped", V::Refuses, "/process/user/uid", [](Json &c) { addUserNamespace(c, 0, 10); c["process"]["user"]["uid"] = 50; }},
        // Namespaces and what needs them.
        {"namespace twice", V::Refuses, "/linux/namespaces/5/type", [](Json &c) { namespaces(c).push_back({{"type", "pid"}}); }},
        {"namespace type unknown", V::Refuses, "/linux/namespaces/5/type", [](Json &c) { namespaces(c).push_back({{"type", "foo"}}); }},
        {"time namespace", V::Refuses, "/linux/namespaces/5/type", [](Json &c) { namespaces(c).push_back({{"type", "time"}}); }},
        {"namespace path missing here", V::RefusesHere, "/linux/namespaces/5/path", [](Json &c) { namespaces(c).push_back({{"type", "cgroup"}, {"path", "/proc/0/ns/cgroup"}}); }},
        {"hostname without UTS namespace", V::Refuses, "/hostname", [](Json &c) { removeNamespace(c, "uts"); }},
        {"hostname of 65 bytes", V::Refuses, "/hostname", [](Json &c) { c["hostname"] = std::string(65, 'a'); }},
        {"net sysctl without network namespace", V::Refuses, "/linux/sysctl/net.ipv4.ip_forward", [](Json &c) { removeNamespace(c, "network"); c["linux"]["sysctl"] = {{"net.ipv4.ip_forward", "1"}}; }},
        {"IPC sysctl without IPC namespace", V::Refuses, "/linux/sysctl/kernel.shmmax", [](Json &c) { removeNamespace(c, "ipc"); c["linux"]["sysctl"] = {{"kernel.shmmax", "100000"}}; }},
        {"sysctl of the whole host", V::Refuses, "/linux/sysctl/vm.swappiness", [](Json &c) { c["linux"]["sysctl"] = {{"vm.swappiness", "10"}}; }},
        {"kernel.hostname sysctl", V::Refuses, "/linux/sysctl/kernel.hostname", [](Json &c) { c["linux"]["sysctl"] = {{"kernel.hostname", "x"}}; }},
        {"masked paths without mount namespace", V::Refuses, "/linux/maskedPaths", [](Json &c) { removeNamespace(c, "mount"); }},
        // The process.
        {"no process", V::Refuses, "/process", [](Json &c) { c.erase("process"); }},
        {"relative cwd", V::Refuses, "/process/cwd", [](Json &c) { c["process"]["cwd"] = "tmp"; }},
        {"no arguments", V::Refuses, "/process/args", [](Json &c) { c["process"]["args"] = Json::array(); }},
        {"oomScoreAdj above 1000", V::Refuses, "/process/oomScoreAdj", [](Json &c) { c["process"]["oomScoreAdj"] = 1001; }},
        {"variable without =", V::Refuses, "/process/env/2", [](Json &c) { c["process"]["env"].push_back("NOEQUALS"); }},
        {"variable without name", V::Refuses, "/process/env/2", [](Json &c) { c["process"]["env"].push_back("=x"); }},
        {"uid above 2^31-1", V::Refuses, "/process/user/uid", [](Json &c) { c["process"]["user"]["uid"] = 2147483648u; }},
        {"additional gid above 2^31-1", V::Refuses, "/process/user/additionalGids/0", [](Json &c) { c["process"]["user"]["additionalGids"] = {4294967295u}; }},
        {"effective capability not permitted", V::Refuses, "/process/capabilities/effective/3", [](Json &c) { c["process"]["capabilities"]["effective"].push_back("CAP_SYS_ADMIN"); }},
        // rlimits.
        {"rlimit name unknown", V::Refuses, "/process/rlimits/1/type", [](Json &c) { c["process"]["rlimits"].push_back({{"type", "RLIMIT_FOO"}, {"hard", 1}, {"soft", 1}}); }},
        {"rlimit soft above hard", V::Refuses, "/process/rlimits/0/soft", [](Json &c) { c["process"]["rlimits"][0]["soft"] = 2048; }},
        // Resources.
        {"cpu shares 1", V::Refuses, "/linux/resources/cpu/shares", [](Json &c) { c["linux"]["resources"]["cpu"] = {{"shares", 1}}; }},
        {"cpu period 500", V::Refuses, "/linux/resources/cpu/period", [](Json &c) { c["linux"]["resources"]["cpu"] = {{"period", 500}}; }},
        {"cpu quota 500", V::Refuses, "/linux/resources/cpu/quota", [](Json &c) { c["linux"]["resources"]["cpu"] = {{"quota", 500}}; }},
        {"cpu list descending", V::Refuses, "/linux/resources/cpu/cpus", [](Json &c) { c["linux"]["resources"]["cpu"] = {{"cpus", "1-0"}}; }},
        {"cpu this machine lacks", V::RefusesHere, "/linux/resources/cpu/cpus", [](Json &c) { c["linux"]["resources"]["cpu"] = {{"cpus", "4095"}}; }},
        {"memory node this machine lacks", V::RefusesHere, "/linux/resources/cpu/mems", [](Json &c) { c["linux"]["resources"]["cpu"] = {{"mems", "4095"}}; }},
        {"memory limit of 1 MiB", V::Refuses, "/linux/resources/memory/limit", [](Json &c) { c["linux"]["resources"]["memory"] = {{"limit", 1048576}}; }},
        {"swap below memory limit", V::Refuses, "/linux/resources/memory/swap", [](Json &c) { c["linux"]["resources"]["memory"] = {{"limit", 8388608}, {"swap", 4194304}}; }},
        {"swap without memory limit", V::Refuses, "/linux/resources/memory/swap", [](Json &c) { c["linux"]["resources"]["memory"] = {{"swap", 8388608}}; }},
        {"swappiness 101", V::Refuses, "/linux/resources/memory/swappiness", [](Json &c) { c["linux"]["resources"]["memory"] = {{"swappiness", 101}}; }},
        {"blkio weight 5", V::Refuses, "/linux/resources/blockIO/weight", [](Json &c) { c["linux"]["resources"]["blockIO"] = {{"weight", 5}}; }},
        {"device rule without access", V::Refuses, "/linux/resources/devices/1/access", [](Json &c) { c["linux"]["resources"]["devices"].push_back({{"allow", true}, {"access", ""}}); }},
        {"device rule of type p", V::Refuses, "/linux/resources/devices/1/type", [](Json &c) { c["linux"]["resources"]["devices"].push_back({{"allow", true}, {"type", "p"}, {"access", "rwm"}}); }},
        // Seccomp.
        {"seccomp flags", V::Refuses, "/linux/seccomp/flags", [](Json &c) { seccomp(c, {{"defaultAction", "SCMP_ACT_ALLOW"}, {"flags", {"SECCOMP_FILTER_FLAG_LOG"}}}); }},
        {"seccomp action unknown", V::Refuses, "/linux/seccomp/defaultAction", [](Json &c) { seccomp(c, {{"defaultAction", "SCMP_ACT_FOO"}}); }},
        {"seccomp architecture runc lacks", V::Refuses, "/linux/seccomp/architectures/0", [](Json &c) { seccomp(c, {{"defaultAction", "SCMP_ACT_ALLOW"}, {"architectures", {"SCMP_ARCH_RISCV64"}}}); }},
        {"seccomp empty name", V::Refuses, "/linux/seccomp/syscalls/0/names/0", [](Json &c) { seccomp(c, {{"defaultAction", "SCMP_ACT_ALLOW"}, {"syscalls", {rule("", "SCMP_ACT_ERRNO")}}}); }},
        {"seccomp notify without listener", V::Refuses, "/linux/seccomp/syscalls/0/action", [](Json &c) { seccomp(c, {{"defaultAction", "SCMP_ACT_ALLOW"}, {"syscalls", {rule("mkdir", "SCMP_ACT_NOTIFY")}}}); }},
        {"seccomp notify as default", V::Refuses, "/linux/seccomp/defaultAction", [](Json &c) { seccomp(c, {{"defaultAction", "SCMP_ACT_NOTIFY"}}); }},
        {"seccomp argument 6", V::Refuses, "/linux/seccomp/syscalls/0/args/0/index", [](Json &c) {
             Json r = rule("mkdir", "SCMP_ACT_ERRNO");
             r["args"] = {{{"index", 6}, {"value", 1}, {"op", "SCMP_CMP_EQ"}}};
             seccomp(c, {{"defaultAction", "SCMP_ACT_ALLOW"}, {"syscalls", {r}}});
         }},
        // Mounts, devices, root.
        {"mount inside /proc", V::Refuses, "/mounts/4/destination", [](Json &c) { addMount(c, {{"destination", "/proc/foo"}, {"type", "tmpfs"}, {"source", "tmpfs"}}); }},
        {"tmpfs on /proc", V::Refuses, "/mounts/0/destination", [](Json &c) { c["mounts"][0]["type"] = "tmpfs"; c["mounts"][0]["source"] = "tmpfs"; }},
        {"bind source missing here", V::RefusesHere, "/mounts/4/source", [](Json &c) { addMount(c, {{"destination", "/mnt"}, {"type", "bind"}, {"source", "/nonexistent"}, {"options", {"rbind"}}}); }},
        {"file system type unknown here", V::RefusesHere, "/mounts/4/type", [](Json &c) { addMount(c, {{"destination", "/mnt"}, {"type", "nosuchfs"}, {"source", "x"}}); }},
        {"rootfsPropagation unknown", V::Refuses, "/linux/rootfsPropagation", [](Json &c) { c["linux"]["rootfsPropagation"] = "foo"; }},
        {"device type q", V::Refuses, "/linux/devices/0/type", [](Json &c) { c["linux"]["devices"] = {{{"path", "/dev/x"}, {"type", "q"}, {"major", 1}, {"minor", 3}}}; }},
        {"own /dev/null not allowed", V::Refuses, "/linux/devices/0/path", [](Json &c) { c["linux"]["devices"] = {{{"path", "/dev/null"}, {"type", "c"}, {"major", 1}, {"minor", 3}}}; }},
        {"no root", V::Refuses, "/root", [](Json &c) { c.erase("root"); }},
        {"root path missing here", V::RefusesHere, "/root/path", [](Json &c) { c["root"]["path"] = "nonexistent"; }},
        {"root path a file", V::RefusesHere, "/root/path", [](Json &c) { c["root"]["path"] = "config.json"; }},
        {"root path closed to the mapped root", V::RefusesHere, "/root/path", [](Json &c) { addUserNamespace(c, 0, 65536); c["root"]["path"] = "private/rootfs"; }},
        // The root filesystem (files made in initTestCase()).
        {"program missing", V::Refuses, "/process/args/0", [](Json &c) { c["process"]["args"] = {"/bin/nonexistent"}; }},
        {"program without execute bit", V::Refuses, "/process/args/0", [](Json &c) { c["process"]["args"] = {"/bin/notexec"}; }},
        {"program a directory", V::Refuses, "/process/args/0", [](Json &c) { c["process"]["args"] = {"/bin"}; }},
        {"program name without PATH", V::Refuses, "/process/args/0", [](Json &c) { c["process"]["env"] = {"TERM=xterm"}; }},
        {"PATH with a relative directory", V::Refuses, "/process/args/0", [](Json &c) { c["process"]["env"] = {"PATH=bin"}; }},
        {"ELF interpreter missing", V::Refuses, "/process/args/0", [](Json &c) { c["process"]["args"] = {"/bin/dynamic"}; }},
        {"script for a missing shell", V::Refuses, "/process/args/0", [](Json &c) { c["process"]["args"] = {"/bin/bashscript"}; }},
        {"cwd is a file", V::Refuses, "/process/cwd", [](Json &c) { c["process"]["cwd"] = "/etc/afile"; }},
        {"directory bound over a file", V::Refuses, "/mounts/4/destination", [](Json &c) { addMount(c, {{"destination", "/etc/afile"}, {"type", "bind"}, {"source", "/usr"}, {"options", {"rbind", "ro"}}}); }},
        {"file bound over a directory", V::Refuses, "/mounts/4/destination", [](Json &c) { addMount(c, {{"destination", "/etc"}, {"type", "bind"}, {"source", "config.json"}, {"options", {"bind", "ro"}}}); }},
        {"tmpfs over a file", V::Refuses, "/mounts/4/destination", [](Json &c) { addMount(c, {{"destination", "/etc/afile"}, {"type", "tmpfs"}, {"source", "tmpfs"}}); }},

        // The bytes: what Go's JSON decoder refuses.
        {"byte order mark", V::Refuses, "", [](Json &) {}, [](QByteArray &text) { text.prepend("\xEF\xBB\xBF"); }},
        {"uid -0", V::Refuses, "/process/user/uid", [](Json &) {}, [](QByteArray &text) { text.replace("\"uid\": 0", "\"uid\": -0"); }},
        {"uid 0.0", V::Refuses, "/process/user/uid", [](Json &) {}, [](QByteArray &text) { text.replace("\"uid\": 0", "\"uid\": 0.0"); }},

        // What runc runs although a naive reading would object.
        {"as generated", V::Runs, "", [](Json &) {}},
        {"ID mappings without user namespace", V::Runs, "", [](Json &c) { c["linux"]["uidMappings"] = {{{"containerID", 0}, {"hostID", 100000}, {"size", 65536}}}; }},
        {"user namespace mapped", V::Runs, "", [](Json &c) { addUserNamespace(c, 0, 65536); }},
        {"domainname without UTS namespace", V::Runs, "", [](Json &c) { removeNamespace(c, "uts"); c.erase("hostname"); c["domainname"] = "example.org"; }},
        {"kernel.domainname with UTS namespace", V::Runs, "", [](Json &c) { c["linux"]["sysctl"] = {{"kernel.domainname", "example.org"}}; }},
        {"sysctl with slashes", V::Runs, "", [](Json &c) { c["linux"]["sysctl"] = {{"net/ipv4/ip_forward", "1"}}; }},
        {"hostname of 64 bytes", V::Runs, "", [](Json &c) { c["hostname"] = std::string(64, 'a'); }},
        {"uid 2^31-1", V::Runs, "", [](Json &c) { c["process"]["user"]["uid"] = 2147483647; }},
        {"oomScoreAdj 1000", V::Runs, "", [](Json &c) { c["process"]["oomScoreAdj"] = 1000; }},
        {"cpu list with an empty item", V::Runs, "", [](Json &c) { c["linux"]["resources"]["cpu"] = {{"cpus", "0,,0"}, {"mems", "0"}}; }},
        {"negative cpu quota", V::Runs, "", [](Json &c) { c["linux"]["resources"]["cpu"] = {{"quota", -5}, {"shares", 0}}; }},
        {"negative pids limit", V::Runs, "", [](Json &c) { c["linux"]["resources"]["pids"] = {{"limit", -5}}; }},
        {"kernel memory", V::Runs, "", [](Json &c) { c["linux"]["resources"]["memory"] = {{"kernel", 4194304}, {"limit", 8388608}, {"swap", -1}}; }},
        {"seccomp name no architecture knows", V::Runs, "", [](Json &c) { seccomp(c, {{"defaultAction", "SCMP_ACT_ALLOW"}, {"syscalls", {rule("nosuchcall", "SCMP_ACT_ERRNO")}}}); }},
        {"seccomp x86 and x32", V::Runs, "", [](Json &c) { seccomp(c, {{"defaultAction", "SCMP_ACT_ALLOW"}, {"architectures", {"SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"}}, {"syscalls", {rule("socketcall", "SCMP_ACT_KILL_PROCESS")}}}); }},
        {"relative mount destination", V::Runs, "", [](Json &c) { addMount(c, {{"destination", "mnt"}, {"type", "tmpfs"}, {"source", "tmpfs"}}); }},
        {"lxcfs-style mount in /proc", V::Runs, "", [](Json &c) { addMount(c, {{"destination", "/proc/meminfo"}, {"type", "bind"}, {"source", "/proc/meminfo"}, {"options", {"rbind"}}}); }},
        {"rootfsPropagation shared", V::Runs, "", [](Json &c) { c["linux"]["rootfsPropagation"] = "shared"; }},
        {"device of type u", V::Runs, "", [](Json &c) { c["linux"]["devices"] = {{{"path", "/dev/fuse"}, {"type", "u"}, {"major", 10}, {"minor", 229}}}; }},
        {"own /dev/null allowed", V::Runs, "", [](Json &c) {
             c["linux"]["devices"] = {{{"path", "/dev/null"}, {"type", "c"}, {"major", 1}, {"minor", 3}}};
             c["linux"]["resources"]["devices"].push_back({{"allow", true}, {"type", "c"}, {"major", 1}, {"minor", 3}, {"access", "rwm"}});
         }},
        {"image annotations", V::Runs, "", [](Json &c) { c["annotations"] = {{"org.opencontainers.image.exposedPorts", "80/tcp"}, {"org.opencontainers.image.stopSignal", "SIGTERM"}, {"org.opencontainers.foo", "x"}}; }},
        {"cwd missing is created", V::Runs, "", [](Json &c) { c["process"]["cwd"] = "/made/by/runc"; }},
        {"PATH passes over a file without execute bit", V::Runs, "", [](Json &c) { c["process"]["env"] = {"PATH=/etc:/bin"}; }},
        {"uid without /etc/passwd", V::Runs, "", [](Json &c) { c["process"]["user"] = {{"uid", 1000}, {"gid", 1000}}; }},
        {"file bound over a file", V::Runs, "", [](Json &c) { addMount(c, {{"destination", "/etc/afile"}, {"type", "bind"}, {"source", "config.json"}, {"options", {"bind", "ro"}}}); }},
        {"script for busybox sh", V::Runs, "", [](Json &c) { c["process"]["args"] = {"/bin/script"}; }},
        {"uid -0 as a signed oomScoreAdj", V::Runs, "", [](Json &c) { c["process"]["oomScoreAdj"] = 0; }, [](QByteArray &text) { text.replace("\"oomScoreAdj\": 0", "\"oomScoreAdj\": -0"); }},
    };
    return table;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << Findings::toText(f);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_RuncOracle final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesWithRunc_data();
    void agreesWithRunc();
    void cleanupTestCase();

private:
    std::unique_ptr<TestBundle> m_bundle;
    int m_refused = 0;
    int m_ran = 0;
};

namespace {

// The run view's side: when runc refuses a bundle anyway, its own message
// in the JSON log leads to the field (RuntimeErrorLocator), the field itself
// or one of its ancestors or members.
bool related(const QString &located, const QString &expected)
{
    if (located == expected)
        return true;
    if (located.isEmpty() || expected.isEmpty())
        return false;
    return expected.startsWith(located + QLatin1Char('/')) || located.startsWith(expected + QLatin1Char('/'));
}

// Where runc's message names another field than the cause: what it names.
const char *runcBlames(const char *row)
{
    static const std::pair<const char *, const char *> table[] = {
        // runc cannot create /proc in a root file system the mapped user may not write.
        {"process uid unmapped", "/mounts/0/destination"},
    };
    for (const auto &[name, pointer] : table) {
        if (qstrcmp(name, row) == 0)
            return pointer;
    }
    return nullptr;
}

bool runcLeadsToTheField(const OracleCase &row, const QString &logPath, const QString &said, const Json &config)
{
    QFile file(logPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<Finding> located =
        RuntimeErrorLocator::findingsFor(RuntimeLogReader::parse(file.readAll()), config, said);
    const QString expected = QLatin1String(runcBlames(row.name) ? runcBlames(row.name) : row.pointer);
    const bool found = std::any_of(located.begin(), located.end(), [&](const Finding &f) {
        return f.severity == Finding::Severity::Error && related(f.pointer, expected);
    });
    if (!found)
        qWarning("the run view points elsewhere than %s:\n%s", qPrintable(expected), qPrintable(describe(located)));
    return found;
}

} // namespace

void tst_RuncOracle::initTestCase()
{
    const QString reason = runtimeCannotRunContainers(QStringLiteral("runc"));
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_bundle = std::make_unique<TestBundle>();
    QVERIFY2(m_bundle->isValid(), qPrintable(m_bundle->errorString()));
    // Open to the mapped root of a user namespace, but for one directory.
    const QFileDevice::Permissions open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(m_bundle->path(), open));
    QVERIFY(QDir(m_bundle->path()).mkpath(QStringLiteral("private/rootfs")));
    QVERIFY(QFile::setPermissions(m_bundle->path() + QStringLiteral("/private"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    // The files the root filesystem rows need, beside busybox and its links.
    const QString rootfs = m_bundle->path() + QStringLiteral("/rootfs");
    const QFileDevice::Permissions plain =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QDir(rootfs).mkpath(QStringLiteral("etc")));
    for (const auto &[name, content, permissions] :
         {std::tuple{"bin/notexec", QByteArray("#!/bin/sh\n"), plain},
          std::tuple{"etc/afile", QByteArray("x\n"), plain}, std::tuple{"etc/sh", QByteArray("x\n"), plain},
          std::tuple{"bin/bashscript", QByteArray("#!/bin/bash\n"), open},
          std::tuple{"bin/script", QByteArray("#!/bin/sh\nexit 0\n"), open}}) {
        QFile file(rootfs + QLatin1Char('/') + QLatin1String(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
        file.close();
        QVERIFY(file.setPermissions(permissions));
    }
    // A dynamically linked program whose loader the root filesystem lacks.
    QVERIFY(QFile::copy(QStringLiteral("/bin/ls"), rootfs + QStringLiteral("/bin/dynamic")));
    QVERIFY(cases().size() >= 40);
}

void tst_RuncOracle::agreesWithRunc_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name) << int(i);
}

void tst_RuncOracle::agreesWithRunc()
{
    QFETCH(int, index);
    const OracleCase &row = cases()[size_t(index)];
    Json config =
        TestBundle::config({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral(":")}, false, Json::object());
    row.change(config);
    QByteArray text = QByteArray::fromStdString(config.dump(4));
    if (row.editText)
        row.editText(text);
    const QString configPath = m_bundle->path() + QStringLiteral("/config.json");
    {
        QFile file(configPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(text), text.size());
    }

    // The judge.
    const QString id = uniqueContainerId();
    QProcess runc;
    // Logged as the run panel logs it, for the run view's side below.
    const QString logPath = m_bundle->path() + QStringLiteral("/runc-log.json");
    QFile::remove(logPath);
    runc.start(RuncBinary::locate(QStringLiteral("runc")),
               {QStringLiteral("--root"), m_bundle->stateRoot(), QStringLiteral("--log"), logPath,
                QStringLiteral("--log-format"), QStringLiteral("json"), QStringLiteral("run"),
                QStringLiteral("--bundle"), m_bundle->path(), id});
    runc.closeWriteChannel();
    QVERIFY(runc.waitForFinished(30000));
    const bool refused = runc.exitStatus() != QProcess::NormalExit || runc.exitCode() != 0;
    const QString said = QString::fromUtf8(runc.readAllStandardError()).trimmed();
    if (refused)
        forceDelete(QStringLiteral("runc"), m_bundle->stateRoot(), id);
    (refused ? m_refused : m_ran)++;
    // The table stays true: runc does what the row says.
    QVERIFY2(
        refused == (row.verdict != Verdict::Runs),
        qPrintable(
            QStringLiteral("runc %1 it: %2").arg(refused ? QStringLiteral("refused") : QStringLiteral("ran"), said)));

    // The validator, as `check` runs it.
    const Json parsed = Json::parse(text.constData(), text.constData() + text.size(), nullptr, false, true);
    QVERIFY(!parsed.is_discarded());
    if (refused)
        QVERIFY2(runcLeadsToTheField(row, logPath, said, parsed), qPrintable(said));
    const QList<Finding> findings = Validator::validate(parsed, {m_bundle->path(), text});
    const QString report = QStringLiteral("runc: %1\nvalidator:\n%2").arg(said, describe(findings));
    if (row.verdict == Verdict::Runs) {
        QVERIFY2(!Findings::hasErrors(findings), qPrintable(report));
        return;
    }
    const QString pointer = QLatin1String(row.pointer);
    const bool reported = std::any_of(findings.begin(), findings.end(), [&](const Finding &f) {
        if (f.pointer != pointer)
            return false;
        if (f.severity == Finding::Severity::Error)
            return true;
        return row.verdict == Verdict::RefusesHere && f.host && f.severity == Finding::Severity::Warning;
    });
    QVERIFY2(reported, qPrintable(report));
}

void tst_RuncOracle::cleanupTestCase()
{
    if (m_refused + m_ran > 0)
        qInfo("runc refused %d of %d cases and ran %d", m_refused, m_refused + m_ran, m_ran);
}

QTEST_GUILESS_MAIN(tst_RuncOracle)
#include "tst_runcoracle.moc"
