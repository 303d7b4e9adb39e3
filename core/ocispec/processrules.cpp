// SPDX-License-Identifier: Apache-2.0
#include "processrules.h"

#include "jsonaccess.h"

#include <QCoreApplication>

using namespace JsonAccess;

ProcessRules::ProcessRules(const Json &root, FindingSink *sink) : m_root(root), m_sink(sink) { }

void ProcessRules::check()
{
    checkProcess();
    checkHooks();
}

bool ProcessRules::isLinux() const
{
    // Documents for other platforms carry their own section; everything else is read as Linux.
    for (const char *other : {"windows", "solaris", "zos", "freebsd", "vm"}) {
        if (member(m_root, other))
            return false;
    }
    return true;
}

void ProcessRules::checkProcess()
{
    if (!member(m_root, "root") && isLinux()) {
        m_sink->error(FindingCode::RootMissing, QStringLiteral("/root"),
                      tr("The configuration has no root filesystem; Linux runtimes need root.path."));
    }
    const Json *process = member(m_root, "process");
    if (!process && isLinux()) {
        m_sink->error(FindingCode::ProcessMissing, QStringLiteral("/process"),
                      tr("The configuration has no process; runc refuses to create a container without one."));
    }
    if (!process || !process->is_object())
        return;
    const Json *args = member(*process, "args");
    if (isLinux() && (!args || (args->is_array() && args->empty()))) {
        m_sink->error(FindingCode::ProcessArgsEmpty, QStringLiteral("/process/args"),
                      tr("The process needs at least one argument: the program to run."));
    }
    if (const Json *env = member(*process, "env"))
        checkEnvironment(*env, QStringLiteral("/process/env"));
    if (const Json *caps = member(*process, "capabilities"))
        checkCapabilities(*caps);
    if (const Json *rlimits = member(*process, "rlimits"))
        checkRlimits(*rlimits);
    checkProcessLimits(*process);
    if (const Json *user = member(*process, "user"))
        checkUserIds(*user);
    if (const Json *scheduler = member(*process, "scheduler"))
        checkScheduler(*scheduler);
}

void ProcessRules::checkProcessLimits(const Json &process)
{
    if (const std::optional<qint64> oom = int64Of(member(process, "oomScoreAdj"))) {
        if (*oom < -1000 || *oom > 1000) {
            m_sink->error(FindingCode::ProcessOomScoreAdjRange, QStringLiteral("/process/oomScoreAdj"),
                          tr("oomScoreAdj must lie between -1000 and 1000; the kernel rejects %1.").arg(*oom));
        }
    }
    if (const std::optional<qint64> level = int64Of(memberPath(process, {"ioPriority", "priority"}))) {
        if (*level < 0 || *level > 7) {
            m_sink->error(FindingCode::IoPriorityPriorityRange, QStringLiteral("/process/ioPriority/priority"),
                          tr("The I/O priority level must lie between 0 and 7."));
        }
    }
}

void ProcessRules::checkUserIds(const Json &user)
{
    // runc's user lookup takes IDs as signed 32-bit numbers.
    constexpr quint64 largest = 2147483647;
    const auto report = [this](const QString &pointer) {
        m_sink->error(FindingCode::ProcessUserIdRange, pointer,
                      tr("runc accepts user and group IDs up to %1 only and refuses to start.").arg(largest));
    };
    for (const char *key : {"uid", "gid"}) {
        if (const std::optional<quint64> id = uint64Of(member(user, key)); id && *id > largest && *id <= 4294967295u)
            report(QStringLiteral("/process/user/") + QLatin1String(key));
    }
    if (const Json *gids = member(user, "additionalGids"); gids && gids->is_array()) {
        qsizetype index = 0;
        for (const Json &gid : *gids) {
            if (const std::optional<quint64> id = uint64Of(&gid); id && *id > largest && *id <= 4294967295u)
                report(join(QStringLiteral("/process/user/additionalGids"), index));
            ++index;
        }
    }
}

