// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "runtime/containerstate.h"
#include "runtime/runtimelog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One thing the runtime does to bring a bundle's container up or down, in
// the order runc 1.1 does it, and the field of config.json that causes it.
struct LaunchStep
{
    // The runtime command during which the step happens.
    enum class Phase { Create, Start, Delete };
    // Who performs it: runc on the host, the container's init process
    // (inside the new namespaces), or a hook program the bundle names.
    enum class Actor { Runtime, Init, Hook };
    enum class Status { Pending, Running, Done, Failed };
    // What the step is, for matching what the runtime is seen doing.
    enum class Kind {
        ReadConfig,
        JoinCgroup,
        OomScore,
        JoinNamespace,
        UserNamespace,
        UidMap,
        GidMap,
        NewNamespace,
        CgroupNamespace,
        Loopback,
        RootPropagation,
        Mount,
        Devices,
        Resources,
        Hook,
        PivotRoot,
        ReadonlyRoot,
        Terminal,
        Hostname,
        AppArmor,
        Sysctl,
        ReadonlyPaths,
        MaskedPaths,
        NoNewPrivileges,
        Rlimits,
        SelinuxLabel,
        Seccomp,
        BoundingSet,
        SwitchUser,
        WorkingDirectory,
        Capabilities,
        FindProgram,
        WaitForStart,
        Continue,
        Exec,
        Exit,
        RemoveCgroup,
        RemoveState,
    };

    Phase phase = Phase::Create;
    Actor actor = Actor::Runtime;
    Kind kind = Kind::ReadConfig;
    QString title;
    QString detail;
    // The field that causes the step ("/mounts/3"), "" for none.
    QString pointer;
    // The namespace type ("network") or the hook phase ("createRuntime").
    QString key;
    // The hook's index within its phase, -1 for other steps.
    int index = -1;

    Status status = Status::Pending;
    // What showed the step happened (or failed): the runtime's own words.
    QString evidence;
};

// The ordered steps of "runc create", "runc start" and "runc delete" for one
// config, and what was observed of them while a container ran. The order
// follows runc 1.1's libcontainer (nsexec, prepareRootfs, the standard init
// and destroy); runc --debug logs the namespace and ID-mapping steps, the end
// of the init's setup and every failure, and the lifecycle commands' results
// tell the rest.
class LaunchTimeline
{
    Q_DECLARE_TR_FUNCTIONS(LaunchTimeline)

public:
    // The lifecycle commands the timeline follows.
    enum class Command { Create, Start, Run, Delete };

    LaunchTimeline() = default;
    LaunchTimeline(const Json &config, const QString &runtimeName = QStringLiteral("runc"));

    const QList<LaunchStep> &steps() const { return m_steps; }
    static QString phaseTitle(LaunchStep::Phase phase, const QString &runtimeName);
    QString runtimeName() const { return m_runtime; }

    // Observations. Each returns the rows whose status or evidence changed.
    QList<int> commandStarted(Command command);
    QList<int> logged(const RuntimeLogEntry &entry);
    QList<int> commandFinished(Command command, bool succeeded, const QString &message);
    QList<int> stateChanged(ContainerState::Status status);
    // Back to nothing observed.
    QList<int> reset();

private:
    void build(const Json &config);
    void add(LaunchStep::Phase phase, LaunchStep::Actor actor, LaunchStep::Kind kind, const QString &title,
             const QString &detail, const QString &pointer, const QString &key = QString(), int index = -1);
    void addHooks(const Json &config, const char *hookPhase, LaunchStep::Phase phase, LaunchStep::Actor where);
    void addCreateSteps(const Json &config);
    void addStartSteps(const Json &config);
    void addDeleteSteps(const Json &config);

    bool set(int row, LaunchStep::Status status, const QString &evidence, QList<int> *changed);
    // Marks every pending or running step of phase before row (all of them
    // for -1) done.
    void finishPhase(LaunchStep::Phase phase, int beforeRow, const QString &evidence, QList<int> *changed);
    int firstOpen(LaunchStep::Phase phase) const;
    int failedStep(LaunchStep::Phase phase, const QString &message) const;
    void markRunning(LaunchStep::Phase phase, QList<int> *changed);

    Json m_config;
    QString m_runtime;
    QList<LaunchStep> m_steps;
    bool m_started = false;
    bool m_deleting = false;
};
