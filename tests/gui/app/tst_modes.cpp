// SPDX-License-Identifier: Apache-2.0
// The window's modes: the mode bar, switching, what is restored, the
// Welcome mode, the demo banner and the Open dialog.
#include "app/bundlefiledialog.h"
#include "app/demobundle.h"
#include "app/fromimagedialog.h"
#include "app/infobar.h"
#include "app/mainwindow.h"
#include "application/translationloader.h"
#include "app/modearea.h"
#include "app/welcomepage.h"
#include "containers/containersview.h"
#include "editors/arraytableeditor.h"
#include "inspect/containerviewmodel.h"
#include "inspect/inspectpage.h"
#include "inspect/rootfsmodel.h"
#include "inspect/runtimesupportview.h"
#include "pages/mountspage.h"
#include "run/runpanel.h"
#include "bundle/bundletemplates.h"
#include "dialoganswerer.h"
#include "document/specdocument.h"
#include "testfiles.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QFileInfo>
#include <QListView>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

namespace {

const QByteArray config =
    R"({"ociVersion": "1.2.0", "process": {"args": ["sh"], "cwd": "/"}, "root": {"path": "rootfs"},
 "hostname": "box"}
)";

QString makeBundle(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    return QDir().mkpath(path) && writeFile(path + QStringLiteral("/config.json"), config) ? path : QString();
}

} // namespace

class TestModes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theModesAndTheirBar();
    void switching_data();
    void switching();
    void goingToAFieldShowsEdit();
    void inspectFollowsTheOpenBundle();
    void inspectOpensAMountInTheEditMode();
    void f1ShowsTheExplanation();
    void modeAndPanelsAreRestored();
    void welcomeOpensRecentBundles();
    void welcomeStartsNewBundles();
    void demoBannerShowsOnlyForTheDemo();
    void openDialogTakesADirectoryOrConfig_data();
    void openDialogTakesADirectoryOrConfig();
    void closeClosesTheWindow();
    void newBundlesGetARootFilesystem_data();
    void newBundlesGetARootFilesystem();
    void runModeFitsTheSmallWindow_data();
    void runModeFitsTheSmallWindow();
    void windowKeepsTheSmallSize_data() { runModeFitsTheSmallWindow_data(); }
    void windowKeepsTheSmallSize();
    void fromImageOpensItsDialog_data();
    void fromImageOpensItsDialog();
    void processHintsStayReadable_data();
    void processHintsStayReadable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_bundle;
};

void TestModes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Settings of this test only, never the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void TestModes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
    m_bundle = makeBundle(*m_dir, QStringLiteral("first"));
    QVERIFY(!m_bundle.isEmpty());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openBundle(m_bundle, false));
}

void TestModes::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestModes::theModesAndTheirBar()
{
    ModeArea *modes = m_window->modes();
    QCOMPARE(modes->modes(), (QStringList{"welcome", "edit", "inspect", "run", "containers"}));
    QCOMPARE(m_window->mode(), QStringLiteral("edit")); // the first start edits the bundle it opened
    QCOMPARE(modes->modeWidget(QStringLiteral("edit")), m_window->editArea());
    QCOMPARE(modes->modeWidget(QStringLiteral("welcome")), m_window->welcomePage());
    QVERIFY(modes->modeWidget(QStringLiteral("run"))->isAncestorOf(m_window->runPanel()));
    QVERIFY(qobject_cast<ContainersView *>(modes->modeWidget(QStringLiteral("containers"))));
    // Inspect: the root filesystem and the runtimes' support, as two tabs.
    QVERIFY(modes->modeWidget(QStringLiteral("inspect"))->isAncestorOf(m_window->findChild<InspectPage *>()));
    QVERIFY(modes->modeWidget(QStringLiteral("inspect"))->isAncestorOf(m_window->findChild<RuntimeSupportView *>()));
    for (const QString &id : modes->modes()) {
        QAbstractButton *button = modes->modeButton(id);
        QVERIFY(button);
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(!button->toolTip().isEmpty());
        QCOMPARE(button->isChecked(), id == QLatin1String("edit"));
    }
    // The panels of Edit mode live in its area, not in the window's.
    auto *validation = m_window->findChild<QDockWidget *>(QStringLiteral("validationDock"));
    QVERIFY(validation);
    QCOMPARE(m_window->editArea()->dockWidgetArea(validation), Qt::BottomDockWidgetArea);
    QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("runDock")));
}

