// SPDX-License-Identifier: Apache-2.0
// The security review: one broken hardening setting per row, against a
// hardened runc-like configuration that passes every check.

#include "bundle/bundletemplates.h"
#include "document/editcommands.h"
#include "document/jsonedit.h"
#include "document/specdocument.h"
#include "document/specfile.h"
#include "findingsamples.h"
#include "ocispec/securityreview.h"
#include "ocispec/validator.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

namespace {

// runc spec's configuration, hardened until the review finds nothing (the
// base of the security samples).
Json hardened()
{
    const QByteArray text = FindingSamples::baseText(FindingSample::Base::Hardened);
    return Json::parse(text.constData(), text.constData() + text.size());
}

// The hardened configuration changed by an RFC 6902 patch.
Json patched(const QByteArray &patch)
{
    return hardened().patch(Json::parse(patch.constData()));
}

// A patch that grants a capability in the sets runc fills.
QByteArray granting(const char *capability)
{
    return QByteArray(R"([{"op": "add", "path": "/process/capabilities/bounding/-", "value": "%1"},
                          {"op": "add", "path": "/process/capabilities/effective/-", "value": "%1"},
                          {"op": "add", "path": "/process/capabilities/permitted/-", "value": "%1"}])")
        .replace("%1", capability);
}

// A patch that adds a mount after runc's seven.
QByteArray mounting(const char *mount)
{
    return QByteArray(R"([{"op": "add", "path": "/mounts/-", "value": )") + mount + "}]";
}

QString describe(const QList<SecurityFinding> &findings)
{
    QStringList lines;
    for (const SecurityFinding &f : findings)
        lines << Findings::toText(f.finding);
    return lines.join(QLatin1Char('\n'));
}

QStringList codesOf(const QList<SecurityFinding> &findings)
{
    QStringList codes;
    for (const SecurityFinding &f : findings)
        codes << f.finding.code;
    codes.sort();
    return codes;
}

const SecurityFinding *findingAt(const QList<SecurityFinding> &findings, const QString &code, const QString &pointer)
{
    const auto it = std::find_if(findings.begin(), findings.end(), [&](const SecurityFinding &f) {
        return f.finding.code == code && f.finding.pointer == pointer;
    });
    return it == findings.end() ? nullptr : &*it;
}

QByteArray bytes(const std::string &text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace

class tst_SecurityReview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hardenedPassesEverything();
    void rule_data();
    void rule();
    void fix_data();
    void fix();
    void severitiesAreHardeningNotValidity();
    void everyRuleExplainedAndMapped();
    void summaryCountsAndVerdicts();
    void runcSpecDefaults();
    void withoutLinuxSectionEverythingIsShared();
    void otherPlatformsAreNotReviewed();
    void maskedMessageNamesMissingEntries();
    void severalFixesApplyTogether();
    void failingEditListLeavesNothing();
    void wrongTypesDoNotCrash_data();
    void wrongTypesDoNotCrash();
    void jsonOutput();
    void linearInMounts();
};

void tst_SecurityReview::hardenedPassesEverything()
{
    const Json config = hardened();
    const QList<SecurityFinding> findings = SecurityReview::run(config);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    const SecuritySummary summary = SecurityReview::summarize(findings);
    for (const SecuritySummary::Verdict &verdict : summary.verdicts)
        QVERIFY2(verdict.passed(), qPrintable(SecurityRules::standardName(verdict.standard)));
    // And it is a configuration runc takes: no validation errors.
    const QList<Finding> validation = Validator::validate(config);
    QVERIFY(!Findings::hasErrors(validation));
}

