// SPDX-License-Identifier: Apache-2.0
#include "ocispec/finding.h"
#include "ocispec/validator.h"
#include "markingtranslator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

namespace {

// A small Linux configuration that validates without findings; rows patch it
// with an RFC 7386 merge patch (null removes a member, arrays are replaced).
const char *const kBase = R"({
    "ociVersion": "1.3.0",
    "root": {"path": "rootfs"},
    "process": {"cwd": "/", "args": ["sh"], "user": {"uid": 0, "gid": 0}},
    "linux": {"namespaces": [{"type": "pid"}, {"type": "mount"}]}
})";

Json patched(const char *patch)
{
    Json config = Json::parse(kBase);
    config.merge_patch(Json::parse(patch));
    return config;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << Findings::toText(f);
    return lines.join(QLatin1Char('\n'));
}

QList<Finding> errorsOf(const QList<Finding> &findings)
{
    QList<Finding> errors;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(errors),
                 [](const Finding &f) { return f.severity == Finding::Severity::Error; });
    return errors;
}

// Checks config.json as `check` does a bundle directory: with its bytes and
// the directory. A relative root.path gets an empty directory, as the tools
// leave it until they unpack or mount the image (the root filesystem rules
// then only note it); an absolute one, Docker's and Podman's overlay mount,
// is missing here, which the host checks report as a warning.
QList<Finding> checkAsBundle(const QByteArray &text, const QString &directory)
{
    QFile file(directory + QStringLiteral("/config.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    file.close();
    const Json config = Json::parse(text.constData(), text.constData() + text.size());
    const Json *root = config.contains("root") ? &config["root"] : nullptr;
    if (root && root->contains("path") && root->at("path").is_string()) {
        const QString path = QString::fromStdString(root->at("path").get<std::string>());
        if (QDir::isRelativePath(path))
            QDir(directory).mkpath(path);
    }
    return Validator::validate(config, {directory, text});
}

std::optional<Json> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray data = file.readAll();
    Json parsed = Json::parse(data.constData(), data.constData() + data.size(), nullptr, false);
    if (parsed.is_discarded())
        return std::nullopt;
    return parsed;
}

// Which member each invalid example of the official test set gets wrong.
const QHash<QString, QString> kBadConfigPointers = {
    {QStringLiteral("freebsd-vnet-disable.json"), QStringLiteral("/freebsd/jail/vnet")},
    {QStringLiteral("linux-hugepage.json"), QStringLiteral("/linux/resources/hugepageLimits/0/pageSize")},
    {QStringLiteral("linux-netdevice.json"), QStringLiteral("/linux/netDevices/eth0/name")},
    {QStringLiteral("linux-rdma.json"), QStringLiteral("/linux/resources/rdma/mlx5_1/hcaHandles")},
};

void addReferenceRows(const QString &label, const QString &configDir)
{
    if (!QDir(configDir).exists()) {
        QTest::newRow(qPrintable(label + QStringLiteral(": absent"))) << QString() << false << QString();
        return;
    }
    for (const bool good : {true, false}) {
        const QDir dir(configDir + (good ? QStringLiteral("/good") : QStringLiteral("/bad")));
        for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QString pointer = good ? QString() : kBadConfigPointers.value(file.fileName(), QStringLiteral("?"));
            QTest::newRow(qPrintable(QStringLiteral("%1: %2/%3").arg(label, good ? "good" : "bad", file.fileName())))
                << file.absoluteFilePath() << good << pointer;
        }
    }
}

// Small configurations of the other platforms, written for these tests
// after the examples of the runtime-spec; each validates without errors.
// Rows of otherPlatforms patch one of them like kBase above.
const char *const kWindowsBase = R"({
    "ociVersion": "1.3.0",
    "process": {
        "user": {"username": "ContainerUser"},
        "cwd": "C:\\app",
        "args": ["cmd.exe", "/c", "echo hello"],
        "env": ["PATH=C:\\Windows\\system32;C:\\Windows"]
    },
    "root": {"path": "\\\\?\\Volume{3f1e2a4b-7c9d-4e6f-8a0b-1c2d3e4f5a6b}\\"},
    "hostname": "winbox",
    "mounts": [{"destination": "C:\\data", "source": "D:\\shared\\data", "options": ["ro"]}],
    "windows": {
        "layerFolders": ["C:\\ProgramData\\layers\\app", "C:\\ProgramData\\layers\\base", "C:\\ProgramData\\scratch\\c1"],
        "devices": [{"id": "5B45201D-F2F2-4F3B-85BB-30FF1F953599", "idType": "class"}],
        "resources": {
            "memory": {"limit": 2147483648},
            "cpu": {"count": 2, "affinity": [{"mask": 3, "group": 0}]},
            "storage": {"iops": 500, "bps": 10485760, "sandboxSize": 21474836480}
        },
        "network": {"endpointList": ["6e8c1a52-3b5d-4c6e-9f70-81a2b3c4d5e6"], "allowUnqualifiedDNSQuery": true,
                    "DNSSearchList": ["corp.example"], "networkSharedContainerName": "pause"},
        "credentialSpec": {"CmsPlugins": ["ActiveDirectory"], "DomainJoinConfig": {"Sid": "S-1-5-21-1", "DnsName": "corp.example"}},
        "servicing": false,
        "ignoreFlushesDuringBoot": true
    }
})";

// Hyper-V isolation: no root, the command as one string.
const char *const kHyperVBase = R"({
    "ociVersion": "1.3.0",
    "process": {"cwd": "C:\\", "commandLine": "powershell.exe -NoLogo", "terminal": true, "consoleSize": {"height": 30, "width": 120}},
    "windows": {
        "layerFolders": ["C:\\layers\\servercore", "C:\\scratch\\c2"],
        "resources": {"cpu": {"maximum": 5000}},
        "network": {"networkNamespace": "a7f3c2d1-0b4e-4c5a-9d8e-7f6a5b4c3d2e"},
        "hyperv": {"utilityVMPath": "C:\\layers\\servercore\\UtilityVM"}
    }
})";

// A Linux container in a virtual machine, with the hardware passed through.
const char *const kVmBase = R"({
    "ociVersion": "1.3.0",
    "root": {"path": "rootfs"},
    "process": {"cwd": "/", "args": ["sh"], "user": {"uid": 0, "gid": 0}},
    "linux": {"namespaces": [{"type": "pid"}, {"type": "mount"}]},
    "vm": {
        "hypervisor": {"path": "/usr/bin/qemu-system-aarch64", "parameters": ["-machine", "virt"]},
        "kernel": {"path": "/var/lib/vm/vmlinuz", "parameters": ["console=hvc0", "quiet"], "initrd": "/var/lib/vm/initrd.img"},
        "image": {"path": "/var/lib/vm/guest.qcow2", "format": "qcow2"},
        "hwConfig": {
            "deviceTree": "/var/lib/vm/guest.dtb", "vcpus": 2, "memory": 1073741824,
            "dtdevs": ["/soc/serial@ff000000"],
            "iomems": [{"firstMFN": 61440, "nrMFNs": 1}, {"firstGFN": 65536, "firstMFN": 65536, "nrMFNs": 4}],
            "irqs": [40, 41]
        }
    }
})";

// RLIMIT_VMEM is a Solaris limit Linux does not have.
const char *const kSolarisBase = R"({
    "ociVersion": "1.3.0",
    "root": {"path": "rootfs"},
    "process": {"cwd": "/", "args": ["/usr/bin/bash"], "user": {"uid": 100, "gid": 10, "additionalGids": [12]},
                "rlimits": [{"type": "RLIMIT_VMEM", "soft": 1073741824, "hard": 1073741824}]},
    "hostname": "zone1",
    "mounts": [{"destination": "/export/home", "type": "lofs", "source": "/export/home", "options": ["ro", "nodevices"]}],
    "solaris": {
        "milestone": "svc:/milestone/container:default",
        "limitpriv": "default,-net_rawaccess",
        "maxShmMemory": "256m",
        "cappedCPU": {"ncpus": "1.5"},
        "cappedMemory": {"physical": "1g", "swap": "2g"},
        "anet": [{"linkname": "net0", "lowerLink": "auto", "allowedAddress": "192.168.10.20/24",
                  "configureAllowedAddress": "true", "defrouter": "192.168.10.1",
                  "macAddress": "random", "linkProtection": "mac-nospoof, ip-nospoof"}]
    }
})";

const char *const kZosBase = R"({
    "ociVersion": "1.3.0",
    "root": {"path": "rootfs"},
    "process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}, "noNewPrivileges": true},
    "zos": {"namespaces": [{"type": "pid"}, {"type": "mount"}, {"type": "uts", "path": "/var/run/zos/ns/uts1"}]}
})";

const char *const kFreebsdBase = R"({
    "ociVersion": "1.3.0",
    "root": {"path": "rootfs"},
    "process": {"cwd": "/", "args": ["/bin/sh"], "user": {"uid": 0, "gid": 0}},
    "hostname": "jail1",
    "mounts": [{"destination": "/dev", "type": "devfs", "source": "devfs", "options": ["ruleset=4"]}],
    "freebsd": {
        "devices": [{"path": "bpf", "mode": 384}],
        "jail": {
            "host": "new", "ip4": "new", "ip4Addr": ["10.20.0.5"], "ip6": "disable", "interface": "lo1",
            "sysvmsg": "new", "sysvsem": "inherit", "sysvshm": "disable", "enforceStatfs": 1,
            "allow": {"setHostname": true, "rawSockets": true, "mount": ["tmpfs", "nullfs"], "mlock": false, "suser": true}
        }
    }
})";

const QHash<QString, const char *> kPlatformBases = {
    {QStringLiteral("windows"), kWindowsBase}, {QStringLiteral("hyperv"), kHyperVBase},
    {QStringLiteral("vm"), kVmBase},           {QStringLiteral("solaris"), kSolarisBase},
    {QStringLiteral("zos"), kZosBase},         {QStringLiteral("freebsd"), kFreebsdBase},
};

} // namespace

class tst_Validator final : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void noErrors_data();
    void noErrors();
    void wrongTypesDoNotCrash_data();
    void wrongTypesDoNotCrash();
    void generatedByTools_data();
    void generatedByTools();
    void unpackedByUmoci();
    void unpackedByUmociFromRicherImage();
    void configsOfTools_data();
    void configsOfTools();
    void referenceTestConfigs_data();
    void referenceTestConfigs();
    void otherPlatforms_data();
    void otherPlatforms();
    void sourceText_data();
    void sourceText();
    void hostRules_data();
    void hostRules();
    void findingsAsJson();
    void messagesAreTranslated();
};

