// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// What "runc state" (or one entry of "runc list") says about a container.
struct ContainerState
{
    enum class Status { None, Creating, Created, Running, Paused, Stopped, Unknown };

    // The lifecycle actions, for asking which ones the runtime allows now.
    enum class Action { Create, Start, Run, Exec, Pause, Resume, Kill, Delete, ForceDelete, Processes };

    QString id;
    Status status = Status::None; // None: the runtime knows no such container
    qint64 pid = 0;
    QString bundle;
    QString rootfs;
    QDateTime created;
    QString owner;

    bool exists() const { return status != Status::None; }
    // True when runc accepts the action in this state.
    bool allows(Action action) const { return allows(status, action); }
    static bool allows(Status status, Action action);

    static Status statusFromString(const QString &text);
    static QString statusName(Status status); // translated, for display

    // Parses the output of "runc state ID".
    static Result<ContainerState> fromJson(const QByteArray &json);
    // Parses the output of "runc list --format json" (which is "null" when empty).
    static Result<QList<ContainerState>> listFromJson(const QByteArray &json);

    bool operator==(const ContainerState &other) const = default;
};

Q_DECLARE_METATYPE(ContainerState)
