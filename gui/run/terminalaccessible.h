// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAccessibleWidget>

class TerminalView;

// What a screen reader learns of a TerminalView: the visible screen as text,
// one line per row, with the cursor where libvterm has it. The view paints
// cells itself, so without this the terminal would be an empty box to
// assistive technology. Read-only: typing goes through the keyboard.
class TerminalAccessible : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit TerminalAccessible(TerminalView *view);

    // Makes QAccessible create one for every TerminalView; called by the view.
    static void installFactory();

    void *interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text type) const override;

    // QAccessibleTextInterface
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override { return 0; }
    void addSelection(int, int) override {}
    void removeSelection(int) override {}
    void setSelection(int, int, int) override {}
    int cursorPosition() const override;
    void setCursorPosition(int) override {}
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int, int) override {}
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

    // The text as the interface gives it: the screen's rows down to the last
    // one with text or the cursor, and the cursor's offset in it.
    static QString screenText(const TerminalView *view, int *cursorOffset = nullptr);

private:
    TerminalView *view() const;
    // The row and column of offset in screenText(); false when past its end.
    bool cellAt(int offset, int *row, int *column) const;
};
