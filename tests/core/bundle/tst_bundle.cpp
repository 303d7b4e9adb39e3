// SPDX-License-Identifier: Apache-2.0
// Parity of the C++ bundle API with the Go package it keeps (guardian's goci,
// listed in shared/seed/goci-api.txt). Every function there has a row or a
// test function here; the row names use the Go names:
//   Bundle()                              bundleFactory
//   Process(args...)                      processFactory
//   NetworkNamespace ... CgroupNamespace  namespaceConstants (plus Time)
//   CGroupPath, Capabilities, Hostname, MaskedPaths, Mounts, Namespaces,
//   PoststopHooks, PrestartHooks, Process, Resources, RootFS,
//   RootFSPropagation, UIDMappings, WindowsResources
//                                         getters, and the with rows below
//   Devices, GIDMappings                  with (WithDevices/Devices, WithGIDMappings/GIDMappings)
//   every With* (25 of them)              with, one row each; immutability
//   CloneLinux, CloneProcess, CloneWindows clone
//   BndlLoader.Load, BundleSaver.Save     loaderSaverRoundTrip, loaderErrors, saverWritesEdits, saverError
//   NamespaceSlice.Set                    namespaceSliceSet (and parsing: namespaceSliceParse*)
//   RuncBinary Path, Root and its seven *Command builders
//                                         runcBinary
// Beyond goci: the setters of what `runc spec` writes (OCIVersion,
// RootFSReadonly, ReadonlyPaths, Annotation) have getters and with rows too;
// memberOrder* check where added members go; templates* check the templates
// built with the API against what they were and against real `runc spec`.

#include "bundle/bundle.h"
#include "bundle/bundleloader.h"
#include "bundle/bundlesaver.h"
#include "bundle/bundletemplates.h"
#include "bundle/namespaceslice.h"
#include "bundle/specmemberorder.h"
#include "document/specfile.h"
#include "runtime/runcbinary.h"

#include <QDir>
#include <QFile>
#include <QFloat16> // complete, so QCOMPARE(Json, Json) can rule out its qfloat16 overload
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <unistd.h>

using Edit = std::function<Bundle(const Bundle &)>;
using Getter = std::function<Json(const Bundle &)>;

Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Getter)
Q_DECLARE_METATYPE(Json)

namespace QTest {
template<>
char *toString(const Json &value)
{
    return qstrdup(value.dump().c_str());
}
} // namespace QTest

namespace {

template<typename T>
Json listJson(const QList<T> &list)
{
    Json array = Json::array();
    for (const T &item : list)
        array.push_back(item.toJson());
    return array;
}

Json stringsJson(const QStringList &strings)
{
    Json array = Json::array();
    for (const QString &s : strings)
        array.push_back(s.toStdString());
    return array;
}

Json optionalJson(const std::optional<Json> &value)
{
    return value ? *value : Json();
}

Specs::Mount mount(const char *destination, const char *type = "bind")
{
    Specs::Mount m;
    m.destination = QString::fromLatin1(destination);
    m.type = QString::fromLatin1(type);
    m.source = QStringLiteral("/src");
    m.options = {QStringLiteral("rbind"), QStringLiteral("ro")};
    return m;
}

Specs::LinuxNamespace ns(const char *type, const char *path = "")
{
    Specs::LinuxNamespace n;
    n.type = QString::fromLatin1(type);
    n.path = QString::fromLatin1(path);
    return n;
}

Specs::LinuxIDMapping idMapping(quint32 container, quint32 host, quint32 size)
{
    Specs::LinuxIDMapping m;
    m.containerID = container;
    m.hostID = host;
    m.size = size;
    return m;
}

Specs::Hook hook(const char *path)
{
    Specs::Hook h;
    h.path = QString::fromLatin1(path);
    h.args = {QString::fromLatin1(path), QStringLiteral("--flag")};
    h.timeout = 5;
    return h;
}

// A bundle with something in every section, so that each with*() must keep
// what it does not touch and replace or extend what it does.
Json richSpec()
{
    return Json::parse(R"({
        "ociVersion": "1.0.2-dev",
        "process": {"terminal": true, "user": {"uid": 0, "gid": 0}, "args": ["sh"], "cwd": "/",
                    "capabilities": {"bounding": ["CAP_KILL"], "effective": ["CAP_KILL"]},
                    "x-vendor": {"keep": [1, 2, 3]}},
        "root": {"path": "rootfs", "readonly": true},
        "hostname": "rich",
        "mounts": [{"destination": "/proc", "type": "proc", "source": "proc"},
                   {"destination": "/data", "type": "bind", "source": "/srv", "options": ["rbind"]}],
        "hooks": {"prestart": [{"path": "/bin/pre"}], "poststop": [{"path": "/bin/post"}],
                  "createRuntime": [{"path": "/bin/create"}]},
        "linux": {"namespaces": [{"type": "pid"}, {"type": "network", "path": "/proc/1/ns/net"}, {"type": "mount"}],
                  "uidMappings": [{"containerID": 0, "hostID": 1000, "size": 1}],
                  "resources": {"memory": {"limit": 1024}, "devices": [{"allow": false, "access": "rwm"}]},
                  "maskedPaths": ["/proc/kcore"],
                  "readonlyPaths": ["/proc/sys"],
                  "cgroupsPath": "/rich",
                  "rootfsPropagation": "private"},
        "windows": {"layerFolders": [], "resources": {"memory": {"limit": 99}}},
        "annotations": {"org.example": "kept"}
    })");
}

QStringList keysOf(const Json &object)
{
    QStringList keys;
    for (const auto &[key, value] : object.items())
        keys.append(QString::fromStdString(key));
    return keys;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Bundle richBundle()
{
    Result<Bundle> bundle = Bundle::fromJson(richSpec());
    return bundle.value();
}

// Puts back the original value at pointer, or removes it and the parents the
// edit created, which must then give the original document: proof that an
// edit touched nothing else.
Json undoAt(Json edited, const Json &original, JsonPointer pointer)
{
    while (!original.contains(pointer)) {
        const JsonPointer parent = pointer.parent_pointer();
        edited.at(parent).erase(pointer.back());
        pointer = parent;
    }
    edited[pointer] = original[pointer];
    return edited;
}

} // namespace

class tst_Bundle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundleFactory();
    void processFactory();
    void namespaceConstants_data();
    void namespaceConstants();
    void getters_data();
    void getters();
    void gettersOfEmptyBundle();
    void with_data();
    void with();
    void withNamespaceReplacesInPlace();
    void withMountsKeepsExistingEntries();
    void memberOrder_data();
    void memberOrder();
    void memberOrderIsSpecsGos_data();
    void memberOrderIsSpecsGos();
    void clone_data();
    void clone();
    void immutability_data();
    void immutability();
    void fromJsonRejectsWrongTypes_data();
    void fromJsonRejectsWrongTypes();
    void structRoundTrip_data();
    void structRoundTrip();
    void structsKeepUnknownMembers_data();
    void structsKeepUnknownMembers();
    void namespaceSliceParse_data();
    void namespaceSliceParse();
    void namespaceSliceParseErrors_data();
    void namespaceSliceParseErrors();
    void namespaceSliceSet();
    void loaderSaverRoundTrip_data();
    void loaderSaverRoundTrip();
    void loaderErrors_data();
    void loaderErrors();
    void saverWritesEdits();
    void saverError();
    void templates_data();
    void templates();
    void templatesAsStoredBefore_data();
    void templatesAsStoredBefore();
    void templatesAsRuncSpecWrites_data();
    void templatesAsRuncSpecWrites();
    void templateCreateRefuses_data();
    void templateCreateRefuses();
    void runcBinary_data();
    void runcBinary();
};

void tst_Bundle::bundleFactory()
{
    // Go's Bundle(): Version "1.0.0", empty Linux, Windows{Network: {}, LayerFolders: []},
    // Process{ConsoleSize: {}}, Root{}, as encoding/json writes them.
    const Json expected = Json::parse(R"({
        "ociVersion": "1.0.0",
        "process": {"consoleSize": {"height": 0, "width": 0}, "user": {"uid": 0, "gid": 0}, "cwd": ""},
        "root": {"path": ""},
        "linux": {},
        "windows": {"layerFolders": [], "network": {}}
    })");
    QCOMPARE(Bundle().toJson(), expected);
    QVERIFY(Bundle::fromJson(expected).ok());
    QCOMPARE(Bundle::fromJson(expected).value(), Bundle());
}

