// SPDX-License-Identifier: Apache-2.0
#include "choicedelegate.h"

#include <QComboBox>

ChoiceDelegate::ChoiceDelegate(const QStringList &values, QObject *parent)
    : FindingMarkDelegate(parent), m_values(values)
{ }

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    box->addItems(m_values);
    return box;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = qobject_cast<QComboBox *>(editor);
    if (!box)
        return;
    const QString current = index.data(Qt::EditRole).toString();
    if (box->findText(current) < 0)
        box->addItem(current);
    box->setCurrentIndex(box->findText(current));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        model->setData(index, box->currentText(), Qt::EditRole);
}
