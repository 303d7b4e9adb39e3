// SPDX-License-Identifier: Apache-2.0
#include "securityreview.h"

#include "document/valueplacement.h"
#include "jsonaccess.h"

#include <QHash>

#include <algorithm>
#include <string_view>

using namespace JsonAccess;

bool SecurityFinding::operator==(const SecurityFinding &other) const
{
    return finding == other.finding && rule == other.rule && fix == other.fix && fixDescription == other.fixDescription;
}

const SecuritySummary::Verdict *SecuritySummary::verdict(SecurityStandard standard) const
{
    for (const Verdict &entry : verdicts) {
        if (entry.standard == standard)
            return &entry;
    }
    return nullptr;
}

namespace {

// What the pids fix sets: far above what one service starts, far below what
// exhausts a host's process table.
constexpr qint64 SuggestedPidsLimit = 4096;
// The user and group "nobody" on Debian, Fedora and Alpine alike.
constexpr qint64 NobodyId = 65534;

// Where a capability is reported first: the set that is in force.
const char *const kCapabilitySets[] = {"effective", "permitted", "bounding", "ambient", "inheritable"};

// Capabilities with a rule of their own.
struct NamedCapability
{
    const char *name;
    const char *code;
};
const NamedCapability kNamedCapabilities[] = {
    {"CAP_SYS_ADMIN", "security.capability.sys-admin"},
    {"CAP_SYS_MODULE", "security.capability.sys-module"},
    {"CAP_SYS_PTRACE", "security.capability.sys-ptrace"},
    {"CAP_NET_ADMIN", "security.capability.net-admin"},
    {"CAP_NET_RAW", "security.capability.net-raw"},
    {"CAP_DAC_READ_SEARCH", "security.capability.dac-read-search"},
    {"CAP_SYS_RAWIO", "security.capability.sys-rawio"},
    {"CAP_BPF", "security.capability.bpf"},
    {"CAP_PERFMON", "security.capability.perfmon"},
    {"CAP_SYS_BOOT", "security.capability.sys-boot"},
    {"CAP_SYS_TIME", "security.capability.sys-time"},
    {"CAP_MAC_ADMIN", "security.capability.mac-admin"},
    {"CAP_MAC_OVERRIDE", "security.capability.mac-override"},
    {"CAP_SYSLOG", "security.capability.syslog"},
    {"CAP_AUDIT_CONTROL", "security.capability.audit-control"},
};

// The namespaces a container should not share with the host, in the order
// they are reported.
struct NamespaceCheck
{
    const char *type;
    const char *code;
};
const NamespaceCheck kNamespaceChecks[] = {
    {"pid", "security.namespace.host-pid"},   {"network", "security.namespace.host-network"},
    {"ipc", "security.namespace.host-ipc"},   {"uts", "security.namespace.host-uts"},
    {"user", "security.namespace.host-user"}, {"cgroup", "security.namespace.host-cgroup"},
};

// Host paths a bind mount should not reach. A subtree entry counts for every
// path below it too; every entry counts for the paths above it, which hold it.
struct SensitivePath
{
    const char *path;
    bool subtree;
    bool runtime; // a container engine's socket, state or storage
};
const SensitivePath kSensitivePaths[] = {
    {"/run/docker.sock", true, true},
    {"/run/docker", true, true},
    {"/run/containerd", true, true},
    {"/run/crio", true, true},
    {"/run/podman", true, true},
    {"/run/runc", true, true},
    {"/run/crun", true, true},
    {"/var/lib/docker", true, true},
    {"/var/lib/containerd", true, true},
    {"/var/lib/containers", true, true},
    {"/", false, false},
    {"/etc", false, false},
    {"/usr", false, false},
    {"/lib", false, false},
    {"/home", true, false},
    {"/root", true, false},
    {"/proc", true, false},
    {"/sys", true, false},
    {"/dev", true, false},
    {"/boot", true, false},
    {"/lib/modules", true, false},
    {"/usr/lib/modules", true, false},
};
// Device nodes below /dev that runc itself gives every container.
const char *const kHarmlessDevicePaths[] = {"/dev/null",   "/dev/zero",    "/dev/full",
                                            "/dev/random", "/dev/urandom", "/dev/tty"};

// Character devices runc creates in every container (major, minor).
const std::pair<qint64, qint64> kRuncDevices[] = {{1, 3}, {1, 5}, {1, 7}, {1, 8}, {1, 9}, {5, 0}};
// runc 1.1's default device cgroup allow-list beyond mknod: character
// devices (major, minor; -1 for any minor).
const std::pair<qint64, qint64> kRuncAllowedDevices[] = {{1, 3}, {1, 8},    {1, 7}, {5, 0},   {1, 5},
                                                         {1, 9}, {136, -1}, {5, 2}, {10, 200}};

// Hooks whose program is looked up on the host (startContainer's is the container's).
const char *const kHostHookKinds[] = {"prestart", "createRuntime", "createContainer", "poststart", "poststop"};

JsonPointer pointerOf(const QString &text)
{
    const Result<JsonPointer> pointer = JsonUtil::parsePointer(text);
    return pointer ? *pointer : JsonPointer();
}

// "cap_sys_admin" and "SYS_ADMIN" both mean CAP_SYS_ADMIN.
QString capabilityName(const QString &text)
{
    const QString upper = text.toUpper();
    return upper.startsWith(QLatin1String("CAP_")) ? upper : QStringLiteral("CAP_") + upper;
}

// "/a/b/" -> "/a/b"; /var/run is a link to /run on every current distribution.
QString hostPath(const QString &path)
{
    QString normalized = JsonUtil::toQString(normalizedPath(JsonUtil::toStd(path)));
    if (normalized == QLatin1String("/var/run") || normalized.startsWith(QLatin1String("/var/run/")))
        normalized.remove(0, 4);
    return normalized;
}

bool isBelow(const QString &path, const QString &directory)
{
    return directory == QLatin1String("/")
        ? path != directory
        : path.startsWith(directory) && path.size() > directory.size() && path.at(directory.size()) == QLatin1Char('/');
}

// A path is covered by a list when the list holds it or a directory above it.
bool covered(const QString &path, const QStringList &list)
{
    return std::any_of(list.begin(), list.end(), [&path](const QString &entry) {
        const QString normalized = hostPath(entry);
        return normalized == path || isBelow(path, normalized);
    });
}

// /proc/1/ns/net, /proc/self/ns/pid: the namespaces of the host's init or of
// the runtime itself, which runs in the host's.
bool isHostNamespacePath(const QString &path)
{
    const QStringList parts = hostPath(path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 4 || parts.at(0) != QLatin1String("proc") || !parts.contains(QLatin1String("ns")))
        return false;
    const QString &process = parts.at(1);
    return process == QLatin1String("1") || process == QLatin1String("self") || process == QLatin1String("thread-self");
}

// Whether an edit can apply to root as the undo commands apply it: a
// removal needs its value, an append an array or a place ValuePlacement can
// create one, a set any place ValuePlacement accepts. A document with a
// wrong type on the way (linux a string) gets no fix rather than one that
// fails.
bool applies(const Json &root, const JsonEdit &edit)
{
    const Json *node = JsonUtil::find(root, edit.pointer);
    switch (edit.kind) {
    case JsonEdit::Kind::Remove: return node != nullptr;
    case JsonEdit::Kind::Append:
        if (node)
            return node->is_array();
        return bool(ValuePlacement::plan(root, edit.pointer, Json::array({edit.value})));
    case JsonEdit::Kind::Set: return bool(ValuePlacement::plan(root, edit.pointer, edit.value));
    }
    return false;
}

// Walks a configuration once per area and collects what fails the rules.
class SecurityChecker
{
    Q_DECLARE_TR_FUNCTIONS(SecurityReview)

public:
    explicit SecurityChecker(const Json &root) : m_root(root) { }

