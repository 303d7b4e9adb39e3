// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "containerprocess.h"

#include <QAbstractTableModel>

// The processes of one container, with the columns of "runc ps -o
// pid,user,pcpu,rss,etime,args". Rows are matched by PID on each update, so
// a selection survives the polls.
class ProcessListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PidColumn, UserColumn, CpuColumn, MemoryColumn, ElapsedColumn, CommandColumn, ColumnCount };

    explicit ProcessListModel(QObject *parent = nullptr);

    void setProcesses(const QList<ContainerProcess> &processes);
    QList<ContainerProcess> processes() const { return m_processes; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ContainerProcess> m_processes;
};
