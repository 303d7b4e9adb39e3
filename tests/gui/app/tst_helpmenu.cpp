// SPDX-License-Identifier: Apache-2.0
// The Help menu's Keyboard Shortcuts (every shortcut of the window's menus
// and views, filtered) and About (the versions of Qt and the runtimes).
#include "app/abouttext.h"
#include "app/mainwindow.h"
#include "app/shortcutlistmodel.h"
#include "app/shortcutsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {

// Every menu action with a shortcut, walked here apart from the model.
void menuShortcuts(const QMenu *menu, QStringList &into)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu())
            menuShortcuts(action->menu(), into);
        else if (!action->shortcut().isEmpty())
            into << action->shortcut().toString(QKeySequence::NativeText);
    }
}

} // namespace

class TestHelpMenu final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryMenuShortcut();
    void filters_data();
    void filters();
    void opensFromTheHelpMenu();
    void aboutNamesTheVersions_data();
    void aboutNamesTheVersions();
};

void TestHelpMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void TestHelpMenu::listsEveryMenuShortcut()
{
    MainWindow window;
    QStringList expected;
    for (const QAction *action : window.menuBar()->actions())
        menuShortcuts(action->menu(), expected);
    QVERIFY2(expected.size() >= 12, qPrintable(expected.join(u','))); // New, Open, Save, Undo, the modes, Run, F1…
    ShortcutListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMenuBar(window.menuBar());
    QStringList listed;
    for (const ShortcutListModel::Shortcut &shortcut : model.shortcuts())
        listed << shortcut.keys;
    for (const QString &keys : std::as_const(expected))
        QVERIFY2(listed.contains(keys), qPrintable(keys));
    // The views' own keys follow the menus'.
    QCOMPARE(model.rowCount(), int(expected.size() + ShortcutListModel::viewShortcuts().size()));
    // Where a menu action lives, without mnemonics.
    const auto undo = std::find_if(model.shortcuts().cbegin(), model.shortcuts().cend(), [](const auto &s) {
        return s.keys == QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    });
    QVERIFY(undo != model.shortcuts().cend());
    QCOMPARE(undo->where, QStringLiteral("Edit"));
    QCOMPARE(undo->action, QStringLiteral("Undo"));
}

void TestHelpMenu::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("mustShow"); // an action that stays
    QTest::addColumn<QString>("mustHide");
    QTest::newRow("by action") << "undo"
                               << "Undo"
                               << "Save";
    QTest::newRow("by keys") << "Ctrl+R"
                             << "Run"
                             << "Undo";
    QTest::newRow("by place") << "JSON text"
                              << "Complete a member name or a value"
                              << "Save";
}

void TestHelpMenu::filters()
{
    QFETCH(QString, filter);
    QFETCH(QString, mustShow);
    QFETCH(QString, mustHide);
    MainWindow window;
    ShortcutsDialog dialog(window.menuBar());
    QTest::keyClicks(dialog.filterField(), filter);
    QStringList shown;
    const QAbstractItemModel *model = dialog.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, ShortcutListModel::ActionColumn).data().toString();
    QVERIFY2(shown.contains(mustShow), qPrintable(shown.join(u',')));
    QVERIFY2(!shown.contains(mustHide), qPrintable(shown.join(u',')));
}

void TestHelpMenu::opensFromTheHelpMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->model()->rowCount() > 0);
    dialog->close();
}

void TestHelpMenu::aboutNamesTheVersions_data()
{
    QTest::addColumn<InstalledRuntime>("runtime");
    QTest::addColumn<QString>("line");
    QTest::newRow("found, with spec") << InstalledRuntime{"runc", "/usr/sbin/runc", "1.1.5+ds1", "1.0.2-dev"}
                                      << "runc 1.1.5+ds1 at /usr/sbin/runc, built for runtime-spec 1.0.2-dev";
    QTest::newRow("found, no spec") << InstalledRuntime{"youki", "/usr/bin/youki", "0.3.0", ""}
                                    << "youki 0.3.0 at /usr/bin/youki";
    QTest::newRow("silent") << InstalledRuntime{"crun", "/usr/bin/crun", "", ""}
                            << "crun at /usr/bin/crun (it did not say its version)";
    QTest::newRow("missing") << InstalledRuntime{"crun", "", "", ""} << "crun: not installed";
}

void TestHelpMenu::aboutNamesTheVersions()
{
    QFETCH(InstalledRuntime, runtime);
    QFETCH(QString, line);
    QCOMPARE(AboutText::runtimeLine(runtime), line);
    const QString html = AboutText::html({runtime});
    QVERIFY(html.contains(line.toHtmlEscaped()));
    QVERIFY(html.contains(QString::fromLatin1(qVersion())));
    QVERIFY(html.contains(QLatin1String("1.0.0 to 1.3.0")));
}

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