void tst_SecurityReview::rule_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("code"); // empty: the change is fine
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QStringList>("others"); // further codes the same change raises
    QTest::addColumn<bool>("fixable");

    // Capabilities beyond runc's set.
    QTest::newRow("CAP_CHOWN (Docker's set)") << granting("CAP_CHOWN") << "security.capability.added"
                                              << "/process/capabilities/effective/1" << QStringList() << true;
    QTest::newRow("CAP_KILL (runc's set)") << granting("CAP_KILL") << "security.capability.outside-restricted"
                                           << "/process/capabilities/effective/1" << QStringList() << true;
    QTest::newRow("CAP_LEASE (beyond Docker's)") << granting("CAP_LEASE") << "security.capability.added-beyond-docker"
                                                 << "/process/capabilities/effective/1" << QStringList() << true;
    const QList<QPair<const char *, const char *>> named = {
        {"CAP_SYS_ADMIN", "sys-admin"},
        {"CAP_SYS_MODULE", "sys-module"},
        {"CAP_SYS_PTRACE", "sys-ptrace"},
        {"CAP_NET_ADMIN", "net-admin"},
        {"CAP_NET_RAW", "net-raw"},
        {"CAP_DAC_READ_SEARCH", "dac-read-search"},
        {"CAP_SYS_RAWIO", "sys-rawio"},
        {"CAP_BPF", "bpf"},
        {"CAP_PERFMON", "perfmon"},
        {"CAP_SYS_BOOT", "sys-boot"},
        {"CAP_SYS_TIME", "sys-time"},
        {"CAP_MAC_ADMIN", "mac-admin"},
        {"CAP_MAC_OVERRIDE", "mac-override"},
        {"CAP_SYSLOG", "syslog"},
        {"CAP_AUDIT_CONTROL", "audit-control"},
    };
    for (const auto &[capability, suffix] : named) {
        QTest::newRow(capability) << granting(capability)
                                  << QStringLiteral("security.capability.") + QLatin1String(suffix)
                                  << "/process/capabilities/effective/1" << QStringList() << true;
    }
    QTest::newRow("SYS_ADMIN spelled short, bounding only")
        << QByteArray(R"([{"op": "add", "path": "/process/capabilities/bounding/0", "value": "sys_admin"}])")
        << "security.capability.sys-admin"
        << "/process/capabilities/bounding/0" << QStringList() << true;
    QTest::newRow("CAP_SYS_ADMIN ambient and inheritable")
        << QByteArray(R"([{"op": "add", "path": "/process/capabilities/ambient", "value": ["CAP_SYS_ADMIN"]},
                          {"op": "add", "path": "/process/capabilities/inheritable", "value": ["CAP_SYS_ADMIN"]}])")
        << "security.capability.sys-admin"
        << "/process/capabilities/ambient/0" << QStringList() << true;

    // Namespaces of the host.
    QTest::newRow("no pid namespace") << QByteArray(R"([{"op": "remove", "path": "/linux/namespaces/0"}])")
                                      << "security.namespace.host-pid"
                                      << "/linux/namespaces" << QStringList() << true;
    QTest::newRow("no network namespace")
        << QByteArray(R"([{"op": "remove", "path": "/linux/namespaces/1"}])") << "security.namespace.host-network"
        << "/linux/namespaces" << QStringList() << true;
    QTest::newRow("no ipc namespace") << QByteArray(R"([{"op": "remove", "path": "/linux/namespaces/2"}])")
                                      << "security.namespace.host-ipc"
                                      << "/linux/namespaces" << QStringList() << true;
    QTest::newRow("no uts namespace") << QByteArray(R"([{"op": "remove", "path": "/linux/namespaces/3"}])")
                                      << "security.namespace.host-uts"
                                      << "/linux/namespaces" << QStringList() << true;
    QTest::newRow("no user namespace") << QByteArray(R"([{"op": "remove", "path": "/linux/namespaces/5"}])")
                                       << "security.namespace.host-user"
                                       << "/linux/namespaces" << QStringList() << false;
    QTest::newRow("no cgroup namespace") << QByteArray(R"([{"op": "remove", "path": "/linux/namespaces/6"}])")
                                         << "security.namespace.host-cgroup"
                                         << "/linux/namespaces" << QStringList() << true;
    QTest::newRow("pid namespace of host init")
        << QByteArray(R"([{"op": "add", "path": "/linux/namespaces/0/path", "value": "/proc/1/ns/pid"}])")
        << "security.namespace.host-pid"
        << "/linux/namespaces/0/path" << QStringList() << true;
    QTest::newRow("network namespace of the runtime")
        << QByteArray(R"([{"op": "add", "path": "/linux/namespaces/1/path", "value": "/proc/self/ns/net"}])")
        << "security.namespace.host-network"
        << "/linux/namespaces/1/path" << QStringList() << true;
    QTest::newRow("ipc namespace of host init via /proc/1/task")
        << QByteArray(R"([{"op": "add", "path": "/linux/namespaces/2/path", "value": "/proc/1/task/1/ns/ipc"}])")
        << "security.namespace.host-ipc"
        << "/linux/namespaces/2/path" << QStringList() << true;
    QTest::newRow("network namespace of another container is fine")
        << QByteArray(R"([{"op": "add", "path": "/linux/namespaces/1/path", "value": "/var/run/netns/pod-42"}])")
        << QString() << QString() << QStringList() << false;

    // The process.
    QTest::newRow("root in a user namespace is fine")
        << QByteArray(R"([{"op": "replace", "path": "/process/user/uid", "value": 0}])") << QString() << QString()
        << QStringList() << false;
    QTest::newRow("root without a user namespace") << QByteArray(
        R"([{"op": "replace", "path": "/process/user/uid", "value": 0}, {"op": "remove", "path": "/linux/namespaces/5"}])")
                                                   << "security.process.root-user"
                                                   << "/process/user/uid" << QStringList{"security.namespace.host-user"}
                                                   << true;
    QTest::newRow("no user at all, no user namespace")
        << QByteArray(R"([{"op": "remove", "path": "/process/user"}, {"op": "remove", "path": "/linux/namespaces/5"}])")
        << "security.process.root-user"
        << "/process/user/uid" << QStringList{"security.namespace.host-user"} << true;
    QTest::newRow("root mapped to host root") << QByteArray(
        R"([{"op": "replace", "path": "/process/user/uid", "value": 0}, {"op": "replace", "path": "/linux/uidMappings/0/hostID", "value": 0}])")
                                              << "security.process.root-user"
                                              << "/process/user/uid" << QStringList() << false;
    QTest::newRow("noNewPrivileges false")
        << QByteArray(R"([{"op": "replace", "path": "/process/noNewPrivileges", "value": false}])")
        << "security.process.no-new-privileges"
        << "/process/noNewPrivileges" << QStringList() << true;
    QTest::newRow("noNewPrivileges missing") << QByteArray(R"([{"op": "remove", "path": "/process/noNewPrivileges"}])")
                                             << "security.process.no-new-privileges"
                                             << "/process/noNewPrivileges" << QStringList() << true;

    // Seccomp and security modules.
    QTest::newRow("no seccomp") << QByteArray(R"([{"op": "remove", "path": "/linux/seccomp"}])")
                                << "security.seccomp.missing"
                                << "/linux/seccomp" << QStringList() << false;
    QTest::newRow("seccomp allows by default")
        << QByteArray(R"([{"op": "replace", "path": "/linux/seccomp/defaultAction", "value": "SCMP_ACT_ALLOW"}])")
        << "security.seccomp.default-allow"
        << "/linux/seccomp/defaultAction" << QStringList() << false;
    QTest::newRow("seccomp allows all and names nothing") << QByteArray(
        R"([{"op": "replace", "path": "/linux/seccomp/defaultAction", "value": "SCMP_ACT_ALLOW"}, {"op": "remove", "path": "/linux/seccomp/syscalls"}])")
                                                          << "security.seccomp.missing"
                                                          << "/linux/seccomp/defaultAction" << QStringList() << false;
    QTest::newRow("seccomp only logs") << QByteArray(
        R"([{"op": "replace", "path": "/linux/seccomp/defaultAction", "value": "SCMP_ACT_LOG"}])")
                                       << "security.seccomp.default-allow"
                                       << "/linux/seccomp/defaultAction" << QStringList() << false;
    QTest::newRow("no AppArmor profile, no SELinux label")
        << QByteArray(R"([{"op": "remove", "path": "/process/apparmorProfile"}])") << "security.lsm.missing"
        << "/process/apparmorProfile" << QStringList() << false;
    QTest::newRow("SELinux label instead of AppArmor is fine") << QByteArray(
        R"([{"op": "remove", "path": "/process/apparmorProfile"}, {"op": "add", "path": "/process/selinuxLabel", "value": "system_u:system_r:container_t:s0:c1,c2"}])")
                                                               << QString() << QString() << QStringList() << false;
    QTest::newRow("AppArmor unconfined") << QByteArray(
        R"([{"op": "replace", "path": "/process/apparmorProfile", "value": "unconfined"}])")
                                         << "security.apparmor.unconfined"
                                         << "/process/apparmorProfile" << QStringList() << false;
    QTest::newRow("SELinux spc_t") << QByteArray(
        R"([{"op": "add", "path": "/process/selinuxLabel", "value": "system_u:system_r:spc_t:s0"}])")
                                   << "security.selinux.type"
                                   << "/process/selinuxLabel" << QStringList() << false;

    // Masked and read-only paths, the root filesystem.
    QTest::newRow("/proc/kcore not masked")
        << QByteArray(R"([{"op": "remove", "path": "/linux/maskedPaths/2"}])") << "security.paths.masked"
        << "/linux/maskedPaths" << QStringList() << true;
    QTest::newRow("no maskedPaths") << QByteArray(R"([{"op": "remove", "path": "/linux/maskedPaths"}])")
                                    << "security.paths.masked"
                                    << "/linux/maskedPaths" << QStringList() << true;
    QTest::newRow("/proc/sys not read-only")
        << QByteArray(R"([{"op": "remove", "path": "/linux/readonlyPaths/3"}])") << "security.paths.readonly"
        << "/linux/readonlyPaths" << QStringList() << true;
    QTest::newRow("no readonlyPaths") << QByteArray(R"([{"op": "remove", "path": "/linux/readonlyPaths"}])")
                                      << "security.paths.readonly"
                                      << "/linux/readonlyPaths" << QStringList() << true;
    QTest::newRow("all of /proc masked covers its entries") << QByteArray(
        R"([{"op": "replace", "path": "/linux/maskedPaths", "value": ["/proc", "/sys/firmware"]}, {"op": "replace", "path": "/linux/readonlyPaths", "value": []}])")
                                                            << QString() << QString() << QStringList() << false;
    QTest::newRow("root writable") << QByteArray(R"([{"op": "replace", "path": "/root/readonly", "value": false}])")
                                   << "security.root.writable"
                                   << "/root/readonly" << QStringList() << true;
    QTest::newRow("root readonly missing")
        << QByteArray(R"([{"op": "remove", "path": "/root/readonly"}])") << "security.root.writable"
        << "/root/readonly" << QStringList() << true;
    QTest::newRow("rootfs propagation rshared")
        << QByteArray(R"([{"op": "add", "path": "/linux/rootfsPropagation", "value": "rshared"}])")
        << "security.root.shared-propagation"
        << "/linux/rootfsPropagation" << QStringList() << true;
    QTest::newRow("rootfs propagation rslave is fine")
        << QByteArray(R"([{"op": "add", "path": "/linux/rootfsPropagation", "value": "rslave"}])") << QString()
        << QString() << QStringList() << false;

    // Limits.
    QTest::newRow("no memory limit") << QByteArray(R"([{"op": "remove", "path": "/linux/resources/memory"}])")
                                     << "security.resources.memory"
                                     << "/linux/resources/memory/limit" << QStringList() << false;
    QTest::newRow("memory unlimited (-1)")
        << QByteArray(R"([{"op": "replace", "path": "/linux/resources/memory/limit", "value": -1}])")
        << "security.resources.memory"
        << "/linux/resources/memory/limit" << QStringList() << false;
    QTest::newRow("no pids limit") << QByteArray(R"([{"op": "remove", "path": "/linux/resources/pids"}])")
                                   << "security.resources.pids"
                                   << "/linux/resources/pids/limit" << QStringList() << true;
    QTest::newRow("pids unlimited (0)") << QByteArray(
        R"([{"op": "replace", "path": "/linux/resources/pids/limit", "value": 0}])")
                                        << "security.resources.pids"
                                        << "/linux/resources/pids/limit" << QStringList() << true;
    QTest::newRow("no CPU shares or quota")
        << QByteArray(R"([{"op": "remove", "path": "/linux/resources/cpu"}])") << "security.resources.cpu"
        << "/linux/resources/cpu" << QStringList() << false;
    QTest::newRow("CPU quota instead of shares is fine") << QByteArray(
        R"([{"op": "replace", "path": "/linux/resources/cpu", "value": {"quota": 50000, "period": 100000}}])")
                                                         << QString() << QString() << QStringList() << false;

    // Bind mounts of the host.
    const char *const sensitive[] = {"/",
                                     "/etc",
                                     "/proc",
                                     "/sys",
                                     "/dev",
                                     "/boot",
                                     "/lib/modules",
                                     "/root",
                                     "/home",
                                     "/usr",
                                     "/lib",
                                     "/home/alice/.ssh",
                                     "/usr/lib",
                                     "/proc/sys/kernel"};
    for (const char *path : sensitive) {
        const QByteArray mount = QByteArray(R"({"destination": "/host", "type": "bind", "source": ")") + path
            + R"(", "options": ["rbind", "ro"]})";
        QTest::newRow(qPrintable(QStringLiteral("bind of %1").arg(QLatin1String(path))))
            << mounting(mount) << "security.mount.sensitive"
            << "/mounts/7/source" << QStringList() << true;
    }
    const char *const runtime[] = {"/var/run/docker.sock",
                                   "/run/docker.sock",
                                   "/run/containerd/containerd.sock",
                                   "/run/crio/crio.sock",
                                   "/run/runc",
                                   "/var/lib/docker",
                                   "/run",
                                   "/var"};
    for (const char *path : runtime) {
        const QByteArray mount = QByteArray(R"({"destination": "/host", "type": "bind", "source": ")") + path
            + R"(", "options": ["rbind", "ro"]})";
        QTest::newRow(qPrintable(QStringLiteral("bind of %1").arg(QLatin1String(path))))
            << mounting(mount) << "security.mount.container-runtime"
            << "/mounts/7/source" << QStringList() << true;
    }
    QTest::newRow("read-write bind of /etc")
        << mounting(R"({"destination": "/host-etc", "type": "bind", "source": "/etc", "options": ["rbind", "rw"]})")
        << "security.mount.sensitive"
        << "/mounts/7/source" << QStringList{"security.mount.host-writable"} << true;
    QTest::newRow("bind of /dev/null") << mounting(
        R"({"destination": "/etc/hidden", "type": "bind", "source": "/dev/null", "options": ["bind", "ro"]})")
                                       << "security.mount.host-path"
                                       << "/mounts/7/source" << QStringList() << false;
    QTest::newRow("read-only bind of a data directory")
        << mounting(R"({"destination": "/data", "type": "bind", "source": "/srv/data", "options": ["rbind", "ro"]})")
        << "security.mount.host-path"
        << "/mounts/7/source" << QStringList() << false;
    QTest::newRow("read-write bind, rw option")
        << mounting(R"({"destination": "/data", "type": "bind", "source": "/srv/data", "options": ["rbind", "rw"]})")
        << "security.mount.host-writable"
        << "/mounts/7/options" << QStringList() << true;
    QTest::newRow("read-write bind, no ro option")
        << mounting(R"({"destination": "/data", "source": "/srv/data", "options": ["rbind", "nosuid"]})")
        << "security.mount.host-writable"
        << "/mounts/7/options" << QStringList() << true;
    QTest::newRow("read-write bind, no options")
        << mounting(R"({"destination": "/data", "type": "bind", "source": "/srv/data"})")
        << "security.mount.host-writable"
        << "/mounts/7" << QStringList() << true;
    QTest::newRow("read-write bind, relative source")
        << mounting(R"({"destination": "/data", "type": "bind", "source": "data", "options": ["bind"]})")
        << "security.mount.host-writable"
        << "/mounts/7/options" << QStringList() << true;
    QTest::newRow("rshared mount") << mounting(
        R"({"destination": "/data", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "rshared"]})")
                                   << "security.mount.shared-propagation"
                                   << "/mounts/7/options/1" << QStringList() << true;
    QTest::newRow("shared bind") << mounting(
        R"({"destination": "/data", "type": "bind", "source": "/srv/data", "options": ["rbind", "ro", "shared"]})")
                                 << "security.mount.shared-propagation"
                                 << "/mounts/7/options/2" << QStringList{"security.mount.host-path"} << true;

    // Devices.
    QTest::newRow("device rule allows all") << QByteArray(
        R"([{"op": "add", "path": "/linux/resources/devices/-", "value": {"allow": true, "type": "a", "access": "rwm"}}])")
                                            << "security.devices.allow-all"
                                            << "/linux/resources/devices/1" << QStringList() << true;
    QTest::newRow("device rule allows all character devices") << QByteArray(
        R"([{"op": "add", "path": "/linux/resources/devices/-", "value": {"allow": true, "type": "c", "access": "rw"}}])")
                                                              << "security.devices.allow-all"
                                                              << "/linux/resources/devices/1" << QStringList() << true;
    QTest::newRow("device rule without a type") << QByteArray(
        R"([{"op": "add", "path": "/linux/resources/devices/-", "value": {"allow": true, "access": "r"}}])")
                                                << "security.devices.allow-all"
                                                << "/linux/resources/devices/1" << QStringList() << true;
    QTest::newRow("device rule allows a disk") << QByteArray(
        R"([{"op": "add", "path": "/linux/resources/devices/-", "value": {"allow": true, "type": "b", "major": 8, "minor": 0, "access": "rw"}}])")
                                               << "security.devices.allow-extra"
                                               << "/linux/resources/devices/1" << QStringList() << true;
    QTest::newRow("device rule allows every minor of major 1") << QByteArray(
        R"([{"op": "add", "path": "/linux/resources/devices/-", "value": {"allow": true, "type": "c", "major": 1, "access": "rw"}}])")
                                                               << "security.devices.allow-extra"
                                                               << "/linux/resources/devices/1" << QStringList() << true;
    QTest::newRow("device rule for /dev/null is runc's") << QByteArray(
        R"([{"op": "add", "path": "/linux/resources/devices/-", "value": {"allow": true, "type": "c", "major": 1, "minor": 3, "access": "rwm"}}])")
                                                         << QString() << QString() << QStringList() << false;
    QTest::newRow("device rule for pseudo-terminals is runc's") << QByteArray(
        R"([{"op": "add", "path": "/linux/resources/devices/-", "value": {"allow": true, "type": "c", "major": 136, "access": "rwm"}}])")
                                                                << QString() << QString() << QStringList() << false;
    QTest::newRow("device rule for mknod only") << QByteArray(
        R"([{"op": "add", "path": "/linux/resources/devices/-", "value": {"allow": true, "type": "b", "access": "m"}}])")
                                                << QString() << QString() << QStringList() << false;
    QTest::newRow("block device node") << QByteArray(
        R"([{"op": "add", "path": "/linux/devices", "value": [{"path": "/dev/sda", "type": "b", "major": 8, "minor": 0}]}])")
                                       << "security.device.block"
                                       << "/linux/devices/0" << QStringList() << true;
    QTest::newRow("fuse device node") << QByteArray(
        R"([{"op": "add", "path": "/linux/devices", "value": [{"path": "/dev/fuse", "type": "c", "major": 10, "minor": 229}]}])")
                                      << "security.device.extra"
                                      << "/linux/devices/0" << QStringList() << true;
    QTest::newRow("null device node is runc's") << QByteArray(
        R"([{"op": "add", "path": "/linux/devices", "value": [{"path": "/dev/null", "type": "c", "major": 1, "minor": 3}]}])")
                                                << QString() << QString() << QStringList() << false;

    // Sysctls and hooks.
    QTest::newRow("unsafe sysctl") << QByteArray(
        R"([{"op": "add", "path": "/linux/sysctl", "value": {"net.ipv4.ip_forward": "1"}}])")
                                   << "security.sysctl.unsafe"
                                   << "/linux/sysctl/net.ipv4.ip_forward" << QStringList() << true;
    QTest::newRow("unsafe kernel sysctl") << QByteArray(
        R"([{"op": "add", "path": "/linux/sysctl", "value": {"net.ipv4.tcp_syncookies": "1", "kernel.msgmax": "65536"}}])")
                                          << "security.sysctl.unsafe"
                                          << "/linux/sysctl/kernel.msgmax" << QStringList() << true;
    QTest::newRow("safe sysctls") << QByteArray(
        R"([{"op": "add", "path": "/linux/sysctl", "value": {"kernel.shm_rmid_forced": "1", "net.ipv4.ping_group_range": "0 2147483647", "net.ipv4.ip_unprivileged_port_start": "0", "net.ipv4.ip_local_port_range": "1024 65000"}}])")
                                  << QString() << QString() << QStringList() << false;
    QTest::newRow("prestart hook") << QByteArray(
        R"([{"op": "add", "path": "/hooks", "value": {"prestart": [{"path": "/usr/bin/netns-setup"}]}}])")
                                   << "security.hook.host-binary"
                                   << "/hooks/prestart/0/path" << QStringList() << true;
    QTest::newRow("poststop hook") << QByteArray(
        R"([{"op": "add", "path": "/hooks", "value": {"poststop": [{"path": "/bin/true"}, {"path": "/usr/sbin/cleanup", "args": ["cleanup"]}]}}])")
                                   << "security.hook.host-binary"
                                   << "/hooks/poststop/1/path" << QStringList{"security.hook.host-binary"} << true;
    QTest::newRow("startContainer hook runs the container's program")
        << QByteArray(R"([{"op": "add", "path": "/hooks", "value": {"startContainer": [{"path": "/bin/setup"}]}}])")
        << QString() << QString() << QStringList() << false;
}

