// SPDX-License-Identifier: Apache-2.0
#include "platformrules.h"

#include "jsonaccess.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>

using namespace JsonAccess;

namespace {

// A Windows path made comparable: Windows ignores case, takes either
// slash, and a trailing separator names the same directory.
QString windowsKey(const QString &path)
{
    QString key = path.toLower();
    key.replace(QLatin1Char('/'), QLatin1Char('\\'));
    while (key.endsWith(QLatin1Char('\\')))
        key.chop(1);
    return key;
}

// "c:\a\b" -> "c:\a" -> "c:" -> "": the directories around a key.
QString windowsParent(const QString &key)
{
    const qsizetype separator = key.lastIndexOf(QLatin1Char('\\'));
    return separator <= 0 ? QString() : key.left(separator);
}

// \\server\share and \\?\UNC\server\share; \\?\ and \\.\ otherwise name
// local volumes and devices.
bool isUncPath(const QString &path)
{
    QString key = path.toLower();
    key.replace(QLatin1Char('/'), QLatin1Char('\\'));
    if (!key.startsWith(QLatin1String("\\\\")))
        return false;
    if (key.startsWith(QLatin1String("\\\\?\\unc\\")))
        return true;
    return !key.startsWith(QLatin1String("\\\\?\\")) && !key.startsWith(QLatin1String("\\\\.\\"));
}

} // namespace

PlatformRules::PlatformRules(const Json &root, Platforms platforms, FindingSink *sink)
    : m_root(root), m_platforms(platforms), m_sink(sink)
{ }

void PlatformRules::check()
{
    const Json *windows = member(m_root, "windows");
    const Json *hyperV = windows ? member(*windows, "hyperv") : nullptr;
    const bool isHyperV = hyperV && hyperV->is_object();
    checkRoot(isHyperV);
    if (windows && windows->is_object())
        checkWindows(*windows);
    // A configuration with linux and windows sections runs Linux in a
    // utility VM (LCOW): its root, process and mounts follow Linux.
    if (m_platforms == Platforms(Platform::Windows)) {
        checkWindowsContainer(isHyperV);
        checkWindowsMounts();
    }
    if (const Json *namespaces = memberPath(m_root, {"zos", "namespaces"}); namespaces && namespaces->is_array())
        checkZosNamespaces(*namespaces);
    if (const Json *jail = memberPath(m_root, {"freebsd", "jail"}); jail && jail->is_object())
        checkJail(*jail);
}

void PlatformRules::checkRoot(bool hyperV)
{
    // Linux configurations are ProcessRules' concern.
    constexpr Platforms others = Platform::Windows | Platform::Solaris | Platform::ZOS | Platform::FreeBSD;
    if (!(m_platforms & others) || hyperV || member(m_root, "root"))
        return;
    m_sink->error(FindingCode::RootMissing, QStringLiteral("/root"),
                  tr("The configuration has no root filesystem; only Hyper-V containers on Windows go without root."));
}

void PlatformRules::checkWindows(const Json &windows)
{
    if (const Json *layers = member(windows, "layerFolders"); layers && layers->is_array() && layers->empty()) {
        m_sink->error(
            FindingCode::WindowsLayerFoldersEmpty, QStringLiteral("/windows/layerFolders"),
            tr("layerFolders needs at least one entry: the container's scratch folder, after the image's layers."));
    }
    if (const Json *cpu = memberPath(windows, {"resources", "cpu"}); cpu && cpu->is_object())
        checkWindowsCpu(*cpu);
    if (const Json *network = member(windows, "network"); network && network->is_object())
        checkWindowsNetwork(*network);
}

void PlatformRules::checkWindowsCpu(const Json &cpu)
{
    const QString base = QStringLiteral("/windows/resources/cpu/");
    const char *first = nullptr;
    for (const char *key : {"count", "shares", "maximum"}) {
        if (!member(cpu, key))
            continue;
        if (!first) {
            first = key;
            continue;
        }
        m_sink->error(FindingCode::WindowsCpuExclusive, base + QLatin1String(key),
                      tr("%1 and %2 are alternative ways to limit the processors; Windows takes only one of count, "
                         "shares and maximum.")
                          .arg(QLatin1String(first), QLatin1String(key)));
    }
    // Both are uint16 in the schema, but Windows counts them up to 10000.
    if (const std::optional<quint64> shares = uint64Of(member(cpu, "shares")); shares && *shares > 10000) {
        m_sink->error(FindingCode::WindowsCpuRange, base + QLatin1String("shares"),
                      tr("CPU shares range from 0 to 10000."));
    }
    if (const std::optional<quint64> maximum = uint64Of(member(cpu, "maximum")); maximum && *maximum > 10000) {
        m_sink->error(FindingCode::WindowsCpuRange, base + QLatin1String("maximum"),
                      tr("The CPU maximum counts processor cycles out of every 10000 and cannot exceed 10000."));
    }
    if (const Json *affinity = member(cpu, "affinity"); affinity && affinity->is_object()) {
        m_sink->warning(FindingCode::WindowsCpuAffinityObject, base + QLatin1String("affinity"),
                        tr("Write affinity as a list of mask and group entries: runtimes built on the specification's "
                           "Go types cannot read the single object the JSON schema allows."));
    }
}

