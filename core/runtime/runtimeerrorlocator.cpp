// SPDX-License-Identifier: Apache-2.0
#include "runtimeerrorlocator.h"

#include "ocispec/jsonaccess.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace {

using JsonAccess::member;

const Json *at(const Json &config, std::initializer_list<const char *> path)
{
    return JsonAccess::memberPath(config, path);
}

bool isString(const Json *value, const QString &text)
{
    return value && value->is_string() && JsonUtil::toQString(value->get<std::string>()) == text;
}

// The index of the first (or the nth) element of an array that matches.
int indexWhere(const Json *array, const std::function<bool(const Json &)> &matches, int nth = 0)
{
    if (!array || !array->is_array())
        return -1;
    for (size_t i = 0; i < array->size(); ++i) {
        if (matches((*array)[i]) && nth-- == 0)
            return int(i);
    }
    return -1;
}

int indexOfMember(const Json *array, const char *name, const QString &value, int nth = 0)
{
    return indexWhere(
        array, [&](const Json &element) { return isString(member(element, name), value); }, nth);
}

int indexOfString(const Json *array, const QString &value)
{
    return indexWhere(array, [&](const Json &element) { return isString(&element, value); });
}

// The first string anywhere in the config equal to text, depth first.
QString findString(const Json &node, const QString &text, const QString &pointer = QString())
{
    if (node.is_string())
        return JsonUtil::toQString(node.get<std::string>()) == text ? pointer : QString();
    if (node.is_array()) {
        for (size_t i = 0; i < node.size(); ++i) {
            const QString found = findString(node[i], text, JsonAccess::join(pointer, qsizetype(i)));
            if (!found.isNull())
                return found;
        }
    } else if (node.is_object()) {
        for (const auto &[key, value] : node.items()) {
            const QString found = findString(value, text, JsonAccess::join(pointer, JsonUtil::toQString(key)));
            if (!found.isNull())
                return found;
        }
    }
    return QString();
}

// The deepest ancestor of pointer (or pointer itself) that names a value.
QString existing(const Json &config, const QString &pointer)
{
    const Result<JsonPointer> parsed = JsonUtil::parsePointer(pointer);
    if (!parsed)
        return QString();
    const std::vector<std::string> tokens = JsonUtil::tokens(*parsed);
    const size_t depth = JsonUtil::resolvedDepth(config, *parsed);
    QString result = QStringLiteral("");
    for (size_t i = 0; i < depth && i < tokens.size(); ++i)
        result = JsonAccess::join(result, JsonUtil::toQString(tokens[i]));
    return result;
}

QString indexed(const char *arrayPointer, int index, const char *rest = "")
{
    if (index < 0)
        return QLatin1String(arrayPointer);
    return QLatin1String(arrayPointer) + QLatin1Char('/') + QString::number(index) + QLatin1String(rest);
}

QString mountPointer(const Json &config, const QString &destination, const QString &detail)
{
    const Json *mounts = member(config, "mounts");
    // The last mount at a destination is the one mounted over the others.
    int index = -1;
    for (int i = 0; indexOfMember(mounts, "destination", destination, i) >= 0; ++i)
        index = indexOfMember(mounts, "destination", destination, i);
    if (index < 0)
        return QStringLiteral("/mounts");
    if (detail.contains(QLatin1String("no such device")))
        return indexed("/mounts", index, "/type");
    const int statAt = detail.indexOf(QLatin1String("stat "));
    if (statAt >= 0 && detail.contains(QLatin1String("no such file or directory"))
        && isString(member((*mounts)[size_t(index)], "source"), detail.mid(statAt + 5).section(QLatin1Char(':'), 0, 0)))
        return indexed("/mounts", index, "/source");
    return indexed("/mounts", index, "/destination");
}

