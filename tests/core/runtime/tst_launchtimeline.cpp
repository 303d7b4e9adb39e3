// SPDX-License-Identifier: Apache-2.0
// The run-time timeline: the order of runc 1.1's steps for a config, each
// step's field, and what lights up from runc's real debug log, the commands'
// results and the container's state, down to a real runc run.
#include "ocispec/speccatalogue.h"
#include "runtime/containersession.h"
#include "runtime/launchtimeline.h"
#include "runtime/launchtimelinemodel.h"
#include "testbundle.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using Kind = LaunchStep::Kind;
using Status = LaunchStep::Status;
using Phase = LaunchStep::Phase;

namespace {

// A config like "runc spec" makes, with a user namespace and a hook in
// every phase.
Json fullConfig()
{
    Json config = TestBundle::config({QStringLiteral("sleep"), QStringLiteral("60")}, false, Json::object());
    config["linux"]["namespaces"].push_back({{"type", "user"}});
    config["linux"]["namespaces"].push_back({{"type", "cgroup"}});
    config["linux"]["uidMappings"] = {{{"containerID", 0}, {"hostID", 100000}, {"size", 65536}}};
    config["linux"]["gidMappings"] = {{{"containerID", 0}, {"hostID", 100000}, {"size", 65536}}};
    config["linux"]["seccomp"] = {{"defaultAction", "SCMP_ACT_ALLOW"},
                                  {"syscalls", {{{"names", {"kexec_load"}}, {"action", "SCMP_ACT_ERRNO"}}}}};
    config["hooks"] = {{"prestart", {{{"path", "/bin/true"}}}},
                       {"createRuntime", {{{"path", "/bin/true"}}, {{"path", "/bin/sh"}, {"args", {"sh", "-c", "exit 0"}}}}},
                       {"createContainer", {{{"path", "/bin/true"}}}},
                       {"startContainer", {{{"path", "/bin/true"}}}},
                       {"poststart", {{{"path", "/bin/true"}}}},
                       {"poststop", {{{"path", "/bin/true"}, {"timeout", 5}}}}};
    return config;
}

int rowOf(const LaunchTimeline &timeline, Kind kind, const QString &key = QString(), int index = -1)
{
    const QList<LaunchStep> &steps = timeline.steps();
    for (int row = 0; row < steps.size(); ++row) {
        const LaunchStep &step = steps.at(row);
        if (step.kind == kind && (key.isEmpty() || step.key == key) && (index < 0 || step.index == index))
            return row;
    }
    return -1;
}

// The debug log of a real "runc --debug create" of a container with a user
// namespace (runc 1.1.5), one message per line.
const char *const realLog[] = {
    "nsexec[11037]: => nsexec container setup",
    "nsexec-0[11037]: ~> nsexec stage-0",
    "nsexec-1[11040]: unshare user namespace",
    "nsexec-1[11040]: request stage-0 to map user namespace",
    "nsexec-0[11037]: update /proc/11040/uid_map to '0 100000 65536\n'",
    "nsexec-0[11037]: update /proc/11040/gid_map to '0 100000 65536\n'",
    "nsexec-1[11040]: unshare remaining namespaces (except cgroupns)",
    "nsexec-2[1]: unshare cgroup namespace",
    "nsexec-2[1]: <= nsexec container setup",
    "child process in init()",
    "init: closing the pipe to signal completion",
};

} // namespace

class tst_LaunchTimeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void order_data();
    void order();
    void fieldsOfSteps_data();
    void fieldsOfSteps();
    void seccompFollowsNoNewPrivileges_data();
    void seccompFollowsNoNewPrivileges();
    void boundingSetDrops();
    void joinedNamespaces();
    void realLogLightsUpInOrder();
    void failureMarksItsStep_data();
    void failureMarksItsStep();
    void startAndDelete();
    void poststopFailureIsLogged();
    void modelFollowsObservations();
    void realRuncRun();
    void realRuncHookFailure();
};

