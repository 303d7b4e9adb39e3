// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "idnames.h"
#include "mountoverlay.h"
#include "rootfsmodel.h"
#include "usernamespacemap.h"

#include <QAbstractItemModel>

#include <map>
#include <memory>

class RootfsReader;

// The tree as the container's process sees it: the root filesystem with the
// config's mounts, masked and read-only paths laid over it (MountOverlay).
// Listed lazily like RootfsModel, with its columns and roles and one column
// more, what provides each path. A bind mount shows its host source, read
// as the root filesystem is (lstat only, nothing followed out of it); proc,
// sysfs, tmpfs and the other kernel filesystems are one node each, with
// only the masked and read-only paths the config names below them. Mount
// points the root filesystem lacks are there too: the runtime creates them.
class ContainerViewModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ProvidedByColumn = RootfsModel::ColumnCount, ColumnCount };
    // Where a path comes from.
    enum Origin {
        FromRootFilesystem,
        FromMount,       // a mount's root, what a bind mount's source holds, or a kernel filesystem
        Masked,          // linux.maskedPaths: an empty read-only tmpfs, or /dev/null for a file
        CreatedByRuntime // not in what lies below; runc makes it for a mount deeper down
    };
    enum Role {
        MountIndexRole = RootfsModel::SizeRole + 1, // int: the providing mount in /mounts, -1 for the root filesystem
        OriginRole,                                 // int, Origin
        ReadOnlyRole,                               // bool
        MountPointRole,                             // bool: a mount's destination
        CreatedMountPointRole,                      // bool: a destination that was not there, which the runtime creates
        HostPathRole,      // QString: where the entry lies on the host; empty for what the kernel provides
        NoteRole,          // QString: a sentence on where the entry comes from
        ConfigPointerRole, // QString: the config entry that puts it there ("/mounts/2", "/linux/maskedPaths/0"), if any
        PreviewRootRole,   // QString: the directory to read a file's start from…
        PreviewPathRole,   // QByteArray: …and its path inside that directory
    };

    explicit ContainerViewModel(QObject *parent = nullptr);
    ~ContainerViewModel() override;

    // Shows rootDirectory as overlay makes it; an empty rootDirectory shows nothing. Resets the model.
    void setView(const QString &rootDirectory, const MountOverlay &overlay,
                 const UserNamespaceMap &map = UserNamespaceMap());
    QString rootDirectory() const { return m_rootDirectory; }
    const MountOverlay &overlay() const { return m_overlay; }
    QString errorString() const { return m_error; }
    // The entry at a path inside the container, listing the directories on
    // the way now; invalid when the container has none there.
    QModelIndex indexOfPath(const QByteArray &path);

    // "mount 3: tmpfs tmpfs", "root filesystem", …, with ", read-only".
    static QString providedByText(Origin origin, const MountOverlay::Mount *mount, bool readOnly);
    // A sentence on what a kernel filesystem of this type holds.
    static QString kernelFilesystemNote(const QString &type);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    void populate(const QModelIndex &parent);
    // The reader of the root filesystem (mount -1) or of a bind mount's source.
    const RootfsReader *readerOf(int mount);
    std::unique_ptr<Node> childOf(const Node &parent, const QByteArray &name, const RootfsEntry *listed);
    QString noteOf(const Node &node) const;
    QString configPointerOf(const Node &node) const;
    // Whether the node's children are read from a directory, not only named by the config.
    static bool readsDirectory(const Node &node);
    // The names the config puts below the node: mount points, and masked and read-only paths.
    QByteArrayList namesBelow(const Node &node) const;
    // The directory the node's reader reads: the root filesystem or a bind mount's source.
    QString readerRootOf(const Node &node) const;
    QString hostPathOf(const Node &node) const;

    QString m_rootDirectory;
    QString m_error;
    MountOverlay m_overlay;
    UserNamespaceMap m_map;
    IdNames m_users;
    IdNames m_groups;
    std::map<int, std::unique_ptr<RootfsReader>> m_readers;
    std::unique_ptr<Node> m_root;
    quint64 m_generation = 0;
};
