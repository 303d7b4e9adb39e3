// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inspect/rootfstarget.h"

#include <QWidget>

class FlaggedFilterModel;
class QCheckBox;
class QLabel;
class QTreeView;
class RootfsEntryDetails;
class RootfsModel;
class RootfsTotals;
class RootfsTotalsBar;
class SpecDocument;

// Inspect mode: the bundle's root filesystem, read-only. It follows the
// document (root.path, the user namespace, another bundle opened) while it
// is shown; in the other modes it waits, so that opening a bundle never
// walks its root filesystem unasked.
class InspectPage : public QWidget
{
    Q_OBJECT

public:
    explicit InspectPage(SpecDocument *document, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    RootfsModel *model() const { return m_model; }
    RootfsTotals *totals() const { return m_totals; }
    RootfsEntryDetails *details() const { return m_details; }
    QCheckBox *onlyFlaggedBox() const { return m_onlyFlagged; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void followDocument();
    void showTarget();
    void showCurrent();
    void revealFlagged();
    QString folderTotals(const QModelIndex &index) const;

    SpecDocument *m_document;
    RootfsTarget m_target;
    bool m_stale = true;
    RootfsModel *m_model;
    FlaggedFilterModel *m_filter;
    RootfsTotals *m_totals;
    QLabel *m_rootLabel;
    QCheckBox *m_onlyFlagged;
    QTreeView *m_view;
    RootfsEntryDetails *m_details;
    RootfsTotalsBar *m_totalsBar;
};
