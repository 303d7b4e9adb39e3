// SPDX-License-Identifier: Apache-2.0
#pragma once

class EditorPage;
class QAbstractItemView;

// Makes the Explain panel follow the user through tables: whenever the
// current cell of a view over ArrayTableModel changes, the page announces
// the cell's JSON pointer as the focused field ("/mounts/3/destination").
class CellFocusReporter
{
public:
    // Watching a view again changes nothing.
    static void watch(QAbstractItemView *view, EditorPage *page);
};