void tst_SecurityReview::rule()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, code);
    QFETCH(QString, pointer);
    QFETCH(QStringList, others);
    QFETCH(bool, fixable);

    const QList<SecurityFinding> findings = SecurityReview::run(patched(patch));
    QStringList expected = others;
    if (!code.isEmpty())
        expected << code;
    expected.sort();
    QCOMPARE(codesOf(findings), expected);
    if (code.isEmpty())
        return;
    const SecurityFinding *finding = findingAt(findings, code, pointer);
    QVERIFY2(finding, qPrintable(describe(findings)));
    QCOMPARE(finding->rule, SecurityRules::find(code));
    QCOMPARE(finding->finding.severity, finding->rule->severity);
    QVERIFY(!finding->finding.message.isEmpty());
    QCOMPARE(finding->hasFix(), fixable);
    QCOMPARE(!finding->fixDescription.isEmpty(), fixable);
    if (fixable)
        QVERIFY(finding->rule->fixable);
}

void tst_SecurityReview::fix_data()
{
    rule_data();
}

void tst_SecurityReview::fix()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, code);
    QFETCH(QString, pointer);
    QFETCH(bool, fixable);
    if (!fixable)
        return; // rule() holds these to having no fix

    // Tab-indented text, as runc writes it: the fix must keep the layout.
    const QByteArray original = bytes(patched(patch).dump(1, '\t')) + '\n';
    SpecDocument document;
    QVERIFY(document.loadFromData(original));
    const QList<SecurityFinding> before = SecurityReview::run(document.root());
    const SecurityFinding *finding = findingAt(before, code, pointer);
    QVERIFY(finding);

    // The window's way: one undo step of the ordinary commands.
    const int steps = document.undoStack()->count();
    document.undoStack()->push(new EditListCommand(&document, finding->fix, finding->fixDescription));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    // One finding of the code fewer (a second hook of the same kind stays).
    const QList<SecurityFinding> after = SecurityReview::run(document.root());
    // (A read-write bind made read-only stays a note about a host path.)
    QVERIFY2(codesOf(after).count(code) == codesOf(before).count(code) - 1, qPrintable(describe(after)));

    // The command line's way gives the same bytes.
    SpecFile file;
    QVERIFY(file.parse(original));
    const Result<void> applied = JsonEdits::apply(&file.root(), finding->fix);
    QVERIFY2(applied, qPrintable(applied.error()));
    QCOMPARE(bytes(file.format().serialize(file.root())), document.toJson());

    document.undoStack()->undo();
    QCOMPARE(document.toJson(), original);
    document.undoStack()->redo();
    QCOMPARE(codesOf(SecurityReview::run(document.root())), codesOf(after));
}

