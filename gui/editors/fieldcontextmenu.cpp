// SPDX-License-Identifier: Apache-2.0
#include "fieldcontextmenu.h"

#include "document/specdocument.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>

QMenu *FieldContextMenu::create(QWidget *field, const JsonPointer &pointer, const SpecDocument *document)
{
    auto *edit = qobject_cast<QLineEdit *>(field);
    QMenu *menu = edit ? edit->createStandardContextMenu() : new QMenu(field);
    if (!menu->isEmpty())
        menu->addSeparator();
    const QString pointerText = JsonUtil::pointerString(pointer);
    QAction *copyPointer = menu->addAction(tr("Copy Pointer"));
    copyPointer->setObjectName(QStringLiteral("copyPointerAction"));
    copyPointer->setToolTip(pointerText);
    QObject::connect(copyPointer, &QAction::triggered, menu,
                     [pointerText] { QGuiApplication::clipboard()->setText(pointerText); });
    QAction *copyValue = menu->addAction(tr("Copy Value as JSON"));
    copyValue->setObjectName(QStringLiteral("copyValueAction"));
    const Json *value = document ? document->value(pointer) : nullptr;
    // An absent member has no value to copy; the field shows its default.
    copyValue->setEnabled(value != nullptr);
    if (value) {
        const QString text = QString::fromStdString(value->dump());
        QObject::connect(copyValue, &QAction::triggered, menu, [text] { QGuiApplication::clipboard()->setText(text); });
    }
    return menu;
}

void FieldContextMenu::exec(QWidget *field, const JsonPointer &pointer, const SpecDocument *document, const QPoint &at)
{
    QMenu *menu = create(field, pointer, document);
    menu->exec(at);
    delete menu;
}
