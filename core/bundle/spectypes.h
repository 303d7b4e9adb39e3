// SPDX-License-Identifier: Apache-2.0
#pragma once

// Typed views of the runtime-spec structures the bundle API hands out and
// takes in, mirroring Go's specs-go package (one file there as here, since
// each is a handful of fields). Each struct lists its members once, in
// fields(), in the order specs-go (and so runc) writes them; that list drives
// both conversions. fromJson() checks every type without throwing and names the
// JSON pointer of the first mismatch; members a struct does not model stay in
// `extra`, so reading and writing one back loses nothing. Like Go, toJson()
// leaves empty `omitempty` members out.

#include "document/json.h"
#include "jsonfieldwriter.h"
#include "base/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Specs {

template<typename T>
struct SpecStruct
{
    Json extra = Json::object(); // the members T does not model, as read

    static Result<T> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const SpecStruct &other) const = default;
};

struct Mount : SpecStruct<Mount>
{
    QString destination;
    QString type;
    QString source;
    QStringList options;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("destination", self.destination, WhenEmpty::Write);
        visit("type", self.type);
        visit("source", self.source);
        visit("options", self.options);
    }
    bool operator==(const Mount &other) const = default;
};

struct LinuxNamespace : SpecStruct<LinuxNamespace>
{
    QString type;
    QString path;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("type", self.type, WhenEmpty::Write);
        visit("path", self.path);
    }
    bool operator==(const LinuxNamespace &other) const = default;
};

struct LinuxIDMapping : SpecStruct<LinuxIDMapping>
{
    quint32 containerID = 0;
    quint32 hostID = 0;
    quint32 size = 0;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("containerID", self.containerID, WhenEmpty::Write);
        visit("hostID", self.hostID, WhenEmpty::Write);
        visit("size", self.size, WhenEmpty::Write);
    }
    bool operator==(const LinuxIDMapping &other) const = default;
};

struct Hook : SpecStruct<Hook>
{
    QString path;
    QStringList args;
    QStringList env;
    std::optional<int> timeout;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("path", self.path, WhenEmpty::Write);
        visit("args", self.args);
        visit("env", self.env);
        visit("timeout", self.timeout);
    }
    bool operator==(const Hook &other) const = default;
};

struct LinuxDevice : SpecStruct<LinuxDevice>
{
    QString path;
    QString type;
    qint64 major = 0;
    qint64 minor = 0;
    std::optional<quint32> fileMode;
    std::optional<quint32> uid;
    std::optional<quint32> gid;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("path", self.path, WhenEmpty::Write);
        visit("type", self.type, WhenEmpty::Write);
        visit("major", self.major, WhenEmpty::Write);
        visit("minor", self.minor, WhenEmpty::Write);
        visit("fileMode", self.fileMode);
        visit("uid", self.uid);
        visit("gid", self.gid);
    }
    bool operator==(const LinuxDevice &other) const = default;
};

// One entry of linux.resources.devices, the device cgroup allow/deny list.
struct LinuxDeviceCgroup : SpecStruct<LinuxDeviceCgroup>
{
    bool allow = false;
    QString type;
    std::optional<qint64> major;
    std::optional<qint64> minor;
    QString access;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("allow", self.allow, WhenEmpty::Write);
        visit("type", self.type);
        visit("major", self.major);
        visit("minor", self.minor);
        visit("access", self.access);
    }
    bool operator==(const LinuxDeviceCgroup &other) const = default;
};

struct LinuxMemory : SpecStruct<LinuxMemory>
{
    std::optional<qint64> limit;
    std::optional<qint64> reservation;
    std::optional<qint64> swap;
    std::optional<qint64> kernel;
    std::optional<qint64> kernelTCP;
    std::optional<quint64> swappiness;
    std::optional<bool> disableOOMKiller;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("limit", self.limit);
        visit("reservation", self.reservation);
        visit("swap", self.swap);
        visit("kernel", self.kernel);
        visit("kernelTCP", self.kernelTCP);
        visit("swappiness", self.swappiness);
        visit("disableOOMKiller", self.disableOOMKiller);
    }
    bool operator==(const LinuxMemory &other) const = default;
};

