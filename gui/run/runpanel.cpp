// SPDX-License-Identifier: Apache-2.0
#include "runpanel.h"
#include "app/findingsmodel.h"

#include "consoleview.h"
#include "execform.h"
#include "statschartview.h"
#include "terminalview.h"

#include "document/specdocument.h"
#include "document/specfile.h"
#include "runtime/pseudoterminal.h"
#include "runtime/runtimeerrorlocator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTabWidget>
#include <QTime>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <unistd.h>

using Action = ContainerSession::Action;
using Status = ContainerState::Status;

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

// A container ID runc accepts, derived from the bundle's directory name.
QString idForBundle(const QString &bundlePath)
{
    QString name = QFileInfo(bundlePath).fileName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_+.-]")), QStringLiteral("-"));
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("bundle");
    return QStringLiteral("obe-") + name;
}

} // namespace

RunPanel::RunPanel(QWidget *parent) : QWidget(parent), m_session(new ContainerSession(this))
{
    auto *layout = new QVBoxLayout(this);
    buildRuntimeRow(layout);
    buildButtonRow(layout);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_stateLabel);

    m_oomLabel = new QLabel(this);
    m_oomLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #b00020; color: white; padding: 4px; font-weight: bold; }"));
    m_oomLabel->hide();
    layout->addWidget(m_oomLabel);

    m_privilegeLabel =
        new QLabel(tr("The editor is not running as root. A rootful configuration needs root; a rootless one needs a "
                      "user namespace with UID/GID mappings, --rootless and a state directory under $XDG_RUNTIME_DIR."),
                   this);
    m_privilegeLabel->setWordWrap(true);
    m_rootlessButton = new QPushButton(tr("Use Rootless Settings"), this);
    connect(m_rootlessButton, &QPushButton::clicked, this, &RunPanel::useRootlessSettings);
    auto *privilegeRow = new QHBoxLayout;
    privilegeRow->addWidget(m_privilegeLabel, 1);
    privilegeRow->addWidget(m_rootlessButton);
    layout->addLayout(privilegeRow);
    m_privilegeLabel->setVisible(!isRoot());
    m_rootlessButton->setVisible(!isRoot());

    // An error icon beside the message: the palette has no error colour.
    auto errorRow = new QHBoxLayout;
    m_errorIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_errorIcon->setPixmap(FindingsModel::severityIcon(Finding::Severity::Error).pixmap(iconSize, iconSize));
    m_errorIcon->setAlignment(Qt::AlignTop);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorRow->addWidget(m_errorIcon);
    errorRow->addWidget(m_errorLabel, 1);
    m_errorIcon->hide();
    m_errorLabel->hide();
    layout->addLayout(errorRow);
    // What the runtime logged, each line at the field it is about.
    m_runtimeFindings = new FindingsModel(this);
    m_errorLog = new QTreeView(this);
    m_errorLog->setObjectName(QStringLiteral("runtimeFindings"));
    m_errorLog->setModel(m_runtimeFindings);
    m_errorLog->setRootIsDecorated(false);
    m_errorLog->setUniformRowHeights(true);
    m_errorLog->setMaximumHeight(120);
    m_errorLog->setToolTip(tr("Double-click a line to go to the field it is about."));
    m_errorLog->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_errorLog->header()->setStretchLastSection(false);
    m_errorLog->hide();
    layout->addWidget(m_errorLog);
    connect(m_errorLog, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const auto pointer = JsonUtil::parsePointer(index.data(FindingsModel::PointerRole).toString()))
            Q_EMIT findingActivated(*pointer);
    });

    m_tabs = new QTabWidget(this);
    m_consoleView = new ConsoleView(this);
    m_terminalView = new TerminalView(this);
    m_execForm = new ExecForm(this);
    m_statsView = new StatsChartView(this);
    m_tabs->addTab(m_consoleView, tr("Console"));
    m_tabs->addTab(m_terminalView, tr("Terminal"));
    m_tabs->addTab(m_execForm, tr("Exec"));
    QWidget *processTab = buildProcessTab();
    m_tabs->addTab(processTab, tr("Processes"));
    m_tabs->addTab(m_statsView, tr("Statistics"));
    m_tabs->addTab(buildContainerTab(), tr("Containers"));
    layout->addWidget(m_tabs, 1);
    m_session->setProcessPolling(false);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, processTab](int index) {
        const bool shown = m_tabs->widget(index) == processTab;
        m_session->setProcessPolling(shown);
        if (shown)
            m_session->refreshProcesses();
    });

    connect(m_consoleView, &ConsoleView::inputSubmitted, m_session, &ContainerSession::writeInput);
    connect(m_consoleView, &ConsoleView::endOfFileRequested, m_session, &ContainerSession::closeInput);
    connect(m_execForm, &ExecForm::execRequested, m_session, &ContainerSession::exec);
    connect(m_statsView, &StatsChartView::intervalChanged, m_session, &ContainerSession::setStatsInterval);

    connect(m_session, &ContainerSession::stateChanged, this, [this](const ContainerState &state) {
        if (state.status == Status::Stopped)
            m_consoleView->appendNote(tr("The container stopped."));
        updateStateLabel();
        updateButtons();
    });
    connect(m_session, &ContainerSession::actionStarted, this, [this](Action action) {
        m_stateLabel->setText(tr("%1…").arg(actionName(action)));
        updateButtons();
    });
    connect(m_session, &ContainerSession::actionFinished, this, &RunPanel::onActionFinished);
    connect(m_session, &ContainerSession::processesChanged, this, [this](const QList<ContainerProcess> &processes) {
        m_processes->clear();
        for (const ContainerProcess &process : processes)
            new QTreeWidgetItem(m_processes, {QString::number(process.pid), process.command});
    });
    connect(m_session, &ContainerSession::containersListed, this, &RunPanel::onContainersListed);
    connect(m_session, &ContainerSession::containersDeleted, this, [this](const QStringList &errors) {
        if (!errors.isEmpty())
            showError(tr("Some containers could not be deleted:\n%1").arg(errors.join(QLatin1Char('\n'))), {});
    });
    connect(m_session, &ContainerSession::standardOutput, m_consoleView, &ConsoleView::appendOutput);
    connect(m_session, &ContainerSession::standardError, m_consoleView, &ConsoleView::appendError);
    connect(m_session, &ContainerSession::terminalOpened, this, [this](PseudoTerminal *terminal) {
        m_terminalView->clear();
        m_terminalView->setTerminal(terminal);
        m_tabs->setCurrentWidget(m_terminalView);
        m_terminalView->setFocus();
    });
    connect(m_session, &ContainerSession::statsSampled, m_statsView, &StatsChartView::addSample);
    connect(m_session, &ContainerSession::outOfMemory, this, [this] {
        m_oomLabel->setText(tr("Out of memory at %1: the kernel killed a process of the container.")
                                .arg(QTime::currentTime().toString(Qt::ISODate)));
        m_oomLabel->show();
    });
    connect(m_session, &ContainerSession::statsUnavailable, this, [this](const QString &message) {
        m_consoleView->appendNote(tr("No statistics from this runtime: %1").arg(message));
    });

    applyRuntimeSettings();
    updateStateLabel();
    updateButtons();
}

