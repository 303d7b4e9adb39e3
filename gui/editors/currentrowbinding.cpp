// SPDX-License-Identifier: Apache-2.0
#include "currentrowbinding.h"

#include "editors/fieldbinder.h"
#include "document/arraytablemodel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

CurrentRowBinding::CurrentRowBinding(ArrayTableModel *model, QAbstractItemView *view, QWidget *detail)
    : QObject(view), m_model(model), m_view(view), m_detail(detail)
{
    // The current row moves without a currentRowChanged when rows are
    // inserted or moved above it, so every structural change re-checks it.
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CurrentRowBinding::follow);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CurrentRowBinding::follow);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CurrentRowBinding::follow);
    connect(model, &QAbstractItemModel::rowsMoved, this, &CurrentRowBinding::follow);
    connect(model, &QAbstractItemModel::modelReset, this, &CurrentRowBinding::follow);
    connect(model, &QAbstractItemModel::layoutChanged, this, &CurrentRowBinding::follow);
}

void CurrentRowBinding::addRebind(Rebind rebind)
{
    m_rebinds.append(std::move(rebind));
    m_row = -2;
    follow();
}

JsonPointer CurrentRowBinding::elementPointer() const
{
    // "-" names the position after the last element: never an existing value.
    return m_row >= 0 ? m_model->pointerFor(m_row) : m_model->containerPointer() / "-";
}

void CurrentRowBinding::follow()
{
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    if (row == m_row)
        return;
    m_row = row;
    rebind();
    Q_EMIT rowChanged(row);
}

void CurrentRowBinding::rebind()
{
    // The old binder goes at once: a deferred delete would let it write the
    // next keystroke to the previous row. Rows only change on structural
    // edits, never inside one of its own field writes.
    delete m_binder;
    m_binder = new FieldBinder(m_model->document(), this);
    connect(m_binder, &FieldBinder::fieldFocused, this, &CurrentRowBinding::fieldFocused);
    const JsonPointer element = elementPointer();
    for (const Rebind &rebind : std::as_const(m_rebinds))
        rebind(m_binder, element);
    if (m_detail)
        m_detail->setEnabled(m_row >= 0);
}
