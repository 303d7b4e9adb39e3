// SPDX-License-Identifier: Apache-2.0
// Which aspects a config uses, and what a runtime's features say about each:
// hand-written feature documents for the corner cases, the real "runc
// features" and "crun --version" of this machine for the rest.
#include "runtime/runcbinary.h"
#include "runtime/runtimefeatures.h"
#include "runtime/runtimesupportcheck.h"

#include <QProcess>
#include <QTest>

using Kind = RuntimeSupportVerdict::Kind;
using Aspect = RuntimeSupportRow::Aspect;

Q_DECLARE_METATYPE(RuntimeSupportVerdict::Kind)
Q_DECLARE_METATYPE(RuntimeSupportRow::Aspect)

// A runtime that reports little: no capabilities, no seccomp lists, no
// mountExtensions, apparmor compiled out.
static const char Sparse[] = R"({
  "ociVersionMin": "1.0.0", "ociVersionMax": "1.1.0",
  "hooks": ["prestart", "poststop"],
  "mountOptions": ["bind", "ro", "nosuid"],
  "linux": {
    "namespaces": ["mount", "pid", "network"],
    "seccomp": {"enabled": true},
    "apparmor": {"enabled": false},
    "cgroup": {"v1": false, "v2": true}
  },
  "annotations": {"org.opencontainers.runc.version": "9.9.9+test"}
})";

// A newer runtime's shape: every section, idmap mounts and seccomp flags.
static const char Full[] = R"({
  "ociVersionMin": "1.0.0", "ociVersionMax": "1.2.0",
  "hooks": ["prestart", "createRuntime", "poststop"],
  "mountOptions": ["bind", "rbind", "ro", "idmap"],
  "linux": {
    "namespaces": ["mount", "pid", "time"],
    "capabilities": ["CAP_KILL", "CAP_BPF"],
    "cgroup": {"v1": true, "v2": true, "systemd": false},
    "seccomp": {"enabled": true, "actions": ["SCMP_ACT_ALLOW", "SCMP_ACT_ERRNO"],
                "operators": ["SCMP_CMP_EQ"], "archs": ["SCMP_ARCH_X86_64"],
                "knownFlags": ["SECCOMP_FILTER_FLAG_LOG", "SECCOMP_FILTER_FLAG_TSYNC"],
                "supportedFlags": ["SECCOMP_FILTER_FLAG_LOG"]},
    "apparmor": {"enabled": true}, "selinux": {"enabled": true},
    "intelRdt": {"enabled": false},
    "mountExtensions": {"idmap": {"enabled": true}},
    "netDevices": {"enabled": true}
  }
})";

static const char CrunVersion[] = "crun version 1.8.1\n"
                                  "commit: f8a096be060b22ccd3d5f3ebe44108517fbf6c30\n"
                                  "rundir: /run/crun\n"
                                  "spec: 1.0.0\n"
                                  "+SYSTEMD +SELINUX +APPARMOR +CAP -SECCOMP +EBPF +YAJL\n";

class tst_RuntimeSupportCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data();
    void rows();
    void verdicts_data();
    void verdicts();
    void crunVersionText();
    void compareVersions_data();
    void compareVersions();
    void installedRunc_data();
    void installedRunc();
    void installedCrun();

private:
    static QByteArray output(const QString &program, const QStringList &arguments);
    static RuntimeSupportRow rowOf(const QByteArray &config, Aspect aspect);
};

QByteArray tst_RuntimeSupportCheck::output(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QByteArray();
    return process.readAllStandardOutput();
}

RuntimeSupportRow tst_RuntimeSupportCheck::rowOf(const QByteArray &config, Aspect aspect)
{
    const QList<RuntimeSupportRow> rows =
        RuntimeSupportCheck::rows(Json::parse(config.toStdString()), RuntimeSupportCheck::CgroupVersion::V2);
    for (const RuntimeSupportRow &row : rows) {
        if (row.aspect == aspect)
            return row;
    }
    return RuntimeSupportRow{aspect, {}};
}