void tst_SecurityReview::severitiesAreHardeningNotValidity()
{
    for (const SecurityRule &rule : SecurityRules::all()) {
        QVERIFY2(rule.severity != Finding::Severity::Error, rule.code);
        QVERIFY2(QByteArray(rule.code).startsWith("security."), rule.code);
    }
    // Validation knows nothing of the review: the runc template has no validation warnings about hardening.
    const Result<QByteArray> runc = BundleTemplates::configData(QStringLiteral("runc"));
    QVERIFY(runc);
    for (const Finding &finding : Validator::validate(Json::parse(runc.value().constData())))
        QVERIFY2(!finding.code.startsWith(QLatin1String("security.")), qPrintable(finding.code));
}

void tst_SecurityReview::everyRuleExplainedAndMapped()
{
    QSet<QString> codes;
    for (const SecurityRule &rule : SecurityRules::all()) {
        QVERIFY2(!codes.contains(QLatin1String(rule.code)), rule.code);
        codes.insert(QLatin1String(rule.code));
        QCOMPARE(SecurityRules::find(QLatin1String(rule.code)), &rule);
        QVERIFY2(SecurityRules::explanation(rule).size() > 60, rule.code);
        for (const SecurityReference &reference : rule.references)
            QVERIFY(!SecurityRules::referenceText(reference).isEmpty());
    }
    QVERIFY(!SecurityRules::find(QStringLiteral("security.nothing")));
    QVERIFY(codes.size() >= 45);
}

