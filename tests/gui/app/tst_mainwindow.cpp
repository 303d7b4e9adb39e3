// SPDX-License-Identifier: Apache-2.0
#include "app/diskconflictdialog.h"
#include "app/explainpanel.h"
#include "app/findingsmodel.h"
#include "app/mainwindow.h"
#include "app/securityreviewmodel.h"
#include "app/securityreviewpanel.h"
#include "app/validationpanel.h"
#include "compare/specdiffmodel.h"
#include "inspect/runtimesupportview.h"
#include "document/arraytablemodel.h"
#include "editors/editorpage.h"
#include "document/specdocument.h"
#include "ocispec/speccatalogue.h"
#include "dialoganswerer.h"
#include "testfiles.h"

#include <QAction>
#include <QDockWidget>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QPlainTextEdit>

#include <algorithm>
#include <functional>

Q_DECLARE_METATYPE(MainWindow::RootfsHandling)

namespace {

const QByteArray config = R"({
	"ociVersion": "1.2.0",
	"process": {
		"user": {"uid": 0, "gid": 0},
		"args": ["sh"],
		"cwd": "/"
	},
	"root": {"path": "rootfs"},
	"hostname": "box",
	"x-vendor": "kept"
}
)";

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensAndMarksModified();
    void saveWritesTheDocument();
    void revertDropsChanges();
    void saveAsHandlesTheRootfs_data();
    void saveAsHandlesTheRootfs();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void undoActionNamesTheEdit();
    void validationFollowsEdits_data();
    void validationFollowsEdits();
    void rootfsFindingsArriveFromTheWorker();
    void staleRootfsResultIsDropped();
    void doubleClickFocusesTheField();
    void explainFollowsFocus_data();
    void explainFollowsFocus();
    void findingFocusesItsTableCell_data();
    void findingFocusesItsTableCell();
    void dropOpensABundle_data();
    void dropOpensABundle();
    void openingAnotherBundleDropsTheOldFindings();
    void noticesChangesOnDisk();
    void aRepeatedKeyIsNoNewsOnDisk();
    void keepingMineMakesItUnsavedWork();
    void saveAsksAboutAnUnansweredChange();
    void saveAsksBeforeWritingOutsideTheBundle_data();
    void saveAsksBeforeWritingOutsideTheBundle();
    void resetLayoutBringsThePanelsBack_data();
    void resetLayoutBringsThePanelsBack();
    void runtimeSupportLeadsToTheField();

private:
    std::unique_ptr<QTemporaryDir> m_bundle;
    std::unique_ptr<MainWindow> m_window;
    QString configPath() const { return m_bundle->filePath(QStringLiteral("config.json")); }
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_bundle = std::make_unique<QTemporaryDir>();
    QVERIFY(m_bundle->isValid());
    QVERIFY(writeFile(configPath(), config));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openBundle(m_bundle->path(), false));
}

void TestMainWindow::cleanup()
{
    // Nothing may wait for an answer when the window goes away.
    if (m_window && m_window->document()->isModified())
        m_window->revert();
    m_window.reset();
}

void TestMainWindow::opensAndMarksModified()
{
    QVERIFY(m_window->windowTitle().contains(QLatin1String("[*]")));
    QVERIFY(!m_window->isWindowModified());
    m_window->document()->setValue(JsonPointer("/hostname"), Json("changed"));
    QVERIFY(m_window->isWindowModified());
    m_window->document()->undoStack()->undo();
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::saveWritesTheDocument()
{
    m_window->document()->setValue(JsonPointer("/hostname"), Json("saved"));
    QVERIFY(m_window->save());
    QVERIFY(!m_window->isWindowModified());
    const QByteArray written = readFile(configPath());
    QCOMPARE(written, m_window->document()->toJson());
    // Only the edited line differs from the original file.
    QByteArray expected = config;
    expected.replace("\"hostname\": \"box\"", "\"hostname\": \"saved\"");
    QCOMPARE(written, expected);
}

void TestMainWindow::revertDropsChanges()
{
    m_window->document()->setValue(JsonPointer("/hostname"), Json("unsaved"));
    QVERIFY(m_window->revert());
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->document()->toJson(), config);
    QVERIFY(!m_window->document()->undoStack()->canUndo());
}