void tst_Validator::rule_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<Finding::Severity>("severity");
    const auto E = Finding::Severity::Error;
    const auto W = Finding::Severity::Warning;
    const auto I = Finding::Severity::Info;

    // Catalogue checks.
    QTest::newRow("ociVersion not semver") << QByteArray(R"({"ociVersion": "1.0"})") << "value.not-semver"
                                           << "/ociVersion" << E;
    QTest::newRow("ociVersion missing") << QByteArray(R"({"ociVersion": null})") << "field.required"
                                        << "/ociVersion" << E;
    QTest::newRow("ociVersion major 2") << QByteArray(R"({"ociVersion": "2.0.0"})") << "ociVersion.unknown-major"
                                        << "/ociVersion" << W;
    QTest::newRow("ociVersion newer than known")
        << QByteArray(R"({"ociVersion": "1.4.0"})") << "ociVersion.newer-than-known"
        << "/ociVersion" << I;
    QTest::newRow("root path missing") << QByteArray(R"({"root": {"path": null, "readonly": true}})")
                                       << "field.required"
                                       << "/root/path" << E;
    QTest::newRow("hostname not a string") << QByteArray(R"({"hostname": 5})") << "type.mismatch"
                                           << "/hostname" << E;
    QTest::newRow("linux not an object") << QByteArray(R"({"linux": true})") << "type.mismatch"
                                         << "/linux" << E;
    QTest::newRow("uid above uint32") << QByteArray(R"({"process": {"user": {"uid": 4294967296}}})")
                                      << "value.out-of-range"
                                      << "/process/user/uid" << E;
    QTest::newRow("negative gid") << QByteArray(R"({"process": {"user": {"gid": -1}}})") << "value.out-of-range"
                                  << "/process/user/gid" << E;
    QTest::newRow("fractional uid") << QByteArray(R"({"process": {"user": {"uid": 1.5}}})") << "type.mismatch"
                                    << "/process/user/uid" << E;
    QTest::newRow("umask as string") << QByteArray(R"({"process": {"user": {"umask": "0022"}}})") << "type.mismatch"
                                     << "/process/user/umask" << E;
    QTest::newRow("rlimit above uint64") << QByteArray(
        R"({"process": {"rlimits": [{"type": "RLIMIT_NOFILE", "soft": 1, "hard": 18446744073709551616}]}})")
                                         << "value.out-of-range"
                                         << "/process/rlimits/0/hard" << E;
    QTest::newRow("rlimit hard missing") << QByteArray(
        R"({"process": {"rlimits": [{"type": "RLIMIT_NOFILE", "soft": 1}]}})")
                                         << "field.required"
                                         << "/process/rlimits/0/hard" << E;
    QTest::newRow("consoleSize height missing")
        << QByteArray(R"({"process": {"terminal": true, "consoleSize": {"width": 80}}})") << "field.required"
        << "/process/consoleSize/height" << E;
    QTest::newRow("annotation not a string")
        << QByteArray(R"({"annotations": {"com.example.n": 1}})") << "type.mismatch"
        << "/annotations/com.example.n" << E;
    QTest::newRow("sysctl value not a string")
        << QByteArray(R"({"linux": {"namespaces": [{"type": "network"}], "sysctl": {"net.core.somaxconn": 256}}})")
        << "type.mismatch"
        << "/linux/sysctl/net.core.somaxconn" << E;
    QTest::newRow("unknown field") << QByteArray(R"({"vendorThing": 1})") << "field.unknown"
                                   << "/vendorThing" << I;
    QTest::newRow("unknown field, escaped") << QByteArray(R"({"linux": {"a/b~c": 1}})") << "field.unknown"
                                            << "/linux/a~1b~0c" << I;
    QTest::newRow("newer field than ociVersion")
        << QByteArray(R"({"ociVersion": "1.0.0", "linux": {"netDevices": {"eth0": {}}}})") << "field.newer-than-version"
        << "/linux/netDevices" << W;
    QTest::newRow("time namespace in 1.0.2") << QByteArray(
        R"({"ociVersion": "1.0.2", "linux": {"namespaces": [{"type": "pid"}, {"type": "mount"}, {"type": "time"}]}})")
                                             << "value.newer-than-version"
                                             << "/linux/namespaces/2/type" << W;
    QTest::newRow("seccomp action newer than version") << QByteArray(
        R"({"ociVersion": "1.0.0", "linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["ptrace"], "action": "SCMP_ACT_KILL_PROCESS"}]}}})")
                                                       << "value.newer-than-version"
                                                       << "/linux/seccomp/syscalls/0/action" << W;
    QTest::newRow("idmap option newer than version") << QByteArray(
        R"({"ociVersion": "1.1.0", "mounts": [{"destination": "/d", "options": ["rbind", "idmap"], "uidMappings": [], "gidMappings": []}]})")
                                                     << "value.newer-than-version"
                                                     << "/mounts/0/options/1" << W;
    QTest::newRow("removed field") << QByteArray(R"({"linux": {"intelRdt": {"enableCMT": true}}})") << "field.removed"
                                   << "/linux/intelRdt/enableCMT" << W;
    QTest::newRow("newer field reported once") << QByteArray(
        R"({"ociVersion": "1.0.0", "linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "flags": ["SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV"]}}})")
                                               << "field.newer-than-version"
                                               << "/linux/seccomp/flags" << W;
    QTest::newRow("kernel memory deprecated")
        << QByteArray(R"({"linux": {"resources": {"memory": {"kernel": 1048576}}}})") << "field.deprecated"
        << "/linux/resources/memory/kernel" << W;

    // Process.
    QTest::newRow("root missing") << QByteArray(R"({"root": null})") << "root.missing"
                                  << "/root" << E;
    QTest::newRow("cwd relative") << QByteArray(R"({"process": {"cwd": "home"}})") << "path.not-absolute"
                                  << "/process/cwd" << E;
    QTest::newRow("args empty") << QByteArray(R"({"process": {"args": []}})") << "process.args.empty"
                                << "/process/args" << E;
    QTest::newRow("env without =") << QByteArray(R"({"process": {"env": ["PATH=/bin", "NOEQUALS"]}})")
                                   << "env.malformed"
                                   << "/process/env/1" << E;
    QTest::newRow("env empty name") << QByteArray(R"({"process": {"env": ["=x"]}})") << "env.malformed"
                                    << "/process/env/0" << E;
    QTest::newRow("env duplicate") << QByteArray(R"({"process": {"env": ["A=1", "B=2", "A=3"]}})") << "env.duplicate"
                                   << "/process/env/2" << W;
    QTest::newRow("oomScoreAdj range") << QByteArray(R"({"process": {"oomScoreAdj": 2000}})")
                                       << "process.oomScoreAdj.range"
                                       << "/process/oomScoreAdj" << E;
    QTest::newRow("ioPriority class") << QByteArray(
        R"({"process": {"ioPriority": {"class": "IOPRIO_CLASS_FAST", "priority": 0}}})")
                                      << "value.not-allowed"
                                      << "/process/ioPriority/class" << E;
    QTest::newRow("ioPriority level") << QByteArray(
        R"({"process": {"ioPriority": {"class": "IOPRIO_CLASS_BE", "priority": 9}}})")
                                      << "ioPriority.priority.range"
                                      << "/process/ioPriority/priority" << E;
    QTest::newRow("scheduler policy") << QByteArray(R"({"process": {"scheduler": {"policy": "SCHED_FAST"}}})")
                                      << "value.not-allowed"
                                      << "/process/scheduler/policy" << E;
    QTest::newRow("scheduler flag") << QByteArray(
        R"({"process": {"scheduler": {"policy": "SCHED_OTHER", "flags": ["SCHED_FLAG_X"]}}})")
                                    << "value.not-allowed"
                                    << "/process/scheduler/flags/0" << E;
    QTest::newRow("FIFO priority 0") << QByteArray(
        R"({"process": {"scheduler": {"policy": "SCHED_FIFO", "priority": 0}}})")
                                     << "scheduler.priority.range"
                                     << "/process/scheduler/priority" << E;
    QTest::newRow("nice range") << QByteArray(R"({"process": {"scheduler": {"policy": "SCHED_OTHER", "nice": 25}}})")
                                << "scheduler.nice.range"
                                << "/process/scheduler/nice" << E;
    QTest::newRow("deadline order") << QByteArray(
        R"({"process": {"scheduler": {"policy": "SCHED_DEADLINE", "runtime": 20, "deadline": 10, "period": 30}}})")
                                    << "scheduler.deadline.order"
                                    << "/process/scheduler/runtime" << E;
    QTest::newRow("cpu affinity malformed")
        << QByteArray(R"({"process": {"execCPUAffinity": {"initial": "a-b"}}})") << "cpulist.malformed"
        << "/process/execCPUAffinity/initial" << E;

    // Capabilities and rlimits.
    QTest::newRow("capability lower case")
        << QByteArray(R"({"process": {"capabilities": {"bounding": ["chown"]}}})") << "capability.invalid"
        << "/process/capabilities/bounding/0" << E;
    QTest::newRow("capability unknown") << QByteArray(
        R"({"process": {"capabilities": {"bounding": ["CAP_FUTURE_THING"]}}})")
                                        << "capability.unknown"
                                        << "/process/capabilities/bounding/0" << E;
    QTest::newRow("effective not permitted") << QByteArray(
        R"({"process": {"capabilities": {"effective": ["CAP_CHOWN", "CAP_KILL"], "permitted": ["CAP_CHOWN"]}}})")
                                             << "capability.effective-not-permitted"
                                             << "/process/capabilities/effective/1" << E;
    QTest::newRow("effective without permitted")
        << QByteArray(R"({"process": {"capabilities": {"effective": ["CAP_KILL"]}}})")
        << "capability.effective-not-permitted"
        << "/process/capabilities/effective/0" << E;
    QTest::newRow("ambient not inheritable")
        << QByteArray(R"({"process": {"capabilities": {"permitted": ["CAP_KILL"], "ambient": ["CAP_KILL"]}}})")
        << "capability.ambient-dropped"
        << "/process/capabilities/ambient/0" << W;
    QTest::newRow("ambient not permitted")
        << QByteArray(R"({"process": {"capabilities": {"inheritable": ["CAP_KILL"], "ambient": ["CAP_KILL"]}}})")
        << "capability.ambient-dropped"
        << "/process/capabilities/ambient/0" << W;
    QTest::newRow("rlimit unknown type") << QByteArray(
        R"({"process": {"rlimits": [{"type": "RLIMIT_FOO", "soft": 1, "hard": 1}]}})")
                                         << "value.not-allowed"
                                         << "/process/rlimits/0/type" << E;
    QTest::newRow("rlimit duplicate") << QByteArray(
        R"({"process": {"rlimits": [{"type": "RLIMIT_NOFILE", "soft": 1, "hard": 1}, {"type": "RLIMIT_NOFILE", "soft": 2, "hard": 2}]}})")
                                      << "rlimit.duplicate"
                                      << "/process/rlimits/1/type" << E;
    QTest::newRow("rlimit soft above hard")
        << QByteArray(R"({"process": {"rlimits": [{"type": "RLIMIT_NOFILE", "soft": 10, "hard": 5}]}})")
        << "rlimit.soft-above-hard"
        << "/process/rlimits/0/soft" << E;
    QTest::newRow("rlimit soft above unlimited") << QByteArray(
        R"({"process": {"rlimits": [{"type": "RLIMIT_CORE", "soft": 18446744073709551615, "hard": 1024}]}})")
                                                 << "rlimit.soft-above-hard"
                                                 << "/process/rlimits/0/soft" << E;

    // Namespaces and what depends on them.
    QTest::newRow("namespace type unknown")
        << QByteArray(R"({"linux": {"namespaces": [{"type": "pid"}, {"type": "foo"}]}})") << "value.not-allowed"
        << "/linux/namespaces/1/type" << E;
    QTest::newRow("namespace duplicate") << QByteArray(
        R"({"linux": {"namespaces": [{"type": "pid"}, {"type": "pid"}]}})")
                                         << "namespace.duplicate"
                                         << "/linux/namespaces/1/type" << E;
    QTest::newRow("namespace path relative")
        << QByteArray(R"({"linux": {"namespaces": [{"type": "network", "path": "proc/1/ns/net"}]}})")
        << "path.not-absolute"
        << "/linux/namespaces/0/path" << E;
    QTest::newRow("uid mappings without user ns")
        << QByteArray(R"({"linux": {"uidMappings": [{"containerID": 0, "hostID": 1000, "size": 1}]}})")
        << "idmap.needs-user-namespace"
        << "/linux/uidMappings" << W;
    QTest::newRow("gid mappings without user ns")
        << QByteArray(R"({"linux": {"gidMappings": [{"containerID": 0, "hostID": 1000, "size": 1}]}})")
        << "idmap.needs-user-namespace"
        << "/linux/gidMappings" << W;
    QTest::newRow("id mapping size missing") << QByteArray(
        R"({"linux": {"namespaces": [{"type": "user"}], "uidMappings": [{"containerID": 0, "hostID": 1000}]}})")
                                             << "field.required"
                                             << "/linux/uidMappings/0/size" << E;
    QTest::newRow("hostname without uts") << QByteArray(R"({"hostname": "box"})") << "hostname.needs-uts-namespace"
                                          << "/hostname" << E;
    QTest::newRow("domainname without uts")
        << QByteArray(R"({"domainname": "example"})") << "domainname.needs-uts-namespace"
        << "/domainname" << W;
    QTest::newRow("net sysctl without netns")
        << QByteArray(R"({"linux": {"sysctl": {"net.ipv4.ip_forward": "1"}}})") << "sysctl.needs-network-namespace"
        << "/linux/sysctl/net.ipv4.ip_forward" << E;
    QTest::newRow("ipc sysctl without ipc ns")
        << QByteArray(R"({"linux": {"sysctl": {"kernel.shmmax": "1"}}})") << "sysctl.needs-ipc-namespace"
        << "/linux/sysctl/kernel.shmmax" << E;
    QTest::newRow("host-wide sysctl") << QByteArray(R"({"linux": {"sysctl": {"vm.swappiness": "10"}}})")
                                      << "sysctl.not-namespaced"
                                      << "/linux/sysctl/vm.swappiness" << E;
    QTest::newRow("timeOffsets without time ns")
        << QByteArray(R"({"linux": {"timeOffsets": {"monotonic": {"secs": 10}}}})")
        << "timeoffsets.needs-time-namespace"
        << "/linux/timeOffsets" << E;

    // Devices.
    QTest::newRow("device type") << QByteArray(
        R"({"linux": {"devices": [{"type": "x", "path": "/dev/x", "major": 1, "minor": 1}]}})")
                                 << "value.not-allowed"
                                 << "/linux/devices/0/type" << E;
    QTest::newRow("device minor missing")
        << QByteArray(R"({"linux": {"devices": [{"type": "c", "path": "/dev/x", "major": 1}]}})")
        << "device.number.missing"
        << "/linux/devices/0/minor" << E;
    QTest::newRow("device negative major")
        << QByteArray(R"({"linux": {"devices": [{"type": "b", "path": "/dev/x", "major": -8, "minor": 0}]}})")
        << "device.number.negative"
        << "/linux/devices/0/major" << E;
    QTest::newRow("fifo with numbers") << QByteArray(
        R"({"linux": {"devices": [{"type": "p", "path": "/dev/f", "major": 1}]}})")
                                       << "device.fifo-numbers"
                                       << "/linux/devices/0/major" << W;
    QTest::newRow("device relative path")
        << QByteArray(R"({"linux": {"devices": [{"type": "c", "path": "dev/fuse", "major": 10, "minor": 229}]}})")
        << "path.not-absolute"
        << "/linux/devices/0/path" << E;
    QTest::newRow("device path twice") << QByteArray(
        R"({"linux": {"devices": [{"type": "c", "path": "/dev/x", "major": 1, "minor": 3}, {"type": "c", "path": "/dev/x", "major": 1, "minor": 5}]}})")
                                       << "device.path.duplicate"
                                       << "/linux/devices/1/path" << E;
    QTest::newRow("device numbers twice") << QByteArray(
        R"({"linux": {"devices": [{"type": "c", "path": "/dev/a", "major": 1, "minor": 3}, {"type": "c", "path": "/dev/b", "major": 1, "minor": 3}]}})")
                                          << "device.duplicate"
                                          << "/linux/devices/1" << W;
    QTest::newRow("device fileMode beyond a mode") << QByteArray(
        R"({"linux": {"devices": [{"type": "c", "path": "/dev/x", "major": 1, "minor": 3, "fileMode": 65536}]}})")
                                                   << "device.filemode.range"
                                                   << "/linux/devices/0/fileMode" << E;
    QTest::newRow("device fileMode of a FIFO") << QByteArray(
        R"({"linux": {"devices": [{"type": "c", "path": "/dev/x", "major": 1, "minor": 3, "fileMode": 4096}]}})")
                                               << "device.filemode.type"
                                               << "/linux/devices/0/fileMode" << W;
    QTest::newRow("device fileMode negative") << QByteArray(
        R"({"linux": {"devices": [{"type": "c", "path": "/dev/x", "major": 1, "minor": 3, "fileMode": -1}]}})")
                                              << "value.out-of-range"
                                              << "/linux/devices/0/fileMode" << E;
    QTest::newRow("device rule access") << QByteArray(
        R"({"linux": {"resources": {"devices": [{"allow": true, "access": "rwx"}]}}})")
                                        << "device.access.malformed"
                                        << "/linux/resources/devices/0/access" << E;
    QTest::newRow("device rule allow missing")
        << QByteArray(R"({"linux": {"resources": {"devices": [{"access": "rwm"}]}}})") << "field.required"
        << "/linux/resources/devices/0/allow" << E;
    QTest::newRow("device rule type") << QByteArray(
        R"({"linux": {"resources": {"devices": [{"allow": true, "type": "p"}]}}})")
                                      << "value.not-allowed"
                                      << "/linux/resources/devices/0/type" << E;

    // Resources.
    QTest::newRow("swap below limit") << QByteArray(
        R"({"linux": {"resources": {"memory": {"limit": 1000, "swap": 500}}}})")
                                      << "memory.swap-below-limit"
                                      << "/linux/resources/memory/swap" << E;
    QTest::newRow("reservation above limit")
        << QByteArray(R"({"linux": {"resources": {"memory": {"limit": 1000, "reservation": 2000}}}})")
        << "memory.reservation-above-limit"
        << "/linux/resources/memory/reservation" << W;
    QTest::newRow("memory below -1") << QByteArray(R"({"linux": {"resources": {"memory": {"limit": -2}}}})")
                                     << "memory.negative"
                                     << "/linux/resources/memory/limit" << E;
    QTest::newRow("swappiness") << QByteArray(R"({"linux": {"resources": {"memory": {"swappiness": 200}}}})")
                                << "memory.swappiness.range"
                                << "/linux/resources/memory/swappiness" << E;
    QTest::newRow("burst above quota") << QByteArray(
        R"({"linux": {"resources": {"cpu": {"quota": 1000, "burst": 2000}}}})")
                                       << "cpu.burst-above-quota"
                                       << "/linux/resources/cpu/burst" << E;
    QTest::newRow("cpus descending") << QByteArray(R"({"linux": {"resources": {"cpu": {"cpus": "3-1"}}}})")
                                     << "cpulist.malformed"
                                     << "/linux/resources/cpu/cpus" << E;
    QTest::newRow("hugepage size") << QByteArray(
        R"({"linux": {"resources": {"hugepageLimits": [{"pageSize": "2mb", "limit": 1}]}}})")
                                   << "hugepage.pagesize.malformed"
                                   << "/linux/resources/hugepageLimits/0/pageSize" << E;
    QTest::newRow("pids below -1") << QByteArray(R"({"linux": {"resources": {"pids": {"limit": -5}}}})")
                                   << "pids.limit.negative"
                                   << "/linux/resources/pids/limit" << W;
    QTest::newRow("pids limit missing") << QByteArray(R"({"linux": {"resources": {"pids": {}}}})") << "field.required"
                                        << "/linux/resources/pids/limit" << E;
    QTest::newRow("weight entry empty") << QByteArray(
        R"({"linux": {"resources": {"blockIO": {"weightDevice": [{"major": 8, "minor": 0}]}}}})")
                                        << "blockio.weight.missing"
                                        << "/linux/resources/blockIO/weightDevice/0" << E;
    QTest::newRow("throttle rate missing") << QByteArray(
        R"({"linux": {"resources": {"blockIO": {"throttleWriteIOPSDevice": [{"major": 8, "minor": 0}]}}}})")
                                           << "field.required"
                                           << "/linux/resources/blockIO/throttleWriteIOPSDevice/0/rate" << E;
    QTest::newRow("blkio weight range") << QByteArray(R"({"linux": {"resources": {"blockIO": {"weight": 70000}}}})")
                                        << "value.out-of-range"
                                        << "/linux/resources/blockIO/weight" << E;
    QTest::newRow("rdma entry empty") << QByteArray(R"({"linux": {"resources": {"rdma": {"mlx5_1": {}}}}})")
                                      << "rdma.limit.missing"
                                      << "/linux/resources/rdma/mlx5_1" << E;
    QTest::newRow("memBwSchema prefix") << QByteArray(R"({"linux": {"intelRdt": {"memBwSchema": "L3:0=ff"}}})")
                                        << "intelrdt.membwschema.malformed"
                                        << "/linux/intelRdt/memBwSchema" << E;

    // Hooks and annotations.
    QTest::newRow("hook path relative") << QByteArray(R"({"hooks": {"poststop": [{"path": "cleanup.sh"}]}})")
                                        << "path.not-absolute"
                                        << "/hooks/poststop/0/path" << E;
    QTest::newRow("hook path missing") << QByteArray(R"({"hooks": {"poststart": [{"args": ["x"]}]}})")
                                       << "field.required"
                                       << "/hooks/poststart/0/path" << E;
    QTest::newRow("hook timeout zero") << QByteArray(
        R"({"hooks": {"poststop": [{"path": "/bin/true", "timeout": 0}]}})")
                                       << "value.out-of-range"
                                       << "/hooks/poststop/0/timeout" << E;
    QTest::newRow("prestart deprecated") << QByteArray(R"({"hooks": {"prestart": [{"path": "/bin/true"}]}})")
                                         << "field.deprecated"
                                         << "/hooks/prestart" << W;
    QTest::newRow("hook env") << QByteArray(R"({"hooks": {"createRuntime": [{"path": "/bin/true", "env": ["X"]}]}})")
                              << "env.malformed"
                              << "/hooks/createRuntime/0/env/0" << E;
    QTest::newRow("env of a later hook") << QByteArray(
        R"({"hooks": {"createRuntime": [{"path": "/bin/true"}], "poststop": [{"path": "/bin/true"}, {"path": "/bin/true", "env": ["X"]}]}})")
                                         << "env.malformed"
                                         << "/hooks/poststop/1/env/0" << E;
    QTest::newRow("unknown hook kind") << QByteArray(R"({"hooks": {"preflight": []}})") << "field.unknown"
                                       << "/hooks/preflight" << I;
    QTest::newRow("reserved annotation") << QByteArray(R"({"annotations": {"org.opencontainers.foo": "x"}})")
                                         << "annotation.key.reserved"
                                         << "/annotations/org.opencontainers.foo" << W;
    QTest::newRow("empty annotation key") << QByteArray(R"({"annotations": {"": "x"}})") << "annotation.key.empty"
                                          << "/annotations/" << E;

    // Mounts.
    QTest::newRow("mount hides earlier child")
        << QByteArray(R"({"mounts": [{"destination": "/data/cache"}, {"destination": "/data"}]})")
        << "mount.hides-earlier"
        << "/mounts/1/destination" << W;
    QTest::newRow("mount on same path") << QByteArray(
        R"({"mounts": [{"destination": "/data"}, {"destination": "/tmp"}, {"destination": "/data/"}]})")
                                        << "mount.hides-earlier"
                                        << "/mounts/2/destination" << W;
    QTest::newRow("mount on root hides all")
        << QByteArray(R"({"mounts": [{"destination": "/proc"}, {"destination": "/"}]})") << "mount.hides-earlier"
        << "/mounts/1/destination" << W;
    QTest::newRow("mount destination relative")
        << QByteArray(R"({"mounts": [{"destination": "data"}]})") << "mount.destination.relative"
        << "/mounts/0/destination" << W;
    QTest::newRow("mount destination missing") << QByteArray(R"({"mounts": [{"source": "/x"}]})") << "field.required"
                                               << "/mounts/0/destination" << E;
    QTest::newRow("mount idmap half") << QByteArray(
        R"({"mounts": [{"destination": "/d", "options": ["idmap"], "uidMappings": [{"containerID": 0, "hostID": 1, "size": 1}]}]})")
                                      << "mount.idmap.incomplete"
                                      << "/mounts/0/gidMappings" << E;
    QTest::newRow("mount idmap option missing")
        << QByteArray(R"({"mounts": [{"destination": "/d", "uidMappings": [], "gidMappings": []}]})")
        << "mount.idmap.option-missing"
        << "/mounts/0/options" << W;
    QTest::newRow("mount idmap without userns")
        << QByteArray(R"({"mounts": [{"destination": "/d", "options": ["rbind", "idmap"]}]})")
        << "mount.idmap.needs-user-namespace"
        << "/mounts/0/options" << E;

    // Seccomp and the rest of linux.
    QTest::newRow("seccomp default action")
        << QByteArray(R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_MAYBE"}}})") << "value.not-allowed"
        << "/linux/seccomp/defaultAction" << E;
    QTest::newRow("seccomp default action missing")
        << QByteArray(R"({"linux": {"seccomp": {"architectures": ["SCMP_ARCH_X86_64"]}}})") << "field.required"
        << "/linux/seccomp/defaultAction" << E;
    QTest::newRow("seccomp architecture")
        << QByteArray(R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "architectures": ["x86"]}}})")
        << "value.not-allowed"
        << "/linux/seccomp/architectures/0" << E;
    QTest::newRow("seccomp flag") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "flags": ["TSYNC"]}}})")
                                  << "value.not-allowed"
                                  << "/linux/seccomp/flags/0" << E;
    QTest::newRow("seccomp operator") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["clone"], "action": "SCMP_ACT_ERRNO", "args": [{"index": 0, "value": 1, "op": "=="}]}]}}})")
                                      << "value.not-allowed"
                                      << "/linux/seccomp/syscalls/0/args/0/op" << E;
    QTest::newRow("seccomp arg index") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["clone"], "action": "SCMP_ACT_ERRNO", "args": [{"index": 6, "value": 1, "op": "SCMP_CMP_EQ"}]}]}}})")
                                       << "seccomp.arg.index.range"
                                       << "/linux/seccomp/syscalls/0/args/0/index" << E;
    QTest::newRow("seccomp names empty") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": [], "action": "SCMP_ACT_ERRNO"}]}}})")
                                         << "seccomp.names.empty"
                                         << "/linux/seccomp/syscalls/0/names" << E;
    QTest::newRow("seccomp notify without listener") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["mount"], "action": "SCMP_ACT_NOTIFY"}]}}})")
                                                     << "seccomp.notify.without-listener"
                                                     << "/linux/seccomp/syscalls/0/action" << E;
    QTest::newRow("seccomp notify as default") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_NOTIFY", "listenerPath": "/run/agent.sock"}}})")
                                               << "seccomp.notify.default"
                                               << "/linux/seccomp/defaultAction" << E;
    QTest::newRow("listenerMetadata alone")
        << QByteArray(R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "listenerMetadata": "x"}}})")
        << "seccomp.listenerMetadata.without-listener"
        << "/linux/seccomp/listenerMetadata" << E;
    QTest::newRow("errnoRet with allow") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW", "errnoRet": 1}]}}})")
                                         << "seccomp.errnoRet.unsupported"
                                         << "/linux/seccomp/syscalls/0/errnoRet" << E;
    QTest::newRow("rootfsPropagation") << QByteArray(R"({"linux": {"rootfsPropagation": "everywhere"}})")
                                       << "value.not-allowed"
                                       << "/linux/rootfsPropagation" << E;
    QTest::newRow("maskedPaths relative")
        << QByteArray(R"({"linux": {"maskedPaths": ["/proc/kcore", "proc/keys"]}})") << "path.not-absolute"
        << "/linux/maskedPaths/1" << E;
    QTest::newRow("readonlyPaths relative")
        << QByteArray(R"({"linux": {"readonlyPaths": ["sys"]}})") << "path.not-absolute"
        << "/linux/readonlyPaths/0" << E;
    QTest::newRow("personality domain") << QByteArray(R"({"linux": {"personality": {"domain": "LINUX64"}}})")
                                        << "value.not-allowed"
                                        << "/linux/personality/domain" << E;
    QTest::newRow("memoryPolicy mode missing")
        << QByteArray(R"({"linux": {"memoryPolicy": {"nodes": "0"}}})") << "field.required"
        << "/linux/memoryPolicy/mode" << E;
    QTest::newRow("memoryPolicy nodes missing")
        << QByteArray(R"({"linux": {"memoryPolicy": {"mode": "MPOL_BIND"}}})") << "memoryPolicy.nodes.missing"
        << "/linux/memoryPolicy/nodes" << E;
    QTest::newRow("memoryPolicy nodes with default")
        << QByteArray(R"({"linux": {"memoryPolicy": {"mode": "MPOL_DEFAULT", "nodes": "0-1"}}})")
        << "memoryPolicy.nodes.unexpected"
        << "/linux/memoryPolicy/nodes" << E;
    QTest::newRow("memoryPolicy flags conflict") << QByteArray(
        R"({"linux": {"memoryPolicy": {"mode": "MPOL_BIND", "nodes": "0", "flags": ["MPOL_F_STATIC_NODES", "MPOL_F_RELATIVE_NODES"]}}})")
                                                 << "memoryPolicy.flags.conflict"
                                                 << "/linux/memoryPolicy/flags" << E;

    // What runc 1.1 refuses although the specification allows it, or refuses on top of it.
    QTest::newRow("time namespace in runc")
        << QByteArray(R"({"linux": {"namespaces": [{"type": "pid"}, {"type": "mount"}, {"type": "time"}]}})")
        << "namespace.time.runc-unsupported"
        << "/linux/namespaces/2/type" << E;
    QTest::newRow("hostname too long") << QByteArray(
        R"({"hostname": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "linux": {"namespaces": [{"type": "uts"}]}})")
                                       << "hostname.too-long"
                                       << "/hostname" << E;
    QTest::newRow("masked paths without mount ns")
        << QByteArray(R"({"linux": {"namespaces": [{"type": "pid"}], "maskedPaths": ["/proc/kcore"]}})")
        << "maskedPaths.needs-mount-namespace"
        << "/linux/maskedPaths" << E;
    QTest::newRow("kernel.hostname sysctl")
        << QByteArray(R"({"linux": {"namespaces": [{"type": "uts"}], "sysctl": {"kernel.hostname": "x"}}})")
        << "sysctl.hostname"
        << "/linux/sysctl/kernel.hostname" << E;
    QTest::newRow("sysctl with slashes") << QByteArray(R"({"linux": {"sysctl": {"net/ipv4/ip_forward": "1"}}})")
                                         << "sysctl.needs-network-namespace"
                                         << "/linux/sysctl/net~1ipv4~1ip_forward" << E;
    QTest::newRow("userns without gid mappings") << QByteArray(
        R"({"linux": {"namespaces": [{"type": "user"}], "uidMappings": [{"containerID": 0, "hostID": 1000, "size": 10}]}})")
                                                 << "userns.mappings.missing"
                                                 << "/linux/gidMappings" << E;
    QTest::newRow("userns root unmapped") << QByteArray(
        R"({"linux": {"namespaces": [{"type": "user"}], "uidMappings": [{"containerID": 1, "hostID": 1000, "size": 10}], "gidMappings": [{"containerID": 0, "hostID": 1000, "size": 10}]}})")
                                          << "userns.root.unmapped"
                                          << "/linux/uidMappings" << E;
    QTest::newRow("userns process unmapped") << QByteArray(
        R"({"process": {"user": {"gid": 50}}, "linux": {"namespaces": [{"type": "user"}], "uidMappings": [{"containerID": 0, "hostID": 1000, "size": 10}], "gidMappings": [{"containerID": 0, "hostID": 1000, "size": 10}]}})")
                                             << "userns.process.unmapped"
                                             << "/process/user/gid" << E;
    QTest::newRow("process missing") << QByteArray(R"({"process": null})") << "process.missing"
                                     << "/process" << E;
    QTest::newRow("uid above int32") << QByteArray(R"({"process": {"user": {"uid": 2147483648}}})")
                                     << "process.user.id-range"
                                     << "/process/user/uid" << E;
    QTest::newRow("additional gid above int32")
        << QByteArray(R"({"process": {"user": {"additionalGids": [1, 4294967295]}}})") << "process.user.id-range"
        << "/process/user/additionalGids/1" << E;
    QTest::newRow("env with NUL") << QByteArray(R"({"process": {"env": ["A=b\u0000c"]}})") << "env.nul"
                                  << "/process/env/0" << E;
    QTest::newRow("cpu shares 1") << QByteArray(R"({"linux": {"resources": {"cpu": {"shares": 1}}}})")
                                  << "cpu.shares.range"
                                  << "/linux/resources/cpu/shares" << E;
    QTest::newRow("cpu period short") << QByteArray(R"({"linux": {"resources": {"cpu": {"period": 500}}}})")
                                      << "cpu.period.range"
                                      << "/linux/resources/cpu/period" << E;
    QTest::newRow("cpu quota short") << QByteArray(R"({"linux": {"resources": {"cpu": {"quota": 500}}}})")
                                     << "cpu.quota.range"
                                     << "/linux/resources/cpu/quota" << E;
    QTest::newRow("memory limit too small")
        << QByteArray(R"({"linux": {"resources": {"memory": {"limit": 1048576}}}})") << "memory.limit.too-small"
        << "/linux/resources/memory/limit" << E;
    QTest::newRow("swap without limit") << QByteArray(
        R"({"linux": {"resources": {"memory": {"limit": -1, "swap": 500}}}})")
                                        << "memory.swap-without-limit"
                                        << "/linux/resources/memory/swap" << E;
    QTest::newRow("blkio weight below 10") << QByteArray(
        R"({"linux": {"resources": {"blockIO": {"weightDevice": [{"major": 8, "minor": 0, "weight": 5}]}}}})")
                                           << "blockio.weight.range"
                                           << "/linux/resources/blockIO/weightDevice/0/weight" << E;
    QTest::newRow("device rule without access")
        << QByteArray(R"({"linux": {"resources": {"devices": [{"allow": true, "type": "c"}]}}})")
        << "device.rule.access.empty"
        << "/linux/resources/devices/0/access" << E;
    QTest::newRow("own /dev/null not allowed") << QByteArray(
        R"({"linux": {"devices": [{"type": "c", "path": "/dev/null", "major": 1, "minor": 3}], "resources": {"devices": [{"allow": false, "access": "rwm"}]}}})")
                                               << "device.default.not-allowed"
                                               << "/linux/devices/0/path" << E;
    QTest::newRow("own /dev/zero not allowed") << QByteArray(
        R"({"linux": {"devices": [{"type": "c", "path": "/dev/zero", "major": 1, "minor": 5}], "resources": {"devices": [{"allow": false, "access": "rwm"}]}}})")
                                               << "device.default.not-allowed"
                                               << "/linux/devices/0/path" << W;
    QTest::newRow("seccomp flags in runc") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "flags": ["SECCOMP_FILTER_FLAG_LOG"]}}})")
                                           << "seccomp.flags.runc-unsupported"
                                           << "/linux/seccomp/flags" << E;
    QTest::newRow("seccomp riscv64 in runc") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "architectures": ["SCMP_ARCH_X86_64", "SCMP_ARCH_RISCV64"]}}})")
                                             << "seccomp.arch.runc-unsupported"
                                             << "/linux/seccomp/architectures/1" << E;
    QTest::newRow("seccomp empty name") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["read", ""], "action": "SCMP_ACT_ERRNO"}]}}})")
                                        << "seccomp.name.empty"
                                        << "/linux/seccomp/syscalls/0/names/1" << E;
    QTest::newRow("seccomp notify write") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "listenerPath": "/run/a.sock", "syscalls": [{"names": ["write"], "action": "SCMP_ACT_NOTIFY"}]}}})")
                                          << "seccomp.notify.write"
                                          << "/linux/seccomp/syscalls/0/names/0" << E;
    QTest::newRow("seccomp unknown syscall") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["mkdir", "nosuchcall"], "action": "SCMP_ACT_ERRNO"}]}}})")
                                             << "seccomp.syscall.unknown"
                                             << "/linux/seccomp/syscalls/0/names/1" << W;
    QTest::newRow("mount inside /proc") << QByteArray(
        R"({"mounts": [{"destination": "/proc/foo", "type": "tmpfs", "source": "tmpfs"}]})")
                                        << "mount.inside-proc"
                                        << "/mounts/0/destination" << E;
    QTest::newRow("tmpfs on /proc") << QByteArray(
        R"({"mounts": [{"destination": "/proc", "type": "tmpfs", "source": "tmpfs"}]})")
                                    << "mount.proc.not-proc"
                                    << "/mounts/0/destination" << E;
    QTest::newRow("freebsd sharing mode")
        << QByteArray(R"({"freebsd": {"jail": {"vnet": "disable"}}})") << "value.not-allowed"
        << "/freebsd/jail/vnet" << E;
}

