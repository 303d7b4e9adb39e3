// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointF>

// The points of one chart line, no more than drawing it needs, in two parts:
// the settled points, which no longer change, and the latest ones. A chart
// draws the parts as two series, so that a new sample makes QtCharts rebuild
// and repaint only the short latest part, not the whole ten minutes.
//
// A run of equal values is drawn as a straight line, so it keeps only its
// first and its last point (and the point where the parts meet, until the
// run settles); the last one moves on while the run goes on. Values the line
// leaves out stay in StatsHistory.
class ChartLine
{
public:
    // Adds a point to the right of the others.
    void add(const QPointF &point);
    // Drops the points left of x. A flat run reaching past x keeps a point
    // at x, so that its line still starts at the edge.
    void dropBefore(double x);
    // Makes every point so far a settled one.
    void settle();
    void clear();

    const QList<QPointF> &points() const { return m_points; }
    QList<QPointF> settledPoints() const { return m_points.first(m_settled); }
    // The latest points, after the last settled one, which joins the parts.
    QList<QPointF> latestPoints() const;
    double maxY() const;

    // The points a plot needs when a pixel column stands for columnWidth of
    // x, columns counted from origin: the first and the last point, both
    // ends of every segment longer than a column (so that a flat run stays
    // flat), and one more per column, the one farthest from the point kept
    // before, so that peaks and dips stay. A columnWidth of 0 or less keeps
    // every point.
    static QList<QPointF> perColumn(const QList<QPointF> &points, double origin, double columnWidth);

private:
    QList<QPointF> m_points;
    qsizetype m_settled = 0;
};
