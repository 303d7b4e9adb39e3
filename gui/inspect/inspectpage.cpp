// SPDX-License-Identifier: Apache-2.0
#include "inspectpage.h"

#include "flaggedfiltermodel.h"
#include "mountdetails.h"
#include "rootfsentrydelegate.h"
#include "rootfsentrydetails.h"
#include "rootfstotalsbar.h"

#include "document/specdocument.h"
#include "inspect/containerviewmodel.h"
#include "inspect/mountoverlay.h"
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
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

InspectPage::InspectPage(SpecDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new RootfsModel(this)), m_filter(new FlaggedFilterModel(this)),
      m_totals(new RootfsTotals(this)), m_rootLabel(new QLabel(this)),
      m_onlyFlagged(new QCheckBox(tr("Only what is worth a look"), this)), m_view(new QTreeView(this)),
      m_details(new RootfsEntryDetails(this)), m_totalsBar(new RootfsTotalsBar(m_totals, this)),
      m_viewSwitch(new InspectViewSwitch(this)), m_containerModel(new ContainerViewModel(this)),
      m_mountDetails(new MountDetails(this)), m_overlayTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("inspectPage"));
    m_rootLabel->setObjectName(QStringLiteral("rootfsPath"));
    m_rootLabel->setTextFormat(Qt::PlainText);
    m_rootLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path must not widen the window beyond 1024 pixels beside the
    // view switch: it wraps where it can and is cut where it cannot, whole in
    // the tooltip.
    m_rootLabel->setWordWrap(true);
    m_rootLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_onlyFlagged->setObjectName(QStringLiteral("onlyFlagged"));
    m_onlyFlagged->setToolTip(tr("Setuid and setgid programs, what anyone may write, device nodes, links out of "
                                 "the root filesystem and owners the user namespace does not map"));
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("rootfsTree"));
    m_view->setAccessibleName(tr("Root filesystem"));
    m_view->setAccessibleDescription(tr("The files of the root filesystem, read-only; Enter on a mounted path "
                                        "shows its mount"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new RootfsEntryDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    sizeColumns();
    m_overlayTimer->setSingleShot(true);
    m_overlayTimer->setInterval(300);

    auto detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("rootfsDetailsArea"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    auto detailsPane = new QWidget(this);
    // Beside the entry's fields, so that both fit below the tree at 700 pixels.
    auto detailsLayout = new QHBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_mountDetails, 2);
    detailsLayout->addWidget(m_details, 3);
    m_mountDetails->hide();
    detailsScroll->setWidget(detailsPane);
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
    top->addWidget(m_viewSwitch);
    top->addSpacing(8);
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
    connect(m_viewSwitch, &InspectViewSwitch::viewChanged, this, &InspectPage::showView);
    connect(m_overlayTimer, &QTimer::timeout, this, [this] { showContainerView(false); });
    connect(m_view, &QTreeView::activated, this, &InspectPage::activate);
    connect(m_mountDetails, &MountDetails::mountRequested, this,
            [this](int mount) { Q_EMIT goToPointerRequested(JsonPointer("/mounts/" + std::to_string(mount))); });
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
    if (showsContainerView())
        m_overlayTimer->start();
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
    if (showsContainerView())
        showContainerView(true);
    m_rootLabel->setToolTip(m_rootLabel->text());
    showCurrent();
}

bool InspectPage::showsContainerView() const
{
    return m_viewSwitch->view() == InspectViewSwitch::AsTheContainerSeesIt;
}

void InspectPage::showView(InspectViewSwitch::View view)
{
    const bool container = view == InspectViewSwitch::AsTheContainerSeesIt;
    // What is worth a look is counted on disk; the container's view lists it all.
    if (container)
        m_onlyFlagged->setChecked(false);
    m_onlyFlagged->setEnabled(!container);
    m_mountDetails->setVisible(container);
    if (container)
        showContainerView(true);
    else
        m_containerModel->setView(QString(), MountOverlay());
    m_filter->setSourceModel(container ? static_cast<QAbstractItemModel *>(m_containerModel) : m_model);
    sizeColumns();
    showCurrent();
}

void InspectPage::showContainerView(bool force)
{
    const Json &root = m_document->root();
    Json config = Json::object();
    for (const char *key : {"mounts", "root", "linux"}) {
        if (root.is_object() && root.contains(key))
            config[key] = root[key];
    }
    if (config.contains("linux") && config["linux"].is_object()) {
        // Only the paths the view shows; the rest of linux changes nothing here.
        Json paths = Json::object();
        for (const char *key :
             {"maskedPaths", "readonlyPaths", "devices", "namespaces", "uidMappings", "gidMappings"}) {
            if (config["linux"].contains(key))
                paths[key] = config["linux"][key];
        }
        config["linux"] = paths;
    }
    if (!force && config == m_overlayConfig && m_containerModel->rootDirectory() == m_target.rootDirectory)
        return;
    m_overlayConfig = config;
    QByteArrayList expanded;
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_filter->rowCount(parent); ++row) {
            const QModelIndex index = m_filter->index(row, 0, parent);
            if (m_view->isExpanded(index)) {
                expanded << index.data(RootfsModel::PathRole).toByteArray();
                collect(index);
            }
        }
    };
    const bool shown = m_filter->sourceModel() == m_containerModel;
    if (shown)
        collect(QModelIndex());
    const QByteArray current = m_view->currentIndex().data(RootfsModel::PathRole).toByteArray();
    m_containerModel->setView(m_target.rootDirectory, MountOverlay::fromConfig(config, m_document->bundleDirectory()),
                              m_target.map);
    if (!shown)
        return;
    for (const QByteArray &path : std::as_const(expanded))
        m_view->expand(m_filter->mapFromSource(m_containerModel->indexOfPath(path)));
    if (!current.isEmpty())
        m_view->setCurrentIndex(m_filter->mapFromSource(m_containerModel->indexOfPath(current)));
    showCurrent();
}

