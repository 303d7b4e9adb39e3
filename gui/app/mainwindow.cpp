// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "abouttext.h"
#include "bundlefiledialog.h"
#include "containersmode.h"
#include "demobundle.h"
#include "diskconflictdialog.h"
#include "diskwatcher.h"
#include "explainpanel.h"
#include "fromimagedialog.h"
#include "infobar.h"
#include "learnocidialog.h"
#include "modearea.h"
#include "paletteglyphicon.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "recentfiles.h"
#include "securityreviewpanel.h"
#include "shortcutsdialog.h"
#include "validationpanel.h"
#include "welcomepage.h"

#include "bundle/bundlelock.h"
#include "bundle/bundletemplates.h"
#include "compare/comparemenu.h"
#include "containers/containersview.h"
#include "io/atomicfilewriter.h"
#include "editors/editorpage.h"
#include "editors/jsontextedit.h"
#include "document/specdocument.h"
#include "inspect/inspectpage.h"
#include "inspect/runtimesupportview.h"
#include "pages/capabilitiespage.h"
#include "pages/devicespage.h"
#include "pages/generalpage.h"
#include "pages/hookspage.h"
#include "pages/idmappingspage.h"
#include "pages/jsonpage.h"
#include "pages/mountspage.h"
#include "pages/namespacespage.h"
#include "pages/processpage.h"
#include "pages/resourcespage.h"
#include "pages/securitypage.h"
#include "run/lifecyclebar.h"
#include "run/runpanel.h"
#include "run/runstatusstrip.h"
#include "runtime/runcbinary.h"

#include <QActionGroup>
#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// How long the status bar shows "Opened …" and "Saved …", in milliseconds.
constexpr int StatusMessageTimeout = 5000;

// The modes by id, as settings and setMode() name them.
const QString WelcomeMode = QStringLiteral("welcome");
const QString EditMode = QStringLiteral("edit");
const QString InspectMode = QStringLiteral("inspect");
const QString RunMode = QStringLiteral("run");
const QString ContainersModeId = QStringLiteral("containers");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new SpecDocument(this)), m_editArea(new QMainWindow(this, Qt::Widget)),
      m_tabs(new QTabWidget(m_editArea)), m_validation(new ValidationPanel(this)), m_explain(new ExplainPanel(this)),
      m_security(new SecurityReviewPanel(this)), m_diskWatcher(new DiskWatcher(this)), m_findingsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_tabs->setObjectName(QStringLiteral("pageTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_editArea->setObjectName(QStringLiteral("editArea"));
    m_demoBanner = new InfoBar(m_editArea);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->hide();
    auto editCentre = new QWidget(m_editArea);
    auto editLayout = new QVBoxLayout(editCentre);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->setSpacing(0);
    editLayout->addWidget(m_demoBanner);
    editLayout->addWidget(m_tabs, 1);
    m_editArea->setCentralWidget(editCentre);

    createPages();
    createDocks();
    createModes();
    createActions();
    createMenus();

    m_findingsLabel->setObjectName(QStringLiteral("findingsStatus"));
    // The container of Run mode stays in sight in the other modes.
    m_runStatus = new RunStatusStrip(m_runPanel->session(), m_runPanel->stopper(), this);
    m_runStatus->setObjectName(QStringLiteral("windowRunStatus"));
    m_runStatus->setCompact(true);
    statusBar()->addPermanentWidget(m_runStatus);
    statusBar()->addPermanentWidget(m_findingsLabel);
    // Run mode shows the whole strip in its panel.
    connect(m_modes, &ModeArea::currentModeChanged, m_runStatus,
            [this](const QString &mode) { m_runStatus->setVisible(mode != RunMode); });
    m_runStatus->setVisible(mode() != RunMode);

    connect(m_document, &SpecDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &SpecDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &SpecDocument::filePathChanged, this, &MainWindow::updateDemoBanner);
    connect(m_demoBanner, &InfoBar::closed, this, [this] { m_demoBanner->setProperty("dismissed", true); });
    connect(m_validation, &ValidationPanel::findingsChanged, this, &MainWindow::showFindings);
    connect(m_validation, &ValidationPanel::findingActivated, this, &MainWindow::goToPointer);
    connect(m_security, &SecurityReviewPanel::findingActivated, this, &MainWindow::goToPointer);
    connect(m_diskWatcher, &DiskWatcher::changedOnDisk, this, &MainWindow::onChangedOnDisk);
    m_validation->setDocument(m_document);
    m_security->setDocument(m_document);

    readSettings();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The document is the window's first child and would be destroyed first;
    // the views that refer to it go before it.
    delete m_modes;
}

void MainWindow::createPages()
{
    addPage(new GeneralPage(m_document, m_tabs));
    addPage(new ProcessPage(m_document, m_tabs));
    addPage(new CapabilitiesPage(m_document, m_tabs));
    addPage(new MountsPage(m_document, m_tabs));
    addPage(new NamespacesPage(m_document, m_tabs));
    addPage(new IdMappingsPage(m_document, m_tabs));
    addPage(new HooksPage(m_document, m_tabs));
    addPage(new ResourcesPage(m_document, m_tabs));
    addPage(new DevicesPage(m_document, m_tabs));
    addPage(new SecurityPage(m_document, m_tabs));
    m_jsonPage = new JsonPage(m_document, m_tabs);
    addPage(m_jsonPage);
    connect(m_jsonPage, &JsonPage::goToPointerRequested, this, &MainWindow::goToPointer);
    // Text that does not parse stays in the JSON tab, unapplied; say so on leaving it.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (currentPage() != m_jsonPage && m_jsonPage->textView()->hasUnappliedText())
            statusBar()->showMessage(tr("The JSON text has an error and is not applied; it is kept in the JSON tab."),
                                     10000);
    });
}