void tst_Validator::rule()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, code);
    QFETCH(QString, pointer);
    QFETCH(Finding::Severity, severity);

    const QList<Finding> findings = Validator::validate(patched(patch.constData()));
    const auto match = std::find_if(findings.begin(), findings.end(),
                                    [&](const Finding &f) { return f.code == code && f.pointer == pointer; });
    QVERIFY2(match != findings.end(),
             qPrintable(QStringLiteral("expected %1 at %2, got:\n%3").arg(code, pointer, describe(findings))));
    QCOMPARE(Findings::severityName(match->severity), Findings::severityName(severity));
    QVERIFY(!match->message.isEmpty());
    // One problem, one finding: the rule does not echo at other places with the same code.
    const qsizetype sameCode =
        std::count_if(findings.begin(), findings.end(), [&](const Finding &f) { return f.code == code; });
    QVERIFY2(sameCode == 1, qPrintable(describe(findings)));
}

void tst_Validator::noErrors_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QStringList>("absentCodes"); // must not appear at any severity

    QTest::newRow("base") << QByteArray("{}") << QStringList();
    QTest::newRow("unlimited swap") << QByteArray(
        R"({"linux": {"resources": {"memory": {"limit": 1073741824, "swap": -1, "reservation": 536870912}}}})")
                                    << QStringList{"memory.swap-below-limit", "memory.negative"};
    QTest::newRow("uint64 max rlimits") << QByteArray(
        R"({"process": {"rlimits": [{"type": "RLIMIT_CORE", "soft": 18446744073709551615, "hard": 18446744073709551615}, {"type": "RLIMIT_NOFILE", "soft": 1024, "hard": 18446744073709551615}]}})")
                                        << QStringList{"value.out-of-range", "rlimit.soft-above-hard"};
    QTest::newRow("pids unlimited") << QByteArray(R"({"linux": {"resources": {"pids": {"limit": -1}}}})")
                                    << QStringList{"pids.limit.negative"};
    QTest::newRow("pids zero") << QByteArray(R"({"linux": {"resources": {"pids": {"limit": 0}}}})") << QStringList();
    QTest::newRow("values of their version") << QByteArray(
        R"({"ociVersion": "1.1.0", "linux": {"namespaces": [{"type": "pid"}, {"type": "mount"}, {"type": "cgroup"}], "seccomp": {"defaultAction": "SCMP_ACT_KILL_THREAD", "syscalls": [{"names": ["read"], "action": "SCMP_ACT_KILL_PROCESS"}]}}})")
                                             << QStringList{"value.newer-than-version"};
    QTest::newRow("dev version") << QByteArray(R"({"ociVersion": "1.0.2-dev"})") << QStringList{"value.not-semver"};
    QTest::newRow("version between releases")
        << QByteArray(R"({"ociVersion": "1.2.5", "process": {"execCPUAffinity": {"final": "0-3, 7"}}})")
        << QStringList{"field.newer-than-version", "cpulist.malformed"};
    QTest::newRow("vendor extensions") << QByteArray(
        R"({"org.example.tool": {"x": [1, 2]}, "process": {"vendorFlag": true}})")
                                       << QStringList();
    QTest::newRow("ambient in both sets") << QByteArray(
        R"({"process": {"capabilities": {"permitted": ["CAP_KILL"], "inheritable": ["CAP_KILL"], "effective": ["CAP_KILL"], "ambient": ["CAP_KILL"]}}})")
                                          << QStringList{"capability.ambient-dropped"};
    QTest::newRow("mount below earlier") << QByteArray(
        R"({"mounts": [{"destination": "/dev"}, {"destination": "/dev/pts"}, {"destination": "/dev/shm"}]})")
                                         << QStringList{"mount.hides-earlier"};
    QTest::newRow("mounts with shared prefix") << QByteArray(
        R"({"mounts": [{"destination": "/data2"}, {"destination": "/data"}, {"destination": "/data-old/x"}]})")
                                               << QStringList{"mount.hides-earlier"};
    QTest::newRow("idmapped mount") << QByteArray(
        R"({"mounts": [{"destination": "/d", "source": "/srv/d", "options": ["rbind", "ridmap"], "uidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}], "gidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}]}]})")
                                    << QStringList{"mount.idmap.incomplete", "mount.idmap.option-missing"};
    QTest::newRow("namespaces present") << QByteArray(
        R"({"hostname": "box", "domainname": "example.org", "linux": {"namespaces": [{"type": "uts"}, {"type": "network"}, {"type": "ipc"}, {"type": "user"}, {"type": "mount"}], "uidMappings": [{"containerID": 0, "hostID": 1000, "size": 1}], "gidMappings": [{"containerID": 0, "hostID": 1000, "size": 1}], "sysctl": {"net.ipv4.ip_forward": "1", "kernel.msgmax": "8192", "fs.mqueue.msg_max": "10", "kernel.domainname": "example.org"}}})")
                                        << QStringList{"sysctl.not-namespaced"};
    QTest::newRow("empty hostname needs nothing") << QByteArray(R"({"hostname": ""})") << QStringList();
    // Podman's modes, as stat(2) reports them: S_IFCHR | 0666, S_IFBLK | 0600.
    QTest::newRow("device fileMode with its type") << QByteArray(
        R"({"linux": {"devices": [{"type": "c", "path": "/dev/null", "major": 1, "minor": 3, "fileMode": 8630}, {"type": "b", "path": "/dev/loop0", "major": 7, "minor": 0, "fileMode": 24960}, {"type": "p", "path": "/dev/fifo", "fileMode": 4528}]}})")
                                                   << QStringList{"value.out-of-range", "device.filemode.range",
                                                                  "device.filemode.type"};
    QTest::newRow("fifo device") << QByteArray(
        R"({"linux": {"devices": [{"type": "p", "path": "/dev/fifo", "fileMode": 438}]}})")
                                 << QStringList();
    QTest::newRow("described image annotation")
        << QByteArray(R"({"annotations": {"org.opencontainers.image.os": "linux", "com.example.key": "v"}})")
        << QStringList();
    QTest::newRow("device rule wildcard") << QByteArray(
        R"({"linux": {"resources": {"devices": [{"allow": false, "access": "rwm"}, {"allow": true, "type": "c", "major": 1, "minor": 3, "access": "rw"}]}}})")
                                          << QStringList();
    QTest::newRow("seccomp errno") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ERRNO", "defaultErrnoRet": 1, "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW"}, {"names": ["mount"], "action": "SCMP_ACT_NOTIFY"}], "listenerPath": "/run/agent.sock"}}})")
                                   << QStringList();
    QTest::newRow("scheduler deadline") << QByteArray(
        R"({"process": {"scheduler": {"policy": "SCHED_DEADLINE", "runtime": 10, "deadline": 20, "period": 30}}})")
                                        << QStringList();
    QTest::newRow("runc-accepted cpu lists")
        << QByteArray(R"({"linux": {"resources": {"cpu": {"cpus": "0,,1", "mems": "0-7:2/4"}}}})")
        << QStringList{"cpulist.malformed"};
    QTest::newRow("negative quota is no limit")
        << QByteArray(R"({"linux": {"resources": {"cpu": {"quota": -5, "shares": 0}}}})") << QStringList();
    QTest::newRow("lxcfs mounts in /proc") << QByteArray(
        R"({"mounts": [{"destination": "/proc", "type": "proc", "source": "proc"}, {"destination": "/proc/meminfo", "type": "bind", "source": "/var/lib/lxcfs/proc/meminfo", "options": ["rbind"]}]})")
                                           << QStringList();
    QTest::newRow("image annotations") << QByteArray(
        R"({"annotations": {"org.opencontainers.image.exposedPorts": "80/tcp", "org.opencontainers.image.stopSignal": "SIGTERM", "org.opencontainers.image.base.name": "x", "org.opencontainers.image.ref.name": "1"}})")
                                       << QStringList{"annotation.key.reserved"};
    QTest::newRow("own /dev/null allowed") << QByteArray(
        R"({"linux": {"devices": [{"type": "c", "path": "/dev/null", "major": 1, "minor": 3}], "resources": {"devices": [{"allow": false, "access": "rwm"}, {"allow": true, "type": "c", "major": 1, "minor": 3, "access": "rwm"}]}}})")
                                           << QStringList{"device.default.not-allowed"};
    QTest::newRow("seccomp with known names") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "architectures": ["SCMP_ARCH_X86", "SCMP_ARCH_X32"], "syscalls": [{"names": ["mkdir", "socketcall"], "action": "SCMP_ACT_ERRNO"}]}}})")
                                              << QStringList{"seccomp.syscall.unknown"};
    QTest::newRow("hyper-v container needs no root") << QByteArray(
        R"({"root": null, "process": null, "linux": null, "windows": {"layerFolders": ["C:\\layers\\1"], "hyperv": {}}})")
                                                     << QStringList{"root.missing"};
}

