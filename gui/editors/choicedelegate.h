// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include "findingmarkdelegate.h"

// Edits a table cell with a combo box of fixed values (device type c/b/u/p,
// seccomp action). The cell's text is written back as is; a value the file
// already holds stays selectable even when it is not in the list.
class ChoiceDelegate : public FindingMarkDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(const QStringList &values, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_values;
};
