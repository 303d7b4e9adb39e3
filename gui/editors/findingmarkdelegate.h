// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

// Draws a cell as QStyledItemDelegate does and, when the model reports
// findings for it (ArrayTableModel::FindingSeverityRole), a frame in their
// color. The delegates of the tables' special columns derive from it.
class FindingMarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
