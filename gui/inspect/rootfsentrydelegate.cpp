// SPDX-License-Identifier: Apache-2.0
#include "rootfsentrydelegate.h"

#include "editors/findingmarks.h"
#include "inspect/rootfsmodel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QStyle>

#include <sys/stat.h>

namespace {

QStyle::StandardPixmap iconOf(quint32 mode)
{
    if (S_ISDIR(mode))
        return QStyle::SP_DirIcon;
    if (S_ISLNK(mode))
        return QStyle::SP_FileLinkIcon;
    if (S_ISREG(mode))
        return QStyle::SP_FileIcon;
    return QStyle::SP_DriveHDIcon; // devices, FIFOs, sockets
}

} // namespace

void RootfsEntryDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    if (index.column() == RootfsModel::NameColumn) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = style->standardIcon(iconOf(quint32(index.data(RootfsModel::ModeRole).toInt())));
        option->decorationSize = QSize(16, 16);
    }
    if (index.column() == RootfsModel::ModeColumn)
        option->font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const bool flagged = index.data(RootfsModel::FlagsRole).toInt() != 0;
    if (flagged && (index.column() == RootfsModel::NameColumn || index.column() == RootfsModel::FlagsColumn))
        option->palette.setColor(QPalette::Text, FindingMarks::textColor(Finding::Severity::Warning, option->palette));
}
