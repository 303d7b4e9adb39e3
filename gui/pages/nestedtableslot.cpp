#include "nestedtableslot.h"

#include "editors/arraytableeditor.h"

#include <QAbstractButton>
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
    // New widgets join the end of the window's focus chain; remember where
    // the old table sat so the new one can take its place.
    QWidget *before = m_editor ? m_editor->previousInFocusChain() : nullptr;
    const bool hadFocus = m_editor && m_editor->isAncestorOf(focusWidget());
    delete m_editor;

    m_editor = m_factory(element, this);
    layout()->addWidget(m_editor);
    if (before) {
        QWidget *previous = before;
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
