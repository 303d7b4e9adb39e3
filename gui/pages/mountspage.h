// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/editorpage.h"

class ArrayTableEditor;
class ArrayTableModel;
class CurrentRowBinding;
class MountOptionsEditor;
class NestedTableSlot;

// The Mounts tab: the mounts list as a table, and below it an editor for the
// current mount (fields, option flags, ID mappings of an idmapped mount).
class MountsPage : public EditorPage
{
    Q_OBJECT

public:
    MountsPage(SpecDocument *document, QWidget *parent = nullptr);

    QString title() const override;
    QList<JsonPointer> coveredPointers() const override;

    ArrayTableEditor *table() const { return m_table; }
    MountOptionsEditor *optionsEditor() const { return m_options; }
    NestedTableSlot *uidMappings() const { return m_uidMappings; }
    NestedTableSlot *gidMappings() const { return m_gidMappings; }

private:
    QWidget *createDetail();

    ArrayTableModel *m_model;
    ArrayTableEditor *m_table;
    CurrentRowBinding *m_current = nullptr;
    MountOptionsEditor *m_options = nullptr;
    NestedTableSlot *m_uidMappings = nullptr;
    NestedTableSlot *m_gidMappings = nullptr;
};