void tst_RuntimeSupportCheck::rows_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QList<int>>("aspects");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("pointers");

    QTest::newRow("empty: ociVersion alone")
        << QByteArray("{}") << QList<int>{Aspect::OciVersion} << QStringList{"not set"} << QStringList{"/ociVersion"};
    QTest::newRow("not an object") << QByteArray("[]") << QList<int>{Aspect::OciVersion} << QStringList{"not set"}
                                   << QStringList{"/ociVersion"};
    QTest::newRow("values once, first place") << QByteArray(
        R"({"ociVersion":"1.0.2","process":{"capabilities":{"bounding":["CAP_KILL","CAP_BPF"],)"
        R"("effective":["CAP_BPF","CAP_CHOWN"]}},"linux":{"namespaces":[{"type":"pid"},{"type":"pid"},{"type":"time"}]}})")
                                              << QList<int>{Aspect::OciVersion, Aspect::Namespaces,
                                                            Aspect::Capabilities}
                                              << QStringList{"1.0.2", "pid, time", "CAP_KILL, CAP_BPF, CAP_CHOWN"}
                                              << QStringList{"/ociVersion", "/linux/namespaces/0/type",
                                                             "/process/capabilities/bounding/0"};
    QTest::newRow("mounts: generic options and idmap") << QByteArray(
        R"({"ociVersion":"1.2.0","mounts":[{"destination":"/proc","options":["nosuid","mode=755"]},)"
        R"({"destination":"/data","options":["rbind","idmap"],"uidMappings":[{"containerID":0,"hostID":1000,"size":1}]}]})")
                                                       << QList<int>{Aspect::OciVersion, Aspect::MountOptions,
                                                                     Aspect::IdmapMounts}
                                                       << QStringList{"1.2.0", "nosuid, rbind, idmap", "/data"}
                                                       << QStringList{"/ociVersion", "/mounts/0/options/0",
                                                                      "/mounts/1/uidMappings"};
    QTest::newRow("seccomp in parts")
        << QByteArray(
               R"({"linux":{"seccomp":{"defaultAction":"SCMP_ACT_ERRNO","architectures":["SCMP_ARCH_X86_64"],)"
               R"("flags":["SECCOMP_FILTER_FLAG_LOG"],"syscalls":[{"names":["personality"],"action":"SCMP_ACT_ALLOW",)"
               R"("args":[{"index":0,"value":0,"op":"SCMP_CMP_EQ"}]}]}}})")
        << QList<int>{Aspect::OciVersion,           Aspect::Seccomp,          Aspect::SeccompActions,
                      Aspect::SeccompArchitectures, Aspect::SeccompOperators, Aspect::SeccompFlags}
        << QStringList{"not set",          "SCMP_ACT_ERRNO", "SCMP_ACT_ERRNO, SCMP_ACT_ALLOW",
                       "SCMP_ARCH_X86_64", "SCMP_CMP_EQ",    "SECCOMP_FILTER_FLAG_LOG"}
        << QStringList{"/ociVersion",
                       "/linux/seccomp",
                       "/linux/seccomp/defaultAction",
                       "/linux/seccomp/architectures/0",
                       "/linux/seccomp/syscalls/0/args/0/op",
                       "/linux/seccomp/flags/0"};
    QTest::newRow("labels, cgroups, systemd, rdt, net devices")
        << QByteArray(
               R"({"process":{"apparmorProfile":"docker-default","selinuxLabel":"system_u:system_r:container_t:s0"},)"
               R"("hooks":{"createRuntime":[]},)"
               R"("linux":{"cgroupsPath":"system.slice:obe:demo","intelRdt":{"closID":"guaranteed"},)"
               R"("netDevices":{"eth1":{}}}})")
        << QList<int>{Aspect::OciVersion, Aspect::Hooks,         Aspect::AppArmor, Aspect::SELinux,
                      Aspect::Cgroups,    Aspect::SystemdCgroup, Aspect::IntelRdt, Aspect::NetDevices}
        << QStringList{"not set",
                       "createRuntime",
                       "docker-default",
                       "system_u:system_r:container_t:s0",
                       "v2 (this machine)",
                       "system.slice:obe:demo",
                       "closID",
                       "eth1"}
        << QStringList{"/ociVersion",           "/hooks/createRuntime",  "/process/apparmorProfile",
                       "/process/selinuxLabel", "/linux/cgroupsPath",    "/linux/cgroupsPath",
                       "/linux/intelRdt",       "/linux/netDevices/eth1"};
    QTest::newRow("a plain cgroups path is not systemd's")
        << QByteArray(R"({"linux":{"cgroupsPath":"/obe/demo","resources":{}}})")
        << QList<int>{Aspect::OciVersion, Aspect::Cgroups} << QStringList{"not set", "v2 (this machine)"}
        << QStringList{"/ociVersion", "/linux/resources"};
    QTest::newRow("wrong types are ignored") << QByteArray(
        R"({"hooks":[],"linux":{"namespaces":{"type":"x"},"seccomp":[]},"mounts":{},"process":{"capabilities":[]}})")
                                             << QList<int>{Aspect::OciVersion} << QStringList{"not set"}
                                             << QStringList{"/ociVersion"};
}