    QList<SecurityFinding> run()
    {
        if (!m_root.is_object() || !isLinux())
            return {};
        m_namespaces = memberPath(m_root, {"linux", "namespaces"});
        checkUser();
        checkNoNewPrivileges();
        checkCapabilities();
        checkSecurityModules();
        checkRoot();
        checkMounts();
        checkNamespaces();
        checkSeccomp();
        checkKernelPaths();
        checkResources();
        checkDevices();
        checkSysctls();
        checkHooks();
        return m_findings;
    }

private:
    void add(const char *code, const QString &pointer, const QString &message, const QList<JsonEdit> &fix = {},
             const QString &fixDescription = QString())
    {
        const SecurityRule *rule = SecurityRules::find(QLatin1String(code));
        Q_ASSERT_X(rule, "SecurityChecker", code);
        const bool fixable = !fix.isEmpty()
            && std::all_of(fix.begin(), fix.end(), [this](const JsonEdit &edit) { return applies(m_root, edit); });
        SecurityFinding finding;
        finding.finding = {rule->severity, QLatin1String(code), pointer, message};
        finding.rule = rule;
        if (fixable) {
            finding.fix = fix;
            finding.fixDescription = fixDescription;
        }
        m_findings.append(finding);
    }

    bool isLinux() const
    {
        for (const char *other : {"windows", "solaris", "zos", "freebsd", "vm"}) {
            if (member(m_root, other))
                return false;
        }
        return true;
    }

    // The entry of linux.namespaces of this type that makes a namespace of
    // the container's own (no path, or one that is not the host's), and its index.
    std::optional<qsizetype> ownNamespace(const char *type) const
    {
        if (!m_namespaces || !m_namespaces->is_array())
            return std::nullopt;
        for (qsizetype i = 0; i < qsizetype(m_namespaces->size()); ++i) {
            const Json &entry = m_namespaces->at(size_t(i));
            if (stringOf(member(entry, "type")) != QLatin1String(type))
                continue;
            const std::optional<QString> path = stringOf(member(entry, "path"));
            if (!path || path->isEmpty() || !isHostNamespacePath(*path))
                return i;
        }
        return std::nullopt;
    }