RunPanel::~RunPanel() = default;

void RunPanel::buildRuntimeRow(QBoxLayout *layout)
{
    m_runtimePath = new QComboBox(this);
    m_runtimePath->setEditable(true);
    m_runtimePath->addItems({QStringLiteral("runc"), QStringLiteral("crun")});
    m_runtimePath->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_runtimePath->setMinimumContentsLength(12);
    m_runtimePath->setToolTip(tr("The runtime: runc, crun or the path of another compatible binary."));
    m_stateRoot = new QComboBox(this);
    m_stateRoot->setEditable(true);
    m_stateRoot->setToolTip(tr("The runtime's state directory (--root). The editor's own keeps its "
                               "containers apart from those other tools manage."));
    m_systemdCgroup = new QCheckBox(tr("systemd cgroup"), this);
    m_rootless = new QCheckBox(tr("Rootless"), this);
    m_containerId = new QLineEdit(this);
    m_containerId->setPlaceholderText(tr("container ID"));

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Runtime:"), this));
    row->addWidget(m_runtimePath);
    row->addWidget(new QLabel(tr("State:"), this));
    row->addWidget(m_stateRoot, 1);
    row->addWidget(m_systemdCgroup);
    row->addWidget(m_rootless);
    row->addWidget(new QLabel(tr("ID:"), this));
    row->addWidget(m_containerId);
    layout->addLayout(row);

    const auto fillRoots = [this] {
        const QString name = QFileInfo(m_runtimePath->currentText()).fileName();
        const QString current = m_stateRoot->currentText();
        m_stateRoot->blockSignals(true);
        m_stateRoot->clear();
        m_stateRoot->addItem(RuncBinary::defaultStateRoot(name, isRoot() && !m_rootless->isChecked()));
        m_stateRoot->addItem(QStringLiteral("/run/") + name); // the system's own
        const int index = m_stateRoot->findText(current);
        if (index > 0)
            m_stateRoot->setCurrentIndex(index);
        m_stateRoot->blockSignals(false);
    };
    fillRoots();
    connect(m_runtimePath, &QComboBox::currentTextChanged, this, [this, fillRoots] {
        fillRoots();
        applyRuntimeSettings();
    });
    connect(m_stateRoot, &QComboBox::currentTextChanged, this, &RunPanel::applyRuntimeSettings);
    connect(m_systemdCgroup, &QCheckBox::toggled, this, &RunPanel::applyRuntimeSettings);
    connect(m_rootless, &QCheckBox::toggled, this, [this, fillRoots] {
        fillRoots();
        applyRuntimeSettings();
    });
    connect(m_containerId, &QLineEdit::editingFinished, this, [this] {
        m_session->setContainerId(m_containerId->text().trimmed());
        updateButtons();
    });
}

