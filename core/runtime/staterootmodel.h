// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "containerstate.h"

#include <QAbstractTableModel>

// The containers of one runtime state directory, as "runc list" shows them.
class StateRootModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, StatusColumn, PidColumn, CreatedColumn, BundleColumn, OwnerColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 };

    explicit StateRootModel(QObject *parent = nullptr);

    // Replaces the list; rows are matched by ID so that a selection survives.
    void setContainers(const QList<ContainerState> &containers);
    QList<ContainerState> containers() const { return m_containers; }
    ContainerState container(int row) const { return m_containers.value(row); }
    QStringList idsWithStatus(ContainerState::Status status) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ContainerState> m_containers;
};
