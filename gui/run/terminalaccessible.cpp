// SPDX-License-Identifier: Apache-2.0
#include "terminalaccessible.h"
#include "terminalview.h"

#include "runtime/pseudoterminal.h"

#include <QStringList>

namespace {

QAccessibleInterface *create(const QString &className, QObject *object)
{
    if (className == QLatin1String("TerminalView") && object && object->isWidgetType())
        return new TerminalAccessible(static_cast<TerminalView *>(object));
    return nullptr;
}

} // namespace

TerminalAccessible::TerminalAccessible(TerminalView *view) : QAccessibleWidget(view, QAccessible::Terminal)
{
}

void TerminalAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(&create);
        return true;
    }();
    Q_UNUSED(installed);
}

TerminalView *TerminalAccessible::view() const
{
    return static_cast<TerminalView *>(widget());
}

void *TerminalAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString TerminalAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Value)
        return screenText(view());
    return QAccessibleWidget::text(type);
}

QString TerminalAccessible::screenText(const TerminalView *view, int *cursorOffset)
{
    // Rows down to the last with text, or to the cursor's; the cursor's row
    // reaches its column, so that the cursor has an offset to stand on.
    QStringList rows;
    int last = view->cursorRow();
    for (int row = 0; row < view->rows(); ++row) {
        QString text = view->rowText(row);
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        if (!text.isEmpty())
            last = qMax(last, row);
        rows << text;
    }
    rows.resize(qMin(rows.size(), qsizetype(last) + 1));
    int offset = 0;
    for (int row = 0; row < rows.size(); ++row) {
        if (row == view->cursorRow()) {
            if (rows[row].size() < view->cursorColumn())
                rows[row] = rows[row].leftJustified(view->cursorColumn());
            if (cursorOffset)
                *cursorOffset = offset + view->cursorColumn();
        }
        offset += int(rows[row].size()) + 1;
    }
    return rows.join(QLatin1Char('\n'));
}

void TerminalAccessible::selection(int, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
}

int TerminalAccessible::cursorPosition() const
{
    int offset = 0;
    screenText(view(), &offset);
    return offset;
}

QString TerminalAccessible::text(int startOffset, int endOffset) const
{
    const QString all = screenText(view());
    return all.mid(startOffset, qMax(0, endOffset - startOffset));
}

int TerminalAccessible::characterCount() const
{
    return int(screenText(view()).size());
}

bool TerminalAccessible::cellAt(int offset, int *row, int *column) const
{
    const QStringList rows = screenText(view()).split(QLatin1Char('\n'));
    for (int r = 0; r < rows.size(); ++r) {
        if (offset <= rows.at(r).size()) {
            *row = r;
            *column = offset;
            return true;
        }
        offset -= int(rows.at(r).size()) + 1;
    }
    return false;
}

QRect TerminalAccessible::characterRect(int offset) const
{
    int row = 0;
    int column = 0;
    if (!cellAt(offset, &row, &column))
        return QRect();
    const QRect cell = view()->cellRect(row, column);
    return QRect(view()->mapToGlobal(cell.topLeft()), cell.size());
}

int TerminalAccessible::offsetAtPoint(const QPoint &point) const
{
    const QPoint local = view()->mapFromGlobal(point);
    const QRect first = view()->cellRect(0, 0);
    const int row = local.y() / qMax(1, first.height());
    const int column = local.x() / qMax(1, first.width());
    const QStringList rows = screenText(view()).split(QLatin1Char('\n'));
    if (row < 0 || row >= rows.size() || column < 0 || column > rows.at(row).size())
        return -1;
    int offset = column;
    for (int r = 0; r < row; ++r)
        offset += int(rows.at(r).size()) + 1;
    return offset;
}

QString TerminalAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    // No text attributes: colours and bold stay on screen.
    *startOffset = *endOffset = offset;
    return QString();
}