void tst_LaunchTimeline::initTestCase()
{
    qRegisterMetaType<ContainerState>();
    qRegisterMetaType<QList<RuntimeLogEntry>>();
}

// Each pair must appear in this order (runc 1.1: nsexec, prepareRootfs,
// the standard init, start, destroy).
void tst_LaunchTimeline::order_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<QString>("beforeKey");
    QTest::addColumn<int>("after");
    QTest::addColumn<QString>("afterKey");
    const auto row = [](const char *name, Kind a, const char *ak, Kind b, const char *bk) {
        QTest::newRow(name) << int(a) << QString::fromLatin1(ak) << int(b) << QString::fromLatin1(bk);
    };
    row("config before cgroup", Kind::ReadConfig, "", Kind::JoinCgroup, "");
    row("user namespace before its mapping", Kind::UserNamespace, "", Kind::UidMap, "");
    row("uid map before gid map", Kind::UidMap, "", Kind::GidMap, "");
    row("mappings before other namespaces", Kind::GidMap, "", Kind::NewNamespace, "");
    row("cgroup namespace last", Kind::NewNamespace, "", Kind::CgroupNamespace, "");
    row("namespaces before mounts", Kind::CgroupNamespace, "", Kind::Mount, "");
    row("root prepared before mounts", Kind::RootPropagation, "", Kind::Mount, "");
    row("mounts before devices", Kind::Mount, "/sys", Kind::Devices, "");
    row("devices before resources", Kind::Devices, "", Kind::Resources, "");
    row("resources before hooks", Kind::Resources, "", Kind::Hook, "prestart");
    row("prestart before createRuntime", Kind::Hook, "prestart", Kind::Hook, "createRuntime");
    row("createRuntime before createContainer", Kind::Hook, "createRuntime", Kind::Hook, "createContainer");
    row("createContainer before pivot_root", Kind::Hook, "createContainer", Kind::PivotRoot, "");
    row("pivot_root before terminal", Kind::PivotRoot, "", Kind::Terminal, "");
    row("terminal before read-only root", Kind::Terminal, "", Kind::ReadonlyRoot, "");
    row("hostname after pivot_root", Kind::PivotRoot, "", Kind::Hostname, "");
    row("readonly paths before masked paths", Kind::ReadonlyPaths, "", Kind::MaskedPaths, "");
    row("masked paths before no_new_privs", Kind::MaskedPaths, "", Kind::NoNewPrivileges, "");
    row("no_new_privs before rlimits", Kind::NoNewPrivileges, "", Kind::Rlimits, "");
    row("working directory before bounding set", Kind::WorkingDirectory, "", Kind::BoundingSet, "");
    row("bounding set before user", Kind::BoundingSet, "", Kind::SwitchUser, "");
    row("user before capability sets", Kind::SwitchUser, "", Kind::Capabilities, "");
    row("program looked up before poststart", Kind::FindProgram, "", Kind::Hook, "poststart");
    row("poststart inside create, before waiting", Kind::Hook, "poststart", Kind::WaitForStart, "");
    row("continue before startContainer", Kind::Continue, "", Kind::Hook, "startContainer");
    row("startContainer before exec", Kind::Hook, "startContainer", Kind::Exec, "");
    row("exit before cgroup removal", Kind::Exit, "", Kind::RemoveCgroup, "");
    row("state removed before poststop", Kind::RemoveState, "", Kind::Hook, "poststop");
}

void tst_LaunchTimeline::order()
{
    QFETCH(int, before);
    QFETCH(QString, beforeKey);
    QFETCH(int, after);
    QFETCH(QString, afterKey);
    Json config = fullConfig();
    config["process"]["terminal"] = true;
    const LaunchTimeline timeline(config);
    const int first = rowOf(timeline, Kind(before), beforeKey);
    const int second = rowOf(timeline, Kind(after), afterKey);
    QVERIFY(first >= 0);
    QVERIFY(second >= 0);
    QVERIFY2(first < second, qPrintable(QStringLiteral("%1 at %2, %3 at %4")
                                            .arg(timeline.steps().at(first).title)
                                            .arg(first)
                                            .arg(timeline.steps().at(second).title)
                                            .arg(second)));
}

