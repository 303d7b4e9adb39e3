// SPDX-License-Identifier: Apache-2.0
// The run panel driving real runc: buttons follow the state, the terminal
// view talks to a shell, the console to a cat, the charts get samples, and a
// refusing runtime's own message is what the user sees.
#include "app/findingsmodel.h"
#include "run/consoleview.h"
#include "run/lifecyclebar.h"
#include "run/runpanel.h"
#include "run/runstatusstrip.h"
#include "run/statschartview.h"
#include "run/terminalview.h"
#include "testbundle.h"

#include "document/specdocument.h"
#include "runtime/containerstopper.h"
#include "runtime/processlistmodel.h"
#include "runtime/pseudoterminal.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using Status = ContainerState::Status;

#define PREPARE(...) \
    do { \
        prepare(__VA_ARGS__); \
        if (!m_panel || QTest::currentTestFailed()) \
            return; \
    } while (false)

class tst_RunPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void buttonsFollowState();
    void terminalAnswers();
    void resizingResizesThePty();
    void consoleTalksToStdin();
    void savesBeforeRunning();
    void chartsGetSamples();
    void crunRefusalIsShown();
    void missingRuntimeIsExplained();
    void quitCanKillAndDelete();
    void attachFollowsAContainer();
    void refusalLeadsToTheField_data();
    void refusalLeadsToTheField();
    void warnsAboutUnsupportedFeatures();
    void stopCountsDownThenRunsAgain();
    void idFollowsTheBundle();
    void listsProcesses();
    void errorsBlockTheRun();
    void hostFindingsAskFirst_data();
    void hostFindingsAskFirst();

private:
    void prepare(const QStringList &args, bool terminal, const Json &resources = Json::object());
    QAbstractButton *button(const char *name) const;
    bool containerExists() const;

    std::unique_ptr<TestBundle> m_bundle;
    std::unique_ptr<RunPanel> m_panel;
    QString m_id;
};

void tst_RunPanel::initTestCase()
{
    qRegisterMetaType<ContainerState>();
    qRegisterMetaType<StatsSample>();
    qRegisterMetaType<QList<RuntimeLogEntry>>();
}