void TestMainWindow::saveAsHandlesTheRootfs_data()
{
    QTest::addColumn<MainWindow::RootfsHandling>("handling");
    QTest::addColumn<bool>("copied");
    QTest::addColumn<bool>("absoluteRootPath");
    QTest::newRow("copy") << MainWindow::RootfsHandling::Copy << true << false;
    QTest::newRow("refer to the original") << MainWindow::RootfsHandling::ReferToOriginal << false << true;
    QTest::newRow("config only") << MainWindow::RootfsHandling::Leave << false << false;
}

void TestMainWindow::saveAsHandlesTheRootfs()
{
    QFETCH(MainWindow::RootfsHandling, handling);
    QFETCH(bool, copied);
    QFETCH(bool, absoluteRootPath);
    QVERIFY(QDir(m_bundle->path()).mkpath(QStringLiteral("rootfs/bin")));
    QVERIFY(writeFile(m_bundle->filePath(QStringLiteral("rootfs/bin/sh")), "#!\n"));
    QTemporaryDir other;
    QVERIFY(m_window->saveToDirectory(other.path(), handling));

    QCOMPARE(m_window->document()->filePath(), other.filePath(QStringLiteral("config.json")));
    QCOMPARE(QFileInfo::exists(other.filePath(QStringLiteral("rootfs/bin/sh"))), copied);
    const QString rootPath =
        QString::fromStdString(m_window->document()->value(JsonPointer("/root/path"))->get<std::string>());
    QCOMPARE(rootPath,
             absoluteRootPath ? QFileInfo(m_bundle->filePath(QStringLiteral("rootfs"))).canonicalFilePath()
                              : QStringLiteral("rootfs"));
    QCOMPARE(readFile(other.filePath(QStringLiteral("config.json"))), m_window->document()->toJson());
    // The old bundle is as it was.
    QCOMPARE(readFile(configPath()), config);
    QVERIFY(QFileInfo::exists(m_bundle->filePath(QStringLiteral("rootfs/bin/sh"))));
}

void TestMainWindow::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("{ nope");
    QTest::newRow("empty") << QByteArray();
}

void TestMainWindow::refusesBrokenFiles()
{
    QFETCH(QByteArray, content);
    QTemporaryDir broken;
    QVERIFY(writeFile(broken.filePath(QStringLiteral("config.json")), content));
    QVERIFY(!m_window->openBundle(broken.path(), false));
    // The open document is untouched.
    QCOMPARE(m_window->document()->toJson(), config);
    QCOMPARE(m_window->document()->filePath(), configPath());
}

void TestMainWindow::undoActionNamesTheEdit()
{
    QAction *undo = nullptr;
    const auto actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    }
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled());
    m_window->document()->setValue(JsonPointer("/hostname"), Json("x"), QStringLiteral("Set host name"));
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().endsWith(QLatin1String("Set host name")));
}

void TestMainWindow::validationFollowsEdits_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("relative cwd") << "/process/cwd" << QByteArray("\"relative/dir\"");
    QTest::newRow("uid of the wrong type") << "/process/user/uid" << QByteArray("\"root\"");
}

void TestMainWindow::validationFollowsEdits()
{
    QFETCH(QString, pointer);
    QFETCH(QByteArray, value);

    ValidationPanel *panel = m_window->validationPanel();
    const auto hasFinding = [&] {
        for (const Finding &finding : panel->findings()) {
            if (finding.pointer == pointer)
                return true;
        }
        return false;
    };
    QVERIFY(!hasFinding());
    QSignalSpy spy(panel, &ValidationPanel::findingsChanged);
    m_window->document()->setValue(JsonPointer(pointer.toStdString()), Json::parse(value.toStdString()));
    // Not synchronously: validation waits until the edits pause and then
    // runs in a worker thread.
    QVERIFY(spy.isEmpty());
    QVERIFY(!hasFinding());
    QTRY_VERIFY_WITH_TIMEOUT(hasFinding(), ValidationPanel::DelayMs * 20);
    QVERIFY(!spy.isEmpty());
    m_window->document()->undoStack()->undo();
    QTRY_VERIFY(!hasFinding());
}

