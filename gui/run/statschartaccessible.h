// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAccessibleWidget>

class QChartView;
class StatsChartView;

// What a screen reader learns of one plot of a StatsChartView: the chart's
// title as its name, and its lines' current and peak values with their
// units as its value and description ("used: 120 MiB, peak 130 MiB; limit:
// 512 MiB, peak 512 MiB"). The plots are drawn, so this is their only text.
class StatsChartAccessible : public QAccessibleWidget
{
public:
    StatsChartAccessible(QChartView *view, const StatsChartView *charts);

    // Makes QAccessible create one for every plot of a StatsChartView;
    // called by the view.
    static void installFactory();

    QString text(QAccessible::Text type) const override;

private:
    const StatsChartView *m_charts;
};