void ProcessRules::checkScheduler(const Json &scheduler)
{
    const std::optional<QString> policy = stringOf(member(scheduler, "policy"));
    if (!policy)
        return;
    const QString base = QStringLiteral("/process/scheduler");
    const bool realtime = *policy == QLatin1String("SCHED_FIFO") || *policy == QLatin1String("SCHED_RR");
    if (const std::optional<qint64> priority = int64Of(member(scheduler, "priority"))) {
        if (realtime && (*priority < 1 || *priority > 99)) {
            m_sink->error(FindingCode::SchedulerPriorityRange, base + QLatin1String("/priority"),
                          tr("%1 needs a priority between 1 and 99.").arg(*policy));
        } else if (!realtime && *priority != 0) {
            m_sink->error(FindingCode::SchedulerPriorityRange, base + QLatin1String("/priority"),
                          tr("%1 only accepts priority 0.").arg(*policy));
        }
    }
    if (const std::optional<qint64> nice = int64Of(member(scheduler, "nice"))) {
        if (*nice < -20 || *nice > 19) {
            m_sink->error(FindingCode::SchedulerNiceRange, base + QLatin1String("/nice"),
                          tr("The nice value must lie between -20 and 19."));
        }
    }
    if (*policy == QLatin1String("SCHED_DEADLINE")) {
        const quint64 runtime = uint64Of(member(scheduler, "runtime")).value_or(0);
        const quint64 deadline = uint64Of(member(scheduler, "deadline")).value_or(0);
        const quint64 period = uint64Of(member(scheduler, "period")).value_or(0);
        const quint64 effectivePeriod = period == 0 ? deadline : period; // the kernel uses deadline when period is 0
        if (runtime > deadline || deadline > effectivePeriod) {
            m_sink->error(FindingCode::SchedulerDeadlineOrder, base + QLatin1String("/runtime"),
                          tr("SCHED_DEADLINE needs runtime ≤ deadline ≤ period."));
        }
    }
}

void ProcessRules::checkEnvironment(const Json &env, const QString &pointer)
{
    if (!env.is_array())
        return;
    QSet<QString> names;
    qsizetype index = 0;
    for (const Json &entry : env) {
        const std::optional<QString> text = stringOf(&entry);
        if (text && text->contains(QChar(0)) && pointer == QLatin1String("/process/env")) {
            m_sink->error(FindingCode::EnvNul, join(pointer, index),
                          tr("The variable contains a NUL character; runc refuses to start the process."));
        }
        if (text && text->indexOf(QLatin1Char('=')) > 0) {
            const QString name = text->left(text->indexOf(QLatin1Char('=')));
            if (names.contains(name)) {
                m_sink->warning(FindingCode::EnvDuplicate, join(pointer, index),
                                tr("The variable %1 is set more than once; only one value takes effect.").arg(name));
            }
            names.insert(name);
        }
        ++index;
    }
}

void ProcessRules::checkCapabilities(const Json &capabilities)
{
    const QString base = QStringLiteral("/process/capabilities");
    const QSet<QString> permitted = stringSet(member(capabilities, "permitted"));
    const QSet<QString> inheritable = stringSet(member(capabilities, "inheritable"));
    if (const Json *effective = member(capabilities, "effective"); effective && effective->is_array()) {
        qsizetype index = 0;
        for (const Json &item : *effective) {
            const std::optional<QString> name = stringOf(&item);
            if (name && !permitted.contains(*name)) {
                m_sink->error(
                    FindingCode::CapabilityEffectiveNotPermitted, join(base + QLatin1String("/effective"), index),
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
                m_sink->warning(
                    FindingCode::CapabilityAmbientDropped, join(base + QLatin1String("/ambient"), index),
                    tr("%1 is ambient but not both permitted and inheritable; the kernel will drop it.").arg(*name));
            }
            ++index;
        }
    }
}

void ProcessRules::checkRlimits(const Json &rlimits)
{
    if (!rlimits.is_array())
        return;
    QSet<QString> seen;
    qsizetype index = 0;
    for (const Json &limit : rlimits) {
        const QString pointer = join(QStringLiteral("/process/rlimits"), index++);
        if (const std::optional<QString> type = stringOf(member(limit, "type"))) {
            if (seen.contains(*type)) {
                m_sink->error(FindingCode::RlimitDuplicate, pointer + QLatin1String("/type"),
                              tr("%1 is limited more than once; the specification forbids that (runc 1.1 sets each in "
                                 "turn, so the last one counts).")
                                  .arg(*type));
            }
            seen.insert(*type);
        }
        // Compared as uint64, so 18446744073709551615 (unlimited) is the largest value.
        const std::optional<quint64> soft = uint64Of(member(limit, "soft"));
        const std::optional<quint64> hard = uint64Of(member(limit, "hard"));
        if (soft && hard && *soft > *hard) {
            m_sink->error(FindingCode::RlimitSoftAboveHard, pointer + QLatin1String("/soft"),
                          tr("The soft limit %1 is above the hard limit %2.").arg(*soft).arg(*hard));
        }
    }
}

void ProcessRules::checkHooks()
{
    forEachHook(m_root, [this](const Json &hook, const QString &pointer) {
        if (const Json *env = member(hook, "env"))
            checkEnvironment(*env, pointer + QLatin1String("/env"));
    });
}
