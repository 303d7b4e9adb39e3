// SPDX-License-Identifier: Apache-2.0
#include "runpanel.h"
#include "app/findingsmodel.h"

#include "consoleview.h"
#include "execform.h"
#include "launchtimelineview.h"
#include "lifecyclebar.h"
#include "runmessagearea.h"
#include "runstatusstrip.h"
#include "runtimesettingsrow.h"
#include "statschartview.h"
#include "terminalview.h"

#include "document/specdocument.h"
#include "document/specfile.h"
#include "ocispec/validator.h"
#include "runtime/containerstopper.h"
#include "runtime/processlistmodel.h"
#include "runtime/pseudoterminal.h"
#include "runtime/runtimeerrorlocator.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTime>
#include <QTreeView>
#include <QVBoxLayout>

using Action = ContainerSession::Action;
using Status = ContainerState::Status;

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent), m_session(new ContainerSession(this)), m_stopper(new ContainerStopper(m_session, this)),
      m_settingsRow(new RuntimeSettingsRow(this)), m_lifecycle(new LifecycleBar(this)),
      m_statusStrip(new RunStatusStrip(m_session, m_stopper, this)), m_oomLabel(new QLabel(this)),
      m_messages(new RunMessageArea(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_settingsRow);
    layout->addWidget(m_lifecycle);
    layout->addWidget(m_statusStrip);

    // Highlighted, from the palette: it must stand out in light and dark.
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
    layout->addWidget(m_messages);
    connect(m_messages, &RunMessageArea::findingActivated, this, &RunPanel::findingActivated);

    connect(m_settingsRow, &RuntimeSettingsRow::changed, this, &RunPanel::applyRuntimeSettings);
    using Step = LifecycleBar::Step;
    connect(m_lifecycle->action(Step::Create), &QAction::triggered, this, &RunPanel::createContainer);
    connect(m_lifecycle->action(Step::Start), &QAction::triggered, this, &RunPanel::startContainer);
    connect(m_lifecycle->action(Step::Run), &QAction::triggered, this, &RunPanel::runContainer);
    connect(m_lifecycle->action(Step::Pause), &QAction::triggered, this, &RunPanel::pauseContainer);
    connect(m_lifecycle->action(Step::Resume), &QAction::triggered, this, &RunPanel::resumeContainer);
    connect(m_lifecycle->action(Step::Stop), &QAction::triggered, this, &RunPanel::stopContainer);
    connect(m_lifecycle->action(Step::Kill), &QAction::triggered, this, &RunPanel::killContainer);
    connect(m_lifecycle->action(Step::Delete), &QAction::triggered, this, &RunPanel::deleteContainer);
    connect(m_lifecycle->action(Step::Cancel), &QAction::triggered, this, [this] {
        m_stopper->abandon();
        m_session->cancel();
    });
    connect(m_lifecycle, &LifecycleBar::containerIdTyped, this,
            [this](const QString &text) { m_idChosen = !text.trimmed().isEmpty(); });
    connect(m_lifecycle, &LifecycleBar::containerIdEdited, this, [this](const QString &id) {
        m_session->setContainerId(id);
        updateActions();
    });
    m_stopper->setGracePeriod(std::chrono::seconds(m_lifecycle->stopTimeoutSeconds()));
    connect(m_lifecycle, &LifecycleBar::stopTimeoutChanged, this,
            [this](int seconds) { m_stopper->setGracePeriod(std::chrono::seconds(seconds)); });

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
    m_timelineView = new LaunchTimelineView(this);
    m_timelineView->follow(m_session);
    m_tabs->addTab(m_timelineView, tr("Timeline"));
    connect(m_timelineView, &LaunchTimelineView::pointerActivated, this, &RunPanel::findingActivated);
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
        updateActions();
    });
    connect(m_session, &ContainerSession::actionStarted, this, &RunPanel::updateActions);
    connect(m_session, &ContainerSession::actionFinished, this, &RunPanel::onActionFinished);
    connect(m_session, &ContainerSession::processesChanged, this,
            [this](const QList<ContainerProcess> &processes) { m_processModel->setProcesses(processes); });
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
            showError(tr("Stop failed: %1").arg(message));
        updateActions();
    });

    applyRuntimeSettings();
    updateActions();
}

RunPanel::~RunPanel() = default;

QWidget *RunPanel::buildProcessTab()
{
    m_processModel = new ProcessListModel(this);
    m_processes = new QTreeView(this);
    m_processes->setObjectName(QStringLiteral("processList"));
    m_processes->setAccessibleName(tr("Processes"));
    m_processes->setModel(m_processModel);
    m_processes->setRootIsDecorated(false);
    m_processes->setUniformRowHeights(true);
    m_processes->header()->setStretchLastSection(true);
    return m_processes;
}

// --- configuration ------------------------------------------------------------

void RunPanel::setDocument(SpecDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_messages->setDocument(document);
    m_timelineView->setDocument(document);
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
        m_lifecycle->setContainerId(id);
        m_session->setContainerId(id);
    }
    updateActions();
}

