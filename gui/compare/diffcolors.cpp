// SPDX-License-Identifier: Apache-2.0
#include "diffcolors.h"

#include <QPalette>

namespace DiffColors {

QColor color(SpecChange::Kind kind, const QPalette &palette)
{
    if (kind == SpecChange::Kind::Moved || kind == SpecChange::Kind::Reordered)
        return palette.color(QPalette::Link);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    // Lightness for about 4.5:1 against Fusion's white base and a dark one (#1e1f22).
    switch (kind) {
    case SpecChange::Kind::Added: return QColor::fromHsl(130, 200, dark ? 140 : 62);
    case SpecChange::Kind::Removed: return QColor::fromHsl(2, 210, dark ? 170 : 95);
    default: return QColor::fromHsl(36, 210, dark ? 140 : 70);
    }
}

} // namespace DiffColors
