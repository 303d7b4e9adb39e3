// SPDX-License-Identifier: Apache-2.0
#include "hostfacts.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <sys/resource.h>
#include <sys/statfs.h>
#include <unistd.h>

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

constexpr unsigned long kCgroup2Magic = 0x63677270;
constexpr int kCapSysResource = 24;

} // namespace

QSet<quint64> HostFacts::parseList(const QString &text)
{
    QSet<quint64> numbers;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList bounds = part.trimmed().split(QLatin1Char('-'));
        bool ok = false;
        const quint64 first = bounds.first().toULongLong(&ok);
        if (!ok)
            continue;
        const quint64 last = bounds.size() == 2 ? bounds.last().toULongLong(&ok) : first;
        for (quint64 n = first; ok && n <= last && n < first + 65536; ++n)
            numbers.insert(n);
    }
    return numbers;
}

bool HostFacts::isCpuOnline(quint64 cpu)
{
    if (!m_cpus)
        m_cpus = parseList(readText(QStringLiteral("/sys/devices/system/cpu/online")));
    return m_cpus->isEmpty() || m_cpus->contains(cpu);
}

bool HostFacts::isMemoryNodeOnline(quint64 node)
{
    if (!m_nodes) {
        // Without NUMA support there is no node directory, and node 0 is all there is.
        const QString online = readText(QStringLiteral("/sys/devices/system/node/online"));
        m_nodes = online.isEmpty() ? QSet<quint64>{0} : parseList(online);
    }
    return m_nodes->contains(node);
}

bool HostFacts::knowsFileSystem(const QString &type)
{
    if (!m_fileSystems) {
        m_fileSystems.emplace();
        // "nodev\ttmpfs" or "\text4": the type is the last column.
        for (const QString &line : readText(QStringLiteral("/proc/filesystems")).split(QLatin1Char('\n')))
            m_fileSystems->insert(line.section(QLatin1Char('\t'), -1).trimmed());
    }
    // Types the kernel loads on demand are missing until first use, so an
    // unreadable or empty list says nothing.
    return m_fileSystems->size() <= 1 || m_fileSystems->contains(type);
}

bool HostFacts::isCgroup2Unified()
{
    if (!m_cgroup2) {
        struct statfs info
        { };
        m_cgroup2 = ::statfs("/sys/fs/cgroup", &info) == 0 && static_cast<unsigned long>(info.f_type) == kCgroup2Magic;
    }
    return *m_cgroup2;
}

bool HostFacts::hasBlkioFile(const QString &fileName)
{
    const QString dir = QStringLiteral("/sys/fs/cgroup/blkio/");
    if (isCgroup2Unified() || !QFileInfo(dir).isDir())
        return true;
    // runc 1.1 prefers the BFQ scheduler's file when there is one.
    QString bfq = fileName;
    bfq.replace(QLatin1String("blkio."), QLatin1String("blkio.bfq."));
    return QFileInfo::exists(dir + fileName) || QFileInfo::exists(dir + bfq);
}

bool HostFacts::isSelinuxEnabled()
{
    return QFileInfo::exists(QStringLiteral("/sys/fs/selinux/enforce"));
}

bool HostFacts::isApparmorEnabled()
{
    return readText(QStringLiteral("/sys/module/apparmor/parameters/enabled")).startsWith(QLatin1Char('Y'));
}

bool HostFacts::hasSysctl(const QString &key)
{
    // runc accepts "/" as the separator and then swaps "." and "/".
    QString path = key;
    const qsizetype firstSeparator = key.indexOf(QRegularExpression(QStringLiteral("[./]")));
    if (firstSeparator >= 0 && key.at(firstSeparator) == QLatin1Char('.'))
        path.replace(QLatin1Char('.'), QLatin1Char('/'));
    return QFileInfo::exists(QStringLiteral("/proc/sys/") + path);
}

std::optional<quint64> HostFacts::hardLimit(const QString &rlimit)
{
    static const QHash<QString, int> resources = {
        {QStringLiteral("RLIMIT_CPU"), RLIMIT_CPU},           {QStringLiteral("RLIMIT_FSIZE"), RLIMIT_FSIZE},
        {QStringLiteral("RLIMIT_DATA"), RLIMIT_DATA},         {QStringLiteral("RLIMIT_STACK"), RLIMIT_STACK},
        {QStringLiteral("RLIMIT_CORE"), RLIMIT_CORE},         {QStringLiteral("RLIMIT_RSS"), RLIMIT_RSS},
        {QStringLiteral("RLIMIT_NPROC"), RLIMIT_NPROC},       {QStringLiteral("RLIMIT_NOFILE"), RLIMIT_NOFILE},
        {QStringLiteral("RLIMIT_MEMLOCK"), RLIMIT_MEMLOCK},   {QStringLiteral("RLIMIT_AS"), RLIMIT_AS},
        {QStringLiteral("RLIMIT_LOCKS"), RLIMIT_LOCKS},       {QStringLiteral("RLIMIT_SIGPENDING"), RLIMIT_SIGPENDING},
        {QStringLiteral("RLIMIT_MSGQUEUE"), RLIMIT_MSGQUEUE}, {QStringLiteral("RLIMIT_NICE"), RLIMIT_NICE},
        {QStringLiteral("RLIMIT_RTPRIO"), RLIMIT_RTPRIO},     {QStringLiteral("RLIMIT_RTTIME"), RLIMIT_RTTIME}};
    const auto it = resources.constFind(rlimit);
    struct rlimit limit
    { };
    if (it == resources.constEnd() || ::getrlimit(*it, &limit) != 0)
        return std::nullopt;
    return quint64(limit.rlim_max);
}

int HostFacts::oomScoreAdj()
{
    return readText(QStringLiteral("/proc/self/oom_score_adj")).toInt();
}

bool HostFacts::mayRaiseLimits()
{
    const QString status = readText(QStringLiteral("/proc/self/status"));
    for (const QString &line : status.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("CapEff:"))) {
            bool ok = false;
            const quint64 effective = line.mid(7).trimmed().toULongLong(&ok, 16);
            return !ok || (effective & (quint64(1) << kCapSysResource)) != 0;
        }
    }
    return true;
}

bool HostFacts::isRoot()
{
    return ::geteuid() == 0;
}
