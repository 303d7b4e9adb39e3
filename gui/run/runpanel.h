// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "ocispec/finding.h"
#include "runtime/containersession.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ConsoleView;
class ContainerStopper;
class ExecForm;
class LifecycleBar;
class ProcessListModel;
class QLabel;
class QTabWidget;
class QTreeView;
class RunMessageArea;
class RunStatusStrip;
class RuntimeSettingsRow;
class SpecDocument;
class LaunchTimelineView;
class StatsChartView;
class TerminalView;

// Runs the open bundle with runc or crun: the runtime's settings, the
// lifecycle actions that follow the container's state, what went wrong, and
// the container's console or terminal, exec, processes and live charts. All
// runtime work is done by a ContainerSession; the panel only listens to it.
// The machine's other containers are the Containers mode's business.
class RunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override;

    // The document whose bundle runs; unsaved edits are saved (after asking)
    // before a create, because the runtime reads config.json from disk.
    void setDocument(SpecDocument *document);
    // A bundle directory to run when there is no document.
    void setBundlePath(const QString &path);
    QString bundlePath() const;

    // The runtime and its options, as chosen in Preferences.
    void setRuntime(const RuncBinary &runtime);
    RuncBinary runtime() const;
    void setContainerId(const QString &id);
    QString containerId() const;

    // Asks before saving, before running past feature warnings and before
    // quitting. Off for scripted use (tests, benchmarks): then it saves,
    // runs and leaves containers running without asking.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // How unsaved edits are saved before a run. The window passes its own
    // Save, which locks the bundle, asks about links and remembers what it
    // wrote; without one the document saves itself.
    void setSaveFunction(std::function<bool()> save) { m_save = std::move(save); }

    // For the main window's closeEvent: false when the user canceled.
    // With a container alive it asks: leave it running, or kill and delete it.
    bool confirmQuit();
    // Ends the session without asking; no child process remains.
    void finishForQuit(bool killAndDelete);

    ContainerSession *session() const { return m_session; }
    ContainerStopper *stopper() const { return m_stopper; }
    // The one-line status; it can be shown elsewhere by making another one.
    RunStatusStrip *statusStrip() const { return m_statusStrip; }
    TerminalView *terminalView() const { return m_terminalView; }
    ConsoleView *consoleView() const { return m_consoleView; }
    StatsChartView *statsView() const { return m_statsView; }
    LaunchTimelineView *timelineView() const { return m_timelineView; }
    LifecycleBar *lifecycleBar() const { return m_lifecycle; }
    RuntimeSettingsRow *runtimeSettingsRow() const { return m_settingsRow; }
    // The message shown for the last failed action ("" when none).
    QString errorText() const;
    // The runtime's errors and warnings of the last failed action, each at
    // the field it is about where its message names one.
    QList<Finding> runtimeFindings() const;

Q_SIGNALS:
    // A runtime finding was double-clicked (or Enter pressed on it).
    void findingActivated(const JsonPointer &pointer);
    // Create or Run was asked for; it may ask the user before it starts.
    void runRequested();

public Q_SLOTS:
    void createContainer();
    void startContainer();
    void runContainer();
    void pauseContainer();
    void resumeContainer();
    // SIGTERM, then SIGKILL after the timeout set beside the button.
    void stopContainer();
    void killContainer();
    void deleteContainer();
    void showStatistics();
    void showTimeline();
    // Follows an existing container of the state directory.
    void attachContainer(const QString &id);

private:
    Json configForLocating() const;
    QWidget *buildProcessTab();
    void applyRuntimeSettings();
    bool prepareBundle();
    // Validation before create or run: errors block, findings about this
    // machine ask first ("Run Anyway"); both are listed at their fields.
    bool passesValidation(const Json &config);
    bool confirmFeatures(const Json &config);
    void updateActions();
    // failure: the runtime's own message, for locating the field when the log has none.
    void showError(const QString &text, const QList<RuntimeLogEntry> &log = {}, const QString &failure = QString());
    void onActionFinished(ContainerSession::Action action, bool succeeded, const QString &message,
                          const QList<RuntimeLogEntry> &log);
    static QString actionName(ContainerSession::Action action);

    ContainerSession *m_session;
    ContainerStopper *m_stopper;
    QPointer<SpecDocument> m_document;
    QString m_bundlePath;
    bool m_interactive = true;
    std::function<bool()> m_save;
    bool m_idChosen = false; // typed or set: then it no longer follows the bundle
    bool m_runAfterDelete = false;

    RuntimeSettingsRow *m_settingsRow;
    LifecycleBar *m_lifecycle;
    RunStatusStrip *m_statusStrip;
    QLabel *m_oomLabel;
    RunMessageArea *m_messages;
    QTabWidget *m_tabs;
    ConsoleView *m_consoleView;
    TerminalView *m_terminalView;
    ExecForm *m_execForm;
    ProcessListModel *m_processModel;
    QTreeView *m_processes;
    StatsChartView *m_statsView;
    LaunchTimelineView *m_timelineView;
};
