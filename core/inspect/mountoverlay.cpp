// SPDX-License-Identifier: Apache-2.0
#include "mountoverlay.h"

#include "ocispec/jsonaccess.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace {

QByteArrayList pathList(const Json &config, const char *key)
{
    QByteArrayList paths;
    const Json *list = JsonAccess::memberPath(config, {"linux", key});
    if (!list || !list->is_array())
        return paths;
    // One entry per item, empty for what is no path, so that positions are those of the config.
    for (const Json &item : *list) {
        const std::optional<QString> path = JsonAccess::stringOf(&item);
        paths << (path && !path->isEmpty() ? MountOverlay::normalized(*path) : QByteArray());
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

// runc's default devices and links in /dev (libcontainer's specconv and rootfs_linux).
QList<MountOverlay::RuntimeEntry> runcDevEntries()
{
    QList<MountOverlay::RuntimeEntry> entries;
    const struct
    {
        const char *name;
        unsigned major, minor;
    } devices[] = {{"null", 1, 3}, {"zero", 1, 5}, {"full", 1, 7}, {"random", 1, 8}, {"urandom", 1, 9}, {"tty", 5, 0}};
    for (const auto &device : devices)
        entries.append({QByteArray("/dev/") + device.name, S_IFCHR | 0666, quint64(makedev(device.major, device.minor)),
                        QByteArray(), -1});
    const struct
    {
        const char *name;
        const char *target;
    } links[] = {{"fd", "/proc/self/fd"},
                 {"stdin", "/proc/self/fd/0"},
                 {"stdout", "/proc/self/fd/1"},
                 {"stderr", "/proc/self/fd/2"},
                 {"ptmx", "pts/ptmx"}};
    for (const auto &link : links)
        entries.append({QByteArray("/dev/") + link.name, S_IFLNK | 0777, 0, QByteArray(link.target), -1});
    return entries;
}

QList<MountOverlay::RuntimeEntry> configDevices(const Json &config)
{
    QList<MountOverlay::RuntimeEntry> entries;
    const Json *devices = JsonAccess::memberPath(config, {"linux", "devices"});
    if (!devices || !devices->is_array())
        return entries;
    for (size_t i = 0; i < devices->size(); ++i) {
        const Json &device = (*devices)[i];
        const std::optional<QString> path = JsonAccess::stringOf(JsonAccess::member(device, "path"));
        const QString type = JsonAccess::stringOf(JsonAccess::member(device, "type")).value_or(QString());
        if (!path || path->isEmpty())
            continue;
        const quint32 kind = type == QLatin1String("b") ? S_IFBLK : type == QLatin1String("p") ? S_IFIFO : S_IFCHR;
        const quint32 permissions = quint32(JsonAccess::int64Of(JsonAccess::member(device, "fileMode")).value_or(0666));
        const auto major = unsigned(JsonAccess::int64Of(JsonAccess::member(device, "major")).value_or(0));
        const auto minor = unsigned(JsonAccess::int64Of(JsonAccess::member(device, "minor")).value_or(0));
        entries.append({MountOverlay::normalized(*path), kind | (permissions & 07777), quint64(makedev(major, minor)),
                        QByteArray(), int(i)});
    }
    return entries;
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
    if (mounts && mounts->is_array())
        overlay.readMounts(*mounts, bundleDirectory);
    // A /dev bound from the host is the host's; otherwise runc fills it.
    const bool devFromHost = std::any_of(overlay.m_mounts.cbegin(), overlay.m_mounts.cend(),
                                         [](const Mount &mount) { return mount.destination == "/dev" && mount.bind; });
    if (!devFromHost) {
        // linux.devices first: runc makes them before its links, and a path named twice is the config's.
        overlay.m_runtimeEntries = configDevices(config);
        for (const RuntimeEntry &entry : runcDevEntries()) {
            if (!overlay.runtimeEntry(entry.path))
                overlay.m_runtimeEntries << entry;
        }
    }
    return overlay;
}

void MountOverlay::readMounts(const Json &mounts, const QString &bundleDirectory)
{
    for (size_t i = 0; i < mounts.size(); ++i) {
        const Json &item = mounts[i];
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
        m_mounts << mount;
    }
}

const MountOverlay::RuntimeEntry *MountOverlay::runtimeEntry(const QByteArray &path) const
{
    for (const RuntimeEntry &entry : m_runtimeEntries) {
        if (entry.path == path)
            return &entry;
    }
    return nullptr;
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
    const int index = maskIndexOf(path);
    return index >= 0 ? m_masked.at(index) : QByteArray();
}

int MountOverlay::maskIndexOf(const QByteArray &path) const
{
    for (qsizetype i = 0; i < m_masked.size(); ++i) {
        if (!m_masked.at(i).isEmpty() && isUnder(path, m_masked.at(i)))
            return int(i);
    }
    return -1;
}

QByteArray MountOverlay::readOnlyPathOf(const QByteArray &path) const
{
    for (const QByteArray &readOnly : m_readOnlyPaths) {
        if (!readOnly.isEmpty() && isUnder(path, readOnly))
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
        if (below.isEmpty() || below == path || !isUnder(below, path))
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
    for (const RuntimeEntry &entry : m_runtimeEntries)
        add(entry.path);
    if (withPathLists) {
        for (const QByteArray &masked : m_masked)
            add(masked);
        for (const QByteArray &readOnly : m_readOnlyPaths)
            add(readOnly);
    }
    return names;
}
