// SPDX-License-Identifier: Apache-2.0
#include "hostcontainersmodel.h"

#include <algorithm>

HostContainersModel::HostContainersModel(QObject *parent) : QAbstractTableModel(parent) { }

void HostContainersModel::removeRow(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void HostContainersModel::setRootContainers(const StateRoot &root, const QList<ContainerState> &containers)
{
    const auto listed = [&containers](const QString &id) {
        return std::any_of(containers.cbegin(), containers.cend(),
                           [&id](const ContainerState &state) { return state.id == id; });
    };
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        const HostContainer &known = m_rows.at(row);
        if (known.root.path == root.path && !listed(known.state.id))
            removeRow(int(row));
    }
    for (const ContainerState &state : containers) {
        const HostContainer container{root, state};
        const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const HostContainer &known) {
            return known.root.path == root.path && known.state.id == state.id;
        });
        if (it == m_rows.cend()) {
            const int row = int(m_rows.size());
            beginInsertRows(QModelIndex(), row, row);
            m_rows.append(container);
            endInsertRows();
        } else if (*it != container) {
            const int row = int(it - m_rows.cbegin());
            m_rows[row] = container;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void HostContainersModel::keepRoots(const QList<StateRoot> &roots)
{
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        const QString path = m_rows.at(row).root.path;
        if (std::none_of(roots.cbegin(), roots.cend(), [&path](const StateRoot &root) { return root.path == path; }))
            removeRow(int(row));
    }
}

int HostContainersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HostContainersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostContainersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const HostContainer &container = m_rows.at(index.row());
    const ContainerState &state = container.state;
    if (role == StatusRole)
        return int(state.status);
    if (role == RuntimeRole)
        return container.root.runtime;
    if (role == Qt::ToolTipRole && (index.column() == BundleColumn || index.column() == StateRootColumn))
        return index.data(Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(index.column())) {
    case IdColumn: return state.id;
    case StatusColumn: return ContainerState::statusName(state.status);
    case PidColumn: return state.pid > 0 ? QVariant(state.pid) : QVariant();
    case CreatedColumn: return state.created.isValid() ? state.created.toLocalTime().toString(Qt::ISODate) : QString();
    case RuntimeColumn: return container.root.runtime;
    case ManagerColumn: return container.managerName();
    case OwnerColumn: return state.owner;
    case StateRootColumn: return container.root.path;
    case BundleColumn: return state.bundle;
    case ColumnCount: break;
    }
    return QVariant();
}

QVariant HostContainersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case IdColumn: return tr("ID");
    case StatusColumn: return tr("Status");
    case PidColumn: return tr("PID");
    case CreatedColumn: return tr("Created");
    case RuntimeColumn: return tr("Runtime");
    case ManagerColumn: return tr("Managed by");
    case OwnerColumn: return tr("Owner");
    case StateRootColumn: return tr("State root");
    case BundleColumn: return tr("Bundle");
    case ColumnCount: break;
    }
    return QVariant();
}
