// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/arraytableeditor.h"

class SpecDocument;

// A table of one list of ID mappings (containerID, hostID, size), used for
// the user namespace and for idmapped mounts.
class IdMappingTable : public ArrayTableEditor
{
    Q_OBJECT

public:
    IdMappingTable(SpecDocument *document, const JsonPointer &mappings, const QString &itemName,
                   QWidget *parent = nullptr);
};
