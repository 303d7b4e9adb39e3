#include "spectypes.h"

#include "jsonfieldreader.h"
#include "jsonfieldwriter.h"

namespace Specs {

namespace {

template<typename T>
Result<T> finish(const JsonFieldReader &reader, T value)
{
    if (!reader.ok())
        return Result<T>::failure(reader.error());
    value.extra = reader.unread();
    return value;
}

} // namespace

Result<Mount> Mount::fromJson(const Json &value, const QString &pointer)
{
    Mount mount;
    JsonFieldReader reader(value, pointer);
    reader.read("destination", &mount.destination);
    reader.read("type", &mount.type);
    reader.read("source", &mount.source);
    reader.read("options", &mount.options);
    return finish(reader, std::move(mount));
}

Json Mount::toJson() const
{
    JsonFieldWriter writer;
    writer.write("destination", destination);
    writer.omitEmpty("type", type);
    writer.omitEmpty("source", source);
    writer.omitEmpty("options", options);
    return std::move(writer).finish(extra);
}

Result<LinuxNamespace> LinuxNamespace::fromJson(const Json &value, const QString &pointer)
{
    LinuxNamespace ns;
    JsonFieldReader reader(value, pointer);
    reader.read("type", &ns.type);
    reader.read("path", &ns.path);
    return finish(reader, std::move(ns));
}

Json LinuxNamespace::toJson() const
{
    JsonFieldWriter writer;
    writer.write("type", type);
    writer.omitEmpty("path", path);
    return std::move(writer).finish(extra);
}

Result<LinuxIDMapping> LinuxIDMapping::fromJson(const Json &value, const QString &pointer)
{
    LinuxIDMapping mapping;
    JsonFieldReader reader(value, pointer);
    reader.read("containerID", &mapping.containerID);
    reader.read("hostID", &mapping.hostID);
    reader.read("size", &mapping.size);
    return finish(reader, std::move(mapping));
}

Json LinuxIDMapping::toJson() const
{
    JsonFieldWriter writer;
    writer.write("containerID", containerID);
    writer.write("hostID", hostID);
    writer.write("size", size);
    return std::move(writer).finish(extra);
}

Result<Hook> Hook::fromJson(const Json &value, const QString &pointer)
{
    Hook hook;
    JsonFieldReader reader(value, pointer);
    reader.read("path", &hook.path);
    reader.read("args", &hook.args);
    reader.read("env", &hook.env);
    reader.read("timeout", &hook.timeout);
    return finish(reader, std::move(hook));
}

Json Hook::toJson() const
{
    JsonFieldWriter writer;
    writer.write("path", path);
    writer.omitEmpty("args", args);
    writer.omitEmpty("env", env);
    writer.omitEmpty("timeout", timeout);
    return std::move(writer).finish(extra);
}

Result<LinuxDevice> LinuxDevice::fromJson(const Json &value, const QString &pointer)
{
    LinuxDevice device;
    JsonFieldReader reader(value, pointer);
    reader.read("path", &device.path);
    reader.read("type", &device.type);
    reader.read("major", &device.major);
    reader.read("minor", &device.minor);
    reader.read("fileMode", &device.fileMode);
    reader.read("uid", &device.uid);
    reader.read("gid", &device.gid);
    return finish(reader, std::move(device));
}

Json LinuxDevice::toJson() const
{
    JsonFieldWriter writer;
    writer.write("path", path);
    writer.write("type", type);
    writer.write("major", major);
    writer.write("minor", minor);
    writer.omitEmpty("fileMode", fileMode);
    writer.omitEmpty("uid", uid);
    writer.omitEmpty("gid", gid);
    return std::move(writer).finish(extra);
}

Result<LinuxDeviceCgroup> LinuxDeviceCgroup::fromJson(const Json &value, const QString &pointer)
{
    LinuxDeviceCgroup rule;
    JsonFieldReader reader(value, pointer);
    reader.read("allow", &rule.allow);
    reader.read("type", &rule.type);
    reader.read("major", &rule.major);
    reader.read("minor", &rule.minor);
    reader.read("access", &rule.access);
    return finish(reader, std::move(rule));
}

Json LinuxDeviceCgroup::toJson() const
{
    JsonFieldWriter writer;
    writer.write("allow", allow);
    writer.omitEmpty("type", type);
    writer.omitEmpty("major", major);
    writer.omitEmpty("minor", minor);
    writer.omitEmpty("access", access);
    return std::move(writer).finish(extra);
}

Result<LinuxMemory> LinuxMemory::fromJson(const Json &value, const QString &pointer)
{
    LinuxMemory memory;
    JsonFieldReader reader(value, pointer);
    reader.read("limit", &memory.limit);
    reader.read("reservation", &memory.reservation);
    reader.read("swap", &memory.swap);
    reader.read("kernel", &memory.kernel);
    reader.read("kernelTCP", &memory.kernelTCP);
    reader.read("swappiness", &memory.swappiness);
    reader.read("disableOOMKiller", &memory.disableOOMKiller);
    return finish(reader, std::move(memory));
}

Json LinuxMemory::toJson() const
{
    JsonFieldWriter writer;
    writer.omitEmpty("limit", limit);
    writer.omitEmpty("reservation", reservation);
    writer.omitEmpty("swap", swap);
    writer.omitEmpty("kernel", kernel);
    writer.omitEmpty("kernelTCP", kernelTCP);
    writer.omitEmpty("swappiness", swappiness);
    writer.omitEmpty("disableOOMKiller", disableOOMKiller);
    return std::move(writer).finish(extra);
}

Result<LinuxCPU> LinuxCPU::fromJson(const Json &value, const QString &pointer)
{
    LinuxCPU cpu;
    JsonFieldReader reader(value, pointer);
    reader.read("shares", &cpu.shares);
    reader.read("quota", &cpu.quota);
    reader.read("period", &cpu.period);
    reader.read("realtimeRuntime", &cpu.realtimeRuntime);
    reader.read("realtimePeriod", &cpu.realtimePeriod);
    reader.read("cpus", &cpu.cpus);
    reader.read("mems", &cpu.mems);
    return finish(reader, std::move(cpu));
}

Json LinuxCPU::toJson() const
{
    JsonFieldWriter writer;
    writer.omitEmpty("shares", shares);
    writer.omitEmpty("quota", quota);
    writer.omitEmpty("period", period);
    writer.omitEmpty("realtimeRuntime", realtimeRuntime);
    writer.omitEmpty("realtimePeriod", realtimePeriod);
    writer.omitEmpty("cpus", cpus);
    writer.omitEmpty("mems", mems);
    return std::move(writer).finish(extra);
}

Result<LinuxPids> LinuxPids::fromJson(const Json &value, const QString &pointer)
{
    LinuxPids pids;
    JsonFieldReader reader(value, pointer);
    reader.read("limit", &pids.limit);
    return finish(reader, std::move(pids));
}

Json LinuxPids::toJson() const
{
    JsonFieldWriter writer;
    writer.write("limit", limit);
    return std::move(writer).finish(extra);
}

Result<LinuxBlockIO> LinuxBlockIO::fromJson(const Json &value, const QString &pointer)
{
    LinuxBlockIO blockIO;
    JsonFieldReader reader(value, pointer);
    reader.read("weight", &blockIO.weight);
    reader.read("leafWeight", &blockIO.leafWeight);
    return finish(reader, std::move(blockIO));
}

Json LinuxBlockIO::toJson() const
{
    JsonFieldWriter writer;
    writer.omitEmpty("weight", weight);
    writer.omitEmpty("leafWeight", leafWeight);
    return std::move(writer).finish(extra);
}

Result<WindowsCPUResources> WindowsCPUResources::fromJson(const Json &value, const QString &pointer)
{
    WindowsCPUResources cpu;
    JsonFieldReader reader(value, pointer);
    reader.read("count", &cpu.count);
    reader.read("shares", &cpu.shares);
    reader.read("maximum", &cpu.maximum);
    return finish(reader, std::move(cpu));
}

Json WindowsCPUResources::toJson() const
{
    JsonFieldWriter writer;
    writer.omitEmpty("count", count);
    writer.omitEmpty("shares", shares);
    writer.omitEmpty("maximum", maximum);
    return std::move(writer).finish(extra);
}

Result<WindowsMemoryResources> WindowsMemoryResources::fromJson(const Json &value, const QString &pointer)
{
    WindowsMemoryResources memory;
    JsonFieldReader reader(value, pointer);
    reader.read("limit", &memory.limit);
    return finish(reader, std::move(memory));
}

Json WindowsMemoryResources::toJson() const
{
    JsonFieldWriter writer;
    writer.omitEmpty("limit", limit);
    return std::move(writer).finish(extra);
}

Result<User> User::fromJson(const Json &value, const QString &pointer)
{
    User user;
    JsonFieldReader reader(value, pointer);
    reader.read("uid", &user.uid);
    reader.read("gid", &user.gid);
    reader.read("umask", &user.umask);
    reader.read("additionalGids", &user.additionalGids);
    reader.read("username", &user.username);
    return finish(reader, std::move(user));
}

Json User::toJson() const
{
    JsonFieldWriter writer;
    writer.write("uid", uid);
    writer.write("gid", gid);
    writer.omitEmpty("umask", umask);
    writer.omitEmpty("additionalGids", additionalGids);
    writer.omitEmpty("username", username);
    return std::move(writer).finish(extra);
}

Result<LinuxCapabilities> LinuxCapabilities::fromJson(const Json &value, const QString &pointer)
{
    LinuxCapabilities caps;
    JsonFieldReader reader(value, pointer);
    reader.read("bounding", &caps.bounding);
    reader.read("effective", &caps.effective);
    reader.read("inheritable", &caps.inheritable);
    reader.read("permitted", &caps.permitted);
    reader.read("ambient", &caps.ambient);
    return finish(reader, std::move(caps));
}

Json LinuxCapabilities::toJson() const
{
    JsonFieldWriter writer;
    writer.omitEmpty("bounding", bounding);
    writer.omitEmpty("effective", effective);
    writer.omitEmpty("inheritable", inheritable);
    writer.omitEmpty("permitted", permitted);
    writer.omitEmpty("ambient", ambient);
    return std::move(writer).finish(extra);
}

Result<POSIXRlimit> POSIXRlimit::fromJson(const Json &value, const QString &pointer)
{
    POSIXRlimit rlimit;
    JsonFieldReader reader(value, pointer);
    reader.read("type", &rlimit.type);
    reader.read("hard", &rlimit.hard);
    reader.read("soft", &rlimit.soft);
    return finish(reader, std::move(rlimit));
}

Json POSIXRlimit::toJson() const
{
    JsonFieldWriter writer;
    writer.write("type", type);
    writer.write("hard", hard);
    writer.write("soft", soft);
    return std::move(writer).finish(extra);
}

Result<Process> Process::fromJson(const Json &value, const QString &pointer)
{
    Process process;
    JsonFieldReader reader(value, pointer);
    reader.read("terminal", &process.terminal);
    std::optional<User> user;
    reader.readStruct("user", &user);
    if (user)
        process.user = *user;
    reader.read("args", &process.args);
    reader.read("env", &process.env);
    reader.read("cwd", &process.cwd);
    reader.readStruct("capabilities", &process.capabilities);
    reader.readList("rlimits", &process.rlimits);
    reader.read("noNewPrivileges", &process.noNewPrivileges);
    reader.read("apparmorProfile", &process.apparmorProfile);
    reader.read("oomScoreAdj", &process.oomScoreAdj);
    reader.read("selinuxLabel", &process.selinuxLabel);
    return finish(reader, std::move(process));
}

Json Process::toJson() const
{
    JsonFieldWriter writer;
    writer.omitEmpty("terminal", terminal);
    writer.omitEmpty("user", user.toJson());
    writer.omitEmpty("args", args);
    writer.omitEmpty("env", env);
    writer.write("cwd", cwd);
    writer.omitEmptyStruct("capabilities", capabilities);
    writer.omitEmptyList("rlimits", rlimits);
    writer.omitEmpty("noNewPrivileges", noNewPrivileges);
    writer.omitEmpty("apparmorProfile", apparmorProfile);
    writer.omitEmpty("oomScoreAdj", oomScoreAdj);
    writer.omitEmpty("selinuxLabel", selinuxLabel);
    return std::move(writer).finish(extra);
}

} // namespace Specs