void tst_Bundle::processFactory()
{
    const Specs::Process process(QStringList{QStringLiteral("echo"), QStringLiteral("hi")});
    QCOMPARE(process.args, (QStringList{QStringLiteral("echo"), QStringLiteral("hi")}));
    QCOMPARE(process.toJson(), Json::parse(R"({"user": {"uid": 0, "gid": 0}, "args": ["echo", "hi"], "cwd": ""})"));
    QCOMPARE(Bundle().withProcess(process).process(), process);
}

void tst_Bundle::namespaceConstants_data()
{
    QTest::addColumn<Specs::LinuxNamespace>("constant");
    QTest::addColumn<QString>("type");
    QTest::newRow("NetworkNamespace") << Bundle::NetworkNamespace << "network";
    QTest::newRow("UserNamespace") << Bundle::UserNamespace << "user";
    QTest::newRow("PIDNamespace") << Bundle::PIDNamespace << "pid";
    QTest::newRow("IPCNamespace") << Bundle::IPCNamespace << "ipc";
    QTest::newRow("UTSNamespace") << Bundle::UTSNamespace << "uts";
    QTest::newRow("MountNamespace") << Bundle::MountNamespace << "mount";
    QTest::newRow("CgroupNamespace") << Bundle::CgroupNamespace << "cgroup";
    QTest::newRow("TimeNamespace") << Bundle::TimeNamespace << "time";
}

void tst_Bundle::namespaceConstants()
{
    QFETCH(Specs::LinuxNamespace, constant);
    QFETCH(QString, type);
    QCOMPARE(constant.type, type);
    QVERIFY(constant.path.isEmpty());
    QCOMPARE(constant.toJson(), Json({{"type", type.toStdString()}}));
    QVERIFY(NamespaceSlice::knownTypes().contains(type));
}

void tst_Bundle::getters_data()
{
    QTest::addColumn<Getter>("getter");
    QTest::addColumn<QString>("pointer");

    // Each getter must give what the document holds at its pointer.
    QTest::newRow("CGroupPath") << Getter([](const Bundle &b) { return Json(b.cgroupPath().toStdString()); })
                                << "/linux/cgroupsPath";
    QTest::newRow("Capabilities") << Getter([](const Bundle &b) { return stringsJson(b.capabilities()); })
                                  << "/process/capabilities/bounding";
    QTest::newRow("Hostname") << Getter([](const Bundle &b) { return Json(b.hostname().toStdString()); })
                              << "/hostname";
    QTest::newRow("MaskedPaths") << Getter([](const Bundle &b) { return stringsJson(b.maskedPaths()); })
                                 << "/linux/maskedPaths";
    QTest::newRow("Mounts") << Getter([](const Bundle &b) { return listJson(b.mounts()); }) << "/mounts";
    QTest::newRow("Namespaces") << Getter([](const Bundle &b) { return listJson(b.namespaces()); })
                                << "/linux/namespaces";
    QTest::newRow("PoststopHooks") << Getter([](const Bundle &b) { return listJson(b.poststopHooks()); })
                                   << "/hooks/poststop";
    QTest::newRow("PrestartHooks") << Getter([](const Bundle &b) { return listJson(b.prestartHooks()); })
                                   << "/hooks/prestart";
    QTest::newRow("Process") << Getter([](const Bundle &b) { return b.process().toJson(); }) << "/process";
    QTest::newRow("Resources") << Getter([](const Bundle &b) { return optionalJson(b.resources()); })
                               << "/linux/resources";
    QTest::newRow("RootFS") << Getter([](const Bundle &b) { return Json(b.rootFS().toStdString()); }) << "/root/path";
    QTest::newRow("RootFSPropagation") << Getter([](const Bundle &b) {
        return Json(b.rootFSPropagation().toStdString());
    }) << "/linux/rootfsPropagation";
    QTest::newRow("UIDMappings") << Getter([](const Bundle &b) { return listJson(b.uidMappings()); })
                                 << "/linux/uidMappings";
    QTest::newRow("WindowsResources") << Getter([](const Bundle &b) { return optionalJson(b.windowsResources()); })
                                      << "/windows/resources";
    QTest::newRow("OCIVersion") << Getter([](const Bundle &b) { return Json(b.ociVersion().toStdString()); })
                                << "/ociVersion";
    QTest::newRow("RootFSReadonly") << Getter([](const Bundle &b) { return Json(b.rootFSReadonly()); })
                                    << "/root/readonly";
    QTest::newRow("ReadonlyPaths") << Getter([](const Bundle &b) { return stringsJson(b.readonlyPaths()); })
                                   << "/linux/readonlyPaths";
    QTest::newRow("Annotation") << Getter([](const Bundle &b) {
        return Json(b.annotation(QStringLiteral("org.example")).toStdString());
    }) << "/annotations/org.example";
}

void tst_Bundle::getters()
{
    QFETCH(Getter, getter);
    QFETCH(QString, pointer);
    const Json spec = richSpec();
    QCOMPARE(getter(richBundle()), spec.at(JsonPointer(pointer.toStdString())));
}

void tst_Bundle::gettersOfEmptyBundle()
{
    // Go panics or returns nil on absent sections; here they read as empty.
    const Bundle bundle;
    QVERIFY(bundle.capabilities().isEmpty());
    QVERIFY(bundle.devices().isEmpty());
    QVERIFY(bundle.gidMappings().isEmpty());
    QVERIFY(bundle.uidMappings().isEmpty());
    QVERIFY(bundle.mounts().isEmpty());
    QVERIFY(bundle.namespaces().isEmpty());
    QVERIFY(bundle.prestartHooks().isEmpty());
    QVERIFY(bundle.poststopHooks().isEmpty());
    QVERIFY(bundle.maskedPaths().isEmpty());
    QVERIFY(!bundle.resources());
    QVERIFY(!bundle.windowsResources());
    QVERIFY(bundle.hostname().isEmpty());
    QVERIFY(bundle.cgroupPath().isEmpty());
    QVERIFY(bundle.rootFS().isEmpty());
    QVERIFY(bundle.rootFSPropagation().isEmpty());
    QVERIFY(!bundle.rootFSReadonly());
    QVERIFY(bundle.readonlyPaths().isEmpty());
    QVERIFY(bundle.annotation(QStringLiteral("org.example")).isEmpty());
    const Bundle empty = Bundle::fromJson(Json::object()).value();
    QCOMPARE(empty.process(), Specs::Process());
    QVERIFY(empty.ociVersion().isEmpty());
}