void tst_LaunchTimeline::fieldsOfSteps_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("phase");
    QTest::addColumn<QString>("detailHas");
    const auto row = [](const char *name, Kind kind, const char *key, int index, const char *pointer, Phase phase,
                        const char *detail) {
        QTest::newRow(name) << int(kind) << QString::fromLatin1(key) << index << QString::fromLatin1(pointer)
                            << int(phase) << QString::fromUtf8(detail);
    };
    row("pid namespace", Kind::NewNamespace, "pid", -1, "/linux/namespaces/0", Phase::Create, "PID 1");
    row("user namespace", Kind::UserNamespace, "user", -1, "/linux/namespaces/5", Phase::Create, "");
    row("uid mapping", Kind::UidMap, "", -1, "/linux/uidMappings", Phase::Create,
        "container 0–65535 → host 100000–165535");
    row("second mount", Kind::Mount, "/dev", 1, "/mounts/1", Phase::Create, "mode=755");
    row("read-only sysfs", Kind::Mount, "/sys", 3, "/mounts/3", Phase::Create, "Read-only");
    row("second createRuntime hook", Kind::Hook, "createRuntime", 1, "/hooks/createRuntime/1", Phase::Create,
        "sh -c exit 0");
    row("poststop hook timeout", Kind::Hook, "poststop", 0, "/hooks/poststop/0", Phase::Delete, "5 seconds");
    row("startContainer in start", Kind::Hook, "startContainer", 0, "/hooks/startContainer/0", Phase::Start, "");
    row("masked paths", Kind::MaskedPaths, "", -1, "/linux/maskedPaths", Phase::Create, "/proc/kcore");
    row("readonly paths", Kind::ReadonlyPaths, "", -1, "/linux/readonlyPaths", Phase::Create, "/proc/sysrq-trigger");
    row("rlimits", Kind::Rlimits, "", -1, "/process/rlimits", Phase::Create, "RLIMIT_NOFILE");
    row("exec", Kind::Exec, "", -1, "/process/args", Phase::Start, "sleep 60");
    row("hostname", Kind::Hostname, "", -1, "/hostname", Phase::Create, "");
    row("read-only root", Kind::ReadonlyRoot, "", -1, "/root/readonly", Phase::Create, "");
    row("program", Kind::FindProgram, "", -1, "/process/args/0", Phase::Create, "");
}

void tst_LaunchTimeline::fieldsOfSteps()
{
    QFETCH(int, kind);
    QFETCH(QString, key);
    QFETCH(int, index);
    QFETCH(QString, pointer);
    QFETCH(int, phase);
    QFETCH(QString, detailHas);
    const LaunchTimeline timeline(fullConfig());
    const int row = rowOf(timeline, Kind(kind), key, index);
    QVERIFY(row >= 0);
    const LaunchStep &step = timeline.steps().at(row);
    QCOMPARE(step.pointer, pointer);
    QCOMPARE(int(step.phase), phase);
    QVERIFY2(step.detail.contains(detailHas), qPrintable(step.detail));
}

void tst_LaunchTimeline::seccompFollowsNoNewPrivileges_data()
{
    QTest::addColumn<bool>("noNewPrivileges");
    QTest::newRow("with no_new_privs: after the capabilities") << true;
    QTest::newRow("without: before the bounding set") << false;
}

