// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"

#include <QList>
#include <QString>

// One process inside a container, as "runc ps --format json" lists it
// (only PIDs), with its command line read from /proc.
struct ContainerProcess
{
    qint64 pid = 0;
    QString command;

    // Parses runc's PID array and looks each PID up in procRoot ("/proc").
    static Result<QList<ContainerProcess>> listFromJson(const QByteArray &json,
                                                        const QString &procRoot = QStringLiteral("/proc"));

    bool operator==(const ContainerProcess &other) const = default;
};
