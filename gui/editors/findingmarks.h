// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ocispec/finding.h"

#include <QColor>
#include <QStringList>

#include <optional>

class QPainter;
class QPalette;
class QRect;
class QWidget;

// How the editor marks a field or a table cell that has findings: a frame in
// the error or warning color, the messages as tooltip. One place, so that
// fields, cells and diagrams mark alike.
namespace FindingMarks {

// The frame's color, made for the palette: error red and warning amber are
// shifted darker on light bases and lighter on dark ones, so that the frame
// keeps a 3:1 contrast with the background it is drawn on; notes take the
// palette's highlight.
QColor color(Finding::Severity severity, const QPalette &palette);

// Text in severity's color (a flagged file, an unsupported field): color()
// darkened or lightened as far as text needs, 4.5:1 on the palette's base.
QColor textColor(Finding::Severity severity, const QPalette &palette);

// Frames widget in severity's color and shows messages above its own tooltip,
// or, with no severity, removes the frame and restores that tooltip.
void markWidget(QWidget *widget, std::optional<Finding::Severity> severity, const QStringList &messages);

// Draws the frame inside rect (a table cell).
void drawFrame(QPainter *painter, const QRect &rect, Finding::Severity severity, const QPalette &palette);

// The worse of two severities (Error before Warning before Info).
Finding::Severity worse(Finding::Severity a, Finding::Severity b);

} // namespace FindingMarks
