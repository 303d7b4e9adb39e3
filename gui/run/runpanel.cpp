// SPDX-License-Identifier: Apache-2.0
#include "runpanel.h"
#include "app/findingsmodel.h"

#include "consoleview.h"
#include "execform.h"
#include "runstatusstrip.h"
#include "statschartview.h"
#include "terminalview.h"

#include "document/specdocument.h"
#include "document/specfile.h"
#include "ocispec/validator.h"
#include "runtime/containerstopper.h"
#include "runtime/processlistmodel.h"
#include "runtime/pseudoterminal.h"
#include "runtime/runtimeerrorlocator.h"
#include "runtime/staterootmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTreeView>
#include <QVBoxLayout>

#include <unistd.h>

using Action = ContainerSession::Action;
using Status = ContainerState::Status;

namespace {

constexpr const char *StopTimeoutKey = "run/stopTimeoutSeconds";
constexpr int DefaultStopTimeout = 10;

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent), m_session(new ContainerSession(this)), m_stopper(new ContainerStopper(m_session, this))
{
    auto *layout = new QVBoxLayout(this);
    buildRuntimeRow(layout);
    buildButtonRows(layout);

    m_statusStrip = new RunStatusStrip(m_session, m_stopper, this);
    layout->addWidget(m_statusStrip);

    // Highlighted, from the palette: it must stand out in light and dark.
    m_oomLabel = new QLabel(this);
    m_oomLabel->setAutoFillBackground(true);
    m_oomLabel->setBackgroundRole(QPalette::Highlight);
    m_oomLabel->setForegroundRole(QPalette::HighlightedText);
    m_oomLabel->setMargin(4);
    QFont oomFont = m_oomLabel->font();
    oomFont.setBold(true);
    m_oomLabel->setFont(oomFont);
    m_oomLabel->setWordWrap(true);
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

    // A severity icon beside the message: the palette has no error colour.
    auto errorRow = new QHBoxLayout;
    m_messageIcon = new QLabel(this);
    m_messageIcon->setObjectName(QStringLiteral("messageIcon"));
    m_messageIcon->setAlignment(Qt::AlignTop);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorRow->addWidget(m_messageIcon);
    errorRow->addWidget(m_errorLabel, 1);
    m_messageIcon->hide();
    m_errorLabel->hide();
    layout->addLayout(errorRow);
    // What the runtime logged, each line at the field it is about.
    m_runtimeFindings = new FindingsModel(this);
    m_errorLog = new QTableView(this);
    m_errorLog->setObjectName(QStringLiteral("runtimeFindings"));
    m_errorLog->setModel(m_runtimeFindings);
    m_errorLog->setShowGrid(false);
    m_errorLog->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errorLog->verticalHeader()->hide();
    // Whole messages: wrapped, never elided (the tooltip holds them too). A
    // table, not a tree: QTreeView sizes rows without the column's width.
    m_errorLog->setWordWrap(true);
    m_errorLog->setTextElideMode(Qt::ElideNone);
    m_errorLog->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_errorLog->setMaximumHeight(120);
    m_errorLog->setToolTip(tr("Double-click a line to go to the field it is about."));
    QHeaderView *columns = m_errorLog->horizontalHeader();
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    // Codes and places are read whole, as in the Validation panel.
    columns->setSectionResizeMode(FindingsModel::CodeColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(FindingsModel::PointerColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_errorLog->hide();
    layout->addWidget(m_errorLog);
    connect(m_errorLog, &QTableView::activated, this, [this](const QModelIndex &index) {
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
        updateButtons();
    });
    connect(m_session, &ContainerSession::actionStarted, this, &RunPanel::updateButtons);
    connect(m_session, &ContainerSession::actionFinished, this, &RunPanel::onActionFinished);
    connect(m_session, &ContainerSession::processesChanged, this,
            [this](const QList<ContainerProcess> &processes) { m_processModel->setProcesses(processes); });
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
    // The session keeps the history; the view plots it.
    m_statsView->setHistory(&m_session->statsHistory());
    connect(m_session, &ContainerSession::statsSampled, m_statsView, &StatsChartView::historyAppended);
    connect(m_session, &ContainerSession::outOfMemory, this, [this] {
        m_oomLabel->setText(tr("Out of memory at %1: the kernel killed a process of the container.")
                                .arg(QTime::currentTime().toString(Qt::ISODate)));
        m_oomLabel->show();
    });
    connect(m_session, &ContainerSession::statsUnavailable, this, [this](const QString &message) {
        m_consoleView->appendNote(tr("No statistics from this runtime: %1").arg(message));
    });

    connect(m_stopper, &ContainerStopper::escalated, this,
            [this] { m_consoleView->appendNote(tr("The container ignored SIGTERM; SIGKILL sent.")); });
    connect(m_stopper, &ContainerStopper::finished, this, [this](bool stopped, bool, const QString &message) {
        if (!stopped && !message.isEmpty())
            showError(tr("Stop failed: %1").arg(message), {});
        updateButtons();
    });

    applyRuntimeSettings();
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
    // A long state path scrolls inside the box rather than widening the panel.
    m_stateRoot->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stateRoot->setMinimumContentsLength(16);
    m_systemdCgroup = new QCheckBox(tr("systemd cgroup"), this);
    m_rootless = new QCheckBox(tr("Rootless"), this);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Runtime:"), this));
    row->addWidget(m_runtimePath);
    row->addWidget(new QLabel(tr("State:"), this));
    row->addWidget(m_stateRoot, 1);
    row->addWidget(m_systemdCgroup);
    row->addWidget(m_rootless);
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
}

void RunPanel::buildButtonRows(QBoxLayout *layout)
{
    m_containerId = new QLineEdit(this);
    m_containerId->setObjectName(QStringLiteral("containerId"));
    m_containerId->setPlaceholderText(tr("container ID"));
    connect(m_containerId, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_idChosen = !text.trimmed().isEmpty(); });
    connect(m_containerId, &QLineEdit::editingFinished, this, [this] {
        m_session->setContainerId(m_containerId->text().trimmed());
        updateButtons();
    });

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
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setToolTip(tr("Send SIGTERM, and SIGKILL when the container is still running after the timeout"));
    m_stopTimeout = new QSpinBox(this);
    m_stopTimeout->setObjectName(QStringLiteral("stopTimeout"));
    m_stopTimeout->setRange(1, 600);
    m_stopTimeout->setSuffix(tr(" s"));
    m_stopTimeout->setToolTip(tr("How long Stop waits after SIGTERM before it sends SIGKILL"));
    m_stopTimeout->setValue(QSettings().value(QLatin1String(StopTimeoutKey), DefaultStopTimeout).toInt());
    m_stopper->setGracePeriod(std::chrono::seconds(m_stopTimeout->value()));
    connect(m_stopTimeout, &QSpinBox::valueChanged, this, [this](int seconds) {
        QSettings().setValue(QLatin1String(StopTimeoutKey), seconds);
        m_stopper->setGracePeriod(std::chrono::seconds(seconds));
    });
    m_delete = new QPushButton(tr("Delete"), this);
    m_force = new QCheckBox(tr("Force"), this);
    m_force->setToolTip(tr("Kill a running container before deleting it"));
    m_cancel = new QPushButton(tr("Cancel"), this);

    connect(m_create, &QPushButton::clicked, this, &RunPanel::createContainer);
    connect(m_start, &QPushButton::clicked, this, &RunPanel::startContainer);
    connect(m_run, &QPushButton::clicked, this, &RunPanel::runContainer);
    connect(m_pause, &QPushButton::clicked, this, &RunPanel::pauseContainer);
    connect(m_resume, &QPushButton::clicked, this, &RunPanel::resumeContainer);
    connect(m_stop, &QPushButton::clicked, this, &RunPanel::stopContainer);
    connect(m_kill, &QPushButton::clicked, this, &RunPanel::killContainer);
    connect(m_delete, &QPushButton::clicked, this, &RunPanel::deleteContainer);
    connect(m_force, &QCheckBox::toggled, this, &RunPanel::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_stopper->abandon();
        m_session->cancel();
    });

    // Stable names for tests and style sheets.
    m_create->setObjectName(QStringLiteral("createButton"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_run->setObjectName(QStringLiteral("runButton"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_kill->setObjectName(QStringLiteral("killButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    // Two rows, so that the panel fits a 1024 pixel window in German too:
    // the container and its lifecycle, then the ways to end it.
    auto *lifecycle = new QHBoxLayout;
    lifecycle->addWidget(new QLabel(tr("ID:"), this));
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_containerId, m_create, m_start, m_run, m_pause, m_resume, m_cancel})
        lifecycle->addWidget(widget);
    lifecycle->addStretch(1);
    layout->addLayout(lifecycle);
    auto *ending = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_stop, m_stopTimeout, m_kill, m_signal, m_delete, m_force})
        ending->addWidget(widget);
    ending->addStretch(1);
    layout->addLayout(ending);
}

QWidget *RunPanel::buildProcessTab()
{
    m_processModel = new ProcessListModel(this);
    m_processes = new QTreeView(this);
    m_processes->setObjectName(QStringLiteral("processList"));
    m_processes->setModel(m_processModel);
    m_processes->setRootIsDecorated(false);
    m_processes->setUniformRowHeights(true);
    m_processes->header()->setStretchLastSection(true);
    return m_processes;
}

QWidget *RunPanel::buildContainerTab()
{
    auto *page = new QWidget(this);
    m_containerModel = new StateRootModel(this);
    m_containers = new QTreeView(page);
    m_containers->setObjectName(QStringLiteral("containerList"));
    m_containers->setModel(m_containerModel);
    m_containers->setRootIsDecorated(false);
    m_containers->setUniformRowHeights(true);
    auto *refresh = new QPushButton(tr("Refresh"), page);
    m_attach = new QPushButton(tr("Attach"), page);
    m_attach->setToolTip(tr("Follow the selected container in this panel"));
    m_cleanUp = new QPushButton(tr("Clean Up Stopped"), page);
    m_cleanUp->setToolTip(tr("Delete every stopped container of this state directory"));
    connect(refresh, &QPushButton::clicked, this, &RunPanel::refreshContainerList);
    connect(m_attach, &QPushButton::clicked, this, &RunPanel::attachSelected);
    connect(m_cleanUp, &QPushButton::clicked, this, &RunPanel::cleanUpStopped);
    connect(m_containers->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunPanel::updateButtons);
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
    // The ID follows the bundle unless the user chose one, and never while
    // the container of the current ID still exists.
    if (!m_idChosen && !path.isEmpty() && !m_session->state().exists()) {
        const QString id = RuncBinary::containerIdForBundle(path);
        m_containerId->setText(id);
        m_session->setContainerId(id);
    }
    updateButtons();
}

QString RunPanel::bundlePath() const
{
    return m_bundlePath;
}

void RunPanel::setRuntime(const RuncBinary &runtime)
{
    const RuntimeSettings settings = runtime.settings();
    m_runtimePath->setCurrentText(settings.program);
    if (!settings.stateRoot.isEmpty())
        m_stateRoot->setCurrentText(settings.stateRoot);
    m_systemdCgroup->setChecked(settings.systemdCgroup);
    m_rootless->setChecked(settings.rootless);
    applyRuntimeSettings();
}

RuncBinary RunPanel::runtime() const
{
    return m_session->runtime();
}

void RunPanel::setContainerId(const QString &id)
{
    m_idChosen = !id.isEmpty();
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
    const RuncBinary runtime = RuncBinary::fromSettings({m_runtimePath->currentText(), m_stateRoot->currentText(),
                                                         m_systemdCgroup->isChecked(), m_rootless->isChecked()});
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
            if (m_save) {
                if (!m_save())
                    return false; // the window has said why
            } else if (!m_document->save()) {
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
    if (!passesValidation(config) || !confirmFeatures(config))
        return false;
    m_session->setBundlePath(m_bundlePath);
    m_statsView->clear();
    m_oomLabel->hide();
    return true;
}

bool RunPanel::passesValidation(const Json &config)
{
    // As the window validates, host checks included.
    ValidationContext context;
    context.bundleDirectory = m_bundlePath;
    QList<Finding> errors;
    QList<Finding> host;
    for (const Finding &finding : Validator::validate(config, context)) {
        if (finding.severity == Finding::Severity::Error)
            errors << finding;
        else if (finding.host)
            host << finding;
    }
    if (!errors.isEmpty()) {
        showFindings(tr("The runtime would refuse this configuration. Fix these first:"), errors);
        return false;
    }
    if (host.isEmpty())
        return true;
    showFindings(tr("This machine may not run the bundle as it is:"), host);
    QStringList lines;
    for (const Finding &finding : std::as_const(host))
        lines << Findings::toText(finding);
    if (!m_interactive) {
        m_consoleView->appendNote(lines.join(QLatin1Char('\n')));
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Findings About This Machine"),
                    tr("The runtime will likely refuse to run this bundle here:\n\n%1\n\nRun anyway?")
                        .arg(lines.join(QLatin1Char('\n'))),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("hostFindingsDialog"));
    QPushButton *runAnyway = box.addButton(tr("Run Anyway"), QMessageBox::AcceptRole);
    runAnyway->setObjectName(QStringLiteral("runAnywayButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == runAnyway;
}

void RunPanel::showFindings(const QString &text, const QList<Finding> &findings)
{
    // Findings about this machine only warn; the run may still be wanted.
    showMessage(text,
                Findings::count(findings, Finding::Severity::Error) > 0 ? Finding::Severity::Error
                                                                        : Finding::Severity::Warning);
    m_runtimeFindings->setFindings(findings);
    m_errorLog->setVisible(!findings.isEmpty());
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
    // A stopped container of this ID is in the way: delete it first.
    if (m_session->state().status == Status::Stopped) {
        m_runAfterDelete = true;
        m_session->remove();
        return;
    }
    if (prepareBundle())
        m_session->run();
}

void RunPanel::stopContainer()
{
    m_stopper->stop();
    updateButtons();
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
    m_containerModel->setContainers(containers);
    m_containers->header()->resizeSections(QHeaderView::ResizeToContents);
    updateButtons();
}

void RunPanel::attachSelected()
{
    const QModelIndexList selected = m_containers->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        attachContainer(m_containerModel->container(selected.first().row()).id);
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
    const QStringList stopped = m_containerModel->idsWithStatus(Status::Stopped);
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
    updateButtons();
    if (action == Action::Delete && m_runAfterDelete) {
        m_runAfterDelete = false;
        if (succeeded)
            runContainer();
    }
}

void RunPanel::showMessage(const QString &text, Finding::Severity severity)
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_messageIcon->setPixmap(FindingsModel::severityIcon(severity).pixmap(iconSize, iconSize));
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
    m_messageIcon->setVisible(!text.isEmpty());
}

void RunPanel::showError(const QString &text, const QList<RuntimeLogEntry> &log, const QString &failure)
{
    showMessage(text, Finding::Severity::Error);
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

void RunPanel::updateButtons()
{
    const ContainerState state = m_session->state();
    const bool usable = !m_session->isBusy() && RuncBinary::isValidContainerId(m_session->containerId())
        && !RuncBinary::locate(m_session->runtime().path()).isEmpty();
    const bool haveBundle = m_document ? !m_document->filePath().isEmpty() : !m_bundlePath.isEmpty();
    m_create->setEnabled(usable && haveBundle && state.allows(ContainerState::Action::Create));
    const bool stoppedInTheWay = state.status == Status::Stopped;
    m_run->setEnabled(usable && haveBundle
                      && (state.allows(ContainerState::Action::Run)
                          || (stoppedInTheWay && state.allows(ContainerState::Action::Delete))));
    m_run->setText(stoppedInTheWay ? tr("Delete and Run Again") : tr("Run"));
    m_stop->setEnabled(usable && !m_stopper->isStopping() && state.allows(ContainerState::Action::Kill));
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
    m_attach->setEnabled(m_containers->selectionModel()->hasSelection());
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