void tst_Bundle::with_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<Json>("expected");
    QTest::addColumn<Getter>("getter");
    // Where, below pointer, the getter's value is found.
    QTest::addColumn<QString>("getterPointer");

    QTest::newRow("WithApparmorProfile")
        << Edit([](const Bundle &b) { return b.withApparmorProfile(QStringLiteral("guarded")); })
        << "/process/apparmorProfile" << Json("guarded")
        << Getter([](const Bundle &b) { return Json(b.process().apparmorProfile.toStdString()); }) << "";

    Specs::LinuxBlockIO blockIO;
    blockIO.weight = 500;
    blockIO.extra = {{"throttleReadBpsDevice", {{{"major", 8}, {"minor", 0}, {"rate", 1048576}}}}};
    QTest::newRow("WithBlockIO")
        << Edit([blockIO](const Bundle &b) { return b.withBlockIO(blockIO); }) << "/linux/resources/blockIO"
        << Json::parse(R"({"weight": 500, "throttleReadBpsDevice": [{"major": 8, "minor": 0, "rate": 1048576}]})")
        << Getter([](const Bundle &b) { return b.resources()->at("blockIO"); }) << "";

    QTest::newRow("WithCGroupPath") << Edit([](const Bundle &b) {
        return b.withCGroupPath(QStringLiteral("/garden/c1"));
    }) << "/linux/cgroupsPath" << Json("/garden/c1")
                                    << Getter([](const Bundle &b) { return Json(b.cgroupPath().toStdString()); }) << "";

    Specs::LinuxCPU cpu;
    cpu.shares = 512;
    cpu.quota = 50000;
    cpu.period = 100000;
    QTest::newRow("WithCPUShares") << Edit([cpu](const Bundle &b) { return b.withCPUShares(cpu); })
                                   << "/linux/resources/cpu"
                                   << Json::parse(R"({"shares": 512, "quota": 50000, "period": 100000})")
                                   << Getter([](const Bundle &b) { return b.resources()->at("cpu"); }) << "";

    // Bounding, inheritable and permitted, exactly as goci sets them; the
    // old effective set goes with the replaced object.
    QTest::newRow("WithCapabilities")
        << Edit([](const Bundle &b) {
               return b.withCapabilities({QStringLiteral("CAP_CHOWN"), QStringLiteral("CAP_KILL")});
           })
        << "/process/capabilities"
        << Json::parse(
               R"({"bounding": ["CAP_CHOWN", "CAP_KILL"], "inheritable": ["CAP_CHOWN", "CAP_KILL"], "permitted": ["CAP_CHOWN", "CAP_KILL"]})")
        << Getter([](const Bundle &b) { return stringsJson(b.capabilities()); }) << "/bounding";

    Specs::LinuxDeviceCgroup allowNull;
    allowNull.allow = true;
    allowNull.type = QStringLiteral("c");
    allowNull.major = 1;
    allowNull.minor = 3;
    allowNull.access = QStringLiteral("rwm");
    QTest::newRow("WithDeviceRestrictions")
        << Edit([allowNull](const Bundle &b) { return b.withDeviceRestrictions({allowNull}); })
        << "/linux/resources/devices"
        << Json::parse(R"([{"allow": true, "type": "c", "major": 1, "minor": 3, "access": "rwm"}])")
        << Getter([](const Bundle &b) { return b.resources()->at("devices"); }) << "";

    Specs::LinuxDevice fuse;
    fuse.path = QStringLiteral("/dev/fuse");
    fuse.type = QStringLiteral("c");
    fuse.major = 10;
    fuse.minor = 229;
    fuse.fileMode = 0666;
    QTest::newRow("WithDevices/Devices")
        << Edit([fuse](const Bundle &b) { return b.withDevices({fuse}); }) << "/linux/devices"
        << Json::parse(R"([{"path": "/dev/fuse", "type": "c", "major": 10, "minor": 229, "fileMode": 438}])")
        << Getter([](const Bundle &b) { return listJson(b.devices()); }) << "";

    QTest::newRow("WithGIDMappings/GIDMappings")
        << Edit([](const Bundle &b) {
               return b.withGIDMappings({idMapping(0, 2000, 1), idMapping(1, 100000, 65536)});
           })
        << "/linux/gidMappings"
        << Json::parse(
               R"([{"containerID": 0, "hostID": 2000, "size": 1}, {"containerID": 1, "hostID": 100000, "size": 65536}])")
        << Getter([](const Bundle &b) { return listJson(b.gidMappings()); }) << "";

    QTest::newRow("WithHostname") << Edit([](const Bundle &b) { return b.withHostname(QStringLiteral("box")); })
                                  << "/hostname" << Json("box")
                                  << Getter([](const Bundle &b) { return Json(b.hostname().toStdString()); }) << "";

    QTest::newRow("WithMaskedPaths") << Edit([](const Bundle &b) {
        return b.withMaskedPaths({QStringLiteral("/proc/keys")});
    }) << "/linux/maskedPaths" << Json::parse(R"(["/proc/keys"])")
                                     << Getter([](const Bundle &b) { return stringsJson(b.maskedPaths()); }) << "";

    Specs::LinuxMemory memory;
    memory.limit = 67108864;
    memory.swap = 134217728;
    QTest::newRow("WithMemoryLimit") << Edit([memory](const Bundle &b) { return b.withMemoryLimit(memory); })
                                     << "/linux/resources/memory"
                                     << Json::parse(R"({"limit": 67108864, "swap": 134217728})")
                                     << Getter([](const Bundle &b) { return b.resources()->at("memory"); }) << "";

    const Json spec = richSpec();
    Json appended = spec["mounts"];
    appended.push_back(mount("/extra").toJson());
    QTest::newRow("WithMounts") << Edit([](const Bundle &b) { return b.withMounts({mount("/extra")}); }) << "/mounts"
                                << appended << Getter([](const Bundle &b) { return listJson(b.mounts()); }) << "";

    Json prepended = Json::array({mount("/first").toJson(), mount("/second", "tmpfs").toJson()});
    prepended.insert(prepended.end(), spec["mounts"].begin(), spec["mounts"].end());
    QTest::newRow("WithPrependedMounts") << Edit([](const Bundle &b) {
        return b.withPrependedMounts({mount("/first"), mount("/second", "tmpfs")});
    }) << "/mounts" << prepended << Getter([](const Bundle &b) { return listJson(b.mounts()); })
                                         << "";

    Json withUser = spec["linux"]["namespaces"];
    withUser.push_back({{"type", "user"}});
    QTest::newRow("WithNamespace (new type appended)")
        << Edit([](const Bundle &b) { return b.withNamespace(Bundle::UserNamespace); }) << "/linux/namespaces"
        << withUser << Getter([](const Bundle &b) { return listJson(b.namespaces()); }) << "";

    QTest::newRow("WithNamespaces") << Edit([](const Bundle &b) {
        return b.withNamespaces({Bundle::PIDNamespace, ns("ipc", "/proc/7/ns/ipc")});
    }) << "/linux/namespaces" << Json::parse(R"([{"type": "pid"}, {"type": "ipc", "path": "/proc/7/ns/ipc"}])")
                                    << Getter([](const Bundle &b) { return listJson(b.namespaces()); }) << "";

    Specs::LinuxPids pids;
    pids.limit = 64;
    QTest::newRow("WithPidLimit") << Edit([pids](const Bundle &b) { return b.withPidLimit(pids); })
                                  << "/linux/resources/pids" << Json::parse(R"({"limit": 64})")
                                  << Getter([](const Bundle &b) { return b.resources()->at("pids"); }) << "";

    QTest::newRow("WithPoststopHooks")
        << Edit([](const Bundle &b) { return b.withPoststopHooks({hook("/bin/cleanup")}); }) << "/hooks/poststop"
        << Json::parse(R"([{"path": "/bin/cleanup", "args": ["/bin/cleanup", "--flag"], "timeout": 5}])")
        << Getter([](const Bundle &b) { return listJson(b.poststopHooks()); }) << "";

    QTest::newRow("WithPrestartHooks") << Edit([](const Bundle &b) {
        return b.withPrestartHooks({hook("/bin/a"), hook("/bin/b")});
    }) << "/hooks/prestart" << Json::parse(R"([{"path": "/bin/a", "args": ["/bin/a", "--flag"], "timeout": 5},
                                                          {"path": "/bin/b", "args": ["/bin/b", "--flag"], "timeout": 5}])")
                                       << Getter([](const Bundle &b) { return listJson(b.prestartHooks()); }) << "";

    Specs::Process process(QStringList{QStringLiteral("/bin/true")});
    process.cwd = QStringLiteral("/tmp");
    process.env = {QStringLiteral("A=1")};
    process.user.uid = 1000;
    QTest::newRow("WithProcess")
        << Edit([process](const Bundle &b) { return b.withProcess(process); }) << "/process"
        << Json::parse(R"({"user": {"uid": 1000, "gid": 0}, "args": ["/bin/true"], "env": ["A=1"], "cwd": "/tmp"})")
        << Getter([](const Bundle &b) { return b.process().toJson(); }) << "";

    QTest::newRow("WithRootFS") << Edit([](const Bundle &b) { return b.withRootFS(QStringLiteral("/var/lib/rootfs")); })
                                << "/root/path" << Json("/var/lib/rootfs")
                                << Getter([](const Bundle &b) { return Json(b.rootFS().toStdString()); }) << "";

    QTest::newRow("WithRootFSPropagation")
        << Edit([](const Bundle &b) { return b.withRootFSPropagation(QStringLiteral("rslave")); })
        << "/linux/rootfsPropagation" << Json("rslave")
        << Getter([](const Bundle &b) { return Json(b.rootFSPropagation().toStdString()); }) << "";

    QTest::newRow("WithUIDMappings/UIDMappings")
        << Edit([](const Bundle &b) { return b.withUIDMappings({idMapping(0, 4000, 10)}); }) << "/linux/uidMappings"
        << Json::parse(R"([{"containerID": 0, "hostID": 4000, "size": 10}])")
        << Getter([](const Bundle &b) { return listJson(b.uidMappings()); }) << "";

    const Json windows = Json::parse(R"({"layerFolders": ["C:\\layers\\1"], "resources": {"cpu": {"count": 2}}})");
    QTest::newRow("WithWindows") << Edit([windows](const Bundle &b) { return b.withWindows(windows); }) << "/windows"
                                 << windows
                                 << Getter([](const Bundle &b) { return optionalJson(b.windowsResources()); })
                                 << "/resources";

    Specs::WindowsCPUResources windowsCpu;
    windowsCpu.count = 4;
    windowsCpu.maximum = 5000;
    QTest::newRow("WithWindowsCPUShares")
        << Edit([windowsCpu](const Bundle &b) { return b.withWindowsCPUShares(windowsCpu); })
        << "/windows/resources/cpu" << Json::parse(R"({"count": 4, "maximum": 5000})")
        << Getter([](const Bundle &b) { return b.windowsResources()->at("cpu"); }) << "";

    QTest::newRow("WithOCIVersion") << Edit([](const Bundle &b) { return b.withOCIVersion(QStringLiteral("1.2.0")); })
                                    << "/ociVersion" << Json("1.2.0")
                                    << Getter([](const Bundle &b) { return Json(b.ociVersion().toStdString()); }) << "";

    QTest::newRow("WithRootFSReadonly") << Edit([](const Bundle &b) { return b.withRootFSReadonly(false); })
                                        << "/root/readonly" << Json(false)
                                        << Getter([](const Bundle &b) { return Json(b.rootFSReadonly()); }) << "";

    QTest::newRow("WithReadonlyPaths") << Edit([](const Bundle &b) {
        return b.withReadonlyPaths({QStringLiteral("/proc/bus"), QStringLiteral("/proc/fs")});
    }) << "/linux/readonlyPaths" << Json::parse(R"(["/proc/bus", "/proc/fs"])")
                                       << Getter([](const Bundle &b) { return stringsJson(b.readonlyPaths()); }) << "";

    QTest::newRow("WithAnnotation (new)")
        << Edit(
               [](const Bundle &b) { return b.withAnnotation(QStringLiteral("org.example.new"), QStringLiteral("v")); })
        << "/annotations/org.example.new" << Json("v")
        << Getter([](const Bundle &b) { return Json(b.annotation(QStringLiteral("org.example.new")).toStdString()); })
        << "";

    QTest::newRow("WithAnnotation (replaced)")
        << Edit([](const Bundle &b) {
               return b.withAnnotation(QStringLiteral("org.example"), QStringLiteral("changed"));
           })
        << "/annotations/org.example" << Json("changed")
        << Getter([](const Bundle &b) { return Json(b.annotation(QStringLiteral("org.example")).toStdString()); })
        << "";

    Specs::WindowsMemoryResources windowsMemory;
    windowsMemory.limit = 1ULL << 40;
    QTest::newRow("WithWindowsMemoryLimit")
        << Edit([windowsMemory](const Bundle &b) { return b.withWindowsMemoryLimit(windowsMemory); })
        << "/windows/resources/memory" << Json::parse(R"({"limit": 1099511627776})")
        << Getter([](const Bundle &b) { return b.windowsResources()->at("memory"); }) << "";
}

