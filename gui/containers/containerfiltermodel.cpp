// SPDX-License-Identifier: Apache-2.0
#include "containerfiltermodel.h"

#include "runtime/hostcontainersmodel.h"

ContainerFilterModel::ContainerFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
}

void ContainerFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void ContainerFilterModel::setRuntime(const QString &runtime)
{
    if (runtime == m_runtime)
        return;
    m_runtime = runtime;
    invalidateRowsFilter();
}

void ContainerFilterModel::setStatus(std::optional<ContainerState::Status> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool ContainerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (!m_runtime.isEmpty() && first.data(HostContainersModel::RuntimeRole).toString() != m_runtime)
        return false;
    if (m_status && first.data(HostContainersModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
