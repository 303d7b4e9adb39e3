// SPDX-License-Identifier: Apache-2.0
// ContainerSession against the real runc and crun: busybox containers run,
// change state, report stats and answer on their terminal.
#include "runtime/containersession.h"
#include "runtime/containerstopper.h"
#include "runtime/pseudoterminal.h"
#include "testbundle.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

// prepare() skips or fails in a helper; the test must then stop too.
#define PREPARE(...) \
    do { \
        prepare(__VA_ARGS__); \
        if (!m_session || QTest::currentTestFailed()) \
            return; \
    } while (false)

#define WAIT_FOR_STATUS(session, expected) QTRY_COMPARE_WITH_TIMEOUT((session).state().status, (expected), 10000)

class tst_RuntimeIntegration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void echoOutputArrives_data() { runtimes(); }
    void echoOutputArrives();
    void lifecycle_data() { runtimes(); }
    void lifecycle();
    void statsArrive_data() { runtimes(); }
    void statsArrive();
    void terminalAnswers_data() { runtimes(); }
    void terminalAnswers();
    void outsideKillIsNoticed_data() { runtimes(); }
    void outsideKillIsNoticed();
    void execArrives_data() { runtimes(); }
    void execArrives();
    void failureShowsRuntimeMessage();
    void stopEscalatesToKill_data() { runtimes(); }
    void stopEscalatesToKill();
    void stopEndsAtTerm_data() { runtimes(); }
    void stopEndsAtTerm();

private:
    void runtimes();
    void prepare(const QStringList &args, bool terminal, const Json &resources = Json::object());

    std::unique_ptr<TestBundle> m_bundle;
    std::unique_ptr<ContainerSession> m_session;
    QString m_runtime;
    QString m_id;
};

void tst_RuntimeIntegration::initTestCase()
{
    qRegisterMetaType<ContainerState>();
    qRegisterMetaType<StatsSample>();
    qRegisterMetaType<QList<RuntimeLogEntry>>();
}

void tst_RuntimeIntegration::runtimes()
{
    QTest::addColumn<QString>("runtime");
    QTest::newRow("runc") << QStringLiteral("runc");
    QTest::newRow("crun") << QStringLiteral("crun");
}

void tst_RuntimeIntegration::init()
{
    m_runtime.clear();
    m_id.clear();
}

void tst_RuntimeIntegration::prepare(const QStringList &args, bool terminal, const Json &resources)
{
    QFETCH(QString, runtime);
    const QString reason = runtimeCannotRunContainers(runtime);
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_runtime = runtime;
    m_bundle = std::make_unique<TestBundle>();
    QVERIFY2(m_bundle->isValid(), qPrintable(m_bundle->errorString()));
    QVERIFY(m_bundle->write(args, terminal, resources));
    m_id = uniqueContainerId();
    m_session = std::make_unique<ContainerSession>();
    m_session->setRuntime(RuncBinary(RuncBinary::locate(runtime), m_bundle->stateRoot()));
    m_session->setBundlePath(m_bundle->path());
    m_session->setPollInterval(250);
    m_session->setContainerId(m_id);
}

void tst_RuntimeIntegration::cleanup()
{
    // Whatever happened, no container outlives its test.
    if (m_session)
        m_session->shutdown(false);
    if (!m_id.isEmpty() && m_bundle)
        forceDelete(m_runtime, m_bundle->stateRoot(), m_id);
    m_session.reset();
    m_bundle.reset();
}

void tst_RuntimeIntegration::echoOutputArrives()
{
    PREPARE({QStringLiteral("echo"), QStringLiteral("hello from busybox")}, false);
    QSignalSpy out(m_session.get(), &ContainerSession::standardOutput);
    QSignalSpy finished(m_session.get(), &ContainerSession::actionFinished);
    m_session->run();
    QByteArray text;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 for (const auto &args : std::as_const(out))
                                     text += args.first().toByteArray();
                                 out.clear();
                                 return text.contains("hello from busybox\n");
                             }()),
                             10000);
    QTRY_VERIFY(!finished.isEmpty());
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
    WAIT_FOR_STATUS(*m_session, ContainerState::Status::Stopped);
}

