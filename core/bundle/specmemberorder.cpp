// SPDX-License-Identifier: Apache-2.0
#include "specmemberorder.h"

#include <algorithm>
#include <map>

namespace {

// The json tags of specs-go's structs (config.go of runtime-spec 1.0.2-dev, as
// Debian's golang-github-opencontainers-specs-dev has it), in declaration order.
const std::map<std::string, std::vector<std::string>> &declarations()
{
    static const std::map<std::string, std::vector<std::string>> members{
        {"",
         {"ociVersion", "process", "root", "hostname", "domainname", "mounts", "hooks", "annotations", "linux",
          "solaris", "windows", "vm", "zos"}},
        {"/process",
         {"terminal", "consoleSize", "user", "args", "commandLine", "env", "cwd", "capabilities", "rlimits",
          "noNewPrivileges", "apparmorProfile", "oomScoreAdj", "selinuxLabel"}},
        {"/root", {"path", "readonly"}},
        {"/hooks", {"prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop"}},
        {"/linux",
         {"uidMappings", "gidMappings", "sysctl", "resources", "cgroupsPath", "namespaces", "devices", "seccomp",
          "rootfsPropagation", "maskedPaths", "readonlyPaths", "mountLabel", "intelRdt", "personality"}},
        {"/linux/resources",
         {"devices", "memory", "cpu", "pids", "blockIO", "hugepageLimits", "network", "rdma", "unified"}},
        {"/windows",
         {"layerFolders", "devices", "resources", "credentialSpec", "servicing", "ignoreFlushesDuringBoot", "hyperv",
          "network"}},
        {"/windows/resources", {"memory", "cpu", "storage"}},
    };
    return members;
}

} // namespace

const std::vector<std::string> &SpecMemberOrder::membersOf(const std::string &pointer)
{
    static const std::vector<std::string> none;
    const auto it = declarations().find(pointer);
    return it != declarations().end() ? it->second : none;
}

Json &SpecMemberOrder::member(Json &object, const std::string &pointer, const std::string &key)
{
    if (const auto existing = object.find(key); existing != object.end())
        return *existing;

    const std::vector<std::string> &order = membersOf(pointer);
    const auto rankOf = [&order](const std::string &name) {
        return size_t(std::find(order.begin(), order.end(), name) - order.begin()); // order.size() when unknown
    };
    const size_t rank = rankOf(key);
    Json::object_t &members = object.get_ref<Json::object_t &>();
    const auto before =
        rank == order.size() ? members.end() : std::find_if(members.begin(), members.end(), [&](const auto &m) {
            const size_t other = rankOf(m.first);
            return other != order.size() && other > rank;
        });
    if (before == members.end())
        return object[key];

    // ordered_map holds const keys, so nothing can be inserted in the middle:
    // build the object anew (they are small; the long lists are arrays).
    Json rebuilt = Json::object();
    Json::object_t &rebuiltMembers = rebuilt.get_ref<Json::object_t &>();
    rebuiltMembers.reserve(members.size() + 1);
    for (auto it = members.begin(); it != members.end(); ++it) {
        if (it == before)
            rebuiltMembers.emplace_back(key, nullptr);
        rebuiltMembers.emplace_back(it->first, std::move(it->second));
    }
    object = std::move(rebuilt);
    return object[key];
}
