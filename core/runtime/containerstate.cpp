// SPDX-License-Identifier: Apache-2.0
#include "containerstate.h"

#include "document/json.h"

#include <QCoreApplication>

using Status = ContainerState::Status;
using Action = ContainerState::Action;

bool ContainerState::allows(Status status, Action action)
{
    switch (action) {
    case Action::Create:
    case Action::Run: return status == Status::None;
    case Action::Start: return status == Status::Created;
    case Action::Exec:
    case Action::Pause: return status == Status::Running;
    case Action::Resume: return status == Status::Paused;
    case Action::Kill: return status == Status::Created || status == Status::Running || status == Status::Paused;
    case Action::Processes: return status == Status::Created || status == Status::Running || status == Status::Paused;
    case Action::Delete:
        // runc deletes a created container too (it kills its init first).
        return status == Status::Stopped || status == Status::Created;
    case Action::ForceDelete: return status != Status::None;
    }
    return false;
}

Status ContainerState::statusFromString(const QString &text)
{
    if (text == QLatin1String("creating"))
        return Status::Creating;
    if (text == QLatin1String("created"))
        return Status::Created;
    if (text == QLatin1String("running"))
        return Status::Running;
    if (text == QLatin1String("paused") || text == QLatin1String("pausing"))
        return Status::Paused;
    if (text == QLatin1String("stopped"))
        return Status::Stopped;
    return Status::Unknown;
}

QString ContainerState::statusName(Status status)
{
    switch (status) {
    case Status::None: return QCoreApplication::translate("ContainerState", "no container");
    case Status::Creating: return QCoreApplication::translate("ContainerState", "creating");
    case Status::Created: return QCoreApplication::translate("ContainerState", "created");
    case Status::Running: return QCoreApplication::translate("ContainerState", "running");
    case Status::Paused: return QCoreApplication::translate("ContainerState", "paused");
    case Status::Stopped: return QCoreApplication::translate("ContainerState", "stopped");
    case Status::Unknown: break;
    }
    return QCoreApplication::translate("ContainerState", "unknown");
}

static QString text(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? JsonUtil::toQString(it->get<std::string>()) : QString();
}

static Result<ContainerState> fromObject(const Json &object)
{
    if (!object.is_object())
        return Result<ContainerState>::failure(
            QCoreApplication::translate("ContainerState", "The runtime's state is not a JSON object."));
    ContainerState result;
    result.id = text(object, "id");
    if (result.id.isEmpty())
        return Result<ContainerState>::failure(
            QCoreApplication::translate("ContainerState", "The runtime's state has no container ID."));
    result.status = ContainerState::statusFromString(text(object, "status"));
    const auto pid = object.find("pid");
    if (pid != object.end() && pid->is_number_integer())
        result.pid = pid->get<qint64>();
    result.bundle = text(object, "bundle");
    result.rootfs = text(object, "rootfs");
    result.owner = text(object, "owner");
    result.created = QDateTime::fromString(text(object, "created"), Qt::ISODateWithMs);
    return result;
}

Result<ContainerState> ContainerState::fromJson(const QByteArray &json)
{
    const Json parsed = Json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (parsed.is_discarded())
        return Result<ContainerState>::failure(
            QCoreApplication::translate("ContainerState", "The runtime's state is not valid JSON."));
    return fromObject(parsed);
}

Result<QList<ContainerState>> ContainerState::listFromJson(const QByteArray &json)
{
    using States = Result<QList<ContainerState>>;
    const Json parsed = Json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (parsed.is_null() || json.trimmed().isEmpty())
        return QList<ContainerState>();
    if (!parsed.is_array())
        return States::failure(
            QCoreApplication::translate("ContainerState", "The runtime's container list is not a JSON array."));
    QList<ContainerState> result;
    for (const Json &entry : parsed) {
        Result<ContainerState> state = fromObject(entry);
        if (!state)
            return States::failure(state.error());
        result.append(std::move(state).value());
    }
    return result;
}
