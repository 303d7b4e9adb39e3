// SPDX-License-Identifier: Apache-2.0
#include "idmapdiagramaccessible.h"
#include "idmapdiagram.h"

namespace {

QAccessibleInterface *create(const QString &className, QObject *object)
{
    if (className == QLatin1String("IdMapDiagram") && object && object->isWidgetType())
        return new IdMapDiagramAccessible(static_cast<IdMapDiagram *>(object));
    return nullptr;
}

} // namespace

IdMapDiagramAccessible::IdMapDiagramAccessible(IdMapDiagram *diagram) : QAccessibleWidget(diagram, QAccessible::Chart)
{
}

void IdMapDiagramAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(&create);
        return true;
    }();
    Q_UNUSED(installed);
}

QString IdMapDiagramAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Description || type == QAccessible::Value)
        return static_cast<const IdMapDiagram *>(widget())->sentences().join(QLatin1Char(' '));
    if (type == QAccessible::Name && widget()->accessibleName().isEmpty())
        return IdMapDiagram::tr("ID mapping diagram");
    return QAccessibleWidget::text(type);
}