void tst_Validator::noErrors()
{
    QFETCH(QByteArray, patch);
    QFETCH(QStringList, absentCodes);
    const QList<Finding> findings = Validator::validate(patched(patch.constData()));
    QVERIFY2(errorsOf(findings).isEmpty(), qPrintable(describe(findings)));
    for (const Finding &f : findings)
        QVERIFY2(!absentCodes.contains(f.code), qPrintable(describe(findings)));
}

void tst_Validator::wrongTypesDoNotCrash_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("array document") << QByteArray("[1, 2]");
    QTest::newRow("string document") << QByteArray(R"("config")");
    QTest::newRow("null document") << QByteArray("null");
    QTest::newRow("process is a number") << QByteArray(R"({"ociVersion": "1.0.0", "process": 5})");
    QTest::newRow("mounts of numbers") << QByteArray(
        R"({"ociVersion": "1.0.0", "mounts": [1, null, {"destination": 7}]})");
    QTest::newRow("namespaces object") << QByteArray(
        R"({"ociVersion": "1.0.0", "linux": {"namespaces": {"type": "pid"}}})");
    QTest::newRow("capabilities strings") << QByteArray(
        R"({"ociVersion": "1.0.0", "process": {"capabilities": {"effective": "CAP_KILL", "ambient": [1]}}})");
    QTest::newRow("resources garbage") << QByteArray(
        R"({"ociVersion": 1, "linux": {"resources": {"memory": [], "cpu": "x", "pids": {"limit": "many"}, "rdma": {"x": 1}, "blockIO": {"weightDevice": [3]}}}})");
    QTest::newRow("seccomp garbage") << QByteArray(
        R"({"linux": {"seccomp": {"defaultAction": 3, "syscalls": [{"names": "x", "args": {}}, 4]}}})");
    QTest::newRow("hooks garbage") << QByteArray(
        R"({"hooks": {"poststop": {"path": "/x"}, "prestart": [1, {"env": 3}]}})");
    QTest::newRow("deep nesting inside unknown") << QByteArray(R"({"x": [[[[[[[[[[{"y": [[[[[]]]]]}]]]]]]]]]]})");
}

