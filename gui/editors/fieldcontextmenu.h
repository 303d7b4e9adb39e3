// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QCoreApplication>

class QMenu;
class QPoint;
class QWidget;
class SpecDocument;

// The context menu of a field on a tab: the widget's own actions (cut, copy,
// paste for a text field), then Copy Pointer and Copy Value as JSON, which
// `oci-bundle-editor get` and `set` take as they are.
class FieldContextMenu
{
    Q_DECLARE_TR_FUNCTIONS(FieldContextMenu)

public:
    // A new menu for field, to be deleted by the caller.
    static QMenu *create(QWidget *field, const JsonPointer &pointer, const SpecDocument *document);
    static void exec(QWidget *field, const JsonPointer &pointer, const SpecDocument *document, const QPoint &at);
};
