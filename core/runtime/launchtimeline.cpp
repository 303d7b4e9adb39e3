// SPDX-License-Identifier: Apache-2.0
#include "launchtimeline.h"

#include "ocispec/speccatalogue.h"
#include "runtime/runtimeerrorlocator.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

namespace {

const Json *at(const Json &config, const char *pointer)
{
    const JsonPointer path(pointer);
    return config.contains(path) ? &config.at(path) : nullptr;
}

QString text(const Json *value)
{
    return value && value->is_string() ? JsonUtil::toQString(value->get<std::string>()) : QString();
}

QString text(const Json &object, const char *member)
{
    const auto it = object.find(member);
    return it != object.end() ? text(&*it) : QString();
}

bool isTrue(const Json *value)
{
    return value && value->is_boolean() && value->get<bool>();
}

QStringList strings(const Json *array)
{
    QStringList list;
    if (array && array->is_array()) {
        for (const Json &item : *array)
            if (item.is_string())
                list << JsonUtil::toQString(item.get<std::string>());
    }
    return list;
}

int size(const Json *array)
{
    return array && array->is_array() ? int(array->size()) : 0;
}

QString indexed(const char *array, int index)
{
    return QString::fromLatin1(array) + QLatin1Char('/') + QString::number(index);
}

// nsexec names namespaces as /proc/PID/ns does.
QString procName(const QString &specType)
{
    if (specType == QLatin1String("mount"))
        return QStringLiteral("mnt");
    if (specType == QLatin1String("network"))
        return QStringLiteral("net");
    return specType;
}

QString namespacePurpose(const QString &type)
{
    if (type == QLatin1String("pid"))
        return LaunchTimeline::tr("Its own process numbers: the container's process will be PID 1 and sees no "
                                  "process of the host.");
    if (type == QLatin1String("network"))
        return LaunchTimeline::tr("Its own network interfaces, addresses, routes and ports; at first it has only a "
                                  "loopback interface.");
    if (type == QLatin1String("mount"))
        return LaunchTimeline::tr("Its own mount table: the mounts below are seen only inside the container.");
    if (type == QLatin1String("ipc"))
        return LaunchTimeline::tr("Its own System V IPC objects and POSIX message queues.");
    if (type == QLatin1String("uts"))
        return LaunchTimeline::tr("Its own host name and domain name.");
    if (type == QLatin1String("cgroup"))
        return LaunchTimeline::tr("Its own view of the cgroup tree: its cgroup appears as the root.");
    if (type == QLatin1String("time"))
        return LaunchTimeline::tr("Its own boot and monotonic clocks.");
    if (type == QLatin1String("user"))
        return LaunchTimeline::tr("Its own user and group IDs, mapped to other IDs on the host.");
    return QString();
}

QString mappingText(const Json *mappings)
{
    QStringList lines;
    if (mappings && mappings->is_array()) {
        for (const Json &m : *mappings) {
            if (!m.is_object())
                continue;
            const auto number = [&m](const char *key) {
                const auto it = m.find(key);
                return it != m.end() && it->is_number_integer() && it->get<qint64>() >= 0 ? it->get<quint64>()
                                                                                           : quint64(0);
            };
            const quint64 count = number("size");
            if (count == 0)
                continue;
            lines << LaunchTimeline::tr("container %1–%2 → host %3–%4")
                         .arg(number("containerID"))
                         .arg(number("containerID") + count - 1)
                         .arg(number("hostID"))
                         .arg(number("hostID") + count - 1);
        }
    }
    return lines.join(QLatin1String("; "));
}

const QRegularExpression &hookFailure()
{
    static const QRegularExpression pattern(QStringLiteral("error running hook #(\\d+)"));
    return pattern;
}

} // namespace

LaunchTimeline::LaunchTimeline(const Json &config, const QString &runtimeName)
    : m_config(config), m_runtime(runtimeName.isEmpty() ? QStringLiteral("runc") : runtimeName)
{
    build(config);
}

QString LaunchTimeline::phaseTitle(LaunchStep::Phase phase, const QString &runtimeName)
{
    switch (phase) {
    case LaunchStep::Phase::Create:
        return tr("%1 create: the container is set up and waits").arg(runtimeName);
    case LaunchStep::Phase::Start:
        return tr("%1 start: the program runs").arg(runtimeName);
    case LaunchStep::Phase::Delete:
        return tr("%1 delete: the container goes away").arg(runtimeName);
    }
    return QString();
}

