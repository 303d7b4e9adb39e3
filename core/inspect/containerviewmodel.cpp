// SPDX-License-Identifier: Apache-2.0
#include "containerviewmodel.h"

#include "ocispec/rootfsinspector.h"
#include "rootfsflags.h"
#include "rootfsreader.h"

#include <QFile>
#include <QLocale>

#include <algorithm>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace {

constexpr int RootfsReaderId = -1;
constexpr int NoReader = -2;

QByteArray childPath(const QByteArray &directory, const QByteArray &name)
{
    return (directory.endsWith('/') ? directory : directory + '/') + name;
}

// The mode a kernel filesystem's root gets: tmpfs's mode= option, else 0755.
quint32 rootModeOf(const MountOverlay::Mount &mount)
{
    for (const QString &option : mount.options) {
        if (option.startsWith(QLatin1String("mode="))) {
            bool ok = false;
            const uint mode = option.mid(5).toUInt(&ok, 8);
            if (ok)
                return S_IFDIR | (mode & 07777);
        }
    }
    return S_IFDIR | 0755;
}

bool foldersFirst(const RootfsEntry &a, const RootfsEntry &b)
{
    if (a.isDirectory() != b.isDirectory())
        return a.isDirectory();
    const int order = QString::compare(a.displayName(), b.displayName(), Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a.name < b.name;
}

} // namespace

struct ContainerViewModel::Node
{
    RootfsEntry entry;
    QByteArray path; // inside the container
    Node *parent = nullptr;
    int row = 0;
    Origin origin = FromRootFilesystem;
    int mount = -1; // the providing mount; -1 for the root filesystem
    bool mountPoint = false;
    bool createdMountPoint = false;
    bool synthetic = false; // no lstat behind the entry: the kernel or the runtime makes it
    bool readOnly = false;
    int reader = NoReader;
    QByteArray readerPath; // inside the reader's directory
    RootfsFlags::Flags flags;
    QString error;
    bool fetched = false;
    bool fetchPending = false;
    std::vector<std::unique_ptr<Node>> children;

    bool canHaveChildren() const { return !parent || (entry.isDirectory() && origin != Masked); }
};

ContainerViewModel::ContainerViewModel(QObject *parent) : QAbstractItemModel(parent) { }

ContainerViewModel::~ContainerViewModel() = default;

void ContainerViewModel::setView(const QString &rootDirectory, const MountOverlay &overlay, const UserNamespaceMap &map)
{
    beginResetModel();
    ++m_generation;
    m_rootDirectory = rootDirectory;
    m_overlay = overlay;
    m_map = map;
    m_error.clear();
    m_users = {};
    m_groups = {};
    m_root.reset();
    m_readers.clear();
    if (!rootDirectory.isEmpty()) {
        auto reader = std::make_unique<RootfsReader>(rootDirectory);
        if (reader->isOpen()) {
            m_readers[RootfsReaderId] = std::move(reader);
            m_root = std::make_unique<Node>();
            m_root->entry.mode = S_IFDIR | 0755;
            m_root->path = "/";
            m_root->readerPath = "/";
            m_root->mount = m_overlay.providerOf("/");
            m_root->readOnly = m_overlay.isReadOnly("/");
            const MountOverlay::Mount *onRoot = m_overlay.mount(m_root->mount);
            m_root->reader = !onRoot ? RootfsReaderId : onRoot->bind ? onRoot->index : NoReader;
            m_root->origin = onRoot ? FromMount : FromRootFilesystem;
            RootfsInspector inspector(rootDirectory);
            m_users = IdNames::read(inspector, QStringLiteral("/etc/passwd"));
            m_groups = IdNames::read(inspector, QStringLiteral("/etc/group"));
        } else {
            m_error = reader->errorString();
        }
    }
    endResetModel();
}