void tst_RuntimeSupportCheck::rows()
{
    QFETCH(QByteArray, config);
    QFETCH(QList<int>, aspects);
    QFETCH(QStringList, values);
    QFETCH(QStringList, pointers);
    const QList<RuntimeSupportRow> rows =
        RuntimeSupportCheck::rows(Json::parse(config.toStdString()), RuntimeSupportCheck::CgroupVersion::V2);
    QList<int> gotAspects;
    QStringList gotValues;
    QStringList gotPointers;
    for (const RuntimeSupportRow &row : rows) {
        gotAspects << row.aspect;
        gotValues << row.valueText();
        gotPointers << JsonUtil::pointerString(row.pointer());
        QVERIFY(!row.title().isEmpty());
    }
    QCOMPARE(gotAspects, aspects);
    QCOMPARE(gotValues, values);
    QCOMPARE(gotPointers, pointers);
}

void tst_RuntimeSupportCheck::verdicts_data()
{
    QTest::addColumn<QByteArray>("features");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<Aspect>("aspect");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("reason");

    QTest::newRow("version in range") << QByteArray(Sparse) << QByteArray(R"({"ociVersion":"1.0.2"})")
                                      << Aspect::OciVersion << Kind::Supported << QString();
    QTest::newRow("version newer: a caution")
        << QByteArray(Sparse) << QByteArray(R"({"ociVersion":"1.2.0"})") << Aspect::OciVersion << Kind::Caution
        << "1.2.0 is newer than runc 9.9.9 declares (up to 1.1.0). It does not check the version, but may ignore "
           "fields added since.";
    QTest::newRow("version older: a caution")
        << QByteArray(Sparse) << QByteArray(R"({"ociVersion":"0.6.0"})") << Aspect::OciVersion << Kind::Caution
        << "0.6.0 is older than runc 9.9.9 declares (from 1.0.0). It does not check the version.";
    QTest::newRow("version no version") << QByteArray(Sparse) << QByteArray(R"({"ociVersion":"latest"})")
                                        << Aspect::OciVersion << Kind::Unknown
                                        << "'latest' is not a version of the spec.";
    QTest::newRow("version unset") << QByteArray(Sparse) << QByteArray("{}") << Aspect::OciVersion << Kind::Unknown
                                   << "The configuration sets no ociVersion.";
    QTest::newRow("hook unsupported") << QByteArray(Sparse)
                                      << QByteArray(R"({"hooks":{"prestart":[],"createRuntime":[]}})") << Aspect::Hooks
                                      << Kind::Unsupported << "runc 9.9.9 features lists no 'createRuntime'.";
    QTest::newRow("namespaces supported")
        << QByteArray(Sparse) << QByteArray(R"({"linux":{"namespaces":[{"type":"pid"}]}})") << Aspect::Namespaces
        << Kind::Supported << QString();
    QTest::newRow("capabilities not reported: unknown")
        << QByteArray(Sparse) << QByteArray(R"({"process":{"capabilities":{"bounding":["CAP_KILL"]}}})")
        << Aspect::Capabilities << Kind::Unknown << "runc 9.9.9 features does not report this.";
    QTest::newRow("capability unsupported")
        << QByteArray(Full) << QByteArray(R"({"process":{"capabilities":{"bounding":["CAP_KILL","CAP_PERFMON"]}}})")
        << Aspect::Capabilities << Kind::Unsupported << "runc features lists no 'CAP_PERFMON'.";
    QTest::newRow("mount options unsupported")
        << QByteArray(Sparse) << QByteArray(R"({"mounts":[{"options":["ro","rro","size=1m","idmap"]}]})")
        << Aspect::MountOptions << Kind::Unsupported << "runc 9.9.9 features lists no 'rro', 'idmap'.";
    QTest::newRow("idmap mounts not reported")
        << QByteArray(Sparse) << QByteArray(R"({"mounts":[{"destination":"/d","gidMappings":[{"size":1}]}]})")
        << Aspect::IdmapMounts << Kind::Unknown << "runc 9.9.9 features does not report this.";
    QTest::newRow("idmap mounts enabled")
        << QByteArray(Full) << QByteArray(R"({"mounts":[{"destination":"/d","uidMappings":[{"size":1}]}]})")
        << Aspect::IdmapMounts << Kind::Supported << QString();
    QTest::newRow("seccomp enabled") << QByteArray(Sparse)
                                     << QByteArray(R"({"linux":{"seccomp":{"defaultAction":"SCMP_ACT_ERRNO"}}})")
                                     << Aspect::Seccomp << Kind::Supported << QString();
    QTest::newRow("seccomp actions not reported")
        << QByteArray(Sparse) << QByteArray(R"({"linux":{"seccomp":{"defaultAction":"SCMP_ACT_ERRNO"}}})")
        << Aspect::SeccompActions << Kind::Unknown << "runc 9.9.9 features does not report this.";
    QTest::newRow("seccomp action unsupported")
        << QByteArray(Full)
        << QByteArray(
               R"({"linux":{"seccomp":{"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"action":"SCMP_ACT_NOTIFY"}]}}})")
        << Aspect::SeccompActions << Kind::Unsupported << "runc features lists no 'SCMP_ACT_NOTIFY'.";
    QTest::newRow("seccomp architecture unsupported")
        << QByteArray(Full) << QByteArray(R"({"linux":{"seccomp":{"architectures":["SCMP_ARCH_AARCH64"]}}})")
        << Aspect::SeccompArchitectures << Kind::Unsupported << "runc features lists no 'SCMP_ARCH_AARCH64'.";
    QTest::newRow("seccomp operator unsupported")
        << QByteArray(Full)
        << QByteArray(
               R"({"linux":{"seccomp":{"syscalls":[{"action":"SCMP_ACT_ALLOW","args":[{"op":"SCMP_CMP_NE"}]}]}}})")
        << Aspect::SeccompOperators << Kind::Unsupported << "runc features lists no 'SCMP_CMP_NE'.";
    QTest::newRow("seccomp flag known but not supported here")
        << QByteArray(Full) << QByteArray(R"({"linux":{"seccomp":{"flags":["SECCOMP_FILTER_FLAG_TSYNC"]}}})")
        << Aspect::SeccompFlags << Kind::Unsupported << "runc features lists no 'SECCOMP_FILTER_FLAG_TSYNC'.";
    QTest::newRow("seccomp flags not reported")
        << QByteArray(Sparse) << QByteArray(R"({"linux":{"seccomp":{"flags":["SECCOMP_FILTER_FLAG_LOG"]}}})")
        << Aspect::SeccompFlags << Kind::Unknown << "runc 9.9.9 features does not report this.";
    QTest::newRow("runc 1.1 refuses seccomp flags")
        << QByteArray(R"({"ociVersionMin":"1.0.0","ociVersionMax":"1.0.2-dev","linux":{"seccomp":{"enabled":true}},)"
                      R"("annotations":{"org.opencontainers.runc.version":"1.1.4"}})")
        << QByteArray(R"({"linux":{"seccomp":{"flags":["SECCOMP_FILTER_FLAG_LOG"]}}})") << Aspect::SeccompFlags
        << Kind::Unsupported
        << "runc 1.1.4 refuses any seccomp flag (\"seccomp flags are not yet supported by runc\").";
    QTest::newRow("apparmor disabled") << QByteArray(Sparse)
                                       << QByteArray(R"({"process":{"apparmorProfile":"docker-default"}})")
                                       << Aspect::AppArmor << Kind::Unsupported
                                       << "runc 9.9.9 reports AppArmor as disabled.";
    QTest::newRow("selinux not reported")
        << QByteArray(Sparse) << QByteArray(R"({"linux":{"mountLabel":"x"}})") << Aspect::SELinux << Kind::Unknown
        << "runc 9.9.9 features does not report this.";
    QTest::newRow("cgroup v2 supported") << QByteArray(Sparse) << QByteArray(R"({"linux":{"resources":{}}})")
                                         << Aspect::Cgroups << Kind::Supported << QString();
    QTest::newRow("systemd driver disabled")
        << QByteArray(Full) << QByteArray(R"({"linux":{"cgroupsPath":"system.slice:obe:x"}})") << Aspect::SystemdCgroup
        << Kind::Unsupported << "runc reports systemd cgroup driver as disabled.";
    QTest::newRow("intel rdt disabled") << QByteArray(Full) << QByteArray(R"({"linux":{"intelRdt":{}}})")
                                        << Aspect::IntelRdt << Kind::Unsupported
                                        << "runc reports Intel RDT as disabled.";
    QTest::newRow("net devices enabled") << QByteArray(Full) << QByteArray(R"({"linux":{"netDevices":{"eth1":{}}}})")
                                         << Aspect::NetDevices << Kind::Supported << QString();
    QTest::newRow("net devices not reported")
        << QByteArray(Sparse) << QByteArray(R"({"linux":{"netDevices":{"eth1":{}}}})") << Aspect::NetDevices
        << Kind::Unknown << "runc 9.9.9 features does not report this.";
}