    // The host ID container ID 0 maps to in linux.uidMappings.
    std::optional<quint64> mappedRoot() const
    {
        const Json *mappings = memberPath(m_root, {"linux", "uidMappings"});
        if (!mappings || !mappings->is_array())
            return std::nullopt;
        for (const Json &mapping : *mappings) {
            const quint64 first = uint64Of(member(mapping, "containerID")).value_or(1);
            const quint64 size = uint64Of(member(mapping, "size")).value_or(0);
            const std::optional<quint64> host = uint64Of(member(mapping, "hostID"));
            if (host && first == 0 && size > 0)
                return *host;
        }
        return std::nullopt;
    }

    // --- the process ------------------------------------------------------------

    void checkUser()
    {
        const Json *process = member(m_root, "process");
        if (!process || !process->is_object())
            return;
        const Json *user = member(*process, "user");
        const Json *uid = user ? member(*user, "uid") : nullptr;
        if (uid && uint64Of(uid) != 0u)
            return; // another user, or a type the validator reports
        const QString pointer = QStringLiteral("/process/user/uid");
        if (!ownNamespace("user")) {
            QList<JsonEdit> fix{JsonEdit::set(pointerOf(pointer), NobodyId)};
            const Json *gid = user ? member(*user, "gid") : nullptr;
            if (!gid || uint64Of(gid) == 0u)
                fix.append(JsonEdit::set(pointerOf(QStringLiteral("/process/user/gid")), NobodyId));
            add("security.process.root-user", pointer,
                tr("The process runs as root (user 0) without a user namespace, so it is root on the host too."), fix,
                tr("Run the process as the unprivileged user and group %1").arg(NobodyId));
        } else if (mappedRoot() == 0u) {
            add("security.process.root-user", pointer,
                tr("The process runs as user 0, and the user namespace maps user 0 to the host's root."));
        }
    }

    void checkNoNewPrivileges()
    {
        const Json *process = member(m_root, "process");
        if (!process || !process->is_object())
            return;
        const Json *flag = member(*process, "noNewPrivileges");
        if (flag && flag->is_boolean() && flag->get<bool>())
            return;
        const QString pointer = QStringLiteral("/process/noNewPrivileges");
        add("security.process.no-new-privileges", pointer,
            tr("noNewPrivileges is not set: setuid programs and file capabilities can raise the process's privileges."),
            {JsonEdit::set(pointerOf(pointer), true)}, tr("Set noNewPrivileges to true"));
    }

    void checkCapabilities()
    {
        const Json *capabilities = memberPath(m_root, {"process", "capabilities"});
        if (!capabilities || !capabilities->is_object())
            return;
        // Every capability with the places that grant it, in order of first appearance.
        QStringList names;
        QHash<QString, QList<QPair<QString, qsizetype>>> places;
        for (const char *set : kCapabilitySets) {
            const Json *list = member(*capabilities, set);
            if (!list || !list->is_array())
                continue;
            for (qsizetype i = 0; i < qsizetype(list->size()); ++i) {
                const std::optional<QString> text = stringOf(&list->at(size_t(i)));
                if (!text)
                    continue;
                const QString name = capabilityName(*text);
                if (!places.contains(name))
                    names.append(name);
                places[name].append({QLatin1String(set), i});
            }
        }
        const QStringList runc = SecurityRules::runcDefaultCapabilities();
        const QStringList docker = SecurityRules::dockerDefaultCapabilities();
        for (const QString &name : std::as_const(names)) {
            if (name == QLatin1String("CAP_NET_BIND_SERVICE"))
                continue;
            const char *code = nullptr;
            for (const NamedCapability &named : kNamedCapabilities) {
                if (name == QLatin1String(named.name))
                    code = named.code;
            }
            if (!code && runc.contains(name))
                code = "security.capability.outside-restricted";
            else if (!code && docker.contains(name))
                code = "security.capability.added";
            else if (!code)
                code = "security.capability.added-beyond-docker";
            const QList<QPair<QString, qsizetype>> granted = places.value(name);
            QStringList sets;
            QList<JsonEdit> fix;
            for (const auto &[set, index] : granted) {
                if (!sets.contains(set))
                    sets.append(set);
                fix.append(JsonEdit::remove(pointerOf(join(QStringLiteral("/process/capabilities/") + set, index))));
            }
            const auto &first = granted.first();
            //: %1 is a capability, %2 the sets that hold it, e.g. "effective, permitted, bounding".
            add(code, join(QStringLiteral("/process/capabilities/") + first.first, first.second),
                tr("%1 is granted (%2).").arg(name, sets.join(QLatin1String(", "))), fix,
                tr("Remove %1 from every capability set").arg(name));
        }
    }

