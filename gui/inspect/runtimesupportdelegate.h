// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

// Colours a Runtime support cell by its verdict, from the palette: the
// finding colours for unsupported and caution, the placeholder colour for
// unknown. The cell's text says the verdict too, so colour is never alone.
class RuntimeSupportDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
