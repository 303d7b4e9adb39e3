// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAccessibleWidget>

class IdMapDiagram;

// What a screen reader learns of an IdMapDiagram: its mappings as sentences
// ("Container IDs 0–65535 map to host IDs 100000–165535."), as its
// description and value. The diagram is drawn, so this is its only text.
class IdMapDiagramAccessible : public QAccessibleWidget
{
public:
    explicit IdMapDiagramAccessible(IdMapDiagram *diagram);

    // Makes QAccessible create one for every IdMapDiagram; called by the diagram.
    static void installFactory();

    QString text(QAccessible::Text type) const override;
};
