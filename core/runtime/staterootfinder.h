// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One runtime state directory (what runc and crun take as --root), with
// the runtime that writes it and the tool that, by its place, manages it.
struct StateRoot
{
    enum class Manager {
        Editor,     // the editor's own root
        Runtime,    // the runtime's default root: by hand, Podman or CRI-O
        Containerd, // /run/containerd/runc/NAMESPACE
        Docker,     // dockerd's own runc root
        Rootless,   // a user's runtime root under /run/user/UID
    };

    QString path;
    QString runtime = QStringLiteral("runc"); // "runc" or "crun"
    Manager manager = Manager::Runtime;
    QString nameSpace; // containerd's namespace
    qint64 uid = -1;   // the user of a root under /run/user, else -1

    bool operator==(const StateRoot &other) const = default;
};

Q_DECLARE_METATYPE(StateRoot)

// Finds the state directories that exist on this machine: the editor's own,
// the runtimes' defaults (/run/runc, /run/crun, which Podman and CRI-O use
// too), containerd's per namespace, Docker's, and every user's rootless ones
// under /run/user. The base directory is a parameter so that tests can lay
// out a /run of their own.
class StateRootFinder
{
    Q_DECLARE_TR_FUNCTIONS(StateRootFinder)

public:
    explicit StateRootFinder(const QString &base = QStringLiteral("/run"));

    // The editor's roots of this user; defaults to RuncBinary::defaultStateRoot
    // for runc and crun.
    void setOwnRoots(const QStringList &roots) { m_ownRoots = roots; }
    QStringList ownRoots() const { return m_ownRoots; }

    // The roots that exist now, the editor's first, each once.
    QList<StateRoot> find() const;

    // "this editor", "Docker", "containerd (namespace k8s.io)", ...: who
    // manages the containers of root, refined by a container's bundle
    // where the root is shared (Podman and CRI-O keep their bundles in
    // their storage).
    static QString managerName(const StateRoot &root, const QString &bundle = QString());
    // The user owning path, by name where the machine knows one.
    static QString ownerOf(const QString &path);
    // "crun" when the path names crun, else "runc".
    static QString runtimeFor(const QString &path);

private:
    void addIfDirectory(QList<StateRoot> *roots, StateRoot root) const;

    QString m_base;
    QStringList m_ownRoots;
};
