// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "document/jsonformat.h"
#include "base/result.h"
#include "spectypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

// An OCI bundle's config.json as an immutable value: the C++ form of Go's
// goci.Bndl. Getters read typed views, and every with*() returns a changed copy
// and leaves this one alone (Go's Bndl shares nested slices between copies;
// here nothing is shared). The document keeps every member the API does not
// model, and the file layout it was loaded with, so BundleSaver writes it back
// unchanged apart from what was set.
//
// A member a with*() adds goes where specs-go declares it, so a bundle built
// from Bundle() is written in the order and layout of `runc spec` (tabs, no
// newline at the end); in a loaded bundle the members already there keep
// their places.
//
// Invariant: the parts a getter reads have the types the spec gives them,
// checked by fromJson() (as Go's decoder checks on load), so getters need no
// error path. Sections that are absent read as empty.
class Bundle
{
public:
    // What Go's goci.Bundle() gives: ociVersion 1.0.0 and empty process,
    // root, linux and windows sections.
    Bundle();

    static Result<Bundle> fromJson(const Json &spec, const JsonFormat &format = JsonFormat::runcSpec());
    const Json &toJson() const { return m_spec; }
    const JsonFormat &format() const { return m_format; }

    bool operator==(const Bundle &other) const { return m_spec == other.m_spec; }

    // goci's namespace constants, plus the two namespace types added since.
    static const Specs::LinuxNamespace NetworkNamespace;
    static const Specs::LinuxNamespace UserNamespace;
    static const Specs::LinuxNamespace PIDNamespace;
    static const Specs::LinuxNamespace IPCNamespace;
    static const Specs::LinuxNamespace UTSNamespace;
    static const Specs::LinuxNamespace MountNamespace;
    static const Specs::LinuxNamespace CgroupNamespace;
    static const Specs::LinuxNamespace TimeNamespace;

    QString cgroupPath() const;
    // The bounding set, as Go's Capabilities(); empty without capabilities.
    QStringList capabilities() const;
    QList<Specs::LinuxDevice> devices() const;
    QList<Specs::LinuxIDMapping> gidMappings() const;
    QString hostname() const;
    QStringList maskedPaths() const;
    QList<Specs::Mount> mounts() const;
    QList<Specs::LinuxNamespace> namespaces() const;
    QList<Specs::Hook> poststopHooks() const;
    QList<Specs::Hook> prestartHooks() const;
    Specs::Process process() const;
    // linux.resources and windows.resources as JSON; nullopt when absent.
    std::optional<Json> resources() const;
    std::optional<Json> windowsResources() const;
    QString rootFS() const;
    QString rootFSPropagation() const;
    QList<Specs::LinuxIDMapping> uidMappings() const;

    [[nodiscard]] Bundle withApparmorProfile(const QString &profile) const;
    [[nodiscard]] Bundle withBlockIO(const Specs::LinuxBlockIO &blockIO) const;
    [[nodiscard]] Bundle withCGroupPath(const QString &path) const;
    // Sets linux.resources.cpu. (goci on cgroup v2 hosts writes
    // resources.unified instead; a bundle editor writes what it is told.)
    [[nodiscard]] Bundle withCPUShares(const Specs::LinuxCPU &shares) const;
    // Replaces the bounding, inheritable and permitted sets, as goci does.
    [[nodiscard]] Bundle withCapabilities(const QStringList &capabilities) const;
    [[nodiscard]] Bundle withDeviceRestrictions(const QList<Specs::LinuxDeviceCgroup> &restrictions) const;
    // Replaces linux.devices.
    [[nodiscard]] Bundle withDevices(const QList<Specs::LinuxDevice> &devices) const;
    [[nodiscard]] Bundle withGIDMappings(const QList<Specs::LinuxIDMapping> &mappings) const;
    [[nodiscard]] Bundle withHostname(const QString &hostname) const;
    [[nodiscard]] Bundle withMaskedPaths(const QStringList &maskedPaths) const;
    [[nodiscard]] Bundle withMemoryLimit(const Specs::LinuxMemory &limit) const;
    // Appends to the mounts.
    [[nodiscard]] Bundle withMounts(const QList<Specs::Mount> &mounts) const;
    // Replaces an existing namespace of the same type where it stands, or appends.
    [[nodiscard]] Bundle withNamespace(const Specs::LinuxNamespace &ns) const;
    // Replaces all namespaces.
    [[nodiscard]] Bundle withNamespaces(const QList<Specs::LinuxNamespace> &namespaces) const;
    [[nodiscard]] Bundle withPidLimit(const Specs::LinuxPids &limit) const;
    // Replace one kind of hook. Unlike goci, which replaces the whole hooks
    // object, the other kinds of hook are kept.
    [[nodiscard]] Bundle withPoststopHooks(const QList<Specs::Hook> &hooks) const;
    [[nodiscard]] Bundle withPrestartHooks(const QList<Specs::Hook> &hooks) const;
    // Prepends to the mounts.
    [[nodiscard]] Bundle withPrependedMounts(const QList<Specs::Mount> &mounts) const;
    [[nodiscard]] Bundle withProcess(const Specs::Process &process) const;
    // Sets root.path. Unlike goci, root.readonly is kept.
    [[nodiscard]] Bundle withRootFS(const QString &path) const;
    [[nodiscard]] Bundle withRootFSPropagation(const QString &propagation) const;
    [[nodiscard]] Bundle withUIDMappings(const QList<Specs::LinuxIDMapping> &mappings) const;
    // Replaces the windows section; a value that is not an object removes it.
    [[nodiscard]] Bundle withWindows(const Json &windows) const;
    [[nodiscard]] Bundle withWindowsCPUShares(const Specs::WindowsCPUResources &shares) const;
    [[nodiscard]] Bundle withWindowsMemoryLimit(const Specs::WindowsMemoryResources &limit) const;

    // Beyond goci: the members `runc spec` writes that goci sets only through
    // the Spec struct itself.
    QString ociVersion() const;
    bool rootFSReadonly() const;
    QStringList readonlyPaths() const;
    // The annotation's value; empty when there is none.
    QString annotation(const QString &key) const;
    [[nodiscard]] Bundle withOCIVersion(const QString &version) const;
    [[nodiscard]] Bundle withRootFSReadonly(bool readonly) const;
    [[nodiscard]] Bundle withReadonlyPaths(const QStringList &readonlyPaths) const;
    // Replaces the annotation of that key where it stands, or appends it.
    [[nodiscard]] Bundle withAnnotation(const QString &key, const QString &value) const;

    // goci's Clone* give a copy whose section no longer aliases the original.
    // Copies never alias here, so these return a copy in which the section
    // exists (created empty when absent), ready to be filled in.
    [[nodiscard]] Bundle cloneLinux() const;
    [[nodiscard]] Bundle cloneProcess() const;
    [[nodiscard]] Bundle cloneWindows() const;

private:
    explicit Bundle(Json spec, JsonFormat format);

    const Json *find(std::initializer_list<const char *> path) const;
    QString string(std::initializer_list<const char *> path) const;
    QStringList strings(std::initializer_list<const char *> path) const;
    // The object at path in this (a fresh copy), created where missing.
    Json &section(std::initializer_list<const char *> path);
    // The member key of that object, added (as null) in specs-go order where missing.
    Json &member(std::initializer_list<const char *> path, const char *key);
    Bundle with(std::initializer_list<const char *> path, const char *key, Json value) const;

    template<typename T>
    QList<T> list(std::initializer_list<const char *> path) const;

    Json m_spec;
    JsonFormat m_format;
};
