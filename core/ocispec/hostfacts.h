// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>
#include <QString>

#include <optional>

// What this machine offers a container, read from /proc and /sys the first
// time a rule asks and kept for one validation run.
class HostFacts
{
public:
    bool isCpuOnline(quint64 cpu);
    bool isMemoryNodeOnline(quint64 node);
    // A file system type the kernel can mount (/proc/filesystems).
    bool knowsFileSystem(const QString &type);
    // cgroup v2 mounted alone on /sys/fs/cgroup.
    bool isCgroup2Unified();
    // Whether this cgroup v1 machine has a file to set a block I/O weight
    // (weight or leaf_weight); true where that cannot be told.
    bool hasBlkioFile(const QString &fileName);
    bool isSelinuxEnabled();
    bool isApparmorEnabled();
    // "net.ipv4.ip_forward" (or "net/ipv4/ip_forward") exists under /proc/sys.
    bool hasSysctl(const QString &key);
    // This process's hard limit of RLIMIT_*; nullopt for names it does not know.
    std::optional<quint64> hardLimit(const QString &rlimit);
    int oomScoreAdj();
    // Whether the editor runs as root, as the runtime it starts then does.
    bool isRoot();
    // CAP_SYS_RESOURCE, which runc needs to raise limits above its own.
    bool mayRaiseLimits();

private:
    static QSet<quint64> parseList(const QString &text);

    std::optional<QSet<quint64>> m_cpus;
    std::optional<QSet<quint64>> m_nodes;
    std::optional<QSet<QString>> m_fileSystems;
    std::optional<bool> m_cgroup2;
};
