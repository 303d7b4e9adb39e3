// SPDX-License-Identifier: Apache-2.0
#include "contrastcolor.h"

#include <cmath>

namespace ContrastColor {

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

QColor readableOn(const QColor &colour, const QColor &background, double least)
{
    if (ratio(colour, background) >= least)
        return colour;
    // Away from the background: black and white reach at least 4.58:1
    // against any colour, so one of the ends always gets there.
    const bool darker = ratio(Qt::black, background) >= ratio(Qt::white, background);
    const QColor hsl = colour.toHsl();
    for (int step = 1; step <= 20; ++step) {
        const int lightness = darker ? hsl.lightness() * (20 - step) / 20
                                     : hsl.lightness() + (255 - hsl.lightness()) * step / 20;
        const QColor moved = QColor::fromHsl(hsl.hslHue(), hsl.hslSaturation(), lightness, colour.alpha());
        if (ratio(moved, background) >= least)
            return moved;
    }
    return darker ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace ContrastColor
