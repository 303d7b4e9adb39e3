// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "inspect/inspectviewswitch.h"
#include "inspect/rootfstarget.h"

#include <QWidget>

class ContainerViewModel;
class FlaggedFilterModel;
class MountDetails;
class QCheckBox;
class QLabel;
class QTimer;
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
    ContainerViewModel *containerModel() const { return m_containerModel; }
    InspectViewSwitch *viewSwitch() const { return m_viewSwitch; }
    MountDetails *mountDetails() const { return m_mountDetails; }

Q_SIGNALS:
    // A path of the container's view was activated: the config entry that
    // puts it there, /mounts/N, /linux/maskedPaths/N or /linux/devices/N.
    void goToPointerRequested(const JsonPointer &pointer);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void followDocument();
    void showTarget();
    void showCurrent();
    void revealFlagged();
    QString folderTotals(const QModelIndex &index) const;
    bool showsContainerView() const;
    void showView(InspectViewSwitch::View view);
    // Lays the config's mounts over the root filesystem again when they
    // changed, keeping the open folders and the selection.
    void showContainerView(bool force);
    void sizeColumns();
    void activate(const QModelIndex &index);

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
    InspectViewSwitch *m_viewSwitch;
    ContainerViewModel *m_containerModel;
    MountDetails *m_mountDetails;
    // Edits come in bursts (typing a mount's destination): the view follows once they settle.
    QTimer *m_overlayTimer;
    Json m_overlayConfig; // the parts of the config the container's view was made from
};