void tst_LaunchTimeline::seccompFollowsNoNewPrivileges()
{
    QFETCH(bool, noNewPrivileges);
    Json config = fullConfig();
    config["process"]["noNewPrivileges"] = noNewPrivileges;
    const LaunchTimeline timeline(config);
    const int seccomp = rowOf(timeline, Kind::Seccomp);
    QVERIFY(seccomp >= 0);
    QCOMPARE(timeline.steps().at(seccomp).pointer, QStringLiteral("/linux/seccomp"));
    if (noNewPrivileges) {
        QVERIFY(seccomp > rowOf(timeline, Kind::FindProgram));
        QVERIFY(seccomp < rowOf(timeline, Kind::WaitForStart));
    } else {
        QCOMPARE(rowOf(timeline, Kind::NoNewPrivileges), -1);
        QVERIFY(seccomp < rowOf(timeline, Kind::BoundingSet));
    }
}

void tst_LaunchTimeline::boundingSetDrops()
{
    const LaunchTimeline timeline(fullConfig());
    const LaunchStep &step = timeline.steps().at(rowOf(timeline, Kind::BoundingSet));
    const int known = int(SpecCatalogue::instance().capabilities().size());
    QCOMPARE(step.title, LaunchTimeline::tr("Drop %n capabilities from the bounding set", nullptr, known - 3));
    QVERIFY(step.detail.contains(QLatin1String("CAP_SYS_ADMIN")));
    QVERIFY(!step.detail.contains(QLatin1String("CAP_KILL")));

    // Without process.capabilities every set is empty.
    Json config = fullConfig();
    config["process"].erase("capabilities");
    const LaunchTimeline bare(config);
    const LaunchStep &all = bare.steps().at(rowOf(bare, Kind::BoundingSet));
    QCOMPARE(all.title, LaunchTimeline::tr("Drop %n capabilities from the bounding set", nullptr, known));
    QCOMPARE(all.pointer, QStringLiteral("/process"));
}

void tst_LaunchTimeline::joinedNamespaces()
{
    Json config = fullConfig();
    config["linux"]["namespaces"][1]["path"] = "/proc/1/ns/net";
    const LaunchTimeline timeline(config);
    const int join = rowOf(timeline, Kind::JoinNamespace, QStringLiteral("net"));
    QVERIFY(join >= 0);
    QCOMPARE(timeline.steps().at(join).pointer, QStringLiteral("/linux/namespaces/1"));
    QVERIFY(join < rowOf(timeline, Kind::UserNamespace));
    // A joined network namespace gets no new loopback, and is not created.
    QCOMPARE(rowOf(timeline, Kind::Loopback), -1);
    QCOMPARE(rowOf(timeline, Kind::NewNamespace, QStringLiteral("network")), -1);

    LaunchTimeline observed(config);
    observed.commandStarted(LaunchTimeline::Command::Create);
    const QList<int> changed = observed.logged({QStringLiteral("debug"),
                                                QStringLiteral("nsexec-1[5]: setns(0x40000000) into net namespace "
                                                               "(with path /proc/1/ns/net)"),
                                                QString()});
    QVERIFY(changed.contains(join));
    QCOMPARE(observed.steps().at(join).status, Status::Done);
}

