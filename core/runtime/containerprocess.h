// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"

#include <QList>
#include <QString>
#include <QStringList>

// One process inside a container, as one line of
// "runc ps ID -o pid,user,pcpu,rss,etime,args" shows it.
struct ContainerProcess
{
    qint64 pid = 0;
    QString user;
    double cpuPercent = 0;
    qint64 residentKiB = 0;
    QString elapsed; // as ps writes it: [[dd-]hh:]mm:ss
    QString command;

    // The ps options the table parser expects, in this order.
    static QStringList psOptions();
    // Parses the table (a header line, then one line per process; the
    // command, last, may hold spaces).
    static Result<QList<ContainerProcess>> listFromTable(const QByteArray &table);

    bool operator==(const ContainerProcess &other) const = default;
};
