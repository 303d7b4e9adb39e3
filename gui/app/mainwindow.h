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
class JsonPage;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QMimeData;
class QTabWidget;
class RecentFiles;
class SecurityReviewPanel;
class SpecDocument;
class ValidationPanel;
class RunPanel;

// The editor's window: one document, its tabs, the validation, security
// review and explain panels, the run panel, and the menus around them.
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
    // The security review's dock, tabbed with Validation and Run.
    QDockWidget *securityDock() const { return m_securityDock; }

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

    // Docks back to their first-start places and sizes (View > Reset Layout).
    void resetLayout();

    // Shows the tab and widget that edit pointer; false when no tab does.
    bool goToPointer(const JsonPointer &pointer);
    // The tab that edits pointer, preferring the specific tabs over JSON.
    EditorPage *pageFor(const JsonPointer &pointer) const;

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

    // Asks about unsaved changes; false when the user cancelled.
    bool maybeSave();
    void updateTitle();
    void showFindings(const QList<Finding> &findings);
    void onChangedOnDisk(const QString &path);
    void rememberOpened();
    static QString droppedPath(const QMimeData *mime);

    SpecDocument *m_document;
    QTabWidget *m_tabs;
    QList<EditorPage *> m_pages;
    JsonPage *m_jsonPage = nullptr;
    ValidationPanel *m_validation;
    ExplainPanel *m_explain;
    SecurityReviewPanel *m_security;
    RunPanel *m_runPanel = nullptr;
    QDockWidget *m_validationDock = nullptr;
    QDockWidget *m_explainDock = nullptr;
    QDockWidget *m_securityDock = nullptr;
    QDockWidget *m_runDock = nullptr;
    DiskWatcher *m_diskWatcher;
    RecentFiles *m_recentFiles = nullptr;
    QLabel *m_findingsLabel;

    QMenu *m_newMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    bool m_askingAboutDisk = false;
};
