// SPDX-License-Identifier: Apache-2.0
#include "flaggedfiltermodel.h"

#include "inspect/rootfsmodel.h"

FlaggedFilterModel::FlaggedFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // A folder stays while anything below it is accepted.
    setRecursiveFilteringEnabled(true);
}

void FlaggedFilterModel::setOnlyFlagged(bool only)
{
    if (only == m_onlyFlagged)
        return;
    m_onlyFlagged = only;
    invalidateRowsFilter();
}

bool FlaggedFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyFlagged)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(RootfsModel::FlagsRole).toInt() != 0;
}