void LaunchTimeline::add(LaunchStep::Phase phase, LaunchStep::Actor actor, LaunchStep::Kind kind,
                         const QString &title, const QString &detail, const QString &pointer, const QString &key,
                         int index)
{
    LaunchStep step;
    step.phase = phase;
    step.actor = actor;
    step.kind = kind;
    step.title = title;
    step.detail = detail;
    step.pointer = pointer;
    step.key = key;
    step.index = index;
    m_steps.append(step);
}

void LaunchTimeline::build(const Json &config)
{
    if (!config.is_object())
        return;
    addCreateSteps(config);
    addStartSteps(config);
    addDeleteSteps(config);
}

void LaunchTimeline::addHooks(const Json &config, const char *hookPhase, LaunchStep::Phase phase,
                              LaunchStep::Actor where)
{
    const QString pointer = QStringLiteral("/hooks/") + QLatin1String(hookPhase);
    const Json *hooks = at(config, pointer.toUtf8().constData());
    if (!hooks || !hooks->is_array())
        return;
    const QString name = QLatin1String(hookPhase);
    QString when;
    if (name == QLatin1String("prestart") || name == QLatin1String("createRuntime"))
        when = tr("It runs on the host, in the runtime's namespaces, after the mounts are made and before "
                  "pivot_root; the container's state (status \"creating\", its PID) arrives on its standard "
                  "input. If it fails, the create fails.");
    else if (name == QLatin1String("createContainer"))
        when = tr("It runs in the container's namespaces but still sees the host's root, just before "
                  "pivot_root. If it fails, the create fails.");
    else if (name == QLatin1String("startContainer"))
        when = tr("It runs inside the container, after the start and just before the program; the path is "
                  "looked up in the container's root filesystem. If it fails, runc init exits without executing "
                  "the program: runc start has already reported success, and the container just stops.");
    else if (name == QLatin1String("poststart"))
        when = tr("runc 1.1 runs it on the host at the end of runc create, before runc start: the program has not "
                  "been executed yet. If it fails, runc kills the init and the create fails.");
    else
        when = tr("It runs on the host after the container's state is removed. If it fails, runc logs the "
                  "error, but runc delete still succeeds: the container is gone.");
    if (name == QLatin1String("prestart"))
        when += QLatin1Char(' ') + tr("prestart is deprecated; runc runs it together with createRuntime.");
    for (int i = 0; i < int(hooks->size()); ++i) {
        const Json &hook = (*hooks)[size_t(i)];
        if (!hook.is_object())
            continue;
        const QString path = text(hook, "path");
        QStringList args = strings(hook.contains("args") ? &hook.at("args") : nullptr);
        const QString command = args.isEmpty() ? path : args.join(QLatin1Char(' '));
        QString detail = tr("Runs %1 as: %2").arg(path, command) + QLatin1Char('\n') + when;
        if (hook.contains("timeout") && hook.at("timeout").is_number_integer())
            detail += QLatin1Char('\n')
                + tr("It is killed after %n seconds.", nullptr, int(hook.at("timeout").get<qint64>()));
        add(phase, where, LaunchStep::Kind::Hook, tr("%1 hook %2: %3").arg(name).arg(i).arg(path), detail,
            indexed(pointer.toUtf8().constData(), i), name, i);
    }
}