void MainWindow::addPage(EditorPage *page)
{
    // A page wider or taller than the window scrolls instead of squeezing
    // the panels or growing the window past the screen.
    auto scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_pages.append(page);
    m_tabs->addTab(scroll, page->title());
    connect(page, &EditorPage::fieldFocused, m_explain, &ExplainPanel::showPointer);
}

EditorPage *MainWindow::currentPage() const
{
    auto scroll = qobject_cast<QScrollArea *>(m_tabs->currentWidget());
    return scroll ? qobject_cast<EditorPage *>(scroll->widget()) : nullptr;
}

void MainWindow::showPage(EditorPage *page)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto scroll = qobject_cast<QScrollArea *>(m_tabs->widget(i));
        if (scroll && scroll->widget() == page)
            m_tabs->setCurrentIndex(i);
    }
}

void MainWindow::createDocks()
{
    m_validationDock = new QDockWidget(tr("Validation"), m_editArea);
    m_validationDock->setObjectName(QStringLiteral("validationDock"));
    m_validationDock->setWidget(m_validation);
    m_editArea->addDockWidget(Qt::BottomDockWidgetArea, m_validationDock);

    // Beside Validation: another list of findings that lead to fields, where
    // people already look for them, out of the way until raised.
    m_securityDock = new QDockWidget(tr("Security Review"), m_editArea);
    m_securityDock->setObjectName(QStringLiteral("securityDock"));
    m_securityDock->setWidget(m_security);
    m_editArea->addDockWidget(Qt::BottomDockWidgetArea, m_securityDock);

    m_explainDock = new QDockWidget(tr("Explain"), m_editArea);
    m_explainDock->setObjectName(QStringLiteral("explainDock"));
    m_explainDock->setWidget(m_explain);
    m_editArea->addDockWidget(Qt::RightDockWidgetArea, m_explainDock);

    m_runPanel = new RunPanel(this);
    m_runPanel->setDocument(m_document);
    m_runPanel->setSaveFunction([this] { return save(); });
    connect(m_runPanel, &RunPanel::findingActivated, this, &MainWindow::goToPointer);
    m_editArea->tabifyDockWidget(m_validationDock, m_securityDock);
    m_validationDock->raise();
    applyRuntimePreferences();
}