void TestModes::switching_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("welcome") << "welcome" << QKeySequence(Qt::CTRL | Qt::Key_1);
    QTest::newRow("inspect") << "inspect" << QKeySequence(Qt::CTRL | Qt::Key_3);
    QTest::newRow("run") << "run" << QKeySequence(Qt::CTRL | Qt::Key_4);
    QTest::newRow("containers") << "containers" << QKeySequence(Qt::CTRL | Qt::Key_5);
}

void TestModes::switching()
{
    QFETCH(QString, mode);
    QFETCH(QKeySequence, shortcut);
    ModeArea *modes = m_window->modes();
    QSignalSpy changed(modes, &ModeArea::currentModeChanged);

    // By the mode bar.
    modes->modeButton(mode)->click();
    QCOMPARE(m_window->mode(), mode);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().first().toString(), mode);
    QVERIFY(modes->modeWidget(mode)->isVisibleTo(m_window.get()));
    QVERIFY(!m_window->editArea()->isVisibleTo(m_window.get()));
    auto *action = m_window->findChild<QAction *>(mode + QStringLiteral("ModeAction"));
    QVERIFY(action);
    QVERIFY(action->isChecked());
    QCOMPARE(action->shortcut(), shortcut);

    // Back to Edit and again by the View menu's action.
    m_window->findChild<QAction *>(QStringLiteral("editModeAction"))->trigger();
    QCOMPARE(m_window->mode(), QStringLiteral("edit"));
    QVERIFY(modes->modeButton(QStringLiteral("edit"))->isChecked());
    action->trigger();
    QCOMPARE(m_window->mode(), mode);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!m_window->setMode(QStringLiteral("nowhere")));
    QCOMPARE(m_window->mode(), mode);
}

void TestModes::goingToAFieldShowsEdit()
{
    m_window->setMode(QStringLiteral("run"));
    QVERIFY(m_window->goToPointer(JsonPointer("/hostname")));
    QCOMPARE(m_window->mode(), QStringLiteral("edit"));
}

void TestModes::inspectOpensAMountInTheEditMode()
{
    // A mounted path activated in the container's view selects its mount in the Mounts tab.
    QVERIFY(QDir().mkpath(m_bundle + QStringLiteral("/rootfs/bin")));
    m_window->document()->setValue(JsonPointer("/mounts"), Json::parse(R"([
        {"destination": "/proc", "type": "proc", "source": "proc"},
        {"destination": "/tmp", "type": "tmpfs", "source": "tmpfs"}])"));
    m_window->show();
    QVERIFY(m_window->setMode(QStringLiteral("inspect")));
    auto *page = m_window->findChild<InspectPage *>();
    page->viewSwitch()->setView(InspectViewSwitch::AsTheContainerSeesIt);
    const auto *filter = qobject_cast<const QSortFilterProxyModel *>(page->view()->model());
    const QModelIndex tmp = filter->mapFromSource(page->containerModel()->indexOfPath("/tmp"));
    QVERIFY(tmp.isValid());
    page->view()->setCurrentIndex(tmp);
    QTest::keyClick(page->view(), Qt::Key_Return);
    QCOMPARE(m_window->mode(), QStringLiteral("edit"));
    auto *mounts = m_window->findChild<MountsPage *>();
    QCOMPARE(m_window->currentPage(), mounts);
    QCOMPARE(mounts->table()->view()->currentIndex().row(), 1);
}

void TestModes::inspectFollowsTheOpenBundle()
{
    auto *page = m_window->findChild<InspectPage *>();
    QVERIFY(page);
    m_window->show();
    QVERIFY(m_window->setMode(QStringLiteral("inspect")));
    QCOMPARE(page->model()->rootDirectory(), m_bundle + QStringLiteral("/rootfs"));
    const QString second = makeBundle(*m_dir, QStringLiteral("second"));
    QVERIFY(m_window->openBundle(second, false));
    QCOMPARE(page->model()->rootDirectory(), second + QStringLiteral("/rootfs"));
}