void LaunchTimeline::addCreateSteps(const Json &config)
{
    using P = LaunchStep::Phase;
    using A = LaunchStep::Actor;
    using K = LaunchStep::Kind;
    const P create = P::Create;

    add(create, A::Runtime, K::ReadConfig, tr("Read and check config.json"),
        tr("%1 reads the bundle's config.json and refuses it before anything else happens if a field is invalid "
           "or unsupported.")
            .arg(m_runtime),
        QStringLiteral("/ociVersion"));

    const QString cgroupsPath = text(at(config, "/linux/cgroupsPath"));
    add(create, A::Runtime, K::JoinCgroup, tr("Start runc init in its cgroup"),
        cgroupsPath.isEmpty()
            ? tr("%1 starts its init process and places it in a new cgroup named after the container ID.")
                  .arg(m_runtime)
            : tr("%1 starts its init process and places it in the cgroup %2.").arg(m_runtime, cgroupsPath),
        cgroupsPath.isEmpty() ? QString() : QStringLiteral("/linux/cgroupsPath"));

    if (const Json *oom = at(config, "/process/oomScoreAdj"); oom && oom->is_number_integer())
        add(create, A::Init, K::OomScore, tr("Set the OOM score adjustment to %1").arg(oom->get<qint64>()),
            tr("Written to /proc/self/oom_score_adj: how readily the kernel's out-of-memory killer picks this "
               "container's processes."),
            QStringLiteral("/process/oomScoreAdj"));

    const Json *namespaces = at(config, "/linux/namespaces");
    struct Ns
    {
        QString type;
        QString path;
        int index;
    };
    QList<Ns> list;
    for (int i = 0; i < size(namespaces); ++i) {
        const Json &ns = (*namespaces)[size_t(i)];
        if (ns.is_object())
            list.append({text(ns, "type"), text(ns, "path"), i});
    }
    const auto pointerOf = [](const Ns &ns) { return indexed("/linux/namespaces", ns.index); };

    // nsexec joins the namespaces given by path first, then creates the user
    // namespace (and has its IDs mapped), then the rest, then cgroup last.
    for (const Ns &ns : std::as_const(list)) {
        if (!ns.path.isEmpty())
            add(create, A::Init, K::JoinNamespace, tr("Join the %1 namespace at %2").arg(ns.type, ns.path),
                tr("setns(2) into an existing namespace instead of creating one: the container shares it with "
                   "whatever else is in it.")
                    + QLatin1Char(' ') + namespacePurpose(ns.type),
                pointerOf(ns), procName(ns.type));
    }
    for (const Ns &ns : std::as_const(list)) {
        if (ns.type != QLatin1String("user") || !ns.path.isEmpty())
            continue;
        add(create, A::Init, K::UserNamespace, tr("Create the user namespace"),
            tr("unshare(CLONE_NEWUSER).") + QLatin1Char(' ') + namespacePurpose(ns.type), pointerOf(ns), ns.type);
        const QString uids = mappingText(at(config, "/linux/uidMappings"));
        add(create, A::Runtime, K::UidMap, tr("Write the user ID mapping"),
            uids.isEmpty() ? tr("No uidMappings: runc 1.1 refuses the create; container root needs a mapping.")
                           : tr("%1 writes /proc/PID/uid_map: %2.").arg(m_runtime, uids),
            QStringLiteral("/linux/uidMappings"));
        const QString gids = mappingText(at(config, "/linux/gidMappings"));
        add(create, A::Runtime, K::GidMap, tr("Write the group ID mapping"),
            gids.isEmpty() ? tr("No gidMappings: runc 1.1 refuses the create; container root needs a mapping.")
                           : tr("%1 writes /proc/PID/gid_map: %2.").arg(m_runtime, gids),
            QStringLiteral("/linux/gidMappings"));
    }
    for (const Ns &ns : std::as_const(list)) {
        if (!ns.path.isEmpty() || ns.type == QLatin1String("user") || ns.type == QLatin1String("cgroup"))
            continue;
        add(create, A::Init, K::NewNamespace, tr("Create the %1 namespace").arg(ns.type),
            namespacePurpose(ns.type), pointerOf(ns), ns.type);
    }
    for (const Ns &ns : std::as_const(list)) {
        if (ns.path.isEmpty() && ns.type == QLatin1String("cgroup"))
            add(create, A::Init, K::CgroupNamespace, tr("Create the cgroup namespace"),
                tr("Created last, once the process is in its cgroup.") + QLatin1Char(' ')
                    + namespacePurpose(ns.type),
                pointerOf(ns), ns.type);
    }
    for (const Ns &ns : std::as_const(list)) {
        if (ns.path.isEmpty() && ns.type == QLatin1String("network"))
            add(create, A::Init, K::Loopback, tr("Bring up the loopback interface"),
                tr("The new network namespace has only lo; runc sets it up. Other interfaces come from hooks "
                   "(such as a CNI plugin)."),
                pointerOf(ns), ns.type);
    }

    const bool newMountNamespace = std::any_of(list.cbegin(), list.cend(), [](const Ns &ns) {
        return ns.type == QLatin1String("mount") && ns.path.isEmpty();
    });
    const QString propagation = text(at(config, "/linux/rootfsPropagation"));
    add(create, A::Init, K::RootPropagation, tr("Prepare the root filesystem"),
        tr("Mount propagation of / becomes %1, so that mounts made now do not leak to the host; then the "
           "root filesystem %2 is bind-mounted onto itself so that it can become the new root.")
            .arg(propagation.isEmpty() ? QStringLiteral("rslave") : propagation, text(at(config, "/root/path"))),
        propagation.isEmpty() ? QStringLiteral("/root/path") : QStringLiteral("/linux/rootfsPropagation"));

    const Json *mounts = at(config, "/mounts");
    bool devBound = false;
    for (int i = 0; i < size(mounts); ++i) {
        const Json &mount = (*mounts)[size_t(i)];
        if (!mount.is_object())
            continue;
        const QString destination = text(mount, "destination");
        const QString type = text(mount, "type");
        const QString source = text(mount, "source");
        const QStringList options = strings(mount.contains("options") ? &mount.at("options") : nullptr);
        const bool bind = type == QLatin1String("bind") || options.contains(QLatin1String("bind"))
            || options.contains(QLatin1String("rbind"));
        if (bind && QDir::cleanPath(destination) == QLatin1String("/dev"))
            devBound = true;
        const bool readOnly = options.contains(QLatin1String("ro"));
        QString title = bind ? tr("Bind-mount %1 on %2").arg(source, destination)
                             : tr("Mount %1 on %2").arg(type.isEmpty() ? source : type, destination);
        QString detail = bind ? tr("The host's %1 becomes visible at %2 inside the container.").arg(source, destination)
                              : tr("A %1 filesystem (source %2) is mounted at %3; the mount point is created "
                                   "first if it is missing.")
                                    .arg(type, source, destination);
        if (!options.isEmpty())
            detail += QLatin1Char(' ') + tr("Options: %1.").arg(options.join(QLatin1String(", ")));
        if (readOnly)
            detail += QLatin1Char(' ')
                + (bind ? tr("Read-only: a bind mount is remounted read-only right after it is made.")
                        : tr("Read-only."));
        add(create, A::Init, K::Mount, title, detail, indexed("/mounts", i), destination, i);
    }

    if (!devBound) {
        const int extra = size(at(config, "/linux/devices"));
        add(create, A::Init, K::Devices, tr("Create the device nodes in /dev"),
            tr("runc always creates /dev/null, /dev/zero, /dev/full, /dev/random, /dev/urandom and /dev/tty, "
               "then /dev/ptmx and the links /dev/fd, /dev/stdin, /dev/stdout and /dev/stderr.")
                + (extra > 0 ? QLatin1Char(' ') + tr("Plus %n device(s) from linux.devices.", nullptr, extra)
                             : QString()),
            extra > 0 ? QStringLiteral("/linux/devices") : QString());
    }

    if (const Json *resources = at(config, "/linux/resources"); resources && resources->is_object()
        && !resources->empty()) {
        QStringList kinds;
        for (auto it = resources->begin(); it != resources->end(); ++it)
            kinds << JsonUtil::toQString(it.key());
        add(create, A::Runtime, K::Resources, tr("Apply the resource limits"),
            tr("%1 writes the limits to the container's cgroup before any hook runs: %2.")
                .arg(m_runtime, kinds.join(QLatin1String(", "))),
            QStringLiteral("/linux/resources"));
    }

    addHooks(config, "prestart", create, A::Hook);
    addHooks(config, "createRuntime", create, A::Hook);
    addHooks(config, "createContainer", create, A::Hook);

    const QString root = text(at(config, "/root/path"));
    if (newMountNamespace)
        add(create, A::Init, K::PivotRoot, tr("pivot_root into %1").arg(root),
            tr("The root filesystem becomes /; the host's old root is unmounted, so nothing outside the bundle's "
               "root and the mounts above remains visible."),
            QStringLiteral("/root/path"));
    else
        add(create, A::Init, K::PivotRoot, tr("chroot into %1").arg(root),
            tr("Without a new mount namespace runc can only chroot(2): the host's mounts stay reachable for a "
               "process that escapes the chroot."),
            QStringLiteral("/linux/namespaces"));

    if (isTrue(at(config, "/process/terminal")))
        add(create, A::Init, K::Terminal, tr("Set up the terminal"),
            tr("A pseudo-terminal is created inside the container and its other end is sent to the console "
               "socket; the process's standard input, output and error are that terminal."),
            QStringLiteral("/process/terminal"));
    if (isTrue(at(config, "/root/readonly")))
        add(create, A::Init, K::ReadonlyRoot, tr("Make the root filesystem read-only"),
            tr("Only the root mount is remounted read-only; each mount of mounts keeps its own options (writable "
               "unless it says ro)."),
            QStringLiteral("/root/readonly"));
    if (const QString hostname = text(at(config, "/hostname")); !hostname.isEmpty())
        add(create, A::Init, K::Hostname, tr("Set the host name to %1").arg(hostname),
            tr("sethostname(2) in the container's UTS namespace."), QStringLiteral("/hostname"));
    if (const QString profile = text(at(config, "/process/apparmorProfile")); !profile.isEmpty())
        add(create, A::Init, K::AppArmor, tr("Apply the AppArmor profile %1").arg(profile),
            tr("The profile takes effect when the program is executed."), QStringLiteral("/process/apparmorProfile"));
    if (const Json *sysctl = at(config, "/linux/sysctl"); sysctl && sysctl->is_object() && !sysctl->empty()) {
        QStringList keys;
        for (auto it = sysctl->begin(); it != sysctl->end(); ++it)
            keys << JsonUtil::toQString(it.key());
        add(create, A::Init, K::Sysctl, tr("Write %n kernel parameter(s)", nullptr, int(keys.size())),
            tr("Written under /proc/sys inside the container's namespaces: %1.").arg(keys.join(QLatin1String(", "))),
            QStringLiteral("/linux/sysctl"));
    }
    if (const QStringList paths = strings(at(config, "/linux/readonlyPaths")); !paths.isEmpty())
        add(create, A::Init, K::ReadonlyPaths, tr("Make %n path(s) read-only", nullptr, int(paths.size())),
            tr("Each is bind-mounted onto itself read-only: %1.").arg(paths.join(QLatin1String(", "))),
            QStringLiteral("/linux/readonlyPaths"));
    if (const QStringList paths = strings(at(config, "/linux/maskedPaths")); !paths.isEmpty())
        add(create, A::Init, K::MaskedPaths, tr("Mask %n path(s)", nullptr, int(paths.size())),
            tr("/dev/null is mounted over each file and an empty read-only tmpfs over each directory, so the "
               "container cannot read them: %1.")
                .arg(paths.join(QLatin1String(", "))),
            QStringLiteral("/linux/maskedPaths"));
    const bool noNewPrivileges = isTrue(at(config, "/process/noNewPrivileges"));
    if (noNewPrivileges)
        add(create, A::Init, K::NoNewPrivileges, tr("Set no_new_privs"),
            tr("From now on no program can gain privileges by executing: set-user-ID bits and file capabilities "
               "are ignored."),
            QStringLiteral("/process/noNewPrivileges"));
    if (const Json *rlimits = at(config, "/process/rlimits"); size(rlimits) > 0) {
        QStringList names;
        for (const Json &limit : *rlimits)
            if (limit.is_object())
                names << text(limit, "type");
        add(create, A::Runtime, K::Rlimits, tr("Set %n resource limit(s)", nullptr, int(names.size())),
            tr("%1 sets them with prlimit(2) from the host, while it still may raise them: %2.")
                .arg(m_runtime, names.join(QLatin1String(", "))),
            QStringLiteral("/process/rlimits"));
    }
    if (const QString label = text(at(config, "/process/selinuxLabel")); !label.isEmpty())
        add(create, A::Init, K::SelinuxLabel, tr("Set the SELinux label %1").arg(label),
            tr("The label applies when the program is executed."), QStringLiteral("/process/selinuxLabel"));

    const Json *seccomp = at(config, "/linux/seccomp");
    const auto addSeccomp = [&] {
        const int rules = size(seccomp->contains("syscalls") ? &seccomp->at("syscalls") : nullptr);
        const QString action = text(*seccomp, "defaultAction");
        add(create, A::Init, K::Seccomp, tr("Load the seccomp filter"),
            tr("Default action %1, %n rule(s).", nullptr, rules).arg(action) + QLatin1Char(' ')
                + (noNewPrivileges ? tr("With no_new_privs it is loaded as late as possible: after the program "
                                        "is looked up, just before runc init reports that it is ready.")
                                   : tr("Without no_new_privs loading a filter needs CAP_SYS_ADMIN, so it is "
                                        "loaded before the capabilities are dropped.")),
            QStringLiteral("/linux/seccomp"));
    };
    if (seccomp && seccomp->is_object() && !noNewPrivileges)
        addSeccomp();

    const QString cwd = text(at(config, "/process/cwd"));
    add(create, A::Init, K::WorkingDirectory, tr("Change to the working directory %1").arg(cwd),
        tr("It was created right after pivot_root if missing; runc changes into it before switching user, and "
           "again after if permission was denied."),
        QStringLiteral("/process/cwd"));

    // Capabilities: an absent process.capabilities empties every set.
    const Json *capabilities = at(config, "/process/capabilities");
    const QStringList bounding = strings(capabilities && capabilities->contains("bounding")
                                             ? &capabilities->at("bounding")
                                             : nullptr);
    QStringList dropped;
    const QList<CapabilityInfo> known = SpecCatalogue::instance().capabilities();
    for (const CapabilityInfo &info : known) {
        const QString name = QString::fromLatin1(info.name);
        if (!bounding.contains(name))
            dropped << name;
    }
    add(create, A::Init, K::BoundingSet,
        tr("Drop %n capabilities from the bounding set", nullptr, int(dropped.size())),
        (dropped.isEmpty() ? tr("Every capability stays in the bounding set.")
                           : tr("No process of the container can ever regain these: %1.")
                                 .arg(dropped.join(QLatin1String(", "))))
            + (capabilities ? QString()
                            : QLatin1Char(' ') + tr("process.capabilities is not set, so every set is empty.")),
        capabilities && capabilities->contains("bounding") ? QStringLiteral("/process/capabilities/bounding")
                                                           : QStringLiteral("/process"));

    const Json *user = at(config, "/process/user");
    const auto number = [user](const char *key) {
        return user && user->contains(key) && user->at(key).is_number() ? user->at(key).get<qint64>() : 0;
    };
    const int extraGroups = size(user && user->contains("additionalGids") ? &user->at("additionalGids") : nullptr);
    add(create, A::Init, K::SwitchUser, tr("Become user %1, group %2").arg(number("uid")).arg(number("gid")),
        tr("setgroups, setgid and setuid, in the container's user IDs.")
            + (extraGroups > 0
                   ? QLatin1Char(' ') + tr("Plus %n additional group(s).", nullptr, extraGroups)
                   : QString()),
        QStringLiteral("/process/user"));

    QStringList sets;
    for (const char *set : {"effective", "permitted", "inheritable", "ambient"}) {
        const int count = size(capabilities && capabilities->contains(set) ? &capabilities->at(set) : nullptr);
        sets << tr("%1: %2").arg(QLatin1String(set)).arg(count);
    }
    add(create, A::Init, K::Capabilities, tr("Set the capability sets"),
        tr("The process keeps only the capabilities the config names (%1). An ambient capability survives "
           "the exec only if it is also permitted and inheritable.")
            .arg(sets.join(QLatin1String(", "))),
        capabilities ? QStringLiteral("/process/capabilities") : QStringLiteral("/process"));

    const QString program = text(at(config, "/process/args/0"));
    add(create, A::Init, K::FindProgram, tr("Look up %1").arg(program),
        tr("The program is searched in the container's PATH (process.env) now, so that a missing program "
           "fails the create, not the start."),
        QStringLiteral("/process/args/0"));
    if (seccomp && seccomp->is_object() && noNewPrivileges)
        addSeccomp();
    // runc 1.1 runs poststart hooks once the init is ready, still inside create.
    addHooks(config, "poststart", create, A::Hook);
    add(create, A::Init, K::WaitForStart, tr("Wait for the start"),
        tr("%1 create returns; the container is \"created\": its namespaces and mounts exist and runc init "
           "waits on a FIFO until %1 start opens it.")
            .arg(m_runtime),
        QString());
}