void tst_Bundle::with()
{
    QFETCH(Edit, edit);
    QFETCH(QString, pointer);
    QFETCH(Json, expected);
    QFETCH(Getter, getter);
    QFETCH(QString, getterPointer);
    const JsonPointer at(pointer.toStdString());
    const JsonPointer getterAt((pointer + getterPointer).toStdString());

    // The expected values are those of the rich bundle; the other bases check
    // that the edit works on empty sections too.
    const Bundle rich = richBundle();
    QCOMPARE(edit(rich).toJson().at(at), expected);
    for (const Bundle &original : {rich, Bundle(), Bundle::fromJson(Json::object()).value()}) {
        const Json before = original.toJson();
        const Bundle edited = edit(original);
        QCOMPARE(getter(edited), edited.toJson().at(getterAt));
        QCOMPARE(original.toJson(), before);                   // the original is not modified
        QCOMPARE(undoAt(edited.toJson(), before, at), before); // nothing else changed
        QVERIFY2(Bundle::fromJson(edited.toJson()).ok(), "an edit must keep the bundle well-typed");
    }
}

void tst_Bundle::withNamespaceReplacesInPlace()
{
    const Bundle original = richBundle();
    const Bundle edited = original.withNamespace(ns("network", "/proc/42/ns/net"));
    const QList<Specs::LinuxNamespace> namespaces = edited.namespaces();
    QCOMPARE(namespaces.size(), original.namespaces().size());
    QCOMPARE(namespaces.at(0).type, QStringLiteral("pid"));
    QCOMPARE(namespaces.at(1).type, QStringLiteral("network"));
    QCOMPARE(namespaces.at(1).path, QStringLiteral("/proc/42/ns/net"));
    QCOMPARE(namespaces.at(2).type, QStringLiteral("mount"));
    QCOMPARE(original.namespaces().at(1).path, QStringLiteral("/proc/1/ns/net"));
}

void tst_Bundle::withMountsKeepsExistingEntries()
{
    // An existing entry with a vendor member in an unusual place stays as it was.
    Json spec = richSpec();
    spec["mounts"][0] = Json::parse(R"({"x-first": 1, "destination": "/proc", "type": "proc"})");
    const Bundle original = Bundle::fromJson(spec).value();
    QCOMPARE(original.withMounts({mount("/a")}).toJson()["mounts"][0].dump(), spec["mounts"][0].dump());
    QCOMPARE(original.withPrependedMounts({mount("/a")}).toJson()["mounts"][1].dump(), spec["mounts"][0].dump());
}

