// SPDX-License-Identifier: Apache-2.0
#include "namespacerules.h"

#include "jsonaccess.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace JsonAccess;

namespace {

// runc accepts "/" as the separator ("net/ipv4/ip_forward") and then
// swaps "." and "/" before judging the name.
QString dottedSysctl(const QString &key)
{
    const qsizetype separator = key.indexOf(QRegularExpression(QStringLiteral("[./]")));
    if (separator < 0 || key.at(separator) == QLatin1Char('.'))
        return key;
    QString dotted = key;
    for (QChar &c : dotted) {
        if (c == QLatin1Char('.'))
            c = QLatin1Char('/');
        else if (c == QLatin1Char('/'))
            c = QLatin1Char('.');
    }
    return dotted;
}

bool isIpcSysctl(const QString &key)
{
    static const QSet<QString> ipcKeys = {QStringLiteral("kernel.msgmax"), QStringLiteral("kernel.msgmnb"),
                                          QStringLiteral("kernel.msgmni"), QStringLiteral("kernel.sem"),
                                          QStringLiteral("kernel.shmall"), QStringLiteral("kernel.shmmax"),
                                          QStringLiteral("kernel.shmmni"), QStringLiteral("kernel.shm_rmid_forced")};
    return ipcKeys.contains(key) || key.startsWith(QLatin1String("fs.mqueue."));
}

} // namespace

NamespaceRules::NamespaceRules(const Json &root, FindingSink *sink) : m_root(root), m_sink(sink) { }

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
            m_sink->error(FindingCode::NamespaceDuplicate, pointer + QLatin1String("/type"),
                          tr("The %1 namespace is listed more than once.").arg(*type));
        }
        if (*type == QLatin1String("time")) {
            m_sink->error(
                FindingCode::NamespaceTimeRuncUnsupported, pointer + QLatin1String("/type"),
                tr("runc 1.1 does not know the time namespace and refuses the configuration; crun supports it."));
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
            m_sink->warning(FindingCode::IdmapNeedsUserNamespace, QStringLiteral("/linux/") + QLatin1String(key),
                            tr("ID mappings only take effect in a user namespace, and runc ignores them without one; "
                               "add one to linux.namespaces."));
        }
    }
    if (const std::optional<QString> name = stringOf(member(m_root, "hostname")); name && !name->isEmpty()) {
        if (!has(QStringLiteral("uts"))) {
            m_sink->error(FindingCode::HostnameNeedsUtsNamespace, QStringLiteral("/hostname"),
                          tr("Setting %1 needs a UTS namespace of the container's own; add one to linux.namespaces.")
                              .arg(QStringLiteral("hostname")));
        } else if (name->toUtf8().size() > 64) {
            m_sink->error(FindingCode::HostnameTooLong, QStringLiteral("/hostname"),
                          tr("The kernel takes host names of at most 64 bytes; runc refuses a longer one."));
        }
    }
    // runc 1.1 predates domainname and ignores it, so without a UTS
    // namespace it runs all the same; newer runtimes refuse.
    if (const std::optional<QString> name = stringOf(member(m_root, "domainname"));
        name && !name->isEmpty() && !has(QStringLiteral("uts"))) {
        m_sink->warning(FindingCode::DomainnameNeedsUtsNamespace, QStringLiteral("/domainname"),
                        tr("Setting domainname needs a UTS namespace of the container's own; runc 1.1 ignores "
                           "domainname, newer runtimes refuse it."));
    }
    for (const auto &[key, code] : {std::pair{"maskedPaths", FindingCode::MaskedPathsNeedsMountNamespace},
                                    std::pair{"readonlyPaths", FindingCode::ReadonlyPathsNeedsMountNamespace}}) {
        const Json *paths = member(*linuxSection, key);
        if (paths && paths->is_array() && !paths->empty() && !has(QStringLiteral("mount"))) {
            m_sink->error(code, QStringLiteral("/linux/") + QLatin1String(key),
                          tr("Masked and read-only paths need a mount namespace of the container's own; runc refuses "
                             "them without one."));
            break;
        }
    }
    if (member(*linuxSection, "timeOffsets") && !has(QStringLiteral("time"))) {
        m_sink->error(FindingCode::TimeoffsetsNeedsTimeNamespace, QStringLiteral("/linux/timeOffsets"),
                      tr("Time offsets need a time namespace; add one to linux.namespaces."));
    }
    if (const Json *sysctl = member(*linuxSection, "sysctl"))
        checkSysctl(*sysctl);
}

void NamespaceRules::checkSysctl(const Json &sysctl)
{
    if (!sysctl.is_object())
        return;
    // The keys runc 1.1 allows, and only with the namespace that isolates them.
    for (auto it = sysctl.begin(); it != sysctl.end(); ++it) {
        const QString written = JsonUtil::toQString(it.key());
        const QString key = dottedSysctl(written);
        const QString pointer = join(QStringLiteral("/linux/sysctl"), written);
        if (key.startsWith(QLatin1String("net."))) {
            if (!has(QStringLiteral("network"))) {
                m_sink->error(
                    FindingCode::SysctlNeedsNetworkNamespace, pointer,
                    tr("%1 would change the host's network settings; it needs a network namespace.").arg(key));
            }
        } else if (isIpcSysctl(key)) {
            if (!has(QStringLiteral("ipc"))) {
                m_sink->error(FindingCode::SysctlNeedsIpcNamespace, pointer,
                              tr("%1 would change the host's IPC settings; it needs an IPC namespace.").arg(key));
            }
        } else if (key == QLatin1String("kernel.hostname")) {
            m_sink->error(
                FindingCode::SysctlHostname, pointer,
                tr("runc refuses kernel.hostname because it competes with the hostname field; set hostname instead."));
        } else if (key == QLatin1String("kernel.domainname")) {
            if (!has(QStringLiteral("uts"))) {
                m_sink->error(FindingCode::SysctlNeedsUtsNamespace, pointer,
                              tr("%1 would change the host's name; it needs a UTS namespace.").arg(key));
            }
        } else {
            m_sink->error(
                FindingCode::SysctlNotNamespaced, pointer,
                tr("%1 is not isolated by any namespace; setting it would affect the whole host, and runc refuses it.")
                    .arg(key));
        }
    }
}