    void checkSecurityModules()
    {
        const Json *process = member(m_root, "process");
        if (!process || !process->is_object())
            return;
        const QString apparmor = stringOf(member(*process, "apparmorProfile")).value_or(QString());
        const QString selinux = stringOf(member(*process, "selinuxLabel")).value_or(QString());
        if (apparmor.isEmpty() && selinux.isEmpty()) {
            add("security.lsm.missing", QStringLiteral("/process/apparmorProfile"),
                tr("The process has neither an AppArmor profile nor an SELinux label."));
        }
        if (apparmor == QLatin1String("unconfined")) {
            add("security.apparmor.unconfined", QStringLiteral("/process/apparmorProfile"),
                tr("The AppArmor profile is \"unconfined\": AppArmor does not confine the process."));
        }
        const QStringList label = selinux.split(QLatin1Char(':'));
        if (label.size() >= 3 && !SecurityRules::pssSelinuxTypes().contains(label.at(2))) {
            add("security.selinux.type", QStringLiteral("/process/selinuxLabel"),
                tr("The SELinux type %1 is not one made for containers.").arg(label.at(2)));
        }
    }

    void checkRoot()
    {
        const Json *root = member(m_root, "root");
        if (!root || !root->is_object())
            return;
        const Json *readonly = member(*root, "readonly");
        if (readonly && readonly->is_boolean() && readonly->get<bool>())
            return;
        const QString pointer = QStringLiteral("/root/readonly");
        add("security.root.writable", pointer, tr("The root filesystem is writable."),
            {JsonEdit::set(pointerOf(pointer), true)}, tr("Make the root filesystem read-only"));
    }

    // --- mounts ------------------------------------------------------------------

    void checkMounts()
    {
        const Json *mounts = member(m_root, "mounts");
        if (!mounts || !mounts->is_array())
            return;
        for (qsizetype i = 0; i < qsizetype(mounts->size()); ++i)
            checkMount(mounts->at(size_t(i)), i);
    }

    // Byte comparisons and pointers spelled only for a finding: a config
    // with 100,000 harmless mounts costs no strings.
    void checkMount(const Json &mount, qsizetype index)
    {
        const auto isString = [](const Json *value, std::string_view text) {
            return value && value->is_string() && value->get_ref<const std::string &>() == text;
        };
        const Json *options = member(mount, "options");
        bool bind = isString(member(mount, "type"), "bind");
        bool readonly = false;
        QList<qsizetype> readWriteOptions;
        if (options && options->is_array()) {
            for (qsizetype k = 0; k < qsizetype(options->size()); ++k) {
                const Json *item = &options->at(size_t(k));
                if (isString(item, "bind") || isString(item, "rbind"))
                    bind = true;
                else if (isString(item, "ro") || isString(item, "rro"))
                    readonly = true;
                else if (isString(item, "rw") || isString(item, "rrw"))
                    readonly = false;
                if (isString(item, "rw"))
                    readWriteOptions.append(k);
                if (isString(item, "shared") || isString(item, "rshared")) {
                    const QString option = *stringOf(item);
                    const QString pointer =
                        join(join(join(QStringLiteral("/mounts"), index), QStringLiteral("options")), k);
                    const QString replacement =
                        option == QLatin1String("shared") ? QStringLiteral("private") : QStringLiteral("rprivate");
                    add("security.mount.shared-propagation", pointer,
                        tr("The mount at %1 has %2 propagation.").arg(destinationOf(mount), option),
                        {JsonEdit::set(pointerOf(pointer), JsonUtil::toStd(replacement))},
                        tr("Use %1 propagation instead").arg(replacement));
                }
            }
        }
        if (!bind)
            return;
        const std::optional<QString> source = stringOf(member(mount, "source"));
        if (!source || source->isEmpty())
            return;
        const QString base = join(QStringLiteral("/mounts"), index);
        const QString destination = destinationOf(mount);
        const QList<JsonEdit> removal{JsonEdit::remove(pointerOf(base))};
        const QString removalText = tr("Remove the mount of %1").arg(*source);
        bool sensitive = false;
        if (source->startsWith(QLatin1Char('/'))) {
            if (const std::optional<std::pair<QString, bool>> reached = sensitivePath(hostPath(*source))) {
                sensitive = true;
                const QString path = hostPath(*source);
                const QString message = path == reached->first
                    ? tr("The host's %1 is bind-mounted at %2.").arg(*source, destination)
                    : isBelow(path, reached->first)
                    ? tr("%1 is bind-mounted at %2; it lies in the host's %3.")
                          .arg(*source, destination, reached->first)
                    : tr("%1 is bind-mounted at %2; it holds the host's %3.").arg(*source, destination, reached->first);
                add(reached->second ? "security.mount.container-runtime" : "security.mount.sensitive",
                    base + QLatin1String("/source"), message, removal, removalText);
            }
        }
        if (!readonly) {
            QList<JsonEdit> fix;
            for (qsizetype k : std::as_const(readWriteOptions))
                fix.append(JsonEdit::set(pointerOf(join(base + QLatin1String("/options"), k)), "ro"));
            if (fix.isEmpty() && options && options->is_array())
                fix.append(JsonEdit::append(pointerOf(base + QLatin1String("/options")), "ro"));
            else if (fix.isEmpty() && !options)
                fix.append(JsonEdit::set(pointerOf(base + QLatin1String("/options")), Json::array({"ro"})));
            add("security.mount.host-writable", options ? base + QLatin1String("/options") : base,
                tr("The host path %1 is bind-mounted read-write at %2.").arg(*source, destination), fix,
                tr("Mount %1 read-only").arg(*source));
        } else if (!sensitive) {
            add("security.mount.host-path", base + QLatin1String("/source"),
                tr("The host path %1 is bind-mounted read-only at %2.").arg(*source, destination));
        }
    }