const RootfsReader *ContainerViewModel::readerOf(int mount)
{
    auto found = m_readers.find(mount);
    if (found != m_readers.end())
        return found->second.get();
    const MountOverlay::Mount *bind = m_overlay.mount(mount);
    if (!bind || !bind->bind)
        return nullptr;
    return m_readers.emplace(mount, std::make_unique<RootfsReader>(bind->hostSource)).first->second.get();
}

ContainerViewModel::Node *ContainerViewModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    Q_ASSERT(index.model() == this);
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex ContainerViewModel::indexOf(const Node *node, int column) const
{
    if (!node || !node->parent)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex ContainerViewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(size_t(row)).get());
}

QModelIndex ContainerViewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ContainerViewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int ContainerViewModel::columnCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : ColumnCount;
}

bool ContainerViewModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    if (!node || !node->canHaveChildren())
        return false;
    if (node->fetched)
        return !node->children.empty();
    // Without a directory to read, the config alone says what is below.
    return readsDirectory(*node) || !namesBelow(*node).isEmpty();
}

bool ContainerViewModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    return node && node->canHaveChildren() && !node->fetched;
}

void ContainerViewModel::fetchMore(const QModelIndex &parent)
{
    // From the event loop, as RootfsModel does: a view may ask from inside a
    // reset, when inserting rows would break the model's contract.
    if (!canFetchMore(parent) || nodeOf(parent)->fetchPending)
        return;
    nodeOf(parent)->fetchPending = true;
    const QPersistentModelIndex persistent(parent.siblingAtColumn(0));
    const bool atRoot = !parent.isValid();
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, persistent, atRoot, generation] {
            if (generation == m_generation && (atRoot || persistent.isValid()))
                populate(persistent);
        },
        Qt::QueuedConnection);
}

std::unique_ptr<ContainerViewModel::Node> ContainerViewModel::childOf(const Node &parent, const QByteArray &name,
                                                                      const RootfsEntry *listed)
{
    auto child = std::make_unique<Node>();
    child->path = childPath(parent.path, name);
    child->mount = m_overlay.providerOf(child->path);
    child->readOnly = m_overlay.isReadOnly(child->path);
    child->entry.name = name;
    if (child->mount != parent.mount) {
        // A mount's destination: what it mounts replaces what was there.
        const MountOverlay::Mount &mount = *m_overlay.mount(child->mount);
        child->origin = FromMount;
        child->mountPoint = true;
        // proc and sysfs have their folders (/sys/fs/cgroup); a tmpfs starts empty.
        const MountOverlay::Mount *below = m_overlay.mount(parent.mount);
        const bool kernelHasIt = below && !below->bind && below->type != QLatin1String("tmpfs");
        child->createdMountPoint = !listed && !kernelHasIt;
        if (mount.bind) {
            child->reader = mount.index;
            child->readerPath = "/";
            // The kernel binds what the source names, a link followed; inside it, lstat only.
            struct stat info;
            if (!mount.hostSource.isEmpty() && ::stat(QFile::encodeName(mount.hostSource).constData(), &info) == 0) {
                child->entry.mode = quint32(info.st_mode);
                child->entry.uid = quint32(info.st_uid);
                child->entry.gid = quint32(info.st_gid);
                child->entry.size = qint64(info.st_size);
                child->entry.deviceNumber = quint64(info.st_rdev);
            } else {
                child->synthetic = true;
                child->error = tr("The host has no %1 to bind here.").arg(mount.source);
            }
        } else {
            child->synthetic = true;
            child->entry.mode = rootModeOf(mount);
        }
    } else if (listed) {
        child->entry = *listed;
        child->origin = parent.mount < 0 ? FromRootFilesystem : FromMount;
        child->reader = parent.reader;
        child->readerPath = childPath(parent.readerPath, name);
        child->flags = RootfsFlags::of(child->entry, parent.path, m_map);
    } else if (const MountOverlay::RuntimeEntry *made = m_overlay.runtimeEntry(child->path)) {
        child->synthetic = true;
        child->origin = CreatedByRuntime;
        child->entry.mode = made->mode;
        child->entry.deviceNumber = made->deviceNumber;
        child->entry.linkTarget = made->linkTarget;
    } else {
        // On the way to a mount or a path the config names, and not there.
        child->synthetic = true;
        const MountOverlay::Mount *provider = m_overlay.mount(child->mount);
        const bool kernel = provider && !provider->bind;
        child->origin = kernel && parent.origin != CreatedByRuntime ? FromMount : CreatedByRuntime;
        if (!kernel || !m_overlay.namesBelow(child->path, true).isEmpty())
            child->entry.mode = S_IFDIR | 0755;
    }
    if (m_overlay.maskOf(child->path) == child->path) {
        child->origin = Masked;
        child->flags = {};
        child->readOnly = true;
        if (child->entry.mode != 0 && !child->entry.isDirectory()) {
            child->synthetic = true;
            child->entry.mode = S_IFCHR | 0666;
            child->entry.deviceNumber = quint64(makedev(1, 3));
            child->entry.size = 0;
            child->entry.linkTarget.clear();
        }
    }
    return child;
}