struct LinuxCPU : SpecStruct<LinuxCPU>
{
    std::optional<quint64> shares;
    std::optional<qint64> quota;
    std::optional<quint64> period;
    std::optional<qint64> realtimeRuntime;
    std::optional<quint64> realtimePeriod;
    QString cpus;
    QString mems;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("shares", self.shares);
        visit("quota", self.quota);
        visit("period", self.period);
        visit("realtimeRuntime", self.realtimeRuntime);
        visit("realtimePeriod", self.realtimePeriod);
        visit("cpus", self.cpus);
        visit("mems", self.mems);
    }
    bool operator==(const LinuxCPU &other) const = default;
};

struct LinuxPids : SpecStruct<LinuxPids>
{
    qint64 limit = 0;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("limit", self.limit, WhenEmpty::Write);
    }
    bool operator==(const LinuxPids &other) const = default;
};

// The device lists (weightDevice, throttle*Device) stay as JSON in extra.
struct LinuxBlockIO : SpecStruct<LinuxBlockIO>
{
    std::optional<quint16> weight;
    std::optional<quint16> leafWeight;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("weight", self.weight);
        visit("leafWeight", self.leafWeight);
    }
    bool operator==(const LinuxBlockIO &other) const = default;
};

struct WindowsCPUResources : SpecStruct<WindowsCPUResources>
{
    std::optional<quint64> count;
    std::optional<quint16> shares;
    std::optional<quint16> maximum;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("count", self.count);
        visit("shares", self.shares);
        visit("maximum", self.maximum);
    }
    bool operator==(const WindowsCPUResources &other) const = default;
};

struct WindowsMemoryResources : SpecStruct<WindowsMemoryResources>
{
    std::optional<quint64> limit;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("limit", self.limit);
    }
    bool operator==(const WindowsMemoryResources &other) const = default;
};

struct User : SpecStruct<User>
{
    quint32 uid = 0;
    quint32 gid = 0;
    std::optional<quint32> umask;
    QList<quint32> additionalGids;
    QString username;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("uid", self.uid, WhenEmpty::Write);
        visit("gid", self.gid, WhenEmpty::Write);
        visit("umask", self.umask);
        visit("additionalGids", self.additionalGids);
        visit("username", self.username);
    }
    bool operator==(const User &other) const = default;
};

struct LinuxCapabilities : SpecStruct<LinuxCapabilities>
{
    QStringList bounding;
    QStringList effective;
    QStringList inheritable;
    QStringList permitted;
    QStringList ambient;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("bounding", self.bounding);
        visit("effective", self.effective);
        visit("inheritable", self.inheritable);
        visit("permitted", self.permitted);
        visit("ambient", self.ambient);
    }
    bool operator==(const LinuxCapabilities &other) const = default;
};

struct POSIXRlimit : SpecStruct<POSIXRlimit>
{
    QString type;
    quint64 hard = 0;
    quint64 soft = 0;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("type", self.type, WhenEmpty::Write);
        visit("hard", self.hard, WhenEmpty::Write);
        visit("soft", self.soft, WhenEmpty::Write);
    }
    bool operator==(const POSIXRlimit &other) const = default;
};

// The container's process. Console size, scheduler, I/O priority and the
// other rarer members stay as JSON in extra.
struct Process : SpecStruct<Process>
{
    Process() = default;
    // Go's goci.Process(args...): a process running args, nothing else set.
    explicit Process(const QStringList &arguments) : args(arguments) { }

    bool terminal = false;
    User user;
    QStringList args;
    QStringList env;
    QString cwd;
    std::optional<LinuxCapabilities> capabilities;
    QList<POSIXRlimit> rlimits;
    bool noNewPrivileges = false;
    QString apparmorProfile;
    std::optional<int> oomScoreAdj;
    QString selinuxLabel;

    template<typename Self, typename Visitor>
    static void fields(Self &self, Visitor &visit)
    {
        visit("terminal", self.terminal);
        visit("user", self.user, WhenEmpty::Write);
        visit("args", self.args);
        visit("env", self.env);
        visit("cwd", self.cwd, WhenEmpty::Write);
        visit("capabilities", self.capabilities);
        visit("rlimits", self.rlimits);
        visit("noNewPrivileges", self.noNewPrivileges);
        visit("apparmorProfile", self.apparmorProfile);
        visit("oomScoreAdj", self.oomScoreAdj);
        visit("selinuxLabel", self.selinuxLabel);
    }
    bool operator==(const Process &other) const = default;
};

} // namespace Specs
