// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProxyStyle>

// Qt 6.4's Fusion draws an unticked check box in a dark palette as a dark
// square with a frame darker than the window, so in table cells it all but
// disappears; the frames of fields, lists and text areas do the same. This
// style draws them as the base style does and, in dark palettes, a frame in
// the text color over them. Everything else is the base style's.
class IndicatorContrastStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Wraps base (owned), or the application's default style when null.
    explicit IndicatorContrastStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    static bool isDark(const QPalette &palette);
};