void LaunchTimeline::addStartSteps(const Json &config)
{
    using A = LaunchStep::Actor;
    using K = LaunchStep::Kind;
    const auto start = LaunchStep::Phase::Start;
    add(start, A::Runtime, K::Continue, tr("Let runc init continue"),
        tr("%1 start opens the FIFO the init process waits on.").arg(m_runtime), QString());
    addHooks(config, "startContainer", start, A::Hook);
    const QStringList args = strings(at(config, "/process/args"));
    add(start, A::Init, K::Exec, tr("Execute %1").arg(args.value(0)),
        tr("execve(2) replaces runc init with the program, as PID %1 of the container: %2")
            .arg(1)
            .arg(args.join(QLatin1Char(' '))),
        QStringLiteral("/process/args"));
}

void LaunchTimeline::addDeleteSteps(const Json &config)
{
    using A = LaunchStep::Actor;
    using K = LaunchStep::Kind;
    const auto remove = LaunchStep::Phase::Delete;
    add(remove, A::Runtime, K::Exit, tr("The program exits"),
        tr("When the container's PID 1 ends, the kernel kills every other process in its PID namespace; "
           "runc kill sends it a signal. The container is then \"stopped\"."),
        QString());
    add(remove, A::Runtime, K::RemoveCgroup, tr("Remove the cgroup"),
        tr("%1 delete removes the container's cgroup (and with it the limits).").arg(m_runtime),
        text(at(config, "/linux/cgroupsPath")).isEmpty() ? QString() : QStringLiteral("/linux/cgroupsPath"));
    add(remove, A::Runtime, K::RemoveState, tr("Remove the container's state"),
        tr("The state directory under the runtime's root (such as /run/runc/ID) is removed; the ID is free "
           "again. The bundle itself is left as it is."),
        QString());
    addHooks(config, "poststop", remove, A::Hook);
}