void MainWindow::createModes()
{
    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openWithDialog);
    connect(m_welcome, &WelcomePage::openRecentRequested, this, &MainWindow::openRecent);
    connect(m_welcome, &WelcomePage::newFromTemplateRequested, this, &MainWindow::newFromTemplate);
    connect(m_welcome, &WelcomePage::newFromImageRequested, this, &MainWindow::newFromImage);
    connect(m_welcome, &WelcomePage::learnRequested, this, &MainWindow::showLearnOci);

    // The run panel is tall; in a small window it scrolls instead of
    // squeezing its console.
    auto runScroll = new QScrollArea(this);
    runScroll->setObjectName(QStringLiteral("runArea"));
    runScroll->setWidgetResizable(true);
    runScroll->setFrameShape(QFrame::NoFrame);
    runScroll->setWidget(m_runPanel);

    m_modes = new ModeArea(this);
    m_modes->setObjectName(QStringLiteral("modes"));
    m_modes->addMode(WelcomeMode, style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Welcome"),
                     tr("Recent bundles, new bundles from templates, and opening one"), m_welcome);
    m_modes->addMode(EditMode, style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Edit"),
                     tr("The configuration in tabs, with its validation, security review and explanations"),
                     m_editArea);
    // Inspect: the root filesystem, and what the installed runtimes support.
    auto inspectPage = new InspectPage(m_document, this);
    connect(inspectPage, &InspectPage::goToPointerRequested, this, &MainWindow::goToPointer);
    auto inspectTabs = new QTabWidget(this);
    inspectTabs->setObjectName(QStringLiteral("inspectTabs"));
    inspectTabs->setDocumentMode(true);
    inspectTabs->addTab(inspectPage, tr("Root filesystem"));
    auto runtimeSupport = new RuntimeSupportView(m_document, this);
    connect(runtimeSupport, &RuntimeSupportView::pointerActivated, this, &MainWindow::goToPointer);
    inspectTabs->addTab(runtimeSupport, tr("Runtime support"));
    m_modes->addMode(InspectMode, style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Inspect"),
                     tr("The bundle's root filesystem, read-only, and what the installed runtimes support"),
                     inspectTabs);
    m_modes->addMode(RunMode, PaletteGlyphIcon::play(), tr("Run"),
                     tr("Run the bundle with runc or crun and watch the container"), runScroll);
    auto containers = new ContainersView(this);
    new ContainersMode(this, containers);
    m_modes->addMode(ContainersModeId, style()->standardIcon(QStyle::SP_FileDialogListView), tr("Containers"),
                     tr("Every container on this machine, whichever tool started it"), containers);
    m_modes->setCurrentMode(EditMode);
    setCentralWidget(m_modes);
}

bool MainWindow::setMode(const QString &mode)
{
    return m_modes->setCurrentMode(mode);
}

QString MainWindow::mode() const
{
    return m_modes->currentMode();
}