QString RunPanel::bundlePath() const
{
    return m_bundlePath;
}

void RunPanel::setRuntime(const RuncBinary &runtime)
{
    m_settingsRow->setSettings(runtime.settings());
    applyRuntimeSettings();
}

RuncBinary RunPanel::runtime() const
{
    return m_session->runtime();
}

void RunPanel::setContainerId(const QString &id)
{
    m_idChosen = !id.isEmpty();
    m_lifecycle->setContainerId(id);
    m_session->setContainerId(id);
    updateActions();
}

QString RunPanel::containerId() const
{
    return m_session->containerId();
}

void RunPanel::applyRuntimeSettings()
{
    const RuncBinary runtime = RuncBinary::fromSettings(m_settingsRow->settings());
    m_session->setRuntime(runtime);
    m_timelineView->setRuntimeName(runtime.runtimeName());
    if (RuncBinary::locate(runtime.path()).isEmpty()) {
        showError(RuncBinary::missingRuntimeMessage(runtime.path()));
    } else {
        showError(QString());
        m_session->queryFeatures();
        m_session->refreshState();
    }
    updateActions();
}

// --- actions --------------------------------------------------------------------

bool RunPanel::prepareBundle()
{
    if (m_document) {
        if (m_document->filePath().isEmpty()) {
            showError(tr("Save the bundle first: the runtime reads config.json from the bundle directory."));
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
                showError(tr("Could not save: %1").arg(m_document->errorString()));
                return false;
            }
        }
        m_bundlePath = m_document->bundleDirectory();
    }
    if (m_bundlePath.isEmpty()) {
        showError(tr("There is no bundle to run. Open or save a bundle first."));
        return false;
    }
    Json config;
    if (m_document) {
        config = m_document->root();
    } else {
        SpecFile file;
        if (!file.read(m_bundlePath)) {
            showError(file.errorString());
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
        m_messages->showMessage(tr("The runtime would refuse this configuration. Fix these first:"),
                                Finding::Severity::Error);
        m_messages->setFindings(errors);
        return false;
    }
    if (host.isEmpty())
        return true;
    // Findings about this machine only warn; the run may still be wanted.
    m_messages->showMessage(tr("This machine may not run the bundle as it is:"), Finding::Severity::Warning);
    m_messages->setFindings(host);
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
    Q_EMIT runRequested();
    if (prepareBundle())
        m_session->create();
}

void RunPanel::runContainer()
{
    Q_EMIT runRequested();
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
    updateActions();
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
    m_session->kill(m_lifecycle->killSignal());
}

void RunPanel::deleteContainer()
{
    m_session->remove(m_lifecycle->forceDelete());
}

void RunPanel::showTimeline()
{
    m_tabs->setCurrentWidget(m_timelineView);
}

void RunPanel::showStatistics()
{
    m_tabs->setCurrentWidget(m_statsView);
}

void RunPanel::attachContainer(const QString &id)
{
    m_consoleView->clear();
    m_statsView->clear();
    m_consoleView->appendNote(tr("Attached to %1; its output goes wherever it was started.").arg(id));
    m_lifecycle->setContainerId(id);
    m_bundlePath.clear();
    m_session->attach(id);
    updateActions();
}

void RunPanel::onActionFinished(Action action, bool succeeded, const QString &message,
                                const QList<RuntimeLogEntry> &log)
{
    if (succeeded)
        showError(QString());
    else
        showError(tr("%1 failed: %2").arg(actionName(action), message), log, message);
    if (action == Action::Exec && !message.isEmpty() && succeeded == false)
        m_consoleView->appendNote(message);
    updateActions();
    if (action == Action::Delete && m_runAfterDelete) {
        m_runAfterDelete = false;
        if (succeeded)
            runContainer();
    }
}

void RunPanel::showError(const QString &text, const QList<RuntimeLogEntry> &log, const QString &failure)
{
    m_messages->showMessage(text, Finding::Severity::Error);
    m_messages->setFindings(log.isEmpty() && failure.isEmpty()
                                ? QList<Finding>()
                                : RuntimeErrorLocator::findingsFor(log, configForLocating(), failure));
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
    return m_messages->findings();
}

QString RunPanel::errorText() const
{
    return m_messages->text();
}

// --- state ----------------------------------------------------------------------

void RunPanel::updateActions()
{
    const ContainerState state = m_session->state();
    LifecycleBar::Situation situation;
    situation.state = state;
    situation.runtimeUsable = RuncBinary::isValidContainerId(m_session->containerId())
        && !RuncBinary::locate(m_session->runtime().path()).isEmpty();
    situation.haveBundle = m_document ? !m_document->filePath().isEmpty() : !m_bundlePath.isEmpty();
    situation.busy = m_session->isBusy();
    situation.stopping = m_stopper->isStopping();
    m_lifecycle->setSituation(situation);
    m_execForm->setExecEnabled(situation.runtimeUsable && !situation.busy
                               && state.allows(ContainerState::Action::Exec));
    m_consoleView->setInputEnabled(state.status != Status::None);
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
    case Action::Features: return tr("Features");
    }
    return QString();
}
