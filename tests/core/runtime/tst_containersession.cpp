// SPDX-License-Identifier: Apache-2.0
// ContainerSession against a fake runtime: a shell script that records its
// argv and keeps a container's status in a file, so that every command line
// the session builds can be checked exactly, including failures and hangs.
#include "runtime/containersession.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Action = ContainerSession::Action;
using Status = ContainerState::Status;

#define WAIT_FOR_STATUS(session, expected) QTRY_COMPARE_WITH_TIMEOUT((session).state().status, (expected), 5000)

static const char FakeRuntime[] = R"(#!/bin/sh
# Records argv (fields separated by 0x1f) and plays a container runtime.
dir=$(dirname "$0")
# One write per record, so that concurrent calls never interleave.
us=$(printf '\037'); record=""
for a in "$@"; do record="$record$a$us"; done
printf '%s\n' "$record" >> "$dir/argv.log"
log=/dev/null
while [ $# -gt 0 ]; do
  case "$1" in
    --root|--log-format|--rootless) shift 2 ;;
    --log) log="$2"; shift 2 ;;
    --systemd-cgroup|--debug) shift ;;
    *) break ;;
  esac
done
verb="$1"; shift
for a in "$@"; do id="$a"; done
if [ -e "$dir/fail-$verb" ]; then
  echo '{"level":"warning","msg":"first problem","time":"t1"}' >> "$log"
  echo '{"level":"error","msg":"second problem","time":"t2"}' >> "$log"
  echo "second problem" >&2
  exit 1
fi
if [ -e "$dir/hang-$verb" ]; then exec sleep 30; fi
status=$(cat "$dir/status" 2>/dev/null)
case "$verb" in
  state)
    if [ -z "$status" ]; then echo "container does not exist" >&2; exit 1; fi
    printf '{"ociVersion":"1.0.2","id":"%s","pid":4242,"status":"%s","bundle":"/b","created":"2026-01-02T03:04:05.5Z"}\n' "$id" "$status" ;;
  create|run)
    echo "out from $verb"; echo "err from $verb" >&2
    if [ "$verb" = run ]; then echo running > "$dir/status"; else echo created > "$dir/status"; fi ;;
  start|resume) echo running > "$dir/status" ;;
  pause) echo paused > "$dir/status" ;;
  kill) echo stopped > "$dir/status" ;;
  delete) rm -f "$dir/status" ;;
  exec) echo "hello from exec"; echo "exec stderr" >&2 ;;
  ps) echo '[1,2]' ;;
  events)
    # Prints the stats record in the file "stats" ten times a second, if any.
    if [ -e "$dir/stats" ]; then while :; do cat "$dir/stats"; sleep 0.1; done; fi
    exec sleep 30 ;;
  features) echo "unknown command features" >&2; exit 1 ;;
esac
exit 0
)";

class tst_ContainerSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void commandLines_data();
    void commandLines();
    void stdioOfCreate();
    void execOutput();
    void failureShowsLog();
    void timeoutAndCancel_data();
    void timeoutAndCancel();
    void refusals_data();
    void refusals();
    void outsideChangeIsNoticed();
    void samplesStandInForPolls();

private:
    QStringList records() const;
    void setStatus(const QString &status);
    void touch(const QString &name);
    void setStatsPids(int pids);
    void makeBundle(bool terminal);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_runtime;
    QString m_bundle;
};

void tst_ContainerSession::init()
{
    qRegisterMetaType<ContainerState>();
    qRegisterMetaType<QList<RuntimeLogEntry>>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_runtime = m_dir->filePath(QStringLiteral("fake-runc"));
    QFile script(m_runtime);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(FakeRuntime);
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_bundle = m_dir->filePath(QStringLiteral("bundle"));
    makeBundle(false);
}

void tst_ContainerSession::cleanup()
{
    m_dir.reset();
}