void tst_RuntimeIntegration::lifecycle()
{
    PREPARE({QStringLiteral("sleep"), QStringLiteral("60")}, false);
    QSignalSpy finished(m_session.get(), &ContainerSession::actionFinished);
    auto step = [&](auto action, ContainerState::Status expected) {
        finished.clear();
        action();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        WAIT_FOR_STATUS(*m_session, expected);
    };
    step([&] { m_session->create(); }, ContainerState::Status::Created);
    QVERIFY(m_session->state().pid > 0);
    QCOMPARE(m_session->state().bundle, m_bundle->path());
    step([&] { m_session->start(); }, ContainerState::Status::Running);
    QSignalSpy processes(m_session.get(), &ContainerSession::processesChanged);
    QVERIFY(processes.wait(5000));
    const auto list = processes.last().first().value<QList<ContainerProcess>>();
    QCOMPARE(list.size(), 1);
    QVERIFY2(list.first().command.contains(QLatin1String("sleep")), qPrintable(list.first().command));
    step([&] { m_session->pause(); }, ContainerState::Status::Paused);
    step([&] { m_session->resume(); }, ContainerState::Status::Running);
    step([&] { m_session->kill(QStringLiteral("SIGKILL")); }, ContainerState::Status::Stopped);
    step([&] { m_session->remove(); }, ContainerState::Status::None);
}

void tst_RuntimeIntegration::statsArrive()
{
    const qint64 limit = 48 * 1024 * 1024;
    PREPARE({QStringLiteral("sleep"), QStringLiteral("60")}, false,
            Json{{"memory", {{"limit", limit}}}, {"pids", {{"limit", 32}}}});
    QSignalSpy samples(m_session.get(), &ContainerSession::statsSampled);
    QSignalSpy unavailable(m_session.get(), &ContainerSession::statsUnavailable);
    m_session->setStatsInterval(std::chrono::milliseconds(300));
    m_session->run();
    WAIT_FOR_STATUS(*m_session, ContainerState::Status::Running);
    QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 2 || !unavailable.isEmpty(), 10000);
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(
            QStringLiteral("%1 streams no stats: %2").arg(m_runtime, unavailable.first().first().toString())));
    const auto first = samples.at(0).first().value<StatsSample>();
    const auto second = samples.at(1).first().value<StatsSample>();
    QVERIFY(first.collecting);
    QVERIFY(!first.cpuPercent);
    QVERIFY(!second.collecting);
    QVERIFY(second.cpuPercent);
    QVERIFY(*second.cpuPercent >= 0);
    QVERIFY(second.memoryLimit);
    QCOMPARE(qint64(*second.memoryLimit), limit);
    QVERIFY(second.memoryUsed);
    QVERIFY(*second.memoryUsed < limit);
    QCOMPARE(second.pidsLimit.value_or(-1), 32.0);
    QCOMPARE(second.pidsCurrent.value_or(-1), 1.0);
}

void tst_RuntimeIntegration::terminalAnswers()
{
    PREPARE({QStringLiteral("sh")}, true);
    QSignalSpy opened(m_session.get(), &ContainerSession::terminalOpened);
    m_session->run();
    QVERIFY(opened.wait(10000));
    PseudoTerminal *terminal = opened.first().first().value<PseudoTerminal *>();
    QVERIFY(terminal);
    QVERIFY(terminal->resize(30, 100));
    QByteArray screen;
    connect(terminal, &PseudoTerminal::dataReceived, this, [&screen](const QByteArray &data) { screen += data; });
    terminal->write("echo $((6*7))\n");
    QTRY_VERIFY_WITH_TIMEOUT(screen.contains("\n42"), 10000);
    terminal->write("exit\n");
    WAIT_FOR_STATUS(*m_session, ContainerState::Status::Stopped);
}

void tst_RuntimeIntegration::outsideKillIsNoticed()
{
    PREPARE({QStringLiteral("sleep"), QStringLiteral("60")}, false);
    m_session->run();
    WAIT_FOR_STATUS(*m_session, ContainerState::Status::Running);
    QSignalSpy changed(m_session.get(), &ContainerSession::stateChanged);
    m_session->setPollInterval(1000);
    QElapsedTimer clock;
    clock.start();
    // As a user would from a shell, past the editor.
    QCOMPARE(QProcess::execute(RuncBinary::locate(m_runtime),
                               {QStringLiteral("--root"), m_bundle->stateRoot(), QStringLiteral("kill"), m_id,
                                QStringLiteral("KILL")}),
             0);
    WAIT_FOR_STATUS(*m_session, ContainerState::Status::Stopped);
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
}