void MainWindow::updateDemoBanner()
{
    const bool show = !m_document->filePath().isEmpty() && !m_demoBanner->property("dismissed").toBool()
        && QFileInfo(m_document->bundleDirectory()) == QFileInfo(DemoBundle::directory());
    if (show) {
        m_demoBanner->setText(tr("The demo bundle: busybox that runc runs as it is (see Run). Open your own with %1, "
                                 "or start from a template in Welcome.")
                                  .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    }
    m_demoBanner->setVisible(show);
}

void MainWindow::createActions()
{
    m_newFromImageAction = new QAction(tr("From &Image…"), this);
    m_newFromImageAction->setObjectName(QStringLiteral("newFromImageAction"));
    m_newFromImageAction->setStatusTip(
        tr("Unpacks an OCI image, archive or registry image into a new bundle directory."));
    connect(m_newFromImageAction, &QAction::triggered, this, &MainWindow::newFromImage);
    m_openAction = new QAction(tr("&Open Bundle…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a bundle directory or its config.json"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWithDialog);

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(tr("Save config.json into another bundle directory"));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAsWithDialog);

    m_revertAction = new QAction(tr("Re&vert"), this);
    m_revertAction->setStatusTip(tr("Discard unsaved changes and reload the file"));
    connect(m_revertAction, &QAction::triggered, this, &MainWindow::confirmRevert);

    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setStatusTip(tr("Close the window, asking about unsaved changes"));
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_preferencesAction = new QAction(tr("Pre&ferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // File > New: each template, then From Image.
    m_newMenu = file->addMenu(tr("&New"));
    const QList<BundleTemplates::Template> templates = BundleTemplates::all();
    for (const BundleTemplates::Template &entry : templates) {
        QAction *action = m_newMenu->addAction(entry.title);
        action->setStatusTip(entry.description);
        const QString id = entry.id;
        connect(action, &QAction::triggered, this, [this, id] { newFromTemplate(id); });
        if (m_newMenu->actions().size() == 1)
            action->setShortcut(QKeySequence::New);
    }
    m_newMenu->addSeparator();
    m_newMenu->addAction(m_newFromImageAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentFiles = new RecentFiles(m_recentMenu, this);
    connect(m_recentFiles, &RecentFiles::openRequested, this, &MainWindow::openRecent);
    m_welcome->setRecentBundles(m_recentFiles->paths());
    connect(m_recentFiles, &RecentFiles::changed, this,
            [this] { m_welcome->setRecentBundles(m_recentFiles->paths()); });
    auto *compare = new CompareMenu(m_document, this);
    file->addMenu(compare);
    connect(compare, &CompareMenu::fieldRequested, this, &MainWindow::goToPointer);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_revertAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // The modes, Ctrl+1 and on as in Qt Creator, checked as the mode bar is.
    auto modeActions = new QActionGroup(this);
    const QStringList modes = m_modes->modes();
    for (int i = 0; i < modes.size(); ++i) {
        const QString mode = modes.at(i);
        QAction *action = view->addAction(m_modes->modeButton(mode)->text());
        action->setObjectName(mode + QStringLiteral("ModeAction"));
        action->setCheckable(true);
        action->setChecked(mode == m_modes->currentMode());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setStatusTip(m_modes->modeButton(mode)->toolTip());
        modeActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
        connect(m_modes, &ModeArea::currentModeChanged, action,
                [action, mode](const QString &current) { action->setChecked(current == mode); });
    }
    view->addSeparator();
    QAction *validationToggle = m_validationDock->toggleViewAction();
    validationToggle->setText(tr("&Validation"));
    view->addAction(validationToggle);
    QAction *securityToggle = m_securityDock->toggleViewAction();
    securityToggle->setText(tr("&Security Review"));
    securityToggle->setStatusTip(
        tr("How the configuration meets Docker Bench, the Pod Security Standards, kubesec and Trivy"));
    view->addAction(securityToggle);
    QAction *explainToggle = m_explainDock->toggleViewAction();
    explainToggle->setText(tr("E&xplain"));
    view->addAction(explainToggle);
    view->addSeparator();
    QAction *resetLayout = view->addAction(tr("Reset &Layout"));
    resetLayout->setStatusTip(tr("Put the panels back where they were at the first start"));
    connect(resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);

    // The run view's lifecycle, from every mode; the output is in Run mode.
    // R&un: Alt+R belongs to Remove, Read-only paths and the run view's Runtime.
    QMenu *run = menuBar()->addMenu(tr("R&un"));
    run->setObjectName(QStringLiteral("runMenu"));
    for (QAction *action : m_runPanel->lifecycleBar()->actions()) {
        if (action == m_runPanel->lifecycleBar()->action(LifecycleBar::Step::Stop))
            run->addSeparator();
        run->addAction(action);
        connect(action, &QAction::triggered, this, [this] { setMode(RunMode); });
    }
    // Create and Run may ask first (save, host findings): over Run mode.
    connect(m_runPanel, &RunPanel::runRequested, this, [this] { setMode(RunMode); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *explainField = help->addAction(tr("&Explain This Field"));
    explainField->setObjectName(QStringLiteral("explainFieldAction"));
    explainField->setShortcut(QKeySequence::HelpContents);
    explainField->setStatusTip(tr("Show what the field with the focus means, in the Explain panel"));
    // Explain already follows the focus; F1 makes sure it is in sight.
    connect(explainField, &QAction::triggered, this, [this] {
        setMode(EditMode);
        m_explainDock->show();
        m_explainDock->raise();
    });
    connect(m_explain, &ExplainPanel::conceptRequested, this, &MainWindow::showConcept);
    QAction *learn = help->addAction(tr("&Learn OCI"));
    learn->setObjectName(QStringLiteral("learnOciAction"));
    learn->setStatusTip(tr("The concepts behind the fields, shown with this bundle's values"));
    connect(learn, &QAction::triggered, this, &MainWindow::showLearnOci);
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setStatusTip(tr("Every keyboard shortcut of the window, with a filter"));
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About OCI Bundle Editor"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

// --- settings -----------------------------------------------------------------

void MainWindow::resetLayout()
{
    for (QDockWidget *dock : {m_validationDock, m_securityDock, m_explainDock}) {
        dock->setFloating(false);
        dock->show();
    }
    m_editArea->addDockWidget(Qt::RightDockWidgetArea, m_explainDock);
    m_editArea->addDockWidget(Qt::BottomDockWidgetArea, m_validationDock);
    m_editArea->addDockWidget(Qt::BottomDockWidgetArea, m_securityDock);
    m_editArea->tabifyDockWidget(m_validationDock, m_securityDock);
    m_validationDock->raise();
    resizeDocksToDefault();
}

void MainWindow::resizeDocksToDefault()
{
    // The tabs get most of the room: the findings a quarter of the height,
    // Explain a fifth of the width, but never less than a few lines of each.
    const QSize area = m_editArea->size();
    m_editArea->resizeDocks({m_validationDock}, {std::max(area.height() / 4, 150)}, Qt::Vertical);
    m_editArea->resizeDocks({m_explainDock}, {std::max(area.width() / 5, 220)}, Qt::Horizontal);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        resize(1280, 800);
        // Dock sizes only take once the window is laid out.
        QTimer::singleShot(0, this, &MainWindow::resizeDocksToDefault);
    }
    m_editArea->restoreState(settings.value(QStringLiteral("mainWindow/editState")).toByteArray());
    setMode(settings.value(QStringLiteral("mainWindow/mode"), EditMode).toString());
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(QStringLiteral("splitters/") + splitter->objectName()).toByteArray());
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/editState"), m_editArea->saveState());
    settings.setValue(QStringLiteral("mainWindow/mode"), mode());
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("splitters/") + splitter->objectName(), splitter->saveState());
    }
}

// --- file handling --------------------------------------------------------------

bool MainWindow::openBundle(const QString &path, bool interactive)
{
    if (!m_document->load(path)) {
        if (interactive)
            QMessageBox::warning(this, tr("Cannot Open Bundle"), m_document->errorString());
        return false;
    }
    rememberOpened(m_document->loadedData());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_document->filePath())),
                             StatusMessageTimeout);
    // Said before any edit, since the first save would make it so.
    const QStringList warnings = m_document->loadWarnings();
    if (interactive && !warnings.isEmpty())
        QMessageBox::warning(this, tr("Opened with Warnings"), warnings.join(QStringLiteral("\n\n")));
    return true;
}

