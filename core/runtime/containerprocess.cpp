// SPDX-License-Identifier: Apache-2.0
#include "containerprocess.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// pid, user, pcpu, rss, etime; the command takes the rest of the line.
constexpr int FixedColumns = 5;

QString tableError()
{
    return QCoreApplication::translate("ContainerProcess", "The runtime's process list is not the expected table.");
}

} // namespace

QStringList ContainerProcess::psOptions()
{
    return {QStringLiteral("-o"), QStringLiteral("pid,user,pcpu,rss,etime,args")};
}

Result<QList<ContainerProcess>> ContainerProcess::listFromTable(const QByteArray &table)
{
    using Processes = Result<QList<ContainerProcess>>;
    const QStringList lines = QString::fromLocal8Bit(table).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return QList<ContainerProcess>();
    static const QRegularExpression space(QStringLiteral("\\s+"));
    if (!lines.first().trimmed().startsWith(QLatin1String("PID")))
        return Processes::failure(tableError());
    QList<ContainerProcess> result;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QStringList fields = line.split(space);
        if (fields.size() < FixedColumns)
            return Processes::failure(tableError());
        ContainerProcess process;
        bool pidOk = false, cpuOk = false, rssOk = false;
        process.pid = fields.at(0).toLongLong(&pidOk);
        process.user = fields.at(1);
        process.cpuPercent = fields.at(2).toDouble(&cpuOk);
        process.residentKiB = fields.at(3).toLongLong(&rssOk);
        process.elapsed = fields.at(4);
        if (!pidOk || !cpuOk || !rssOk)
            return Processes::failure(tableError());
        // The command keeps its own spacing: everything after the fifth field.
        qsizetype at = 0;
        for (int field = 0; field < FixedColumns; ++field) {
            at = line.indexOf(fields.at(field), at) + fields.at(field).size();
        }
        process.command = line.mid(at).trimmed();
        result.append(process);
    }
    return result;
}