void tst_Bundle::memberOrder_data()
{
    QTest::addColumn<Json>("start");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QStringList>("keys");

    Specs::LinuxMemory memory;
    memory.limit = 1024;
    Specs::LinuxPids pids;
    pids.limit = 8;

    // Added in the reverse of specs-go's order, written in it.
    QTest::newRow("top level") << Json::object() << Edit([](const Bundle &b) {
        return b.withWindows(Json::object())
            .withAnnotation(QStringLiteral("a"), QStringLiteral("b"))
            .withPrestartHooks({hook("/h")})
            .withMounts({mount("/m")})
            .withHostname(QStringLiteral("h"))
            .withRootFS(QStringLiteral("rootfs"))
            .withProcess(Specs::Process(QStringList{QStringLiteral("sh")}))
            .withCGroupPath(QStringLiteral("/c"))
            .withOCIVersion(QStringLiteral("1.0.2"));
    }) << "" << QStringList{"ociVersion", "process",     "root",  "hostname", "mounts",
                            "hooks",      "annotations", "linux", "windows"};
    QTest::newRow("linux") << Json::object() << Edit([memory](const Bundle &b) {
        return b.withReadonlyPaths({QStringLiteral("/r")})
            .withMaskedPaths({QStringLiteral("/m")})
            .withRootFSPropagation(QStringLiteral("private"))
            .withDevices({})
            .withNamespace(Bundle::PIDNamespace)
            .withCGroupPath(QStringLiteral("/c"))
            .withMemoryLimit(memory)
            .withGIDMappings({idMapping(0, 1, 1)})
            .withUIDMappings({idMapping(0, 1, 1)});
    }) << "/linux" << QStringList{"uidMappings", "gidMappings",       "resources",   "cgroupsPath",  "namespaces",
                                  "devices",     "rootfsPropagation", "maskedPaths", "readonlyPaths"};
    QTest::newRow("linux resources") << Json::object() << Edit([memory, pids](const Bundle &b) {
        return b.withBlockIO({}).withPidLimit(pids).withCPUShares({}).withMemoryLimit(memory).withDeviceRestrictions(
            {});
    }) << "/linux/resources" << QStringList{"devices", "memory", "cpu", "pids", "blockIO"};
    QTest::newRow("root") << Json::object() << Edit([](const Bundle &b) {
        return b.withRootFSReadonly(true).withRootFS(QStringLiteral("rootfs"));
    }) << "/root" << QStringList{"path", "readonly"};
    QTest::newRow("hooks") << Json::parse(R"({"hooks": {"createRuntime": []}})")
                           << Edit([](const Bundle &b) { return b.withPoststopHooks({}).withPrestartHooks({}); })
                           << "/hooks" << QStringList{"prestart", "createRuntime", "poststop"};
    QTest::newRow("process")
        << Json::parse(R"({"process": {"cwd": "/", "selinuxLabel": "l"}})") << Edit([](const Bundle &b) {
               return b.withApparmorProfile(QStringLiteral("p")).withCapabilities({QStringLiteral("CAP_KILL")});
           })
        << "/process" << QStringList{"cwd", "capabilities", "apparmorProfile", "selinuxLabel"};
    QTest::newRow("windows resources") << Json::object() << Edit([](const Bundle &b) {
        return b.withWindowsCPUShares({}).withWindowsMemoryLimit({});
    }) << "/windows/resources" << QStringList{"memory", "cpu"};

    // A loaded file's own order and its vendor members stay; a new member goes
    // before the first one specs-go declares after it.
    QTest::newRow("vendor members stay")
        << Json::parse(R"({"x-first": 1, "ociVersion": "1.0.0", "x-vendor": true, "linux": {}})")
        << Edit([](const Bundle &b) { return b.withHostname(QStringLiteral("h")).withProcess(Specs::Process()); }) << ""
        << QStringList{"x-first", "ociVersion", "x-vendor", "process", "hostname", "linux"};
    QTest::newRow("loaded order stays")
        << Json::parse(R"({"linux": {}, "root": {"path": "r"}, "ociVersion": "1.0.0"})") << Edit([](const Bundle &b) {
               return b.withHostname(QStringLiteral("h")).withAnnotation(QStringLiteral("a"), QStringLiteral("b"));
           })
        << "" << QStringList{"hostname", "annotations", "linux", "root", "ociVersion"};
    QTest::newRow("replaced in place")
        << Json::parse(R"({"linux": {}, "hostname": "old", "ociVersion": "1.0.0"})") << Edit([](const Bundle &b) {
               return b.withHostname(QStringLiteral("new")).withOCIVersion(QStringLiteral("1.0.2"));
           })
        << "" << QStringList{"linux", "hostname", "ociVersion"};
    QTest::newRow("unknown object appends")
        << Json::parse(R"({"annotations": {"z": "1", "a": "2"}})")
        << Edit([](const Bundle &b) { return b.withAnnotation(QStringLiteral("m"), QStringLiteral("3")); })
        << "/annotations" << QStringList{"z", "a", "m"};
}

void tst_Bundle::memberOrder()
{
    QFETCH(Json, start);
    QFETCH(Edit, edit);
    QFETCH(QString, pointer);
    QFETCH(QStringList, keys);
    const Result<Bundle> bundle = Bundle::fromJson(start);
    QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
    QCOMPARE(keysOf(edit(bundle.value()).toJson().at(JsonPointer(pointer.toStdString()))), keys);
}

void tst_Bundle::memberOrderIsSpecsGos_data()
{
    QTest::addColumn<QString>("goStruct");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("Spec") << "Spec"
                          << "";
    QTest::newRow("Process") << "Process"
                             << "/process";
    QTest::newRow("Root") << "Root"
                          << "/root";
    QTest::newRow("Hooks") << "Hooks"
                           << "/hooks";
    QTest::newRow("Linux") << "Linux"
                           << "/linux";
    QTest::newRow("LinuxResources") << "LinuxResources"
                                    << "/linux/resources";
    QTest::newRow("Windows") << "Windows"
                             << "/windows";
    QTest::newRow("WindowsResources") << "WindowsResources"
                                      << "/windows/resources";
}