// What only the root filesystem can tell comes from the worker after the
// document's own findings, and joins them in the panel and the status bar.
void TestMainWindow::rootfsFindingsArriveFromTheWorker()
{
    // The checks of the opened bundle are done before its root filesystem
    // appears: they wait, like an edit's, until the window has painted.
    ValidationPanel *panel = m_window->validationPanel();
    QTRY_VERIFY(!panel->isValidating());
    QVERIFY(QDir(m_bundle->path()).mkpath(QStringLiteral("rootfs/etc")));
    QVERIFY(writeFile(m_bundle->filePath(QStringLiteral("rootfs/etc/hostname")), "box\n"));
    const auto rootfsFinding = [panel]() -> const Finding * {
        for (const Finding &finding : panel->findings()) {
            if (finding.code == QLatin1String("rootfs.args.not-found"))
                return &finding;
        }
        return nullptr;
    };
    QVERIFY(!rootfsFinding()); // opened before the root filesystem existed
    QSignalSpy spy(panel, &ValidationPanel::findingsChanged);
    m_window->document()->setValue(JsonPointer("/process/args/0"), Json("/bin/missing"));
    QVERIFY(spy.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(rootfsFinding(), 10000);
    QCOMPARE(rootfsFinding()->pointer, QStringLiteral("/process/args/0"));
    QCOMPARE(rootfsFinding()->severity, Finding::Severity::Error);
    QVERIFY(rootfsFinding()->message.contains(QLatin1String("/bin/missing")));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("findingsStatus"))->text(),
             ValidationPanel::summary(panel->findings()));
    const QAbstractItemModel *model = panel->view()->model();
    bool listed = false;
    for (int row = 0; row < model->rowCount(); ++row)
        listed = listed
            || model->index(row, FindingsModel::CodeColumn).data().toString() == QLatin1String("rootfs.args.not-found");
    QVERIFY(listed);
    QTRY_VERIFY(!panel->isValidating());
}

// A run overtaken by an edit never shows its findings, however late it ends.
void TestMainWindow::staleRootfsResultIsDropped()
{
    if (!QFileInfo(QStringLiteral("/bin/busybox")).isExecutable())
        QSKIP("needs /bin/busybox (busybox-static)");
    QVERIFY(QDir(m_bundle->path()).mkpath(QStringLiteral("rootfs/bin")));
    QVERIFY(QFile::copy(QStringLiteral("/bin/busybox"), m_bundle->filePath(QStringLiteral("rootfs/bin/busybox"))));
    ValidationPanel *panel = m_window->validationPanel();
    QTRY_VERIFY(!panel->isValidating());
    QSignalSpy spy(panel, &ValidationPanel::findingsChanged);
    // Two runs started without the event loop in between: the first one's
    // result can only arrive after the second edit.
    m_window->document()->setValue(JsonPointer("/process/args/0"), Json("/bin/stale-program"));
    panel->validateNow();
    m_window->document()->setValue(JsonPointer("/process/args/0"), Json("/bin/busybox"));
    panel->validateNow();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isValidating(), 10000);
    QVERIFY(!spy.isEmpty());
    for (const QList<QVariant> &emitted : std::as_const(spy)) {
        for (const Finding &finding : emitted.first().value<QList<Finding>>())
            QVERIFY2(!finding.message.contains(QLatin1String("stale-program")), qPrintable(Findings::toText(finding)));
    }
    for (const Finding &finding : panel->findings())
        QVERIFY2(!finding.code.startsWith(QLatin1String("rootfs.args.")), qPrintable(Findings::toText(finding)));
    // The edit back is checked anew: the finding comes, now current.
    m_window->document()->setValue(JsonPointer("/process/args/0"), Json("/bin/stale-program"));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(panel->findings().begin(), panel->findings().end(),
                    [](const Finding &f) { return f.code == QLatin1String("rootfs.args.not-found"); }),
        10000);
}

void TestMainWindow::doubleClickFocusesTheField()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    m_window->document()->setValue(JsonPointer("/process/cwd"), Json("relative"));
    ValidationPanel *panel = m_window->validationPanel();
    QTreeView *view = panel->view();
    int row = -1;
    QTRY_VERIFY([&] {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(FindingsModel::PointerRole).toString() == QLatin1String("/process/cwd"))
                row = r;
        }
        return row >= 0;
    }());
    const QModelIndex index = view->model()->index(row, FindingsModel::MessageColumn);
    view->scrollTo(index);
    const QPoint centre = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);

    QTRY_VERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("cwdEdit"));
    EditorPage *page = m_window->currentPage();
    QVERIFY(page);
    QVERIFY(page->covers(JsonPointer("/process/cwd")));
}