    static QString destinationOf(const Json &mount)
    {
        return stringOf(member(mount, "destination")).value_or(QStringLiteral("?"));
    }

    // The sensitive path a host path is, lies in or holds, and whether it
    // belongs to a container engine. The engines' come first: / holds them
    // all but is reported as itself.
    static std::optional<std::pair<QString, bool>> sensitivePath(const QString &path)
    {
        for (const SensitivePath &entry : kSensitivePaths) {
            if (path == QLatin1String(entry.path))
                return std::make_pair(path, entry.runtime);
        }
        for (const char *harmless : kHarmlessDevicePaths) {
            if (path == QLatin1String(harmless))
                return std::nullopt;
        }
        for (const bool runtime : {true, false}) {
            for (const SensitivePath &entry : kSensitivePaths) {
                const QString sensitive = QLatin1String(entry.path);
                if (entry.runtime == runtime
                    && ((entry.subtree && isBelow(path, sensitive)) || isBelow(sensitive, path)))
                    return std::make_pair(sensitive, entry.runtime);
            }
        }
        return std::nullopt;
    }

    // --- namespaces ------------------------------------------------------------------

    void checkNamespaces()
    {
        const bool canAppend = !m_namespaces || m_namespaces->is_array();
        for (const NamespaceCheck &check : kNamespaceChecks) {
            if (ownNamespace(check.type))
                continue;
            const QString type = QLatin1String(check.type);
            const SecurityRule *rule = SecurityRules::find(QLatin1String(check.code));
            const QString fixText = tr("Give the container its own %1 namespace").arg(type);
            // A joined namespace of the host: reported at its path.
            std::optional<qsizetype> joined;
            if (m_namespaces && m_namespaces->is_array()) {
                for (qsizetype i = 0; i < qsizetype(m_namespaces->size()) && !joined; ++i) {
                    if (stringOf(member(m_namespaces->at(size_t(i)), "type")) == type)
                        joined = i;
                }
            }
            if (joined) {
                const QString pointer =
                    join(join(QStringLiteral("/linux/namespaces"), *joined), QStringLiteral("path"));
                const QString path =
                    stringOf(memberPath(m_namespaces->at(size_t(*joined)), {"path"})).value_or(QString());
                const QList<JsonEdit> fix =
                    rule->fixable ? QList<JsonEdit>{JsonEdit::remove(pointerOf(pointer))} : QList<JsonEdit>{};
                add(check.code, pointer,
                    tr("The %1 namespace is joined through %2, which is the host's own.").arg(type, path), fix,
                    fixText);
                continue;
            }
            QList<JsonEdit> fix;
            if (rule->fixable && canAppend)
                fix.append(JsonEdit::append(pointerOf(QStringLiteral("/linux/namespaces")),
                                            Json::object({{"type", check.type}})));
            add(check.code, QStringLiteral("/linux/namespaces"),
                tr("linux.namespaces has no %1 namespace, so the container shares the host's.").arg(type), fix,
                fixText);
        }
    }

    // --- seccomp, masked and read-only paths ---------------------------------------------

    void checkSeccomp()
    {
        const Json *seccomp = memberPath(m_root, {"linux", "seccomp"});
        if (!seccomp || !seccomp->is_object()) {
            add("security.seccomp.missing", QStringLiteral("/linux/seccomp"),
                tr("The process has no seccomp filter: every system call is allowed."));
            return;
        }
        const QString action = stringOf(member(*seccomp, "defaultAction")).value_or(QString());
        if (action != QLatin1String("SCMP_ACT_ALLOW") && action != QLatin1String("SCMP_ACT_LOG"))
            return;
        const QString pointer = QStringLiteral("/linux/seccomp/defaultAction");
        const Json *syscalls = member(*seccomp, "syscalls");
        if (!syscalls || !syscalls->is_array() || syscalls->empty()) {
            add("security.seccomp.missing", pointer,
                tr("The seccomp profile allows every system call (%1) and names none: it filters nothing.")
                    .arg(action));
        } else {
            add("security.seccomp.default-allow", pointer,
                tr("The seccomp profile allows every system call it does not name (%1).").arg(action));
        }
    }