void tst_LaunchTimeline::realLogLightsUpInOrder()
{
    LaunchTimeline timeline(fullConfig());
    // Nothing is observed before a create starts.
    QVERIFY(timeline.logged({QStringLiteral("debug"), QString::fromLatin1(realLog[2]), QString()}).isEmpty());

    timeline.commandStarted(LaunchTimeline::Command::Create);
    QCOMPARE(timeline.steps().first().status, Status::Running);
    const int user = rowOf(timeline, Kind::UserNamespace);
    const int uid = rowOf(timeline, Kind::UidMap);
    const int other = rowOf(timeline, Kind::NewNamespace, QStringLiteral("pid"));
    const int cgroupns = rowOf(timeline, Kind::CgroupNamespace);
    const int mount = rowOf(timeline, Kind::Mount, QStringLiteral("/proc"));
    const int wait = rowOf(timeline, Kind::WaitForStart);

    // nsexec's first line comes before runc places it in its cgroup.
    timeline.logged({QStringLiteral("debug"), QString::fromLatin1(realLog[0]), QString()});
    QCOMPARE(timeline.steps().at(rowOf(timeline, Kind::ReadConfig)).status, Status::Done);
    QVERIFY(timeline.steps().at(rowOf(timeline, Kind::JoinCgroup)).status != Status::Done);
    for (int line = 1; line < 3; ++line)
        timeline.logged({QStringLiteral("debug"), QString::fromLatin1(realLog[line]), QString()});
    QCOMPARE(timeline.steps().at(rowOf(timeline, Kind::JoinCgroup)).status, Status::Done);
    QCOMPARE(timeline.steps().at(user).status, Status::Done);
    QVERIFY(timeline.steps().at(user).evidence.contains(QLatin1String("unshare user namespace")));
    QCOMPARE(timeline.steps().at(uid).status, Status::Running);
    QCOMPARE(timeline.steps().at(other).status, Status::Pending);

    for (int line = 3; line < 9; ++line)
        timeline.logged({QStringLiteral("debug"), QString::fromLatin1(realLog[line]), QString()});
    QCOMPARE(timeline.steps().at(uid).status, Status::Done);
    QCOMPARE(timeline.steps().at(other).status, Status::Done);
    QCOMPARE(timeline.steps().at(cgroupns).status, Status::Done);
    QCOMPARE(timeline.steps().at(cgroupns + 1).status, Status::Running); // the loopback interface
    QCOMPARE(timeline.steps().at(mount).status, Status::Pending);

    for (int line = 9; line < int(std::size(realLog)); ++line)
        timeline.logged({QStringLiteral("debug"), QString::fromLatin1(realLog[line]), QString()});
    QCOMPARE(timeline.steps().at(mount).status, Status::Done);
    // The init is ready; runc's poststart hooks, still in create, come next.
    const int poststart = rowOf(timeline, Kind::Hook, QStringLiteral("poststart"));
    QCOMPARE(timeline.steps().at(poststart - 1).status, Status::Done);
    QCOMPARE(timeline.steps().at(poststart).status, Status::Running);
    QCOMPARE(timeline.steps().at(wait).status, Status::Pending);

    timeline.commandFinished(LaunchTimeline::Command::Create, true, QString());
    QCOMPARE(timeline.steps().at(wait).status, Status::Done);
    QCOMPARE(timeline.steps().at(rowOf(timeline, Kind::Continue)).status, Status::Pending);
}

void tst_LaunchTimeline::failureMarksItsStep_data()
{
    QTest::addColumn<int>("command");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("index");
    // runc 1.1.5's own messages.
    QTest::newRow("second createRuntime hook")
        << int(LaunchTimeline::Command::Create)
        << QStringLiteral("runc create failed: unable to start container process: error during container init: "
                          "error running hook #1: error running hook: exit status 1, stdout: , stderr: ")
        << int(Kind::Hook) << QStringLiteral("prestart") << -1;
    QTest::newRow("mount")
        << int(LaunchTimeline::Command::Create)
        << QStringLiteral("runc create failed: unable to start container process: error during container init: "
                          "error mounting \"sysfs\" to rootfs at \"/sys\": mount sysfs:/sys (via /proc/self/fd/7), "
                          "flags: 0xf: operation not permitted")
        << int(Kind::Mount) << QStringLiteral("/sys") << 3;
    QTest::newRow("missing program")
        << int(LaunchTimeline::Command::Create)
        << QStringLiteral("runc create failed: unable to start container process: exec: \"sleep\": executable file "
                          "not found in $PATH")
        << int(Kind::FindProgram) << QString() << -1;
    QTest::newRow("startContainer hook")
        << int(LaunchTimeline::Command::Start)
        << QStringLiteral("cannot start a container that has stopped: error running hook #0: error running hook: "
                          "exit status 1, stdout: , stderr: ")
        << int(Kind::Hook) << QStringLiteral("startContainer") << 0;
}