void TestMainWindow::explainFollowsFocus_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("expectedTab"); // -1: the last (JSON)
    QTest::newRow("hostname") << "/hostname" << 0;
    QTest::newRow("process cwd") << "/process/cwd" << 1;
    QTest::newRow("user ID, required on POSIX systems") << "/process/user/uid" << 1;
    QTest::newRow("capability set") << "/process/capabilities/bounding" << 2;
    QTest::newRow("unknown member") << "/x-vendor" << -1;
    QTest::newRow("windows layer folder") << "/windows/layerFolders/0" << -1;
    QTest::newRow("solaris network link") << "/solaris/anet/0/linkname" << -1;
}

void TestMainWindow::explainFollowsFocus()
{
    QFETCH(QString, pointer);
    QFETCH(int, expectedTab);

    const JsonPointer target(pointer.toStdString());
    m_window->goToPointer(target);
    QCOMPARE(m_window->explainPanel()->pointer(), target);
    const int tab = expectedTab < 0 ? m_window->tabs()->count() - 1 : expectedTab;
    QCOMPARE(m_window->tabs()->currentIndex(), tab);

    // What the panel says comes from the catalogue, in its words.
    const QString text = m_window->explainPanel()->plainText();
    if (const FieldInfo *field = SpecCatalogue::instance().lookup(target)) {
        QVERIFY2(text.contains(SpecCatalogue::title(*field)), qPrintable(text));
        QVERIFY(text.contains(SpecVersions::toString(field->since)));
        QVERIFY(text.contains(SpecCatalogue::section(*field)));
        // A field required on some platforms only names them.
        const QString platforms = SpecCatalogue::platformNames(field->requiredOn).join(QLatin1String(", "));
        QCOMPARE(text.contains(platforms), field->required && field->requiredOn != kAllPlatforms);
    } else {
        QVERIFY(text.contains(pointer));
    }
}

// A finding in a table: the Location column names it with the catalogue's
// titles and the row's natural name, activating it focuses its cell (not
// just its row), the Explain panel shows that cell and follows the user to
// another tab and back into the table.
void TestMainWindow::findingFocusesItsTableCell_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("focusName"); // empty: the table
    QTest::newRow("mount destination") << "/mounts"
                                       << QByteArray(R"([{"destination": "/proc", "type": "proc", "source": "proc"},
                                                         {"destination": "sys", "type": "sysfs", "source": "sysfs"}])")
                                       << "/mounts/1/destination"
                                       << "Mounts \u203a sys \u203a Destination"
                                       << "destination";
    QTest::newRow("device type") << "/linux/devices"
                                 << QByteArray(R"([{"path": "/dev/a", "type": "x", "major": 1, "minor": 3}])")
                                 << "/linux/devices/0/type"
                                 << "Devices \u203a /dev/a \u203a Type"
                                 << "";
    QTest::newRow("ID mapping host ID") << "/linux/uidMappings"
                                        << QByteArray(R"([{"containerID": 0, "hostID": "x", "size": 1}])")
                                        << "/linux/uidMappings/0/hostID"
                                        << "UID mappings \u203a 1 \u203a Host ID"
                                        << "";
}