void InspectPage::sizeColumns()
{
    QHeaderView *header = m_view->header();
    header->resizeSection(RootfsModel::NameColumn, 180);
    header->resizeSection(RootfsModel::TypeColumn, 115);
    header->resizeSection(RootfsModel::SizeColumn, 70);
    header->resizeSection(RootfsModel::ModeColumn, 95);
    header->resizeSection(RootfsModel::OwnerColumn, 80);
    header->resizeSection(RootfsModel::GroupColumn, 80);
    header->resizeSection(RootfsModel::TargetColumn, 120);
    // Where a path comes from is what this view is for: next to its name.
    if (showsContainerView()) {
        header->moveSection(header->visualIndex(ContainerViewModel::ProvidedByColumn), 1);
        header->resizeSection(ContainerViewModel::ProvidedByColumn, 230);
        header->resizeSection(RootfsModel::TypeColumn, 140); // "tmpfs filesystem"
    }
}

void InspectPage::activate(const QModelIndex &index)
{
    if (!showsContainerView())
        return;
    const QString text = m_filter->mapToSource(index).data(ContainerViewModel::ConfigPointerRole).toString();
    if (const Result<JsonPointer> pointer = JsonUtil::parsePointer(text); !text.isEmpty() && pointer)
        Q_EMIT goToPointerRequested(*pointer);
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
    if (index.model() == m_containerModel) {
        m_details->showEntry(index, index.data(ContainerViewModel::PreviewRootRole).toString(), QString(),
                             index.data(ContainerViewModel::PreviewPathRole).toByteArray());
        m_mountDetails->showEntry(index, m_containerModel->overlay());
        return;
    }
    m_details->showEntry(index, m_model->rootDirectory(), showsContainerView() ? QString() : folderTotals(index));
    m_mountDetails->showEntry(QModelIndex(), m_containerModel->overlay());
}
