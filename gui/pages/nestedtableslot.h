#pragma once

#include "json/json.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ArrayTableEditor;
class SpecDocument;

// Holds the table of a list inside the current element of another table (the
// uidMappings of the selected mount, the args of the selected hook).
// ArrayTableModel watches one fixed list, so the table is rebuilt whenever
// the element changes; the new table takes the old one's place in the tab
// order.
class NestedTableSlot : public QWidget
{
    Q_OBJECT

public:
    // Makes the editor for the list below element.
    using Factory = std::function<ArrayTableEditor *(const JsonPointer &element, QWidget *parent)>;

    NestedTableSlot(Factory factory, QWidget *parent = nullptr);

    void showElement(const JsonPointer &element);
    ArrayTableEditor *editor() const { return m_editor; }

private:
    Factory m_factory;
    QPointer<ArrayTableEditor> m_editor;
};
