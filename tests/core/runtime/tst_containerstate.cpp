// SPDX-License-Identifier: Apache-2.0
// What "runc state", "runc list" and "runc ps" print, and which actions
// each state allows.
#include "runtime/containerprocess.h"
#include "runtime/containerstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Status = ContainerState::Status;
using Action = ContainerState::Action;

class tst_ContainerState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseState_data();
    void parseState();
    void parseList_data();
    void parseList();
    void allows_data();
    void allows();
    void processes();
};

void tst_ContainerState::parseState_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Status>("status");
    QTest::addColumn<qint64>("pid");

    QTest::newRow("runc created") << QByteArray(
        R"({"ociVersion":"1.0.2-dev","id":"t1","pid":6003,"status":"created",)"
        R"("bundle":"/tmp/b","rootfs":"/tmp/b/rootfs","created":"2026-11-27T19:36:31.070095463Z","owner":""})")
                                  << true << Status::Created << qint64(6003);
    QTest::newRow("stopped") << QByteArray(R"({"id":"t1","pid":0,"status":"stopped"})") << true << Status::Stopped
                             << qint64(0);
    QTest::newRow("paused") << QByteArray(R"({"id":"t1","status":"paused"})") << true << Status::Paused << qint64(0);
    QTest::newRow("unknown status") << QByteArray(R"({"id":"t1","status":"frozen"})") << true << Status::Unknown
                                    << qint64(0);
    QTest::newRow("no id") << QByteArray(R"({"status":"running"})") << false << Status::None << qint64(0);
    QTest::newRow("not json") << QByteArray("container does not exist") << false << Status::None << qint64(0);
    QTest::newRow("array") << QByteArray("[]") << false << Status::None << qint64(0);
    QTest::newRow("pid as text") << QByteArray(R"({"id":"t1","pid":"12","status":"running"})") << true
                                 << Status::Running << qint64(0);
}

void tst_ContainerState::parseState()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(Status, status);
    QFETCH(qint64, pid);
    const Result<ContainerState> parsed = ContainerState::fromJson(json);
    QCOMPARE(parsed.ok(), valid);
    QCOMPARE(parsed.error().isEmpty(), valid);
    if (!valid)
        return;
    const ContainerState &state = *parsed;
    QCOMPARE(state.id, QStringLiteral("t1"));
    QCOMPARE(state.status, status);
    QCOMPARE(state.pid, pid);
    if (status == Status::Created) {
        // runc writes nanoseconds; the time must still be read.
        QCOMPARE(state.created, QDateTime(QDate(2026, 11, 27), QTime(19, 36, 31, 70), Qt::UTC));
        QCOMPARE(state.bundle, QStringLiteral("/tmp/b"));
    }
}

void tst_ContainerState::parseList_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("runc empty") << QByteArray("null") << true << QStringList();
    QTest::newRow("nothing") << QByteArray("") << true << QStringList();
    QTest::newRow("crun empty") << QByteArray("[]\n") << true << QStringList();
    QTest::newRow("two") << QByteArray(
        R"([{"id":"a","status":"running","created":"2026-11-27T19:36:31Z"},{"id":"b","status":"stopped"}])")
                         << true << QStringList{"a", "b"};
    QTest::newRow("entry without id") << QByteArray(R"([{"status":"running"}])") << false << QStringList();
    QTest::newRow("object") << QByteArray(R"({"id":"a"})") << false << QStringList();
}

void tst_ContainerState::parseList()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(QStringList, ids);
    const Result<QList<ContainerState>> parsed = ContainerState::listFromJson(json);
    QCOMPARE(parsed.ok(), valid);
    const QList<ContainerState> states = parsed.ok() ? *parsed : QList<ContainerState>();
    QStringList actual;
    for (const ContainerState &state : std::as_const(states))
        actual << state.id;
    QCOMPARE(actual, ids);
    if (ids.size() == 2) {
        QCOMPARE(states.first().created, QDateTime(QDate(2026, 11, 27), QTime(19, 36, 31), Qt::UTC));
        QCOMPARE(states.last().status, Status::Stopped);
    }
}

void tst_ContainerState::allows_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<QList<Action>>("allowed");

    QTest::newRow("none") << Status::None << QList<Action>{Action::Create, Action::Run};
    QTest::newRow("created") << Status::Created
                             << QList<Action>{Action::Start, Action::Kill, Action::Delete, Action::ForceDelete,
                                              Action::Processes};
    QTest::newRow("running") << Status::Running
                             << QList<Action>{Action::Exec, Action::Pause, Action::Kill, Action::ForceDelete,
                                              Action::Processes};
    QTest::newRow("paused") << Status::Paused
                            << QList<Action>{Action::Resume, Action::Kill, Action::ForceDelete, Action::Processes};
    QTest::newRow("stopped") << Status::Stopped << QList<Action>{Action::Delete, Action::ForceDelete};
    QTest::newRow("unknown") << Status::Unknown << QList<Action>{Action::ForceDelete};
}

void tst_ContainerState::allows()
{
    QFETCH(Status, status);
    QFETCH(QList<Action>, allowed);
    for (Action action : {Action::Create, Action::Start, Action::Run, Action::Exec, Action::Pause, Action::Resume,
                          Action::Kill, Action::Delete, Action::ForceDelete, Action::Processes}) {
        QVERIFY2(ContainerState::allows(status, action) == allowed.contains(action),
                 qPrintable(QStringLiteral("action %1").arg(int(action))));
    }
}

void tst_ContainerState::processes()
{
    // As procps writes it for "runc ps ID -o pid,user,pcpu,rss,etime,args".
    const QByteArray table = "  PID USER     %CPU   RSS     ELAPSED COMMAND\n"
                             "14525 root      9.4  1376       00:00 sleep 100\n"
                             "   17 nobody    0.0     0  1-02:03:04 sh -c  echo 'a  b'\n";
    const Result<QList<ContainerProcess>> list = ContainerProcess::listFromTable(table);
    QVERIFY2(list, qPrintable(list.error()));
    const QList<ContainerProcess> expected{
        {14525, QStringLiteral("root"), 9.4, 1376, QStringLiteral("00:00"), QStringLiteral("sleep 100")},
        {17, QStringLiteral("nobody"), 0.0, 0, QStringLiteral("1-02:03:04"), QStringLiteral("sh -c  echo 'a  b'")}};
    QCOMPARE(*list, expected);

    const Result<QList<ContainerProcess>> none = ContainerProcess::listFromTable("");
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    const Result<QList<ContainerProcess>> headerOnly =
        ContainerProcess::listFromTable("PID USER %CPU RSS ELAPSED CMD\n");
    QVERIFY(headerOnly);
    QVERIFY(headerOnly->isEmpty());
    QVERIFY(!ContainerProcess::listFromTable("[7,8]").error().isEmpty());
    QVERIFY(!ContainerProcess::listFromTable("PID USER\nx root 1 2 00:01 sh\n").error().isEmpty());
    QVERIFY(!ContainerProcess::listFromTable("PID USER\n7 root\n").error().isEmpty());
}

QTEST_APPLESS_MAIN(tst_ContainerState)
#include "tst_containerstate.moc"