void tst_SecurityReview::summaryCountsAndVerdicts()
{
    // Three warnings (no pids limit, CAP_SYS_ADMIN, host network) and a note (CAP_CHOWN).
    Json config = hardened();
    config["linux"]["resources"].erase("pids");
    config["process"]["capabilities"]["bounding"].push_back("CAP_SYS_ADMIN");
    config["process"]["capabilities"]["bounding"].push_back("CAP_CHOWN");
    config["linux"]["namespaces"].erase(1);
    const QList<SecurityFinding> findings = SecurityReview::run(config);
    const SecuritySummary summary = SecurityReview::summarize(findings);
    QCOMPARE(summary.errors, 0);
    QCOMPARE(summary.warnings, 3);
    QCOMPARE(summary.infos, 1);
    QCOMPARE(summary.verdicts.size(), SecurityRules::standards().size());
    QCOMPARE(summary.verdict(SecurityStandard::DockerBench)->failures, 3); // 5.29, 5.4, 5.10
    QCOMPARE(summary.verdict(SecurityStandard::PssBaseline)->failures, 2); // capabilities, host namespaces
    QCOMPARE(summary.verdict(SecurityStandard::PssRestricted)->failures,
             3);                                                       // SYS_ADMIN, CHOWN, and baseline's host network
    QCOMPARE(summary.verdict(SecurityStandard::Kubesec)->failures, 2); // CapSysAdmin, HostNetwork
    QCOMPARE(summary.verdict(SecurityStandard::Trivy)->failures, 3);   // KSV005/KSV022 count once, KSV003, KSV009
    QVERIFY(!summary.verdict(SecurityStandard::PssBaseline)->passed());

    // Without a translator the plural forms are the source texts.
    QCOMPARE(SecurityReview::countsText(summary), QStringLiteral("3 warning(s), 1 note(s)"));
    const QStringList verdicts = SecurityReview::verdictTexts(summary);
    QCOMPARE(verdicts.size(), 5);
    QCOMPARE(verdicts.at(1), QStringLiteral("PSS baseline: failed (2 finding(s))"));
    QCOMPARE(SecurityReview::countsText(SecurityReview::summarize({})), QStringLiteral("No hardening findings"));
    QCOMPARE(SecurityReview::verdictTexts(SecurityReview::summarize({})).at(2),
             QStringLiteral("PSS restricted: passed"));
}