void tst_Validator::wrongTypesDoNotCrash()
{
    QFETCH(QByteArray, document);
    const Json config = Json::parse(document.constData());
    const QList<Finding> findings = Validator::validate(config);
    QVERIFY2(Findings::hasErrors(findings), qPrintable(describe(findings)));
    for (const Finding &f : findings)
        QVERIFY2(JsonUtil::parsePointer(f.pointer), qPrintable(f.pointer));
}

void tst_Validator::generatedByTools_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("allowedErrors");
    QTest::addColumn<bool>("printed"); // on stdout, not into config.json
    QTest::addColumn<bool>("ambient"); // gives ambient capabilities
    QTest::newRow("runc spec") << "runc" << QStringList{"spec"} << QStringList() << false << true;
    QTest::newRow("runc spec --rootless")
        << "runc" << QStringList{"spec", "--rootless"} << QStringList() << false << true;
    QTest::newRow("crun spec") << "crun" << QStringList{"spec"} << QStringList() << false << true;
    // A user namespace without mappings: crun, run unprivileged, maps the
    // calling user itself; runc refuses, and the validator says so.
    QTest::newRow("crun spec --rootless")
        << "crun" << QStringList{"spec", "--rootless"} << QStringList{"userns.mappings.missing"} << false << true;
    // containerd's base for every container: the image fills in process.args,
    // and runc refuses it without ("args must not be empty").
    QTest::newRow("ctr oci spec") << "ctr" << QStringList{"oci", "spec"} << QStringList{"process.args.empty"} << true
                                  << false;
}

