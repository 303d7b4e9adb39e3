// SPDX-License-Identifier: Apache-2.0
#include "bundle.h"

#include "jsonfieldreader.h"
#include "jsonfieldwriter.h"
#include "specmemberorder.h"

#include <QCoreApplication>

#include <algorithm>

using Path = std::initializer_list<const char *>;

namespace {

Specs::LinuxNamespace namespaceOfType(const char *type)
{
    Specs::LinuxNamespace ns;
    ns.type = QLatin1String(type);
    return ns;
}

} // namespace

const Specs::LinuxNamespace Bundle::NetworkNamespace = namespaceOfType("network");
const Specs::LinuxNamespace Bundle::UserNamespace = namespaceOfType("user");
const Specs::LinuxNamespace Bundle::PIDNamespace = namespaceOfType("pid");
const Specs::LinuxNamespace Bundle::IPCNamespace = namespaceOfType("ipc");
const Specs::LinuxNamespace Bundle::UTSNamespace = namespaceOfType("uts");
const Specs::LinuxNamespace Bundle::MountNamespace = namespaceOfType("mount");
const Specs::LinuxNamespace Bundle::CgroupNamespace = namespaceOfType("cgroup");
const Specs::LinuxNamespace Bundle::TimeNamespace = namespaceOfType("time");

namespace {

QString pointerOf(Path path)
{
    QString pointer;
    for (const char *token : path)
        pointer += QLatin1Char('/') + QLatin1String(token);
    return pointer;
}

const Json *findIn(const Json &spec, Path path)
{
    const Json *node = &spec;
    for (const char *token : path) {
        if (!node->is_object())
            return nullptr;
        const auto it = node->find(token);
        if (it == node->end() || it->is_null())
            return nullptr;
        node = &*it;
    }
    return node;
}

// Checks what the getters read, so that they cannot meet a wrong type later.
Result<void> checkTypes(const Json &spec)
{
    if (!spec.is_object())
        return Result<void>::failure(
            JsonFieldReader::typeError(QString(), QCoreApplication::translate("JsonFieldReader", "an object"), spec));
    for (Path path : {Path{"process"}, Path{"root"}, Path{"linux"}, Path{"linux", "resources"}, Path{"hooks"},
                      Path{"windows"}, Path{"windows", "resources"}}) {
        const Json *value = findIn(spec, path);
        if (value && !value->is_object())
            return Result<void>::failure(JsonFieldReader::typeError(
                pointerOf(path), QCoreApplication::translate("JsonFieldReader", "an object"), *value));
    }
    for (Path path : {Path{"ociVersion"}, Path{"hostname"}, Path{"root", "path"}, Path{"linux", "cgroupsPath"},
                      Path{"linux", "rootfsPropagation"}}) {
        const Json *value = findIn(spec, path);
        if (value && !value->is_string())
            return Result<void>::failure(JsonFieldReader::typeError(
                pointerOf(path), QCoreApplication::translate("JsonFieldReader", "a string"), *value));
    }
    if (const Json *readonly = findIn(spec, {"root", "readonly"}); readonly && !readonly->is_boolean())
        return Result<void>::failure(
            JsonFieldReader::typeError(QStringLiteral("/root/readonly"),
                                       QCoreApplication::translate("JsonFieldReader", "true or false"), *readonly));
    if (const Json *annotations = findIn(spec, {"annotations"})) {
        if (!annotations->is_object())
            return Result<void>::failure(
                JsonFieldReader::typeError(QStringLiteral("/annotations"),
                                           QCoreApplication::translate("JsonFieldReader", "an object"), *annotations));
        for (const auto &[key, value] : annotations->items()) {
            if (!value.is_string()) {
                const QString pointer = JsonUtil::pointerString(JsonPointer("/annotations") / key);
                return Result<void>::failure(JsonFieldReader::typeError(
                    pointer, QCoreApplication::translate("JsonFieldReader", "a string"), value));
            }
        }
    }
    QString error;
    auto checkList = [&spec, &error](auto parse, Path path) {
        const Json *value = findIn(spec, path);
        if (value && error.isEmpty()) {
            const auto parsed = parse(*value, pointerOf(path));
            if (!parsed)
                error = parsed.error();
        }
    };
    checkList(&JsonFieldReader::listFromJson<Specs::Mount>, {"mounts"});
    checkList(&JsonFieldReader::listFromJson<Specs::Hook>, {"hooks", "prestart"});
    checkList(&JsonFieldReader::listFromJson<Specs::Hook>, {"hooks", "poststop"});
    checkList(&JsonFieldReader::listFromJson<Specs::LinuxNamespace>, {"linux", "namespaces"});
    checkList(&JsonFieldReader::listFromJson<Specs::LinuxIDMapping>, {"linux", "uidMappings"});
    checkList(&JsonFieldReader::listFromJson<Specs::LinuxIDMapping>, {"linux", "gidMappings"});
    checkList(&JsonFieldReader::listFromJson<Specs::LinuxDevice>, {"linux", "devices"});
    checkList(&JsonFieldReader::stringsFromJson, {"linux", "maskedPaths"});
    checkList(&JsonFieldReader::stringsFromJson, {"linux", "readonlyPaths"});
    checkList(&Specs::Process::fromJson, {"process"});
    if (!error.isEmpty())
        return Result<void>::failure(error);
    return {};
}

} // namespace

