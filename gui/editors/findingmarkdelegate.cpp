// SPDX-License-Identifier: Apache-2.0
#include "findingmarkdelegate.h"
#include "findingmarks.h"

#include "document/arraytablemodel.h"

void FindingMarkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant severity = index.data(ArrayTableModel::FindingSeverityRole);
    if (severity.isValid())
        FindingMarks::drawFrame(painter, option.rect, Finding::Severity(severity.toInt()), option.palette);
}