    void checkKernelPaths()
    {
        const Json *maskedNode = memberPath(m_root, {"linux", "maskedPaths"});
        const Json *readonlyNode = memberPath(m_root, {"linux", "readonlyPaths"});
        const QStringList masked = stringList(maskedNode);
        const QStringList readonly = stringList(readonlyNode);
        QStringList missingMasked;
        for (const QString &path : SecurityRules::runcMaskedPaths()) {
            if (!covered(path, masked))
                missingMasked << path;
        }
        QStringList missingReadonly;
        for (const QString &path : SecurityRules::runcReadonlyPaths()) {
            if (!covered(path, readonly) && !covered(path, masked))
                missingReadonly << path;
        }
        if (!missingMasked.isEmpty()) {
            const int count = int(missingMasked.size());
            add("security.paths.masked", QStringLiteral("/linux/maskedPaths"),
                tr("linux.maskedPaths lacks %n of runc's default entries: %1.", nullptr, count)
                    .arg(missingMasked.join(QLatin1String(", "))),
                pathsFix(QStringLiteral("/linux/maskedPaths"), maskedNode, missingMasked),
                tr("Add %n path(s) to linux.maskedPaths", nullptr, count));
        }
        if (!missingReadonly.isEmpty()) {
            const int count = int(missingReadonly.size());
            add("security.paths.readonly", QStringLiteral("/linux/readonlyPaths"),
                tr("linux.readonlyPaths lacks %n of runc's default entries: %1.", nullptr, count)
                    .arg(missingReadonly.join(QLatin1String(", "))),
                pathsFix(QStringLiteral("/linux/readonlyPaths"), readonlyNode, missingReadonly),
                tr("Add %n path(s) to linux.readonlyPaths", nullptr, count));
        }
        const QString propagation = stringOf(memberPath(m_root, {"linux", "rootfsPropagation"})).value_or(QString());
        if (propagation == QLatin1String("shared") || propagation == QLatin1String("rshared")) {
            const QString pointer = QStringLiteral("/linux/rootfsPropagation");
            add("security.root.shared-propagation", pointer,
                tr("The root filesystem has %1 propagation.").arg(propagation),
                {JsonEdit::set(pointerOf(pointer), "rslave")}, tr("Set the root filesystem's propagation to rslave"));
        }
    }

    static QStringList stringList(const Json *array)
    {
        QStringList list;
        if (array && array->is_array()) {
            for (const Json &item : *array) {
                if (const std::optional<QString> text = stringOf(&item))
                    list << *text;
            }
        }
        return list;
    }

    static QList<JsonEdit> pathsFix(const QString &pointer, const Json *node, const QStringList &missing)
    {
        QList<JsonEdit> fix;
        if (node && node->is_array()) {
            for (const QString &path : missing)
                fix.append(JsonEdit::append(pointerOf(pointer), JsonUtil::toStd(path)));
        } else {
            Json list = Json::array();
            for (const QString &path : missing)
                list.push_back(JsonUtil::toStd(path));
            fix.append(JsonEdit::set(pointerOf(pointer), list));
        }
        return fix;
    }

    // --- resources and devices ------------------------------------------------------------

    void checkResources()
    {
        const Json *resources = memberPath(m_root, {"linux", "resources"});
        const Json *memory = resources ? memberPath(*resources, {"memory", "limit"}) : nullptr;
        if (int64Of(memory).value_or(0) <= 0) {
            add("security.resources.memory", QStringLiteral("/linux/resources/memory/limit"),
                tr("The container has no memory limit."));
        }
        const Json *pids = resources ? memberPath(*resources, {"pids", "limit"}) : nullptr;
        if (int64Of(pids).value_or(0) <= 0) {
            const QString pointer = QStringLiteral("/linux/resources/pids/limit");
            add("security.resources.pids", pointer, tr("The container has no limit on the number of its processes."),
                {JsonEdit::set(pointerOf(pointer), SuggestedPidsLimit)},
                tr("Limit the container to %1 processes").arg(SuggestedPidsLimit));
        }
        const Json *cpu = resources ? member(*resources, "cpu") : nullptr;
        const bool shares = cpu && uint64Of(member(*cpu, "shares")).value_or(0) > 0;
        const bool quota = cpu && int64Of(member(*cpu, "quota")).value_or(0) > 0;
        if (!shares && !quota)
            add("security.resources.cpu", QStringLiteral("/linux/resources/cpu"),
                tr("The container has neither CPU shares nor a CPU quota."));
    }