void MainWindow::rememberOpened(const QByteArray &onDisk)
{
    m_recentFiles->add(m_document->bundleDirectory());
    m_diskWatcher->watch(m_document->filePath(), onDisk);
    updateTitle();
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAsWithDialog();
    const std::optional<SpecFile::WriteOptions> options = confirmWriteTarget(m_document->filePath());
    if (!options || !resolveChangeOnDisk())
        return false;
    return writeDocument(m_document->filePath(), *options);
}

std::optional<SpecFile::WriteOptions> MainWindow::confirmWriteTarget(const QString &path)
{
    SpecFile::WriteOptions options;
    const AtomicFileWriter::Target target = AtomicFileWriter::inspect(path);
    if (target.isLink && target.outside) {
        const auto answer = QMessageBox::warning(
            this, tr("Write Outside the Bundle?"),
            tr("%1 is a link to %2, which is outside the bundle directory. Saving would change that file.\n\n"
               "Write to %2 anyway?")
                .arg(QDir::toNativeSeparators(target.path), QDir::toNativeSeparators(target.resolved)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return std::nullopt;
        options.allowLinkOutside = true;
    }
    if (target.exists && target.hardLinks > 1) {
        const auto answer = QMessageBox::question(
            this, tr("Separate Hard-Linked File?"),
            tr("%1 has %2 hard links. Saving makes it a file of its own; the other names keep the old content.\n\n"
               "Save anyway?")
                .arg(QDir::toNativeSeparators(target.resolved))
                .arg(target.hardLinks),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return std::nullopt;
    }
    return options;
}

bool MainWindow::resolveChangeOnDisk()
{
    QByteArray onDisk;
    bool exists = false;
    if (!m_diskWatcher->differsOnDisk(&onDisk, &exists))
        return true;
    DiskConflictDialog dialog(m_document->filePath(), onDisk, exists, m_document->toJson(),
                              DiskConflictDialog::Moment::Saving, this);
    m_askingAboutDisk = true; // one question at a time
    dialog.exec();
    m_askingAboutDisk = false;
    switch (dialog.choice()) {
    case DiskConflictDialog::Choice::Reload: openBundle(m_document->filePath()); return false;
    case DiskConflictDialog::Choice::KeepMine:
        m_diskWatcher->setKnownContent(onDisk); // what the user agreed to overwrite
        return true;
    case DiskConflictDialog::Choice::Later: break;
    }
    return false;
}

bool MainWindow::writeDocument(const QString &target, SpecFile::WriteOptions options)
{
    // Typing in the JSON text that still waits for its pause is saved too.
    m_jsonPage->textView()->applyTypedText();
    // One writer at a time per bundle: the command line takes the same lock.
    BundleLock lock(target);
    if (!lock.lock()) {
        QMessageBox::warning(this, tr("Cannot Save"), lock.errorString());
        return false;
    }
    const QString previous = m_document->filePath();
    // Changed again while the user was deciding: ask about the new change.
    if (QFileInfo(target) == QFileInfo(previous) && m_diskWatcher->differsOnDisk()) {
        lock.unlock();
        return save();
    }
    const QByteArray content = m_document->toJson();
    if (!m_document->save(target, options)) {
        QMessageBox::warning(this, tr("Cannot Save"), m_document->errorString());
        return false;
    }
    if (m_document->filePath() == previous)
        m_diskWatcher->setKnownContent(content);
    else
        rememberOpened(content);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())),
                             StatusMessageTimeout);
    const QStringList warnings = m_document->saveWarnings();
    if (!warnings.isEmpty())
        QMessageBox::warning(this, tr("Saved with Warnings"), warnings.join(QStringLiteral("\n\n")));
    return true;
}

