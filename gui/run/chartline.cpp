// SPDX-License-Identifier: Apache-2.0
#include "chartline.h"

#include <algorithm>
#include <cmath>

void ChartLine::add(const QPointF &point)
{
    const qsizetype n = m_points.size();
    const bool lastIsLatest = n > m_settled;
    if (lastIsLatest && n >= 2 && m_points.at(n - 1).y() == point.y() && m_points.at(n - 2).y() == point.y())
        m_points.last() = point;
    else
        m_points.append(point);
}

void ChartLine::dropBefore(double x)
{
    const auto kept = std::find_if(m_points.cbegin(), m_points.cend(), [x](const QPointF &p) { return p.x() >= x; });
    qsizetype drop = kept - m_points.cbegin();
    if (drop == 0)
        return;
    const bool flatAcross = drop < m_points.size() && m_points.at(drop - 1).y() == m_points.at(drop).y();
    if (flatAcross && m_points.at(drop).x() > x) {
        m_points[drop - 1].setX(x);
        --drop;
    }
    m_points.remove(0, drop);
    m_settled = std::max<qsizetype>(0, m_settled - drop);
}

void ChartLine::settle()
{
    // Where the parts met may now be inside a flat run, which needs no
    // point there.
    const qsizetype joint = m_settled - 1;
    if (joint >= 1 && joint + 1 < m_points.size() && m_points.at(joint - 1).y() == m_points.at(joint).y()
        && m_points.at(joint + 1).y() == m_points.at(joint).y())
        m_points.remove(joint);
    m_settled = m_points.size();
}

void ChartLine::clear()
{
    m_points.clear();
    m_settled = 0;
}

QList<QPointF> ChartLine::latestPoints() const
{
    const qsizetype from = std::max<qsizetype>(0, m_settled - 1);
    return m_points.size() > m_settled ? m_points.sliced(from) : QList<QPointF>();
}

double ChartLine::maxY() const
{
    double result = 0;
    for (const QPointF &point : m_points)
        result = std::max(result, point.y());
    return result;
}

QList<QPointF> ChartLine::perColumn(const QList<QPointF> &points, double origin, double columnWidth)
{
    if (columnWidth <= 0 || points.size() < 3)
        return points;
    const auto columnOf = [&](qsizetype i) { return std::floor((points.at(i).x() - origin) / columnWidth); };
    QList<QPointF> kept{points.constFirst()};
    kept.reserve(points.size());
    double column = columnOf(0);
    double fromY = points.constFirst().y(); // what "farthest" is measured from
    bool replaceable = false;               // whether kept.last() may give way
    for (qsizetype i = 1; i < points.size() - 1; ++i) {
        const QPointF &point = points.at(i);
        const double pointColumn = columnOf(i);
        // Both ends of a segment longer than a column (a flat run) stay, or
        // the run would be drawn as a slope.
        if (pointColumn - columnOf(i - 1) > 1 || columnOf(i + 1) - pointColumn > 1) {
            kept.append(point);
            column = pointColumn;
            fromY = point.y();
            replaceable = false;
        } else if (pointColumn != column) {
            fromY = kept.constLast().y();
            column = pointColumn;
            kept.append(point);
            replaceable = true;
        } else if (!replaceable) {
            if (point.y() != fromY) { // one more point in a column that has a fixed one
                kept.append(point);
                replaceable = true;
            }
        } else if (std::abs(point.y() - fromY) > std::abs(kept.constLast().y() - fromY)) {
            kept.last() = point;
        }
    }
    kept.append(points.constLast());
    return kept;
}
