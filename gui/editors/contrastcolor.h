// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>

// WCAG 2's contrast between two colours, and a colour moved just far enough
// towards black or white to reach a contrast, so that colours a palette
// does not provide (a chart theme's lines) still read on its background,
// high-contrast palettes included.
namespace ContrastColor {

// WCAG's minimum for text and for graphics that carry meaning.
constexpr double TextRatio = 4.5;
constexpr double GraphicsRatio = 3.0;

// From 1 (the same luminance) to 21 (black on white).
double ratio(const QColor &a, const QColor &b);

// colour, or the nearest colour of its hue that reaches least against
// background (darker on light backgrounds, lighter on dark ones).
QColor readableOn(const QColor &colour, const QColor &background, double least);

} // namespace ContrastColor
