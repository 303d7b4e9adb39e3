// SPDX-License-Identifier: Apache-2.0
#include "containersview.h"

#include "containerfiltermodel.h"
#include "runtime/hostcontainerscan.h"
#include "runtime/hostcontainersmodel.h"
#include "runtime/runcbinary.h"
#include "runtime/runtimecall.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using Status = ContainerState::Status;

namespace {

// Often enough to see a container come and go, seldom enough that a machine
// with many roots is not kept busy listing them.
constexpr int RefreshInterval = 3000;

} // namespace

ContainersView::ContainersView(QWidget *parent)
    : QWidget(parent), m_model(new HostContainersModel(this)), m_filter(new ContainerFilterModel(this)),
      m_scan(new HostContainerScan(this)), m_control(new RuntimeCall(this)), m_view(new QTableView(this)),
      m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("containersView"));
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("containersTable"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HostContainersModel::IdColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Containers on this machine"));
    m_view->setAccessibleDescription(tr("Every container of every runtime state directory; the buttons below act on the selected one"));
    m_statusLabel->setObjectName(QStringLiteral("containersStatus"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterRow());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buildButtonRow());

    m_timer.setInterval(RefreshInterval);
    connect(&m_timer, &QTimer::timeout, this, &ContainersView::refresh);
    connect(m_scan, &HostContainerScan::rootListed, m_model, &HostContainersModel::setRootContainers);
    connect(m_scan, &HostContainerScan::rootFailed, this, [this](const StateRoot &root, const QString &message) {
        m_failures << tr("%1 could not be listed: %2").arg(root.path, message);
    });
    connect(m_scan, &HostContainerScan::finished, this, [this] {
        if (!m_sized && m_model->rowCount() > 0) {
            m_sized = true; // once: later refreshes keep the widths the user chose
            m_view->resizeColumnsToContents();
        }
        updateStatus();
        updateButtons();
        Q_EMIT refreshed();
    });
    connect(m_control, &RuntimeCall::finished, this, &ContainersView::onControlFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContainersView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContainersView::updateButtons);
    connect(m_view, &QTableView::activated, this, [this] {
        if (currentContainer().state.exists())
            Q_EMIT watchRequested(currentContainer());
    });
    updateButtons();
    updateStatus();
}

QWidget *ContainersView::buildFilterRow()
{
    auto row = new QWidget(this);
    auto layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLineEdit(row);
    m_text->setObjectName(QStringLiteral("containersFilter"));
    m_text->setPlaceholderText(tr("Filter by ID, bundle, owner, manager…"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter containers"));
    connect(m_text, &QLineEdit::textChanged, m_filter, &ContainerFilterModel::setText);

    m_runtime = new QComboBox(row);
    m_runtime->setObjectName(QStringLiteral("containersRuntime"));
    m_runtime->setAccessibleName(tr("Runtime"));
    m_runtime->addItem(tr("All runtimes"), QString());
    m_runtime->addItem(QStringLiteral("runc"), QStringLiteral("runc"));
    m_runtime->addItem(QStringLiteral("crun"), QStringLiteral("crun"));
    connect(m_runtime, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setRuntime(m_runtime->currentData().toString()); });

    m_status = new QComboBox(row);
    m_status->setObjectName(QStringLiteral("containersStatusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All states"), -1);
    for (Status status : {Status::Created, Status::Running, Status::Paused, Status::Stopped})
        m_status->addItem(ContainerState::statusName(status), int(status));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_status->currentData().toInt();
        m_filter->setStatus(status < 0 ? std::nullopt : std::optional<Status>(Status(status)));
    });

    auto refreshButton = new QPushButton(tr("Refresh"), row);
    refreshButton->setObjectName(QStringLiteral("containersRefresh"));
    refreshButton->setToolTip(tr("List the containers again (this happens every few seconds while shown)"));
    connect(refreshButton, &QPushButton::clicked, this, &ContainersView::refresh);

    // Visible labels name the filters for everyone, screen readers included
    // (which read a combo box's label, not its accessible name, on Linux).
    auto *runtimeLabel = new QLabel(tr("Runtime:"), row);
    runtimeLabel->setBuddy(m_runtime);
    auto *statusLabel = new QLabel(tr("Status:"), row);
    statusLabel->setBuddy(m_status);
    layout->addWidget(m_text, 1);
    layout->addWidget(runtimeLabel);
    layout->addWidget(m_runtime);
    layout->addWidget(statusLabel);
    layout->addWidget(m_status);
    layout->addWidget(refreshButton);
    return row;
}

