// SPDX-License-Identifier: Apache-2.0
#include "containerprocess.h"

#include "document/json.h"

#include <QCoreApplication>
#include <QFile>

static QString commandLine(const QString &procRoot, qint64 pid)
{
    QFile file(QStringLiteral("%1/%2/cmdline").arg(procRoot).arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QByteArray text = file.read(4096);
    if (text.endsWith('\0'))
        text.chop(1);
    text.replace('\0', ' ');
    return QString::fromLocal8Bit(text);
}

Result<QList<ContainerProcess>> ContainerProcess::listFromJson(const QByteArray &json, const QString &procRoot)
{
    using Processes = Result<QList<ContainerProcess>>;
    const Json parsed = Json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (parsed.is_null())
        return QList<ContainerProcess>();
    if (!parsed.is_array())
        return Processes::failure(
            QCoreApplication::translate("ContainerProcess", "The runtime's process list is not a JSON array."));
    QList<ContainerProcess> result;
    for (const Json &pid : parsed) {
        if (!pid.is_number_integer())
            return Processes::failure(QCoreApplication::translate(
                "ContainerProcess", "The runtime's process list holds a value that is not a PID."));
        const qint64 value = pid.get<qint64>();
        result.append({value, commandLine(procRoot, value)});
    }
    return result;
}
