#pragma once

#include <QList>
#include <QString>

// One process inside a container, as "runc ps --format json" lists it
// (only PIDs), with its command line read from /proc.
struct ContainerProcess
{
    qint64 pid = 0;
    QString command;

    // Parses runc's PID array and looks each PID up in procRoot ("/proc").
    static bool listFromJson(const QByteArray &json, QList<ContainerProcess> *processes,
                             QString *error, const QString &procRoot = QStringLiteral("/proc"));

    bool operator==(const ContainerProcess &other) const = default;
};