void ContainerViewModel::populate(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeOf(parent);
    node->fetched = true;
    node->fetchPending = false;
    QList<RootfsEntry> listed;
    if (readsDirectory(*node)) {
        const RootfsReader *reader = readerOf(node->reader);
        Result<QList<RootfsEntry>> entries = reader && reader->isOpen()
            ? reader->list(node->readerPath)
            : Result<QList<RootfsEntry>>::failure(reader ? reader->errorString() : tr("Nothing to read."));
        if (entries)
            listed = std::move(entries).value();
        else
            node->error = entries.error();
    }
    const QByteArrayList extra = namesBelow(*node);

    std::vector<std::unique_ptr<Node>> children;
    for (const RootfsEntry &entry : std::as_const(listed))
        children.push_back(childOf(*node, entry.name, &entry));
    for (const QByteArray &name : extra) {
        const bool there =
            std::any_of(listed.cbegin(), listed.cend(), [&](const RootfsEntry &entry) { return entry.name == name; });
        if (!there)
            children.push_back(childOf(*node, name, nullptr));
    }
    std::sort(children.begin(), children.end(), [](const std::unique_ptr<Node> &a, const std::unique_ptr<Node> &b) {
        return foldersFirst(a->entry, b->entry);
    });
    const QModelIndex index = indexOf(node);
    if (children.empty()) {
        // The arrow goes: there is nothing to open.
        if (index.isValid())
            Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
        return;
    }
    beginInsertRows(parent.siblingAtColumn(0), 0, int(children.size()) - 1);
    for (std::unique_ptr<Node> &child : children) {
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    }
    endInsertRows();
    if (index.isValid() && !node->error.isEmpty())
        Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
}

QModelIndex ContainerViewModel::indexOfPath(const QByteArray &path)
{
    const std::optional<QByteArrayList> parts = RootfsReader::components(path);
    if (!m_root || !parts || parts->isEmpty())
        return {};
    QModelIndex current;
    for (const QByteArray &part : *parts) {
        populate(current);
        const Node *node = nodeOf(current);
        const auto found = std::find_if(node->children.begin(), node->children.end(),
                                        [&](const std::unique_ptr<Node> &child) { return child->entry.name == part; });
        if (found == node->children.end())
            return {};
        current = indexOf(found->get());
    }
    return current;
}

QString ContainerViewModel::providedByText(Origin origin, const MountOverlay::Mount *mount, bool readOnly)
{
    QString text;
    switch (origin) {
    case FromRootFilesystem: text = tr("root filesystem"); break;
    case FromMount:
        text = mount ? tr("mount %1: %2 %3").arg(mount->index + 1).arg(mount->type, mount->source).trimmed()
                     : tr("root filesystem");
        break;
    case Masked: return tr("masked");
    case CreatedByRuntime: text = tr("created by the runtime"); break;
    }
    return readOnly ? tr("%1, read-only").arg(text) : text;
}