void tst_SecurityReview::runcSpecDefaults()
{
    // What `runc spec` gets: its defaults are hardened in parts only.
    const Result<QByteArray> runc = BundleTemplates::configData(QStringLiteral("runc"));
    QVERIFY(runc);
    const QList<SecurityFinding> findings = SecurityReview::run(Json::parse(runc.value().constData()));
    const QStringList expected = {
        "security.capability.outside-restricted", // CAP_AUDIT_WRITE
        "security.capability.outside-restricted", // CAP_KILL
        "security.lsm.missing",
        "security.namespace.host-cgroup",
        "security.namespace.host-user",
        "security.process.root-user",
        "security.resources.cpu",
        "security.resources.memory",
        "security.resources.pids",
        "security.seccomp.missing",
    };
    QCOMPARE(codesOf(findings), expected);
    const SecurityFinding *kill = findingAt(findings, QStringLiteral("security.capability.outside-restricted"),
                                            QStringLiteral("/process/capabilities/effective/1"));
    QVERIFY(kill);
    QCOMPARE(kill->finding.message, QStringLiteral("CAP_KILL is granted (effective, permitted, bounding, ambient)."));
    QCOMPARE(kill->fix.size(), 4);
    const SecuritySummary summary = SecurityReview::summarize(findings);
    QVERIFY(!summary.verdict(SecurityStandard::DockerBench)->passed());
    QVERIFY(!summary.verdict(SecurityStandard::PssBaseline)->passed()); // seccomp
}