bool MainWindow::saveToDirectory(const QString &directory, RootfsHandling rootfs)
{
    const QString target = QDir(directory).filePath(QStringLiteral("config.json"));
    // Asked before a root filesystem is copied for a save that would not happen.
    const std::optional<SpecFile::WriteOptions> options = confirmWriteTarget(target);
    if (!options)
        return false;
    if (const std::optional<RootfsCopy::Plan> plan = RootfsCopy::planFor(*m_document, directory)) {
        if (rootfs == RootfsHandling::Copy && !copyRootfs(*plan))
            return false;
        if (rootfs == RootfsHandling::ReferToOriginal)
            m_document->setValue(JsonPointer("/root/path"), Json(JsonUtil::toStd(plan->source)));
    }
    return writeDocument(target, *options);
}

bool MainWindow::copyRootfs(const RootfsCopy::Plan &plan)
{
    RootfsCopy copy;
    QProgressDialog progress(tr("Copying the root filesystem to %1…").arg(QDir::toNativeSeparators(plan.target)),
                             tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Save As"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400); // a small rootfs copies without a flash of dialog
    bool done = false;
    bool copied = false;
    QString error;
    QEventLoop loop;
    connect(&copy, &RootfsCopy::finished, &loop, [&](bool ok, const QString &message) {
        done = true;
        copied = ok;
        error = message;
        loop.quit();
    });
    connect(&progress, &QProgressDialog::canceled, &copy, &RootfsCopy::cancel);
    copy.start(plan);
    if (!done) // a copy that cannot start reports at once
        loop.exec();
    progress.reset();
    if (!copied && !progress.wasCanceled())
        QMessageBox::warning(this, tr("Cannot Copy the Root Filesystem"),
                             tr("%1\n\nconfig.json was not saved.").arg(error));
    return copied;
}

bool MainWindow::saveAsWithDialog()
{
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Save Bundle to Directory"), m_document->bundleDirectory());
    if (directory.isEmpty())
        return false;
    const QString target = QDir(directory).filePath(QStringLiteral("config.json"));
    if (QFileInfo(target) != QFileInfo(m_document->filePath()) && QFileInfo::exists(target)) {
        const auto answer = QMessageBox::question(
            this, tr("Replace config.json?"),
            tr("%1 already contains a config.json. Replace it?").arg(QDir::toNativeSeparators(directory)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    RootfsHandling rootfs = RootfsHandling::Leave;
    if (const std::optional<RootfsCopy::Plan> plan = RootfsCopy::planFor(*m_document, directory)) {
        QMessageBox box(QMessageBox::Question, tr("Copy the Root Filesystem?"),
                        tr("The root filesystem \"%1\" is in %2, not in the new bundle directory.\n\n"
                           "Copy it, keeping owners, modes and links? Or let the new config.json use "
                           "the original directory by its absolute path?")
                            .arg(plan->rootPath, QDir::toNativeSeparators(m_document->bundleDirectory())),
                        QMessageBox::Cancel, this);
        QPushButton *copy = box.addButton(tr("&Copy It"), QMessageBox::AcceptRole);
        QPushButton *refer = box.addButton(tr("&Use the Original"), QMessageBox::AcceptRole);
        QPushButton *leave = box.addButton(tr("Save config.json &Only"), QMessageBox::AcceptRole);
        box.setDefaultButton(copy);
        box.exec();
        if (box.clickedButton() == copy)
            rootfs = RootfsHandling::Copy;
        else if (box.clickedButton() == refer)
            rootfs = RootfsHandling::ReferToOriginal;
        else if (box.clickedButton() != leave)
            return false;
    }
    return saveToDirectory(directory, rootfs);
}

bool MainWindow::revert()
{
    if (m_document->filePath().isEmpty())
        return false;
    return openBundle(m_document->filePath());
}

void MainWindow::confirmRevert()
{
    if (m_document->isModified()) {
        const auto answer = QMessageBox::question(this, tr("Revert to Saved?"),
                                                  tr("Discard all unsaved changes and reload %1 from disk?")
                                                      .arg(QDir::toNativeSeparators(m_document->filePath())),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    revert();
}

void MainWindow::openWithDialog()
{
    if (!maybeSave())
        return;
    BundleFileDialog dialog(this, m_document->bundleDirectory());
    if (dialog.exec() == QDialog::Accepted && openBundle(dialog.chosenPath()))
        setMode(EditMode);
}

void MainWindow::openRecent(const QString &path)
{
    if (maybeSave() && openBundle(path))
        setMode(EditMode);
}

void MainWindow::newFromTemplate(const QString &templateId)
{
    if (!maybeSave())
        return;
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Choose a Directory for the New Bundle"), QDir::homePath());
    if (directory.isEmpty())
        return;
    const Result<QString> created = BundleTemplates::create(templateId, directory);
    if (!created) {
        QMessageBox::warning(this, tr("Cannot Create Bundle"), created.error());
        return;
    }
    if (!openBundle(created.value()))
        return;
    setMode(EditMode);
    offerRootfs();
}

void MainWindow::offerRootfs()
{
    const Json *root = m_document->value(JsonPointer("/root/path"));
    if (!root || !root->is_string())
        return;
    const QString rootPath = JsonUtil::toQString(root->get_ref<const std::string &>());
    const QString absolute = QDir(m_document->bundleDirectory()).absoluteFilePath(rootPath);
    if (QFileInfo::exists(absolute))
        return;
    QMessageBox box(QMessageBox::Question, tr("Add a Root Filesystem?"),
                    tr("The new bundle's root filesystem, %1, does not exist yet. A container needs one to run.\n\n"
                       "Put busybox into it (a shell and the usual commands, enough to run the template's sh), "
                       "use a root filesystem you already have, or create an empty directory to fill later?")
                        .arg(QDir::toNativeSeparators(absolute)),
                    QMessageBox::NoButton, this);
    QPushButton *busybox = box.addButton(tr("Add &Busybox"), QMessageBox::AcceptRole);
    busybox->setObjectName(QStringLiteral("addBusyboxButton"));
    QPushButton *existing = box.addButton(tr("&Choose a Directory…"), QMessageBox::AcceptRole);
    existing->setObjectName(QStringLiteral("chooseRootfsButton"));
    QPushButton *empty = box.addButton(tr("Create &Empty"), QMessageBox::AcceptRole);
    empty->setObjectName(QStringLiteral("emptyRootfsButton"));
    QPushButton *later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("laterRootfsButton"));
    box.setDefaultButton(busybox);
    box.exec();
    if (box.clickedButton() == busybox) {
        if (const Result<void> added = BundleTemplates::addBusyboxRootfs(m_document->bundleDirectory()); !added)
            QMessageBox::warning(this, tr("Cannot Add Busybox"), added.error());
    } else if (box.clickedButton() == existing) {
        const QString directory =
            QFileDialog::getExistingDirectory(this, tr("Choose the Root Filesystem"), m_document->bundleDirectory());
        if (!directory.isEmpty()) {
            // An ordinary edit: undoable, and saved with the rest.
            m_document->setValue(JsonPointer("/root/path"), Json(JsonUtil::toStd(directory)),
                                 tr("Use %1 as the root filesystem").arg(QDir::toNativeSeparators(directory)));
        }
    } else if (box.clickedButton() == empty) {
        if (!QDir().mkpath(absolute))
            QMessageBox::warning(this, tr("Cannot Create the Directory"),
                                 tr("%1 could not be created.").arg(QDir::toNativeSeparators(absolute)));
    }
    // The root filesystem checks read the directory anew.
    m_validation->validateNow();
}

void MainWindow::newFromImage()
{
    if (!maybeSave())
        return;
    FromImageDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openBundle(dialog.configPath());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer =
        QMessageBox::warning(this, tr("Unsaved Changes"), tr("The bundle has unsaved changes. Save them first?"),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::onChangedOnDisk(const QString &path)
{
    if (m_askingAboutDisk)
        return;
    QByteArray onDisk;
    bool exists = false;
    if (!m_diskWatcher->differsOnDisk(&onDisk, &exists))
        return;
    m_askingAboutDisk = true;
    DiskConflictDialog dialog(path, onDisk, exists, m_document->toJson(), DiskConflictDialog::Moment::Noticed, this);
    dialog.exec();
    m_askingAboutDisk = false;
    switch (dialog.choice()) {
    case DiskConflictDialog::Choice::Reload: openBundle(path); break;
    case DiskConflictDialog::Choice::KeepMine:
        // The editor's version now differs from the file: it is unsaved work.
        m_diskWatcher->setKnownContent(onDisk);
        m_document->undoStack()->resetClean();
        break;
    case DiskConflictDialog::Choice::Later: break; // Save asks again.
    }
}

void MainWindow::updateTitle()
{
    const QString name =
        m_document->filePath().isEmpty() ? tr("Untitled") : QDir::toNativeSeparators(m_document->bundleDirectory());
    setWindowTitle(tr("%1[*] — %2").arg(name, QGuiApplication::applicationDisplayName()));
    setWindowModified(m_document->isModified());
    m_revertAction->setEnabled(!m_document->filePath().isEmpty());
}

// --- findings and navigation ------------------------------------------------------

void MainWindow::showFindings(const QList<Finding> &findings)
{
    m_findingsLabel->setText(ValidationPanel::summary(findings));
    for (EditorPage *page : std::as_const(m_pages))
        page->showFindings(findings);
}

EditorPage *MainWindow::pageFor(const JsonPointer &pointer) const
{
    // The most specific page wins: Capabilities (/process/capabilities)
    // before Process (/process); JSON, which covers everything, comes last.
    EditorPage *best = m_jsonPage;
    size_t bestDepth = 0;
    for (EditorPage *page : m_pages) {
        if (page == m_jsonPage)
            continue;
        const QList<JsonPointer> covered = page->coveredPointers();
        for (const JsonPointer &prefix : covered) {
            const size_t depth = JsonUtil::tokens(prefix).size();
            if (JsonUtil::startsWith(pointer, prefix) && depth > bestDepth) {
                best = page;
                bestDepth = depth;
            }
        }
    }
    return best;
}

bool MainWindow::goToPointer(const JsonPointer &pointer)
{
    setMode(EditMode);
    EditorPage *page = pageFor(pointer);
    showPage(page);
    m_explain->showPointer(pointer);
    if (page->focusPointer(pointer))
        return true;
    if (page == m_jsonPage)
        return false;
    showPage(m_jsonPage);
    return m_jsonPage->focusPointer(pointer);
}

void MainWindow::showLearnOci()
{
    if (!m_learn) {
        m_learn = new LearnOciDialog(m_document, this);
        // The field comes to the front, the page stays open beside it.
        connect(m_learn, &LearnOciDialog::fieldRequested, this, [this](const JsonPointer &pointer) {
            goToPointer(pointer);
            activateWindow();
        });
        connect(m_learn, &LearnOciDialog::timelineRequested, this, [this] {
            showTimeline();
            activateWindow();
        });
    }
    m_learn->show();
    m_learn->raise();
    m_learn->activateWindow();
}

void MainWindow::showTimeline()
{
    setMode(RunMode);
    m_runPanel->showTimeline();
}

void MainWindow::showConcept(ConceptTopic topic)
{
    showLearnOci();
    m_learn->showTopic(topic);
}

// --- window events ----------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (!m_runPanel->confirmQuit()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

QString MainWindow::droppedPath(const QMimeData *mime)
{
    if (!mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QFileInfo info(mime->urls().first().toLocalFile());
    if (info.isDir() || info.fileName() == QLatin1String("config.json"))
        return info.absoluteFilePath();
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    if (maybeSave())
        openBundle(path);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        applyRuntimePreferences();
}

void MainWindow::applyRuntimePreferences()
{
    m_runPanel->setRuntime(RuncBinary::fromSettings({Preferences::runtimeProgram(), Preferences::runtimeRoot(),
                                                     Preferences::systemdCgroup(), Preferences::rootless()}));
}

void MainWindow::showAbout()
{
    // The runtimes answer while the box is open, each line as it comes, in
    // the order asked: one that hangs never freezes the window.
    const QStringList names{QStringLiteral("runc"), QStringLiteral("crun")};
    QMessageBox box(QMessageBox::NoIcon, tr("About OCI Bundle Editor"), AboutText::html({}), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    QHash<QString, InstalledRuntime> answers;
    RuntimeVersionReader reader;
    connect(&reader, &RuntimeVersionReader::runtimeRead, &box, [&](const InstalledRuntime &runtime) {
        answers.insert(runtime.name, runtime);
        QList<InstalledRuntime> runtimes;
        for (const QString &name : names) {
            if (answers.contains(name))
                runtimes << answers.value(name);
        }
        box.setText(AboutText::html(runtimes));
    });
    reader.read(names);
    box.exec();
}