QString ContainerViewModel::kernelFilesystemNote(const QString &type)
{
    if (type == QLatin1String("proc"))
        return tr("The kernel's view of the processes in the container's PID namespace, not the host's /proc.");
    if (type == QLatin1String("sysfs"))
        return tr("The kernel's view of devices, drivers and their settings.");
    if (type == QLatin1String("tmpfs"))
        return tr("An empty filesystem in memory: what is written there is gone when the container stops.");
    if (type == QLatin1String("devpts"))
        return tr("The container's pseudo-terminals.");
    if (type == QLatin1String("mqueue"))
        return tr("The POSIX message queues of the container's IPC namespace.");
    if (type == QLatin1String("cgroup") || type == QLatin1String("cgroup2"))
        return tr("The container's control groups: its limits and what it uses.");
    return tr("A %1 filesystem; its contents are not read here.").arg(type);
}

bool ContainerViewModel::readsDirectory(const Node &node)
{
    return node.reader != NoReader && node.origin != CreatedByRuntime;
}

QByteArrayList ContainerViewModel::namesBelow(const Node &node) const
{
    // What the config names below a kernel filesystem is there when the
    // kernel has it; in a directory read here, what is missing is not made.
    const MountOverlay::Mount *provider = m_overlay.mount(node.mount);
    return m_overlay.namesBelow(node.path, provider && !provider->bind);
}

QString ContainerViewModel::readerRootOf(const Node &node) const
{
    if (node.reader == RootfsReaderId)
        return m_rootDirectory;
    const MountOverlay::Mount *mount = m_overlay.mount(node.reader);
    return mount ? mount->hostSource : QString();
}

QString ContainerViewModel::hostPathOf(const Node &node) const
{
    const QString root = readerRootOf(node);
    if (root.isEmpty() || node.synthetic)
        return {};
    return node.readerPath == "/" ? root : root + QFile::decodeName(node.readerPath);
}

QString ContainerViewModel::configPointerOf(const Node &node) const
{
    if (node.origin == Masked)
        return QStringLiteral("/linux/maskedPaths/%1").arg(m_overlay.maskIndexOf(node.path));
    if (node.origin == CreatedByRuntime) {
        const MountOverlay::RuntimeEntry *made = m_overlay.runtimeEntry(node.path);
        return made && made->device >= 0 ? QStringLiteral("/linux/devices/%1").arg(made->device) : QString();
    }
    if (node.origin == FromMount && node.mount >= 0)
        return QStringLiteral("/mounts/%1").arg(node.mount);
    return {};
}

QString ContainerViewModel::noteOf(const Node &node) const
{
    QStringList sentences;
    if (!node.error.isEmpty())
        sentences << node.error;
    const MountOverlay::Mount *mount = m_overlay.mount(node.mount);
    switch (node.origin) {
    case Masked:
        if (node.entry.mode == 0)
            sentences << tr("Masked (linux.maskedPaths): where the kernel has it, the process finds an empty "
                            "read-only directory or /dev/null.");
        else if (node.entry.isDirectory())
            sentences << tr("Masked (linux.maskedPaths): the process finds an empty read-only directory here.");
        else
            sentences << tr("Masked (linux.maskedPaths): the process finds /dev/null here.");
        break;
    case CreatedByRuntime:
        if (const MountOverlay::RuntimeEntry *made = m_overlay.runtimeEntry(node.path); !made)
            sentences << tr("Not there before: the runtime creates this directory for a mount below it.");
        else if (made->device >= 0)
            sentences << tr("The runtime creates this device as linux.devices asks.");
        else if (node.entry.isSymlink())
            sentences << tr("runc creates this link in every container's /dev.");
        else
            sentences << tr("runc creates this device in every container's /dev.");
        break;
    case FromMount:
        if (mount && mount->bind)
            sentences << tr("From the host: %1").arg(hostPathOf(node));
        else if (mount && node.mountPoint)
            sentences << kernelFilesystemNote(mount->type);
        else if (mount)
            sentences
                << tr("Named in the config; the %1 filesystem has it where the kernel provides it.").arg(mount->type);
        if (node.createdMountPoint)
            sentences << tr("The runtime creates the mount point.");
        break;
    case FromRootFilesystem: break;
    }
    const QByteArray readOnlyPath = m_overlay.readOnlyPathOf(node.path);
    if (node.origin != Masked && !readOnlyPath.isEmpty())
        sentences << tr("Read-only: %1 is in linux.readonlyPaths.").arg(QFile::decodeName(readOnlyPath));
    return sentences.join(QLatin1Char(' '));
}