QString cgroupPointer(const Json &config, const QString &message)
{
    static const struct
    {
        const char *pattern;
        const char *pointer;
    } files[] = {
        {"cpu-shares|cpu\\.shares|cpu\\.weight", "/linux/resources/cpu/shares"},
        {"cfs_period_us", "/linux/resources/cpu/period"},
        {"cfs_quota_us|cpu\\.max", "/linux/resources/cpu/quota"},
        {"rt_runtime_us", "/linux/resources/cpu/realtimeRuntime"},
        {"rt_period_us", "/linux/resources/cpu/realtimePeriod"},
        {"cpuset\\.cpus", "/linux/resources/cpu/cpus"},
        {"cpuset\\.mems", "/linux/resources/cpu/mems"},
        {"memsw|memory\\.swap", "/linux/resources/memory/swap"},
        {"swappiness", "/linux/resources/memory/swappiness"},
        {"kmem|[Kk]ernel memory", "/linux/resources/memory/kernel"},
        {"soft_limit|memory\\.low", "/linux/resources/memory/reservation"},
        {"memory limit|memory\\.limit_in_bytes|memory\\.max", "/linux/resources/memory/limit"},
        {"pids\\.max", "/linux/resources/pids/limit"},
        {"blkio|io\\.weight|io\\.bfq|io\\.max", "/linux/resources/blockIO/weight"},
        {"hugetlb", "/linux/resources/hugepageLimits"},
    };
    for (const auto &file : files) {
        if (QRegularExpression(QLatin1String(file.pattern)).match(message).hasMatch())
            return existing(config, QLatin1String(file.pointer));
    }
    return QString();
}

// Linux's resource numbers, which runc prints instead of the names.
const char *const kRlimitNames[] = {"RLIMIT_CPU",      "RLIMIT_FSIZE", "RLIMIT_DATA",   "RLIMIT_STACK",
                                    "RLIMIT_CORE",     "RLIMIT_RSS",   "RLIMIT_NPROC",  "RLIMIT_NOFILE",
                                    "RLIMIT_MEMLOCK",  "RLIMIT_AS",    "RLIMIT_LOCKS",  "RLIMIT_SIGPENDING",
                                    "RLIMIT_MSGQUEUE", "RLIMIT_NICE",  "RLIMIT_RTPRIO", "RLIMIT_RTTIME"};

using Locate = std::function<QString(const QRegularExpressionMatch &, const Json &)>;

struct Pattern
{
    QRegularExpression expression;
    Locate locate;
};

QString fixed(const char *pointer)
{
    return QLatin1String(pointer);
}

