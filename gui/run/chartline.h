#pragma once

#include <QList>
#include <QPointF>

// The points of one chart line, no more than drawing it needs. A run of
// equal values is drawn as a straight line, so it keeps only its first and
// its last point; the last one moves on while the run goes on. Values the
// line leaves out stay in StatsHistory.
class ChartLine
{
public:
    // Adds a point to the right of the others.
    void add(const QPointF &point);
    // Drops the points left of x. A flat run reaching past x keeps a point
    // at x, so that its line still starts at the edge.
    void dropBefore(double x);
    void clear() { m_points.clear(); }

    const QList<QPointF> &points() const { return m_points; }
    double maxY() const;

private:
    QList<QPointF> m_points;
};
