// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ArrayTableModel;
class FieldBinder;
class QAbstractItemView;
class QWidget;

// Binds a detail editor to the element shown in the current row of a table
// ("/mounts/<row>/..."). FieldBinder binds fixed pointers, so every change of
// the current row (selection, insertion above it, undo) rebuilds the bindings
// with a fresh FieldBinder. Without a current row the detail is disabled and
// bound to a pointer that names nothing. The binding lives as long as the view.
class CurrentRowBinding : public QObject
{
    Q_OBJECT

public:
    // Called with the binder to use and the pointer of the current element.
    using Rebind = std::function<void(FieldBinder *binder, const JsonPointer &element)>;

    CurrentRowBinding(ArrayTableModel *model, QAbstractItemView *view, QWidget *detail);

    void addRebind(Rebind rebind);
    int row() const { return m_row; }
    JsonPointer elementPointer() const;
    FieldBinder *binder() const { return m_binder; }

Q_SIGNALS:
    void fieldFocused(const JsonPointer &pointer);
    void rowChanged(int row);

private:
    void follow();
    void rebind();

    ArrayTableModel *m_model;
    QAbstractItemView *m_view;
    QPointer<QWidget> m_detail;
    QList<Rebind> m_rebinds;
    FieldBinder *m_binder = nullptr;
    int m_row = -2; // never a real row, so the first follow() binds
};
