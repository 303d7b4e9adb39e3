// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runtimefeatures.h"
#include "runtimesupportcheck.h"

#include <QAbstractTableModel>
#include <QList>

// The Runtime support table: one row per aspect the config uses, the config's
// values, then one column per runtime with its verdict ("✓ supported",
// "✗ unsupported (CAP_BPF)", "? unknown") and the reason as tooltip.
class RuntimeSupportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AspectColumn, ValueColumn, FirstRuntimeColumn };
    enum Role {
        VerdictRole = Qt::UserRole + 1, // RuntimeSupportVerdict::Kind, runtime columns only
        PointerRole,                    // the JSON pointer of the aspect's first use, as text
    };

    explicit RuntimeSupportModel(QObject *parent = nullptr);

    // Rows for config; a config using the same aspects keeps the rows and
    // only changes their data.
    void setConfig(const Json &config);
    // Adds a runtime's column, or replaces the column of the same runtime.
    void setRuntime(const RuntimeFeatures &features);
    void clearRuntimes();
    void setHostCgroupVersion(RuntimeSupportCheck::CgroupVersion version);

    const QList<RuntimeFeatures> &runtimes() const { return m_runtimes; }
    const QList<RuntimeSupportRow> &supportRows() const { return m_rows; }
    RuntimeSupportVerdict verdict(int row, int runtime) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "✓ supported", "✗ unsupported (why)", "⚠ caution (why)", "? unknown".
    static QString cellText(const RuntimeSupportVerdict &verdict);

private:
    void refreshRows();

    Json m_config = Json::object();
    RuntimeSupportCheck::CgroupVersion m_host;
    QList<RuntimeSupportRow> m_rows;
    QList<RuntimeFeatures> m_runtimes;
};