void tst_ContainerSession::makeBundle(bool terminal)
{
    QDir().mkpath(m_bundle);
    QFile config(QDir(m_bundle).filePath(QStringLiteral("config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    Json json = {
        {"ociVersion", "1.0.2"},
        {"process",
         {{"terminal", terminal}, {"args", {"sh"}}, {"cwd", "/"}, {"capabilities", {{"bounding", {"CAP_KILL"}}}}}},
        {"root", {{"path", "rootfs"}}}};
    config.write(QByteArray::fromStdString(json.dump()));
}

QStringList tst_ContainerSession::records() const
{
    QFile file(m_dir->filePath(QStringLiteral("argv.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            lines << QString::fromUtf8(line);
    }
    return lines;
}

static QString record(const QStringList &args)
{
    return args.join(QChar(0x1f)) + QChar(0x1f);
}

void tst_ContainerSession::setStatus(const QString &status)
{
    QFile file(m_dir->filePath(QStringLiteral("status")));
    if (status.isEmpty()) {
        file.remove();
        return;
    }
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(status.toUtf8() + '\n');
}

void tst_ContainerSession::touch(const QString &name)
{
    QFile file(m_dir->filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
}

void tst_ContainerSession::setStatsPids(int pids)
{
    QSaveFile file(m_dir->filePath(QStringLiteral("stats")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArrayLiteral(R"({"type":"stats","id":"c1","data":{"pids":{"current":)") + QByteArray::number(pids)
               + "}}}\n");
    QVERIFY(file.commit());
}

void tst_ContainerSession::commandLines_data()
{
    QTest::addColumn<QString>("initialStatus");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<bool>("systemd");
    QTest::addColumn<int>("rootless");
    QTest::addColumn<QStringList>("expectedTail");
    QTest::addColumn<Status>("expectedStatus");

    const int unset = int(RuncBinary::Rootless::Unset);
    const int rootless = int(RuncBinary::Rootless::True);
    QTest::newRow("create") << "" << Action::Create << "" << false << false << unset
                            << QStringList{"create", "--bundle", "%BUNDLE%", "--pid-file", "%WORK%/c1.pid", "c1"}
                            << Status::Created;
    QTest::newRow("create terminal")
        << "" << Action::Create << "" << true << false << unset
        << QStringList{"create",     "--bundle",      "%BUNDLE%", "--console-socket", "%WORK%/console.sock",
                       "--pid-file", "%WORK%/c1.pid", "c1"}
        << Status::Created;
    QTest::newRow("create systemd rootless")
        << "" << Action::Create << "" << false << true << rootless
        << QStringList{"create", "--bundle", "%BUNDLE%", "--pid-file", "%WORK%/c1.pid", "c1"} << Status::Created;
    QTest::newRow("run") << "" << Action::Run << "" << false << false << unset
                         << QStringList{"run", "--bundle", "%BUNDLE%", "--pid-file", "%WORK%/c1.pid", "--detach", "c1"}
                         << Status::Running;
    QTest::newRow("run terminal")
        << "" << Action::Run << "" << true << false << unset
        << QStringList{"run",           "--bundle", "%BUNDLE%", "--console-socket", "%WORK%/console.sock", "--pid-file",
                       "%WORK%/c1.pid", "--detach", "c1"}
        << Status::Running;
    QTest::newRow("start") << "created" << Action::Start << "" << false << false << unset << QStringList{"start", "c1"}
                           << Status::Running;
    QTest::newRow("pause") << "running" << Action::Pause << "" << false << false << unset << QStringList{"pause", "c1"}
                           << Status::Paused;
    QTest::newRow("resume") << "paused" << Action::Resume << "" << false << false << unset
                            << QStringList{"resume", "c1"} << Status::Running;
    QTest::newRow("kill default") << "running" << Action::Kill << "" << false << false << unset
                                  << QStringList{"kill", "c1", "SIGTERM"} << Status::Stopped;
    QTest::newRow("kill KILL") << "running" << Action::Kill << "SIGKILL" << false << false << unset
                               << QStringList{"kill", "c1", "SIGKILL"} << Status::Stopped;
    QTest::newRow("kill paused") << "paused" << Action::Kill << "SIGHUP" << false << true << unset
                                 << QStringList{"kill", "c1", "SIGHUP"} << Status::Stopped;
    QTest::newRow("delete") << "stopped" << Action::Delete << "" << false << false << unset
                            << QStringList{"delete", "c1"} << Status::None;
    QTest::newRow("delete force") << "running" << Action::Delete << "force" << false << false << rootless
                                  << QStringList{"delete", "--force", "c1"} << Status::None;
    QTest::newRow("exec terminal")
        << "running" << Action::Exec << "terminal" << false << false << unset
        << QStringList{"exec",     "--process", "%WORK%/process.json", "--console-socket", "%WORK%/console.sock",
                       "--detach", "c1"}
        << Status::Running;
    QTest::newRow("exec") << "running" << Action::Exec << "" << false << false << unset
                          << QStringList{"exec", "--process", "%WORK%/process.json", "c1"} << Status::Running;
}

void tst_ContainerSession::commandLines()
{
    QFETCH(QString, initialStatus);
    QFETCH(Action, action);
    QFETCH(QString, argument);
    QFETCH(bool, terminal);
    QFETCH(bool, systemd);
    QFETCH(int, rootless);
    QFETCH(QStringList, expectedTail);
    QFETCH(Status, expectedStatus);

    makeBundle(terminal);
    setStatus(initialStatus);
    ContainerSession session;
    RuncBinary runtime(m_runtime, m_dir->filePath(QStringLiteral("state")));
    runtime.setSystemdCgroup(systemd);
    runtime.setRootless(RuncBinary::Rootless(rootless));
    session.setRuntime(runtime);
    session.setPollInterval(100);
    session.setBundlePath(m_bundle);
    session.setContainerId(QStringLiteral("c1"));
    if (!initialStatus.isEmpty())
        WAIT_FOR_STATUS(session, ContainerState::statusFromString(initialStatus));

    QSignalSpy finished(&session, &ContainerSession::actionFinished);
    switch (action) {
    case Action::Create: session.create(); break;
    case Action::Run: session.run(); break;
    case Action::Start: session.start(); break;
    case Action::Pause: session.pause(); break;
    case Action::Resume: session.resume(); break;
    case Action::Kill:
        if (argument.isEmpty())
            session.kill();
        else
            session.kill(argument);
        break;
    case Action::Delete: session.remove(argument == QLatin1String("force")); break;
    case Action::Exec: {
        ExecRequest request;
        request.args = {QStringLiteral("echo"), QStringLiteral("hi")};
        request.terminal = argument == QLatin1String("terminal");
        session.exec(request);
        break;
    }
    default: QFAIL("unhandled action");
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.first().at(0).value<Action>(), action);
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));

    QStringList expected{"--root",       m_dir->filePath(QStringLiteral("state")),
                         "--log",        session.workDirectory() + QStringLiteral("/runtime.log"),
                         "--log-format", "json"};
    // Every lifecycle action logs runc's debug lines for the launch timeline.
    expected << QStringLiteral("--debug");
    if (systemd)
        expected << QStringLiteral("--systemd-cgroup");
    if (rootless == int(RuncBinary::Rootless::True))
        expected << QStringLiteral("--rootless") << QStringLiteral("true");
    for (const QString &part : std::as_const(expectedTail)) {
        QString value = part;
        value.replace(QLatin1String("%WORK%"), session.workDirectory());
        value.replace(QLatin1String("%BUNDLE%"), m_bundle);
        expected << value;
    }
    const QStringList all = records();
    QVERIFY2(all.contains(record(expected)),
             qPrintable(all.join(QLatin1Char('\n')).replace(QChar(0x1f), QLatin1Char(' '))));
    WAIT_FOR_STATUS(session, expectedStatus);

    if (action == Action::Exec) {
        QFile process(session.workDirectory() + QStringLiteral("/process.json"));
        QVERIFY(process.open(QIODevice::ReadOnly));
        const Json json = Json::parse(process.readAll().toStdString());
        QVERIFY(json["args"] == Json({"echo", "hi"}));
        QVERIFY(json["terminal"] == Json(argument == QLatin1String("terminal")));
        // The container's privileges carry over to the new process.
        QVERIFY(json["capabilities"]["bounding"] == Json({"CAP_KILL"}));
    }
}

void tst_ContainerSession::stdioOfCreate()
{
    ContainerSession session;
    session.setRuntime(RuncBinary(m_runtime));
    session.setBundlePath(m_bundle);
    session.setContainerId(QStringLiteral("c1"));
    QSignalSpy out(&session, &ContainerSession::standardOutput);
    QSignalSpy err(&session, &ContainerSession::standardError);
    QSignalSpy closed(&session, &ContainerSession::outputClosed);
    session.create();
    QVERIFY(closed.wait(5000)); // the fake is the only writer: both pipes close when it exits
    QByteArray stdoutText, stderrText;
    for (const auto &args : std::as_const(out))
        stdoutText += args.first().toByteArray();
    for (const auto &args : std::as_const(err))
        stderrText += args.first().toByteArray();
    QCOMPARE(stdoutText, QByteArray("out from create\n"));
    QCOMPARE(stderrText, QByteArray("err from create\n"));
}

void tst_ContainerSession::execOutput()
{
    setStatus(QStringLiteral("running"));
    ContainerSession session;
    session.setRuntime(RuncBinary(m_runtime));
    session.setBundlePath(m_bundle);
    session.setContainerId(QStringLiteral("c1"));
    WAIT_FOR_STATUS(session, Status::Running);
    QSignalSpy out(&session, &ContainerSession::standardOutput);
    QSignalSpy err(&session, &ContainerSession::standardError);
    QSignalSpy finished(&session, &ContainerSession::actionFinished);
    ExecRequest request;
    request.args = {QStringLiteral("echo")};
    session.exec(request);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(finished.first().at(1).toBool());
    QTRY_VERIFY(!out.isEmpty() && !err.isEmpty());
    QCOMPARE(out.first().first().toByteArray(), QByteArray("hello from exec\n"));
    QCOMPARE(err.first().first().toByteArray(), QByteArray("exec stderr\n"));
}

void tst_ContainerSession::failureShowsLog()
{
    setStatus(QStringLiteral("running"));
    touch(QStringLiteral("fail-pause"));
    ContainerSession session;
    session.setRuntime(RuncBinary(m_runtime));
    session.setContainerId(QStringLiteral("c1"));
    WAIT_FOR_STATUS(session, Status::Running);
    QSignalSpy finished(&session, &ContainerSession::actionFinished);
    session.pause();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(finished.first().at(2).toString(), QStringLiteral("second problem"));
    const auto log = finished.first().at(3).value<QList<RuntimeLogEntry>>();
    const QList<RuntimeLogEntry> expected{{"warning", "first problem", "t1"}, {"error", "second problem", "t2"}};
    QCOMPARE(log, expected);
    QCOMPARE(session.state().status, Status::Running);
}

void tst_ContainerSession::timeoutAndCancel_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("timeout") << false;
    QTest::newRow("cancel") << true;
}

void tst_ContainerSession::timeoutAndCancel()
{
    QFETCH(bool, cancel);
    setStatus(QStringLiteral("running"));
    touch(QStringLiteral("hang-kill"));
    ContainerSession session;
    session.setRuntime(RuncBinary(m_runtime));
    session.setContainerId(QStringLiteral("c1"));
    WAIT_FOR_STATUS(session, Status::Running);
    session.setQuickTimeout(cancel ? 20000 : 300);
    QSignalSpy finished(&session, &ContainerSession::actionFinished);
    QElapsedTimer clock;
    clock.start();
    session.kill();
    QVERIFY(session.isBusy());
    if (cancel)
        session.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(!finished.first().at(2).toString().isEmpty());
    QVERIFY(!session.isBusy());
}

void tst_ContainerSession::refusals_data()
{
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("missing runc") << "/nonexistent/runc"
                                  << "c1"
                                  << ""
                                  << "apt install runc";
    QTest::newRow("bad id") << ""
                            << "../etc"
                            << ""
                            << "may only contain";
    QTest::newRow("dot dot") << ""
                             << ".."
                             << ""
                             << "cannot be a container ID";
    QTest::newRow("start while running") << ""
                                         << "c1"
                                         << "running"
                                         << "not possible";
}

void tst_ContainerSession::refusals()
{
    QFETCH(QString, runtime);
    QFETCH(QString, id);
    QFETCH(QString, status);
    QFETCH(QString, messagePart);
    setStatus(status);
    ContainerSession session;
    session.setRuntime(RuncBinary(runtime.isEmpty() ? m_runtime : runtime));
    session.setBundlePath(m_bundle);
    session.setContainerId(id);
    if (!status.isEmpty())
        WAIT_FOR_STATUS(session, ContainerState::statusFromString(status));
    const int before = records().size();
    QSignalSpy finished(&session, &ContainerSession::actionFinished);
    session.start();
    QCOMPARE(finished.size(), 1); // refused at once, nothing ran
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY2(finished.first().at(2).toString().contains(messagePart), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(records().size(), before);
}

void tst_ContainerSession::outsideChangeIsNoticed()
{
    setStatus(QStringLiteral("running"));
    ContainerSession session;
    session.setRuntime(RuncBinary(m_runtime));
    session.setContainerId(QStringLiteral("c1"));
    WAIT_FOR_STATUS(session, Status::Running);
    QCOMPARE(session.state().pid, 4242);
    QCOMPARE(session.state().bundle, QStringLiteral("/b"));
    QSignalSpy changed(&session, &ContainerSession::stateChanged);
    QElapsedTimer clock;
    clock.start();
    setStatus(QStringLiteral("stopped"));
    QVERIFY(changed.wait(2000));
    QCOMPARE(session.state().status, Status::Stopped);
    QVERIFY(clock.elapsed() < 1600);
    setStatus(QString());
    QVERIFY(changed.wait(2000));
    QCOMPARE(session.state().status, Status::None);
}

void tst_ContainerSession::samplesStandInForPolls()
{
    setStatsPids(1);
    setStatus(QStringLiteral("running"));
    ContainerSession session;
    session.setRuntime(RuncBinary(m_runtime));
    session.setStatsInterval(std::chrono::milliseconds(100));
    // Longer than any wait below: only a sample can make the session ask.
    session.setPollInterval(20000);
    QSignalSpy sampled(&session, &ContainerSession::statsSampled);
    session.setContainerId(QStringLiteral("c1"));
    WAIT_FOR_STATUS(session, Status::Running);
    QVERIFY(sampled.wait(5000));
    QTRY_COMPARE(session.currentPollInterval(), 3 * 20000);
    // Stopped outside the editor: the next sample counts no processes.
    setStatus(QStringLiteral("stopped"));
    setStatsPids(0);
    WAIT_FOR_STATUS(session, Status::Stopped);
    QCOMPARE(session.currentPollInterval(), 20000);
}

QTEST_GUILESS_MAIN(tst_ContainerSession)
#include "tst_containersession.moc"
