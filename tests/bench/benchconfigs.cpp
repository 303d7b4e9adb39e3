// SPDX-License-Identifier: Apache-2.0
#include "benchconfigs.h"

#include "document/jsonformat.h"

#include <QDir>
#include <QSaveFile>

namespace BenchConfigs {

Json withMounts(int mounts, int devices)
{
    Json config = Json::object();
    config["ociVersion"] = "1.0.2-dev";
    config["process"] = {
        {"terminal", false},
        {"user", {{"uid", 0}, {"gid", 0}}},
        {"args", {"sh"}},
        {"env", {"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm"}},
        {"cwd", "/"},
        {"capabilities",
         {{"bounding", {"CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"}},
          {"effective", {"CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"}},
          {"permitted", {"CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"}}}},
        {"rlimits", {{{"type", "RLIMIT_NOFILE"}, {"hard", 1024}, {"soft", 1024}}}},
        {"noNewPrivileges", true},
    };
    config["root"] = {{"path", "rootfs"}, {"readonly", true}};
    config["hostname"] = "bench";
    Json list = Json::array();
    list.push_back({{"destination", "/proc"}, {"type", "proc"}, {"source", "proc"}});
    for (int i = 1; i < mounts; ++i) {
        list.push_back({{"destination", "/data/volume-" + std::to_string(i)},
                        {"type", "bind"},
                        {"source", "/srv/volumes/" + std::to_string(i)},
                        {"options", {"rbind", "nosuid", "nodev", "ro"}}});
    }
    config["mounts"] = std::move(list);
    Json nodes = Json::array();
    for (int i = 0; i < devices; ++i) {
        nodes.push_back({{"path", "/dev/bench" + std::to_string(i)},
                         {"type", "c"},
                         {"major", 240},
                         {"minor", i},
                         {"fileMode", 438},
                         {"uid", 0},
                         {"gid", 0}});
    }
    config["linux"] = {
        {"devices", std::move(nodes)},
        {"resources", {{"memory", {{"limit", 536870912}}}, {"pids", {{"limit", 1024}}}}},
        {"namespaces",
         {{{"type", "pid"}}, {{"type", "network"}}, {{"type", "ipc"}}, {{"type", "uts"}}, {{"type", "mount"}}}},
        {"maskedPaths", {"/proc/kcore", "/sys/firmware"}},
        {"readonlyPaths", {"/proc/sys", "/proc/sysrq-trigger"}},
    };
    return config;
}

QString writeBundle(const QString &directory, const Json &config)
{
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(QStringLiteral("config.json"));
    const std::string text = JsonFormat().serialize(config);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(text.data(), qint64(text.size()));
    return file.commit() ? path : QString();
}

} // namespace BenchConfigs
