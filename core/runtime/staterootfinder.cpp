// SPDX-License-Identifier: Apache-2.0
#include "staterootfinder.h"

#include "runcbinary.h"

#include <QDir>
#include <QFileInfo>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QStringList runtimes = {QStringLiteral("runc"), QStringLiteral("crun")};

QStringList subdirectories(const QString &path)
{
    return QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

StateRootFinder::StateRootFinder(const QString &base) : m_base(base)
{
    const bool asRoot = geteuid() == 0;
    for (const QString &runtime : runtimes)
        m_ownRoots << RuncBinary::defaultStateRoot(runtime, asRoot);
}

QString StateRootFinder::runtimeFor(const QString &path)
{
    return QDir::cleanPath(path).split(QLatin1Char('/')).contains(QLatin1String("crun")) ? QStringLiteral("crun")
                                                                                         : QStringLiteral("runc");
}

void StateRootFinder::addIfDirectory(QList<StateRoot> *roots, StateRoot root) const
{
    if (!QFileInfo(root.path).isDir())
        return;
    root.path = QDir::cleanPath(root.path);
    const QString canonical = QFileInfo(root.path).canonicalFilePath();
    for (const StateRoot &known : std::as_const(*roots)) {
        if (QFileInfo(known.path).canonicalFilePath() == canonical)
            return; // a link to a root already listed, or the editor's own again
    }
    roots->append(root);
}

QList<StateRoot> StateRootFinder::find() const
{
    QList<StateRoot> roots;
    const QDir base(m_base);
    for (const QString &own : m_ownRoots) {
        StateRoot root{own, runtimeFor(own), StateRoot::Manager::Editor, {}, -1};
        addIfDirectory(&roots, root);
    }
    // The editor's roots of the other users and of root.
    for (const QString &runtime : runtimes) {
        addIfDirectory(&roots,
                       {base.filePath(QStringLiteral("oci-bundle-editor/") + runtime),
                        runtime,
                        StateRoot::Manager::Editor,
                        {},
                        -1});
    }
    for (const QString &runtime : runtimes)
        addIfDirectory(&roots, {base.filePath(runtime), runtime, StateRoot::Manager::Runtime, {}, -1});
    const QString containerd = base.filePath(QStringLiteral("containerd/runc"));
    for (const QString &nameSpace : subdirectories(containerd)) {
        addIfDirectory(&roots,
                       {QDir(containerd).filePath(nameSpace), QStringLiteral("runc"), StateRoot::Manager::Containerd,
                        nameSpace, -1});
    }
    // dockerd before 20.10 ran runc itself; later ones go through containerd (namespace moby).
    const QString docker = base.filePath(QStringLiteral("docker/runtime-runc"));
    for (const QString &nameSpace : subdirectories(docker)) {
        addIfDirectory(
            &roots,
            {QDir(docker).filePath(nameSpace), QStringLiteral("runc"), StateRoot::Manager::Docker, nameSpace, -1});
    }
    const QString users = base.filePath(QStringLiteral("user"));
    for (const QString &uidText : subdirectories(users)) {
        bool isNumber = false;
        const qint64 uid = uidText.toLongLong(&isNumber);
        if (!isNumber)
            continue;
        const QDir userDir(QDir(users).filePath(uidText));
        for (const QString &runtime : runtimes) {
            addIfDirectory(&roots,
                           {userDir.filePath(QStringLiteral("oci-bundle-editor/") + runtime),
                            runtime,
                            StateRoot::Manager::Editor,
                            {},
                            uid});
            addIfDirectory(&roots, {userDir.filePath(runtime), runtime, StateRoot::Manager::Rootless, {}, uid});
        }
    }
    return roots;
}

QString StateRootFinder::managerName(const StateRoot &root, const QString &bundle)
{
    switch (root.manager) {
    case StateRoot::Manager::Editor: return tr("this editor");
    case StateRoot::Manager::Docker: return tr("Docker");
    case StateRoot::Manager::Containerd:
        return root.nameSpace == QLatin1String("moby") ? tr("Docker (containerd namespace moby)")
                                                       : tr("containerd (namespace %1)").arg(root.nameSpace);
    case StateRoot::Manager::Rootless:
    case StateRoot::Manager::Runtime: break;
    }
    // Podman keeps bundles in its storage (/var/lib/containers/storage or
    // ~/.local/share/containers/storage), CRI-O in its run directory.
    if (bundle.contains(QLatin1String("/containers/storage/overlay-containers/")))
        return bundle.startsWith(QLatin1String("/run/")) ? tr("CRI-O or Podman") : tr("Podman");
    return root.manager == StateRoot::Manager::Rootless ? tr("%1, rootless").arg(root.runtime) : root.runtime;
}

QString StateRootFinder::ownerOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QString();
    if (const passwd *user = ::getpwuid(info.st_uid))
        return QString::fromLocal8Bit(user->pw_name);
    return QString::number(info.st_uid);
}