void tst_Bundle::memberOrderIsSpecsGos()
{
    QFETCH(QString, goStruct);
    QFETCH(QString, pointer);
    // The Go source runc's types come from, as Debian packages it.
    const QByteArray source =
        readFile(QStringLiteral("/usr/share/gocode/src/github.com/opencontainers/runtime-spec/specs-go/config.go"));
    if (source.isEmpty())
        QSKIP("golang-github-opencontainers-specs-dev is not installed");
    const QRegularExpression body(QStringLiteral(R"(\ntype %1 struct \{(.*?)\n\})").arg(goStruct),
                                  QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = body.match(QString::fromUtf8(source));
    QVERIFY2(match.hasMatch(), qPrintable(goStruct));
    QStringList tags;
    const QRegularExpression tag(QStringLiteral(R"(`json:"([^",]+))"));
    for (auto it = tag.globalMatch(match.captured(1)); it.hasNext();)
        tags.append(it.next().captured(1));

    QStringList members;
    for (const std::string &member : SpecMemberOrder::membersOf(pointer.toStdString()))
        members.append(QString::fromStdString(member));
    QCOMPARE(members, tags);
}

void tst_Bundle::clone_data()
{
    QTest::addColumn<Edit>("clone");
    QTest::addColumn<QString>("section");
    QTest::newRow("CloneLinux") << Edit([](const Bundle &b) { return b.cloneLinux(); }) << "linux";
    QTest::newRow("CloneProcess") << Edit([](const Bundle &b) { return b.cloneProcess(); }) << "process";
    QTest::newRow("CloneWindows") << Edit([](const Bundle &b) { return b.cloneWindows(); }) << "windows";
}

void tst_Bundle::clone()
{
    QFETCH(Edit, clone);
    QFETCH(QString, section);
    const std::string key = section.toStdString();

    // A section that exists is copied as it is.
    const Bundle rich = richBundle();
    QCOMPARE(clone(rich), rich);

    // A missing one is created empty, ready to be filled.
    Json spec = richSpec();
    spec.erase(key);
    const Bundle without = Bundle::fromJson(spec).value();
    const Bundle cloned = clone(without);
    QCOMPARE(cloned.toJson().at(key), Json::object());
    QVERIFY(!without.toJson().contains(key));

    // Changing the clone leaves the source alone.
    const Bundle changed = clone(rich).withHostname(QStringLiteral("other")).withCGroupPath(QStringLiteral("/x"));
    QCOMPARE(rich.hostname(), QStringLiteral("rich"));
    QCOMPARE(rich.cgroupPath(), QStringLiteral("/rich"));
    QCOMPARE(changed.cgroupPath(), QStringLiteral("/x"));
}

void tst_Bundle::immutability_data()
{
    QTest::addColumn<Edit>("edit");
    // The edits that reach into nested lists the original also holds.
    QTest::newRow("WithMounts") << Edit([](const Bundle &b) { return b.withMounts({mount("/m")}); });
    QTest::newRow("WithPrependedMounts") << Edit([](const Bundle &b) { return b.withPrependedMounts({mount("/m")}); });
    QTest::newRow("WithNamespace") << Edit(
        [](const Bundle &b) { return b.withNamespace(ns("pid", "/proc/9/ns/pid")); });
    QTest::newRow("WithNamespaces") << Edit([](const Bundle &b) { return b.withNamespaces({}); });
    QTest::newRow("WithPrestartHooks") << Edit([](const Bundle &b) { return b.withPrestartHooks({}); });
    QTest::newRow("WithCapabilities") << Edit([](const Bundle &b) { return b.withCapabilities({}); });
    QTest::newRow("WithMemoryLimit") << Edit([](const Bundle &b) { return b.withMemoryLimit({}); });
    QTest::newRow("WithWindowsMemoryLimit") << Edit([](const Bundle &b) { return b.withWindowsMemoryLimit({}); });
    QTest::newRow("WithApparmorProfile") << Edit(
        [](const Bundle &b) { return b.withApparmorProfile(QStringLiteral("p")); });
}

void tst_Bundle::immutability()
{
    QFETCH(Edit, edit);
    const Bundle original = richBundle();
    const Json before = original.toJson();
    Bundle first = edit(original);
    // Chained edits on the result must not leak back either.
    first = first.withMounts({mount("/again")}).withNamespace(ns("mount", "/proc/2/ns/mnt"));
    QCOMPARE(original.toJson(), before);
    QCOMPARE(original.mounts().size(), 2);
    QCOMPARE(original.namespaces().at(2).path, QString());
    QVERIFY(!(first == original));

    // A copy edited twice from the same base gives independent values.
    const Bundle a = original.withMounts({mount("/a")});
    const Bundle b = original.withMounts({mount("/b")});
    QCOMPARE(a.mounts().last().destination, QStringLiteral("/a"));
    QCOMPARE(b.mounts().last().destination, QStringLiteral("/b"));
    QCOMPARE(a.mounts().size(), 3);
}

void tst_Bundle::fromJsonRejectsWrongTypes_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<Json>("value");
    QTest::addColumn<QString>("errorPointer");
    QTest::newRow("root not an object") << "" << Json::array() << "/";
    QTest::newRow("hostname number") << "/hostname" << Json(5) << "/hostname";
    QTest::newRow("mounts object") << "/mounts" << Json::object() << "/mounts";
    QTest::newRow("mount options string") << "/mounts/1/options" << Json("rbind") << "/mounts/1/options";
    QTest::newRow("mount option number") << "/mounts/1/options/0" << Json(1) << "/mounts/1/options/0";
    QTest::newRow("uid negative") << "/process/user/uid" << Json(-1) << "/process/user/uid";
    QTest::newRow("uid too big") << "/process/user/uid" << Json(4294967296LL) << "/process/user/uid";
    QTest::newRow("hostID string") << "/linux/uidMappings/0/hostID" << Json("1000") << "/linux/uidMappings/0/hostID";
    QTest::newRow("linux array") << "/linux" << Json::array() << "/linux";
    QTest::newRow("resources string") << "/linux/resources" << Json("x") << "/linux/resources";
    QTest::newRow("terminal string") << "/process/terminal" << Json("yes") << "/process/terminal";
    QTest::newRow("bounding not strings")
        << "/process/capabilities/bounding" << Json::array({1}) << "/process/capabilities/bounding/0";
    QTest::newRow("hook timeout float") << "/hooks/prestart/0/timeout" << Json(1.5) << "/hooks/prestart/0/timeout";
    QTest::newRow("namespace type number") << "/linux/namespaces/0/type" << Json(1) << "/linux/namespaces/0/type";
    QTest::newRow("ociVersion number") << "/ociVersion" << Json(1) << "/ociVersion";
    QTest::newRow("readonly string") << "/root/readonly" << Json("yes") << "/root/readonly";
    QTest::newRow("readonlyPaths not strings") << "/linux/readonlyPaths/0" << Json(1) << "/linux/readonlyPaths/0";
    QTest::newRow("annotations array") << "/annotations" << Json::array() << "/annotations";
    QTest::newRow("annotation number") << "/annotations/a~1b" << Json(1) << "/annotations/a~1b";
}

void tst_Bundle::fromJsonRejectsWrongTypes()
{
    QFETCH(QString, pointer);
    QFETCH(Json, value);
    QFETCH(QString, errorPointer);
    Json spec = richSpec();
    spec[JsonPointer(pointer.toStdString())] = value;
    const Result<Bundle> bundle = Bundle::fromJson(spec);
    QVERIFY(!bundle.ok());
    QVERIFY2(bundle.error().startsWith(errorPointer + QLatin1Char(':')), qPrintable(bundle.error()));
}

using RoundTrip = std::function<Result<Json>(const Json &)>;
Q_DECLARE_METATYPE(RoundTrip)

template<typename T>
RoundTrip roundTrip()
{
    return [](const Json &value) -> Result<Json> {
        const Result<T> parsed = T::fromJson(value, QStringLiteral("/x"));
        return parsed ? Result<Json>(parsed->toJson()) : Result<Json>::failure(parsed.error());
    };
}

void tst_Bundle::structRoundTrip_data()
{
    // Every member of every struct, in specs-go order: what is read is written back.
    QTest::addColumn<RoundTrip>("convert");
    QTest::addColumn<Json>("value");
    QTest::newRow("Mount") << roundTrip<Specs::Mount>()
                           << Json::parse(
                                  R"({"destination": "/d", "type": "bind", "source": "/s", "options": ["rbind"]})");
    QTest::newRow("LinuxNamespace") << roundTrip<Specs::LinuxNamespace>()
                                    << Json::parse(R"({"type": "net", "path": "/p"})");
    QTest::newRow("LinuxIDMapping") << roundTrip<Specs::LinuxIDMapping>()
                                    << Json::parse(R"({"containerID": 1, "hostID": 4294967295, "size": 3})");
    QTest::newRow("Hook") << roundTrip<Specs::Hook>()
                          << Json::parse(R"({"path": "/h", "args": ["h", "-x"], "env": ["A=1"], "timeout": -1})");
    QTest::newRow("LinuxDevice")
        << roundTrip<Specs::LinuxDevice>()
        << Json::parse(
               R"({"path": "/dev/x", "type": "b", "major": 8, "minor": -1, "fileMode": 384, "uid": 1, "gid": 2})");
    QTest::newRow("LinuxDeviceCgroup") << roundTrip<Specs::LinuxDeviceCgroup>()
                                       << Json::parse(
                                              R"({"allow": true, "type": "a", "major": 1, "minor": 5, "access": "r"})");
    QTest::newRow("LinuxMemory") << roundTrip<Specs::LinuxMemory>()
                                 << Json::parse(
                                        R"({"limit": 1, "reservation": 2, "swap": -1, "kernel": 4, "kernelTCP": 5,
                                                    "swappiness": 60, "disableOOMKiller": false})");
    QTest::newRow("LinuxCPU") << roundTrip<Specs::LinuxCPU>()
                              << Json::parse(
                                     R"({"shares": 1024, "quota": -1, "period": 100000, "realtimeRuntime": 950000,
                                                 "realtimePeriod": 1000000, "cpus": "0-3", "mems": "0"})");
    QTest::newRow("LinuxPids") << roundTrip<Specs::LinuxPids>() << Json::parse(R"({"limit": -1})");
    QTest::newRow("LinuxBlockIO")
        << roundTrip<Specs::LinuxBlockIO>()
        << Json::parse(
               R"({"weight": 10, "leafWeight": 1000, "weightDevice": [{"major": 8, "minor": 0, "weight": 5}]})");
    QTest::newRow("WindowsCPUResources")
        << roundTrip<Specs::WindowsCPUResources>()
        << Json::parse(R"({"count": 18446744073709551615, "shares": 65535, "maximum": 10000})");
    QTest::newRow("WindowsMemoryResources")
        << roundTrip<Specs::WindowsMemoryResources>() << Json::parse(R"({"limit": 8})");
    QTest::newRow("User") << roundTrip<Specs::User>()
                          << Json::parse(
                                 R"({"uid": 1, "gid": 2, "umask": 18, "additionalGids": [5, 6], "username": "u"})");
    QTest::newRow("LinuxCapabilities")
        << roundTrip<Specs::LinuxCapabilities>()
        << Json::parse(
               R"({"bounding": ["A"], "effective": ["B"], "inheritable": ["C"], "permitted": ["D"], "ambient": ["E"]})");
    QTest::newRow("POSIXRlimit") << roundTrip<Specs::POSIXRlimit>()
                                 << Json::parse(
                                        R"({"type": "RLIMIT_NOFILE", "hard": 18446744073709551615, "soft": 1024})");
    QTest::newRow("Process")
        << roundTrip<Specs::Process>()
        << Json::parse(R"({"terminal": true, "user": {"uid": 0, "gid": 0}, "args": ["sh"], "env": ["T=1"], "cwd": "/",
                                                "capabilities": {"bounding": ["CAP_KILL"]},
                                                "rlimits": [{"type": "RLIMIT_CORE", "hard": 0, "soft": 0}], "noNewPrivileges": true,
                                                "apparmorProfile": "p", "oomScoreAdj": -1000, "selinuxLabel": "l",
                                                "consoleSize": {"height": 1, "width": 2}})");
}

void tst_Bundle::structRoundTrip()
{
    QFETCH(RoundTrip, convert);
    QFETCH(Json, value);
    const Result<Json> converted = convert(value);
    QVERIFY2(converted.ok(), qPrintable(converted.error()));
    QCOMPARE(converted->dump(), value.dump()); // dump() also compares member order

    // Not an object: an error naming the pointer, never an exception.
    const Result<Json> wrong = convert(Json::array());
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().startsWith(QLatin1String("/x:")), qPrintable(wrong.error()));
}