void TestMainWindow::findingFocusesItsTableCell()
{
    QFETCH(QString, list);
    QFETCH(QByteArray, value);
    QFETCH(QString, pointer);
    QFETCH(QString, location);
    QFETCH(QString, focusName);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    m_window->document()->setValue(JsonPointer(list.toStdString()), Json::parse(value.toStdString()));

    QTreeView *view = m_window->validationPanel()->view();
    int row = -1;
    QTRY_VERIFY([&] {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(FindingsModel::PointerRole).toString() == pointer)
                row = r;
        }
        return row >= 0;
    }());
    const QModelIndex locationIndex = view->model()->index(row, FindingsModel::PointerColumn);
    QCOMPARE(locationIndex.data().toString(), location);
    QCOMPARE(locationIndex.data(Qt::ToolTipRole).toString(), pointer);

    Q_EMIT view->activated(view->model()->index(row, FindingsModel::MessageColumn));
    // The table's current cell is the finding's, and carries the mark.
    QTableView *table = nullptr;
    for (QTableView *candidate : m_window->currentPage()->findChildren<QTableView *>()) {
        const auto *model = qobject_cast<const ArrayTableModel *>(candidate->model());
        if (model && JsonUtil::pointerString(model->containerPointer()) == list)
            table = candidate;
    }
    QVERIFY(table);
    QCOMPARE(table->currentIndex().data(ArrayTableModel::PointerRole).toString(), pointer);
    QVERIFY(table->currentIndex().data(ArrayTableModel::FindingSeverityRole).isValid());
    // The focus is on the cell, or on the field of the row's detail editor
    // that edits the same member (mounts have one).
    QTRY_VERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), focusName.isEmpty() ? table->objectName() : focusName);
    if (focusName.isEmpty())
        QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(m_window->explainPanel()->pointer(), JsonPointer(pointer.toStdString()));

    // Another tab, then back into the table's next cell: Explain follows.
    const int tableTab = m_window->tabs()->currentIndex();
    m_window->goToPointer(JsonPointer("/hostname"));
    QCOMPARE(m_window->explainPanel()->pointer(), JsonPointer("/hostname"));
    m_window->tabs()->setCurrentIndex(tableTab);
    const QModelIndex current = table->currentIndex();
    const QModelIndex next = current.siblingAtColumn((current.column() + 1) % table->model()->columnCount());
    table->setCurrentIndex(next);
    QCOMPARE(JsonUtil::pointerString(m_window->explainPanel()->pointer()),
             next.data(ArrayTableModel::PointerRole).toString());
}

void TestMainWindow::dropOpensABundle_data()
{
    QTest::addColumn<bool>("dropFile");
    QTest::newRow("directory") << false;
    QTest::newRow("config.json") << true;
}

void TestMainWindow::dropOpensABundle()
{
    QFETCH(bool, dropFile);
    QTemporaryDir other;
    const QByteArray otherConfig = R"({"ociVersion": "1.3.0", "hostname": "dropped"})";
    const QString otherPath = other.filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(otherPath, otherConfig));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dropFile ? otherPath : other.path())});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->document()->toJson(), otherConfig);
    QCOMPARE(QFileInfo(m_window->document()->filePath()), QFileInfo(otherPath));
}

// Nothing the panels show may speak for a document that is not theirs: the
// old bundle's findings go at once, and the new one's follow its checks.
void TestMainWindow::openingAnotherBundleDropsTheOldFindings()
{
    ValidationPanel *panel = m_window->validationPanel();
    QTRY_VERIFY(!panel->isValidating());
    QTRY_VERIFY(!m_window->securityPanel()->isPending());
    QVERIFY(!panel->findings().isEmpty()); // the root filesystem is missing
    QVERIFY(m_window->securityPanel()->model()->rowCount() > 0);

    QTemporaryDir other;
    QVERIFY(writeFile(other.filePath(QStringLiteral("config.json")),
                      R"({"ociVersion": "1.2.0", "process": {"args": []}})"));
    QSignalSpy spy(panel, &ValidationPanel::findingsChanged);
    QVERIFY(m_window->openBundle(other.path(), false));
    QVERIFY(panel->findings().isEmpty());
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("findingsSummary"))->text(), QStringLiteral("Checking…"));
    QCOMPARE(m_window->securityPanel()->model()->rowCount(), 0);
    QVERIFY(m_window->securityPanel()->summaryText().startsWith(QStringLiteral("Reviewing…")));
    QVERIFY(!spy.isEmpty());

    QTRY_VERIFY(!panel->isValidating());
    QTRY_VERIFY(!m_window->securityPanel()->isPending());
    bool emptyArgs = false;
    for (const Finding &finding : panel->findings())
        emptyArgs = emptyArgs || finding.pointer == QLatin1String("/process/args");
    QVERIFY(emptyArgs);
    QVERIFY(m_window->securityPanel()->model()->rowCount() > 0);
    QVERIFY(!m_window->securityPanel()->summaryText().startsWith(QStringLiteral("Reviewing…")));
}

