// SPDX-License-Identifier: Apache-2.0
#include "textfindfield.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QShortcut>

TextFindField::TextFindField(QPlainTextEdit *text, QWidget *scope, QWidget *parent) : QLineEdit(parent), m_text(text)
{
    setClearButtonEnabled(true);
    hide();
    auto shortcut = new QShortcut(QKeySequence::Find, scope, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] {
        show();
        setFocus(Qt::ShortcutFocusReason);
        selectAll();
    });
}

bool TextFindField::find(bool backward)
{
    if (text().isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_text->find(text(), flags))
        return true;
    // Wrap round once.
    QTextCursor cursor = m_text->textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_text->setTextCursor(cursor);
    return m_text->find(text(), flags);
}

void TextFindField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        find(event->modifiers().testFlag(Qt::ShiftModifier));
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_text->setFocus(Qt::OtherFocusReason);
        return;
    }
    QLineEdit::keyPressEvent(event);
}
