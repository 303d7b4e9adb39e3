// SPDX-License-Identifier: Apache-2.0
#include "imageconfigmapper.h"

#include "imageuser.h"

#include <QCoreApplication>

namespace {

QString stringMember(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? JsonUtil::toQString(it->get<std::string>()) : QString();
}

QStringList stringsMember(const Json &object, const char *key)
{
    QStringList list;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array())
        return list;
    for (const Json &item : *it) {
        if (item.is_string())
            list.append(JsonUtil::toQString(item.get<std::string>()));
    }
    return list;
}

// The keys of an object such as Volumes or ExposedPorts ({"/data": {}}).
QStringList keysMember(const Json &object, const char *key)
{
    QStringList keys;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_object())
        return keys;
    for (const auto &member : it->items())
        keys.append(JsonUtil::toQString(member.key()));
    keys.sort();
    return keys;
}

QString variableName(const QString &assignment)
{
    return assignment.section(QLatin1Char('='), 0, 0);
}

void setVariable(QStringList &env, const QString &assignment)
{
    const QString name = variableName(assignment);
    for (QString &existing : env) {
        if (variableName(existing) == name) {
            existing = assignment;
            return;
        }
    }
    env.append(assignment);
}

Specs::Mount volumeMount(const QString &destination)
{
    Specs::Mount mount;
    mount.destination = destination;
    mount.type = QStringLiteral("tmpfs");
    mount.source = QStringLiteral("tmpfs");
    mount.options = {QStringLiteral("nosuid"), QStringLiteral("nodev"), QStringLiteral("mode=755")};
    return mount;
}

// True when the mappings map id into the container, or there are none (no
// user namespace).
bool mapped(const QList<Specs::LinuxIDMapping> &mappings, quint32 id)
{
    return mappings.isEmpty() || std::any_of(mappings.cbegin(), mappings.cend(), [id](const Specs::LinuxIDMapping &m) {
               return id >= m.containerID && quint64(id) < quint64(m.containerID) + m.size;
           });
}

// The image's user where the template's user namespace can hold it. A
// rootless template maps only root (your own user on the host), so an image
// user it does not map runs as that root: runc would refuse to start
// anything else.
Specs::User mappedUser(Specs::User user, const Bundle &base)
{
    if (!mapped(base.uidMappings(), user.uid) || !mapped(base.gidMappings(), user.gid))
        return Specs::User();
    user.additionalGids.removeIf([&base](quint32 gid) { return !mapped(base.gidMappings(), gid); });
    return user;
}

} // namespace

Result<Bundle> ImageConfigMapper::map(const Bundle &base, const Json &image, const QString &rootfsDirectory)
{
    if (!image.is_object()) {
        return Result<Bundle>::failure(
            QCoreApplication::translate("ImageConfigMapper", "The image configuration is not a JSON object."));
    }
    static const Json noConfig = Json::object();
    const auto configIt = image.find("config");
    const Json &config = configIt != image.end() && configIt->is_object() ? *configIt : noConfig;

    const Result<ImageUser::Resolved> user = ImageUser::resolve(stringMember(config, "User"), rootfsDirectory);
    if (!user)
        return Result<Bundle>::failure(user.error());

    Specs::Process process = base.process();
    const QStringList args = stringsMember(config, "Entrypoint") + stringsMember(config, "Cmd");
    if (!args.isEmpty())
        process.args = args;
    for (const QString &assignment : stringsMember(config, "Env"))
        setVariable(process.env, assignment);
    const bool hasHome = std::any_of(process.env.cbegin(), process.env.cend(), [](const QString &assignment) {
        return variableName(assignment) == QLatin1String("HOME");
    });
    if (!hasHome && !user->home.isEmpty())
        process.env.append(QStringLiteral("HOME=") + user->home);
    process.user = mappedUser(user->user, base);
    const QString workingDir = stringMember(config, "WorkingDir");
    process.cwd = workingDir.isEmpty() ? QStringLiteral("/") : workingDir;
    process.terminal = false;

    Bundle bundle = base.withProcess(process);
    QList<Specs::Mount> volumes;
    for (const QString &volume : keysMember(config, "Volumes"))
        volumes.append(volumeMount(volume));
    if (!volumes.isEmpty())
        bundle = bundle.withMounts(volumes);

    const auto labels = config.find("Labels");
    if (labels != config.end() && labels->is_object()) {
        for (const auto &label : labels->items()) {
            if (label.value().is_string())
                bundle = bundle.withAnnotation(JsonUtil::toQString(label.key()),
                                               JsonUtil::toQString(label.value().get<std::string>()));
        }
    }
    const std::pair<const char *, QString> imageAnnotations[] = {
        {"org.opencontainers.image.architecture", stringMember(image, "architecture")},
        {"org.opencontainers.image.os", stringMember(image, "os")},
        {"org.opencontainers.image.author", stringMember(image, "author")},
        {"org.opencontainers.image.created", stringMember(image, "created")},
        {ExposedPortsAnnotation, keysMember(config, "ExposedPorts").join(QLatin1Char(','))},
        {StopSignalAnnotation, stringMember(config, "StopSignal")},
    };
    for (const auto &[key, value] : imageAnnotations) {
        if (!value.isEmpty())
            bundle = bundle.withAnnotation(QLatin1String(key), value);
    }
    return bundle;
}
