// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QPainterPath>

// An icon drawn from a shape in the palette's text colour each time it is
// painted, so that it reads in a light and a dark palette alike, which the
// style's black media icons do not.
class PaletteGlyphIcon
{
public:
    // The shape in a unit square (0..1 on both axes).
    static QIcon fromShape(const QPainterPath &shape);
    // The triangle of a play button.
    static QIcon play();
};
