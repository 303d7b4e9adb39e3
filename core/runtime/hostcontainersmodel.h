// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "hostcontainer.h"

#include <QAbstractTableModel>

// Every container of this machine, one row per container of each state
// root, filled root by root as HostContainerScan lists them.
class HostContainersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StatusColumn,
        PidColumn,
        CreatedColumn,
        RuntimeColumn,
        ManagerColumn,
        OwnerColumn,
        StateRootColumn,
        BundleColumn,
        ColumnCount
    };
    enum Role { StatusRole = Qt::UserRole + 1, RuntimeRole };

    explicit HostContainersModel(QObject *parent = nullptr);

    // Replaces the rows of root; rows are matched by root and ID so that a
    // selection survives a refresh.
    void setRootContainers(const StateRoot &root, const QList<ContainerState> &containers);
    // Drops the rows of every root not in roots (a root that went away).
    void keepRoots(const QList<StateRoot> &roots);
    HostContainer container(int row) const { return m_rows.value(row); }
    QList<HostContainer> containers() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void removeRow(int row);

    QList<HostContainer> m_rows;
};