void TestModes::f1ShowsTheExplanation()
{
    auto *explain = m_window->findChild<QDockWidget *>(QStringLiteral("explainDock"));
    explain->hide();
    m_window->setMode(QStringLiteral("run"));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("explainFieldAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    QCOMPARE(m_window->mode(), QStringLiteral("edit"));
    QVERIFY(!explain->isHidden());
}

void TestModes::modeAndPanelsAreRestored()
{
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *explain = m_window->findChild<QDockWidget *>(QStringLiteral("explainDock"));
    m_window->editArea()->addDockWidget(Qt::LeftDockWidgetArea, explain);
    m_window->setMode(QStringLiteral("run"));
    QVERIFY(m_window->close());

    MainWindow again;
    QCOMPARE(again.mode(), QStringLiteral("run"));
    auto *restored = again.findChild<QDockWidget *>(QStringLiteral("explainDock"));
    QCOMPARE(again.editArea()->dockWidgetArea(restored), Qt::LeftDockWidgetArea);
    QCOMPARE(QSettings().value(QStringLiteral("mainWindow/mode")).toString(), QStringLiteral("run"));
}

void TestModes::welcomeOpensRecentBundles()
{
    const QString second = makeBundle(*m_dir, QStringLiteral("second"));
    QVERIFY(m_window->openBundle(second, false));
    WelcomePage *welcome = m_window->welcomePage();
    QAbstractItemModel *recent = welcome->recentView()->model();
    QCOMPARE(recent->rowCount(), 2);
    QCOMPARE(QDir::fromNativeSeparators(recent->index(0, 0).data().toString()), second);
    QCOMPARE(QDir::fromNativeSeparators(recent->index(1, 0).data().toString()), m_bundle);

    m_window->setMode(QStringLiteral("welcome"));
    Q_EMIT welcome->recentView()->activated(recent->index(1, 0));
    QCOMPARE(m_window->document()->bundleDirectory(), m_bundle);
    QCOMPARE(m_window->mode(), QStringLiteral("edit"));
    // The list follows: the bundle just opened comes first.
    QCOMPARE(QDir::fromNativeSeparators(recent->index(0, 0).data().toString()), m_bundle);
}

void TestModes::welcomeStartsNewBundles()
{
    // One button per template and one to open a bundle, each named for tests and screen readers.
    WelcomePage *welcome = m_window->welcomePage();
    QVERIFY(welcome->findChild<QAbstractButton *>(QStringLiteral("welcomeOpenButton")));
    for (const char *id : {"runc", "rootless", "demo"}) {
        auto *button = welcome->findChild<QAbstractButton *>(QStringLiteral("welcomeNew_") + QLatin1String(id));
        QVERIFY2(button, id);
        QVERIFY(!button->text().isEmpty());
    }
    QSignalSpy requested(welcome, &WelcomePage::newFromTemplateRequested);
    QSignalSpy open(welcome, &WelcomePage::openRequested);
    // Signals only: the slots behind them ask for a directory in a dialog.
    QObject::disconnect(welcome, nullptr, m_window.get(), nullptr);
    welcome->findChild<QAbstractButton *>(QStringLiteral("welcomeNew_rootless"))->click();
    welcome->findChild<QAbstractButton *>(QStringLiteral("welcomeOpenButton"))->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), QStringLiteral("rootless"));
    QCOMPARE(open.count(), 1);
}

void TestModes::demoBannerShowsOnlyForTheDemo()
{
    auto *banner = m_window->findChild<InfoBar *>(QStringLiteral("demoBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisibleTo(m_window.get()));
    const Result<QString> demo = DemoBundle::ensure();
    QVERIFY2(demo, qPrintable(demo.error()));
    QVERIFY(m_window->openBundle(demo.value(), false));
    QVERIFY(banner->isVisibleTo(m_window.get()));
    QVERIFY(banner->text().contains(QLatin1String("demo")));
    QVERIFY(m_window->openBundle(m_bundle, false));
    QVERIFY(!banner->isVisibleTo(m_window.get()));
    // Closed once, it stays closed for the session.
    QVERIFY(m_window->openBundle(demo.value(), false));
    banner->findChild<QToolButton *>(QStringLiteral("infoBarClose"))->click();
    QVERIFY(!banner->isVisibleTo(m_window.get()));
    QVERIFY(m_window->openBundle(m_bundle, false));
    QVERIFY(m_window->openBundle(demo.value(), false));
    QVERIFY(!banner->isVisibleTo(m_window.get()));
}

void TestModes::openDialogTakesADirectoryOrConfig_data()
{
    QTest::addColumn<QString>("select");   // relative to the temporary directory
    QTest::addColumn<QString>("expected"); // empty: the dialog stays open
    QTest::newRow("bundle directory") << "first"
                                      << "first";
    QTest::newRow("config.json") << "first/config.json"
                                 << "first/config.json";
    QTest::newRow("directory without config.json") << "settings-less"
                                                   << "";
}

void TestModes::openDialogTakesADirectoryOrConfig()
{
    QFETCH(QString, select);
    QFETCH(QString, expected);
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("settings-less"))));
    BundleFileDialog dialog(nullptr, m_dir->path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Typed as a user would, relative to the directory shown.
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    QTest::keyClicks(name, select);
    dialog.accept();
    if (expected.isEmpty()) {
        QVERIFY(dialog.isVisible()); // a plain directory is stepped into, not taken
        QVERIFY(dialog.chosenPath().isEmpty());
        return;
    }
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenPath(), m_dir->filePath(expected));
}