void RunPanel::buildButtonRow(QBoxLayout *layout)
{
    m_create = new QPushButton(tr("Create"), this);
    m_start = new QPushButton(tr("Start"), this);
    m_run = new QPushButton(tr("Run"), this);
    m_run->setToolTip(tr("Create and start in one step"));
    m_pause = new QPushButton(tr("Pause"), this);
    m_resume = new QPushButton(tr("Resume"), this);
    m_kill = new QPushButton(tr("Kill"), this);
    m_signal = new QComboBox(this);
    m_signal->setEditable(true);
    m_signal->addItems({QStringLiteral("SIGTERM"), QStringLiteral("SIGKILL"), QStringLiteral("SIGINT"),
                        QStringLiteral("SIGHUP"), QStringLiteral("SIGQUIT"), QStringLiteral("SIGUSR1"),
                        QStringLiteral("SIGUSR2"), QStringLiteral("SIGSTOP"), QStringLiteral("SIGCONT")});
    m_delete = new QPushButton(tr("Delete"), this);
    m_force = new QCheckBox(tr("Force"), this);
    m_force->setToolTip(tr("Kill a running container before deleting it"));
    m_cancel = new QPushButton(tr("Cancel"), this);

    connect(m_create, &QPushButton::clicked, this, &RunPanel::createContainer);
    connect(m_start, &QPushButton::clicked, this, &RunPanel::startContainer);
    connect(m_run, &QPushButton::clicked, this, &RunPanel::runContainer);
    connect(m_pause, &QPushButton::clicked, this, &RunPanel::pauseContainer);
    connect(m_resume, &QPushButton::clicked, this, &RunPanel::resumeContainer);
    connect(m_kill, &QPushButton::clicked, this, &RunPanel::killContainer);
    connect(m_delete, &QPushButton::clicked, this, &RunPanel::deleteContainer);
    connect(m_force, &QCheckBox::toggled, this, &RunPanel::updateButtons);
    connect(m_cancel, &QPushButton::clicked, m_session, &ContainerSession::cancel);

    // Stable names for tests and style sheets.
    m_create->setObjectName(QStringLiteral("createButton"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_run->setObjectName(QStringLiteral("runButton"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_kill->setObjectName(QStringLiteral("killButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *row = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_create, m_start, m_run, m_pause, m_resume, m_kill,
                                                            m_signal, m_delete, m_force, m_cancel})
        row->addWidget(widget);
    row->addStretch(1);
    layout->addLayout(row);
}

QWidget *RunPanel::buildProcessTab()
{
    m_processes = new QTreeWidget(this);
    m_processes->setHeaderLabels({tr("PID"), tr("Command")});
    m_processes->setRootIsDecorated(false);
    return m_processes;
}

QWidget *RunPanel::buildContainerTab()
{
    auto *page = new QWidget(this);
    m_containers = new QTreeWidget(page);
    m_containers->setHeaderLabels({tr("ID"), tr("Status"), tr("PID"), tr("Bundle"), tr("Created")});
    m_containers->setRootIsDecorated(false);
    auto *refresh = new QPushButton(tr("Refresh"), page);
    m_attach = new QPushButton(tr("Attach"), page);
    m_attach->setToolTip(tr("Follow the selected container in this panel"));
    m_cleanUp = new QPushButton(tr("Clean Up Stopped"), page);
    m_cleanUp->setToolTip(tr("Delete every stopped container of this state directory"));
    connect(refresh, &QPushButton::clicked, this, &RunPanel::refreshContainerList);
    connect(m_attach, &QPushButton::clicked, this, &RunPanel::attachSelected);
    connect(m_cleanUp, &QPushButton::clicked, this, &RunPanel::cleanUpStopped);
    connect(m_containers, &QTreeWidget::itemSelectionChanged, this, &RunPanel::updateButtons);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, page](int index) {
        if (m_tabs->widget(index) == page)
            refreshContainerList();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refresh);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_cleanUp);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_containers, 1);
    layout->addLayout(buttons);
    return page;
}

// --- configuration ------------------------------------------------------------

void RunPanel::setDocument(SpecDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_runtimeFindings->setDocument(document);
    if (m_document) {
        connect(m_document, &SpecDocument::filePathChanged, this,
                [this] { setBundlePath(m_document->bundleDirectory()); });
        setBundlePath(m_document->bundleDirectory());
    }
}

void RunPanel::setBundlePath(const QString &path)
{
    m_bundlePath = path;
    if (m_containerId->text().isEmpty() && !path.isEmpty())
        setContainerId(idForBundle(path));
    updateButtons();
}

QString RunPanel::bundlePath() const
{
    return m_bundlePath;
}

void RunPanel::setRuntime(const RuncBinary &runtime)
{
    m_runtimePath->setCurrentText(runtime.path());
    if (!runtime.root().isEmpty())
        m_stateRoot->setCurrentText(runtime.root());
    m_systemdCgroup->setChecked(runtime.systemdCgroup());
    m_rootless->setChecked(runtime.rootless() == RuncBinary::Rootless::True);
    applyRuntimeSettings();
}

RuncBinary RunPanel::runtime() const
{
    return m_session->runtime();
}

void RunPanel::setContainerId(const QString &id)
{
    m_containerId->setText(id);
    m_session->setContainerId(id);
    updateButtons();
}

QString RunPanel::containerId() const
{
    return m_session->containerId();
}

void RunPanel::applyRuntimeSettings()
{
    RuncBinary runtime(m_runtimePath->currentText().trimmed(), m_stateRoot->currentText().trimmed());
    runtime.setSystemdCgroup(m_systemdCgroup->isChecked());
    if (m_rootless->isChecked())
        runtime.setRootless(RuncBinary::Rootless::True);
    m_session->setRuntime(runtime);
    if (RuncBinary::locate(runtime.path()).isEmpty()) {
        showError(RuncBinary::missingRuntimeMessage(runtime.path()), {});
    } else {
        showError(QString(), {});
        m_session->queryFeatures();
        m_session->refreshState();
    }
    updateButtons();
}

void RunPanel::useRootlessSettings()
{
    m_rootless->setChecked(true); // also picks the state directory under $XDG_RUNTIME_DIR
    m_stateRoot->setCurrentIndex(0);
}

// --- actions --------------------------------------------------------------------

bool RunPanel::prepareBundle()
{
    if (m_document) {
        if (m_document->filePath().isEmpty()) {
            showError(tr("Save the bundle first: the runtime reads config.json from the bundle directory."), {});
            return false;
        }
        if (m_document->isModified()) {
            if (m_interactive
                && QMessageBox::question(this, tr("Save Before Running"),
                                         tr("The runtime reads config.json from disk. Save your changes now?"),
                                         QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save)
                    != QMessageBox::Save)
                return false;
            if (!m_document->save()) {
                showError(tr("Could not save: %1").arg(m_document->errorString()), {});
                return false;
            }
        }
        m_bundlePath = m_document->bundleDirectory();
    }
    if (m_bundlePath.isEmpty()) {
        showError(tr("There is no bundle to run. Open or save a bundle first."), {});
        return false;
    }
    Json config;
    if (m_document) {
        config = m_document->root();
    } else {
        SpecFile file;
        if (!file.read(m_bundlePath)) {
            showError(file.errorString(), {});
            return false;
        }
        config = file.takeRoot();
    }
    // A fresh console first, so that the warnings below stay visible.
    m_consoleView->clear();
    if (!confirmFeatures(config))
        return false;
    m_session->setBundlePath(m_bundlePath);
    m_statsView->clear();
    m_oomLabel->hide();
    return true;
}

bool RunPanel::confirmFeatures(const Json &config)
{
    const QStringList warnings = m_session->unsupportedFeatures(config);
    if (warnings.isEmpty())
        return true;
    if (!m_interactive) {
        m_consoleView->appendNote(warnings.join(QLatin1Char(' ')));
        return true;
    }
    return QMessageBox::warning(this, tr("Unsupported by the Runtime"),
                                tr("%1 does not support everything this configuration uses:\n\n%2\n\nRun anyway?")
                                    .arg(m_session->runtime().runtimeName(), warnings.join(QLatin1Char('\n'))),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void RunPanel::createContainer()
{
    if (prepareBundle())
        m_session->create();
}

void RunPanel::runContainer()
{
    if (prepareBundle())
        m_session->run();
}

void RunPanel::startContainer()
{
    m_session->start();
}

void RunPanel::pauseContainer()
{
    m_session->pause();
}

void RunPanel::resumeContainer()
{
    m_session->resume();
}

void RunPanel::killContainer()
{
    const QString signal = m_signal->currentText().trimmed();
    m_session->kill(signal.isEmpty() ? QStringLiteral("SIGTERM") : signal);
}

void RunPanel::deleteContainer()
{
    m_session->remove(m_force->isChecked());
}

void RunPanel::showStatistics()
{
    m_tabs->setCurrentWidget(m_statsView);
}

void RunPanel::refreshContainerList()
{
    m_session->listContainers();
}

void RunPanel::onContainersListed(const QList<ContainerState> &containers)
{
    m_containers->clear();
    for (const ContainerState &state : containers) {
        auto *item =
            new QTreeWidgetItem(m_containers,
                                {state.id, ContainerState::statusName(state.status), QString::number(state.pid),
                                 state.bundle, state.created.toLocalTime().toString(Qt::ISODate)});
        item->setData(0, Qt::UserRole, int(state.status));
    }
    m_containers->header()->resizeSections(QHeaderView::ResizeToContents);
    updateButtons();
}

void RunPanel::attachSelected()
{
    const QList<QTreeWidgetItem *> selected = m_containers->selectedItems();
    if (!selected.isEmpty())
        attachContainer(selected.first()->text(0));
}

void RunPanel::attachContainer(const QString &id)
{
    m_consoleView->clear();
    m_statsView->clear();
    m_consoleView->appendNote(tr("Attached to %1; its output goes wherever it was started.").arg(id));
    m_containerId->setText(id);
    m_bundlePath.clear();
    m_session->attach(id);
    updateButtons();
}

void RunPanel::cleanUpStopped()
{
    QStringList stopped;
    for (int i = 0; i < m_containers->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_containers->topLevelItem(i);
        if (Status(item->data(0, Qt::UserRole).toInt()) == Status::Stopped)
            stopped << item->text(0);
    }
    if (!stopped.isEmpty())
        m_session->deleteContainers(stopped);
}

void RunPanel::onActionFinished(Action action, bool succeeded, const QString &message,
                                const QList<RuntimeLogEntry> &log)
{
    if (succeeded)
        showError(QString(), {});
    else
        showError(tr("%1 failed: %2").arg(actionName(action), message), log, message);
    if (action == Action::Exec && !message.isEmpty() && succeeded == false)
        m_consoleView->appendNote(message);
    updateStateLabel();
    updateButtons();
}

void RunPanel::showError(const QString &text, const QList<RuntimeLogEntry> &log, const QString &failure)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
    m_errorIcon->setVisible(!text.isEmpty());
    m_runtimeFindings->setFindings(log.isEmpty() && failure.isEmpty()
                                       ? QList<Finding>()
                                       : RuntimeErrorLocator::findingsFor(log, configForLocating(), failure));
    m_errorLog->setVisible(m_runtimeFindings->rowCount() > 0);
}

// The configuration the runtime read: the document, saved before every run,
// or else the bundle's config.json.
Json RunPanel::configForLocating() const
{
    if (m_document)
        return m_document->root();
    SpecFile file;
    return file.read(m_bundlePath) ? file.root() : Json();
}

QList<Finding> RunPanel::runtimeFindings() const
{
    return m_runtimeFindings->findings();
}

QString RunPanel::errorText() const
{
    return m_errorLabel->text();
}

// --- state ----------------------------------------------------------------------

void RunPanel::updateStateLabel()
{
    const ContainerState state = m_session->state();
    if (m_session->containerId().isEmpty()) {
        m_stateLabel->setText(tr("No container."));
        return;
    }
    QString text = tr("%1: %2").arg(m_session->containerId(), ContainerState::statusName(state.status));
    if (state.pid > 0)
        text += tr(" · PID %1").arg(state.pid);
    if (state.created.isValid())
        text += tr(" · created %1").arg(state.created.toLocalTime().toString(Qt::ISODate));
    if (!state.bundle.isEmpty())
        text += tr(" · bundle %1").arg(state.bundle);
    m_stateLabel->setText(text);
}

void RunPanel::updateButtons()
{
    const ContainerState state = m_session->state();
    const bool usable = !m_session->isBusy() && RuncBinary::isValidContainerId(m_session->containerId())
        && !RuncBinary::locate(m_session->runtime().path()).isEmpty();
    const bool haveBundle = m_document ? !m_document->filePath().isEmpty() : !m_bundlePath.isEmpty();
    m_create->setEnabled(usable && haveBundle && state.allows(ContainerState::Action::Create));
    m_run->setEnabled(usable && haveBundle && state.allows(ContainerState::Action::Run));
    m_start->setEnabled(usable && state.allows(ContainerState::Action::Start));
    m_pause->setEnabled(usable && state.allows(ContainerState::Action::Pause));
    m_resume->setEnabled(usable && state.allows(ContainerState::Action::Resume));
    m_kill->setEnabled(usable && state.allows(ContainerState::Action::Kill));
    m_delete->setEnabled(
        usable
        && state.allows(m_force->isChecked() ? ContainerState::Action::ForceDelete : ContainerState::Action::Delete));
    m_execForm->setExecEnabled(usable && state.allows(ContainerState::Action::Exec));
    m_cancel->setEnabled(m_session->isBusy());
    m_consoleView->setInputEnabled(state.status != Status::None);
    m_attach->setEnabled(!m_containers->selectedItems().isEmpty());
}

// --- quitting -------------------------------------------------------------------

bool RunPanel::confirmQuit()
{
    const Status status = m_session->state().status;
    const bool alive = status == Status::Created || status == Status::Running || status == Status::Paused;
    if (!alive || !m_interactive) {
        finishForQuit(false);
        return true;
    }
    QMessageBox box(QMessageBox::Question, tr("Container Still Running"),
                    tr("The container %1 is %2. Leave it running, or kill and delete it?\n\n"
                       "A container left running loses its console or terminal when the editor closes.")
                        .arg(m_session->containerId(), ContainerState::statusName(status)),
                    QMessageBox::Cancel, this);
    QPushButton *leave = box.addButton(tr("Leave Running"), QMessageBox::AcceptRole);
    QPushButton *remove = box.addButton(tr("Kill and Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(leave);
    box.exec();
    if (box.clickedButton() == leave) {
        finishForQuit(false);
        return true;
    }
    if (box.clickedButton() == remove) {
        finishForQuit(true);
        return true;
    }
    return false;
}

void RunPanel::finishForQuit(bool killAndDelete)
{
    m_terminalView->setTerminal(nullptr);
    m_session->shutdown(killAndDelete);
}

QString RunPanel::actionName(Action action)
{
    switch (action) {
    case Action::Create: return tr("Create");
    case Action::Start: return tr("Start");
    case Action::Run: return tr("Run");
    case Action::Exec: return tr("Exec");
    case Action::Pause: return tr("Pause");
    case Action::Resume: return tr("Resume");
    case Action::Kill: return tr("Kill");
    case Action::Delete: return tr("Delete");
    case Action::State: return tr("State");
    case Action::Processes: return tr("Process list");
    case Action::List: return tr("Container list");
    case Action::Features: return tr("Features");
    }
    return QString();
}
