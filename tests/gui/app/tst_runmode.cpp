// SPDX-License-Identifier: Apache-2.0
// The window in Run mode running real runc: Run in the hosted panel checks
// the bundle first. A clean bundle runs at once, an error blocks it, and a
// finding about this machine asks, with Run Anyway letting runc try.
#include "app/mainwindow.h"
#include "app/modearea.h"
#include "run/consoleview.h"
#include "run/runpanel.h"
#include "testbundle.h"

#include "runtime/containersession.h"
#include "runtime/runcbinary.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

using Action = ContainerSession::Action;

namespace {

constexpr const char *MissingSource = "/nonexistent-obe-bind-source";

} // namespace

class TestRunMode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void runChecksTheBundleFirst_data();
    void runChecksTheBundleFirst();

private:
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

void TestRunMode::runChecksTheBundleFirst_data()
{
    QTest::addColumn<QString>("kind");    // clean, error or host
    QTest::addColumn<QString>("answer");  // the question's button to click; empty: Cancel
    QTest::addColumn<bool>("asked");      // the host findings question showed
    QTest::addColumn<bool>("runs");       // runc was started
    QTest::addColumn<QString>("outcome"); // in the console after a run, or in the error when refused
    QTest::newRow("clean: runs at once") << "clean" << QString() << false << true << "ran";
    QTest::newRow("error: blocked, not asked") << "error" << QString() << false << false << "/ociVersion";
    QTest::newRow("host finding: Cancel blocks") << "host" << QString() << true << false << MissingSource;
    // runc then refuses, as the finding said it would, in its own words.
    QTest::newRow("host finding: Run Anyway runs") << "host"
                                                   << "runAnywayButton" << true << true << MissingSource;
}

void TestRunMode::runChecksTheBundleFirst()
{
    QFETCH(QString, kind);
    QFETCH(QString, answer);
    QFETCH(bool, asked);
    QFETCH(bool, runs);
    QFETCH(QString, outcome);
    const QString reason = runtimeCannotRunContainers(QStringLiteral("runc"));
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));

    m_bundle = std::make_unique<TestBundle>();
    QVERIFY2(m_bundle->isValid(), qPrintable(m_bundle->errorString()));
    Json config = TestBundle::config({QStringLiteral("echo"), QStringLiteral("ran")}, false, Json::object());
    if (kind == QLatin1String("error"))
        config["ociVersion"] = 5;
    if (kind == QLatin1String("host")) {
        config["mounts"].push_back(
            {{"destination", "/mnt"}, {"type", "bind"}, {"source", MissingSource}, {"options", {"rbind"}}});
    }
    QVERIFY(m_bundle->writeConfig(config));

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1024, 700);
    QVERIFY(m_window->openBundle(m_bundle->path(), false));
    RunPanel *panel = m_window->runPanel();
    QCOMPARE(panel->bundlePath(), m_bundle->path());
    panel->setRuntime(RuncBinary(RuncBinary::locate(QStringLiteral("runc")), m_bundle->stateRoot()));
    m_id = uniqueContainerId();
    panel->setContainerId(m_id);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->setMode(QStringLiteral("run")));
    auto *runArea = m_window->findChild<QScrollArea *>(QStringLiteral("runArea"));
    QVERIFY(runArea);
    auto *run = panel->findChild<QPushButton *>(QStringLiteral("runButton"));
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
        QVERIFY(panel->findChild<QTreeView *>(QStringLiteral("runtimeFindings"))->isVisible());
    }
    QTRY_VERIFY_WITH_TIMEOUT(!panel->session()->isBusy(), 15000);
}

QTEST_MAIN(TestRunMode)
#include "tst_runmode.moc"
