// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

#include <vterm.h>

class PseudoTerminal;

// A terminal drawn from libvterm's screen model: the container's PTY output
// goes into libvterm, typed keys come out of libvterm as the byte sequences
// a terminal sends, and the widget's size in character cells is the PTY's.
class TerminalView : public QWidget
{
    Q_OBJECT

public:
    explicit TerminalView(QWidget *parent = nullptr);
    ~TerminalView() override;

    // Not owned; the view detaches when the terminal goes away.
    void setTerminal(PseudoTerminal *terminal);
    PseudoTerminal *terminal() const { return m_terminal; }

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    // The visible text, rows joined by newlines, trailing blanks removed.
    QString screenText() const;
    // One row's text as libvterm has it.
    QString rowText(int row) const;
    int cursorRow() const { return m_cursor.row; }
    int cursorColumn() const { return m_cursor.col; }
    // Where a cell is drawn, in the view's coordinates.
    QRect cellRect(int row, int column) const;
    // The colour libvterm gives the cell (foreground), for checks and copy.
    QColor foregroundAt(int row, int column) const;

    // Output of the program, as the PTY delivered it.
    void feed(const QByteArray &data);
    void clear();

    QSize sizeHint() const override;

Q_SIGNALS:
    void sizeChanged(int rows, int columns);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    static int onDamage(VTermRect rect, void *user);
    static int onMoveCursor(VTermPos pos, VTermPos oldPos, int visible, void *user);
    static void onOutput(const char *bytes, size_t length, void *user);

    QColor toQColor(VTermColor color, bool foreground) const;
    // Tells assistive technology what changed on the screen (TerminalAccessible).
    void announceScreen();
    void updateGeometryFromSize();

    VTerm *m_vterm = nullptr;
    VTermScreen *m_screen = nullptr;
    QPointer<PseudoTerminal> m_terminal;
    QSize m_cell;
    int m_rows = 24;
    int m_columns = 80;
    VTermPos m_cursor = {0, 0};
    bool m_cursorVisible = true;
    // The screen text and cursor assistive technology was last told of.
    QString m_announcedText;
    int m_announcedCursor = 0;
};
