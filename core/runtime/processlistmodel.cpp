// SPDX-License-Identifier: Apache-2.0
#include "processlistmodel.h"

#include <QLocale>

#include <algorithm>

ProcessListModel::ProcessListModel(QObject *parent) : QAbstractTableModel(parent) { }

void ProcessListModel::setProcesses(const QList<ContainerProcess> &processes)
{
    // Gone rows first (from the end), then changed ones, then new ones.
    for (qsizetype row = m_processes.size() - 1; row >= 0; --row) {
        const qint64 pid = m_processes.at(row).pid;
        const bool stays = std::any_of(processes.cbegin(), processes.cend(),
                                       [pid](const ContainerProcess &process) { return process.pid == pid; });
        if (!stays) {
            beginRemoveRows(QModelIndex(), int(row), int(row));
            m_processes.removeAt(row);
            endRemoveRows();
        }
    }
    for (const ContainerProcess &process : processes) {
        const auto it = std::find_if(m_processes.begin(), m_processes.end(),
                                     [&process](const ContainerProcess &known) { return known.pid == process.pid; });
        if (it == m_processes.end()) {
            const int row = int(m_processes.size());
            beginInsertRows(QModelIndex(), row, row);
            m_processes.append(process);
            endInsertRows();
        } else if (*it != process) {
            *it = process;
            const int row = int(it - m_processes.begin());
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
        }
    }
}

int ProcessListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_processes.size());
}

int ProcessListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcessListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ContainerProcess &process = m_processes.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool number =
            index.column() == PidColumn || index.column() == CpuColumn || index.column() == MemoryColumn;
        return QVariant::fromValue(
            Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && index.column() == CommandColumn)
        return process.command;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(index.column())) {
    case PidColumn: return process.pid;
    case UserColumn: return process.user;
    case CpuColumn: return QLocale().toString(process.cpuPercent, 'f', 1);
    case MemoryColumn: return QLocale().formattedDataSize(process.residentKiB * 1024);
    case ElapsedColumn: return process.elapsed;
    case CommandColumn: return process.command;
    case ColumnCount: break;
    }
    return QVariant();
}

QVariant ProcessListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case PidColumn: return tr("PID");
    case UserColumn: return tr("User");
    case CpuColumn: return tr("CPU %");
    case MemoryColumn: return tr("Memory");
    case ElapsedColumn: return tr("Elapsed");
    case CommandColumn: return tr("Command");
    case ColumnCount: break;
    }
    return QVariant();
}