Bundle::Bundle()
    : m_spec{{"ociVersion", "1.0.0"},
             {"process",
              {{"consoleSize", {{"height", 0}, {"width", 0}}}, {"user", {{"uid", 0}, {"gid", 0}}}, {"cwd", ""}}},
             {"root", {{"path", ""}}},
             {"linux", Json::object()},
             {"windows", {{"layerFolders", Json::array()}, {"network", Json::object()}}}},
      m_format(JsonFormat::runcSpec())
{ }

Bundle::Bundle(Json spec, JsonFormat format) : m_spec(std::move(spec)), m_format(std::move(format)) { }

Result<Bundle> Bundle::fromJson(const Json &spec, const JsonFormat &format)
{
    if (const Result<void> types = checkTypes(spec); !types)
        return Result<Bundle>::failure(types.error());
    return Bundle(spec, format);
}

const Json *Bundle::find(Path path) const
{
    return findIn(m_spec, path);
}

QString Bundle::string(Path path) const
{
    const Json *value = find(path);
    return value ? JsonUtil::toQString(value->get_ref<const std::string &>()) : QString();
}

QStringList Bundle::strings(Path path) const
{
    const Json *value = find(path);
    if (!value)
        return {};
    Result<QStringList> strings = JsonFieldReader::stringsFromJson(*value, QString());
    return strings ? std::move(strings).value() : QStringList();
}

template<typename T>
QList<T> Bundle::list(Path path) const
{
    const Json *value = find(path);
    if (!value)
        return {};
    Result<QList<T>> parsed = JsonFieldReader::listFromJson<T>(*value, pointerOf(path));
    return parsed ? std::move(parsed).value() : QList<T>();
}

Json &Bundle::section(Path path)
{
    Json *node = &m_spec;
    std::string pointer;
    for (const char *token : path) {
        Json &child = SpecMemberOrder::member(*node, pointer, token);
        if (!child.is_object())
            child = Json::object();
        node = &child;
        pointer += '/' + std::string(token);
    }
    return *node;
}

Json &Bundle::member(Path path, const char *key)
{
    return SpecMemberOrder::member(section(path), JsonUtil::toStd(pointerOf(path)), key);
}

Bundle Bundle::with(Path path, const char *key, Json value) const
{
    Bundle copy = *this;
    copy.member(path, key) = std::move(value);
    return copy;
}

QString Bundle::cgroupPath() const
{
    return string({"linux", "cgroupsPath"});
}

QStringList Bundle::capabilities() const
{
    const std::optional<Specs::LinuxCapabilities> caps = process().capabilities;
    return caps ? caps->bounding : QStringList();
}

QList<Specs::LinuxDevice> Bundle::devices() const
{
    return list<Specs::LinuxDevice>({"linux", "devices"});
}

QList<Specs::LinuxIDMapping> Bundle::gidMappings() const
{
    return list<Specs::LinuxIDMapping>({"linux", "gidMappings"});
}

QString Bundle::hostname() const
{
    return string({"hostname"});
}

QStringList Bundle::maskedPaths() const
{
    return strings({"linux", "maskedPaths"});
}

QList<Specs::Mount> Bundle::mounts() const
{
    return list<Specs::Mount>({"mounts"});
}