void tst_RuntimeSupportCheck::verdicts()
{
    QFETCH(QByteArray, features);
    QFETCH(QByteArray, config);
    QFETCH(Aspect, aspect);
    QFETCH(Kind, kind);
    QFETCH(QString, reason);
    const Result<RuntimeFeatures> parsed = RuntimeFeatures::fromJson(features);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    const RuntimeSupportRow row = rowOf(config, aspect);
    QVERIFY2(!row.uses.isEmpty(), "the config does not use the aspect");
    const RuntimeSupportVerdict verdict = RuntimeSupportCheck::judge(row, *parsed);
    QCOMPARE(verdict.reason, reason);
    QCOMPARE(verdict.kind, kind);
    QCOMPARE(verdict.brief.isEmpty(), kind == Kind::Supported || kind == Kind::Unknown);
}

void tst_RuntimeSupportCheck::crunVersionText()
{
    const RuntimeFeatures crun = RuntimeFeatures::fromVersionText(QStringLiteral("crun"), CrunVersion);
    QCOMPARE(crun.label(), QStringLiteral("crun 1.8.1"));
    QVERIFY(!crun.hasDocument());
    QCOMPARE(crun.rawText(), QByteArray(CrunVersion));
    QCOMPARE(crun.ociVersionMax(), QStringLiteral("1.0.0"));

    auto judge = [&crun](const char *config, Aspect aspect) {
        return RuntimeSupportCheck::judge(rowOf(config, aspect), crun);
    };
    const RuntimeSupportVerdict apparmor = judge(R"({"process":{"apparmorProfile":"p"}})", Aspect::AppArmor);
    QCOMPARE(apparmor.kind, Kind::Supported);
    const RuntimeSupportVerdict systemd = judge(R"({"linux":{"cgroupsPath":"a.slice:b:c"}})", Aspect::SystemdCgroup);
    QCOMPARE(systemd.kind, Kind::Supported);
    const RuntimeSupportVerdict seccomp = judge(R"({"linux":{"seccomp":{}}})", Aspect::Seccomp);
    QCOMPARE(seccomp.kind, Kind::Unsupported);
    QCOMPARE(seccomp.reason, QStringLiteral("crun 1.8.1 reports Seccomp as disabled."));
    // +CAP says crun links libcap, not which capabilities it knows.
    const RuntimeSupportVerdict caps =
        judge(R"({"process":{"capabilities":{"bounding":["CAP_KILL"]}}})", Aspect::Capabilities);
    QCOMPARE(caps.kind, Kind::Unknown);
    QCOMPARE(caps.reason, QStringLiteral("crun 1.8.1 has no features command."));
    const RuntimeSupportVerdict version = judge(R"({"ociVersion":"1.0.2"})", Aspect::OciVersion);
    QCOMPARE(version.kind, Kind::Caution);
    QCOMPARE(version.reason,
             QStringLiteral("1.0.2 is newer than crun 1.8.1 declares (up to 1.0.0). It may ignore "
                            "fields added since."));
}

