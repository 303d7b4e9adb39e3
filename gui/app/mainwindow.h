// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "bundle/rootfscopy.h"
#include "document/json.h"
#include "document/specfile.h"
#include "ocispec/finding.h"

#include <QList>
#include <QMainWindow>

#include <optional>

class DiskWatcher;
class EditorPage;
class ExplainPanel;
class InfoBar;
class JsonPage;
class LearnOciDialog;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QMimeData;
class ModeArea;
class QTabWidget;
class RecentFiles;
class SecurityReviewPanel;
class SpecDocument;
class ValidationPanel;
class RunPanel;
class RunStatusStrip;
class WelcomePage;
enum class ConceptTopic;

// The editor's window: one document, shown in modes (ModeArea) — Welcome,
// Edit (its tabs with the validation, security review and explain panels
// docked around them), Run (the run panel, the whole area) and Containers
// (every container of the machine) — and the menus around them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SpecDocument *document() const { return m_document; }
    QTabWidget *tabs() const { return m_tabs; }
    const QList<EditorPage *> &pages() const { return m_pages; }
    EditorPage *currentPage() const;
    void showPage(EditorPage *page);
    ValidationPanel *validationPanel() const { return m_validation; }
    ExplainPanel *explainPanel() const { return m_explain; }
    SecurityReviewPanel *securityPanel() const { return m_security; }
    // The security review's dock, tabbed with Validation.
    QDockWidget *securityDock() const { return m_securityDock; }
    // Edit mode: the tabs and the panels docked around them. The docks
    // belong to it, not to the window, so that other modes fill the window.
    QMainWindow *editArea() const { return m_editArea; }
    ModeArea *modes() const { return m_modes; }
    WelcomePage *welcomePage() const { return m_welcome; }
    RunPanel *runPanel() const { return m_runPanel; }
    // "welcome", "edit" or "run"; false for an unknown mode.
    bool setMode(const QString &mode);
    QString mode() const;

    // Opens a bundle directory or a config.json; reports failures in a
    // message box when interactive is true.
    bool openBundle(const QString &path, bool interactive = true);
    // Saves to the current file, or asks for a directory when there is none.
    bool save();
    // What Save As does with a relative root filesystem that would stay
    // behind in the old bundle directory.
    enum class RootfsHandling { Copy, ReferToOriginal, Leave };
    // Saves config.json into another bundle directory and continues there.
    bool saveToDirectory(const QString &directory, RootfsHandling rootfs = RootfsHandling::Copy);
    // Reloads the file from disk, dropping unsaved changes and the undo history.
    bool revert();
    // File > New from Image: the import dialog, then the new bundle opens.
    void newFromImage();
    // Its action, for other places that offer it (a welcome page).
    QAction *newFromImageAction() const { return m_newFromImageAction; }
    // Asks about unsaved changes; false when the user cancelled.
    bool maybeSave();

    // When the open bundle's root filesystem does not exist (a new bundle
    // from the runc or rootless template): offers busybox, an existing
    // directory, an empty one, or nothing for now.
    void offerRootfs();

    // Docks back to their first-start places and sizes (View > Reset Layout).
    void resetLayout();

    // Shows the tab and widget that edit pointer; false when no tab does.
    bool goToPointer(const JsonPointer &pointer);
    // The tab that edits pointer, preferring the specific tabs over JSON.
    EditorPage *pageFor(const JsonPointer &pointer) const;

    // Help > Learn OCI, open beside the window at topic (or where it was).
    void showLearnOci();
    void showConcept(ConceptTopic topic);
    // Run mode with its Timeline tab.
    void showTimeline();
    // nullptr until first shown.
    LearnOciDialog *learnOciDialog() const { return m_learn; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    void addPage(EditorPage *page);
    void createDocks();
    void createActions();
    void createMenus();
    void readSettings();
    void writeSettings() const;
    void resizeDocksToDefault();

    void createModes();
    void updateDemoBanner();
    void newFromTemplate(const QString &templateId);
    void openWithDialog();
    void openRecent(const QString &path);
    bool saveAsWithDialog();
    // Asks before writing through a link out of the bundle or separating a
    // hard-linked file; nullopt when the user said no.
    std::optional<SpecFile::WriteOptions> confirmWriteTarget(const QString &path);
    // Asks when the open file changed on disk since it was loaded or saved;
    // false when the save must not go ahead.
    bool resolveChangeOnDisk();
    // Saves the document to target under the bundle lock, and says how it went.
    bool writeDocument(const QString &target, SpecFile::WriteOptions options);
    bool copyRootfs(const RootfsCopy::Plan &plan);
    void confirmRevert();
    void showPreferences();
    void applyRuntimePreferences();
    void showAbout();

    void updateTitle();
    void showFindings(const QList<Finding> &findings);
    void onChangedOnDisk(const QString &path);
    void rememberOpened(const QByteArray &onDisk);
    static QString droppedPath(const QMimeData *mime);

    SpecDocument *m_document;
    ModeArea *m_modes = nullptr;
    WelcomePage *m_welcome = nullptr;
    QMainWindow *m_editArea;
    InfoBar *m_demoBanner = nullptr;
    QTabWidget *m_tabs;
    QList<EditorPage *> m_pages;
    JsonPage *m_jsonPage = nullptr;
    ValidationPanel *m_validation;
    ExplainPanel *m_explain;
    SecurityReviewPanel *m_security;
    RunPanel *m_runPanel = nullptr;
    LearnOciDialog *m_learn = nullptr;
    RunStatusStrip *m_runStatus = nullptr;
    QDockWidget *m_validationDock = nullptr;
    QDockWidget *m_explainDock = nullptr;
    QDockWidget *m_securityDock = nullptr;
    DiskWatcher *m_diskWatcher;
    RecentFiles *m_recentFiles = nullptr;
    QLabel *m_findingsLabel;

    QMenu *m_newMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_newFromImageAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    bool m_askingAboutDisk = false;
};