void tst_SecurityReview::withoutLinuxSectionEverythingIsShared()
{
    Json config = hardened();
    config.erase("linux");
    const QList<SecurityFinding> findings = SecurityReview::run(config);
    for (const char *code :
         {"security.namespace.host-pid", "security.namespace.host-network", "security.namespace.host-ipc",
          "security.namespace.host-uts", "security.namespace.host-user", "security.namespace.host-cgroup",
          "security.seccomp.missing", "security.paths.masked", "security.paths.readonly", "security.resources.memory",
          "security.resources.pids", "security.resources.cpu"}) {
        QVERIFY2(codesOf(findings).contains(QLatin1String(code)), code);
    }
    // User 1000 is no root, namespace or not.
    QVERIFY(!codesOf(findings).contains(QStringLiteral("security.process.root-user")));
}

void tst_SecurityReview::otherPlatformsAreNotReviewed()
{
    const Json windows = Json::parse(R"({"ociVersion": "1.0.2", "process": {"cwd": "C:\\", "args": ["cmd"]},
                                        "windows": {"layerFolders": ["C:\\layers"]}})");
    QVERIFY(SecurityReview::run(windows).isEmpty());
    QVERIFY(SecurityReview::run(Json::array()).isEmpty());
}

void tst_SecurityReview::maskedMessageNamesMissingEntries()
{
    Json config = hardened();
    config["linux"]["maskedPaths"] =
        Json::array({"/proc/acpi", "/proc/asound", "/proc/keys", "/proc/latency_stats", "/proc/timer_list",
                     "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi"});
    const QList<SecurityFinding> findings = SecurityReview::run(config);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().finding.message,
             QStringLiteral("linux.maskedPaths lacks 2 of runc's default entries: /proc/kcore, /sys/firmware."));
    QCOMPARE(findings.first().fix.size(), 2);
    QVERIFY(findings.first().fix.at(0) == JsonEdit::append(JsonPointer("/linux/maskedPaths"), "/proc/kcore"));
    QCOMPARE(findings.first().fixDescription, QStringLiteral("Add 2 path(s) to linux.maskedPaths"));

    // What is masked need not be read-only as well.
    config = hardened();
    config["linux"]["maskedPaths"].push_back("/proc/sys");
    config["linux"]["readonlyPaths"].erase(3);
    QVERIFY(SecurityReview::run(config).isEmpty());
}

void tst_SecurityReview::severalFixesApplyTogether()
{
    // Two capabilities in the same arrays and two mounts: the removals of
    // one must not shift the pointers of the other.
    Json config = hardened();
    for (const char *set : {"bounding", "effective", "permitted"}) {
        config["process"]["capabilities"][set] =
            Json::array({"CAP_SYS_ADMIN", "CAP_NET_BIND_SERVICE", "CAP_SYS_PTRACE"});
    }
    config["mounts"].push_back(
        Json::parse(R"({"destination": "/a", "type": "bind", "source": "/etc", "options": ["rbind", "ro"]})"));
    config["mounts"].push_back(Json::parse(R"({"destination": "/keep", "type": "tmpfs", "source": "tmpfs"})"));
    config["mounts"].push_back(
        Json::parse(R"({"destination": "/b", "type": "bind", "source": "/boot", "options": ["rbind", "ro"]})"));
    QList<JsonEdit> edits;
    for (const SecurityFinding &finding : SecurityReview::run(config))
        edits.append(finding.fix);
    const Result<void> applied = JsonEdits::apply(&config, edits);
    QVERIFY2(applied, qPrintable(applied.error()));
    QVERIFY2(SecurityReview::run(config).isEmpty(), qPrintable(describe(SecurityReview::run(config))));
    QVERIFY(config["process"]["capabilities"]["effective"] == Json::array({"CAP_NET_BIND_SERVICE"}));
    QCOMPARE(config["mounts"].size(), size_t(8));
    QVERIFY(config["mounts"][7]["destination"] == "/keep");

    // The same through the undo stack, as one step.
    SpecDocument document;
    Json again = hardened();
    again["mounts"].push_back(
        Json::parse(R"({"destination": "/a", "type": "bind", "source": "/etc", "options": ["rbind", "ro"]})"));
    again["mounts"].push_back(
        Json::parse(R"({"destination": "/b", "type": "bind", "source": "/boot", "options": ["rbind", "rw"]})"));
    document.setRoot(again);
    const QByteArray original = document.toJson();
    edits.clear();
    for (const SecurityFinding &finding : SecurityReview::run(document.root()))
        edits.append(finding.fix);
    document.undoStack()->push(new EditListCommand(&document, edits, QStringLiteral("fix all")));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.root()["mounts"].size(), size_t(7));
    document.undoStack()->undo();
    QCOMPARE(document.toJson(), original);
}

void tst_SecurityReview::failingEditListLeavesNothing()
{
    SpecDocument document;
    document.setRoot(hardened());
    const QByteArray original = document.toJson();
    const QList<JsonEdit> edits = {JsonEdit::set(JsonPointer("/process/noNewPrivileges"), false),
                                   JsonEdit::remove(JsonPointer("/linux/nothing"))};
    document.undoStack()->push(new EditListCommand(&document, edits, QStringLiteral("half")));
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.toJson(), original);

    Json root = hardened();
    const Result<void> refused = JsonEdits::apply(&root, edits);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("Cannot remove /linux/nothing: there is nothing there."));
    QVERIFY(root == hardened());
    QVERIFY(!JsonEdits::apply(&root, {JsonEdit::append(JsonPointer("/hostname"), "x")}));
    QVERIFY(!JsonEdits::apply(&root, {JsonEdit::set(JsonPointer("/hostname/deeper"), "x")}));
    QVERIFY(root == hardened());
}