void tst_RuntimeSupportCheck::compareVersions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected"); // 2: not comparable
    QTest::newRow("equal") << "1.0.2"
                           << "1.0.2" << 0;
    QTest::newRow("pre-release first") << "1.0.2-dev"
                                       << "1.0.2" << -1;
    QTest::newRow("release after") << "1.0.2"
                                   << "1.0.2-dev" << 1;
    QTest::newRow("minor") << "1.2.0"
                           << "1.0.2-dev" << 1;
    QTest::newRow("numeric, not text") << "1.10.0"
                                       << "1.9.0" << 1;
    QTest::newRow("build metadata") << "1.1.5+ds1"
                                    << "1.1.5" << 0;
    QTest::newRow("not a version") << "1.0"
                                   << "1.0.0" << 2;
}

void tst_RuntimeSupportCheck::compareVersions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(RuntimeSupportCheck::compareVersions(a, b).value_or(2), expected);
}

void tst_RuntimeSupportCheck::installedRunc_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<Aspect>("aspect");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("reasonContains");

    // runc 1.1 declares up to 1.0.2-dev and takes newer configs unchecked.
    QTest::newRow("ociVersion 1.2.0") << QByteArray(R"({"ociVersion":"1.2.0"})") << Aspect::OciVersion << Kind::Caution
                                      << "It does not check the version";
    QTest::newRow("runc spec's version") << QByteArray(R"({"ociVersion":"1.0.2-dev"})") << Aspect::OciVersion
                                         << Kind::Supported << QString();
    QTest::newRow("a capability it lists") << QByteArray(R"({"process":{"capabilities":{"bounding":["CAP_KILL"]}}})")
                                           << Aspect::Capabilities << Kind::Supported << QString();
    QTest::newRow("a capability no kernel has")
        << QByteArray(R"({"process":{"capabilities":{"bounding":["CAP_KILL","CAP_NOT_REAL"]}}})")
        << Aspect::Capabilities << Kind::Unsupported << "features lists no 'CAP_NOT_REAL'.";
    QTest::newRow("a seccomp action it lacks")
        << QByteArray(R"({"linux":{"seccomp":{"defaultAction":"SCMP_ACT_KILL_EVERYTHING"}}})") << Aspect::SeccompActions
        << Kind::Unsupported << "features lists no 'SCMP_ACT_KILL_EVERYTHING'.";
    // runc 1.1 lists no flags and refuses them; the validator says so too.
    QTest::newRow("seccomp flags") << QByteArray(R"({"linux":{"seccomp":{"flags":["SECCOMP_FILTER_FLAG_LOG"]}}})")
                                   << Aspect::SeccompFlags << Kind::Unsupported
                                   << "(\"seccomp flags are not yet supported by runc\")";
    QTest::newRow("pid namespace") << QByteArray(R"({"linux":{"namespaces":[{"type":"pid"}]}})") << Aspect::Namespaces
                                   << Kind::Supported << QString();
    QTest::newRow("hooks") << QByteArray(R"({"hooks":{"prestart":[],"poststop":[]}})") << Aspect::Hooks
                           << Kind::Supported << QString();
}

