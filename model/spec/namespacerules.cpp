#include "namespacerules.h"

#include "jsonaccess.h"

#include <QCoreApplication>

using namespace JsonAccess;

namespace {

bool isIpcSysctl(const QString &key)
{
    static const QSet<QString> ipcKeys = {
        QStringLiteral("kernel.msgmax"), QStringLiteral("kernel.msgmnb"), QStringLiteral("kernel.msgmni"),
        QStringLiteral("kernel.sem"), QStringLiteral("kernel.shmall"), QStringLiteral("kernel.shmmax"),
        QStringLiteral("kernel.shmmni"), QStringLiteral("kernel.shm_rmid_forced")};
    return ipcKeys.contains(key) || key.startsWith(QLatin1String("fs.mqueue."));
}

} // namespace

NamespaceRules::NamespaceRules(const Json &root, FindingSink *sink)
    : m_root(root)
    , m_sink(sink)
{
}

void NamespaceRules::check()
{
    checkNamespaces();
    checkNamespaceDependencies();
}

void NamespaceRules::checkNamespaces()
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

void NamespaceRules::checkNamespaceDependencies()
{
    const Json *linuxSection = member(m_root, "linux");
    if (!linuxSection || !linuxSection->is_object())
        return; // without a linux section nothing is isolated and nothing depends on it
    for (const char *key : {"uidMappings", "gidMappings"}) {
        const Json *mappings = member(*linuxSection, key);
        if (mappings && mappings->is_array() && !mappings->empty() && !has(QStringLiteral("user"))) {
            m_sink->error(QStringLiteral("idmap.needs-user-namespace"), QStringLiteral("/linux/") + QLatin1String(key),
                          tr("ID mappings only take effect in a user namespace; add one to linux.namespaces."));
        }
    }
    for (const char *key : {"hostname", "domainname"}) {
        const std::optional<QString> name = stringOf(member(m_root, key));
        if (name && !name->isEmpty() && !has(QStringLiteral("uts"))) {
            m_sink->error(QStringLiteral("%1.needs-uts-namespace").arg(QLatin1String(key)), QLatin1Char('/') + QLatin1String(key),
                          tr("Setting %1 needs a UTS namespace of the container's own; add one to linux.namespaces.")
                              .arg(QLatin1String(key)));
        }
    }
    if (member(*linuxSection, "timeOffsets") && !has(QStringLiteral("time"))) {
        m_sink->error(QStringLiteral("timeoffsets.needs-time-namespace"), QStringLiteral("/linux/timeOffsets"),
                      tr("Time offsets need a time namespace; add one to linux.namespaces."));
    }
    if (const Json *sysctl = member(*linuxSection, "sysctl"))
        checkSysctl(*sysctl);
}

void NamespaceRules::checkSysctl(const Json &sysctl)
{
    if (!sysctl.is_object())
        return;
    for (auto it = sysctl.begin(); it != sysctl.end(); ++it) {
        const QString key = JsonUtil::toQString(it.key());
        const QString pointer = join(QStringLiteral("/linux/sysctl"), key);
        if (key.startsWith(QLatin1String("net."))) {
            if (!has(QStringLiteral("network"))) {
                m_sink->error(QStringLiteral("sysctl.needs-network-namespace"), pointer,
                              tr("%1 would change the host's network settings; it needs a network namespace.").arg(key));
            }
        } else if (isIpcSysctl(key)) {
            if (!has(QStringLiteral("ipc"))) {
                m_sink->error(QStringLiteral("sysctl.needs-ipc-namespace"), pointer,
                              tr("%1 would change the host's IPC settings; it needs an IPC namespace.").arg(key));
            }
        } else if (key == QLatin1String("kernel.hostname") || key == QLatin1String("kernel.domainname")) {
            if (!has(QStringLiteral("uts"))) {
                m_sink->error(QStringLiteral("sysctl.needs-uts-namespace"), pointer,
                              tr("%1 would change the host's name; it needs a UTS namespace.").arg(key));
            }
        } else {
            m_sink->warning(QStringLiteral("sysctl.not-namespaced"), pointer,
                            tr("%1 is not isolated by any namespace; setting it affects the whole host, and runc refuses it.").arg(key));
        }
    }
}
