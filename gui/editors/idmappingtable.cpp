// SPDX-License-Identifier: Apache-2.0
#include "idmappingtable.h"

#include <QHeaderView>
#include <QTableView>

IdMappingTable::IdMappingTable(SpecDocument *document, const JsonPointer &mappings, const QString &itemName,
                               QWidget *parent)
    : ArrayTableEditor(new ArrayTableModel(document, mappings,
                                           {{tr("Container ID"), "containerID", ArrayTableModel::Kind::Integer},
                                            {tr("Host ID"), "hostID", ArrayTableModel::Kind::Integer},
                                            {tr("Size"), "size", ArrayTableModel::Kind::Integer}}),
                       parent)
{
    model()->setParent(this);
    model()->setItemName(itemName);
    // One ID mapped to the same ID on the host: the smallest valid mapping.
    setNewElement([] { return Json::object({{"containerID", 0}, {"hostID", 0}, {"size", 1}}); });
    view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}