QWidget *ContainersView::buildButtonRow()
{
    auto row = new QWidget(this);
    auto layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto button = [row, layout](const QString &name, const QString &text, const QString &toolTip) {
        auto result = new QPushButton(text, row);
        result->setObjectName(name);
        result->setToolTip(toolTip);
        layout->addWidget(result);
        return result;
    };
    m_open = button(QStringLiteral("containersOpen"), tr("Open"),
                    tr("Open the container's bundle in the editor, as it is on disk"));
    m_watch = button(QStringLiteral("containersWatch"), tr("Watch in Run"),
                     tr("Follow the container in Run mode: its state, processes and statistics"));
    m_shell = button(QStringLiteral("containersShell"), tr("Shell…"),
                     tr("Start /bin/sh in the running container, in a terminal in Run mode"));
    layout->addStretch(1);
    m_kill = button(QStringLiteral("containersKill"), tr("Kill…"), tr("Send SIGKILL to the container's processes"));
    m_delete =
        button(QStringLiteral("containersDelete"), tr("Delete…"), tr("Delete the container from its runtime's state"));
    m_deleteStopped = button(QStringLiteral("containersDeleteStopped"), tr("Delete Stopped…"),
                             tr("Delete every stopped container the editor started; those of other tools stay"));
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(currentContainer()); });
    connect(m_watch, &QPushButton::clicked, this, [this] { Q_EMIT watchRequested(currentContainer()); });
    connect(m_shell, &QPushButton::clicked, this, &ContainersView::shellInSelected);
    connect(m_kill, &QPushButton::clicked, this, &ContainersView::killSelected);
    connect(m_delete, &QPushButton::clicked, this, &ContainersView::deleteSelected);
    connect(m_deleteStopped, &QPushButton::clicked, this, &ContainersView::deleteStopped);
    return row;
}

HostContainer ContainersView::currentContainer() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return HostContainer();
    return m_model->container(m_filter->mapToSource(rows.first()).row());
}

bool ContainersView::selectContainer(const QString &rootPath, const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const HostContainer container = m_model->container(row);
        if (container.root.path != rootPath || container.state.id != id)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            return false; // filtered out
        m_view->selectRow(index.row());
        return true;
    }
    return false;
}

void ContainersView::refresh()
{
    if (m_scan->isRunning())
        return;
    m_failures.clear();
    m_roots = m_finder.find();
    m_model->keepRoots(m_roots);
    m_scan->start(m_roots);
}

void ContainersView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void ContainersView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void ContainersView::updateButtons()
{
    const HostContainer container = currentContainer();
    const ContainerState &state = container.state;
    const bool idle = !m_control->isRunning();
    m_open->setEnabled(!state.bundle.isEmpty());
    m_watch->setEnabled(state.exists());
    m_shell->setEnabled(state.allows(ContainerState::Action::Exec));
    m_kill->setEnabled(idle && state.allows(ContainerState::Action::Kill));
    m_delete->setEnabled(idle && state.allows(ContainerState::Action::Delete));
    m_deleteStopped->setEnabled(idle && !stoppedEditorsContainers().isEmpty());
}

QString ContainersView::statusText() const
{
    return m_statusLabel->text();
}

void ContainersView::updateStatus()
{
    QStringList lines;
    lines << tr("Containers: %1 · State directories: %2").arg(m_model->rowCount()).arg(m_roots.size());
    lines << m_controlErrors;
    lines << m_failures;
    m_statusLabel->setText(lines.join(QLatin1Char('\n')));
    QStringList roots;
    for (const StateRoot &root : std::as_const(m_roots))
        roots << tr("%1 (%2)").arg(root.path, StateRootFinder::managerName(root));
    m_statusLabel->setToolTip(roots.join(QLatin1Char('\n')));
}