QVariant ContainerViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::DoNotUseParent))
        return {};
    const Node *node = nodeOf(index);
    const RootfsEntry &entry = node->entry;
    const MountOverlay::Mount *mount = m_overlay.mount(node->mount);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RootfsModel::NameColumn: return entry.displayName();
        case RootfsModel::TypeColumn:
            if (node->mountPoint && mount && !mount->bind)
                return tr("%1 filesystem").arg(mount->type);
            return entry.mode == 0 ? tr("Not known here") : entry.typeName();
        case RootfsModel::SizeColumn:
            return entry.isDirectory() || node->synthetic ? QString() : QLocale().formattedDataSize(entry.size);
        case RootfsModel::ModeColumn: return entry.mode == 0 ? QString() : RootfsEntry::modeString(entry.mode);
        case RootfsModel::OwnerColumn:
            return node->synthetic ? QString() : RootfsModel::idText(entry.uid, m_users.name(entry.uid));
        case RootfsModel::GroupColumn:
            return node->synthetic ? QString() : RootfsModel::idText(entry.gid, m_groups.name(entry.gid));
        case RootfsModel::TargetColumn: return RootfsModel::targetText(entry);
        case RootfsModel::FlagsColumn: return RootfsFlags::reasons(node->flags).join(QStringLiteral("; "));
        case ProvidedByColumn: return providedByText(node->origin, mount, node->readOnly);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RootfsModel::FlagsColumn && node->flags)
            return RootfsFlags::reasons(node->flags).join(QLatin1Char('\n'));
        return noteOf(*node);
    case Qt::TextAlignmentRole:
        return index.column() == RootfsModel::SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RootfsModel::PathRole: return node->path;
    case RootfsModel::FlagsRole: return int(node->flags);
    case RootfsModel::FlagReasonsRole: return RootfsFlags::reasons(node->flags);
    case RootfsModel::ResolvedTargetRole:
        return entry.isSymlink() ? RootfsFlags::resolveInsideRoot(node->parent->path, entry.linkTarget) : QVariant();
    case RootfsModel::IsDirectoryRole: return entry.isDirectory();
    case RootfsModel::ErrorRole: return node->error;
    case RootfsModel::ModeRole: return int(entry.mode);
    case RootfsModel::SizeRole: return node->synthetic ? qint64(0) : entry.size;
    case MountIndexRole: return node->mount;
    case OriginRole: return int(node->origin);
    case ReadOnlyRole: return node->readOnly;
    case MountPointRole: return node->mountPoint;
    case CreatedMountPointRole: return node->createdMountPoint;
    case HostPathRole: return hostPathOf(*node);
    case NoteRole: return noteOf(*node);
    case ConfigPointerRole: return configPointerOf(*node);
    case PreviewRootRole: return node->synthetic ? QString() : readerRootOf(*node);
    case PreviewPathRole: return node->readerPath;
    default: return {};
    }
}

QVariant ContainerViewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == ProvidedByColumn)
        return tr("Provided by");
    return RootfsModel::columnTitle(section);
}

#include "moc_containerviewmodel.cpp"
