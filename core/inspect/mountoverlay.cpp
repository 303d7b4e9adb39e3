// SPDX-License-Identifier: Apache-2.0
#include "mountoverlay.h"

#include "ocispec/jsonaccess.h"

#include <QDir>
#include <QFile>

namespace {

QByteArrayList pathList(const Json &config, const char *key)
{
    QByteArrayList paths;
    const Json *list = JsonAccess::memberPath(config, {"linux", key});
    if (!list || !list->is_array())
        return paths;
    for (const Json &item : *list) {
        if (const std::optional<QString> path = JsonAccess::stringOf(&item); path && !path->isEmpty())
            paths << MountOverlay::normalized(*path);
    }
    return paths;
}

// The next name below parent on the way to path: "dev" for "/" and "/dev/pts".
QByteArray nextName(const QByteArray &parent, const QByteArray &path)
{
    const qsizetype start = parent == "/" ? 1 : parent.size() + 1;
    const qsizetype end = path.indexOf('/', start);
    return path.mid(start, end < 0 ? -1 : end - start);
}

} // namespace

QByteArray MountOverlay::normalized(const QString &path)
{
    return QByteArray::fromStdString(JsonAccess::normalizedPath(JsonUtil::toStd(path)));
}

bool MountOverlay::isUnder(const QByteArray &path, const QByteArray &ancestor)
{
    if (ancestor == "/" || path == ancestor)
        return true;
    return path.startsWith(ancestor) && path.size() > ancestor.size() && path.at(ancestor.size()) == '/';
}

MountOverlay MountOverlay::fromConfig(const Json &config, const QString &bundleDirectory)
{
    MountOverlay overlay;
    if (const Json *readOnly = JsonAccess::memberPath(config, {"root", "readonly"}); readOnly && readOnly->is_boolean())
        overlay.m_rootReadOnly = readOnly->get<bool>();
    overlay.m_masked = pathList(config, "maskedPaths");
    overlay.m_readOnlyPaths = pathList(config, "readonlyPaths");
    const Json *mounts = JsonAccess::member(config, "mounts");
    if (!mounts || !mounts->is_array())
        return overlay;
    for (size_t i = 0; i < mounts->size(); ++i) {
        const Json &item = (*mounts)[i];
        const std::optional<QString> destination = JsonAccess::stringOf(JsonAccess::member(item, "destination"));
        if (!destination || destination->isEmpty())
            continue; // the validator says so; no place in the tree
        Mount mount;
        mount.index = int(i);
        mount.destination = normalized(*destination);
        mount.type = JsonAccess::stringOf(JsonAccess::member(item, "type")).value_or(QString());
        mount.source = JsonAccess::stringOf(JsonAccess::member(item, "source")).value_or(QString());
        if (const Json *options = JsonAccess::member(item, "options"); options && options->is_array()) {
            for (const Json &option : *options) {
                if (const std::optional<QString> text = JsonAccess::stringOf(&option))
                    mount.options << *text;
            }
        }
        mount.bind = mount.type == QLatin1String("bind") || mount.options.contains(QLatin1String("bind"))
            || mount.options.contains(QLatin1String("rbind"));
        if (mount.bind && mount.type.isEmpty())
            mount.type = QStringLiteral("bind");
        if (mount.bind && !mount.source.isEmpty()) {
            // runc takes a relative source from the bundle directory, where it runs.
            mount.hostSource = bundleDirectory.isEmpty() && QDir::isRelativePath(mount.source)
                ? QString()
                : QDir::cleanPath(QDir(bundleDirectory).absoluteFilePath(mount.source));
        }
        // The last of ro and rw wins, as mount(8) reads them.
        for (const QString &option : std::as_const(mount.options)) {
            if (option == QLatin1String("ro"))
                mount.readOnly = true;
            else if (option == QLatin1String("rw"))
                mount.readOnly = false;
        }
        overlay.m_mounts << mount;
    }
    return overlay;
}

const MountOverlay::Mount *MountOverlay::mount(int index) const
{
    for (const Mount &mount : m_mounts) {
        if (mount.index == index)
            return &mount;
    }
    return nullptr;
}

int MountOverlay::providerOf(const QByteArray &path) const
{
    for (auto it = m_mounts.crbegin(); it != m_mounts.crend(); ++it) {
        if (isUnder(path, it->destination))
            return it->index;
    }
    return -1;
}

QByteArray MountOverlay::maskOf(const QByteArray &path) const
{
    for (const QByteArray &masked : m_masked) {
        if (isUnder(path, masked))
            return masked;
    }
    return {};
}

QByteArray MountOverlay::readOnlyPathOf(const QByteArray &path) const
{
    for (const QByteArray &readOnly : m_readOnlyPaths) {
        if (isUnder(path, readOnly))
            return readOnly;
    }
    return {};
}

bool MountOverlay::isReadOnly(const QByteArray &path) const
{
    if (!maskOf(path).isEmpty() || !readOnlyPathOf(path).isEmpty())
        return true;
    const Mount *provider = mount(providerOf(path));
    return provider ? provider->readOnly : m_rootReadOnly;
}

MountOverlay::Hidden MountOverlay::hiddenBy(int index) const
{
    Hidden hidden;
    const Mount *covering = mount(index);
    if (!covering)
        return hidden;
    hidden.rootFilesystem = true;
    for (const Mount &earlier : m_mounts) {
        if (earlier.index >= index)
            break;
        // Seen until now, and on or below the new mount's destination.
        if (isUnder(earlier.destination, covering->destination) && hiddenUnder(earlier.index) == index)
            hidden.mounts << earlier.index;
        // Mounted over a mount, the new one covers that and not the root filesystem.
        if (isUnder(covering->destination, earlier.destination))
            hidden.rootFilesystem = false;
    }
    return hidden;
}

int MountOverlay::hiddenUnder(int index) const
{
    const Mount *hidden = mount(index);
    if (!hidden)
        return -1;
    for (const Mount &later : m_mounts) {
        if (later.index > index && isUnder(hidden->destination, later.destination))
            return later.index;
    }
    return -1;
}

QByteArrayList MountOverlay::namesBelow(const QByteArray &path, bool withPathLists) const
{
    QByteArrayList names;
    const auto add = [&](const QByteArray &below) {
        if (below == path || !isUnder(below, path))
            return;
        const QByteArray name = nextName(path, below);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    };
    const int provider = providerOf(path);
    for (const Mount &mount : m_mounts) {
        if (mount.index > provider)
            add(mount.destination);
    }
    if (withPathLists) {
        for (const QByteArray &masked : m_masked)
            add(masked);
        for (const QByteArray &readOnly : m_readOnlyPaths)
            add(readOnly);
    }
    return names;
}
