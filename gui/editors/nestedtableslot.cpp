// SPDX-License-Identifier: Apache-2.0
#include "nestedtableslot.h"

#include "editors/arraytableeditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTableView>
#include <QVBoxLayout>

NestedTableSlot::NestedTableSlot(Factory factory, QWidget *parent) : QWidget(parent), m_factory(std::move(factory))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QList<QWidget *> NestedTableSlot::tabStops() const
{
    QList<QWidget *> stops;
    if (!m_editor)
        return stops;
    stops << m_editor->view();
    for (QAbstractButton *button : m_editor->findChildren<QAbstractButton *>()) {
        if (button->focusPolicy() & Qt::TabFocus)
            stops << button;
    }
    return stops;
}

QWidget *NestedTableSlot::lastTabStop() const
{
    const QList<QWidget *> stops = tabStops();
    return stops.isEmpty() ? nullptr : stops.last();
}

void NestedTableSlot::showElement(const JsonPointer &element)
{
    const bool hadFocus = m_editor && m_editor->isAncestorOf(QApplication::focusWidget());
    delete m_editor;
    m_editor = m_factory(element, this);
    layout()->addWidget(m_editor);
    m_editor->show(); // at once, not when the event loop gets to it

    if (QWidget *previous = m_predecessor ? m_predecessor() : nullptr) {
        const QList<QWidget *> stops = tabStops();
        for (QWidget *widget : stops) {
            QWidget::setTabOrder(previous, widget);
            previous = widget;
        }
    }
    if (hadFocus)
        m_editor->view()->setFocus();
}
