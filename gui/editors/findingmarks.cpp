// SPDX-License-Identifier: Apache-2.0
#include "findingmarks.h"
#include "contrastcolor.h"

#include <QPainter>
#include <QPalette>
#include <QWidget>

namespace FindingMarks {

static constexpr int FrameWidth = 2;

QColor color(Finding::Severity severity, const QPalette &palette)
{
    if (severity == Finding::Severity::Info)
        return palette.color(QPalette::Highlight);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const int hue = severity == Finding::Severity::Error ? 2 : 36;
    // Lightness picked so that both hues stand 3:1 against Fusion's white
    // and its dark base (#2d2d2d and darker).
    const int lightness =
        dark ? (severity == Finding::Severity::Error ? 165 : 140) : (severity == Finding::Severity::Error ? 100 : 92);
    return QColor::fromHsl(hue, 210, lightness);
}

QColor textColor(Finding::Severity severity, const QPalette &palette)
{
    return ContrastColor::readableOn(color(severity, palette), palette.color(QPalette::Base),
                                     ContrastColor::TextRatio);
}

void markWidget(QWidget *widget, std::optional<Finding::Severity> severity, const QStringList &messages)
{
    // Remember the catalogue's tooltip so that it comes back once fixed.
    if (!widget->property("plainToolTip").isValid())
        widget->setProperty("plainToolTip", widget->toolTip());
    const QString plain = widget->property("plainToolTip").toString();
    if (!severity) {
        widget->setStyleSheet(QString());
        widget->setToolTip(plain);
        return;
    }
    widget->setStyleSheet(
        QStringLiteral("border: %1px solid %2;").arg(FrameWidth).arg(color(*severity, widget->palette()).name()));
    widget->setToolTip(messages.join(QLatin1Char('\n'))
                       + (plain.isEmpty() ? QString() : QStringLiteral("\n\n") + plain));
}

void drawFrame(QPainter *painter, const QRect &rect, Finding::Severity severity, const QPalette &palette)
{
    painter->save();
    QPen pen(color(severity, palette), FrameWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // The pen straddles the path: inset by half its width to stay inside the cell.
    painter->drawRect(QRectF(rect).adjusted(FrameWidth / 2.0, FrameWidth / 2.0, -FrameWidth / 2.0, -FrameWidth / 2.0));
    painter->restore();
}

Finding::Severity worse(Finding::Severity a, Finding::Severity b)
{
    // The enum counts from the worst.
    return int(a) <= int(b) ? a : b;
}

} // namespace FindingMarks
