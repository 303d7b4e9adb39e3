#pragma once

// Small helpers shared by the editor page tests.

#include "json/specdocument.h"

#include <QAbstractButton>
#include <QTest>
#include <QWidget>

namespace PageTesting {

// The button of a widget tree with exactly this text ("&Add").
inline QAbstractButton *button(QWidget *root, const QString &text)
{
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *candidate : buttons) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

// The value at pointer as compact JSON text, or "absent".
inline QByteArray valueText(const SpecDocument &document, const char *pointer)
{
    const Json *value = document.value(JsonPointer(pointer));
    return value ? QByteArray::fromStdString(value->dump()) : QByteArrayLiteral("absent");
}

// Undoes the last edit and checks that exactly the original text is back.
inline bool undoRestores(SpecDocument &document, const QByteArray &original)
{
    if (!document.undoStack()->canUndo())
        return false;
    document.undoStack()->undo();
    return document.toJson() == original;
}

} // namespace PageTesting