const QList<Pattern> &patterns()
{
    static const QList<Pattern> table = [] {
        QList<Pattern> p;
        auto add = [&p](const char *expression, Locate locate) {
            p.append({QRegularExpression(QLatin1String(expression)), std::move(locate)});
        };
        // The file itself: Go's JSON decoder.
        add("invalid character .* looking for|unexpected end of JSON input",
            [](const auto &, const Json &) { return QStringLiteral(""); });
        add("Go struct field \\w+\\.([\\w.]+) of type", [](const auto &m, const Json &c) {
            return existing(c, QLatin1Char('/') + m.captured(1).replace(QLatin1Char('.'), QLatin1Char('/')));
        });
        // User namespace.
        add("no uid mappings found|no user mapping found",
            [](const auto &, const Json &) { return fixed("/linux/uidMappings"); });
        add("no gid mappings found", [](const auto &, const Json &) { return fixed("/linux/gidMappings"); });
        // Namespaces.
        add("duplicated ns \\{\"([^\"]*)\"", [](const auto &m, const Json &c) {
            return indexed("/linux/namespaces", indexOfMember(at(c, {"linux", "namespaces"}), "type", m.captured(1), 1),
                           "/type");
        });
        add("namespace \\{\"([^\"]*)\" \"[^\"]*\"\\} does not exist", [](const auto &m, const Json &c) {
            return indexed("/linux/namespaces", indexOfMember(at(c, {"linux", "namespaces"}), "type", m.captured(1)),
                           "/type");
        });
        add("namespace path: lstat ([^:]+):", [](const auto &m, const Json &c) {
            return indexed("/linux/namespaces", indexOfMember(at(c, {"linux", "namespaces"}), "path", m.captured(1)),
                           "/path");
        });
        add("domainname", [](const auto &, const Json &) { return fixed("/domainname"); });
        add("hostname without a private UTS namespace|sethostname",
            [](const auto &, const Json &) { return fixed("/hostname"); });
        add("sysctl \"([^\"]+)\"", [](const auto &m, const Json &) {
            return JsonAccess::join(QStringLiteral("/linux/sysctl"), m.captured(1));
        });
        add("restrict sys entries without a private MNT namespace", [](const auto &, const Json &c) {
            return fixed(at(c, {"linux", "maskedPaths"}) ? "/linux/maskedPaths" : "/linux/readonlyPaths");
        });
        // The process.
        add("process property must not be empty", [](const auto &, const Json &) { return fixed("/process"); });
        add("[Cc]wd must be an absolute path|chdir to cwd|cwd .* not a directory",
            [](const auto &, const Json &) { return fixed("/process/cwd"); });
        // runc creates the working directory; a file in its way stops it.
        add("mkdir ([^:]+): not a directory", [](const auto &m, const Json &c) {
            return isString(at(c, {"process", "cwd"}), m.captured(1)) ? fixed("/process/cwd")
                                                                      : findString(c, m.captured(1));
        });
        add("args must not be empty", [](const auto &, const Json &) { return fixed("/process/args"); });
        add("(^|: )exec(: \"[^\"]*\"| /[^:]*): |exec format error|executable file not found",
            [](const auto &, const Json &) { return fixed("/process/args/0"); });
        add("oom_score_adj", [](const auto &, const Json &) { return fixed("/process/oomScoreAdj"); });
        add("invalid environment variable: \"(.*)\"$|environment variable name can't be empty: \"(.*)\"$",
            [](const auto &m, const Json &c) {
                const QString variable = m.captured(1).isNull() ? m.captured(2) : m.captured(1);
                return indexed("/process/env", indexOfString(at(c, {"process", "env"}), variable));
            });
        add("uids and gids must be in range", [](const auto &, const Json &c) {
            auto tooLarge = [](const Json *value) {
                return value && value->is_number() && value->get<double>() > 2147483647.0;
            };
            if (tooLarge(at(c, {"process", "user", "uid"})))
                return fixed("/process/user/uid");
            if (tooLarge(at(c, {"process", "user", "gid"})))
                return fixed("/process/user/gid");
            return indexed(
                "/process/user/additionalGids",
                indexWhere(at(c, {"process", "user", "additionalGids"}), [&](const Json &g) { return tooLarge(&g); }));
        });
        add("unknown capability \"([^\"]+)\"", [](const auto &m, const Json &c) {
            const Json *capabilities = at(c, {"process", "capabilities"});
            const QString found = capabilities
                ? findString(*capabilities, m.captured(1), QStringLiteral("/process/capabilities"))
                : QString();
            return found.isNull() ? fixed("/process/capabilities") : found;
        });
        add("apply caps", [](const auto &, const Json &) { return fixed("/process/capabilities"); });
        add("wrong rlimit value: (\\S+)", [](const auto &m, const Json &c) {
            return indexed("/process/rlimits", indexOfMember(at(c, {"process", "rlimits"}), "type", m.captured(1)),
                           "/type");
        });
        add("error setting rlimit type (\\d+)", [](const auto &m, const Json &c) {
            const int number = m.captured(1).toInt();
            if (number < 0 || number >= int(std::size(kRlimitNames)))
                return fixed("/process/rlimits");
            return indexed("/process/rlimits",
                           indexOfMember(at(c, {"process", "rlimits"}), "type", QLatin1String(kRlimitNames[number])));
        });
        // Devices.
        add("device access at (\\d+) field cannot be empty", [](const auto &m, const Json &) {
            return indexed("/linux/resources/devices", m.captured(1).toInt(), "/access");
        });
        add("invalid cgroup device type \"([^\"]*)\"", [](const auto &m, const Json &c) {
            return indexed("/linux/resources/devices",
                           indexOfMember(at(c, {"linux", "resources", "devices"}), "type", m.captured(1)), "/type");
        });
        add("invalid device type \"([^\"]*)\"", [](const auto &m, const Json &c) {
            return indexed("/linux/devices", indexOfMember(at(c, {"linux", "devices"}), "type", m.captured(1)),
                           "/type");
        });
        add("reopening /dev/null", [](const auto &, const Json &c) {
            return indexed("/linux/devices",
                           indexOfMember(at(c, {"linux", "devices"}), "path", QStringLiteral("/dev/null")), "/path");
        });
        // Seccomp.
        add("seccomp flags", [](const auto &, const Json &) { return fixed("/linux/seccomp/flags"); });
        add("cannot be used as default action",
            [](const auto &, const Json &) { return fixed("/linux/seccomp/defaultAction"); });
        add("string (\\S+) is not a valid (action|arch)", [](const auto &m, const Json &c) {
            const Json *seccomp = at(c, {"linux", "seccomp"});
            const QString found =
                seccomp ? findString(*seccomp, m.captured(1), QStringLiteral("/linux/seccomp")) : QString();
            return found.isNull() ? fixed("/linux/seccomp") : found;
        });
        add("empty string is not a valid syscall", [](const auto &, const Json &c) {
            const Json *seccomp = at(c, {"linux", "seccomp"});
            const QString found =
                seccomp ? findString(*seccomp, QStringLiteral(""), QStringLiteral("/linux/seccomp")) : QString();
            return found.isNull() ? fixed("/linux/seccomp/syscalls") : found;
        });
        add("listenerPath is not set", [](const auto &, const Json &c) {
            const int rule =
                indexOfMember(at(c, {"linux", "seccomp", "syscalls"}), "action", QStringLiteral("SCMP_ACT_NOTIFY"));
            return rule < 0 ? fixed("/linux/seccomp/defaultAction")
                            : indexed("/linux/seccomp/syscalls", rule, "/action");
        });
        add("syscalls only have up to 6 arguments", [](const auto &, const Json &c) {
            const Json *rules = at(c, {"linux", "seccomp", "syscalls"});
            for (size_t i = 0; rules && rules->is_array() && i < rules->size(); ++i) {
                const int arg = indexWhere(member((*rules)[i], "args"), [](const Json &a) {
                    const Json *index = member(a, "index");
                    return index && index->is_number() && index->get<double>() >= 6;
                });
                if (arg >= 0)
                    return QStringLiteral("/linux/seccomp/syscalls/%1/args/%2/index").arg(i).arg(arg);
            }
            return fixed("/linux/seccomp/syscalls");
        });
        add("seccomp", [](const auto &, const Json &) { return fixed("/linux/seccomp"); });
        // Mounts and the root.
        add("error mounting \"[^\"]*\" to rootfs at \"([^\"]*)\"(.*)",
            [](const auto &m, const Json &c) { return mountPointer(c, m.captured(1), m.captured(2)); });
        add("mount destination (\\S+) is not absolute",
            [](const auto &m, const Json &c) { return mountPointer(c, m.captured(1), QString()); });
        // Without procfs at /proc, runc's init cannot list its own descriptors.
        add("open /proc/self/fd:",
            [](const auto &, const Json &c) { return mountPointer(c, QStringLiteral("/proc"), QString()); });
        add("rootfsPropagation", [](const auto &, const Json &) { return fixed("/linux/rootfsPropagation"); });
        add("root must be specified", [](const auto &, const Json &) { return fixed("/root"); });
        add("invalid rootfs|preparing rootfs|rootfs \\(.*\\) does not exist|fork/exec /proc/self/exe: not a directory",
            [](const auto &, const Json &) { return fixed("/root/path"); });
        // Control groups: the file runc failed to write names the field.
        add(".*(cgroup|cpu-shares|[Kk]ernel memory|swappiness).*",
            [](const auto &m, const Json &c) { return cgroupPointer(c, m.captured(0)); });
        return p;
    }();
    return table;
}

} // namespace

