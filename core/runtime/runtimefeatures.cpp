// SPDX-License-Identifier: Apache-2.0
#include "runtimefeatures.h"

#include <QCoreApplication>

QSet<QString> RuntimeFeatures::stringSet(const Json &root, const char *pointer, bool *present)
{
    QSet<QString> set;
    const JsonPointer path(pointer);
    *present = root.contains(path) && root.at(path).is_array();
    if (!*present)
        return set;
    for (const Json &item : root.at(path)) {
        if (item.is_string())
            set.insert(JsonUtil::toQString(item.get<std::string>()));
    }
    return set;
}

Result<RuntimeFeatures> RuntimeFeatures::fromJson(const QByteArray &json)
{
    const Json root = Json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (!root.is_object() || !root.contains("ociVersionMax")) {
        return Result<RuntimeFeatures>::failure(
            QCoreApplication::translate("RuntimeFeatures", "The runtime's features are not a features document."));
    }
    RuntimeFeatures result;
    result.m_hooks = stringSet(root, "/hooks", &result.m_hasHooks);
    result.m_mountOptions = stringSet(root, "/mountOptions", &result.m_hasMountOptions);
    result.m_namespaces = stringSet(root, "/linux/namespaces", &result.m_hasNamespaces);
    result.m_capabilities = stringSet(root, "/linux/capabilities", &result.m_hasCapabilities);
    result.m_seccompActions = stringSet(root, "/linux/seccomp/actions", &result.m_hasSeccompActions);
    const JsonPointer enabled("/linux/seccomp/enabled");
    if (root.contains(enabled) && root.at(enabled).is_boolean())
        result.m_seccompEnabled = root.at(enabled).get<bool>();
    return result;
}

// Mount options that are flags the runtime interprets itself. Anything else
// (mode=755, size=..., newinstance) is filesystem data passed to the kernel,
// which a runtime need not list.
static bool isGenericMountOption(const QString &option)
{
    static const QSet<QString> generic{"async",
                                       "atime",
                                       "bind",
                                       "defaults",
                                       "dev",
                                       "diratime",
                                       "dirsync",
                                       "exec",
                                       "iversion",
                                       "lazytime",
                                       "loud",
                                       "mand",
                                       "noatime",
                                       "nodev",
                                       "nodiratime",
                                       "noexec",
                                       "noiversion",
                                       "nolazytime",
                                       "nomand",
                                       "norelatime",
                                       "nostrictatime",
                                       "nosuid",
                                       "nosymfollow",
                                       "private",
                                       "ratime",
                                       "rbind",
                                       "rdev",
                                       "rdiratime",
                                       "relatime",
                                       "remount",
                                       "rexec",
                                       "rnoatime",
                                       "rnodev",
                                       "rnodiratime",
                                       "rnoexec",
                                       "rnorelatime",
                                       "rnostrictatime",
                                       "rnosuid",
                                       "rnosymfollow",
                                       "ro",
                                       "rprivate",
                                       "rrelatime",
                                       "rro",
                                       "rrw",
                                       "rshared",
                                       "rslave",
                                       "rstrictatime",
                                       "rsuid",
                                       "rsymfollow",
                                       "runbindable",
                                       "rw",
                                       "shared",
                                       "silent",
                                       "slave",
                                       "strictatime",
                                       "suid",
                                       "symfollow",
                                       "sync",
                                       "tmpcopyup",
                                       "unbindable",
                                       "idmap",
                                       "ridmap"};
    return generic.contains(option);
}

static QString text(const Json &value)
{
    return value.is_string() ? JsonUtil::toQString(value.get<std::string>()) : QString();
}

QStringList RuntimeFeatures::unsupportedIn(const Json &config) const
{
    QStringList warnings;
    auto warnOnce = [&warnings](const QString &warning) {
        if (!warnings.contains(warning))
            warnings << warning;
    };
    if (!config.is_object())
        return warnings;

    const auto hooks = config.find("hooks");
    if (m_hasHooks && hooks != config.end() && hooks->is_object()) {
        for (auto it = hooks->begin(); it != hooks->end(); ++it) {
            const QString kind = JsonUtil::toQString(it.key());
            if (!m_hooks.contains(kind))
                warnOnce(
                    QCoreApplication::translate("RuntimeFeatures", "The runtime does not run \"%1\" hooks.").arg(kind));
        }
    }

    const JsonPointer namespaces("/linux/namespaces");
    if (m_hasNamespaces && config.contains(namespaces) && config.at(namespaces).is_array()) {
        for (const Json &ns : config.at(namespaces)) {
            const QString type = ns.is_object() && ns.contains("type") ? text(ns["type"]) : QString();
            if (!type.isEmpty() && !m_namespaces.contains(type))
                warnOnce(
                    QCoreApplication::translate("RuntimeFeatures", "The runtime does not support the \"%1\" namespace.")
                        .arg(type));
        }
    }

    const JsonPointer capabilities("/process/capabilities");
    if (m_hasCapabilities && config.contains(capabilities) && config.at(capabilities).is_object()) {
        for (const auto &[set, list] : config.at(capabilities).items()) {
            if (!list.is_array())
                continue;
            for (const Json &capability : list) {
                const QString name = text(capability);
                if (!name.isEmpty() && !m_capabilities.contains(name))
                    warnOnce(
                        QCoreApplication::translate("RuntimeFeatures", "The runtime does not know the capability %1.")
                            .arg(name));
            }
        }
    }

    const auto mounts = config.find("mounts");
    if (m_hasMountOptions && mounts != config.end() && mounts->is_array()) {
        for (const Json &mount : *mounts) {
            if (!mount.is_object() || !mount.contains("options") || !mount["options"].is_array())
                continue;
            for (const Json &option : mount["options"]) {
                const QString name = text(option);
                if (isGenericMountOption(name) && !m_mountOptions.contains(name))
                    warnOnce(QCoreApplication::translate("RuntimeFeatures",
                                                         "The runtime does not support the mount option \"%1\".")
                                 .arg(name));
            }
        }
    }

    const JsonPointer seccomp("/linux/seccomp");
    if (config.contains(seccomp) && config.at(seccomp).is_object()) {
        const Json &profile = config.at(seccomp);
        if (!m_seccompEnabled)
            warnOnce(QCoreApplication::translate("RuntimeFeatures", "The runtime was built without seccomp support."));
        QStringList actions;
        if (profile.contains("defaultAction"))
            actions << text(profile["defaultAction"]);
        if (profile.contains("syscalls") && profile["syscalls"].is_array()) {
            for (const Json &rule : profile["syscalls"]) {
                if (rule.is_object() && rule.contains("action"))
                    actions << text(rule["action"]);
            }
        }
        for (const QString &action : std::as_const(actions)) {
            if (m_hasSeccompActions && !action.isEmpty() && !m_seccompActions.contains(action))
                warnOnce(QCoreApplication::translate("RuntimeFeatures",
                                                     "The runtime does not support the seccomp action %1.")
                             .arg(action));
        }
    }
    return warnings;
}