void TestMainWindow::noticesChangesOnDisk()
{
    // The window's own save is no news.
    m_window->document()->setValue(JsonPointer("/hostname"), Json("ours"));
    QVERIFY(m_window->save());
    QTest::qWait(600);
    QVERIFY(!QApplication::activeModalWidget());

    const QByteArray changed = R"({"ociVersion": "1.3.0", "hostname": "changed elsewhere"})";
    DialogAnswerer reload(QStringLiteral("reloadButton"));
    QVERIFY(writeFile(configPath(), changed));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->document()->toJson(), changed, 5000);
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(reload.answered(), 1);
}

// A file with a key given twice is saved with it once; what is on disk is
// still the file as read, so touching it again is no news.
void TestMainWindow::aRepeatedKeyIsNoNewsOnDisk()
{
    const QByteArray twice = R"({"ociVersion": "1.2.0", "hostname": "a", "hostname": "b"})";
    QVERIFY(writeFile(configPath(), twice));
    QVERIFY(m_window->openBundle(m_bundle->path(), false));
    QVERIFY(m_window->document()->toJson() != twice);
    QVERIFY(writeFile(configPath(), twice)); // the same bytes again
    QTest::qWait(600);
    QVERIFY(!QApplication::activeModalWidget());
    // Save writes without asking about a change on disk.
    DialogAnswerer nobody(QStringLiteral("laterButton"));
    m_window->document()->setValue(JsonPointer("/hostname"), Json("c"));
    QVERIFY(m_window->save());
    QCOMPARE(nobody.answered(), 0);
    QCOMPARE(readFile(configPath()), m_window->document()->toJson());
}

void TestMainWindow::keepingMineMakesItUnsavedWork()
{
    const QByteArray changed = R"({"ociVersion": "1.3.0", "hostname": "changed elsewhere"})";
    {
        DialogAnswerer keep(QStringLiteral("keepMineButton"));
        QVERIFY(writeFile(configPath(), changed));
        QTRY_COMPARE_WITH_TIMEOUT(keep.answered(), 1, 5000);
    }
    QCOMPARE(m_window->document()->toJson(), config);
    QVERIFY(m_window->isWindowModified());
    // The user decided: Save writes without asking again.
    QVERIFY(m_window->save());
    QCOMPARE(readFile(configPath()), config);
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::saveAsksAboutAnUnansweredChange()
{
    m_window->document()->setValue(JsonPointer("/hostname"), Json("ours"));
    const QByteArray theirs = QByteArray(config).replace("\"box\"", "\"theirs\"");
    {
        // Decide Later on the notice: the change is still news at Save.
        DialogAnswerer later(QStringLiteral("laterButton"));
        QVERIFY(writeFile(configPath(), theirs));
        QTRY_COMPARE_WITH_TIMEOUT(later.answered(), 1, 5000);
    }
    {
        DialogAnswerer cancel(QStringLiteral("laterButton"));
        QVERIFY(!m_window->save());
        QCOMPARE(cancel.answered(), 1);
    }
    QCOMPARE(readFile(configPath()), theirs);
    QVERIFY(m_window->isWindowModified());

    // Show Differences, then save over their change.
    QString shown;
    QStringList fields; // the Fields tab: pointer, on disk, in the editor
    DialogAnswerer differences(QStringLiteral("showDifferencesButton"));
    DialogAnswerer keep(QStringLiteral("keepMineButton"), [&shown, &fields](QWidget *dialog) {
        if (auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("differences")))
            shown = text->toPlainText();
        if (auto *conflict = qobject_cast<DiskConflictDialog *>(dialog)) {
            for (const SpecChange &change : conflict->fieldsModel()->changes())
                fields << JsonUtil::pointerString(change.pointer()) << JsonUtil::toQString(change.oldValue.dump())
                       << JsonUtil::toQString(change.newValue.dump());
        }
    });
    QVERIFY(m_window->save());
    QVERIFY2(shown.contains(QStringLiteral("-\t\"hostname\": \"theirs\",")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("+\t\"hostname\": \"ours\",")), qPrintable(shown));
    QCOMPARE(fields, (QStringList{"/hostname", "\"theirs\"", "\"ours\""}));
    QCOMPARE(readFile(configPath()), m_window->document()->toJson());
    QVERIFY(readFile(configPath()).contains("\"ours\""));
}

void TestMainWindow::saveAsksBeforeWritingOutsideTheBundle_data()
{
    QTest::addColumn<bool>("agree");
    QTest::newRow("no") << false;
    QTest::newRow("yes") << true;
}

