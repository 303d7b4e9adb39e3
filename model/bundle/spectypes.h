#pragma once

// Typed views of the runtime-spec structures the bundle API hands out and
// takes in, mirroring Go's specs-go package (one file there as here, since
// each is a handful of fields). Every struct keeps the members it does not
// model in `extra`, so reading and writing one back loses nothing, and
// converts without throwing: fromJson() checks every type and names the JSON
// pointer of the first mismatch. toJson() writes members in the order specs-go
// (and so runc) writes them, leaving empty optional members out as Go does.

#include "json/json.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Specs {

struct Mount
{
    QString destination;
    QString type;
    QString source;
    QStringList options;
    Json extra = Json::object();

    static Result<Mount> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const Mount &other) const = default;
};

struct LinuxNamespace
{
    QString type;
    QString path;
    Json extra = Json::object();

    static Result<LinuxNamespace> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const LinuxNamespace &other) const = default;
};

struct LinuxIDMapping
{
    quint32 containerID = 0;
    quint32 hostID = 0;
    quint32 size = 0;
    Json extra = Json::object();

    static Result<LinuxIDMapping> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const LinuxIDMapping &other) const = default;
};

struct Hook
{
    QString path;
    QStringList args;
    QStringList env;
    std::optional<int> timeout;
    Json extra = Json::object();

    static Result<Hook> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const Hook &other) const = default;
};

struct LinuxDevice
{
    QString path;
    QString type;
    qint64 major = 0;
    qint64 minor = 0;
    std::optional<quint32> fileMode;
    std::optional<quint32> uid;
    std::optional<quint32> gid;
    Json extra = Json::object();

    static Result<LinuxDevice> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const LinuxDevice &other) const = default;
};

// One entry of linux.resources.devices, the device cgroup allow/deny list.
struct LinuxDeviceCgroup
{
    bool allow = false;
    QString type;
    std::optional<qint64> major;
    std::optional<qint64> minor;
    QString access;
    Json extra = Json::object();

    static Result<LinuxDeviceCgroup> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const LinuxDeviceCgroup &other) const = default;
};

struct LinuxMemory
{
    std::optional<qint64> limit;
    std::optional<qint64> reservation;
    std::optional<qint64> swap;
    std::optional<qint64> kernel;
    std::optional<qint64> kernelTCP;
    std::optional<quint64> swappiness;
    std::optional<bool> disableOOMKiller;
    Json extra = Json::object();

    static Result<LinuxMemory> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const LinuxMemory &other) const = default;
};

struct LinuxCPU
{
    std::optional<quint64> shares;
    std::optional<qint64> quota;
    std::optional<quint64> period;
    std::optional<qint64> realtimeRuntime;
    std::optional<quint64> realtimePeriod;
    QString cpus;
    QString mems;
    Json extra = Json::object();

    static Result<LinuxCPU> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const LinuxCPU &other) const = default;
};

struct LinuxPids
{
    qint64 limit = 0;
    Json extra = Json::object();

    static Result<LinuxPids> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const LinuxPids &other) const = default;
};

// The device lists (weightDevice, throttle*Device) stay as JSON in extra.
struct LinuxBlockIO
{
    std::optional<quint16> weight;
    std::optional<quint16> leafWeight;
    Json extra = Json::object();

    static Result<LinuxBlockIO> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const LinuxBlockIO &other) const = default;
};

struct WindowsCPUResources
{
    std::optional<quint64> count;
    std::optional<quint16> shares;
    std::optional<quint16> maximum;
    Json extra = Json::object();

    static Result<WindowsCPUResources> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const WindowsCPUResources &other) const = default;
};

struct WindowsMemoryResources
{
    std::optional<quint64> limit;
    Json extra = Json::object();

    static Result<WindowsMemoryResources> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const WindowsMemoryResources &other) const = default;
};

struct User
{
    quint32 uid = 0;
    quint32 gid = 0;
    std::optional<quint32> umask;
    QList<quint32> additionalGids;
    QString username;
    Json extra = Json::object();

    static Result<User> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const User &other) const = default;
};

struct LinuxCapabilities
{
    QStringList bounding;
    QStringList effective;
    QStringList inheritable;
    QStringList permitted;
    QStringList ambient;
    Json extra = Json::object();

    static Result<LinuxCapabilities> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const LinuxCapabilities &other) const = default;
};

struct POSIXRlimit
{
    QString type;
    quint64 hard = 0;
    quint64 soft = 0;
    Json extra = Json::object();

    static Result<POSIXRlimit> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const POSIXRlimit &other) const = default;
};

// The container's process. Console size, scheduler, I/O priority and the
// other rarer members stay as JSON in extra.
struct Process
{
    Process() = default;
    // Go's goci.Process(args...): a process running args, nothing else set.
    explicit Process(const QStringList &arguments) : args(arguments) {}

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
    Json extra = Json::object();

    static Result<Process> fromJson(const Json &value, const QString &pointer = QString());
    Json toJson() const;
    bool operator==(const Process &other) const = default;
};

} // namespace Specs