void tst_Validator::generatedByTools()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, allowedErrors);
    QFETCH(bool, printed);
    QFETCH(bool, ambient);
    const QString executable = QStandardPaths::findExecutable(program);
    if (executable.isEmpty())
        QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(program)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess tool;
    tool.setWorkingDirectory(dir.path());
    tool.start(executable, arguments);
    QVERIFY(tool.waitForFinished(30000));
    QCOMPARE(tool.exitCode(), 0);
    if (printed) {
        QFile file(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(tool.readAllStandardOutput()) > 0);
    }
    const std::optional<Json> config = readJson(dir.filePath(QStringLiteral("config.json")));
    QVERIFY(config);
    const QList<Finding> findings = Validator::validate(*config);
    for (const Finding &error : errorsOf(findings))
        QVERIFY2(allowedErrors.contains(error.code), qPrintable(describe(findings)));
    // The tools' defaults give ambient capabilities without inheritable ones:
    // worth a warning, never an error.
    const bool ambientWarned = std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
        return f.code == QLatin1String("capability.ambient-dropped") && f.severity == Finding::Severity::Warning;
    });
    QVERIFY2(ambientWarned == ambient, qPrintable(describe(findings)));
}

void tst_Validator::unpackedByUmoci()
{
    // A tiny image made here, no network: umoci writes the image's exposed
    // ports and stop signal as org.opencontainers.image annotations.
    const QString umoci = QStandardPaths::findExecutable(QStringLiteral("umoci"));
    if (umoci.isEmpty())
        QSKIP("umoci is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString image = dir.filePath(QStringLiteral("layout")) + QStringLiteral(":demo");
    const QList<QStringList> steps = {{"init", "--layout", dir.filePath(QStringLiteral("layout"))},
                                      {"new", "--image", image},
                                      {"config", "--image", image, "--config.exposedports", "80/tcp",
                                       "--config.stopsignal", "SIGTERM", "--config.cmd", "/bin/sh", "--config.env",
                                       "PATH=/bin", "--config.user", "0:0"},
                                      {"unpack", "--image", image, dir.filePath(QStringLiteral("bundle"))}};
    for (const QStringList &step : steps) {
        QProcess tool;
        tool.start(umoci, step);
        QVERIFY(tool.waitForFinished(30000));
        QVERIFY2(tool.exitCode() == 0, qPrintable(QString::fromUtf8(tool.readAllStandardError())));
    }
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    QFile file(bundle + QStringLiteral("/config.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const Json config = Json::parse(text.constData(), text.constData() + text.size());
    QVERIFY(config.contains("annotations") && config["annotations"].contains("org.opencontainers.image.exposedPorts"));
    // Checked as `check` does, with the bytes and the bundle directory.
    const QList<Finding> findings = Validator::validate(config, {bundle, text});
    QVERIFY2(errorsOf(findings).isEmpty(), qPrintable(describe(findings)));
    for (const Finding &f : findings)
        QVERIFY2(f.code != QLatin1String("annotation.key.reserved"), qPrintable(describe(findings)));
}

void tst_Validator::unpackedByUmociFromRicherImage()
{
    // An image with a user by name, volumes, a working directory, labels,
    // entrypoint and cmd, unpacked onto a real busybox root filesystem, so
    // the root filesystem rules look at what umoci made of it.
    const QString umoci = QStandardPaths::findExecutable(QStringLiteral("umoci"));
    if (umoci.isEmpty())
        QSKIP("umoci is not installed");
    const QString busybox = QStandardPaths::findExecutable(QStringLiteral("busybox"), {QStringLiteral("/bin")});
    if (busybox.isEmpty())
        QSKIP("busybox-static is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString layer = dir.filePath(QStringLiteral("layer"));
    QVERIFY(QDir().mkpath(layer + QStringLiteral("/bin")) && QDir().mkpath(layer + QStringLiteral("/etc"))
            && QDir().mkpath(layer + QStringLiteral("/srv")));
    QVERIFY(QFile::copy(busybox, layer + QStringLiteral("/bin/busybox")));
    QVERIFY(QFile::link(QStringLiteral("busybox"), layer + QStringLiteral("/bin/sh")));
    for (const auto &[name, text] : {std::pair{"/etc/passwd",
                                               "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:"
                                               "/home/app:/bin/sh\n"},
                                     std::pair{"/etc/group", "root:x:0:\napp:x:1000:\nstaff:x:50:app\n"}}) {
        QFile file(layer + QLatin1String(name));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) > 0);
    }
    const QString image = dir.filePath(QStringLiteral("layout")) + QStringLiteral(":rich");
    const QList<QStringList> steps = {{"init", "--layout", dir.filePath(QStringLiteral("layout"))},
                                      {"new", "--image", image},
                                      {"insert", "--image", image, "--history.comment", "busybox", layer, "/"},
                                      {"config",
                                       "--image",
                                       image,
                                       "--config.user",
                                       "app",
                                       "--config.volume",
                                       "/data",
                                       "--config.volume",
                                       "/var/cache",
                                       "--config.workingdir",
                                       "/srv",
                                       "--config.entrypoint",
                                       "/bin/sh",
                                       "--config.entrypoint",
                                       "-c",
                                       "--config.cmd",
                                       "echo hi",
                                       "--config.label",
                                       "org.example.team=infra",
                                       "--config.env",
                                       "PATH=/bin",
                                       "--config.exposedports",
                                       "8080/tcp",
                                       "--config.stopsignal",
                                       "SIGQUIT",
                                       "--history.author",
                                       "Example"},
                                      {"unpack", "--image", image, dir.filePath(QStringLiteral("bundle"))}};
    for (const QStringList &step : steps) {
        QProcess tool;
        tool.start(umoci, step);
        QVERIFY(tool.waitForFinished(30000));
        QVERIFY2(tool.exitCode() == 0, qPrintable(QString::fromUtf8(tool.readAllStandardError())));
    }
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    QFile file(bundle + QStringLiteral("/config.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const Json config = Json::parse(text.constData(), text.constData() + text.size());
    // umoci resolved the user by name in the image's /etc/passwd.
    QVERIFY2(config["process"]["user"]["uid"] == 1000, text.constData());
    QVERIFY2(config["process"]["cwd"] == "/srv", text.constData());
    const QList<Finding> findings = Validator::validate(config, {bundle, text});
    QVERIFY2(errorsOf(findings).isEmpty(), qPrintable(describe(findings)));
    for (const Finding &f : findings) {
        QVERIFY2(f.code != QLatin1String("annotation.key.reserved") && f.code != QLatin1String("rootfs.empty"),
                 qPrintable(describe(findings)));
    }
}

// Configs written by containerd, Podman, Docker and umoci, kept as the tools
// wrote them (data/generated-by-tools/README.md says how they were made).
void tst_Validator::configsOfTools_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("refusedByRunc"); // error codes runc 1.1.5 agrees with
    // `ctr oci spec` prints containerd's base, whose process.args the image
    // fills in later: runc refuses it as it stands ("args must not be empty").
    // `umoci unpack --rootless` maps only the calling user (to root), and
    // the image's user 1000 stays unmapped: runc refuses with "cannot set
    // uid to unmapped user in user namespace".
    const QHash<QString, QStringList> refusals = {
        {QStringLiteral("containerd-default.json"), {QStringLiteral("process.args.empty")}},
        {QStringLiteral("umoci-rich-rootless.json"), {QStringLiteral("userns.process.unmapped")}}};
    const QDir dir(QStringLiteral(OBE_GENERATED_BY_TOOLS));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(names.size() >= 18, qPrintable(dir.path()));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name) << refusals.value(name);
}

void tst_Validator::configsOfTools()
{
    QFETCH(QString, path);
    QFETCH(QStringList, refusedByRunc);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<Finding> findings = checkAsBundle(file.readAll(), dir.path());
    QVERIFY(!findings.isEmpty()); // the missing overlay or the empty rootfs at least
    QStringList errors;
    for (const Finding &error : errorsOf(findings))
        errors << error.code;
    errors.removeDuplicates();
    QVERIFY2(errors == refusedByRunc, qPrintable(describe(findings)));
    // The org.opencontainers keys the tools write are the specifications' own.
    for (const Finding &f : findings)
        QVERIFY2(f.code != QLatin1String("annotation.key.reserved"), qPrintable(describe(findings)));
}

void tst_Validator::referenceTestConfigs_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("good");
    QTest::addColumn<QString>("pointer"); // where the bad one is wrong; "?" when unknown
    addReferenceRows(QStringLiteral("reference"), QStringLiteral(OBE_SHARED_REFERENCE "/schema/test/config"));
    addReferenceRows(QStringLiteral("debian"),
                     QStringLiteral("/usr/share/gocode/src/github.com/opencontainers/runtime-spec/schema/test/config"));
}

void tst_Validator::referenceTestConfigs()
{
    QFETCH(QString, path);
    QFETCH(bool, good);
    QFETCH(QString, pointer);
    if (path.isEmpty())
        QSKIP("this copy of the runtime-spec test set is not installed here");
    const std::optional<Json> config = readJson(path);
    if (path.endsWith(QLatin1String("/invalid-json.json"))) {
        QVERIFY(!config); // a parse error, not a validation finding
        return;
    }
    QVERIFY(config);
    const QList<Finding> findings = Validator::validate(*config);
    const QList<Finding> errors = errorsOf(findings);
    if (good) {
        // What the specification allows and runc 1.1 refuses: no process (it
        // is needed to start, not to create) and the time namespace.
        const QStringList runcOnly = {QStringLiteral("process.missing"),
                                      QStringLiteral("namespace.time.runc-unsupported")};
        for (const Finding &error : errors)
            QVERIFY2(runcOnly.contains(error.code), qPrintable(describe(findings)));
        return;
    }
    QVERIFY2(!errors.isEmpty(), qPrintable(describe(findings)));
    if (pointer != QLatin1String("?")) {
        const bool onPointer =
            std::any_of(errors.begin(), errors.end(), [&](const Finding &f) { return f.pointer == pointer; });
        QVERIFY2(onPointer, qPrintable(describe(findings)));
    }
}

void tst_Validator::otherPlatforms_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("code"); // empty: the configuration validates without errors
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<Finding::Severity>("severity");
    const auto E = Finding::Severity::Error;
    const auto W = Finding::Severity::Warning;
    const auto I = Finding::Severity::Info;
    const auto valid = [](const char *name, const char *base, const char *patch) {
        QTest::newRow(name) << QString::fromLatin1(base) << QByteArray(patch) << QString() << QString()
                            << Finding::Severity::Info;
    };
    const auto invalid = [](const char *name, const char *base, const char *patch, const char *code,
                            const char *pointer, Finding::Severity severity) {
        QTest::newRow(name) << QString::fromLatin1(base) << QByteArray(patch) << QString::fromLatin1(code)
                            << QString::fromLatin1(pointer) << severity;
    };

    valid("windows server container", "windows", "{}");
    valid("windows hyper-v container", "hyperv", "{}");
    valid("windows user without uid and gid", "windows",
          R"({"process": {"user": {"username": "ContainerAdministrator", "uid": null, "gid": null}}})");
    valid("windows forward slashes", "windows",
          R"({"process": {"cwd": "c:/app"}, "mounts": [{"destination": "c:/data", "source": "d:/data"}]})");
    valid("windows named pipe mount", "windows",
          R"({"mounts": [{"destination": "\\\\.\\pipe\\docker_engine", "source": "\\\\.\\pipe\\docker_engine"}]})");
    valid(
        "windows container in a utility VM with linux", "hyperv",
        R"({"root": {"path": "rootfs"}, "process": {"cwd": "/", "args": ["sh"], "user": {"uid": 0, "gid": 0}, "commandLine": null}, "linux": {"namespaces": [{"type": "pid"}, {"type": "mount"}]}})");
    valid(
        "windows affinity in several groups", "windows",
        R"({"windows": {"resources": {"cpu": {"count": null, "shares": 5000, "affinity": [{"mask": 255, "group": 0}, {"mask": 18446744073709551615, "group": 1}]}}}})");
    valid("vm", "vm", "{}");
    valid("vm without optional parts", "vm", R"({"vm": {"hypervisor": null, "image": null, "hwConfig": null}})");
    valid("solaris", "solaris", "{}");
    valid("zos", "zos", "{}");
    valid(
        "zos devices of 1.1.0", "zos",
        R"({"ociVersion": "1.1.0", "zos": {"namespaces": null, "devices": [{"type": "c", "path": "/dev/null", "major": 4, "minor": 0, "fileMode": 438, "uid": 0, "gid": 0}]}})");
    valid("freebsd", "freebsd", "{}");
    valid(
        "freebsd with vnet", "freebsd",
        R"({"freebsd": {"jail": {"ip4": null, "ip4Addr": null, "ip6": null, "interface": null, "vnet": "new", "vnetInterfaces": ["epair0b"], "parent": "pod1"}}})");

    invalid("windows layerFolders a number", "windows", R"({"windows": {"layerFolders": 5}})", "type.mismatch",
            "/windows/layerFolders", E);
    invalid("windows layer folder a number", "windows", R"({"windows": {"layerFolders": ["C:\\layers\\base", 7]}})",
            "type.mismatch", "/windows/layerFolders/1", E);
    invalid("windows layerFolders empty", "windows", R"({"windows": {"layerFolders": []}})",
            "windows.layerFolders.empty", "/windows/layerFolders", E);
    invalid("windows layerFolders missing", "windows", R"({"windows": {"layerFolders": null}})", "field.required",
            "/windows/layerFolders", E);
    invalid("windows unknown member", "windows", R"({"windows": {"layerFolder": ["C:\\x"]}})", "field.unknown",
            "/windows/layerFolder", I);
    invalid("windows device id type", "windows",
            R"({"windows": {"devices": [{"id": "5B45201D-F2F2-4F3B-85BB-30FF1F953599", "idType": "vpci"}]}})",
            "value.not-allowed", "/windows/devices/0/idType", E);
    invalid("windows device id missing", "windows", R"({"windows": {"devices": [{"idType": "class"}]}})",
            "field.required", "/windows/devices/0/id", E);
    invalid("windows memory limit negative", "windows", R"({"windows": {"resources": {"memory": {"limit": -1}}}})",
            "value.out-of-range", "/windows/resources/memory/limit", E);
    invalid("windows cpu shares above uint16", "windows",
            R"({"windows": {"resources": {"cpu": {"count": null, "shares": 70000}}}})", "value.out-of-range",
            "/windows/resources/cpu/shares", E);
    invalid("windows cpu shares above 10000", "windows",
            R"({"windows": {"resources": {"cpu": {"count": null, "shares": 10001}}}})", "windows.cpu.range",
            "/windows/resources/cpu/shares", E);
    invalid("windows cpu maximum above 10000", "hyperv", R"({"windows": {"resources": {"cpu": {"maximum": 20000}}}})",
            "windows.cpu.range", "/windows/resources/cpu/maximum", E);
    invalid("windows cpu count and maximum", "windows", R"({"windows": {"resources": {"cpu": {"maximum": 5000}}}})",
            "windows.cpu.exclusive", "/windows/resources/cpu/maximum", E);
    invalid("windows affinity as one object", "windows",
            R"({"windows": {"resources": {"cpu": {"affinity": {"mask": 3, "group": 0}}}}})",
            "windows.cpu.affinity.object", "/windows/resources/cpu/affinity", W);
    invalid("windows affinity group missing", "windows",
            R"({"windows": {"resources": {"cpu": {"affinity": [{"mask": 3}]}}}})", "field.required",
            "/windows/resources/cpu/affinity/0/group", E);
    invalid("windows affinity in 1.2.0", "windows", R"({"ociVersion": "1.2.0"})", "field.newer-than-version",
            "/windows/resources/cpu/affinity", W);
    invalid("windows storage iops a string", "windows", R"({"windows": {"resources": {"storage": {"iops": "fast"}}}})",
            "type.mismatch", "/windows/resources/storage/iops", E);
    invalid("windows DNS query flag a string", "windows",
            R"({"windows": {"network": {"allowUnqualifiedDNSQuery": "yes"}}})", "type.mismatch",
            "/windows/network/allowUnqualifiedDNSQuery", E);
    invalid("windows network namespace with endpoints", "hyperv",
            R"({"windows": {"network": {"endpointList": ["6e8c1a52-3b5d-4c6e-9f70-81a2b3c4d5e6"]}}})",
            "windows.network.namespace-exclusive", "/windows/network/networkNamespace", W);
    invalid("windows servicing a number", "windows", R"({"windows": {"servicing": 1}})", "type.mismatch",
            "/windows/servicing", E);
    invalid("windows credential spec an array", "windows", R"({"windows": {"credentialSpec": ["x"]}})", "type.mismatch",
            "/windows/credentialSpec", E);
    invalid("windows utility VM path a number", "hyperv", R"({"windows": {"hyperv": {"utilityVMPath": 3}}})",
            "type.mismatch", "/windows/hyperv/utilityVMPath", E);
    invalid("windows root without volume path", "windows", R"({"root": {"path": "C:\\rootfs"}})",
            "windows.root.path.volume", "/root/path", E);
    invalid("windows root read-only", "windows", R"({"root": {"readonly": true}})", "windows.root.readonly",
            "/root/readonly", E);
    invalid("windows server container without root", "windows", R"({"root": null})", "root.missing", "/root", E);
    invalid("windows hyper-v container with root", "hyperv",
            R"({"root": {"path": "\\\\?\\Volume{3f1e2a4b-7c9d-4e6f-8a0b-1c2d3e4f5a6b}\\"}})", "windows.root.hyperv",
            "/root", E);
    invalid("windows process without command", "hyperv", R"({"process": {"commandLine": null}})",
            "windows.process.command-missing", "/process/commandLine", E);
    invalid("windows cwd relative", "windows", R"({"process": {"cwd": "app"}})", "path.not-absolute", "/process/cwd",
            E);
    invalid("windows mount destination relative", "windows", R"({"mounts": [{"destination": "data"}]})",
            "path.not-absolute", "/mounts/0/destination", E);
    invalid("windows mounts nested", "windows",
            R"({"mounts": [{"destination": "C:\\data\\cache"}, {"destination": "c:/Data/"}]})", "windows.mount.nested",
            "/mounts/1/destination", E);
    invalid("windows mount inside an earlier one", "windows",
            R"({"mounts": [{"destination": "C:\\data"}, {"destination": "C:\\data\\logs"}]})", "windows.mount.nested",
            "/mounts/1/destination", E);
    invalid("windows mount from a share", "windows",
            R"({"mounts": [{"destination": "C:\\data", "source": "\\\\fileserver\\data"}]})",
            "windows.mount.source.unc", "/mounts/0/source", E);
    invalid("vm kernel missing", "vm", R"({"vm": {"kernel": null}})", "field.required", "/vm/kernel", E);
    invalid("vm hypervisor without path", "vm", R"({"vm": {"hypervisor": {"path": null}}})", "field.required",
            "/vm/hypervisor/path", E);
    invalid("vm kernel path relative", "vm", R"({"vm": {"kernel": {"path": "vmlinuz"}}})", "path.not-absolute",
            "/vm/kernel/path", E);
    invalid("vm initrd relative", "vm", R"({"vm": {"kernel": {"initrd": "initrd.img"}}})", "path.not-absolute",
            "/vm/kernel/initrd", E);
    invalid("vm image format", "vm", R"({"vm": {"image": {"format": "iso"}}})", "value.not-allowed", "/vm/image/format",
            E);
    invalid("vm image format missing", "vm", R"({"vm": {"image": {"format": null}}})", "field.required",
            "/vm/image/format", E);
    invalid("vm kernel parameters a string", "vm", R"({"vm": {"kernel": {"parameters": "console=hvc0"}}})",
            "type.mismatch", "/vm/kernel/parameters", E);
    invalid("vm vcpus negative", "vm", R"({"vm": {"hwConfig": {"vcpus": -1}}})", "value.out-of-range",
            "/vm/hwConfig/vcpus", E);
    invalid("vm iomem page count missing", "vm", R"({"vm": {"hwConfig": {"iomems": [{"firstMFN": 61440}]}}})",
            "field.required", "/vm/hwConfig/iomems/0/nrMFNs", E);
    invalid("vm irq a string", "vm", R"({"vm": {"hwConfig": {"irqs": ["40"]}}})", "type.mismatch",
            "/vm/hwConfig/irqs/0", E);
    invalid("vm hardware in 1.2.1", "vm", R"({"ociVersion": "1.2.1"})", "field.newer-than-version", "/vm/hwConfig", W);
    invalid("solaris milestone a number", "solaris", R"({"solaris": {"milestone": 5}})", "type.mismatch",
            "/solaris/milestone", E);
    invalid("solaris ncpus a number", "solaris", R"({"solaris": {"cappedCPU": {"ncpus": 1.5}}})", "type.mismatch",
            "/solaris/cappedCPU/ncpus", E);
    invalid("solaris anet an object", "solaris", R"({"solaris": {"anet": {"linkname": "net0"}}})", "type.mismatch",
            "/solaris/anet", E);
    invalid("solaris anet flag a boolean", "solaris", R"({"solaris": {"anet": [{"configureAllowedAddress": true}]}})",
            "type.mismatch", "/solaris/anet/0/configureAllowedAddress", E);
    invalid("solaris without root", "solaris", R"({"root": null})", "root.missing", "/root", E);
    invalid("solaris mount destination relative", "solaris", R"({"mounts": [{"destination": "export/home"}]})",
            "path.not-absolute", "/mounts/0/destination", E);
    invalid("solaris user without uid", "solaris", R"({"process": {"user": {"uid": null}}})", "field.required",
            "/process/user/uid", E);
    invalid("zos namespace type", "zos", R"({"zos": {"namespaces": [{"type": "network"}]}})", "value.not-allowed",
            "/zos/namespaces/0/type", E);
    invalid("zos namespace type missing", "zos", R"({"zos": {"namespaces": [{"path": "/var/run/zos/ns/pid1"}]}})",
            "field.required", "/zos/namespaces/0/type", E);
    invalid("zos namespace twice", "zos", R"({"zos": {"namespaces": [{"type": "ipc"}, {"type": "ipc"}]}})",
            "namespace.duplicate", "/zos/namespaces/1/type", E);
    invalid("zos namespace path relative", "zos", R"({"zos": {"namespaces": [{"type": "pid", "path": "ns/pid"}]}})",
            "path.not-absolute", "/zos/namespaces/0/path", E);
    invalid("zos devices in 1.3.0", "zos",
            R"({"zos": {"devices": [{"type": "c", "path": "/dev/null", "major": 4, "minor": 0}]}})", "field.removed",
            "/zos/devices", W);
    invalid("zos device type", "zos",
            R"({"ociVersion": "1.1.0", "zos": {"namespaces": null, "devices": [{"type": "x", "path": "/dev/x"}]}})",
            "value.not-allowed", "/zos/devices/0/type", E);
    invalid("zos section in 1.0.2", "zos", R"({"ociVersion": "1.0.2", "zos": {"namespaces": null}})",
            "field.newer-than-version", "/zos", W);
    invalid("freebsd vnet disable", "freebsd", R"({"freebsd": {"jail": {"vnet": "disable"}}})", "value.not-allowed",
            "/freebsd/jail/vnet", E);
    invalid("freebsd sharing mode", "freebsd", R"({"freebsd": {"jail": {"sysvshm": "shared"}}})", "value.not-allowed",
            "/freebsd/jail/sysvshm", E);
    invalid("freebsd enforceStatfs 3", "freebsd", R"({"freebsd": {"jail": {"enforceStatfs": 3}}})",
            "freebsd.jail.enforceStatfs.range", "/freebsd/jail/enforceStatfs", E);
    invalid("freebsd enforceStatfs above uint8", "freebsd", R"({"freebsd": {"jail": {"enforceStatfs": 300}}})",
            "value.out-of-range", "/freebsd/jail/enforceStatfs", E);
    invalid("freebsd device path missing", "freebsd", R"({"freebsd": {"devices": [{"mode": 384}]}})", "field.required",
            "/freebsd/devices/0/path", E);
    invalid("freebsd device mode a string", "freebsd", R"({"freebsd": {"devices": [{"path": "bpf", "mode": "0600"}]}})",
            "type.mismatch", "/freebsd/devices/0/mode", E);
    invalid("freebsd allow.mount a string", "freebsd", R"({"freebsd": {"jail": {"allow": {"mount": "tmpfs"}}}})",
            "type.mismatch", "/freebsd/jail/allow/mount", E);
    invalid("freebsd allow sysvipc", "freebsd", R"({"freebsd": {"jail": {"allow": {"sysvipc": true}}}})",
            "field.unknown", "/freebsd/jail/allow/sysvipc", I);
    invalid("freebsd without root", "freebsd", R"({"root": null})", "root.missing", "/root", E);
}