    void checkDevices()
    {
        if (const Json *rules = memberPath(m_root, {"linux", "resources", "devices"}); rules && rules->is_array()) {
            for (qsizetype i = 0; i < qsizetype(rules->size()); ++i)
                checkDeviceRule(rules->at(size_t(i)), join(QStringLiteral("/linux/resources/devices"), i));
        }
        const Json *devices = memberPath(m_root, {"linux", "devices"});
        if (!devices || !devices->is_array())
            return;
        for (qsizetype i = 0; i < qsizetype(devices->size()); ++i) {
            const Json &device = devices->at(size_t(i));
            const QString type = stringOf(member(device, "type")).value_or(QString());
            const QString path = stringOf(member(device, "path")).value_or(QStringLiteral("?"));
            const qint64 major = int64Of(member(device, "major")).value_or(-1);
            const qint64 minor = int64Of(member(device, "minor")).value_or(-1);
            const QString pointer = join(QStringLiteral("/linux/devices"), i);
            const QList<JsonEdit> fix{JsonEdit::remove(pointerOf(pointer))};
            const QString fixText = tr("Remove the device %1").arg(path);
            if (type == QLatin1String("b")) {
                add("security.device.block", pointer,
                    tr("The container gets the block device %1 (%2:%3).").arg(path).arg(major).arg(minor), fix,
                    fixText);
            } else if (type == QLatin1String("c") || type == QLatin1String("u")) {
                const bool created =
                    std::any_of(std::begin(kRuncDevices), std::end(kRuncDevices),
                                [&](const auto &known) { return known.first == major && known.second == minor; });
                if (!created) {
                    add("security.device.extra", pointer,
                        tr("The container gets the device %1 (%2:%3).").arg(path).arg(major).arg(minor), fix, fixText);
                }
            }
        }
    }

    void checkDeviceRule(const Json &rule, const QString &pointer)
    {
        const Json *allow = member(rule, "allow");
        if (!allow || !allow->is_boolean() || !allow->get<bool>())
            return;
        const QString access = stringOf(member(rule, "access")).value_or(QStringLiteral("rwm"));
        // mknod alone opens nothing: runc allows it for every device.
        if (!access.contains(QLatin1Char('r')) && !access.contains(QLatin1Char('w')))
            return;
        const QString type = stringOf(member(rule, "type")).value_or(QStringLiteral("a"));
        const std::optional<qint64> major = int64Of(member(rule, "major"));
        const std::optional<qint64> minor = int64Of(member(rule, "minor"));
        const bool anyMajor = !major || *major < 0;
        const bool anyMinor = !minor || *minor < 0;
        const QList<JsonEdit> fix{JsonEdit::remove(pointerOf(pointer))};
        const QString fixText = tr("Remove the device rule");
        if (type == QLatin1String("a")) {
            add("security.devices.allow-all", pointer, tr("The rule allows every device (access %1).").arg(access), fix,
                fixText);
            return;
        }
        if (anyMajor) {
            add("security.devices.allow-all", pointer,
                type == QLatin1String("b") ? tr("The rule allows every block device (access %1).").arg(access)
                                           : tr("The rule allows every character device (access %1).").arg(access),
                fix, fixText);
            return;
        }
        if (type == QLatin1String("c")) {
            for (const auto &[knownMajor, knownMinor] : kRuncAllowedDevices) {
                if (knownMajor == *major && (knownMinor == -1 || (!anyMinor && knownMinor == *minor)))
                    return;
            }
        }
        const QString number =
            QStringLiteral("%1:%2").arg(*major).arg(anyMinor ? QStringLiteral("*") : QString::number(*minor));
        //: %1 is the device type (c or b), %2 its numbers, e.g. 8:0, %3 the access, e.g. rw.
        add("security.devices.allow-extra", pointer,
            tr("The rule allows the device %1 %2 (access %3).").arg(type, number, access), fix, fixText);
    }

    // --- sysctls and hooks -----------------------------------------------------------------

    void checkSysctls()
    {
        const Json *sysctl = memberPath(m_root, {"linux", "sysctl"});
        if (!sysctl || !sysctl->is_object())
            return;
        const QStringList safe = SecurityRules::safeSysctls();
        for (auto it = sysctl->begin(); it != sysctl->end(); ++it) {
            const QString key = JsonUtil::toQString(it.key());
            if (safe.contains(key))
                continue;
            const QString pointer = join(QStringLiteral("/linux/sysctl"), key);
            add("security.sysctl.unsafe", pointer, tr("The sysctl %1 is not one Kubernetes considers safe.").arg(key),
                {JsonEdit::remove(pointerOf(pointer))}, tr("Remove the sysctl %1").arg(key));
        }
    }

