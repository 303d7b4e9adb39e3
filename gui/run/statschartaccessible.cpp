// SPDX-License-Identifier: Apache-2.0
#include "statschartaccessible.h"
#include "statschartview.h"

#include <QChart>
#include <QChartView>

namespace {

QAccessibleInterface *create(const QString &className, QObject *object)
{
    if (className != QLatin1String("QChartView") || !object)
        return nullptr;
    auto *view = qobject_cast<QChartView *>(object);
    auto *charts = view ? qobject_cast<const StatsChartView *>(view->parentWidget()) : nullptr;
    return charts ? new StatsChartAccessible(view, charts) : nullptr;
}

} // namespace

StatsChartAccessible::StatsChartAccessible(QChartView *view, const StatsChartView *charts)
    : QAccessibleWidget(view, QAccessible::Chart), m_charts(charts)
{
}

void StatsChartAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(&create);
        return true;
    }();
    Q_UNUSED(installed);
}

QString StatsChartAccessible::text(QAccessible::Text type) const
{
    const auto *view = static_cast<const QChartView *>(widget());
    switch (type) {
    case QAccessible::Name:
        return widget()->accessibleName().isEmpty() ? view->chart()->title() : widget()->accessibleName();
    case QAccessible::Description:
    case QAccessible::Value: return m_charts->chartValuesText(view);
    default: return QAccessibleWidget::text(type);
    }
}