void TestMainWindow::saveAsksBeforeWritingOutsideTheBundle()
{
    QFETCH(bool, agree);
    QTemporaryDir elsewhere;
    const QString outside = elsewhere.filePath(QStringLiteral("target.json"));
    QVERIFY(writeFile(outside, config));
    QVERIFY(QFile::remove(configPath()));
    QVERIFY(QFile::link(outside, configPath()));
    QVERIFY(m_window->openBundle(m_bundle->path(), false));
    m_window->document()->setValue(JsonPointer("/hostname"), Json("edited"));

    QString question;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            question = box->text();
            box->button(agree ? QMessageBox::Yes : QMessageBox::Cancel)->click();
        }
    });
    answer.start(30);
    QCOMPARE(m_window->save(), agree);
    QVERIFY2(question.contains(QFileInfo(outside).canonicalFilePath()), qPrintable(question));
    QCOMPARE(readFile(outside).contains("\"edited\""), agree);
    QVERIFY(QFileInfo(configPath()).isSymLink());
    answer.stop();
    QVERIFY(m_window->openBundle(m_bundle->path(), false)); // unmodified for cleanup()
}

void TestMainWindow::runtimeSupportLeadsToTheField()
{
    // Inspect's second tab; its rows lead to the field in Edit, as findings do.
    m_window->show();
    m_window->setMode(QStringLiteral("inspect"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("inspectTabs"));
    auto *support = m_window->findChild<RuntimeSupportView *>();
    QVERIFY(tabs && support);
    QCOMPARE(tabs->count(), 2);
    tabs->setCurrentWidget(support);
    QTRY_VERIFY_WITH_TIMEOUT(!support->isReading(), 20000);
    QTableView *table = support->view();
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("ociVersion"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 1));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->mode(), QStringLiteral("edit"));
    QVERIFY(m_window->currentPage());
    QVERIFY(m_window->currentPage()->covers(JsonPointer("/ociVersion")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

void TestMainWindow::resetLayoutBringsThePanelsBack_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestMainWindow::resetLayoutBringsThePanelsBack()
{
    QFETCH(QSize, size);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QMainWindow *area = m_window->editArea();
    auto *validation = m_window->findChild<QDockWidget *>(QStringLiteral("validationDock"));
    auto *explain = m_window->findChild<QDockWidget *>(QStringLiteral("explainDock"));
    auto *security = m_window->findChild<QDockWidget *>(QStringLiteral("securityDock"));
    QVERIFY(validation && explain && security);
    explain->setFloating(true);
    security->setFloating(true);
    validation->hide();
    area->addDockWidget(Qt::LeftDockWidgetArea, validation);

    m_window->resetLayout();
    QCoreApplication::processEvents();
    QVERIFY(!explain->isFloating());
    QCOMPARE(area->dockWidgetArea(explain), Qt::RightDockWidgetArea);
    QCOMPARE(area->dockWidgetArea(validation), Qt::BottomDockWidgetArea);
    QVERIFY(!security->isFloating());
    QCOMPARE(area->dockWidgetArea(security), Qt::BottomDockWidgetArea);
    // Validation and Security Review share the bottom as tabs.
    QCOMPARE(area->tabifiedDockWidgets(validation), QList<QDockWidget *>{security});
    QVERIFY(validation->isVisible());
    // The tabs keep most of the room, beside Explain and above the findings,
    // never under a panel.
    const QRect tabs(m_window->tabs()->mapTo(area, QPoint()), m_window->tabs()->size());
    const QRect explainRect = explain->geometry();
    const QRect validationRect = validation->geometry();
    QVERIFY2(!tabs.intersects(explainRect) && !tabs.intersects(validationRect),
             qPrintable(
                 QStringLiteral("tabs %1,%2 %3x%4").arg(tabs.x()).arg(tabs.y()).arg(tabs.width()).arg(tabs.height())));
    QVERIFY2(validation->height() <= area->height() / 3,
             qPrintable(QStringLiteral("%1 of %2").arg(validation->height()).arg(area->height())));
    QVERIFY(validation->height() >= 100);
    QVERIFY(explain->width() <= area->width() / 4);
    QVERIFY(tabs.height() >= area->height() / 2);
    QVERIFY(tabs.width() >= area->width() / 2);
}