void tst_LaunchTimeline::failureMarksItsStep()
{
    QFETCH(int, command);
    QFETCH(QString, message);
    QFETCH(int, kind);
    QFETCH(QString, key);
    QFETCH(int, index);
    LaunchTimeline timeline(fullConfig());
    timeline.commandStarted(LaunchTimeline::Command::Create);
    if (LaunchTimeline::Command(command) == LaunchTimeline::Command::Start) {
        timeline.commandFinished(LaunchTimeline::Command::Create, true, QString());
        timeline.commandStarted(LaunchTimeline::Command::Start);
    }
    timeline.commandFinished(LaunchTimeline::Command(command), false, message);
    // "hook #1" of a create is ambiguous between its phases: the first hook
    // phase with a hook #1 that has not been seen done is the one.
    int expected = rowOf(timeline, Kind(kind), key, index);
    if (key == QLatin1String("prestart"))
        expected = rowOf(timeline, Kind::Hook, QStringLiteral("createRuntime"), 1);
    QVERIFY(expected >= 0);
    QList<int> failed;
    for (int row = 0; row < timeline.steps().size(); ++row)
        if (timeline.steps().at(row).status == Status::Failed)
            failed << row;
    QCOMPARE(failed, QList<int>{expected});
    QCOMPARE(timeline.steps().at(expected).evidence, message);
    for (const LaunchStep &step : timeline.steps())
        QVERIFY(step.status != Status::Running);
}

void tst_LaunchTimeline::startAndDelete()
{
    LaunchTimeline timeline(fullConfig());
    timeline.commandStarted(LaunchTimeline::Command::Run);
    timeline.commandFinished(LaunchTimeline::Command::Run, true, QString());
    for (const LaunchStep &step : timeline.steps()) {
        if (step.phase != Phase::Delete)
            QCOMPARE(step.status, Status::Done);
        else
            QCOMPARE(step.status, Status::Pending);
    }
    timeline.stateChanged(ContainerState::Status::Stopped);
    QCOMPARE(timeline.steps().at(rowOf(timeline, Kind::Exit)).status, Status::Done);
    QCOMPARE(timeline.steps().at(rowOf(timeline, Kind::RemoveCgroup)).status, Status::Pending);
    timeline.commandStarted(LaunchTimeline::Command::Delete);
    QCOMPARE(timeline.steps().at(rowOf(timeline, Kind::RemoveCgroup)).status, Status::Running);
    timeline.commandFinished(LaunchTimeline::Command::Delete, true, QString());
    for (const LaunchStep &step : timeline.steps())
        QCOMPARE(step.status, Status::Done);
}

// runc delete exits 0 when a poststop hook fails; only its error log line tells.
void tst_LaunchTimeline::poststopFailureIsLogged()
{
    Json config = fullConfig();
    config["hooks"]["poststop"].push_back({{"path", "/bin/false"}});
    LaunchTimeline timeline(config);
    timeline.commandStarted(LaunchTimeline::Command::Run);
    timeline.commandFinished(LaunchTimeline::Command::Run, true, QString());
    timeline.stateChanged(ContainerState::Status::Stopped);
    timeline.commandStarted(LaunchTimeline::Command::Delete);
    // The same words before a delete change nothing.
    timeline.logged({QStringLiteral("error"), QStringLiteral("error running hook #1: exit status 1"), QString()});
    timeline.logged({QStringLiteral("error"),
                     QStringLiteral("error running hook #1: error running hook: exit status 1, stdout: , stderr: "),
                     QString()});
    timeline.commandFinished(LaunchTimeline::Command::Delete, true, QString());
    const int failing = rowOf(timeline, Kind::Hook, QStringLiteral("poststop"), 1);
    QCOMPARE(timeline.steps().at(failing).status, Status::Failed);
    QCOMPARE(timeline.steps().at(rowOf(timeline, Kind::Hook, QStringLiteral("poststop"), 0)).status, Status::Done);
    QCOMPARE(timeline.steps().at(rowOf(timeline, Kind::RemoveState)).status, Status::Done);
}

