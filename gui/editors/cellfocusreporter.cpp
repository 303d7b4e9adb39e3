// SPDX-License-Identifier: Apache-2.0
#include "cellfocusreporter.h"

#include "editors/editorpage.h"
#include "document/arraytablemodel.h"

#include <QAbstractItemView>
#include <QVariant>
#include <QItemSelectionModel>

void CellFocusReporter::watch(QAbstractItemView *view, EditorPage *page)
{
    // Pages watch their nested tables themselves, and every registered list
    // view is watched too: once is enough.
    static constexpr char watched[] = "cellFocusReporterWatched";
    if (view->property(watched).toBool())
        return;
    view->setProperty(watched, true);
    QObject::connect(
        view->selectionModel(), &QItemSelectionModel::currentChanged, page, [page](const QModelIndex &current) {
            if (!current.isValid())
                return;
            if (const auto pointer = JsonUtil::parsePointer(current.data(ArrayTableModel::PointerRole).toString()))
                Q_EMIT page->fieldFocused(*pointer);
        });
}