void tst_Bundle::structsKeepUnknownMembers_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<Getter>("roundTrip");
    QTest::newRow("Mount") << "/mounts/0" << Getter([](const Bundle &b) { return b.mounts().at(0).toJson(); });
    QTest::newRow("LinuxNamespace") << "/linux/namespaces/0"
                                    << Getter([](const Bundle &b) { return b.namespaces().at(0).toJson(); });
    QTest::newRow("LinuxIDMapping") << "/linux/uidMappings/0"
                                    << Getter([](const Bundle &b) { return b.uidMappings().at(0).toJson(); });
    QTest::newRow("Hook") << "/hooks/prestart/0"
                          << Getter([](const Bundle &b) { return b.prestartHooks().at(0).toJson(); });
    QTest::newRow("Process") << "/process" << Getter([](const Bundle &b) { return b.process().toJson(); });
}

void tst_Bundle::structsKeepUnknownMembers()
{
    QFETCH(QString, pointer);
    QFETCH(Getter, roundTrip);
    Json spec = richSpec();
    const JsonPointer at(pointer.toStdString());
    spec[at]["x-unknown"] = {{"nested", {1, "two", nullptr}}};
    spec[at]["x-big"] = 18446744073709551615ULL;
    QCOMPARE(roundTrip(Bundle::fromJson(spec).value()), spec[at]);
}

void tst_Bundle::namespaceSliceParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Json>("expected");
    QTest::newRow("seed example") << "pid,network:/proc/1/ns/net"
                                  << Json::parse(R"([{"type": "pid"}, {"type": "network", "path": "/proc/1/ns/net"}])");
    QTest::newRow("one") << "user" << Json::parse(R"([{"type": "user"}])");
    QTest::newRow("empty") << "" << Json::array();
    QTest::newRow("spaces") << " ipc , uts " << Json::parse(R"([{"type": "ipc"}, {"type": "uts"}])");
    QTest::newRow("all types") << "pid,network,mount,ipc,uts,user,cgroup,time"
                               << Json::parse(
                                      R"([{"type": "pid"}, {"type": "network"}, {"type": "mount"}, {"type": "ipc"},
                                                  {"type": "uts"}, {"type": "user"}, {"type": "cgroup"}, {"type": "time"}])");
    QTest::newRow("path with colon") << "mount:/run/ns:1" << Json::parse(R"([{"type": "mount", "path": "/run/ns:1"}])");
}

void tst_Bundle::namespaceSliceParse()
{
    QFETCH(QString, text);
    QFETCH(Json, expected);
    const Result<NamespaceSlice> slice = NamespaceSlice::parse(text);
    QVERIFY2(slice.ok(), qPrintable(slice.error()));
    QCOMPARE(listJson(slice->namespaces()), expected);
    // toString() gives text that parses to the same slice.
    QCOMPARE(NamespaceSlice::parse(slice->toString()).value(), slice.value());
}

void tst_Bundle::namespaceSliceParseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown type") << "pid,net"
                                  << "net";
    QTest::newRow("relative path") << "network:proc/1/ns/net"
                                   << "proc/1/ns/net";
    QTest::newRow("empty path") << "network:"
                                << "network";
    QTest::newRow("empty entry") << "pid,,ipc"
                                 << "pid,,ipc";
    QTest::newRow("trailing comma") << "pid,"
                                    << "pid,";
    QTest::newRow("duplicate") << "pid,ipc,pid:/proc/1/ns/pid"
                               << "pid";
    QTest::newRow("upper case") << "PID"
                                << "PID";
}

void tst_Bundle::namespaceSliceParseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const Result<NamespaceSlice> slice = NamespaceSlice::parse(text);
    QVERIFY(!slice.ok());
    QVERIFY2(slice.error().contains(mentions), qPrintable(slice.error()));
}

void tst_Bundle::namespaceSliceSet()
{
    const NamespaceSlice original = NamespaceSlice::parse(QStringLiteral("pid,network,mount")).value();
    const NamespaceSlice replaced = original.set(ns("network", "/proc/3/ns/net"));
    QCOMPARE(replaced.toString(), QStringLiteral("pid,network:/proc/3/ns/net,mount"));
    QCOMPARE(original.toString(), QStringLiteral("pid,network,mount"));
    QCOMPARE(replaced.set(Bundle::UserNamespace).toString(), QStringLiteral("pid,network:/proc/3/ns/net,mount,user"));
}

void tst_Bundle::loaderSaverRoundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("tabs, runc style") << QByteArray(
        "{\n\t\"ociVersion\": \"1.0.2-dev\",\n\t\"hostname\": \"runc\",\n\t\"mounts\": "
        "[\n\t\t{\n\t\t\t\"destination\": \"/proc\",\n\t\t\t\"type\": \"proc\"\n\t\t}\n\t]\n}");
    QTest::newRow("two spaces, newline") << QByteArray(
        "{\n  \"ociVersion\": \"1.0.0\",\n  \"process\": {\"args\": [\"sh\"], \"cwd\": \"/\"},\n  \"x\": "
        "18446744073709551615\n}\n");
    QTest::newRow("compact, escapes") << QByteArray(
        R"({"ociVersion":"1.0.0","hostname":"caf\u00e9","annotations":{"a\/b":"1e3"},"n":1.50})");
}

void tst_Bundle::loaderSaverRoundTrip()
{
    QFETCH(QByteArray, text);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("config.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    const Result<Bundle> bundle = BundleLoader().load(dir.path());
    QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
    QTemporaryDir out;
    const Result<QString> saved = BundleSaver().save(bundle.value(), out.path());
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QFile written(saved.value());
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), text);

    // Loading the file itself works as well as the directory.
    QCOMPARE(BundleLoader().load(file.fileName()).value(), bundle.value());
}

void tst_Bundle::loaderErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no config.json") << QByteArray() << "config.json";
    QTest::newRow("invalid JSON") << QByteArray("{\n  \"a\": ,\n}") << "2";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "config.json";
    QTest::newRow("wrong type") << QByteArray(R"({"mounts": [{"destination": 7}]})") << "/mounts/0/destination";
}

void tst_Bundle::loaderErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    if (!text.isEmpty()) {
        QFile file(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const Result<Bundle> bundle = BundleLoader().load(dir.path());
    QVERIFY(!bundle.ok());
    QVERIFY2(bundle.error().contains(mentions), qPrintable(bundle.error()));
}

void tst_Bundle::saverWritesEdits()
{
    QTemporaryDir dir;
    const Bundle bundle = Bundle().withHostname(QStringLiteral("saved")).withMounts({mount("/m")});
    QVERIFY(BundleSaver().save(bundle, dir.path()).ok());
    const Result<Bundle> loaded = BundleLoader().load(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), bundle);
    QCOMPARE(loaded->hostname(), QStringLiteral("saved"));
}

void tst_Bundle::saverError()
{
    QTemporaryDir dir;
    const Result<QString> saved = BundleSaver().save(Bundle(), dir.filePath(QStringLiteral("missing/deeper")));
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("missing")), qPrintable(saved.error()));
}

void tst_Bundle::templates_data()
{
    QTest::addColumn<QString>("id");
    for (const BundleTemplates::Template &entry : BundleTemplates::all())
        QTest::newRow(qPrintable(entry.id)) << entry.id;
}

void tst_Bundle::templates()
{
    QFETCH(QString, id);
    const auto all = BundleTemplates::all();
    const auto entry =
        std::find_if(all.begin(), all.end(), [&id](const BundleTemplates::Template &t) { return t.id == id; });
    QVERIFY(!entry->title.isEmpty());
    QVERIFY(!entry->description.isEmpty());
    QVERIFY(BundleTemplates::ids().contains(id));

    // Each is tab-indented JSON the bundle API reads back as it was built,
    // with a process and a rootfs.
    const Result<QByteArray> data = BundleTemplates::configData(id);
    QVERIFY2(data.ok(), qPrintable(data.error()));
    QVERIFY(data->startsWith("{\n\t\"ociVersion\""));
    const Result<Bundle> bundle = Bundle::fromJson(Json::parse(data->constData()));
    QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
    QCOMPARE(bundle.value(), BundleTemplates::bundle(id).value());
    QVERIFY(!bundle->process().args.isEmpty());
    QCOMPARE(bundle->rootFS(), QStringLiteral("rootfs"));
}

