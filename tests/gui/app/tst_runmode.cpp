// SPDX-License-Identifier: Apache-2.0
// The window in Run mode running real runc: Run in the hosted panel checks
// the bundle first. A clean bundle runs at once, an error blocks it, and a
// finding about this machine asks, with Run Anyway letting runc try.
#include "app/findingsmodel.h"
#include "app/mainwindow.h"
#include "run/consoleview.h"
#include "run/lifecyclebar.h"
#include "run/runpanel.h"
#include "run/runstatusstrip.h"
#include "testbundle.h"

#include "document/specdocument.h"
#include "runtime/containersession.h"
#include "runtime/runcbinary.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTableView>

#include <memory>

using Action = ContainerSession::Action;

namespace {

constexpr const char *MissingSource = "/nonexistent-obe-bind-source";
// Long, so that the place of the finding leaves its message a narrow column.
constexpr const char *LongDestination = "/srv/a-rather-long-mount-point-for-this-test";

} // namespace

class TestRunMode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void runChecksTheBundleFirst_data();
    void runChecksTheBundleFirst();
    void savesThroughTheWindowBeforeRunning();
    void theContainerStaysInSightInEveryMode();
    void runMenuRunsFromAnyMode();

private:
    // The window on a busybox bundle with config, in Run mode with real runc.
    RunPanel *openInRunMode(const Json &config);

    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<TestBundle> m_bundle;
    std::unique_ptr<MainWindow> m_window;
    QString m_id;
};

void TestRunMode::initTestCase()
{
    qRegisterMetaType<ContainerSession::Action>();
    QStandardPaths::setTestModeEnabled(true);
    // Settings of this test only, never the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    m_settings = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settings->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings->path());
}

void TestRunMode::cleanup()
{
    if (m_window)
        m_window->runPanel()->finishForQuit(false);
    if (m_bundle && !m_id.isEmpty())
        forceDelete(QStringLiteral("runc"), m_bundle->stateRoot(), m_id);
    m_window.reset();
    m_bundle.reset();
    m_id.clear();
}

RunPanel *TestRunMode::openInRunMode(const Json &config)
{
    const QString reason = runtimeCannotRunContainers(QStringLiteral("runc"));
    if (!reason.isEmpty()) {
        QTest::qSkip(qPrintable(reason), __FILE__, __LINE__);
        return nullptr;
    }
    m_bundle = std::make_unique<TestBundle>();
    if (!m_bundle->isValid()) {
        QTest::qFail(qPrintable(m_bundle->errorString()), __FILE__, __LINE__);
        return nullptr;
    }
    if (!m_bundle->writeConfig(config)) {
        QTest::qFail("cannot write config.json", __FILE__, __LINE__);
        return nullptr;
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1024, 700);
    if (!m_window->openBundle(m_bundle->path(), false)) {
        QTest::qFail("cannot open the bundle", __FILE__, __LINE__);
        return nullptr;
    }
    RunPanel *panel = m_window->runPanel();
    panel->setRuntime(RuncBinary(RuncBinary::locate(QStringLiteral("runc")), m_bundle->stateRoot()));
    m_id = uniqueContainerId();
    panel->setContainerId(m_id);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->setMode(QStringLiteral("run"))) {
        QTest::qFail("the window shows no Run mode", __FILE__, __LINE__);
        return nullptr;
    }
    return panel;
}

void TestRunMode::runChecksTheBundleFirst_data()
{
    QTest::addColumn<QString>("kind");    // clean, error or host
    QTest::addColumn<QString>("answer");  // the question's button to click; empty: Cancel
    QTest::addColumn<bool>("asked");      // the host findings question showed
    QTest::addColumn<bool>("runs");       // runc was started
    QTest::addColumn<QString>("outcome"); // in the console after a run, or in the error when refused
    QTest::addColumn<int>("icon");        // the severity beside the panel's message; -1: no message
    const int error = int(Finding::Severity::Error);
    const int warning = int(Finding::Severity::Warning);
    QTest::newRow("clean: runs at once") << "clean" << QString() << false << true << "ran" << -1;
    QTest::newRow("error: blocked, not asked") << "error" << QString() << false << false << "/ociVersion" << error;
    QTest::newRow("host finding: Cancel blocks") << "host" << QString() << true << false << MissingSource << warning;
    // runc then refuses, as the finding said it would, in its own words.
    QTest::newRow("host finding: Run Anyway runs") << "host"
                                                   << "runAnywayButton" << true << true << MissingSource << error;
}

