// SPDX-License-Identifier: Apache-2.0
#include "concepttopic.h"

namespace {

const QString TopicScheme = QStringLiteral("obe-topic");
const QString FieldScheme = QStringLiteral("obe-field");
const QString ViewScheme = QStringLiteral("obe-view");

struct PointerTopic
{
    const char *prefix;
    ConceptTopic topic;
};

// The longest matching prefix wins, so /process/capabilities goes to
// Capabilities before /process goes to Lifecycle.
constexpr PointerTopic pointerTopics[] = {
    {"/ociVersion", ConceptTopic::Bundle},
    {"/root", ConceptTopic::Bundle},
    {"/process", ConceptTopic::Lifecycle},
    {"/process/capabilities", ConceptTopic::Capabilities},
    {"/process/user", ConceptTopic::UserNamespaces},
    {"/process/noNewPrivileges", ConceptTopic::Security},
    {"/process/apparmorProfile", ConceptTopic::Security},
    {"/process/selinuxLabel", ConceptTopic::Security},
    {"/hostname", ConceptTopic::Namespaces},
    {"/domainname", ConceptTopic::Namespaces},
    {"/linux/namespaces", ConceptTopic::Namespaces},
    {"/linux/uidMappings", ConceptTopic::UserNamespaces},
    {"/linux/gidMappings", ConceptTopic::UserNamespaces},
    {"/mounts", ConceptTopic::Mounts},
    {"/linux/maskedPaths", ConceptTopic::Mounts},
    {"/linux/readonlyPaths", ConceptTopic::Mounts},
    {"/linux/rootfsPropagation", ConceptTopic::Mounts},
    {"/linux/cgroupsPath", ConceptTopic::Cgroups},
    {"/linux/resources", ConceptTopic::Cgroups},
    {"/linux/seccomp", ConceptTopic::Security},
    {"/linux/mountLabel", ConceptTopic::Security},
    {"/hooks", ConceptTopic::Hooks},
};

} // namespace

QList<ConceptTopic> ConceptTopics::all()
{
    return {ConceptTopic::Bundle,         ConceptTopic::Lifecycle,    ConceptTopic::Namespaces,
            ConceptTopic::UserNamespaces, ConceptTopic::Capabilities, ConceptTopic::Mounts,
            ConceptTopic::Cgroups,        ConceptTopic::Security,     ConceptTopic::Hooks};
}

QString ConceptTopics::id(ConceptTopic topic)
{
    switch (topic) {
    case ConceptTopic::Bundle: return QStringLiteral("bundle");
    case ConceptTopic::Lifecycle: return QStringLiteral("lifecycle");
    case ConceptTopic::Namespaces: return QStringLiteral("namespaces");
    case ConceptTopic::UserNamespaces: return QStringLiteral("user-namespaces");
    case ConceptTopic::Capabilities: return QStringLiteral("capabilities");
    case ConceptTopic::Mounts: return QStringLiteral("mounts");
    case ConceptTopic::Cgroups: return QStringLiteral("cgroups");
    case ConceptTopic::Security: return QStringLiteral("security");
    case ConceptTopic::Hooks: return QStringLiteral("hooks");
    }
    return {};
}

std::optional<ConceptTopic> ConceptTopics::fromId(const QString &id)
{
    const QList<ConceptTopic> topics = all();
    for (ConceptTopic topic : topics) {
        if (ConceptTopics::id(topic) == id)
            return topic;
    }
    return std::nullopt;
}

QString ConceptTopics::title(ConceptTopic topic)
{
    switch (topic) {
    case ConceptTopic::Bundle: return tr("What a Bundle Is");
    case ConceptTopic::Lifecycle: return tr("The Container's Lifecycle");
    case ConceptTopic::Namespaces: return tr("Namespaces");
    case ConceptTopic::UserNamespaces: return tr("User Namespaces and ID Mappings");
    case ConceptTopic::Capabilities: return tr("Capabilities");
    case ConceptTopic::Mounts: return tr("Mounts and the Filesystem");
    case ConceptTopic::Cgroups: return tr("Cgroups and Resources");
    case ConceptTopic::Security: return tr("Seccomp, AppArmor, SELinux");
    case ConceptTopic::Hooks: return tr("Hooks");
    }
    return {};
}

std::optional<ConceptTopic> ConceptTopics::forPointer(const JsonPointer &pointer)
{
    std::optional<ConceptTopic> found;
    size_t foundDepth = 0;
    for (const PointerTopic &entry : pointerTopics) {
        const JsonPointer prefix(entry.prefix);
        const size_t depth = JsonUtil::tokens(prefix).size();
        if (JsonUtil::startsWith(pointer, prefix) && depth > foundDepth) {
            found = entry.topic;
            foundDepth = depth;
        }
    }
    return found;
}

QUrl ConceptTopics::topicUrl(ConceptTopic topic)
{
    QUrl url;
    url.setScheme(TopicScheme);
    url.setPath(id(topic));
    return url;
}

QUrl ConceptTopics::fieldUrl(const QString &pointer)
{
    QUrl url;
    url.setScheme(FieldScheme);
    url.setPath(pointer);
    return url;
}

std::optional<ConceptTopic> ConceptTopics::topicOfUrl(const QUrl &url)
{
    if (url.scheme() != TopicScheme)
        return std::nullopt;
    return fromId(url.path());
}

std::optional<JsonPointer> ConceptTopics::pointerOfUrl(const QUrl &url)
{
    if (url.scheme() != FieldScheme)
        return std::nullopt;
    const Result<JsonPointer> pointer = JsonUtil::parsePointer(url.path());
    if (!pointer)
        return std::nullopt;
    return pointer.value();
}

QUrl ConceptTopics::timelineUrl()
{
    QUrl url;
    url.setScheme(ViewScheme);
    url.setPath(QStringLiteral("timeline"));
    return url;
}

bool ConceptTopics::isTimelineUrl(const QUrl &url)
{
    return url.scheme() == ViewScheme && url.path() == QLatin1String("timeline");
}