QString RuntimeErrorLocator::pointerFor(const QString &message, const Json &config)
{
    for (const Pattern &pattern : patterns()) {
        const QRegularExpressionMatch match = pattern.expression.match(message);
        if (!match.hasMatch())
            continue;
        const QString pointer = pattern.locate(match, config);
        if (!pointer.isNull())
            return pointer;
    }
    // A value the message quotes: a path, a name.
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\""));
    for (auto it = quoted.globalMatch(message); it.hasNext();) {
        const QString found = findString(config, it.next().captured(1));
        if (!found.isNull())
            return found;
    }
    return QString();
}

QList<Finding> RuntimeErrorLocator::findingsFor(const QList<RuntimeLogEntry> &log, const Json &config,
                                                const QString &failure)
{
    static const QRegularExpression commandFailed(QStringLiteral("^runc \\w+ failed: "));
    QList<RuntimeLogEntry> entries = log;
    // What the container's init printed after runc's log closed reaches
    // only the runtime's standard error.
    const bool logged = std::any_of(log.begin(), log.end(), [](const RuntimeLogEntry &entry) {
        return entry.level == QLatin1String("error") || entry.level == QLatin1String("fatal");
    });
    if (!logged && !failure.trimmed().isEmpty())
        entries.append({QStringLiteral("error"), failure.trimmed(), QString()});
    QList<Finding> findings;
    for (const RuntimeLogEntry &entry : entries) {
        const bool error = entry.level == QLatin1String("error") || entry.level == QLatin1String("fatal")
            || entry.level == QLatin1String("panic");
        if (!error && entry.level != QLatin1String("warning"))
            continue;
        Finding finding;
        finding.severity = error ? Finding::Severity::Error : Finding::Severity::Warning;
        finding.code = error ? QStringLiteral("runtime.refused") : QStringLiteral("runtime.warning");
        finding.pointer = pointerFor(entry.message, config);
        finding.message = QString(entry.message).remove(commandFailed);
        findings.append(finding);
    }
    return findings;
}
