// SPDX-License-Identifier: Apache-2.0
#include "idmapdiagram.h"
#include "idmapdiagramaccessible.h"
#include "findingmarks.h"

#include "document/specdocument.h"

#include <QAccessible>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

bool intersects(quint64 firstStart, quint64 secondStart, quint64 firstSize, quint64 secondSize)
{
    // Written without start + size, which could overflow near 2^64.
    return firstStart < secondStart ? secondStart - firstStart < firstSize : firstStart - secondStart < secondSize;
}

} // namespace

IdMapDiagram::IdMapDiagram(SpecDocument *document, const JsonPointer &mappings, QWidget *parent)
    : QWidget(parent), m_document(document), m_mappings(mappings)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    IdMapDiagramAccessible::installFactory();
    connect(document, &SpecDocument::contentsChanged, this, qOverload<>(&QWidget::update));
    connect(document, &SpecDocument::reset, this, qOverload<>(&QWidget::update));
    connect(document, &SpecDocument::contentsChanged, this, &IdMapDiagram::announceChange);
    connect(document, &SpecDocument::reset, this, &IdMapDiagram::announceChange);
}

QColor IdMapDiagram::bandColor(bool overlapping, const QPalette &palette)
{
    // Overlaps are what the validator warns about: its warning color.
    return overlapping ? FindingMarks::color(Finding::Severity::Warning, palette) : palette.color(QPalette::Highlight);
}

QStringList IdMapDiagram::sentences() const
{
    const QList<Range> list = ranges(m_document->value(m_mappings));
    if (list.isEmpty())
        return {tr("No mappings.")};
    const QList<bool> overlaps = overlapping(list);
    QStringList result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Range &range = list.at(i);
        // The last ID of a range, written without containerId + size, which could overflow.
        const quint64 lastContainer = range.containerId + (range.size - 1);
        const quint64 lastHost = range.hostId + (range.size - 1);
        QString sentence = range.size == 1
            ? tr("Container ID %1 maps to host ID %2.").arg(range.containerId).arg(range.hostId)
            : tr("Container IDs %1–%2 map to host IDs %3–%4.")
                  .arg(range.containerId)
                  .arg(lastContainer)
                  .arg(range.hostId)
                  .arg(lastHost);
        if (overlaps.at(i))
            sentence += QLatin1Char(' ') + tr("This range overlaps another one.");
        result << sentence;
    }
    return result;
}

void IdMapDiagram::announceChange()
{
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

QList<bool> IdMapDiagram::overlapping(const QList<Range> &ranges)
{
    QList<bool> result(ranges.size(), false);
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        for (qsizetype j = i + 1; j < ranges.size(); ++j) {
            const Range &a = ranges[i];
            const Range &b = ranges[j];
            if (intersects(a.containerId, b.containerId, a.size, b.size)
                || intersects(a.hostId, b.hostId, a.size, b.size))
                result[i] = result[j] = true;
        }
    }
    return result;
}

QSize IdMapDiagram::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 12);
}

QSize IdMapDiagram::minimumSizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 9);
}

void IdMapDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<Range> list = ranges(m_document->value(m_mappings));
    const QList<bool> overlaps = overlapping(list);

    const int line = fontMetrics().height();
    const int labelWidth =
        qMax(fontMetrics().horizontalAdvance(tr("Container")), fontMetrics().horizontalAdvance(tr("Host"))) + line;
    // Room above for container labels, below for host labels and the legend.
    const QRectF plot(labelWidth, line * 1.5, width() - labelWidth - line, height() - line * 4.5);
    const qreal top = plot.top();
    const qreal bottom = plot.bottom();

    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(0, top - line, labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter, tr("Container"));
    painter.drawText(QRectF(0, bottom, labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter, tr("Host"));
    painter.drawLine(QPointF(plot.left(), top), QPointF(plot.right(), top));
    painter.drawLine(QPointF(plot.left(), bottom), QPointF(plot.right(), bottom));

    if (list.isEmpty()) {
        painter.drawText(plot, Qt::AlignCenter, tr("No mappings"));
        return;
    }

    // One linear scale for both axes, from 0 to the highest mapped ID.
    long double highest = 1;
    for (const Range &range : list)
        highest =
            std::max({highest, (long double)range.containerId + range.size, (long double)range.hostId + range.size});
    const auto x = [&](long double id) { return plot.left() + qreal(id / highest) * plot.width(); };
    // A single ID would be invisible; give every band a couple of pixels.
    const auto span = [&](long double start, long double size) {
        const qreal left = x(start);
        return std::make_pair(left, std::max(left + 2.0, x(start + size)));
    };

    const QColor normal = bandColor(false, palette());
    const QColor warning = bandColor(true, palette());
    if (overlaps.contains(true)) {
        const QRectF swatch(plot.left(), height() - line * 1.2, line, line * 0.8);
        painter.fillRect(swatch, warning);
        painter.drawText(QPointF(swatch.right() + line / 2, swatch.bottom()), tr("Ranges that overlap another range"));
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Range &range = list[i];
        const auto [c0, c1] = span(range.containerId, range.size);
        const auto [h0, h1] = span(range.hostId, range.size);
        QPainterPath band;
        band.moveTo(c0, top);
        band.lineTo(c1, top);
        band.lineTo(h1, bottom);
        band.lineTo(h0, bottom);
        band.closeSubpath();
        QColor fill = overlaps[i] ? warning : normal;
        fill.setAlpha(110);
        painter.setPen(QPen(overlaps[i] ? warning : normal, 1.5));
        painter.setBrush(fill);
        painter.drawPath(band);
    }

    // The end of the scale and each range's start; a label that would cover
    // one already drawn is left out.
    painter.setPen(palette().color(QPalette::Text));
    const QFontMetrics metrics = fontMetrics();
    for (const bool containerAxis : {true, false}) {
        const qreal baseline = containerAxis ? top - line * 0.3 : bottom + line;
        const QString end = QString::number(quint64(highest));
        QList<QRectF> drawn{QRectF(plot.right() - metrics.horizontalAdvance(end), baseline - line,
                                   metrics.horizontalAdvance(end), line)};
        painter.drawText(drawn.first().bottomLeft(), end);
        for (const Range &range : list) {
            const quint64 id = containerAxis ? range.containerId : range.hostId;
            const QString text = QString::number(id);
            const QRectF box(x(id), baseline - line, metrics.horizontalAdvance(text) + line / 2, line);
            if (std::any_of(drawn.cbegin(), drawn.cend(), [&](const QRectF &other) { return other.intersects(box); }))
                continue;
            drawn.append(box);
            painter.drawText(box.bottomLeft(), text);
        }
    }
}
