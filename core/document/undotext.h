// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "json.h"

#include <QCoreApplication>
#include <QString>

// The undo texts of edits that name one field, for every editor alike: the
// form fields, the JSON tree and the document's own default texts. A field
// is named by its catalogue title when the catalogue knows it ("Set Working
// directory"), else by its pointer ("Set /x-vendor/level"). Each text is
// one translatable sentence, so a translation may order its words freely.
class UndoText
{
    Q_DECLARE_TR_FUNCTIONS(UndoText)

public:
    // "Working directory" for /process/cwd, "/x-vendor/level" for a field
    // the catalogue does not describe.
    static QString fieldName(const JsonPointer &pointer);

    static QString set(const JsonPointer &pointer);
    static QString clear(const JsonPointer &pointer);
    static QString addTo(const JsonPointer &container);
    static QString remove(const JsonPointer &pointer);
    static QString moveIn(const JsonPointer &container);
};
