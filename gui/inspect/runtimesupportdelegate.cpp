// SPDX-License-Identifier: Apache-2.0
#include "runtimesupportdelegate.h"

#include "editors/findingmarks.h"
#include "runtime/runtimesupportmodel.h"

void RuntimeSupportDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant verdict = index.data(RuntimeSupportModel::VerdictRole);
    if (!verdict.isValid())
        return;
    QColor colour;
    switch (verdict.toInt()) {
    case RuntimeSupportVerdict::Unsupported:
        colour = FindingMarks::textColor(Finding::Severity::Error, option->palette);
        option->font.setBold(true);
        break;
    case RuntimeSupportVerdict::Caution:
        colour = FindingMarks::textColor(Finding::Severity::Warning, option->palette);
        break;
    case RuntimeSupportVerdict::Unknown: colour = option->palette.color(QPalette::PlaceholderText); break;
    default: return;
    }
    // Selected rows keep the highlighted text colour, which is made for them.
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, colour);
}
