// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/specdiff.h"

#include <QColor>

class QPalette;

// The text colour of a change in a diff view, made for the palette: green
// for an addition, red for a removal, amber for a change, the link colour
// for a move; darker on light bases and lighter on dark ones, so that it
// stays readable on the background it is drawn on. Views show the kind in
// words or a sign as well: colour alone does not tell it.
namespace DiffColors {

QColor color(SpecChange::Kind kind, const QPalette &palette);

} // namespace DiffColors