void tst_Validator::otherPlatforms()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, patch);
    QFETCH(QString, code);
    QFETCH(QString, pointer);
    QFETCH(Finding::Severity, severity);

    QVERIFY(kPlatformBases.contains(base));
    Json config = Json::parse(kPlatformBases.value(base));
    config.merge_patch(Json::parse(patch.constData()));
    const QList<Finding> findings = Validator::validate(config);
    if (code.isEmpty()) {
        QVERIFY2(errorsOf(findings).isEmpty(), qPrintable(describe(findings)));
        // Every field of these examples is in the catalogue.
        for (const Finding &f : findings)
            QVERIFY2(f.code != QLatin1String("field.unknown"), qPrintable(describe(findings)));
        return;
    }
    const auto match = std::find_if(findings.begin(), findings.end(),
                                    [&](const Finding &f) { return f.code == code && f.pointer == pointer; });
    QVERIFY2(match != findings.end(),
             qPrintable(QStringLiteral("expected %1 at %2, got:\n%3").arg(code, pointer, describe(findings))));
    QCOMPARE(Findings::severityName(match->severity), Findings::severityName(severity));
    const qsizetype sameCode =
        std::count_if(findings.begin(), findings.end(), [&](const Finding &f) { return f.code == code; });
    QVERIFY2(sameCode == 1, qPrintable(describe(findings)));
}