QList<Specs::LinuxNamespace> Bundle::namespaces() const
{
    return list<Specs::LinuxNamespace>({"linux", "namespaces"});
}

QList<Specs::Hook> Bundle::poststopHooks() const
{
    return list<Specs::Hook>({"hooks", "poststop"});
}

QList<Specs::Hook> Bundle::prestartHooks() const
{
    return list<Specs::Hook>({"hooks", "prestart"});
}

Specs::Process Bundle::process() const
{
    const Json *value = find({"process"});
    if (!value)
        return {};
    Result<Specs::Process> parsed = Specs::Process::fromJson(*value, QStringLiteral("/process"));
    return parsed ? std::move(parsed).value() : Specs::Process();
}

std::optional<Json> Bundle::resources() const
{
    const Json *value = find({"linux", "resources"});
    return value ? std::optional<Json>(*value) : std::nullopt;
}

std::optional<Json> Bundle::windowsResources() const
{
    const Json *value = find({"windows", "resources"});
    return value ? std::optional<Json>(*value) : std::nullopt;
}

QString Bundle::rootFS() const
{
    return string({"root", "path"});
}

QString Bundle::rootFSPropagation() const
{
    return string({"linux", "rootfsPropagation"});
}

QList<Specs::LinuxIDMapping> Bundle::uidMappings() const
{
    return list<Specs::LinuxIDMapping>({"linux", "uidMappings"});
}

QString Bundle::ociVersion() const
{
    return string({"ociVersion"});
}

bool Bundle::rootFSReadonly() const
{
    const Json *readonly = find({"root", "readonly"});
    return readonly && readonly->get<bool>();
}

QStringList Bundle::readonlyPaths() const
{
    return strings({"linux", "readonlyPaths"});
}

QString Bundle::annotation(const QString &key) const
{
    const Json *annotations = find({"annotations"});
    if (!annotations)
        return {};
    const auto it = annotations->find(JsonUtil::toStd(key));
    return it != annotations->end() ? JsonUtil::toQString(it->get_ref<const std::string &>()) : QString();
}

Bundle Bundle::withApparmorProfile(const QString &profile) const
{
    return with({"process"}, "apparmorProfile", JsonUtil::toStd(profile));
}

Bundle Bundle::withBlockIO(const Specs::LinuxBlockIO &blockIO) const
{
    return with({"linux", "resources"}, "blockIO", blockIO.toJson());
}

Bundle Bundle::withCGroupPath(const QString &path) const
{
    return with({"linux"}, "cgroupsPath", JsonUtil::toStd(path));
}

Bundle Bundle::withCPUShares(const Specs::LinuxCPU &shares) const
{
    return with({"linux", "resources"}, "cpu", shares.toJson());
}

Bundle Bundle::withCapabilities(const QStringList &capabilities) const
{
    Specs::LinuxCapabilities caps;
    caps.bounding = capabilities;
    caps.inheritable = capabilities;
    caps.permitted = capabilities;
    return with({"process"}, "capabilities", caps.toJson());
}

Bundle Bundle::withDeviceRestrictions(const QList<Specs::LinuxDeviceCgroup> &restrictions) const
{
    return with({"linux", "resources"}, "devices", JsonFieldWriter::listToJson(restrictions));
}

Bundle Bundle::withDevices(const QList<Specs::LinuxDevice> &devices) const
{
    return with({"linux"}, "devices", JsonFieldWriter::listToJson(devices));
}

Bundle Bundle::withGIDMappings(const QList<Specs::LinuxIDMapping> &mappings) const
{
    return with({"linux"}, "gidMappings", JsonFieldWriter::listToJson(mappings));
}

Bundle Bundle::withHostname(const QString &hostname) const
{
    return with({}, "hostname", JsonUtil::toStd(hostname));
}

Bundle Bundle::withMaskedPaths(const QStringList &maskedPaths) const
{
    return with({"linux"}, "maskedPaths", JsonFieldWriter::listToJson(maskedPaths));
}

Bundle Bundle::withMemoryLimit(const Specs::LinuxMemory &limit) const
{
    return with({"linux", "resources"}, "memory", limit.toJson());
}