// --- observations -------------------------------------------------------------

bool LaunchTimeline::set(int row, LaunchStep::Status status, const QString &evidence, QList<int> *changed)
{
    LaunchStep &step = m_steps[row];
    if (step.status == status && step.evidence == evidence)
        return false;
    step.status = status;
    step.evidence = evidence;
    if (!changed->contains(row))
        changed->append(row);
    return true;
}

void LaunchTimeline::finishPhase(LaunchStep::Phase phase, int beforeRow, const QString &evidence,
                                 QList<int> *changed)
{
    for (int row = 0; row < m_steps.size() && (beforeRow < 0 || row < beforeRow); ++row) {
        const LaunchStep &step = m_steps.at(row);
        if (step.phase == phase && step.status != LaunchStep::Status::Done
            && step.status != LaunchStep::Status::Failed)
            set(row, LaunchStep::Status::Done, evidence, changed);
    }
}

int LaunchTimeline::firstOpen(LaunchStep::Phase phase) const
{
    for (int row = 0; row < m_steps.size(); ++row) {
        const LaunchStep &step = m_steps.at(row);
        if (step.phase == phase && step.status != LaunchStep::Status::Done)
            return row;
    }
    return -1;
}

void LaunchTimeline::markRunning(LaunchStep::Phase phase, QList<int> *changed)
{
    const int row = firstOpen(phase);
    if (row >= 0 && m_steps.at(row).status == LaunchStep::Status::Pending)
        set(row, LaunchStep::Status::Running, QString(), changed);
}