void tst_SecurityReview::wrongTypesDoNotCrash_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::newRow("capabilities a string")
        << QByteArray(R"([{"op": "replace", "path": "/process/capabilities", "value": "all"}])");
    QTest::newRow("capability set of numbers")
        << QByteArray(R"([{"op": "replace", "path": "/process/capabilities/bounding", "value": [1, null]}])");
    QTest::newRow("process an array") << QByteArray(R"([{"op": "replace", "path": "/process", "value": []}])");
    QTest::newRow("uid a string") << QByteArray(R"([{"op": "replace", "path": "/process/user/uid", "value": "0"}])");
    QTest::newRow("mounts an object") << QByteArray(R"([{"op": "replace", "path": "/mounts", "value": {"a": 1}}])");
    QTest::newRow("mount a number") << QByteArray(R"([{"op": "add", "path": "/mounts/-", "value": 3}])");
    QTest::newRow("mount options a string")
        << QByteArray(R"([{"op": "replace", "path": "/mounts/5/options", "value": "ro"}])");
    QTest::newRow("namespaces an object")
        << QByteArray(R"([{"op": "replace", "path": "/linux/namespaces", "value": {"pid": true}}])");
    QTest::newRow("namespace a string") << QByteArray(
        R"([{"op": "replace", "path": "/linux/namespaces/0", "value": "pid"}])");
    QTest::newRow("seccomp a string") << QByteArray(
        R"([{"op": "replace", "path": "/linux/seccomp", "value": "default"}])");
    QTest::newRow("maskedPaths a string")
        << QByteArray(R"([{"op": "replace", "path": "/linux/maskedPaths", "value": "/proc"}])");
    QTest::newRow("devices an object") << QByteArray(
        R"([{"op": "replace", "path": "/linux/resources/devices", "value": {}}])");
    QTest::newRow("device rule a string")
        << QByteArray(R"([{"op": "add", "path": "/linux/resources/devices/-", "value": "a"}])");
    QTest::newRow("sysctl an array") << QByteArray(R"([{"op": "add", "path": "/linux/sysctl", "value": ["a"]}])");
    QTest::newRow("hooks an array") << QByteArray(R"([{"op": "add", "path": "/hooks", "value": [1]}])");
    QTest::newRow("hook a number") << QByteArray(R"([{"op": "add", "path": "/hooks", "value": {"prestart": [7]}}])");
    QTest::newRow("linux a string") << QByteArray(R"([{"op": "replace", "path": "/linux", "value": "yes"}])");
    QTest::newRow("root a string") << QByteArray(R"([{"op": "replace", "path": "/root", "value": "rootfs"}])");
}

void tst_SecurityReview::wrongTypesDoNotCrash()
{
    QFETCH(QByteArray, patch);
    const Json config = patched(patch);
    for (const SecurityFinding &finding : SecurityReview::run(config)) {
        // Whatever a fix proposes applies to the document it came from.
        Json copy = config;
        if (!finding.hasFix())
            continue;
        const Result<void> applied = JsonEdits::apply(&copy, finding.fix);
        QVERIFY2(applied, qPrintable(finding.finding.code + QLatin1Char(' ') + applied.error()));
    }
}

void tst_SecurityReview::jsonOutput()
{
    Json config = hardened();
    config["process"]["noNewPrivileges"] = false;
    config["linux"]["resources"].erase("memory");
    const Json report = SecurityReview::toJson(SecurityReview::run(config));
    QVERIFY(report["summary"]["warnings"] == 2);
    QVERIFY(report["summary"]["errors"] == 0);
    QVERIFY(report["summary"]["standards"][0]["id"] == "docker-bench");
    QVERIFY(report["summary"]["standards"][0]["passed"] == false);
    QVERIFY(report["summary"]["standards"][0]["findings"] == 2);
    QVERIFY(report["summary"]["standards"][1]["passed"] == true);
    const Json &first = report["findings"][0];
    QVERIFY(first["code"] == "security.process.no-new-privileges");
    QVERIFY(first["pointer"] == "/process/noNewPrivileges");
    QVERIFY(first["severity"] == "warning");
    QVERIFY(first["standards"][0] == Json::parse(R"({"standard": "docker-bench", "control": "5.26"})"));
    QVERIFY(first["fix"]["available"] == true);
    QVERIFY(first["fix"]["edits"]
            == Json::parse(R"([{"op": "set", "pointer": "/process/noNewPrivileges", "value": true}])"));
    QVERIFY(first["explanation"].get<std::string>().find("setuid") != std::string::npos);
    const Json &second = report["findings"][1];
    QVERIFY(second["code"] == "security.resources.memory");
    QVERIFY(second["fix"] == Json::parse(R"({"available": false})"));
}

void tst_SecurityReview::linearInMounts()
{
    // 20,000 read-write binds against 2,000: about ten times the work.
    const auto timeFor = [](int mounts) {
        Json config = hardened();
        for (int i = 0; i < mounts; ++i) {
            config["mounts"].push_back({{"destination", "/data/" + std::to_string(i)},
                                        {"type", "bind"},
                                        {"source", "/srv/" + std::to_string(i)},
                                        {"options", Json::array({"rbind", "rw"})}});
        }
        QElapsedTimer timer;
        timer.start();
        qsizetype found = 0;
        for (int round = 0; round < 3; ++round)
            found = SecurityReview::run(config).size();
        const qint64 elapsed = timer.nsecsElapsed();
        return std::make_pair(elapsed, found);
    };
    const auto [small, smallFound] = timeFor(2000);
    const auto [large, largeFound] = timeFor(20000);
    QCOMPARE(smallFound, 2000);
    QCOMPARE(largeFound, 20000);
    QVERIFY2(large < small * 30, qPrintable(QStringLiteral("%1 ns against %2 ns").arg(large).arg(small)));
}

QTEST_GUILESS_MAIN(tst_SecurityReview)
#include "tst_securityreview.moc"
