// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ArrayTableEditor;
class SpecDocument;

// Holds the table of a list inside the current element of another table (the
// uidMappings of the selected mount, the args of the selected hook).
// ArrayTableModel watches one fixed list, so the table is rebuilt whenever
// the element changes.
class NestedTableSlot : public QWidget
{
    Q_OBJECT

public:
    // Makes the editor for the list below element.
    using Factory = std::function<ArrayTableEditor *(const JsonPointer &element, QWidget *parent)>;

    NestedTableSlot(Factory factory, QWidget *parent = nullptr);

    void showElement(const JsonPointer &element);
    ArrayTableEditor *editor() const { return m_editor; }

    // New widgets join the end of the window's focus chain, so the slot puts
    // each new table behind the widget this function returns (the field
    // above it, or the last button of the slot before it).
    void setTabPredecessor(std::function<QWidget *()> predecessor) { m_predecessor = std::move(predecessor); }
    // The table's last widget that takes Tab focus, for the slot after this one.
    QWidget *lastTabStop() const;

private:
    QList<QWidget *> tabStops() const;

    Factory m_factory;
    std::function<QWidget *()> m_predecessor;
    QPointer<ArrayTableEditor> m_editor;
};