// The step a failure message is about: a hook by its number, a field the
// error locator finds, else the first step not yet seen done.
int LaunchTimeline::failedStep(LaunchStep::Phase phase, const QString &message) const
{
    const QRegularExpressionMatch hook = hookFailure().match(message);
    if (hook.hasMatch()) {
        const int index = hook.captured(1).toInt();
        for (int row = 0; row < m_steps.size(); ++row) {
            const LaunchStep &step = m_steps.at(row);
            if (step.phase == phase && step.kind == LaunchStep::Kind::Hook && step.index == index
                && step.status != LaunchStep::Status::Done)
                return row;
        }
    }
    const QString pointer = RuntimeErrorLocator::pointerFor(message, m_config);
    if (!pointer.isEmpty()) {
        for (int row = 0; row < m_steps.size(); ++row) {
            const LaunchStep &step = m_steps.at(row);
            if (step.phase != phase || step.pointer.isEmpty())
                continue;
            if (pointer == step.pointer || pointer.startsWith(step.pointer + QLatin1Char('/')))
                return row;
        }
    }
    return firstOpen(phase);
}

QList<int> LaunchTimeline::reset()
{
    QList<int> changed;
    for (int row = 0; row < m_steps.size(); ++row)
        set(row, LaunchStep::Status::Pending, QString(), &changed);
    m_started = false;
    return changed;
}