void tst_Validator::sourceText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code"); // empty: no file-level finding
    QTest::addColumn<QString>("pointer");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"ociVersion\": \"1.0.2\"}") << "file.byte-order-mark"
                                     << "";
    QTest::newRow("-0 uid") << QByteArray(R"({"process": {"user": {"uid": -0, "gid": 0}}})") << "number.negative-zero"
                            << "/process/user/uid";
    QTest::newRow("-0 in an array") << QByteArray(R"({"process": {"user": {"uid": 0, "additionalGids": [1, -0]}}})")
                                    << "number.negative-zero"
                                    << "/process/user/additionalGids/1";
    QTest::newRow("-0 after nested values") << QByteArray(
        R"({"mounts": [{"destination": "/a", "options": ["x,y"]}], "linux": {"uidMappings": [{"containerID": 0, "hostID": -0, "size": 1}]}})")
                                            << "number.negative-zero"
                                            << "/linux/uidMappings/0/hostID";
    QTest::newRow("-0 escaped key") << QByteArray(R"({"linux": {"resources": {"cpu": {"shares": -0}}}})")
                                    << "number.negative-zero"
                                    << "/linux/resources/cpu/shares";
    QTest::newRow("-0 signed field") << QByteArray(R"({"process": {"oomScoreAdj": -0}})") << ""
                                     << "";
    QTest::newRow("-0 in a string") << QByteArray(R"({"hostname": "-0", "annotations": {"a": "-0"}})") << ""
                                    << "";
    QTest::newRow("plain") << QByteArray(R"({"process": {"user": {"uid": 0}}})") << ""
                           << "";
}

void tst_Validator::sourceText()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(QString, pointer);
    const Json config = Json::parse(text.constData(), text.constData() + text.size());
    const QList<Finding> findings = Validator::validate(config, {QString(), text});
    QList<Finding> fileLevel;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(fileLevel), [](const Finding &f) {
        return f.code == QLatin1String("file.byte-order-mark") || f.code == QLatin1String("number.negative-zero");
    });
    if (code.isEmpty()) {
        QVERIFY2(fileLevel.isEmpty(), qPrintable(describe(findings)));
        return;
    }
    QCOMPARE(fileLevel.size(), 1);
    QCOMPARE(fileLevel.first().code, code);
    QCOMPARE(fileLevel.first().pointer, pointer);
    QCOMPARE(Findings::severityName(fileLevel.first().severity), QStringLiteral("error"));
}

void tst_Validator::hostRules_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("code"); // empty: no host finding at all
    QTest::addColumn<QString>("pointer");
    QTest::newRow("bundle as it is") << QByteArray("{}") << ""
                                     << "";
    QTest::newRow("root missing") << QByteArray(R"({"root": {"path": "nonexistent"}})") << "host.root.missing"
                                  << "/root/path";
    QTest::newRow("root a file") << QByteArray(R"({"root": {"path": "file"}})") << "host.root.not-directory"
                                 << "/root/path";
    QTest::newRow("root through a link") << QByteArray(R"({"root": {"path": "link"}})") << "host.root.symlink"
                                         << "/root/path";
    QTest::newRow("namespace path") << QByteArray(
        R"({"linux": {"namespaces": [{"type": "pid"}, {"type": "mount"}, {"type": "network", "path": "/proc/0/ns/net"}]}})")
                                    << "host.namespace.path.missing"
                                    << "/linux/namespaces/2/path";
    QTest::newRow("bind source") << QByteArray(
        R"({"mounts": [{"destination": "/data", "source": "data", "options": ["rbind"]}]})")
                                 << "host.mount.source.missing"
                                 << "/mounts/0/source";
    QTest::newRow("bind source present") << QByteArray(
        R"({"mounts": [{"destination": "/data", "source": "rootfs", "options": ["rbind"]}]})")
                                         << ""
                                         << "";
    QTest::newRow("file system type") << QByteArray(
        R"({"mounts": [{"destination": "/data", "type": "nosuchfs", "source": "x"}]})")
                                      << "host.mount.type.unknown"
                                      << "/mounts/0/type";
    QTest::newRow("hook") << QByteArray(R"({"hooks": {"createRuntime": [{"path": "/nonexistent/hook"}]}})")
                          << "host.hook.missing"
                          << "/hooks/createRuntime/0/path";
    QTest::newRow("later hook") << QByteArray(
        R"({"hooks": {"createRuntime": [{"path": "/bin/true"}], "poststop": [{"path": "/bin/true"}, {"path": "/nonexistent/hook"}]}})")
                                << "host.hook.missing"
                                << "/hooks/poststop/1/path";
    QTest::newRow("cpu") << QByteArray(R"({"linux": {"resources": {"cpu": {"cpus": "0,4095"}}}})") << "host.cpu.missing"
                         << "/linux/resources/cpu/cpus";
    QTest::newRow("memory node") << QByteArray(R"({"linux": {"resources": {"cpu": {"mems": "4095"}}}})")
                                 << "host.memory-node.missing"
                                 << "/linux/resources/cpu/mems";
    QTest::newRow("sysctl") << QByteArray(
        R"({"linux": {"namespaces": [{"type": "network"}], "sysctl": {"net.ipv4.no_such_setting": "1"}}})")
                            << "host.sysctl.unknown"
                            << "/linux/sysctl/net.ipv4.no_such_setting";
}

void tst_Validator::hostRules()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, code);
    QFETCH(QString, pointer);
    QTemporaryDir bundle;
    QVERIFY(bundle.isValid());
    QVERIFY(QDir(bundle.path()).mkpath(QStringLiteral("rootfs")));
    QFile file(bundle.filePath(QStringLiteral("file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(QFile::link(QStringLiteral("rootfs"), bundle.filePath(QStringLiteral("link"))));
    const QList<Finding> findings =
        Validator::validate(patched(patch.constData()), {QDir(bundle.path()).canonicalPath(), {}});
    QList<Finding> host;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(host), [](const Finding &f) { return f.host; });
    if (code.isEmpty()) {
        QVERIFY2(host.isEmpty(), qPrintable(describe(findings)));
        return;
    }
    QVERIFY2(host.size() == 1, qPrintable(describe(findings)));
    QCOMPARE(host.first().code, code);
    QCOMPARE(host.first().pointer, pointer);
    QCOMPARE(Findings::severityName(host.first().severity), QStringLiteral("warning"));
    QVERIFY(host.first().code.startsWith(QLatin1String("host.")));
    QVERIFY(Findings::toJson(host.first())["host"] == Json(true));
}

void tst_Validator::findingsAsJson()
{
    const QList<Finding> findings = Validator::validate(patched(
        R"({"hostname": "box", "vendor": 1, "process": {"capabilities": {"permitted": ["CAP_KILL"], "ambient": ["CAP_KILL"]}}})"));
    const Json json = Findings::toJson(findings);
    QCOMPARE(json["errors"].get<qsizetype>(), Findings::count(findings, Finding::Severity::Error));
    QCOMPARE(json["warnings"].get<qsizetype>(), Findings::count(findings, Finding::Severity::Warning));
    QCOMPARE(json["infos"].get<qsizetype>(), Findings::count(findings, Finding::Severity::Info));
    QCOMPARE(json["errors"].get<int>(), 1);
    QCOMPARE(json["warnings"].get<int>(), 1);
    QCOMPARE(json["infos"].get<int>(), 1);
    QCOMPARE(json["findings"].size(), size_t(findings.size()));
    for (size_t i = 0; i < json["findings"].size(); ++i) {
        const Json &item = json["findings"][i];
        const Finding &f = findings.at(qsizetype(i));
        QCOMPARE(JsonUtil::toQString(item["severity"].get<std::string>()), Findings::severityName(f.severity));
        QCOMPARE(JsonUtil::toQString(item["code"].get<std::string>()), f.code);
        QCOMPARE(JsonUtil::toQString(item["pointer"].get<std::string>()), f.pointer);
        QCOMPARE(JsonUtil::toQString(item["message"].get<std::string>()), f.message);
    }
    const QStringList names = {Findings::severityName(Finding::Severity::Error),
                               Findings::severityName(Finding::Severity::Warning),
                               Findings::severityName(Finding::Severity::Info)};
    QCOMPARE(names, (QStringList{"error", "warning", "info"}));
    const Finding &error = *std::find_if(findings.begin(), findings.end(),
                                         [](const Finding &f) { return f.severity == Finding::Severity::Error; });
    QVERIFY(Findings::toText(error).startsWith(QLatin1String("error: /hostname: ")));
    QVERIFY(Findings::toText(error).endsWith(QLatin1String("[hostname.needs-uts-namespace]")));
}

void tst_Validator::messagesAreTranslated()
{
    // One finding from each part of the validator: version, catalogue, semantic rules.
    const Json config = patched(R"({"ociVersion": "2.0.0", "vendor": 1, "hostname": "box", "process": {"cwd": "x"}})");
    MarkingTranslator translator("Validator");
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QList<Finding> findings = Validator::validate(config);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(findings.size(), 4);
    for (const Finding &f : findings) {
        QVERIFY2(f.message.startsWith(QLatin1Char('<')) && f.message.endsWith(QLatin1Char('>')), qPrintable(f.message));
        QVERIFY2(!f.message.contains(QLatin1String("%1")), qPrintable(f.message));
    }
}

// Translators need an application object.
QTEST_GUILESS_MAIN(tst_Validator)
#include "tst_validator.moc"
