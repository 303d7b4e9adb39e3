// SPDX-License-Identifier: Apache-2.0
#include "processrlimitvaluedelegate.h"

#include <QLineEdit>

namespace {
const QString kUnlimitedNumber = QString::number(ProcessRlimitValueDelegate::Unlimited);
}

QString ProcessRlimitValueDelegate::toDisplay(const QString &number)
{
    return number == kUnlimitedNumber ? tr("unlimited") : number;
}

QString ProcessRlimitValueDelegate::fromDisplay(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(tr("unlimited"), Qt::CaseInsensitive) == 0
        || trimmed.compare(QLatin1String("unlimited"), Qt::CaseInsensitive) == 0)
        return kUnlimitedNumber;
    return trimmed;
}

QString ProcessRlimitValueDelegate::displayText(const QVariant &value, const QLocale &) const
{
    // No locale grouping: the exact number is what the file holds.
    return toDisplay(value.toString());
}

void ProcessRlimitValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(toDisplay(index.data(Qt::EditRole).toString()));
        edit->setPlaceholderText(tr("a number or \"unlimited\""));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ProcessRlimitValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                              const QModelIndex &index) const
{
    if (auto edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, fromDisplay(edit->text()), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