void tst_LaunchTimeline::modelFollowsObservations()
{
    LaunchTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConfig(fullConfig());
    QCOMPARE(model.rowCount(), 3);
    int steps = 0;
    for (int phase = 0; phase < 3; ++phase)
        steps += model.rowCount(model.index(phase, 0));
    QCOMPARE(steps, int(model.timeline().steps().size()));

    const int hookRow = rowOf(model.timeline(), Kind::Hook, QStringLiteral("createRuntime"), 1);
    const QModelIndex hook = model.indexOfStep(hookRow);
    QCOMPARE(model.stepRow(hook), hookRow);
    QCOMPARE(hook.siblingAtColumn(LaunchTimelineModel::FieldColumn).data().toString(),
             QStringLiteral("/hooks/createRuntime/1"));
    QCOMPARE(hook.parent().row(), int(Phase::Create));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.commandStarted(LaunchTimeline::Command::Create);
    QVERIFY(!changed.isEmpty());
    changed.clear();
    model.commandFinished(LaunchTimeline::Command::Create, false,
                          QStringLiteral("error running hook #1: error running hook: exit status 1"));
    bool hookChanged = false;
    for (const QList<QVariant> &args : std::as_const(changed))
        hookChanged = hookChanged || args.first().value<QModelIndex>() == hook;
    QVERIFY(hookChanged);
    QCOMPARE(hook.data(LaunchTimelineModel::StatusRole).toInt(), int(Status::Failed));
    QVERIFY(hook.data(Qt::AccessibleTextRole).toString().contains(LaunchTimelineModel::statusName(Status::Failed)));
}

