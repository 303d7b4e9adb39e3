// SPDX-License-Identifier: Apache-2.0
#include "rootfsmodel.h"

#include "ocispec/rootfsinspector.h"
#include "rootfsreader.h"

#include <QFile>
#include <QLocale>

#include <algorithm>

struct RootfsModel::Node
{
    RootfsEntry entry;
    QByteArray path;
    Node *parent = nullptr;
    int row = 0;
    bool fetched = false;
    bool fetchPending = false;
    RootfsFlags::Flags flags;
    QString error;
    std::vector<std::unique_ptr<Node>> children;

    bool canHaveChildren() const { return !parent || entry.isDirectory(); }
};

RootfsModel::RootfsModel(QObject *parent) : QAbstractItemModel(parent) { }

RootfsModel::~RootfsModel() = default;

void RootfsModel::setRootDirectory(const QString &rootDirectory, const UserNamespaceMap &map)
{
    beginResetModel();
    ++m_generation;
    m_rootDirectory = rootDirectory;
    m_map = map;
    m_error.clear();
    m_users = {};
    m_groups = {};
    m_root.reset();
    m_reader.reset();
    if (!rootDirectory.isEmpty()) {
        m_reader = std::make_unique<RootfsReader>(rootDirectory);
        if (m_reader->isOpen()) {
            m_root = std::make_unique<Node>();
            m_root->entry.mode = 040755;
            m_root->path = "/";
            RootfsInspector inspector(rootDirectory);
            m_users = IdNames::read(inspector, QStringLiteral("/etc/passwd"));
            m_groups = IdNames::read(inspector, QStringLiteral("/etc/group"));
        } else {
            m_error = m_reader->errorString();
        }
    }
    endResetModel();
}

RootfsModel::Node *RootfsModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    Q_ASSERT(index.model() == this);
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex RootfsModel::indexOf(const Node *node, int column) const
{
    if (!node || !node->parent)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex RootfsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *node = nodeOf(parent);
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex RootfsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int RootfsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int RootfsModel::columnCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : ColumnCount;
}

bool RootfsModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    if (!node || !node->canHaveChildren())
        return false;
    return !node->fetched || !node->children.empty();
}

bool RootfsModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    return node && node->canHaveChildren() && !node->fetched;
}

void RootfsModel::fetchMore(const QModelIndex &parent)
{
    // Listed from the event loop, as QFileSystemModel does: a view (or a
    // model tester) may ask from inside a reset or an insertion, when
    // inserting rows would break the model's contract.
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

void RootfsModel::populate(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeOf(parent);
    node->fetched = true;
    node->fetchPending = false;
    Result<QList<RootfsEntry>> listed = m_reader->list(node->path);
    if (!listed) {
        node->error = listed.error();
        // The arrow goes: there is nothing to open.
        const QModelIndex index = indexOf(node);
        if (index.isValid())
            Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
        return;
    }
    QList<RootfsEntry> entries = std::move(listed).value();
    std::sort(entries.begin(), entries.end(), [](const RootfsEntry &a, const RootfsEntry &b) {
        if (a.isDirectory() != b.isDirectory())
            return a.isDirectory();
        const int order = QString::compare(a.displayName(), b.displayName(), Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.name < b.name;
    });
    if (entries.isEmpty()) {
        const QModelIndex index = indexOf(node);
        if (index.isValid())
            Q_EMIT dataChanged(index, index);
        return;
    }
    beginInsertRows(parent.siblingAtColumn(0), 0, int(entries.size()) - 1);
    node->children.reserve(size_t(entries.size()));
    const QByteArray directory = node->path;
    for (RootfsEntry &entry : entries) {
        auto child = std::make_unique<Node>();
        child->flags = RootfsFlags::of(entry, directory, m_map);
        child->path = (directory.endsWith('/') ? directory : directory + '/') + entry.name;
        child->entry = std::move(entry);
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    }
    endInsertRows();
}

QModelIndex RootfsModel::indexOfPath(const QByteArray &path)
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

QString RootfsModel::idText(quint32 id, const QString &name)
{
    return name.isEmpty() ? QString::number(id) : QStringLiteral("%1 (%2)").arg(id).arg(name);
}

QString RootfsModel::targetText(const RootfsEntry &entry)
{
    if (entry.isSymlink())
        return QFile::decodeName(entry.linkTarget);
    if (entry.isDevice())
        return QStringLiteral("%1:%2").arg(entry.deviceMajor()).arg(entry.deviceMinor());
    return {};
}

QVariant RootfsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::DoNotUseParent))
        return {};
    const Node *node = nodeOf(index);
    const RootfsEntry &entry = node->entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn: return entry.displayName();
        case TypeColumn: return entry.typeName();
        case SizeColumn: return entry.isDirectory() ? QString() : QLocale().formattedDataSize(entry.size);
        case ModeColumn: return RootfsEntry::modeString(entry.mode);
        case OwnerColumn: return idText(entry.uid, m_users.name(entry.uid));
        case GroupColumn: return idText(entry.gid, m_groups.name(entry.gid));
        case TargetColumn: return targetText(entry);
        case FlagsColumn: return RootfsFlags::reasons(node->flags).join(QStringLiteral("; "));
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (!node->error.isEmpty())
            return node->error;
        if (index.column() == FlagsColumn || index.column() == NameColumn)
            return node->flags ? RootfsFlags::reasons(node->flags).join(QLatin1Char('\n')) : QVariant();
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case PathRole: return node->path;
    case FlagsRole: return int(node->flags);
    case FlagReasonsRole: return RootfsFlags::reasons(node->flags);
    case ResolvedTargetRole:
        return entry.isSymlink() ? RootfsFlags::resolveInsideRoot(node->parent->path, entry.linkTarget) : QVariant();
    case IsDirectoryRole: return entry.isDirectory();
    case ErrorRole: return node->error;
    case ModeRole: return int(entry.mode);
    case SizeRole: return entry.size;
    default: return {};
    }
}

QVariant RootfsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return columnTitle(section);
}

QString RootfsModel::columnTitle(int column)
{
    switch (Column(column)) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case SizeColumn: return tr("Size");
    case ModeColumn: return tr("Mode");
    case OwnerColumn: return tr("Owner");
    case GroupColumn: return tr("Group");
    case TargetColumn: return tr("Target");
    case FlagsColumn: return tr("Worth a look");
    case ColumnCount: break;
    }
    return {};
}

#include "moc_rootfsmodel.cpp"
