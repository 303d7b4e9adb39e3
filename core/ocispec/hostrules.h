// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingsink.h"
#include "hostfacts.h"

#include <QCoreApplication>

#include <optional>

// Layer 4: the bundle on this machine. Whether root.path is a directory,
// and what runc refuses here but another host may run: a missing bind
// source, hook or namespace file, CPUs or memory nodes the machine lacks,
// an unknown file system, a security module that is off, limits above
// runc's own. Every finding is a host warning.
class HostRules
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    HostRules(const Json &root, const QString &bundleDirectory, FindingSink *sink);

    void check();

    // A rootful config needs root; empty when config can run as this user,
    // else a message that also explains the rootless route.
    static QString privilegeProblem(const Json &root, bool isRoot);

private:
    void checkRoot();
    void checkNamespacePaths();
    void checkMounts();
    void checkHooks();
    void checkProcess();
    void checkPrivileges();
    void checkResources();
    void checkSysctl();
    void checkCpuList(const Json *list, const QString &pointer, bool memoryNodes);
    QString resolved(const QString &path) const;
    // The host ID container ID 0 maps to in linux.uidMappings or gidMappings.
    std::optional<quint64> mappedHostId(const char *key) const;
    // The first directory of the root filesystem's path that the container's
    // mapped root may not enter, if it has a user namespace.
    std::optional<QString> closedToMappedRoot(const QString &rootfs) const;

    const Json &m_root;
    QString m_bundleDirectory;
    FindingSink *m_sink;
    HostFacts m_facts;
};
