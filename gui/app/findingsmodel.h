// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ocispec/finding.h"

#include <QAbstractTableModel>

class QIcon;

// The findings of one validation run as a table: severity, code, pointer,
// message. Replaced wholesale after each run; a few thousand rows cost one
// reset and no widgets.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, CodeColumn, PointerColumn, MessageColumn, ColumnCount };
    enum Role { PointerRole = Qt::UserRole + 1 };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    const Finding *findingAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QIcon severityIcon(Finding::Severity severity);

private:
    QList<Finding> m_findings;
};
