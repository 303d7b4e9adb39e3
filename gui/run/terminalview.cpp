// SPDX-License-Identifier: Apache-2.0
#include "terminalview.h"
#include "terminalaccessible.h"

#include "runtime/pseudoterminal.h"

#include <QAccessible>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>

namespace {

VTermKey vtermKey(int key)
{
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter: return VTERM_KEY_ENTER;
    case Qt::Key_Tab: return VTERM_KEY_TAB;
    case Qt::Key_Backspace: return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape: return VTERM_KEY_ESCAPE;
    case Qt::Key_Up: return VTERM_KEY_UP;
    case Qt::Key_Down: return VTERM_KEY_DOWN;
    case Qt::Key_Left: return VTERM_KEY_LEFT;
    case Qt::Key_Right: return VTERM_KEY_RIGHT;
    case Qt::Key_Insert: return VTERM_KEY_INS;
    case Qt::Key_Delete: return VTERM_KEY_DEL;
    case Qt::Key_Home: return VTERM_KEY_HOME;
    case Qt::Key_End: return VTERM_KEY_END;
    case Qt::Key_PageUp: return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown: return VTERM_KEY_PAGEDOWN;
    default: break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return VTermKey(VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1));
    return VTERM_KEY_NONE;
}

VTermModifier vtermModifiers(Qt::KeyboardModifiers modifiers)
{
    int result = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier)
        result |= VTERM_MOD_SHIFT;
    if (modifiers & Qt::AltModifier)
        result |= VTERM_MOD_ALT;
    if (modifiers & Qt::ControlModifier)
        result |= VTERM_MOD_CTRL;
    return VTermModifier(result);
}

} // namespace

TerminalView::TerminalView(QWidget *parent) : QWidget(parent)
{
    m_vterm = vterm_new(m_rows, m_columns);
    m_screen = vterm_obtain_screen(m_vterm);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    TerminalAccessible::installFactory();
    setAccessibleName(tr("Terminal"));
    // Tab is the shell's (completion); say how the keyboard gets out again.
    setToolTip(tr("The container's terminal: keys go to the program inside. Ctrl+Tab and Ctrl+Shift+Tab move the "
                  "focus out."));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics metrics(font());
    m_cell = QSize(qMax(1, metrics.horizontalAdvance(QLatin1Char('M'))), qMax(1, metrics.height()));

    static VTermScreenCallbacks callbacks = {};
    callbacks.damage = &TerminalView::onDamage;
    callbacks.movecursor = &TerminalView::onMoveCursor;
    vterm_set_utf8(m_vterm, 1);
    vterm_screen_set_callbacks(m_screen, &callbacks, this);
    vterm_output_set_callback(m_vterm, &TerminalView::onOutput, this);
    vterm_screen_enable_altscreen(m_screen, 1);
    vterm_screen_reset(m_screen, 1);
}

TerminalView::~TerminalView()
{
    vterm_free(m_vterm);
}

void TerminalView::setTerminal(PseudoTerminal *terminal)
{
    if (m_terminal)
        m_terminal->disconnect(this);
    m_terminal = terminal;
    if (!m_terminal)
        return;
    connect(m_terminal, &PseudoTerminal::dataReceived, this, &TerminalView::feed);
    // The program inside learns our size at once.
    m_terminal->resize(m_rows, m_columns);
}

void TerminalView::feed(const QByteArray &data)
{
    vterm_input_write(m_vterm, data.constData(), size_t(data.size()));
    vterm_screen_flush_damage(m_screen);
    announceScreen();
}

void TerminalView::clear()
{
    vterm_screen_reset(m_screen, 1);
    update();
    announceScreen();
}

void TerminalView::announceScreen()
{
    // Only when assistive technology listens: the text is a pass over the screen.
    if (!QAccessible::isActive())
        return;
    int cursor = 0;
    const QString text = TerminalAccessible::screenText(this, &cursor);
    if (text != m_announcedText) {
        QAccessibleTextUpdateEvent event(this, 0, m_announcedText, text);
        m_announcedText = text;
        QAccessible::updateAccessibility(&event);
    }
    if (cursor != m_announcedCursor) {
        m_announcedCursor = cursor;
        QAccessibleTextCursorEvent event(this, cursor);
        QAccessible::updateAccessibility(&event);
    }
}

QString TerminalView::rowText(int row) const
{
    VTermRect rect = {row, row + 1, 0, m_columns};
    QByteArray buffer(m_columns * 4 + 4, Qt::Uninitialized);
    const size_t length = vterm_screen_get_text(m_screen, buffer.data(), size_t(buffer.size()), rect);
    return QString::fromUtf8(buffer.constData(), qsizetype(length));
}