QList<int> LaunchTimeline::commandStarted(Command command)
{
    QList<int> changed;
    switch (command) {
    case Command::Create:
    case Command::Run:
        changed = reset();
        m_started = true;
        markRunning(LaunchStep::Phase::Create, &changed);
        break;
    case Command::Start:
        markRunning(LaunchStep::Phase::Start, &changed);
        break;
    case Command::Delete:
        m_deleting = true;
        markRunning(LaunchStep::Phase::Delete, &changed);
        break;
    }
    return changed;
}

QList<int> LaunchTimeline::logged(const RuntimeLogEntry &entry)
{
    QList<int> changed;
    if (!m_started)
        return changed;
    const QString &message = entry.message;
    const QString evidence = tr("%1 logged: %2").arg(m_runtime, message.trimmed());
    const auto mark = [&](LaunchStep::Kind kind, const QString &key = QString()) {
        for (int row = 0; row < m_steps.size(); ++row) {
            const LaunchStep &step = m_steps.at(row);
            if (step.kind == kind && (key.isEmpty() || step.key == key)
                && step.status != LaunchStep::Status::Done)
                set(row, LaunchStep::Status::Done, evidence, &changed);
        }
    };
    static const QRegularExpression setns(QStringLiteral("setns\\([^)]*\\) into (\\w+) namespace"));
    // nsexec's messages (runc 1.1 --debug). Every step before a seen one has
    // happened too, as the order is fixed.
    // The first nsexec line comes before the cgroup placement; its stages after.
    if (message.contains(QLatin1String("nsexec")))
        mark(LaunchStep::Kind::ReadConfig);
    if (message.contains(QLatin1String("nsexec-0[")) || message.contains(QLatin1String("nsexec-1[")))
        mark(LaunchStep::Kind::JoinCgroup);
    if (const QRegularExpressionMatch m = setns.match(message); m.hasMatch())
        mark(LaunchStep::Kind::JoinNamespace, m.captured(1));
    if (message.contains(QLatin1String("oom_score_adj")))
        mark(LaunchStep::Kind::OomScore);
    if (message.contains(QLatin1String("unshare user namespace")))
        mark(LaunchStep::Kind::UserNamespace);
    if (message.contains(QLatin1String("uid_map to")))
        mark(LaunchStep::Kind::UidMap);
    if (message.contains(QLatin1String("gid_map to")))
        mark(LaunchStep::Kind::GidMap);
    if (message.contains(QLatin1String("unshare remaining namespace")))
        mark(LaunchStep::Kind::NewNamespace);
    if (message.contains(QLatin1String("unshare cgroup namespace")))
        mark(LaunchStep::Kind::CgroupNamespace);
    if (message.contains(QLatin1String("init: closing the pipe to signal completion"))) {
        // Everything of the init's own is done; poststart hooks come after.
        const int wait = [this] {
            for (int row = 0; row < m_steps.size(); ++row) {
                const LaunchStep &step = m_steps.at(row);
                if (step.kind == LaunchStep::Kind::WaitForStart
                    || (step.kind == LaunchStep::Kind::Hook && step.key == QLatin1String("poststart")))
                    return row;
            }
            return -1;
        }();
        finishPhase(LaunchStep::Phase::Create, wait, evidence, &changed);
    }
    // runc delete succeeds when a poststop hook fails; only its log says so.
    if (m_deleting && entry.level == QLatin1String("error")) {
        const QRegularExpressionMatch hook = hookFailure().match(message);
        const int row = hook.hasMatch() ? failedStep(LaunchStep::Phase::Delete, message) : -1;
        if (row >= 0 && m_steps.at(row).kind == LaunchStep::Kind::Hook)
            set(row, LaunchStep::Status::Failed, evidence, &changed);
    }
    if (!changed.isEmpty())
        markRunning(LaunchStep::Phase::Create, &changed);
    return changed;
}