void TestModes::closeClosesTheWindow()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QAction *close = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Close))
            close = action;
    }
    QVERIFY(close);
    close->trigger();
    QVERIFY(!m_window->isVisible());
}

void TestModes::newBundlesGetARootFilesystem_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("expected"); // what exists afterwards below the bundle
    QTest::newRow("busybox") << "addBusyboxButton"
                             << "rootfs/bin/sh";
    QTest::newRow("empty") << "emptyRootfsButton"
                           << "rootfs";
    QTest::newRow("later") << "laterRootfsButton"
                           << "";
}

void TestModes::newBundlesGetARootFilesystem()
{
    QFETCH(QString, button);
    QFETCH(QString, expected);
    const QString bundle = m_dir->filePath(QStringLiteral("new"));
    const Result<QString> created = BundleTemplates::create(QStringLiteral("runc"), bundle);
    QVERIFY2(created, qPrintable(created.error()));
    QVERIFY(m_window->openBundle(bundle, false));
    {
        DialogAnswerer answer(button);
        m_window->offerRootfs();
        QCOMPARE(answer.answered(), 1);
    }
    if (expected.isEmpty())
        QVERIFY(!QFileInfo::exists(bundle + QStringLiteral("/rootfs")));
    else
        QVERIFY(QFileInfo::exists(bundle + QLatin1Char('/') + expected));
    QVERIFY(!m_window->document()->isModified());
    // Once it exists, nothing is asked.
    DialogAnswerer again(QStringLiteral("laterRootfsButton"));
    m_window->offerRootfs();
    QCOMPARE(again.answered(), expected.isEmpty() ? 1 : 0);
}

void TestModes::runModeFitsTheSmallWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("German") << "de";
    QTest::newRow("French") << "fr";
    QTest::newRow("Japanese") << "ja";
}

// At 1024x700 the run panel may scroll down, never sideways: no control is
// cut off at the right edge, in English, French, Japanese or the longer German.
void TestModes::runModeFitsTheSmallWindow()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/oci-bundle-editor_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    MainWindow window; // made after the translator: its texts are set once
    QVERIFY(window.openBundle(m_bundle, false));
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.setMode(QStringLiteral("run")));
    auto *runArea = window.findChild<QScrollArea *>(QStringLiteral("runArea"));
    QVERIFY(runArea);
    QCoreApplication::processEvents(); // the layout follows the mode change
    QVERIFY2(!runArea->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("the run panel needs %1 pixels, the window gives it %2")
                            .arg(runArea->widget()->minimumSizeHint().width())
                            .arg(runArea->viewport()->width())));
}