    void checkHooks()
    {
        const Json *hooks = member(m_root, "hooks");
        if (!hooks || !hooks->is_object())
            return;
        for (const char *kind : kHostHookKinds) {
            const Json *list = member(*hooks, kind);
            if (!list || !list->is_array())
                continue;
            for (qsizetype i = 0; i < qsizetype(list->size()); ++i) {
                const std::optional<QString> path = stringOf(member(list->at(size_t(i)), "path"));
                if (!path)
                    continue;
                const QString base = join(join(QStringLiteral("/hooks"), QLatin1String(kind)), i);
                //: %1 is the kind of hook (prestart, poststop, ...), %2 the program.
                add("security.hook.host-binary", base + QLatin1String("/path"),
                    tr("The %1 hook runs %2 from the host.").arg(QLatin1String(kind), *path),
                    {JsonEdit::remove(pointerOf(base))}, tr("Remove the %1 hook %2").arg(QLatin1String(kind), *path));
            }
        }
    }

    const Json &m_root;
    const Json *m_namespaces = nullptr;
    QList<SecurityFinding> m_findings;
};

} // namespace

QList<SecurityFinding> SecurityReview::run(const Json &root)
{
    return SecurityChecker(root).run();
}

SecuritySummary SecurityReview::summarize(const QList<SecurityFinding> &findings)
{
    SecuritySummary summary;
    for (const SecurityStandard standard : SecurityRules::standards())
        summary.verdicts.append({standard, 0});
    for (const SecurityFinding &finding : findings) {
        switch (finding.finding.severity) {
        case Finding::Severity::Error: ++summary.errors; break;
        case Finding::Severity::Warning: ++summary.warnings; break;
        case Finding::Severity::Info: ++summary.infos; break;
        }
        for (SecuritySummary::Verdict &verdict : summary.verdicts) {
            // The restricted profile includes every control of baseline.
            const bool fails = finding.rule
                && (SecurityRules::references(*finding.rule, verdict.standard)
                    || (verdict.standard == SecurityStandard::PssRestricted
                        && SecurityRules::references(*finding.rule, SecurityStandard::PssBaseline)));
            if (fails)
                ++verdict.failures;
        }
    }
    return summary;
}

QString SecurityReview::countsText(const SecuritySummary &summary)
{
    // Counts in variables: Qt 6.4's lupdate hangs on a call inside tr()'s arguments.
    const int warnings = int(summary.warnings);
    const int infos = int(summary.infos);
    if (summary.errors + warnings + infos == 0)
        return tr("No hardening findings");
    QStringList parts;
    if (warnings)
        parts << tr("%n warning(s)", nullptr, warnings);
    if (infos)
        parts << tr("%n note(s)", nullptr, infos);
    return parts.join(tr(", "));
}

QStringList SecurityReview::verdictTexts(const SecuritySummary &summary)
{
    QStringList texts;
    for (const SecuritySummary::Verdict &verdict : summary.verdicts) {
        const QString name = SecurityRules::standardName(verdict.standard);
        const int failures = int(verdict.failures);
        //: A standard that no finding fails, e.g. "PSS baseline: passed".
        texts << (verdict.passed() ? tr("%1: passed").arg(name)
                                   //: A standard that findings fail, e.g. "PSS baseline: failed (2 findings)".
                                   : tr("%1: failed (%n finding(s))", nullptr, failures).arg(name));
    }
    return texts;
}

Json SecurityReview::toJson(const SecurityFinding &finding)
{
    Json object = Findings::toJson(finding.finding);
    Json standards = Json::array();
    if (finding.rule) {
        object["explanation"] = JsonUtil::toStd(SecurityRules::explanation(*finding.rule));
        for (const SecurityReference &reference : finding.rule->references) {
            standards.push_back({{"standard", JsonUtil::toStd(SecurityRules::standardId(reference.standard))},
                                 {"control", reference.control}});
        }
    }
    object["standards"] = std::move(standards);
    Json fix = Json::object();
    fix["available"] = finding.hasFix();
    if (finding.hasFix()) {
        fix["description"] = JsonUtil::toStd(finding.fixDescription);
        Json edits = Json::array();
        for (const JsonEdit &edit : finding.fix)
            edits.push_back(JsonEdits::toJson(edit));
        fix["edits"] = std::move(edits);
    }
    object["fix"] = std::move(fix);
    return object;
}

Json SecurityReview::toJson(const QList<SecurityFinding> &findings)
{
    const SecuritySummary summary = summarize(findings);
    Json standards = Json::array();
    for (const SecuritySummary::Verdict &verdict : summary.verdicts) {
        standards.push_back({{"id", JsonUtil::toStd(SecurityRules::standardId(verdict.standard))},
                             {"name", JsonUtil::toStd(SecurityRules::standardName(verdict.standard))},
                             {"passed", verdict.passed()},
                             {"findings", verdict.failures}});
    }
    Json head = Json::object();
    head["errors"] = summary.errors;
    head["warnings"] = summary.warnings;
    head["infos"] = summary.infos;
    head["standards"] = std::move(standards);
    Json list = Json::array();
    for (const SecurityFinding &finding : findings)
        list.push_back(toJson(finding));
    Json result = Json::object();
    result["summary"] = std::move(head);
    result["findings"] = std::move(list);
    return result;
}