void tst_RuntimeIntegration::execArrives()
{
    PREPARE({QStringLiteral("sleep"), QStringLiteral("60")}, false);
    m_session->run();
    WAIT_FOR_STATUS(*m_session, ContainerState::Status::Running);

    QSignalSpy out(m_session.get(), &ContainerSession::standardOutput);
    QSignalSpy finished(m_session.get(), &ContainerSession::actionFinished);
    ExecRequest request;
    request.args = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo exec says $GREETING")};
    request.env = {QStringLiteral("GREETING=hello"), QStringLiteral("PATH=/bin")};
    m_session->exec(request);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
    QByteArray text;
    for (const auto &args : std::as_const(out))
        text += args.first().toByteArray();
    QCOMPARE(text, QByteArray("exec says hello\n"));

    // A second process with a terminal of its own.
    QSignalSpy opened(m_session.get(), &ContainerSession::terminalOpened);
    request.args = {QStringLiteral("sh")};
    request.terminal = true;
    m_session->exec(request);
    QVERIFY(opened.wait(10000));
    auto *terminal = opened.first().first().value<PseudoTerminal *>();
    QByteArray screen;
    connect(terminal, &PseudoTerminal::dataReceived, this, [&screen](const QByteArray &data) { screen += data; });
    terminal->write("echo $((6*7))\n");
    QTRY_VERIFY_WITH_TIMEOUT(screen.contains("\n42"), 10000);
}

void tst_RuntimeIntegration::failureShowsRuntimeMessage()
{
    // crun refuses hybrid cgroups; the session must pass its own words on.
    const QString reason = runtimeCannotRunContainers(QStringLiteral("crun"));
    if (!reason.contains(QLatin1String("hybrid")))
        QSKIP("crun runs containers here, so there is no refusal to show");
    TestBundle bundle;
    QVERIFY(bundle.write({QStringLiteral("echo"), QStringLiteral("probe")}, false));
    ContainerSession session;
    session.setRuntime(RuncBinary(RuncBinary::locate(QStringLiteral("crun")), bundle.stateRoot()));
    session.setBundlePath(bundle.path());
    m_runtime = QStringLiteral("crun");
    m_id = uniqueContainerId();
    session.setContainerId(m_id);
    QSignalSpy finished(&session, &ContainerSession::actionFinished);
    session.run();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY2(finished.first().at(2).toString().contains(QLatin1String("cgroups in hybrid mode not supported")),
             qPrintable(finished.first().at(2).toString()));
    const auto log = finished.first().at(3).value<QList<RuntimeLogEntry>>();
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.last().level, QStringLiteral("error"));
    forceDelete(m_runtime, bundle.stateRoot(), m_id);
    m_id.clear();
}

void tst_RuntimeIntegration::stopEscalatesToKill()
{
    // PID 1 with SIGTERM ignored: only SIGKILL ends it.
    PREPARE({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("trap '' TERM; sleep 1000")}, false);
    m_session->run();
    WAIT_FOR_STATUS(*m_session, ContainerState::Status::Running);
    ContainerStopper stopper(m_session.get());
    stopper.setGracePeriod(std::chrono::milliseconds(1500));
    QSignalSpy countdown(&stopper, &ContainerStopper::countdown);
    QSignalSpy escalated(&stopper, &ContainerStopper::escalated);
    QSignalSpy finished(&stopper, &ContainerStopper::finished);
    QElapsedTimer clock;
    clock.start();
    stopper.stop();
    QVERIFY(stopper.isStopping());
    QCOMPARE(countdown.first().first().toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(clock.elapsed() >= 1400, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(escalated.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toBool(), true); // forced
    QCOMPARE(countdown.last().first().toInt(), 0);
    QCOMPARE(m_session->state().status, ContainerState::Status::Stopped);
    QVERIFY(!stopper.isStopping());
}

void tst_RuntimeIntegration::stopEndsAtTerm()
{
    PREPARE({QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("trap 'exit 0' TERM; while true; do sleep 1; done")},
            false);
    m_session->run();
    WAIT_FOR_STATUS(*m_session, ContainerState::Status::Running);
    ContainerStopper stopper(m_session.get());
    stopper.setGracePeriod(std::chrono::milliseconds(8000));
    QSignalSpy escalated(&stopper, &ContainerStopper::escalated);
    QSignalSpy finished(&stopper, &ContainerStopper::finished);
    stopper.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 7000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(escalated.size(), 0);
    QCOMPARE(stopper.secondsLeft(), 0);
    // Nothing left to stop: refused at once.
    stopper.stop();
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.last().at(0).toBool(), false);
}

QTEST_GUILESS_MAIN(tst_RuntimeIntegration)
#include "tst_runtimeintegration.moc"
