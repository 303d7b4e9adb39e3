// SPDX-License-Identifier: Apache-2.0
#include "undotext.h"

#include "ocispec/speccatalogue.h"

QString UndoText::fieldName(const JsonPointer &pointer)
{
    if (const FieldInfo *field = SpecCatalogue::instance().lookup(pointer)) {
        const QString title = SpecCatalogue::title(*field);
        if (!title.isEmpty())
            return title;
    }
    return pointer.empty() ? QStringLiteral("/") : JsonUtil::pointerString(pointer);
}

QString UndoText::set(const JsonPointer &pointer)
{
    return tr("Set %1").arg(fieldName(pointer));
}

QString UndoText::clear(const JsonPointer &pointer)
{
    return tr("Clear %1").arg(fieldName(pointer));
}

QString UndoText::addTo(const JsonPointer &container)
{
    return tr("Add to %1").arg(fieldName(container));
}

QString UndoText::remove(const JsonPointer &pointer)
{
    return tr("Remove %1").arg(fieldName(pointer));
}

QString UndoText::moveIn(const JsonPointer &container)
{
    return tr("Move in %1").arg(fieldName(container));
}
