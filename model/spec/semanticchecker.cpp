#include "semanticchecker.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

const Json *member(const Json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const Json *memberPath(const Json &object, std::initializer_list<const char *> keys)
{
    const Json *node = &object;
    for (const char *key : keys) {
        node = member(*node, key);
        if (!node)
            return nullptr;
    }
    return node;
}

std::optional<QString> stringOf(const Json *value)
{
    if (!value || !value->is_string())
        return std::nullopt;
    return JsonUtil::toQString(value->get_ref<const std::string &>());
}

std::optional<qint64> int64Of(const Json *value)
{
    if (!value || !value->is_number_integer())
        return std::nullopt;
    if (value->is_number_unsigned()) {
        const quint64 u = value->get<quint64>();
        if (u > quint64(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(u);
    }
    return value->get<qint64>();
}

std::optional<quint64> uint64Of(const Json *value)
{
    if (!value || !value->is_number_integer())
        return std::nullopt;
    if (value->is_number_unsigned())
        return value->get<quint64>();
    const qint64 i = value->get<qint64>();
    if (i < 0)
        return std::nullopt;
    return quint64(i);
}

QString escapeToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return escaped;
}

QString join(const QString &pointer, const QString &token)
{
    return pointer + QLatin1Char('/') + escapeToken(token);
}

QString join(const QString &pointer, qsizetype index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

QSet<QString> stringSet(const Json *array)
{
    QSet<QString> result;
    if (!array || !array->is_array())
        return result;
    for (const Json &item : *array) {
        if (item.is_string())
            result.insert(JsonUtil::toQString(item.get_ref<const std::string &>()));
    }
    return result;
}

// "/a//b/./c/" -> "/a/b/c"; relative destinations count from "/".
std::string normalizedPath(std::string_view path)
{
    const bool clean = !path.empty() && path.front() == '/' && path.find("//") == std::string_view::npos
        && path.find("/.") == std::string_view::npos && (path.size() == 1 || path.back() != '/');
    if (clean)
        return std::string(path); // the common case, without splitting
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (start <= path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string_view::npos)
            end = path.size();
        const std::string_view part = path.substr(start, end - start);
        if (part == "..") {
            if (!parts.empty())
                parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    std::string result;
    for (const std::string_view part : parts) {
        result.push_back('/');
        result.append(part);
    }
    return result.empty() ? std::string("/") : result;
}

std::string_view parentPath(std::string_view path)
{
    const size_t slash = path.rfind('/');
    return slash == 0 || slash == std::string_view::npos ? std::string_view("/") : path.substr(0, slash);
}

bool containsString(const Json *array, std::string_view value)
{
    if (!array || !array->is_array())
        return false;
    return std::any_of(array->begin(), array->end(), [value](const Json &item) {
        return item.is_string() && item.get_ref<const std::string &>() == value;
    });
}

bool isIpcSysctl(const QString &key)
{
    static const QSet<QString> ipcKeys = {
        QStringLiteral("kernel.msgmax"), QStringLiteral("kernel.msgmnb"), QStringLiteral("kernel.msgmni"),
        QStringLiteral("kernel.sem"), QStringLiteral("kernel.shmall"), QStringLiteral("kernel.shmmax"),
        QStringLiteral("kernel.shmmni"), QStringLiteral("kernel.shm_rmid_forced")};
    return ipcKeys.contains(key) || key.startsWith(QLatin1String("fs.mqueue."));
}

} // namespace

SemanticChecker::SemanticChecker(const Json &root, FindingSink *sink)
    : m_root(root)
    , m_sink(sink)
{
}

void SemanticChecker::check()
{
    if (!m_root.is_object())
        return;
    checkNamespaces();
    checkRootAndProcess();
    checkNamespaceDependencies();
    checkMounts();
    checkDevices();
    if (const Json *resources = memberPath(m_root, {"linux", "resources"})) {
        if (const Json *memory = member(*resources, "memory"))
            checkMemory(*memory);
        if (const Json *cpu = member(*resources, "cpu"))
            checkCpu(*cpu);
        checkOtherResources(*resources);
    }
    checkSeccomp();
    checkMemoryPolicy();
    checkAnnotations();
    checkHooks();
}

bool SemanticChecker::isLinux() const
{
    // Documents for other platforms carry their own section; everything else is read as Linux.
    for (const char *other : {"windows", "solaris", "zos", "freebsd", "vm"}) {
        if (member(m_root, other))
            return false;
    }
    return true;
}

void SemanticChecker::checkRootAndProcess()
{
    if (!member(m_root, "root") && isLinux()) {
        m_sink->error(QStringLiteral("root.missing"), QStringLiteral("/root"),
                      tr("The configuration has no root filesystem; Linux runtimes need root.path."));
    }
    const Json *process = member(m_root, "process");
    if (!process || !process->is_object())
        return;
    const Json *args = member(*process, "args");
    if (isLinux() && (!args || (args->is_array() && args->empty()))) {
        m_sink->error(QStringLiteral("process.args.empty"), QStringLiteral("/process/args"),
                      tr("The process needs at least one argument: the program to run."));
    }
    if (const Json *env = member(*process, "env"))
        checkEnvironment(*env, QStringLiteral("/process/env"));
    if (const Json *caps = member(*process, "capabilities"))
        checkCapabilities(*caps);
    if (const Json *rlimits = member(*process, "rlimits"))
        checkRlimits(*rlimits);
    checkProcessLimits(*process);
    if (const Json *scheduler = member(*process, "scheduler"))
        checkScheduler(*scheduler);
}

void SemanticChecker::checkProcessLimits(const Json &process)
{
    if (const std::optional<qint64> oom = int64Of(member(process, "oomScoreAdj"))) {
        if (*oom < -1000 || *oom > 1000) {
            m_sink->error(QStringLiteral("process.oomScoreAdj.range"), QStringLiteral("/process/oomScoreAdj"),
                          tr("oomScoreAdj must lie between -1000 and 1000; the kernel rejects %1.").arg(*oom));
        }
    }
    if (const std::optional<qint64> level = int64Of(memberPath(process, {"ioPriority", "priority"}))) {
        if (*level < 0 || *level > 7) {
            m_sink->error(QStringLiteral("ioPriority.priority.range"), QStringLiteral("/process/ioPriority/priority"),
                          tr("The I/O priority level must lie between 0 and 7."));
        }
    }
}

void SemanticChecker::checkScheduler(const Json &scheduler)
{
    const std::optional<QString> policy = stringOf(member(scheduler, "policy"));
    if (!policy)
        return;
    const QString base = QStringLiteral("/process/scheduler");
    const bool realtime = *policy == QLatin1String("SCHED_FIFO") || *policy == QLatin1String("SCHED_RR");
    if (const std::optional<qint64> priority = int64Of(member(scheduler, "priority"))) {
        if (realtime && (*priority < 1 || *priority > 99)) {
            m_sink->error(QStringLiteral("scheduler.priority.range"), base + QLatin1String("/priority"),
                          tr("%1 needs a priority between 1 and 99.").arg(*policy));
        } else if (!realtime && *priority != 0) {
            m_sink->error(QStringLiteral("scheduler.priority.range"), base + QLatin1String("/priority"),
                          tr("%1 only accepts priority 0.").arg(*policy));
        }
    }
    if (const std::optional<qint64> nice = int64Of(member(scheduler, "nice"))) {
        if (*nice < -20 || *nice > 19) {
            m_sink->error(QStringLiteral("scheduler.nice.range"), base + QLatin1String("/nice"),
                          tr("The nice value must lie between -20 and 19."));
        }
    }
    if (*policy == QLatin1String("SCHED_DEADLINE")) {
        const quint64 runtime = uint64Of(member(scheduler, "runtime")).value_or(0);
        const quint64 deadline = uint64Of(member(scheduler, "deadline")).value_or(0);
        const quint64 period = uint64Of(member(scheduler, "period")).value_or(0);
        const quint64 effectivePeriod = period == 0 ? deadline : period; // the kernel uses deadline when period is 0
        if (runtime > deadline || deadline > effectivePeriod) {
            m_sink->error(QStringLiteral("scheduler.deadline.order"), base + QLatin1String("/runtime"),
                          tr("SCHED_DEADLINE needs runtime ≤ deadline ≤ period."));
        }
    }
}

void SemanticChecker::checkEnvironment(const Json &env, const QString &pointer)
{
    if (!env.is_array())
        return;
    QSet<QString> names;
    qsizetype index = 0;
    for (const Json &entry : env) {
        const std::optional<QString> text = stringOf(&entry);
        if (text && text->indexOf(QLatin1Char('=')) > 0) {
            const QString name = text->left(text->indexOf(QLatin1Char('=')));
            if (names.contains(name)) {
                m_sink->warning(QStringLiteral("env.duplicate"), join(pointer, index),
                                tr("The variable %1 is set more than once; only one value takes effect.").arg(name));
            }
            names.insert(name);
        }
        ++index;
    }
}

void SemanticChecker::checkCapabilities(const Json &capabilities)
{
    const QString base = QStringLiteral("/process/capabilities");
    const QSet<QString> permitted = stringSet(member(capabilities, "permitted"));
    const QSet<QString> inheritable = stringSet(member(capabilities, "inheritable"));
    if (const Json *effective = member(capabilities, "effective"); effective && effective->is_array()) {
        qsizetype index = 0;
        for (const Json &item : *effective) {
            const std::optional<QString> name = stringOf(&item);
            if (name && !permitted.contains(*name)) {
                m_sink->error(QStringLiteral("capability.effective-not-permitted"),
                              join(base + QLatin1String("/effective"), index),
                              tr("%1 is effective but not permitted; the kernel refuses such a capability set.").arg(*name));
            }
            ++index;
        }
    }
    if (const Json *ambient = member(capabilities, "ambient"); ambient && ambient->is_array()) {
        qsizetype index = 0;
        for (const Json &item : *ambient) {
            const std::optional<QString> name = stringOf(&item);
            if (name && !(permitted.contains(*name) && inheritable.contains(*name))) {
                m_sink->warning(QStringLiteral("capability.ambient-dropped"),
                                join(base + QLatin1String("/ambient"), index),
                                tr("%1 is ambient but not both permitted and inheritable; the kernel will drop it.").arg(*name));
            }
            ++index;
        }
    }
}

void SemanticChecker::checkRlimits(const Json &rlimits)
{
    if (!rlimits.is_array())
        return;
    QSet<QString> seen;
    qsizetype index = 0;
    for (const Json &limit : rlimits) {
        const QString pointer = join(QStringLiteral("/process/rlimits"), index++);
        if (const std::optional<QString> type = stringOf(member(limit, "type"))) {
            if (seen.contains(*type)) {
                m_sink->error(QStringLiteral("rlimit.duplicate"), pointer + QLatin1String("/type"),
                              tr("%1 is limited more than once; runtimes refuse duplicate limits.").arg(*type));
            }
            seen.insert(*type);
        }
        // Compared as uint64, so 18446744073709551615 (unlimited) is the largest value.
        const std::optional<quint64> soft = uint64Of(member(limit, "soft"));
        const std::optional<quint64> hard = uint64Of(member(limit, "hard"));
        if (soft && hard && *soft > *hard) {
            m_sink->error(QStringLiteral("rlimit.soft-above-hard"), pointer + QLatin1String("/soft"),
                          tr("The soft limit %1 is above the hard limit %2.").arg(*soft).arg(*hard));
        }
    }
}

void SemanticChecker::checkNamespaces()
{
    const Json *namespaces = memberPath(m_root, {"linux", "namespaces"});
    if (!namespaces || !namespaces->is_array())
        return;
    qsizetype index = 0;
    for (const Json &ns : *namespaces) {
        const QString pointer = join(QStringLiteral("/linux/namespaces"), index++);
        const std::optional<QString> type = stringOf(member(ns, "type"));
        if (!type)
            continue;
        if (m_namespaces.contains(*type)) {
            m_sink->error(QStringLiteral("namespace.duplicate"), pointer + QLatin1String("/type"),
                          tr("The %1 namespace is listed more than once.").arg(*type));
        }
        m_namespaces.insert(*type);
    }
}

void SemanticChecker::checkNamespaceDependencies()
{
    const Json *linuxSection = member(m_root, "linux");
    if (!linuxSection || !linuxSection->is_object())
        return; // without a linux section nothing is isolated and nothing depends on it
    for (const char *key : {"uidMappings", "gidMappings"}) {
        const Json *mappings = member(*linuxSection, key);
        if (mappings && mappings->is_array() && !mappings->empty() && !hasNamespace(QStringLiteral("user"))) {
            m_sink->error(QStringLiteral("idmap.needs-user-namespace"), QStringLiteral("/linux/") + QLatin1String(key),
                          tr("ID mappings only take effect in a user namespace; add one to linux.namespaces."));
        }
    }
    for (const char *key : {"hostname", "domainname"}) {
        const std::optional<QString> name = stringOf(member(m_root, key));
        if (name && !name->isEmpty() && !hasNamespace(QStringLiteral("uts"))) {
            m_sink->error(QStringLiteral("%1.needs-uts-namespace").arg(QLatin1String(key)), QLatin1Char('/') + QLatin1String(key),
                          tr("Setting %1 needs a UTS namespace of the container's own; add one to linux.namespaces.")
                              .arg(QLatin1String(key)));
        }
    }
    if (member(*linuxSection, "timeOffsets") && !hasNamespace(QStringLiteral("time"))) {
        m_sink->error(QStringLiteral("timeoffsets.needs-time-namespace"), QStringLiteral("/linux/timeOffsets"),
                      tr("Time offsets need a time namespace; add one to linux.namespaces."));
    }
    if (const Json *sysctl = member(*linuxSection, "sysctl"))
        checkSysctl(*sysctl);
}

void SemanticChecker::checkSysctl(const Json &sysctl)
{
    if (!sysctl.is_object())
        return;
    for (auto it = sysctl.begin(); it != sysctl.end(); ++it) {
        const QString key = JsonUtil::toQString(it.key());
        const QString pointer = join(QStringLiteral("/linux/sysctl"), key);
        if (key.startsWith(QLatin1String("net."))) {
            if (!hasNamespace(QStringLiteral("network"))) {
                m_sink->error(QStringLiteral("sysctl.needs-network-namespace"), pointer,
                              tr("%1 would change the host's network settings; it needs a network namespace.").arg(key));
            }
        } else if (isIpcSysctl(key)) {
            if (!hasNamespace(QStringLiteral("ipc"))) {
                m_sink->error(QStringLiteral("sysctl.needs-ipc-namespace"), pointer,
                              tr("%1 would change the host's IPC settings; it needs an IPC namespace.").arg(key));
            }
        } else if (key == QLatin1String("kernel.hostname") || key == QLatin1String("kernel.domainname")) {
            if (!hasNamespace(QStringLiteral("uts"))) {
                m_sink->error(QStringLiteral("sysctl.needs-uts-namespace"), pointer,
                              tr("%1 would change the host's name; it needs a UTS namespace.").arg(key));
            }
        } else {
            m_sink->warning(QStringLiteral("sysctl.not-namespaced"), pointer,
                            tr("%1 is not isolated by any namespace; setting it affects the whole host, and runc refuses it.").arg(key));
        }
    }
}

void SemanticChecker::checkMounts()
{
    const Json *mounts = member(m_root, "mounts");
    if (!mounts || !mounts->is_array())
        return;
    // Every earlier destination and all its ancestors, mapped to the first
    // mount they come from. A new destination found here covers that mount.
    // Each insertion stops at the first ancestor already present, so the
    // whole pass is linear in the total length of the destinations.
    std::unordered_map<std::string, qsizetype> covered;
    covered.reserve(mounts->size() * 2);
    qsizetype index = 0;
    for (const Json &mount : *mounts) {
        checkMountIdMapping(mount, index);
        const Json *destination = member(mount, "destination");
        if (destination && destination->is_string()) {
            const std::string path = normalizedPath(destination->get_ref<const std::string &>());
            if (const auto hidden = covered.find(path); hidden != covered.end()) {
                m_sink->warning(QStringLiteral("mount.hides-earlier"), join(QStringLiteral("/mounts"), index) + QLatin1String("/destination"),
                                tr("Mounting on %1 hides mount %2, which was mounted earlier at or below it.")
                                    .arg(JsonUtil::toQString(path))
                                    .arg(hidden->second));
            }
            for (std::string_view p = path;; p = parentPath(p)) {
                if (!covered.emplace(std::string(p), index).second)
                    break;
                if (p == "/")
                    break;
            }
        }
        ++index;
    }
}

void SemanticChecker::checkMountIdMapping(const Json &mount, qsizetype index)
{
    const Json *uidMappings = member(mount, "uidMappings");
    const Json *gidMappings = member(mount, "gidMappings");
    const Json *options = member(mount, "options");
    if (!uidMappings && !gidMappings && !options)
        return;
    const bool idmapOption = containsString(options, "idmap") || containsString(options, "ridmap");
    if (!uidMappings && !gidMappings && !idmapOption)
        return;
    const QString pointer = join(QStringLiteral("/mounts"), index);
    if (bool(uidMappings) != bool(gidMappings)) {
        const QString missing = uidMappings ? QStringLiteral("gidMappings") : QStringLiteral("uidMappings");
        m_sink->error(QStringLiteral("mount.idmap.incomplete"), pointer + QLatin1Char('/') + missing,
                      tr("An ID-mapped mount needs both uidMappings and gidMappings."));
    }
    if ((uidMappings || gidMappings) && !idmapOption) {
        m_sink->warning(QStringLiteral("mount.idmap.option-missing"), pointer + QLatin1String("/options"),
                        tr("Add the idmap or ridmap option, otherwise older runtimes silently ignore the mappings."));
    }
    if (idmapOption && !uidMappings && !gidMappings && !hasNamespace(QStringLiteral("user"))) {
        m_sink->error(QStringLiteral("mount.idmap.needs-user-namespace"), pointer + QLatin1String("/options"),
                      tr("An idmap mount without its own mappings borrows the container's user namespace, but there is none."));
    }
}

void SemanticChecker::checkDevices()
{
    const Json *devices = memberPath(m_root, {"linux", "devices"});
    if (!devices || !devices->is_array())
        return;
    QHash<QString, qsizetype> byPath;
    QHash<QString, qsizetype> byNumber;
    qsizetype index = 0;
    for (const Json &device : *devices) {
        const QString pointer = join(QStringLiteral("/linux/devices"), index);
        const std::optional<QString> type = stringOf(member(device, "type"));
        const Json *major = member(device, "major");
        const Json *minor = member(device, "minor");
        if (type == QLatin1String("p")) {
            if (major || minor) {
                m_sink->warning(QStringLiteral("device.fifo-numbers"), pointer + (major ? QLatin1String("/major") : QLatin1String("/minor")),
                                tr("A FIFO (type p) has no device numbers; they are ignored."));
            }
        } else if (type) {
            for (const auto &[json, key] : {std::pair{major, "major"}, std::pair{minor, "minor"}}) {
                if (!json) {
                    m_sink->error(QStringLiteral("device.number.missing"), pointer + QLatin1Char('/') + QLatin1String(key),
                                  tr("A device of type %1 needs a %2 number.").arg(*type, QLatin1String(key)));
                } else if (const std::optional<qint64> n = int64Of(json); n && *n < 0) {
                    m_sink->error(QStringLiteral("device.number.negative"), pointer + QLatin1Char('/') + QLatin1String(key),
                                  tr("Device numbers cannot be negative."));
                }
            }
            const std::optional<qint64> majorNumber = int64Of(major);
            const std::optional<qint64> minorNumber = int64Of(minor);
            if (majorNumber && minorNumber) {
                const QString id = QStringLiteral("%1 %2:%3").arg(*type).arg(*majorNumber).arg(*minorNumber);
                if (byNumber.contains(id)) {
                    m_sink->warning(QStringLiteral("device.duplicate"), pointer,
                                    tr("Device %1 is already listed as device %2.").arg(id).arg(byNumber.value(id)));
                } else {
                    byNumber.insert(id, index);
                }
            }
        }
        if (const Json *path = member(device, "path"); path && path->is_string()) {
            const QString normalized = JsonUtil::toQString(normalizedPath(path->get_ref<const std::string &>()));
            if (byPath.contains(normalized)) {
                m_sink->error(QStringLiteral("device.path.duplicate"), pointer + QLatin1String("/path"),
                              tr("Device %1 already creates %2.").arg(byPath.value(normalized)).arg(normalized));
            } else {
                byPath.insert(normalized, index);
            }
        }
        ++index;
    }
}

void SemanticChecker::checkMemory(const Json &memory)
{
    const QString base = QStringLiteral("/linux/resources/memory");
    for (const char *key : {"limit", "reservation", "swap", "kernel", "kernelTCP"}) {
        const std::optional<qint64> value = int64Of(member(memory, key));
        if (value && *value < -1) {
            m_sink->error(QStringLiteral("memory.negative"), base + QLatin1Char('/') + QLatin1String(key),
                          tr("Memory sizes cannot be negative; only -1 (unlimited) is allowed."));
        }
    }
    // -1 stands for unlimited; comparisons only involve real limits.
    const auto limited = [&memory](const char *key) -> std::optional<qint64> {
        const std::optional<qint64> value = int64Of(member(memory, key));
        return value && *value >= 0 ? value : std::nullopt;
    };
    const std::optional<qint64> limit = limited("limit");
    const std::optional<qint64> swap = limited("swap");
    const std::optional<qint64> reservation = limited("reservation");
    if (limit && swap && *swap < *limit) {
        m_sink->error(QStringLiteral("memory.swap-below-limit"), base + QLatin1String("/swap"),
                      tr("swap counts memory plus swap, so it must be at least the memory limit (%1).").arg(*limit));
    }
    if (limit && reservation && *reservation > *limit) {
        m_sink->warning(QStringLiteral("memory.reservation-above-limit"), base + QLatin1String("/reservation"),
                        tr("The reservation is above the memory limit (%1) and can never be reached.").arg(*limit));
    }
    if (const std::optional<quint64> swappiness = uint64Of(member(memory, "swappiness")); swappiness && *swappiness > 100) {
        m_sink->error(QStringLiteral("memory.swappiness.range"), base + QLatin1String("/swappiness"),
                      tr("Swappiness must lie between 0 and 100."));
    }
}

void SemanticChecker::checkCpu(const Json &cpu)
{
    const std::optional<qint64> quota = int64Of(member(cpu, "quota"));
    const std::optional<quint64> burst = uint64Of(member(cpu, "burst"));
    if (quota && *quota > 0 && burst && *burst > quint64(*quota)) {
        m_sink->error(QStringLiteral("cpu.burst-above-quota"), QStringLiteral("/linux/resources/cpu/burst"),
                      tr("The burst must not be larger than the quota (%1).").arg(*quota));
    }
}

void SemanticChecker::checkOtherResources(const Json &resources)
{
    if (const std::optional<qint64> pids = int64Of(memberPath(resources, {"pids", "limit"})); pids && *pids < -1) {
        m_sink->error(QStringLiteral("pids.limit.negative"), QStringLiteral("/linux/resources/pids/limit"),
                      tr("The task limit cannot be negative; use -1 for no limit."));
    }
    if (const Json *weights = memberPath(resources, {"blockIO", "weightDevice"}); weights && weights->is_array()) {
        qsizetype index = 0;
        for (const Json &entry : *weights) {
            if (entry.is_object() && !member(entry, "weight") && !member(entry, "leafWeight")) {
                m_sink->error(QStringLiteral("blockio.weight.missing"),
                              join(QStringLiteral("/linux/resources/blockIO/weightDevice"), index),
                              tr("A device weight entry needs weight, leafWeight or both."));
            }
            ++index;
        }
    }
    if (const Json *rdma = member(resources, "rdma"); rdma && rdma->is_object()) {
        for (auto it = rdma->begin(); it != rdma->end(); ++it) {
            if (it->is_object() && !member(*it, "hcaHandles") && !member(*it, "hcaObjects")) {
                m_sink->error(QStringLiteral("rdma.limit.missing"),
                              join(QStringLiteral("/linux/resources/rdma"), JsonUtil::toQString(it.key())),
                              tr("An RDMA entry needs hcaHandles, hcaObjects or both."));
            }
        }
    }
}

void SemanticChecker::checkSeccomp()
{
    const Json *seccomp = memberPath(m_root, {"linux", "seccomp"});
    if (!seccomp || !seccomp->is_object())
        return;
    const QString base = QStringLiteral("/linux/seccomp");
    const bool hasListener = stringOf(member(*seccomp, "listenerPath")).value_or(QString()).size() > 0;
    if (member(*seccomp, "listenerMetadata") && !hasListener) {
        m_sink->error(QStringLiteral("seccomp.listenerMetadata.without-listener"), base + QLatin1String("/listenerMetadata"),
                      tr("listenerMetadata may only be set together with listenerPath."));
    }
    const auto errnoCapable = [](const QString &action) {
        return action == QLatin1String("SCMP_ACT_ERRNO") || action == QLatin1String("SCMP_ACT_TRACE");
    };
    const std::optional<QString> defaultAction = stringOf(member(*seccomp, "defaultAction"));
    if (defaultAction == QLatin1String("SCMP_ACT_NOTIFY")) {
        m_sink->error(QStringLiteral("seccomp.notify.default"), base + QLatin1String("/defaultAction"),
                      tr("SCMP_ACT_NOTIFY cannot be the default action: the agent would be asked about every system call."));
    }
    if (defaultAction && member(*seccomp, "defaultErrnoRet") && !errnoCapable(*defaultAction)) {
        m_sink->error(QStringLiteral("seccomp.errnoRet.unsupported"), base + QLatin1String("/defaultErrnoRet"),
                      tr("%1 does not return an error number; runtimes refuse defaultErrnoRet with it.").arg(*defaultAction));
    }
    const Json *syscalls = member(*seccomp, "syscalls");
    if (!syscalls || !syscalls->is_array())
        return;
    qsizetype index = 0;
    for (const Json &rule : *syscalls) {
        const QString pointer = join(base + QLatin1String("/syscalls"), index++);
        if (const Json *names = member(rule, "names"); names && names->is_array() && names->empty()) {
            m_sink->error(QStringLiteral("seccomp.names.empty"), pointer + QLatin1String("/names"),
                          tr("A rule must name at least one system call."));
        }
        const std::optional<QString> action = stringOf(member(rule, "action"));
        if (action == QLatin1String("SCMP_ACT_NOTIFY") && !hasListener) {
            m_sink->error(QStringLiteral("seccomp.notify.without-listener"), pointer + QLatin1String("/action"),
                          tr("SCMP_ACT_NOTIFY needs listenerPath, the socket of the agent to notify."));
        }
        if (action && member(rule, "errnoRet") && !errnoCapable(*action)) {
            m_sink->error(QStringLiteral("seccomp.errnoRet.unsupported"), pointer + QLatin1String("/errnoRet"),
                          tr("%1 does not return an error number; runtimes refuse errnoRet with it.").arg(*action));
        }
        if (const Json *args = member(rule, "args"); args && args->is_array()) {
            qsizetype argIndex = 0;
            for (const Json &arg : *args) {
                if (const std::optional<quint64> i = uint64Of(member(arg, "index")); i && *i > 5) {
                    m_sink->error(QStringLiteral("seccomp.arg.index.range"),
                                  join(pointer + QLatin1String("/args"), argIndex) + QLatin1String("/index"),
                                  tr("System calls have at most six arguments (index 0 to 5)."));
                }
                ++argIndex;
            }
        }
    }
}

void SemanticChecker::checkMemoryPolicy()
{
    const Json *policy = memberPath(m_root, {"linux", "memoryPolicy"});
    if (!policy || !policy->is_object())
        return;
    const QString base = QStringLiteral("/linux/memoryPolicy");
    const std::optional<QString> mode = stringOf(member(*policy, "mode"));
    const bool hasNodes = !stringOf(member(*policy, "nodes")).value_or(QString()).trimmed().isEmpty();
    if (mode && (*mode == QLatin1String("MPOL_DEFAULT") || *mode == QLatin1String("MPOL_LOCAL")) && hasNodes) {
        m_sink->error(QStringLiteral("memoryPolicy.nodes.unexpected"), base + QLatin1String("/nodes"),
                      tr("%1 takes no nodes.").arg(*mode));
    }
    static const QSet<QString> needNodes = {QStringLiteral("MPOL_BIND"), QStringLiteral("MPOL_INTERLEAVE"),
                                            QStringLiteral("MPOL_WEIGHTED_INTERLEAVE"), QStringLiteral("MPOL_PREFERRED_MANY")};
    if (mode && needNodes.contains(*mode) && !hasNodes) {
        m_sink->error(QStringLiteral("memoryPolicy.nodes.missing"), base + QLatin1String("/nodes"),
                      tr("%1 needs at least one node.").arg(*mode));
    }
    const QSet<QString> flags = stringSet(member(*policy, "flags"));
    if (flags.contains(QStringLiteral("MPOL_F_STATIC_NODES")) && flags.contains(QStringLiteral("MPOL_F_RELATIVE_NODES"))) {
        m_sink->error(QStringLiteral("memoryPolicy.flags.conflict"), base + QLatin1String("/flags"),
                      tr("MPOL_F_STATIC_NODES and MPOL_F_RELATIVE_NODES exclude each other."));
    }
}

void SemanticChecker::checkAnnotations()
{
    const Json *annotations = member(m_root, "annotations");
    if (!annotations || !annotations->is_object())
        return;
    // The only keys of the reserved namespace the specification describes.
    static const QSet<QString> described = {
        QStringLiteral("org.opencontainers.image.os"), QStringLiteral("org.opencontainers.image.os.version"),
        QStringLiteral("org.opencontainers.image.os.features"), QStringLiteral("org.opencontainers.image.architecture"),
        QStringLiteral("org.opencontainers.image.variant"), QStringLiteral("org.opencontainers.image.author"),
        QStringLiteral("org.opencontainers.image.created"), QStringLiteral("org.opencontainers.image.stopSignal")};
    for (auto it = annotations->begin(); it != annotations->end(); ++it) {
        const QString key = JsonUtil::toQString(it.key());
        const QString pointer = join(QStringLiteral("/annotations"), key);
        if (key.isEmpty()) {
            m_sink->error(QStringLiteral("annotation.key.empty"), pointer, tr("Annotation keys must not be empty."));
        } else if ((key == QLatin1String("org.opencontainers") || key.startsWith(QLatin1String("org.opencontainers.")))
                   && !described.contains(key)) {
            m_sink->error(QStringLiteral("annotation.key.reserved"), pointer,
                          tr("%1 uses the reserved org.opencontainers namespace but is not one of the keys the specification defines.")
                              .arg(key));
        }
    }
}

void SemanticChecker::checkHooks()
{
    const Json *hooks = member(m_root, "hooks");
    if (!hooks || !hooks->is_object())
        return;
    for (auto kind = hooks->begin(); kind != hooks->end(); ++kind) {
        if (!kind->is_array())
            continue;
        const QString base = join(QStringLiteral("/hooks"), JsonUtil::toQString(kind.key()));
        qsizetype index = 0;
        for (const Json &hook : *kind) {
            if (const Json *env = member(hook, "env"))
                checkEnvironment(*env, join(base, index) + QLatin1String("/env"));
            ++index;
        }
    }
}
