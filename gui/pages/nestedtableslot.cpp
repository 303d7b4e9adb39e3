#include "nestedtableslot.h"

#include "editors/arraytableeditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTableView>
#include <QVBoxLayout>

NestedTableSlot::NestedTableSlot(Factory factory, QWidget *parent)
    : QWidget(parent), m_factory(std::move(factory))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void NestedTableSlot::showElement(const JsonPointer &element)
{
    const bool hadFocus = m_editor && m_editor->isAncestorOf(QApplication::focusWidget());
    delete m_editor;
    m_editor = m_factory(element, this);
    layout()->addWidget(m_editor);

    // New widgets join the end of the window's focus chain; move the table
    // and its buttons behind the field that precedes this slot.
    QWidget *anchor = previousInFocusChain();
    while (anchor && anchor != window() && (isAncestorOf(anchor) || !(anchor->focusPolicy() & Qt::TabFocus)))
        anchor = anchor->previousInFocusChain();
    if (anchor && anchor != window()) {
        QWidget *previous = anchor;
        QList<QWidget *> chain{m_editor->view()};
        for (QAbstractButton *button : m_editor->findChildren<QAbstractButton *>()) {
            if (button->focusPolicy() & Qt::TabFocus)
                chain.append(button);
        }
        for (QWidget *widget : std::as_const(chain)) {
            QWidget::setTabOrder(previous, widget);
            previous = widget;
        }
    }
    if (hadFocus)
        m_editor->view()->setFocus();
}
