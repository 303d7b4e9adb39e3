// SPDX-License-Identifier: Apache-2.0
#include "indicatorcontraststyle.h"

#include <QPainter>
#include <QStyleOption>

IndicatorContrastStyle::IndicatorContrastStyle(QStyle *base) : QProxyStyle(base) { }

bool IndicatorContrastStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void IndicatorContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                           const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool checkIndicator = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    // Fields, lists and text areas: Fusion's outline is the window colour
    // darkened, which on a black (high-contrast) window is black, so a
    // field could not be told from the background.
    const bool fieldFrame = element == PE_FrameLineEdit || element == PE_Frame;
    if (!(checkIndicator || fieldFrame) || !isDark(option->palette))
        return;
    QRectF frame = option->rect;
    if (checkIndicator) {
        // Fusion draws the indicator in a square centred in option->rect.
        const int side = qMin(option->rect.width(), option->rect.height());
        frame = QRectF(0, 0, side, side);
        frame.moveCenter(QRectF(option->rect).center());
    }
    QColor color = option->palette.color(QPalette::Text);
    color.setAlphaF(option->state & State_Enabled ? 0.55f : 0.25f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(color, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(frame.adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}