QList<int> LaunchTimeline::commandFinished(Command command, bool succeeded, const QString &message)
{
    QList<int> changed;
    if (command == Command::Delete)
        m_deleting = false;
    if (!m_started)
        return changed;
    const auto phaseOf = [](Command c) {
        return c == Command::Delete ? LaunchStep::Phase::Delete
            : c == Command::Start   ? LaunchStep::Phase::Start
                                    : LaunchStep::Phase::Create;
    };
    if (succeeded) {
        const QString evidence = tr("%1 %2 succeeded.")
                                     .arg(m_runtime,
                                          command == Command::Create  ? QStringLiteral("create")
                                              : command == Command::Start ? QStringLiteral("start")
                                              : command == Command::Run   ? QStringLiteral("run")
                                                                          : QStringLiteral("delete"));
        finishPhase(phaseOf(command), -1, evidence, &changed);
        if (command == Command::Run)
            finishPhase(LaunchStep::Phase::Start, -1, evidence, &changed);
        return changed;
    }
    // A run that failed after the create would have failed in the start.
    LaunchStep::Phase phase = phaseOf(command);
    if (command == Command::Run && firstOpen(LaunchStep::Phase::Create) < 0)
        phase = LaunchStep::Phase::Start;
    const int row = failedStep(phase, message);
    if (row >= 0) {
        // Clear the "running" mark of a step the failure stopped before.
        for (int other = 0; other < m_steps.size(); ++other)
            if (other != row && m_steps.at(other).status == LaunchStep::Status::Running)
                set(other, LaunchStep::Status::Pending, QString(), &changed);
        set(row, LaunchStep::Status::Failed, message, &changed);
    }
    return changed;
}

QList<int> LaunchTimeline::stateChanged(ContainerState::Status status)
{
    QList<int> changed;
    if (!m_started)
        return changed;
    using S = ContainerState::Status;
    const QString evidence = tr("The container's state became \"%1\".").arg(ContainerState::statusName(status));
    if (status == S::Created || status == S::Running || status == S::Paused || status == S::Stopped)
        finishPhase(LaunchStep::Phase::Create, -1, evidence, &changed);
    if (status == S::Running || status == S::Stopped) {
        // Poststart hooks run after the program started; only the start's
        // result tells about them.
        for (int row = 0; row < m_steps.size(); ++row) {
            const LaunchStep &step = m_steps.at(row);
            if (step.phase == LaunchStep::Phase::Start && step.kind != LaunchStep::Kind::Hook
                && step.status != LaunchStep::Status::Done)
                set(row, LaunchStep::Status::Done, evidence, &changed);
        }
    }
    if (status == S::Stopped) {
        for (int row = 0; row < m_steps.size(); ++row) {
            if (m_steps.at(row).kind == LaunchStep::Kind::Exit && m_steps.at(row).status != LaunchStep::Status::Done)
                set(row, LaunchStep::Status::Done, evidence, &changed);
        }
        // The delete waits for the user: nothing is in progress until then.
    }
    return changed;
}