bool ContainersView::confirm(const HostContainer &container, const QString &question, const QString &action,
                             const QString &buttonName)
{
    QMessageBox box(QMessageBox::Question, tr("Containers"), question, QMessageBox::Cancel, this);
    if (!container.isEditors()) {
        box.setIcon(QMessageBox::Warning);
        box.setInformativeText(tr("The editor did not start %1: it is managed by %2 and owned by %3, and they "
                                  "will not know what happened to it.")
                                   .arg(container.state.id, container.managerName(), container.state.owner));
    }
    box.button(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    QPushButton *yes = box.addButton(action, QMessageBox::DestructiveRole);
    yes->setObjectName(buttonName);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void ContainersView::killSelected()
{
    const HostContainer container = currentContainer();
    if (!container.state.allows(ContainerState::Action::Kill))
        return;
    if (confirm(container, tr("Kill container %1 (SIGKILL)?").arg(container.state.id), tr("Kill"),
                QStringLiteral("confirmKillButton"))) {
        m_controlErrors.clear();
        runControl(container, true);
    }
}

void ContainersView::deleteSelected()
{
    const HostContainer container = currentContainer();
    if (!container.state.allows(ContainerState::Action::Delete))
        return;
    if (confirm(container, tr("Delete container %1?").arg(container.state.id), tr("Delete"),
                QStringLiteral("confirmDeleteButton"))) {
        m_controlErrors.clear();
        runControl(container, false);
    }
}

void ContainersView::shellInSelected()
{
    const HostContainer container = currentContainer();
    if (!container.state.allows(ContainerState::Action::Exec))
        return;
    if (confirm(container, tr("Start /bin/sh in container %1?").arg(container.state.id), tr("Start Shell"),
                QStringLiteral("confirmShellButton")))
        Q_EMIT shellRequested(container);
}

QList<HostContainer> ContainersView::stoppedEditorsContainers() const
{
    QList<HostContainer> result;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const HostContainer container = m_model->container(row);
        if (container.isEditors() && container.state.status == Status::Stopped)
            result << container;
    }
    return result;
}

void ContainersView::deleteStopped()
{
    const QList<HostContainer> stopped = stoppedEditorsContainers();
    if (stopped.isEmpty() || m_control->isRunning())
        return;
    QStringList ids;
    for (const HostContainer &container : stopped)
        ids << container.state.id;
    QMessageBox box(QMessageBox::Question, tr("Containers"),
                    tr("Delete the %n stopped container(s) the editor started?", nullptr, int(stopped.size())),
                    QMessageBox::Cancel, this);
    box.setInformativeText(ids.join(QLatin1Char('\n')));
    box.button(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    QPushButton *yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDeleteStoppedButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    m_controlErrors.clear();
    m_deleteQueue = stopped;
    deleteNextStopped();
}

void ContainersView::deleteNextStopped()
{
    while (!m_deleteQueue.isEmpty()) {
        if (runControl(m_deleteQueue.takeFirst(), false))
            return;
    }
    updateStatus();
    updateButtons();
    refresh();
}

bool ContainersView::runControl(const HostContainer &container, bool kill)
{
    const QString runtime = RuncBinary::locate(container.root.runtime);
    if (runtime.isEmpty()) {
        m_controlErrors << RuncBinary::missingRuntimeMessage(container.root.runtime);
        updateStatus();
        return false;
    }
    const RuncBinary binary(runtime, container.root.path);
    m_control->start(kill ? binary.killCommand(container.state.id, QStringLiteral("SIGKILL"))
                          : binary.deleteCommand(container.state.id, false),
                     10000);
    updateButtons();
    return true;
}

void ContainersView::onControlFinished(const RuntimeCallResult &result)
{
    if (!result.succeeded()) {
        const QString detail = QString::fromLocal8Bit(result.standardError).trimmed();
        m_controlErrors << (detail.isEmpty() ? result.errorString : result.errorString + QLatin1Char(' ') + detail);
    }
    if (!m_deleteQueue.isEmpty()) {
        deleteNextStopped();
        return;
    }
    updateStatus();
    updateButtons();
    refresh();
}