void tst_RuntimeSupportCheck::installedRunc()
{
    QFETCH(QByteArray, config);
    QFETCH(Aspect, aspect);
    QFETCH(Kind, kind);
    QFETCH(QString, reasonContains);
    const QString runc = RuncBinary::locate(QStringLiteral("runc"));
    if (runc.isEmpty())
        QSKIP("runc is not installed");
    const QByteArray document = output(runc, RuncBinary(runc).featuresCommand().arguments);
    if (document.isEmpty())
        QSKIP("this runc has no features command");
    const Result<RuntimeFeatures> features = RuntimeFeatures::fromJson(document);
    QVERIFY2(features, qPrintable(features.error()));
    QVERIFY(features->label().startsWith(QStringLiteral("runc ")));
    if (aspect == Aspect::SeccompFlags && !features->version().startsWith(QLatin1String("1.1.")))
        QSKIP("only runc 1.1 is known to refuse seccomp flags");
    const RuntimeSupportVerdict verdict = RuntimeSupportCheck::judge(rowOf(config, aspect), *features);
    QVERIFY2(verdict.reason.contains(reasonContains), qPrintable(verdict.reason));
    if (aspect == Aspect::OciVersion && kind == Kind::Caution
        && RuntimeSupportCheck::compareVersions(QStringLiteral("1.2.0"), features->ociVersionMax()) <= 0)
        QSKIP("this runc declares 1.2.0");
    QCOMPARE(verdict.kind, kind);
}

