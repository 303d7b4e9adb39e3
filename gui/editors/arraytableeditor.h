// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/arraytablemodel.h"

#include <QWidget>

#include <functional>

class QTableView;
class QToolButton;

// A table over one list of the document with Add, Remove, Move up and Move
// down buttons; every button is one undoable command. The view is a plain
// QTableView over ArrayTableModel, so 10,000 rows cost no widgets.
class ArrayTableEditor : public QWidget
{
    Q_OBJECT

public:
    ArrayTableEditor(ArrayTableModel *model, QWidget *parent = nullptr);

    ArrayTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // What Add inserts (a new mount, an empty string...).
    void setNewElement(std::function<Json()> factory) { m_newElement = std::move(factory); }
    // Also offer "Add at top" (mounts can be prepended).
    void setPrependEnabled(bool enabled);
    int currentRow() const;

Q_SIGNALS:
    void currentRowChanged(int row);

private:
    void add(bool atTop);
    void removeSelected();
    void moveCurrent(int delta);
    void updateButtons();

    ArrayTableModel *m_model;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_prepend;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    std::function<Json()> m_newElement;
};