void tst_Bundle::templatesAsStoredBefore_data()
{
    QTest::addColumn<QString>("id");
    // What the stored file had that the built one has not. Go's encoder, and
    // so the API, leaves out a false terminal (omitempty), which the stored
    // demo spelt out: absent means false.
    QTest::addColumn<QByteArray>("droppedLine");
    // All are written as `runc spec` writes; the stored demo alone ended with
    // a newline.
    QTest::addColumn<bool>("droppedFinalNewline");
    QTest::newRow("runc") << "runc" << QByteArray() << false;
    QTest::newRow("rootless") << "rootless" << QByteArray() << false;
    QTest::newRow("demo") << "demo" << QByteArray("\t\t\"terminal\": false,\n") << true;
}

void tst_Bundle::templatesAsStoredBefore()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, droppedLine);
    QFETCH(bool, droppedFinalNewline);
    // What create() wrote when the templates were JSON files: the file, the
    // rootless one with the current user's IDs in its mappings.
    SpecFile stored;
    QVERIFY2(stored.read(QStringLiteral(OBE_STORED_TEMPLATES "/%1.json").arg(id)), qPrintable(stored.errorString()));
    if (id == QLatin1String("rootless")) {
        stored.root()["linux"]["uidMappings"][0]["hostID"] = ::getuid();
        stored.root()["linux"]["gidMappings"][0]["hostID"] = ::getgid();
    }
    QByteArray expected = QByteArray::fromStdString(stored.format().serialize(stored.root()));
    if (!droppedLine.isEmpty()) {
        QCOMPARE(expected.count(droppedLine), 1);
        expected.replace(droppedLine, QByteArray());
    }
    QCOMPARE(expected.endsWith("}\n"), droppedFinalNewline);
    if (droppedFinalNewline)
        expected.chop(1);
    QCOMPARE(BundleTemplates::configData(id).value(), expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bundleDir = dir.filePath(QStringLiteral("bundle"));
    const Result<QString> created = BundleTemplates::create(id, bundleDir);
    if (!created && id == QLatin1String("demo"))
        QSKIP(qPrintable(created.error())); // no busybox-static here
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(created.value(), QDir(bundleDir).absoluteFilePath(QStringLiteral("config.json")));
    QCOMPARE(readFile(created.value()), expected);
}

void tst_Bundle::templatesAsRuncSpecWrites_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("runc") << "runc" << QStringList{"spec"};
    // runc maps the user running it, as the template maps the user creating it.
    QTest::newRow("rootless") << "rootless" << QStringList{"spec", "--rootless"};
}

void tst_Bundle::templatesAsRuncSpecWrites()
{
    QFETCH(QString, id);
    QFETCH(QStringList, arguments);
    const QString runc = RuncBinary::locate(QStringLiteral("runc"));
    if (runc.isEmpty())
        QSKIP("runc is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess tool;
    tool.setWorkingDirectory(dir.path());
    tool.start(runc, arguments);
    QVERIFY(tool.waitForFinished(30000));
    QVERIFY2(tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0,
             tool.readAllStandardError().constData());
    const QByteArray written = readFile(dir.filePath(QStringLiteral("config.json")));
    QVERIFY(!written.isEmpty());

    // Byte for byte: member order, tabs, no newline at the end.
    const Result<QString> created = BundleTemplates::create(id, dir.filePath(QStringLiteral("template")));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(readFile(created.value()), written);
}

void tst_Bundle::templateCreateRefuses_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("existingConfig");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown template") << "nginx" << false << "runc, rootless, demo";
    QTest::newRow("config.json exists") << "runc" << true << "config.json";
}

void tst_Bundle::templateCreateRefuses()
{
    QFETCH(QString, id);
    QFETCH(bool, existingConfig);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config.json"));
    if (existingConfig) {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
    }
    const Result<QString> created = BundleTemplates::create(id, dir.path());
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(mentions), qPrintable(created.error()));
    QFile file(config);
    QCOMPARE(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(),
             existingConfig ? QByteArray("{}") : QByteArray());
}

using CommandBuilder = std::function<RuntimeCommand(const RuncBinary &)>;
Q_DECLARE_METATYPE(CommandBuilder)

void tst_Bundle::runcBinary_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<CommandBuilder>("build");
    QTest::addColumn<QStringList>("expected");

    // goci's argument lists; the root flag comes first when Root is set.
    const QStringList debugLog{"--debug", "--log", "/l.log", "--log-format", "json"};
    for (const QString &root : {QString(), QStringLiteral("/run/obe")}) {
        const QStringList rootFlag = root.isEmpty() ? QStringList() : QStringList{"--root", root};
        const QByteArray suffix = root.isEmpty() ? " (no root)" : " (root)";
        // Run as "run --bundle": runc's "start" no longer runs a bundle.
        QTest::newRow("StartCommand" + suffix)
            << root << CommandBuilder([](const RuncBinary &r) { return r.startCommand("/b", "c1", true, "/l.log"); })
            << rootFlag + debugLog + QStringList{"run", "--bundle", "/b", "--detach", "c1"};
        QTest::newRow("StartCommand attached" + suffix)
            << root << CommandBuilder([](const RuncBinary &r) { return r.startCommand("/b", "c1", false, "/l.log"); })
            << rootFlag + debugLog + QStringList{"run", "--bundle", "/b", "c1"};
        // As in goci, RunCommand takes the root through extraGlobalArgs.
        QTest::newRow("RunCommand" + suffix) << root << CommandBuilder([](const RuncBinary &r) {
            return r.runCommand("/b", "/p.pid", "/l.log", "c1", {"--systemd-cgroup"});
        }) << debugLog + QStringList{"--systemd-cgroup", "run",    "--detach", "--no-new-keyring", "--bundle", "/b",
                                     "--pid-file",       "/p.pid", "c1"};
        QTest::newRow("ExecCommand" + suffix)
            << root << CommandBuilder([](const RuncBinary &r) { return r.execCommand("c1", "/proc.json", "/p.pid"); })
            << rootFlag + QStringList{"exec", "c1", "--pid-file", "/p.pid", "-p", "/proc.json"};
        QTest::newRow("EventsCommand" + suffix)
            << root << CommandBuilder([](const RuncBinary &r) { return r.eventsCommand("c1"); })
            << rootFlag + QStringList{"events", "c1"};
        QTest::newRow("StateCommand" + suffix)
            << root << CommandBuilder([](const RuncBinary &r) { return r.stateCommand("c1", "/l.log"); })
            << rootFlag + debugLog + QStringList{"state", "c1"};
        QTest::newRow("StatsCommand" + suffix)
            << root << CommandBuilder([](const RuncBinary &r) { return r.statsCommand("c1", "/l.log"); })
            << rootFlag + debugLog + QStringList{"events", "--stats", "c1"};
        QTest::newRow("DeleteCommand" + suffix)
            << root << CommandBuilder([](const RuncBinary &r) { return r.deleteCommand("c1", false, "/l.log"); })
            << rootFlag + debugLog + QStringList{"delete", "c1"};
        QTest::newRow("DeleteCommand force" + suffix)
            << root << CommandBuilder([](const RuncBinary &r) { return r.deleteCommand("c1", true, "/l.log"); })
            << rootFlag + debugLog + QStringList{"delete", "--force", "c1"};
    }
}

void tst_Bundle::runcBinary()
{
    QFETCH(QString, root);
    QFETCH(CommandBuilder, build);
    QFETCH(QStringList, expected);
    const RuncBinary runc(QStringLiteral("/usr/sbin/runc"), root);
    QCOMPARE(runc.path(), QStringLiteral("/usr/sbin/runc"));
    QCOMPARE(runc.root(), root);
    const RuntimeCommand command = build(runc);
    QCOMPARE(command.program, QStringLiteral("/usr/sbin/runc"));
    QCOMPARE(command.arguments, expected);
}

QTEST_APPLESS_MAIN(tst_Bundle)

#include "tst_bundle.moc"