QString TerminalView::screenText() const
{
    QStringList lines;
    for (int row = 0; row < m_rows; ++row)
        lines << rowText(row);
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QColor TerminalView::foregroundAt(int row, int column) const
{
    VTermScreenCell cell;
    if (!vterm_screen_get_cell(m_screen, VTermPos{row, column}, &cell))
        return QColor();
    return toQColor(cell.fg, true);
}

QSize TerminalView::sizeHint() const
{
    return QSize(80 * m_cell.width(), 24 * m_cell.height());
}

QColor TerminalView::toQColor(VTermColor color, bool foreground) const
{
    if (foreground && VTERM_COLOR_IS_DEFAULT_FG(&color))
        return palette().color(QPalette::Text);
    if (!foreground && VTERM_COLOR_IS_DEFAULT_BG(&color))
        return palette().color(QPalette::Base);
    vterm_screen_convert_color_to_rgb(m_screen, &color);
    return QColor(color.rgb.red, color.rgb.green, color.rgb.blue);
}

QRect TerminalView::cellRect(int row, int column) const
{
    return QRect(column * m_cell.width(), row * m_cell.height(), m_cell.width(), m_cell.height());
}

void TerminalView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    const int firstRow = qMax(0, event->rect().top() / m_cell.height());
    const int lastRow = qMin(m_rows - 1, event->rect().bottom() / m_cell.height());
    QFont bold = font();
    bold.setBold(true);
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = 0; column < m_columns; ++column) {
            VTermScreenCell cell;
            if (!vterm_screen_get_cell(m_screen, VTermPos{row, column}, &cell))
                continue;
            QColor fg = toQColor(cell.fg, true);
            QColor bg = toQColor(cell.bg, false);
            if (cell.attrs.reverse)
                std::swap(fg, bg);
            const QRect rect = cellRect(row, column);
            const int width = qMax(1, int(cell.width));
            const QRect area(rect.topLeft(), QSize(rect.width() * width, rect.height()));
            if (bg != palette().color(QPalette::Base))
                painter.fillRect(area, bg);
            if (cell.chars[0] == 0)
                continue;
            QString text;
            for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i]; ++i)
                text += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cell.chars[i]), 1);
            painter.setFont(cell.attrs.bold ? bold : font());
            painter.setPen(fg);
            painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, text);
            if (cell.attrs.underline)
                painter.drawLine(area.bottomLeft(), area.bottomRight());
        }
    }
    if (m_cursorVisible && hasFocus()) {
        painter.setCompositionMode(QPainter::RasterOp_SourceXorDestination);
        painter.fillRect(cellRect(m_cursor.row, m_cursor.col), Qt::white);
    } else if (m_cursorVisible) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawRect(cellRect(m_cursor.row, m_cursor.col).adjusted(0, 0, -1, -1));
    }
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateGeometryFromSize();
}

void TerminalView::updateGeometryFromSize()
{
    const int rows = qMax(2, height() / m_cell.height());
    const int columns = qMax(10, width() / m_cell.width());
    if (rows == m_rows && columns == m_columns)
        return;
    m_rows = rows;
    m_columns = columns;
    vterm_set_size(m_vterm, m_rows, m_columns);
    vterm_screen_flush_damage(m_screen);
    // TIOCSWINSZ makes the kernel send SIGWINCH to the program inside.
    if (m_terminal)
        m_terminal->resize(m_rows, m_columns);
    Q_EMIT sizeChanged(m_rows, m_columns);
    update();
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    // Tab goes to the shell, so Ctrl+Tab leaves the terminal: no keyboard trap.
    if ((event->modifiers() & Qt::ControlModifier)
        && (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab)) {
        const bool next = event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier);
        QWidget::focusNextPrevChild(next);
        event->accept();
        return;
    }
    const VTermModifier modifiers = vtermModifiers(event->modifiers());
    const VTermKey key = vtermKey(event->key());
    if (key != VTERM_KEY_NONE) {
        vterm_keyboard_key(m_vterm, key, modifiers);
    } else if ((event->modifiers() & Qt::ControlModifier) && event->key() >= Qt::Key_A && event->key() <= Qt::Key_Z) {
        // libvterm turns Ctrl+letter into the control character.
        vterm_keyboard_unichar(m_vterm, uint32_t('a' + (event->key() - Qt::Key_A)), modifiers);
    } else if (!event->text().isEmpty()) {
        // Shift is already in the text ("A", "!").
        const VTermModifier withoutShift = VTermModifier(modifiers & ~VTERM_MOD_SHIFT);
        for (const char32_t c : event->text().toUcs4())
            vterm_keyboard_unichar(m_vterm, uint32_t(c), withoutShift);
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TerminalView::focusNextPrevChild(bool)
{
    return false; // Tab belongs to the shell (completion), not to focus chains
}

int TerminalView::onDamage(VTermRect rect, void *user)
{
    auto *view = static_cast<TerminalView *>(user);
    view->update(QRect(view->cellRect(rect.start_row, rect.start_col).topLeft(),
                       view->cellRect(rect.end_row - 1, rect.end_col - 1).bottomRight()));
    return 1;
}

int TerminalView::onMoveCursor(VTermPos pos, VTermPos oldPos, int visible, void *user)
{
    auto *view = static_cast<TerminalView *>(user);
    view->m_cursor = pos;
    view->m_cursorVisible = visible;
    view->update(view->cellRect(oldPos.row, oldPos.col));
    view->update(view->cellRect(pos.row, pos.col));
    return 1;
}

void TerminalView::onOutput(const char *bytes, size_t length, void *user)
{
    auto *view = static_cast<TerminalView *>(user);
    if (view->m_terminal)
        view->m_terminal->write(QByteArray(bytes, qsizetype(length)));
}