// The list edits below work on the JSON arrays, so that the entries already
// there keep their exact members and order.
Bundle Bundle::withMounts(const QList<Specs::Mount> &mounts) const
{
    Bundle copy = *this;
    Json &list = copy.member({}, "mounts");
    if (!list.is_array())
        list = Json::array();
    for (const Specs::Mount &mount : mounts)
        list.push_back(mount.toJson());
    return copy;
}

Bundle Bundle::withNamespace(const Specs::LinuxNamespace &ns) const
{
    Bundle copy = *this;
    Json &list = copy.member({"linux"}, "namespaces");
    if (!list.is_array())
        list = Json::array();
    const std::string type = JsonUtil::toStd(ns.type);
    const auto same = std::find_if(list.begin(), list.end(), [&type](const Json &existing) {
        const auto it = existing.find("type");
        return it != existing.end() && *it == type;
    });
    if (same != list.end())
        *same = ns.toJson();
    else
        list.push_back(ns.toJson());
    return copy;
}

Bundle Bundle::withNamespaces(const QList<Specs::LinuxNamespace> &namespaces) const
{
    return with({"linux"}, "namespaces", JsonFieldWriter::listToJson(namespaces));
}

Bundle Bundle::withPidLimit(const Specs::LinuxPids &limit) const
{
    return with({"linux", "resources"}, "pids", limit.toJson());
}

Bundle Bundle::withPoststopHooks(const QList<Specs::Hook> &hooks) const
{
    return with({"hooks"}, "poststop", JsonFieldWriter::listToJson(hooks));
}

Bundle Bundle::withPrestartHooks(const QList<Specs::Hook> &hooks) const
{
    return with({"hooks"}, "prestart", JsonFieldWriter::listToJson(hooks));
}

Bundle Bundle::withPrependedMounts(const QList<Specs::Mount> &mounts) const
{
    Bundle copy = *this;
    Json list = JsonFieldWriter::listToJson(mounts);
    if (const Json *existing = find({"mounts"}))
        list.insert(list.end(), existing->begin(), existing->end());
    copy.member({}, "mounts") = std::move(list);
    return copy;
}

Bundle Bundle::withProcess(const Specs::Process &process) const
{
    return with({}, "process", process.toJson());
}

Bundle Bundle::withRootFS(const QString &path) const
{
    return with({"root"}, "path", JsonUtil::toStd(path));
}

Bundle Bundle::withRootFSPropagation(const QString &propagation) const
{
    return with({"linux"}, "rootfsPropagation", JsonUtil::toStd(propagation));
}

Bundle Bundle::withUIDMappings(const QList<Specs::LinuxIDMapping> &mappings) const
{
    return with({"linux"}, "uidMappings", JsonFieldWriter::listToJson(mappings));
}

Bundle Bundle::withOCIVersion(const QString &version) const
{
    return with({}, "ociVersion", JsonUtil::toStd(version));
}

Bundle Bundle::withRootFSReadonly(bool readonly) const
{
    return with({"root"}, "readonly", readonly);
}

Bundle Bundle::withReadonlyPaths(const QStringList &readonlyPaths) const
{
    return with({"linux"}, "readonlyPaths", JsonFieldWriter::listToJson(readonlyPaths));
}

Bundle Bundle::withAnnotation(const QString &key, const QString &value) const
{
    Bundle copy = *this;
    copy.section({"annotations"})[JsonUtil::toStd(key)] = JsonUtil::toStd(value);
    return copy;
}

Bundle Bundle::withWindows(const Json &windows) const
{
    Bundle copy = *this;
    if (windows.is_object())
        copy.member({}, "windows") = windows;
    else
        copy.m_spec.erase("windows");
    return copy;
}

Bundle Bundle::withWindowsCPUShares(const Specs::WindowsCPUResources &shares) const
{
    return with({"windows", "resources"}, "cpu", shares.toJson());
}

Bundle Bundle::withWindowsMemoryLimit(const Specs::WindowsMemoryResources &limit) const
{
    return with({"windows", "resources"}, "memory", limit.toJson());
}

Bundle Bundle::cloneLinux() const
{
    Bundle copy = *this;
    copy.section({"linux"});
    return copy;
}

Bundle Bundle::cloneProcess() const
{
    Bundle copy = *this;
    copy.section({"process"});
    return copy;
}

Bundle Bundle::cloneWindows() const
{
    Bundle copy = *this;
    copy.section({"windows"});
    return copy;
}
