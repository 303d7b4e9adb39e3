// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>

// The root filesystem tree, or only its entries worth a look and the
// folders that lead to them.
class FlaggedFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FlaggedFilterModel(QObject *parent = nullptr);

    bool onlyFlagged() const { return m_onlyFlagged; }
    void setOnlyFlagged(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyFlagged = false;
};