void tst_LaunchTimeline::realRuncRun()
{
    const QString reason = runtimeCannotRunContainers(QStringLiteral("runc"));
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    TestBundle bundle;
    QVERIFY2(bundle.isValid(), qPrintable(bundle.errorString()));
    Json config = fullConfig();
    // Hooks a real run can perform: the host's sh and the container's busybox.
    config["hooks"] = {{"createRuntime", {{{"path", "/bin/sh"}, {"args", {"sh", "-c", "exit 0"}}}}},
                       {"startContainer", {{{"path", "/bin/sh"}, {"args", {"sh", "-c", "exit 0"}}}}},
                       {"poststop", {{{"path", "/bin/sh"}, {"args", {"sh", "-c", "exit 0"}}}}}};
    QVERIFY(bundle.writeConfig(config));
    // The container's root is host user 100000: it owns the root filesystem
    // and must be able to reach it.
    QVERIFY(QFile::setPermissions(bundle.path(), QFile::permissions(bundle.path()) | QFileDevice::ExeOther
                                                      | QFileDevice::ReadOther));
    const QString rootfs = bundle.path() + QStringLiteral("/rootfs");
    for (const char *dir : {"proc", "dev", "sys"})
        QVERIFY(QDir(rootfs).mkpath(QLatin1String(dir)));
    QCOMPARE(QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("100000:100000"), rootfs}),
             0);

    ContainerSession session;
    session.setRuntime(RuncBinary(RuncBinary::locate(QStringLiteral("runc")), bundle.stateRoot()));
    session.setBundlePath(bundle.path());
    session.setPollInterval(250);
    const QString id = uniqueContainerId();
    session.setContainerId(id);
    LaunchTimelineModel model;
    model.follow(&session);
    QSignalSpy finished(&session, &ContainerSession::actionFinished);
    QSignalSpy observing(&model, &LaunchTimelineModel::observingChanged);

    session.create();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const bool created = finished.first().at(1).toBool();
    if (!created)
        forceDelete(QStringLiteral("runc"), bundle.stateRoot(), id);
    QVERIFY2(created, qPrintable(finished.first().at(2).toString()));
    QVERIFY(model.isObserving());
    QCOMPARE(observing.size(), 1);
    const LaunchTimeline &timeline = model.timeline();
    // runc's debug log showed the user namespace and its mapping.
    const LaunchStep &uid = timeline.steps().at(rowOf(timeline, Kind::UidMap));
    QCOMPARE(uid.status, Status::Done);
    QVERIFY2(uid.evidence.contains(QLatin1String("uid_map")), qPrintable(uid.evidence));
    for (const LaunchStep &step : timeline.steps())
        QCOMPARE(step.status, step.phase == Phase::Create ? Status::Done : Status::Pending);

    QTRY_COMPARE_WITH_TIMEOUT(session.state().status, ContainerState::Status::Created, 10000);
    finished.clear();
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(timeline.steps().at(rowOf(timeline, Kind::Exec)).status, Status::Done);
    QCOMPARE(timeline.steps().at(rowOf(timeline, Kind::Hook, QStringLiteral("startContainer"))).status, Status::Done);

    QTRY_COMPARE_WITH_TIMEOUT(session.state().status, ContainerState::Status::Running, 10000);
    finished.clear();
    session.kill(QStringLiteral("SIGKILL"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(timeline.steps().at(rowOf(timeline, Kind::Exit)).status, Status::Done, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(session.state().status, ContainerState::Status::Stopped, 10000);
    finished.clear();
    session.remove();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
    for (const LaunchStep &step : timeline.steps())
        QCOMPARE(step.status, Status::Done);
    QTRY_VERIFY(!model.isObserving());
    session.shutdown(false);
}

void tst_LaunchTimeline::realRuncHookFailure()
{
    const QString reason = runtimeCannotRunContainers(QStringLiteral("runc"));
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    TestBundle bundle;
    QVERIFY2(bundle.isValid(), qPrintable(bundle.errorString()));
    Json config = TestBundle::config({QStringLiteral("sleep"), QStringLiteral("60")}, false, Json::object());
    config["hooks"] = {{"createRuntime", {{{"path", "/bin/sh"}, {"args", {"sh", "-c", "exit 0"}}},
                                          {{"path", "/bin/sh"}, {"args", {"sh", "-c", "exit 3"}}}}}};
    QVERIFY(bundle.writeConfig(config));
    ContainerSession session;
    session.setRuntime(RuncBinary(RuncBinary::locate(QStringLiteral("runc")), bundle.stateRoot()));
    session.setBundlePath(bundle.path());
    const QString id = uniqueContainerId();
    session.setContainerId(id);
    LaunchTimelineModel model;
    model.follow(&session);
    QSignalSpy finished(&session, &ContainerSession::actionFinished);
    session.create();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    forceDelete(QStringLiteral("runc"), bundle.stateRoot(), id);
    QVERIFY(!finished.first().at(1).toBool());
    const LaunchTimeline &timeline = model.timeline();
    const int failing = rowOf(timeline, Kind::Hook, QStringLiteral("createRuntime"), 1);
    QCOMPARE(timeline.steps().at(failing).status, Status::Failed);
    QVERIFY(timeline.steps().at(failing).evidence.contains(QLatin1String("hook #1")));
    // Its namespaces were seen made before the hook ran; the steps after it never happened.
    QCOMPARE(timeline.steps().at(rowOf(timeline, Kind::NewNamespace, QStringLiteral("pid"))).status, Status::Done);
    QCOMPARE(timeline.steps().at(rowOf(timeline, Kind::PivotRoot)).status, Status::Pending);
    session.shutdown(false);
}

QTEST_GUILESS_MAIN(tst_LaunchTimeline)
#include "tst_launchtimeline.moc"