void tst_RunPanel::prepare(const QStringList &args, bool terminal, const Json &resources)
{
    const QString reason = runtimeCannotRunContainers(QStringLiteral("runc"));
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_bundle = std::make_unique<TestBundle>();
    QVERIFY2(m_bundle->isValid(), qPrintable(m_bundle->errorString()));
    QVERIFY(m_bundle->write(args, terminal, resources));
    m_id = uniqueContainerId();
    m_panel = std::make_unique<RunPanel>();
    m_panel->setInteractive(false);
    m_panel->setRuntime(RuncBinary(RuncBinary::locate(QStringLiteral("runc")), m_bundle->stateRoot()));
    m_panel->setBundlePath(m_bundle->path());
    m_panel->setContainerId(m_id);
    m_panel->session()->setPollInterval(250);
    m_panel->resize(900, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_RunPanel::cleanup()
{
    if (m_panel)
        m_panel->finishForQuit(false);
    if (m_bundle && !m_id.isEmpty())
        forceDelete(QStringLiteral("runc"), m_bundle->stateRoot(), m_id);
    m_panel.reset();
    m_bundle.reset();
    m_id.clear();
}

QAbstractButton *tst_RunPanel::button(const char *name) const
{
    return m_panel->findChild<QAbstractButton *>(QLatin1String(name));
}

bool tst_RunPanel::containerExists() const
{
    QProcess state;
    state.start(RuncBinary::locate(QStringLiteral("runc")),
                {QStringLiteral("--root"), m_bundle->stateRoot(), QStringLiteral("state"), m_id});
    state.waitForFinished(10000);
    return state.exitCode() == 0;
}

void tst_RunPanel::buttonsFollowState()
{
    PREPARE({QStringLiteral("sleep"), QStringLiteral("60")}, false);
    ContainerSession *session = m_panel->session();
    const auto expectEnabled = [this](const QStringList &enabled) {
        for (const char *name : {"createButton", "startButton", "runButton", "pauseButton", "resumeButton",
                                 "killButton", "deleteButton"}) {
            QAbstractButton *b = button(name);
            QVERIFY2(b, name);
            QVERIFY2(b->isEnabled() == enabled.contains(QLatin1String(name)),
                     qPrintable(QStringLiteral("%1 should be %2")
                                    .arg(QLatin1String(name), b->isEnabled() ? "disabled" : "enabled")));
        }
    };
    expectEnabled({"createButton", "runButton"});
    QTest::mouseClick(button("createButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session->state().status, Status::Created, 10000);
    QTRY_VERIFY(!session->isBusy());
    expectEnabled({"startButton", "killButton", "deleteButton"});
    QTest::mouseClick(button("startButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session->state().status, Status::Running, 10000);
    QTRY_VERIFY(!session->isBusy());
    expectEnabled({"pauseButton", "killButton"});
    QTest::mouseClick(button("pauseButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session->state().status, Status::Paused, 10000);
    QTRY_VERIFY(!session->isBusy());
    expectEnabled({"resumeButton", "killButton"});
    QTest::mouseClick(button("resumeButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session->state().status, Status::Running, 10000);
    QTRY_VERIFY(!session->isBusy());
    QTest::mouseClick(button("killButton"), Qt::LeftButton); // SIGTERM by default; sleep as PID 1 ignores it
    QTRY_VERIFY(!session->isBusy());
    QCOMPARE(m_panel->errorText(), QString());
    QProcess::execute(
        RuncBinary::locate(QStringLiteral("runc")),
        {QStringLiteral("--root"), m_bundle->stateRoot(), QStringLiteral("kill"), m_id, QStringLiteral("KILL")});
    QTRY_COMPARE_WITH_TIMEOUT(session->state().status, Status::Stopped, 5000);
    expectEnabled({"runButton", "deleteButton"}); // Run deletes the stopped one first
    QCOMPARE(button("runButton")->text(), LifecycleBar::tr("Delete and &Run Again").remove(QLatin1Char('&')));
    QTest::mouseClick(button("deleteButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session->state().status, Status::None, 10000);
    QTRY_VERIFY(!session->isBusy());
    expectEnabled({"createButton", "runButton"});
    QCOMPARE(button("runButton")->text(), LifecycleBar::tr("&Run").remove(QLatin1Char('&')));
    QVERIFY(!containerExists());
    // Nothing of the deleted container stays in the summary.
    QCOMPARE(m_panel->statusStrip()->text(), RunStatusStrip::tr("%1: no container").arg(m_id));
}

void tst_RunPanel::terminalAnswers()
{
    PREPARE({QStringLiteral("sh")}, true);
    m_panel->runContainer();
    TerminalView *view = m_panel->terminalView();
    QTRY_VERIFY_WITH_TIMEOUT(view->terminal() != nullptr, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(view->screenText().contains(QLatin1Char('#')), 10000); // the prompt
    QTest::keyClicks(view, QStringLiteral("echo $((6*7))"));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(view->screenText().split(QLatin1Char('\n')).contains(QStringLiteral("42")), 10000);
    // Colours come through libvterm: red text from printf's escape sequence.
    QTest::keyClicks(view, QStringLiteral("printf '\\033[31mRED\\033[0m\\n'"));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(view->screenText().split(QLatin1Char('\n')).contains(QStringLiteral("RED")), 10000);
    const QStringList lines = view->screenText().split(QLatin1Char('\n'));
    const int row = int(lines.indexOf(QStringLiteral("RED")));
    const QColor red = view->foregroundAt(row, 0);
    QVERIFY2(red.red() > 100 && red.green() < 100 && red.blue() < 100, qPrintable(red.name()));
    QTest::keyClicks(view, QStringLiteral("exit"));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->session()->state().status, Status::Stopped, 10000);
}

void tst_RunPanel::resizingResizesThePty()
{
    PREPARE({QStringLiteral("sh")}, true);
    m_panel->runContainer();
    TerminalView *view = m_panel->terminalView();
    QTRY_VERIFY_WITH_TIMEOUT(view->terminal() != nullptr, 10000);
    QSignalSpy resized(view, &TerminalView::sizeChanged);
    m_panel->resize(700, 900);
    QTRY_VERIFY(!resized.isEmpty());
    const QString expected = QStringLiteral("%1 %2").arg(view->rows()).arg(view->columns());
    QTest::keyClicks(view, QStringLiteral("busybox stty size"));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(view->screenText().split(QLatin1Char('\n')).contains(expected),
                              qPrintable(expected + QLatin1String(" not in:\n") + view->screenText()), 10000);
}

void tst_RunPanel::consoleTalksToStdin()
{
    PREPARE({QStringLiteral("cat")}, false);
    m_panel->runContainer();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->session()->state().status, Status::Running, 10000);
    auto *input = m_panel->consoleView()->findChild<QLineEdit *>(QStringLiteral("consoleInput"));
    QVERIFY(input);
    QTest::keyClicks(input, QStringLiteral("through the pipe"));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->consoleView()->text().contains(QLatin1String("through the pipe\n")), 10000);
    // End of file ends cat, and with it the container.
    QTest::mouseClick(m_panel->consoleView()->findChild<QPushButton *>(QStringLiteral("eofButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->session()->state().status, Status::Stopped, 10000);
}

void tst_RunPanel::savesBeforeRunning()
{
    PREPARE({QStringLiteral("echo"), QStringLiteral("as saved on disk")}, false);
    SpecDocument document;
    QVERIFY2(document.load(m_bundle->path()), qPrintable(document.errorString()));
    document.setValue(JsonPointer("/process/args"), Json{"echo", "as edited"});
    QVERIFY(document.isModified());
    m_panel->setDocument(&document);
    m_panel->runContainer();
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->consoleView()->text().contains(QLatin1String("as edited")), 10000);
    QVERIFY(!document.isModified());
    m_panel->setDocument(nullptr);
}

void tst_RunPanel::chartsGetSamples()
{
    const qint64 limit = 40 * 1024 * 1024;
    PREPARE({QStringLiteral("sleep"), QStringLiteral("60")}, false, Json{{"memory", {{"limit", limit}}}});
    m_panel->session()->setStatsInterval(std::chrono::milliseconds(500));
    m_panel->runContainer();
    StatsChartView *stats = m_panel->statsView();
    // The session keeps the samples, with a steady clock; the view plots them.
    QCOMPARE(&stats->history(), &m_panel->session()->statsHistory());
    QTRY_VERIFY_WITH_TIMEOUT(stats->history().samples().size() >= 1, 10000);
    QVERIFY(stats->history().samples().constFirst().steadyMs.has_value());
    QVERIFY(stats->cpuText().contains(QLatin1String("collecting")));
    QTRY_VERIFY_WITH_TIMEOUT(stats->history().samples().size() >= 3, 10000);
    QVERIFY2(!stats->cpuText().contains(QLatin1String("collecting")), qPrintable(stats->cpuText()));
    QVERIFY2(stats->memoryText().contains(QLatin1String("of 40.0 MiB")), qPrintable(stats->memoryText()));
    // The tab was never shown, so nothing was plotted; showing it plots all.
    QCOMPARE(stats->plottedPoints(), 0);
    m_panel->showStatistics();
    const int shown = stats->plottedPoints();
    // At least memory used and limit, from their first to their last sample
    // (a flat run of three samples needs two points).
    QVERIFY(shown >= 2 * 2);
    QCOMPARE(stats->plottedUntil(), stats->history().samples().constLast().time);
    const int samples = int(stats->history().samples().size());
    QTRY_VERIFY_WITH_TIMEOUT(stats->history().samples().size() > samples, 5000);
    // On screen it follows live, within a pixel's worth of time.
    const QDateTime next = stats->history().samples().at(samples).time;
    QTRY_VERIFY_WITH_TIMEOUT(stats->plottedUntil() >= next, 5000);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stats.csv"));
    const Result<void> exported = stats->exportCsvTo(path);
    QVERIFY2(exported, qPrintable(exported.error()));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), stats->history().samples().size() + 1);
    QVERIFY(lines.first().startsWith("time,cpu_percent,memory_used_bytes,memory_limit_bytes"));
    QCOMPARE(lines.last().split(',').at(3), QByteArray::number(limit));
}

void tst_RunPanel::crunRefusalIsShown()
{
    const QString reason = runtimeCannotRunContainers(QStringLiteral("crun"));
    if (!reason.contains(QLatin1String("hybrid")))
        QSKIP("crun runs containers here, so there is no refusal to show");
    PREPARE({QStringLiteral("echo"), QStringLiteral("never")}, false);
    m_panel->setRuntime(RuncBinary(RuncBinary::locate(QStringLiteral("crun")), m_bundle->stateRoot()));
    m_panel->runContainer();
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->errorText().contains(QLatin1String("cgroups in hybrid mode not supported")),
                             10000);
    forceDelete(QStringLiteral("crun"), m_bundle->stateRoot(), m_id);
}

void tst_RunPanel::missingRuntimeIsExplained()
{
    RunPanel panel;
    panel.setInteractive(false);
    panel.setRuntime(RuncBinary(QStringLiteral("/nonexistent/crun")));
    QVERIFY2(panel.errorText().contains(QLatin1String("apt install crun")), qPrintable(panel.errorText()));
    for (const char *name : {"createButton", "runButton", "startButton"})
        QVERIFY(!panel.findChild<QAbstractButton *>(QLatin1String(name))->isEnabled());
}

void tst_RunPanel::quitCanKillAndDelete()
{
    PREPARE({QStringLiteral("sleep"), QStringLiteral("60")}, false);
    m_panel->runContainer();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->session()->state().status, Status::Running, 10000);
    m_panel->finishForQuit(true);
    QVERIFY(!containerExists());
}

void tst_RunPanel::attachFollowsAContainer()
{
    PREPARE({QStringLiteral("echo"), QStringLiteral("done")}, false);
    // A container created past the editor, in the same state directory.
    QProcess create;
    create.start(RuncBinary::locate(QStringLiteral("runc")),
                 {QStringLiteral("--root"), m_bundle->stateRoot(), QStringLiteral("create"), QStringLiteral("--bundle"),
                  m_bundle->path(), m_id});
    create.closeWriteChannel();
    QVERIFY(create.waitForFinished(20000));
    QCOMPARE(create.exitCode(), 0);

    ContainerSession *session = m_panel->session();
    m_panel->setContainerId(QString());
    m_panel->attachContainer(m_id);
    QCOMPARE(m_panel->findChild<QLineEdit *>(QStringLiteral("containerId"))->text(), m_id);
    QTRY_COMPARE_WITH_TIMEOUT(session->state().status, Status::Created, 10000);
    QCOMPARE(session->bundlePath(), m_bundle->path());
    QTRY_VERIFY_WITH_TIMEOUT(button("startButton")->isEnabled(), 5000);
    QVERIFY(m_panel->consoleView()->text().contains(m_id));
}

void tst_RunPanel::refusalLeadsToTheField_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("config"); // one change, as JSON merged into the config
    QTest::newRow("host sysctl") << "/linux/sysctl/vm.swappiness"
                                 << R"({"linux": {"sysctl": {"vm.swappiness": "10"}}})";
    QTest::newRow("rlimit name") << "/process/rlimits/0/type"
                                 << R"({"process": {"rlimits": [{"type": "RLIMIT_FOO", "hard": 1, "soft": 1}]}})";
    QTest::newRow("root missing") << "/root/path"
                                  << R"({"root": {"path": "nonexistent"}})";
}

// runc refuses the bundle: its message leads to the field, in one keystroke.
void tst_RunPanel::refusalLeadsToTheField()
{
    QFETCH(QString, pointer);
    QFETCH(QString, config);
    PREPARE({QStringLiteral("echo"), QStringLiteral("never")}, false);
    Json changed = TestBundle::config({QStringLiteral("echo"), QStringLiteral("never")}, false, Json::object());
    changed.merge_patch(Json::parse(config.toStdString()));
    QVERIFY(m_bundle->writeConfig(changed));
    QSignalSpy activated(m_panel.get(), &RunPanel::findingActivated);
    m_panel->runContainer();
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->runtimeFindings().isEmpty(), 15000);

    auto view = m_panel->findChild<QAbstractItemView *>(QStringLiteral("runtimeFindings"));
    QVERIFY(view && view->isVisible());
    int row = -1;
    for (int i = 0; i < view->model()->rowCount(); ++i) {
        if (view->model()->index(i, 0).data(FindingsModel::PointerRole).toString() == pointer)
            row = i;
    }
    QVERIFY2(row >= 0, qPrintable(m_panel->errorText()));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(JsonUtil::pointerString(activated.first().first().value<JsonPointer>()), pointer);
}

void tst_RunPanel::warnsAboutUnsupportedFeatures()
{
    PREPARE({QStringLiteral("echo"), QStringLiteral("still runs")}, false);
    m_panel->session()->queryFeatures();
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->session()->featuresKnown(), 10000);
    if (!m_panel->session()->features())
        QSKIP("this runc has no features command");
    // A hook kind from a newer runtime-spec than runc 1.1 knows.
    Json config = TestBundle::config({QStringLiteral("echo"), QStringLiteral("still runs")}, false, Json::object());
    config["hooks"] = {{"poststop", Json::array()}, {"future-hook", Json::array()}};
    QVERIFY(m_bundle->writeConfig(config));
    m_panel->runContainer(); // not interactive: the warning goes to the console
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->consoleView()->text().contains(QLatin1String("still runs")), 10000);
    QVERIFY2(m_panel->consoleView()->text().contains(QLatin1String("'future-hook'")),
             qPrintable(m_panel->consoleView()->text()));
    QVERIFY(!m_panel->consoleView()->text().contains(QLatin1String("poststop")));
}

void tst_RunPanel::stopCountsDownThenRunsAgain()
{
    PREPARE({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("trap '' TERM; sleep 1000")}, false);
    ContainerSession *session = m_panel->session();
    auto *timeout = m_panel->findChild<QSpinBox *>(QStringLiteral("stopTimeout"));
    QVERIFY(timeout);
    const QVariant remembered = QSettings().value(QStringLiteral("run/stopTimeoutSeconds"));
    timeout->setValue(2);
    QCOMPARE(QSettings().value(QStringLiteral("run/stopTimeoutSeconds")).toInt(), 2);
    QCOMPARE(m_panel->stopper()->gracePeriod(), std::chrono::milliseconds(2000));

    m_panel->runContainer();
    QTRY_COMPARE_WITH_TIMEOUT(session->state().status, Status::Running, 10000);
    QTRY_VERIFY(button("stopButton")->isEnabled());
    QSignalSpy escalated(m_panel->stopper(), &ContainerStopper::escalated);
    QTest::mouseClick(button("stopButton"), Qt::LeftButton);
    QVERIFY(!button("stopButton")->isEnabled());
    QTRY_VERIFY(m_panel->statusStrip()->text().contains(QLatin1String("SIGKILL in")));
    QTRY_COMPARE_WITH_TIMEOUT(session->state().status, Status::Stopped, 10000);
    QCOMPARE(escalated.size(), 1);

    // The stopped container is in the way; Run deletes it and runs again.
    QTRY_VERIFY(button("runButton")->isEnabled());
    QCOMPARE(button("runButton")->text(), LifecycleBar::tr("Delete and &Run Again").remove(QLatin1Char('&')));
    QTest::mouseClick(button("runButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session->state().status, Status::Running, 15000);
    QCOMPARE(m_panel->errorText(), QString());

    if (remembered.isValid())
        QSettings().setValue(QStringLiteral("run/stopTimeoutSeconds"), remembered);
    else
        QSettings().remove(QStringLiteral("run/stopTimeoutSeconds"));
}

void tst_RunPanel::idFollowsTheBundle()
{
    RunPanel panel;
    panel.setInteractive(false);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setBundlePath(QStringLiteral("/srv/bundles/web"));
    QCOMPARE(panel.containerId(), QStringLiteral("obe-web"));
    panel.setBundlePath(QStringLiteral("/srv/bundles/my db"));
    QCOMPARE(panel.containerId(), QStringLiteral("obe-my-db"));
    // Typed by the user: it stays.
    auto *edit = panel.findChild<QLineEdit *>(QStringLiteral("containerId"));
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("mine"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(panel.containerId(), QStringLiteral("mine"));
    panel.setBundlePath(QStringLiteral("/srv/bundles/other"));
    QCOMPARE(panel.containerId(), QStringLiteral("mine"));
    // Emptied by the user: it follows again.
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    panel.setBundlePath(QStringLiteral("/srv/bundles/third"));
    QCOMPARE(panel.containerId(), QStringLiteral("obe-third"));
}

void tst_RunPanel::listsProcesses()
{
    PREPARE({QStringLiteral("sleep"), QStringLiteral("60")}, false);
    m_panel->runContainer();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->session()->state().status, Status::Running, 10000);

    auto *processes = m_panel->findChild<QTreeView *>(QStringLiteral("processList"));
    QVERIFY(processes);
    m_panel->session()->setProcessPolling(true);
    QTRY_COMPARE_WITH_TIMEOUT(processes->model()->rowCount(), 1, 10000);
    const QAbstractItemModel *model = processes->model();
    QCOMPARE(model->columnCount(), int(ProcessListModel::ColumnCount));
    QCOMPARE(model->index(0, ProcessListModel::UserColumn).data().toString(), QStringLiteral("root"));
    QVERIFY(model->index(0, ProcessListModel::PidColumn).data().toLongLong() > 0);
    QVERIFY(model->index(0, ProcessListModel::CommandColumn).data().toString().startsWith(QLatin1String("sleep")));
}

void tst_RunPanel::errorsBlockTheRun()
{
    PREPARE({QStringLiteral("echo"), QStringLiteral("never")}, false);
    Json config = TestBundle::config({QStringLiteral("echo"), QStringLiteral("never")}, false, Json::object());
    config["ociVersion"] = 5;
    QVERIFY(m_bundle->writeConfig(config));
    QSignalSpy started(m_panel->session(), &ContainerSession::actionStarted);
    m_panel->runContainer();
    QCOMPARE(started.size(), 0);
    QVERIFY(!m_panel->errorText().isEmpty());
    const QList<Finding> findings = m_panel->runtimeFindings();
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
                        [](const Finding &f) { return f.pointer == QLatin1String("/ociVersion"); }));
    QVERIFY(m_panel->findChild<QAbstractItemView *>(QStringLiteral("runtimeFindings"))->isVisible());
    QVERIFY(!containerExists());
}

void tst_RunPanel::hostFindingsAskFirst_data()
{
    QTest::addColumn<bool>("interactive");
    QTest::addColumn<QString>("answer"); // the dialog button's object name; empty: Cancel
    QTest::addColumn<bool>("runs");
    QTest::newRow("scripted: runs, findings noted") << false << QString() << true;
    QTest::newRow("dialog: Run Anyway") << true << QStringLiteral("runAnywayButton") << true;
    QTest::newRow("dialog: Cancel") << true << QString() << false;
}

// A bind source this machine lacks is a host finding: asked about, not an error.
void tst_RunPanel::hostFindingsAskFirst()
{
    QFETCH(bool, interactive);
    QFETCH(QString, answer);
    QFETCH(bool, runs);
    PREPARE({QStringLiteral("echo"), QStringLiteral("ran")}, false);
    Json config = TestBundle::config({QStringLiteral("echo"), QStringLiteral("ran")}, false, Json::object());
    config["mounts"].push_back({{"destination", "/mnt"},
                                {"type", "bind"},
                                {"source", "/nonexistent-obe-bind-source"},
                                {"options", {"rbind"}}});
    QVERIFY(m_bundle->writeConfig(config));
    m_panel->setInteractive(interactive);

    bool asked = false;
    QTimer answerer;
    answerer.setInterval(20);
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("hostFindingsDialog"))
            return;
        asked = true;
        QVERIFY(box->text().contains(QLatin1String("host.mount.source.missing")));
        QAbstractButton *button =
            answer.isEmpty() ? box->button(QMessageBox::Cancel) : box->findChild<QAbstractButton *>(answer);
        QVERIFY(button);
        button->click();
    });
    answerer.start();
    QSignalSpy started(m_panel->session(), &ContainerSession::actionStarted);
    m_panel->runContainer();
    answerer.stop();
    QCOMPARE(asked, interactive);
    QCOMPARE(started.size(), runs ? 1 : 0);
    if (!interactive)
        QVERIFY(m_panel->consoleView()->text().contains(QLatin1String("host.mount.source.missing")));
    if (!runs) {
        // The findings stay listed, each at its field.
        const QList<Finding> findings = m_panel->runtimeFindings();
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
            return f.host && f.pointer.startsWith(QLatin1String("/mounts/"));
        }));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->session()->isBusy(), 15000);
}

QTEST_MAIN(tst_RunPanel)
#include "tst_runpanel.moc"
