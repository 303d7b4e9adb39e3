// SPDX-License-Identifier: Apache-2.0
// Containers mode in the window with real runc: a container of another
// tool's state root is watched in Run, gets a shell there, and its bundle
// opens in Edit under a banner.
#include "app/containersmode.h"
#include "app/infobar.h"
#include "app/mainwindow.h"
#include "app/modearea.h"
#include "containers/containersview.h"
#include "dialoganswerer.h"
#include "document/specdocument.h"
#include "run/runpanel.h"
#include "runtime/containersession.h"
#include "testbundle.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

const QString runc = QStringLiteral("runc");

} // namespace

class TestContainersMode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void watchFollowsTheContainerInRun();
    void shellStartsATerminalInRun();
    void openShowsTheBundleUnderABanner();
    void openAsksAboutUnsavedChanges();

private:
    QPushButton *button(const char *name) const;

    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<QTemporaryDir> m_run;
    std::unique_ptr<TestBundle> m_bundle;
    std::unique_ptr<TestBundle> m_other;
    std::unique_ptr<MainWindow> m_window;
    ContainersView *m_view = nullptr;
    QString m_root;
    QString m_id;
};

void TestContainersMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    m_settings = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settings->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings->path());
}

void TestContainersMode::init()
{
    const QString reason = runtimeCannotRunContainers(runc);
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_run = std::make_unique<QTemporaryDir>();
    QVERIFY(m_run->isValid());
    m_root = QDir(m_run->path()).filePath(QStringLiteral("runc"));
    m_bundle = std::make_unique<TestBundle>();
    QVERIFY2(m_bundle->isValid(), qPrintable(m_bundle->errorString()));
    QVERIFY(m_bundle->write({QStringLiteral("sleep"), QStringLiteral("300")}, false));
    m_other = std::make_unique<TestBundle>();
    QVERIFY(m_other->write({QStringLiteral("true")}, false));
    m_id = uniqueContainerId();
    const QString error = startContainer(runc, m_root, m_bundle->path(), m_id, true);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openBundle(m_other->path(), false));
    m_view = qobject_cast<ContainersView *>(m_window->modes()->modeWidget(QStringLiteral("containers")));
    QVERIFY(m_view);
    StateRootFinder finder(m_run->path());
    finder.setOwnRoots({});
    m_view->setFinder(finder);
    QSignalSpy refreshed(m_view, &ContainersView::refreshed);
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->setMode(QStringLiteral("containers")));
    QVERIFY(refreshed.wait(10000));
    QVERIFY(m_view->selectContainer(m_root, m_id));
}

void TestContainersMode::cleanup()
{
    if (m_window)
        m_window->runPanel()->finishForQuit(false);
    m_window.reset();
    if (!m_id.isEmpty())
        forceDelete(runc, m_root, m_id);
    m_id.clear();
    m_bundle.reset();
    m_other.reset();
    m_run.reset();
}

QPushButton *TestContainersMode::button(const char *name) const
{
    return m_view->findChild<QPushButton *>(QLatin1String(name));
}

void TestContainersMode::watchFollowsTheContainerInRun()
{
    button("containersWatch")->click();
    QCOMPARE(m_window->mode(), QStringLiteral("run"));
    RunPanel *panel = m_window->runPanel();
    QCOMPARE(panel->runtime().root(), m_root);
    QCOMPARE(panel->containerId(), m_id);
    QTRY_COMPARE_WITH_TIMEOUT(panel->session()->state().status, ContainerState::Status::Running, 10000);
    QCOMPARE(panel->session()->state().bundle, m_bundle->path());
}

void TestContainersMode::shellStartsATerminalInRun()
{
    ContainerSession *session = m_window->runPanel()->session();
    QSignalSpy terminal(session, &ContainerSession::terminalOpened);
    {
        DialogAnswerer cancel(QStringLiteral("cancelButton"));
        button("containersShell")->click();
        QCOMPARE(cancel.answered(), 1);
    }
    QCOMPARE(m_window->mode(), QStringLiteral("containers")); // canceled: nothing happened
    {
        DialogAnswerer confirm(QStringLiteral("confirmShellButton"));
        button("containersShell")->click();
        QCOMPARE(confirm.answered(), 1);
    }
    QCOMPARE(m_window->mode(), QStringLiteral("run"));
    QVERIFY(terminal.wait(15000));
    QCOMPARE(session->containerId(), m_id);
}

void TestContainersMode::openShowsTheBundleUnderABanner()
{
    auto *banner = m_window->findChild<InfoBar *>(QStringLiteral("containerBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisibleTo(m_window.get()));
    button("containersOpen")->click();
    QCOMPARE(m_window->mode(), QStringLiteral("edit"));
    QCOMPARE(QFileInfo(m_window->document()->bundleDirectory()), QFileInfo(m_bundle->path()));
    QVERIFY(banner->isVisibleTo(m_window.get()));
    QVERIFY(banner->text().contains(m_id));
    QVERIFY(banner->text().contains(QLatin1String("Save As")));
    // Another bundle is no container's.
    QVERIFY(m_window->openBundle(m_other->path(), false));
    QVERIFY(!banner->isVisibleTo(m_window.get()));
}

void TestContainersMode::openAsksAboutUnsavedChanges()
{
    m_window->document()->setValue(JsonPointer("/hostname"), Json("unsaved"));
    int asked = 0;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++asked;
            box->button(QMessageBox::Cancel)->click();
        }
    });
    answer.start(30);
    button("containersOpen")->click();
    QCOMPARE(asked, 1);
    QCOMPARE(QFileInfo(m_window->document()->bundleDirectory()), QFileInfo(m_other->path()));
    QVERIFY(m_window->document()->isModified());
    QCOMPARE(m_window->mode(), QStringLiteral("containers"));
}

QTEST_MAIN(TestContainersMode)
#include "tst_containersmode.moc"