void PlatformRules::checkWindowsNetwork(const Json &network)
{
    if (!member(network, "networkNamespace") || network.size() < 2)
        return;
    m_sink->warning(FindingCode::WindowsNetworkNamespaceExclusive, QStringLiteral("/windows/network/networkNamespace"),
                    tr("A network namespace brings its own endpoints and settings; leave the other network fields out "
                       "when networkNamespace is set."));
}

void PlatformRules::checkWindowsContainer(bool hyperV)
{
    if (const Json *root = member(m_root, "root"); root && root->is_object()) {
        if (hyperV) {
            m_sink->error(FindingCode::WindowsRootHyperv, QStringLiteral("/root"),
                          tr("A Hyper-V container must not set root: its filesystem is assembled inside the utility VM "
                             "from the layer folders."));
        } else if (const std::optional<QString> path = stringOf(member(*root, "path"))) {
            static const QRegularExpression volume(
                QStringLiteral("^\\\\\\\\\\?\\\\Volume\\{[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\}\\\\?$"),
                QRegularExpression::CaseInsensitiveOption);
            if (!volume.match(*path).hasMatch()) {
                m_sink->error(
                    FindingCode::WindowsRootPathVolume, QStringLiteral("/root/path"),
                    tr("On Windows root.path must be a volume GUID path such as \\\\?\\Volume{GUID}\\, not \"%1\".")
                        .arg(*path));
            }
        }
        if (const Json *readonly = member(*root, "readonly");
            readonly && readonly->is_boolean() && readonly->get<bool>()) {
            m_sink->error(
                FindingCode::WindowsRootReadonly, QStringLiteral("/root/readonly"),
                tr("Windows cannot make the root filesystem read-only; leave readonly out or set it to false."));
        }
    }
    const Json *process = member(m_root, "process");
    if (!process || !process->is_object())
        return;
    const Json *args = member(*process, "args");
    const std::optional<QString> commandLine = stringOf(member(*process, "commandLine"));
    const bool hasArgs = args && args->is_array() && !args->empty();
    if (!hasArgs && (!commandLine || commandLine->isEmpty())) {
        m_sink->error(
            FindingCode::WindowsProcessCommandMissing, QStringLiteral("/process/commandLine"),
            tr("The process has nothing to run: a Windows process needs commandLine or at least one entry in args."));
    }
}

void PlatformRules::checkWindowsMounts()
{
    const Json *mounts = member(m_root, "mounts");
    if (!mounts || !mounts->is_array())
        return;
    // Each earlier destination, and each directory containing one, mapped to
    // the first mount it comes from; insertion stops at the first directory
    // already known, so the pass stays linear.
    QHash<QString, qsizetype> destinations;
    QHash<QString, qsizetype> containers;
    qsizetype index = 0;
    for (const Json &mount : *mounts) {
        const QString pointer = join(QStringLiteral("/mounts"), index);
        if (const std::optional<QString> source = stringOf(member(mount, "source")); source && isUncPath(*source)) {
            m_sink->error(FindingCode::WindowsMountSourceUnc, pointer + QLatin1String("/source"),
                          tr("Windows mounts only local directories of the host; the network path %1 is not supported.")
                              .arg(*source));
        }
        const std::optional<QString> destination = stringOf(member(mount, "destination"));
        const QString key = destination ? windowsKey(*destination) : QString();
        if (key.isEmpty()) {
            ++index;
            continue;
        }
        std::optional<qsizetype> other;
        for (QString p = windowsParent(key); !p.isEmpty() && !other; p = windowsParent(p)) {
            if (const auto it = destinations.constFind(p); it != destinations.constEnd())
                other = *it;
        }
        if (const auto it = containers.constFind(key); !other && it != containers.constEnd())
            other = *it;
        if (other) {
            m_sink->error(FindingCode::WindowsMountNested, pointer + QLatin1String("/destination"),
                          tr("Windows does not allow mount destinations inside one another, but %1 and the destination "
                             "of mount %2 are nested.")
                              .arg(*destination)
                              .arg(*other));
        }
        if (!destinations.contains(key)) // a repeated destination keeps its first mount
            destinations.insert(key, index);
        for (QString p = windowsParent(key); !p.isEmpty() && !containers.contains(p); p = windowsParent(p))
            containers.insert(p, index);
        ++index;
    }
}

void PlatformRules::checkZosNamespaces(const Json &namespaces)
{
    QSet<QString> seen;
    qsizetype index = 0;
    for (const Json &ns : namespaces) {
        if (const std::optional<QString> type = stringOf(member(ns, "type"))) {
            if (seen.contains(*type)) {
                m_sink->error(FindingCode::NamespaceDuplicate,
                              join(QStringLiteral("/zos/namespaces"), index) + QLatin1String("/type"),
                              tr("The %1 namespace is listed more than once.").arg(*type));
            }
            seen.insert(*type);
        }
        ++index;
    }
}

void PlatformRules::checkJail(const Json &jail)
{
    if (const std::optional<quint64> statfs = uint64Of(member(jail, "enforceStatfs")); statfs && *statfs > 2) {
        m_sink->error(
            FindingCode::FreebsdJailEnforceStatfsRange, QStringLiteral("/freebsd/jail/enforceStatfs"),
            tr("enforceStatfs takes 0 (all mounts visible), 1 (mounts below the jail's root) or 2 (only the root)."));
    }
}