// No page of any mode, in any language, needs more than 1024 pixels: the
// window keeps the size it is given (offscreen it would grow instead).
void TestModes::windowKeepsTheSmallSize()
{
    QFETCH(QString, language);
    // As the editor starts: with Qt's own translation and the language's locale.
    QCOMPARE(TranslationLoader::install(qApp, language), language);
    const auto uninstall = qScopeGuard([] {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    });
    MainWindow window;
    QVERIFY(window.openBundle(m_bundle, false));
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every mode, and Inspect's runtime support once the runtimes answered.
    for (const QString &mode : window.modes()->modes()) {
        QVERIFY(window.setMode(mode));
        QCoreApplication::processEvents();
    }
    QVERIFY(window.setMode(QStringLiteral("inspect")));
    auto *support = window.findChild<RuntimeSupportView *>();
    QVERIFY(support);
    window.findChild<QTabWidget *>(QStringLiteral("inspectTabs"))->setCurrentWidget(support);
    QTRY_VERIFY_WITH_TIMEOUT(!support->isReading(), 15000);
    QCoreApplication::processEvents();
    // The widest widgets, innermost first, name the culprit.
    QStringList widest;
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->minimumSizeHint().width() <= 820 || widget->isWindow())
            continue;
        const bool innermost = std::none_of(widgets.cbegin(), widgets.cend(), [widget](QWidget *other) {
            return other != widget && widget->isAncestorOf(other) && other->minimumSizeHint().width() > 820;
        });
        if (innermost)
            widest << QStringLiteral("%1#%2 (%3 px)")
                          .arg(QLatin1String(widget->metaObject()->className()), widget->objectName())
                          .arg(widget->minimumSizeHint().width());
    }
    QVERIFY2(window.width() == 1024, qPrintable(widest.join(QLatin1String(", "))));
}

void TestModes::fromImageOpensItsDialog_data()
{
    QTest::addColumn<bool>("fromWelcome");
    QTest::newRow("Welcome's entry") << true;
    QTest::newRow("File > New > From Image") << false;
}

// Both ways lead to the import dialog; Cancel there leaves the bundle open.
void TestModes::fromImageOpensItsDialog()
{
    QFETCH(bool, fromWelcome);
    MainWindow window;
    QVERIFY(window.openBundle(m_bundle, false));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString before = window.document()->filePath();
    bool shown = false;
    DialogAnswerer cancel(QStringLiteral("fromImageCancelButton"),
                          [&shown](QWidget *dialog) { shown = qobject_cast<FromImageDialog *>(dialog) != nullptr; });
    if (fromWelcome) {
        QVERIFY(window.setMode(QStringLiteral("welcome")));
        window.welcomePage()->findChild<QAbstractButton *>(QStringLiteral("welcomeNewFromImage"))->click();
    } else {
        auto action = window.findChild<QAction *>(QStringLiteral("newFromImageAction"));
        QVERIFY(action);
        QVERIFY(!action->associatedObjects().isEmpty()); // it is in a menu
        action->trigger();
    }
    QVERIFY(shown);
    QCOMPARE(cancel.answered(), 1);
    QCOMPARE(window.document()->filePath(), before);
}

void TestModes::processHintsStayReadable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("English 1024x700") << "en" << QSize(1024, 700);
    QTest::newRow("German 1024x700") << "de" << QSize(1024, 700);
    QTest::newRow("German 1920x1080") << "de" << QSize(1920, 1080);
    QTest::newRow("French 1024x700") << "fr" << QSize(1024, 700);
    QTest::newRow("Japanese 1024x700") << "ja" << QSize(1024, 700);
}

// The Process tab's fields sit beside three lists that want the width; a
// field's hint ("e.g. 18 (octal 022)") must stay readable all the same.
void TestModes::processHintsStayReadable()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/oci-bundle-editor_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    MainWindow window;
    QVERIFY(window.openBundle(m_bundle, false));
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.setMode(QStringLiteral("edit")));
    auto fields = window.findChild<QWidget *>(QStringLiteral("processFieldsScroll"));
    QVERIFY(fields);
    // Bring the Process tab forward.
    for (QWidget *w = fields; w->parentWidget(); w = w->parentWidget()) {
        auto tabs = qobject_cast<QTabWidget *>(w->parentWidget()->parentWidget());
        if (tabs && tabs->indexOf(w) >= 0)
            tabs->setCurrentWidget(w);
    }
    QVERIFY(fields->isVisible());
    QCoreApplication::processEvents();
    int checked = 0;
    for (QLineEdit *edit : fields->findChildren<QLineEdit *>()) {
        const QString hint = edit->placeholderText();
        if (hint.isEmpty() || hint.size() > 22)
            continue;
        ++checked;
        // The text area is the width less the frame and the text margins.
        QVERIFY2(edit->width() >= edit->fontMetrics().horizontalAdvance(hint) + 8,
                 qPrintable(
                     QStringLiteral("%1 (\"%2\") is %3 pixels wide").arg(edit->objectName(), hint).arg(edit->width())));
    }
    QVERIFY(checked >= 5); // umask, console size, additional groups, ...
}

QTEST_MAIN(TestModes)
#include "tst_modes.moc"
