// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPalette>

#include <cmath>

// High-contrast palettes, black on white and white on black, after the
// Windows "High Contrast White" and "High Contrast #1" themes, and WCAG's
// contrast ratio to hold colours against them. Header only: obe_testsupport
// stays without Gui widgets.
namespace HighContrast {

enum class Polarity { BlackOnWhite, WhiteOnBlack };

inline QPalette palette(Polarity polarity)
{
    const bool white = polarity == Polarity::BlackOnWhite;
    const QColor background = white ? Qt::white : Qt::black;
    const QColor text = white ? Qt::black : Qt::white;
    const QColor highlight = white ? QColor(0x37, 0x00, 0x6e) : QColor(0x1a, 0xeb, 0xff);
    const QColor highlightedText = white ? Qt::white : Qt::black;
    const QColor link = white ? QColor(0x00, 0x00, 0x9f) : QColor(0xff, 0xff, 0x00);
    const QColor visited = white ? QColor(0x54, 0x00, 0x54) : QColor(0xff, 0x80, 0xff);
    const QColor grayText = white ? QColor(0x60, 0x00, 0x00) : QColor(0x3f, 0xf2, 0x3f);
    QPalette p(text, background, text, text, text, text, text, background, background);
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, background);
    p.setColor(QPalette::AlternateBase, background);
    p.setColor(QPalette::ToolTipBase, background);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, background);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, text);
    p.setColor(QPalette::PlaceholderText, grayText);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlightedText);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, visited);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, grayText);
    return p;
}

// WCAG 2's relative luminance and contrast ratio (1 to 21).
inline double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

inline double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

// WCAG's minimum for text and for graphics that carry meaning.
constexpr double TextRatio = 4.5;
constexpr double GraphicsRatio = 3.0;

} // namespace HighContrast
