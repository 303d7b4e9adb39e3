// SPDX-License-Identifier: Apache-2.0
#include "staterootmodel.h"

#include <algorithm>

StateRootModel::StateRootModel(QObject *parent) : QAbstractTableModel(parent) { }

void StateRootModel::setContainers(const QList<ContainerState> &containers)
{
    const auto find = [](const QList<ContainerState> &list, const QString &id) {
        return std::find_if(list.cbegin(), list.cend(), [&id](const ContainerState &state) { return state.id == id; });
    };
    for (qsizetype row = m_containers.size() - 1; row >= 0; --row) {
        if (find(containers, m_containers.at(row).id) == containers.cend()) {
            beginRemoveRows(QModelIndex(), int(row), int(row));
            m_containers.removeAt(row);
            endRemoveRows();
        }
    }
    for (const ContainerState &state : containers) {
        const auto it = find(m_containers, state.id);
        if (it == m_containers.cend()) {
            const int row = int(m_containers.size());
            beginInsertRows(QModelIndex(), row, row);
            m_containers.append(state);
            endInsertRows();
        } else if (*it != state) {
            const int row = int(it - m_containers.cbegin());
            m_containers[row] = state;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

QStringList StateRootModel::idsWithStatus(ContainerState::Status status) const
{
    QStringList ids;
    for (const ContainerState &state : m_containers) {
        if (state.status == status)
            ids << state.id;
    }
    return ids;
}

int StateRootModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_containers.size());
}

int StateRootModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StateRootModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ContainerState &state = m_containers.at(index.row());
    if (role == StatusRole)
        return int(state.status);
    if (role == Qt::ToolTipRole && index.column() == BundleColumn)
        return state.bundle;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(index.column())) {
    case IdColumn: return state.id;
    case StatusColumn: return ContainerState::statusName(state.status);
    case PidColumn: return state.pid > 0 ? QVariant(state.pid) : QVariant();
    case CreatedColumn: return state.created.isValid() ? state.created.toLocalTime().toString(Qt::ISODate) : QString();
    case BundleColumn: return state.bundle;
    case OwnerColumn: return state.owner;
    case ColumnCount: break;
    }
    return QVariant();
}

QVariant StateRootModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case IdColumn: return tr("ID");
    case StatusColumn: return tr("Status");
    case PidColumn: return tr("PID");
    case CreatedColumn: return tr("Created");
    case BundleColumn: return tr("Bundle");
    case OwnerColumn: return tr("Owner");
    case ColumnCount: break;
    }
    return QVariant();
}