void TestRunMode::runChecksTheBundleFirst()
{
    QFETCH(QString, kind);
    QFETCH(QString, answer);
    QFETCH(bool, asked);
    QFETCH(bool, runs);
    QFETCH(QString, outcome);
    QFETCH(int, icon);
    Json config = TestBundle::config({QStringLiteral("echo"), QStringLiteral("ran")}, false, Json::object());
    if (kind == QLatin1String("error"))
        config["ociVersion"] = 5;
    if (kind == QLatin1String("host")) {
        config["mounts"].push_back(
            {{"destination", LongDestination}, {"type", "bind"}, {"source", MissingSource}, {"options", {"rbind"}}});
    }
    RunPanel *panel = openInRunMode(config);
    if (!panel)
        return;
    QCOMPARE(panel->bundlePath(), m_bundle->path());
    auto *runArea = m_window->findChild<QScrollArea *>(QStringLiteral("runArea"));
    QVERIFY(runArea);
    auto *run = panel->findChild<QAbstractButton *>(QStringLiteral("runButton"));
    QVERIFY(run);
    QVERIFY(runArea->isAncestorOf(run));
    QVERIFY(run->isVisible());

    // Answers the host findings question; closes anything else, noting it.
    QStringList dialogs;
    QTimer answerer;
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        dialogs << box->objectName();
        if (box->objectName() != QLatin1String("hostFindingsDialog")) {
            box->reject();
            return;
        }
        QVERIFY(box->text().contains(QLatin1String(MissingSource)));
        QAbstractButton *button =
            answer.isEmpty() ? box->button(QMessageBox::Cancel) : box->findChild<QAbstractButton *>(answer);
        QVERIFY(button);
        button->click();
    });
    answerer.start(20);
    QSignalSpy started(panel->session(), &ContainerSession::actionStarted);
    QSignalSpy finished(panel->session(), &ContainerSession::actionFinished);
    QTest::mouseClick(run, Qt::LeftButton);
    answerer.stop();

    QCOMPARE(dialogs, asked ? QStringList{QStringLiteral("hostFindingsDialog")} : QStringList());
    QCOMPARE(m_window->mode(), QStringLiteral("run"));
    QCOMPARE(started.size(), runs ? 1 : 0);
    if (runs) {
        QCOMPARE(started.first().first().value<Action>(), Action::Run);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
        QCOMPARE(finished.first().first().value<Action>(), Action::Run);
    }
    if (kind == QLatin1String("clean")) {
        QVERIFY(finished.first().at(1).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(panel->consoleView()->text().contains(outcome), 10000);
        QCOMPARE(panel->errorText(), QString());
    } else if (runs) {
        QVERIFY(!finished.first().at(1).toBool());
        QVERIFY2(panel->errorText().contains(outcome), qPrintable(panel->errorText()));
    } else {
        // The panel says why and lists the findings, each at its field.
        QVERIFY(!panel->errorText().isEmpty());
        const QList<Finding> findings = panel->runtimeFindings();
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &finding) {
            return finding.pointer == outcome || finding.message.contains(outcome);
        }));
        auto *view = panel->findChild<QTableView *>(QStringLiteral("runtimeFindings"));
        QVERIFY(view && view->isVisible());
        if (kind == QLatin1String("host")) {
            // The message needs more lines than a row of the default height
            // holds; its row grows to show it whole.
            m_window->resize(860, 700);
            QApplication::processEvents();
            const QString message = view->model()->index(0, FindingsModel::MessageColumn).data().toString();
            const QRect wrapped = view->fontMetrics().boundingRect(
                QRect(0, 0, view->columnWidth(FindingsModel::MessageColumn) - 8, 0), Qt::TextWordWrap, message);
            QVERIFY(wrapped.height() > view->verticalHeader()->defaultSectionSize());
            QVERIFY2(view->rowHeight(0) >= wrapped.height(),
                     qPrintable(QStringLiteral("%1 < %2").arg(view->rowHeight(0)).arg(wrapped.height())));
        }
    }
    auto *messageIcon = panel->findChild<QLabel *>(QStringLiteral("messageIcon"));
    QVERIFY(messageIcon);
    QCOMPARE(messageIcon->isVisible(), icon >= 0);
    if (icon >= 0) {
        const QSize size = messageIcon->pixmap().deviceIndependentSize().toSize();
        QCOMPARE(messageIcon->pixmap().toImage(),
                 FindingsModel::severityIcon(Finding::Severity(icon)).pixmap(size).toImage());
    }
    QTRY_VERIFY_WITH_TIMEOUT(!panel->session()->isBusy(), 15000);
}

