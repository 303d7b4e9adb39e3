// SPDX-License-Identifier: Apache-2.0
#include "inspectpage.h"

#include "flaggedfiltermodel.h"
#include "rootfsentrydelegate.h"
#include "rootfsentrydetails.h"
#include "rootfstotalsbar.h"

#include "document/specdocument.h"
#include "inspect/rootfsmodel.h"
#include "inspect/rootfstotals.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

InspectPage::InspectPage(SpecDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new RootfsModel(this)), m_filter(new FlaggedFilterModel(this)),
      m_totals(new RootfsTotals(this)), m_rootLabel(new QLabel(this)),
      m_onlyFlagged(new QCheckBox(tr("Only what is worth a look"), this)), m_view(new QTreeView(this)),
      m_details(new RootfsEntryDetails(this)), m_totalsBar(new RootfsTotalsBar(m_totals, this))
{
    setObjectName(QStringLiteral("inspectPage"));
    m_rootLabel->setObjectName(QStringLiteral("rootfsPath"));
    m_rootLabel->setTextFormat(Qt::PlainText);
    m_rootLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_onlyFlagged->setObjectName(QStringLiteral("onlyFlagged"));
    m_onlyFlagged->setToolTip(tr("Setuid and setgid programs, what anyone may write, device nodes, links out of "
                                 "the root filesystem and owners the user namespace does not map"));
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("rootfsTree"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new RootfsEntryDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->resizeSection(RootfsModel::NameColumn, 180);
    header->resizeSection(RootfsModel::TypeColumn, 115);
    header->resizeSection(RootfsModel::SizeColumn, 70);
    header->resizeSection(RootfsModel::ModeColumn, 95);
    header->resizeSection(RootfsModel::OwnerColumn, 80);
    header->resizeSection(RootfsModel::GroupColumn, 80);
    header->resizeSection(RootfsModel::TargetColumn, 120);

    auto detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("rootfsDetailsArea"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidget(m_details);
    // Below the tree, so that the tree keeps the window's width for its columns.
    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("inspectSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // In proportion: what the splitter is given is shared out in these parts.
    splitter->setSizes({55, 45});

    auto top = new QHBoxLayout;
    top->addWidget(m_rootLabel, 1);
    top->addWidget(m_onlyFlagged);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_totalsBar);

    connect(m_document, &SpecDocument::reset, this, &InspectPage::followDocument);
    connect(m_document, &SpecDocument::contentsChanged, this, &InspectPage::followDocument);
    connect(m_document, &SpecDocument::filePathChanged, this, &InspectPage::followDocument);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InspectPage::showCurrent);
    connect(m_onlyFlagged, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setOnlyFlagged(only);
        if (only)
            revealFlagged();
    });
    connect(m_totals, &RootfsTotals::finished, this, [this](bool cancelled) {
        if (!cancelled && m_onlyFlagged->isChecked())
            revealFlagged();
        showCurrent();
    });
    connect(m_totalsBar, &RootfsTotalsBar::reloadRequested, this, &InspectPage::showTarget);
    showTarget();
}

void InspectPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        followDocument();
}

void InspectPage::followDocument()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const RootfsTarget target = RootfsTarget::of(m_document->root(), m_document->bundleDirectory());
    if (target == m_target && m_model->rootDirectory() == target.rootDirectory)
        return;
    m_target = target;
    showTarget();
}

void InspectPage::showTarget()
{
    m_model->setRootDirectory(m_target.rootDirectory, m_target.map);
    if (m_target.rootDirectory.isEmpty()) {
        m_rootLabel->setText(tr("This configuration names no root filesystem (root.path), or it is not saved yet."));
        m_totals->cancel();
    } else if (!m_model->errorString().isEmpty()) {
        m_rootLabel->setText(m_model->errorString());
        m_totals->cancel();
    } else {
        m_rootLabel->setText(tr("Root filesystem: %1").arg(QDir::toNativeSeparators(m_target.rootDirectory)));
        m_totals->start(m_target.rootDirectory, m_target.map);
    }
    showCurrent();
}

void InspectPage::revealFlagged()
{
    // Lists the folders that lead to each path the count noted, so that the
    // filter can show them without the user opening every folder.
    for (const QByteArray &path : m_totals->flaggedPaths())
        m_model->indexOfPath(path);
    m_view->expandAll();
}

QString InspectPage::folderTotals(const QModelIndex &index) const
{
    // The count is per top-level folder.
    if (!index.isValid() || index.parent().isValid() || !index.data(RootfsModel::IsDirectoryRole).toBool())
        return {};
    const QByteArray name = index.data(RootfsModel::PathRole).toByteArray().mid(1);
    const QLocale locale;
    for (const RootfsTotals::Folder &folder : m_totals->folders()) {
        if (folder.name == name)
            return tr("files: %1, folders: %2, size: %3, worth a look: %4")
                .arg(locale.toString(folder.counts.files), locale.toString(folder.counts.directories),
                     locale.formattedDataSize(folder.counts.bytes), locale.toString(folder.counts.flagged));
    }
    return {};
}

void InspectPage::showCurrent()
{
    const QModelIndex index = m_filter->mapToSource(m_view->currentIndex());
    m_details->showEntry(index, m_model->rootDirectory(), folderTotals(index));
}
