// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "idnames.h"
#include "rootfsentry.h"
#include "rootfsflags.h"
#include "usernamespacemap.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class RootfsReader;

// A root filesystem as a read-only tree, listed one directory at a time when
// a view opens it (canFetchMore/fetchMore, from the event loop), through RootfsReader: lstat only,
// nothing followed, nothing outside the root. Folders first, then by name.
// Owners and groups are named from the root filesystem's own /etc/passwd
// and /etc/group.
class RootfsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        SizeColumn,
        ModeColumn,
        OwnerColumn,
        GroupColumn,
        TargetColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Role {
        PathRole = Qt::UserRole + 1, // QByteArray, inside the root: "/usr/bin/env"
        FlagsRole,                   // int, RootfsFlags::Flags
        FlagReasonsRole,             // QStringList
        ResolvedTargetRole,          // QByteArray: a link's target taken inside the root
        IsDirectoryRole,             // bool
        ErrorRole,                   // QString: why a directory could not be listed
        ModeRole,                    // int, st_mode
        SizeRole,                    // qint64
    };

    explicit RootfsModel(QObject *parent = nullptr);
    ~RootfsModel() override;

    // Shows the tree at rootDirectory; empty shows nothing. Resets the model.
    void setRootDirectory(const QString &rootDirectory, const UserNamespaceMap &map = UserNamespaceMap());
    QString rootDirectory() const { return m_rootDirectory; }
    const UserNamespaceMap &userNamespaceMap() const { return m_map; }
    // Why the root could not be opened; empty when it could.
    QString errorString() const { return m_error; }
    // The entry at path, listing the directories on the way now; invalid
    // when there is none.
    QModelIndex indexOfPath(const QByteArray &path);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The title of a column, for this model's header and the container's view.
    static QString columnTitle(int column);
    // "0 (root)", or the number alone when the root filesystem names it not.
    static QString idText(quint32 id, const QString &name);
    // "bin/busybox" for links, "4:1" for devices; empty for the rest.
    static QString targetText(const RootfsEntry &entry);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    // Lists the directory at parent now, unless it was listed.
    void populate(const QModelIndex &parent);
    QModelIndex indexOf(const Node *node, int column = 0) const;

    QString m_rootDirectory;
    QString m_error;
    UserNamespaceMap m_map;
    IdNames m_users;
    IdNames m_groups;
    std::unique_ptr<RootfsReader> m_reader;
    std::unique_ptr<Node> m_root;
    // Counts resets, so that a listing queued before one is dropped.
    quint64 m_generation = 0;
};