void tst_RuntimeSupportCheck::installedCrun()
{
    const QString crun = RuncBinary::locate(QStringLiteral("crun"));
    if (crun.isEmpty())
        QSKIP("crun is not installed");
    if (!output(crun, {QStringLiteral("features")}).isEmpty())
        QSKIP("this crun has a features command");
    const QByteArray text = output(crun, {QStringLiteral("--version")});
    QVERIFY(!text.isEmpty());
    const RuntimeFeatures features = RuntimeFeatures::fromVersionText(QStringLiteral("crun"), text);
    QVERIFY(features.label().startsWith(QStringLiteral("crun ")));
    const RuntimeSupportVerdict caps = RuntimeSupportCheck::judge(
        rowOf(R"({"process":{"capabilities":{"bounding":["CAP_KILL"]}}})", Aspect::Capabilities), features);
    QCOMPARE(caps.kind, Kind::Unknown);
    QCOMPARE(caps.reason, features.label() + QStringLiteral(" has no features command."));
    // Whatever it was built with, a flag it prints is an answer, not unknown.
    const RuntimeSupportVerdict seccomp =
        RuntimeSupportCheck::judge(rowOf(R"({"linux":{"seccomp":{}}})", Aspect::Seccomp), features);
    QCOMPARE(seccomp.kind == Kind::Unknown, !text.contains("SECCOMP"));
}

QTEST_APPLESS_MAIN(tst_RuntimeSupportCheck)
#include "tst_runtimesupportcheck.moc"
