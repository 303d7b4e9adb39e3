#include "chartline.h"

#include <algorithm>

void ChartLine::add(const QPointF &point)
{
    const qsizetype n = m_points.size();
    if (n >= 2 && m_points.at(n - 1).y() == point.y() && m_points.at(n - 2).y() == point.y())
        m_points.last() = point;
    else
        m_points.append(point);
}

void ChartLine::dropBefore(double x)
{
    const auto kept = std::find_if(m_points.cbegin(), m_points.cend(), [x](const QPointF &p) { return p.x() >= x; });
    const qsizetype drop = kept - m_points.cbegin();
    if (drop == 0)
        return;
    const bool flatAcross = drop < m_points.size() && m_points.at(drop - 1).y() == m_points.at(drop).y();
    if (flatAcross && m_points.at(drop).x() > x) {
        m_points[drop - 1].setX(x);
        m_points.remove(0, drop - 1);
    } else {
        m_points.remove(0, drop);
    }
}

double ChartLine::maxY() const
{
    double result = 0;
    for (const QPointF &point : m_points)
        result = std::max(result, point.y());
    return result;
}