// Unsaved edits are saved as the window saves (lock, links, the file's
// state on disk), so the window never takes its own save for another
// program's change.
void TestRunMode::savesThroughTheWindowBeforeRunning()
{
    RunPanel *panel =
        openInRunMode(TestBundle::config({QStringLiteral("echo"), QStringLiteral("ran")}, false, Json::object()));
    if (!panel)
        return;
    m_window->document()->setValue(JsonPointer("/hostname"), Json("edited-before-run"));
    QVERIFY(m_window->isWindowModified());

    QStringList dialogs;
    QTimer answerer;
    connect(&answerer, &QTimer::timeout, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        auto *box = qobject_cast<QMessageBox *>(dialog);
        dialogs << (box ? box->text() : QString::fromLatin1(dialog->metaObject()->className()));
        if (box && box->button(QMessageBox::Save))
            box->button(QMessageBox::Save)->click();
        else
            dialog->close();
    });
    answerer.start(20);
    QSignalSpy finished(panel->session(), &ContainerSession::actionFinished);
    QTest::mouseClick(panel->findChild<QAbstractButton *>(QStringLiteral("runButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->consoleView()->text().contains(QLatin1String("ran")), 10000);
    // Longer than the disk watcher waits for a file to settle.
    QTest::qWait(1000);
    answerer.stop();
    QCOMPARE(dialogs, QStringList{RunPanel::tr("The runtime reads config.json from disk. Save your changes now?")});
    QVERIFY(!m_window->isWindowModified());
    QFile file(m_bundle->path() + QStringLiteral("/config.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("edited-before-run"));
}

void TestRunMode::theContainerStaysInSightInEveryMode()
{
    RunPanel *panel =
        openInRunMode(TestBundle::config({QStringLiteral("sleep"), QStringLiteral("30")}, false, Json::object()));
    if (!panel)
        return;
    auto *strip = m_window->findChild<RunStatusStrip *>(QStringLiteral("windowRunStatus"));
    QVERIFY(strip);
    QVERIFY(strip->isHidden()); // Run mode has the panel's own
    QVERIFY(m_window->setMode(QStringLiteral("edit")));
    QVERIFY(strip->isVisible());
    QCOMPARE(strip->text(), QString()); // no container yet: nothing to say

    QVERIFY(m_window->setMode(QStringLiteral("run")));
    QTest::mouseClick(panel->findChild<QAbstractButton *>(QStringLiteral("runButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->session()->state().status == ContainerState::Status::Running, 15000);
    QVERIFY(m_window->setMode(QStringLiteral("welcome")));
    QVERIFY(strip->isVisible());
    QTRY_VERIFY(strip->text().startsWith(m_id + QStringLiteral(": ")));
    QVERIFY2(strip->text().contains(QStringLiteral("PID")), qPrintable(strip->text()));
    QVERIFY2(!strip->text().contains(m_bundle->path()), qPrintable(strip->text())); // compact: no bundle
}

// The Run menu holds the run view's lifecycle actions; Ctrl+R from Edit shows
// Run mode, asks there to save, and runs the bundle.
void TestRunMode::runMenuRunsFromAnyMode()
{
    RunPanel *panel =
        openInRunMode(TestBundle::config({QStringLiteral("sleep"), QStringLiteral("30")}, false, Json::object()));
    if (!panel)
        return;
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("runMenu"));
    QVERIFY(menu);
    QList<QAction *> inMenu = menu->actions();
    inMenu.removeIf([](const QAction *action) { return action->isSeparator(); });
    QCOMPARE(inMenu, panel->lifecycleBar()->actions());

    // An unsaved edit: Run asks to save first, and asks over Run mode.
    m_window->document()->setValue(JsonPointer("/hostname"), Json("edited-in-edit-mode"));
    QVERIFY(m_window->setMode(QStringLiteral("edit")));
    QString modeWhenAsked;
    QTimer answerer;
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->button(QMessageBox::Save))
            return;
        modeWhenAsked = m_window->mode();
        box->button(QMessageBox::Save)->click();
    });
    answerer.start(20);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_R));
    answerer.stop();
    QCOMPARE(modeWhenAsked, QStringLiteral("run"));
    QCOMPARE(m_window->mode(), QStringLiteral("run"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->session()->state().status == ContainerState::Status::Running, 15000);
    QVERIFY(panel->lifecycleBar()->action(LifecycleBar::Step::Pause)->isEnabled());
}

QTEST_MAIN(TestRunMode)
#include "tst_runmode.moc"
