// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/editorpage.h"

class IdMapDiagram;
class IdMappingTable;
class QLabel;

// The ID mappings tab: the user namespace's UID and GID mapping tables, each
// with a drawing of container ranges onto host ranges.
class IdMappingsPage : public EditorPage
{
    Q_OBJECT

public:
    IdMappingsPage(SpecDocument *document, QWidget *parent = nullptr);

    QString title() const override;
    QList<JsonPointer> coveredPointers() const override;

    IdMappingTable *uidTable() const { return m_uidTable; }
    IdMappingTable *gidTable() const { return m_gidTable; }
    IdMapDiagram *uidDiagram() const { return m_uidDiagram; }
    IdMapDiagram *gidDiagram() const { return m_gidDiagram; }
    QLabel *userNamespaceNote() const { return m_note; }

private:
    QWidget *createGroup(const QString &title, IdMappingTable *table, IdMapDiagram *diagram);
    void updateNote();

    IdMappingTable *m_uidTable;
    IdMappingTable *m_gidTable;
    IdMapDiagram *m_uidDiagram;
    IdMapDiagram *m_gidDiagram;
    QLabel *m_note;
};
