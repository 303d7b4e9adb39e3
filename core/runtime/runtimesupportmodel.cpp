// SPDX-License-Identifier: Apache-2.0
#include "runtimesupportmodel.h"

RuntimeSupportModel::RuntimeSupportModel(QObject *parent)
    : QAbstractTableModel(parent), m_host(RuntimeSupportCheck::hostCgroupVersion())
{
    m_rows = RuntimeSupportCheck::rows(m_config, m_host);
}

void RuntimeSupportModel::setConfig(const Json &config)
{
    m_config = config;
    refreshRows();
}

void RuntimeSupportModel::setHostCgroupVersion(RuntimeSupportCheck::CgroupVersion version)
{
    m_host = version;
    refreshRows();
}

void RuntimeSupportModel::refreshRows()
{
    QList<RuntimeSupportRow> rows = RuntimeSupportCheck::rows(m_config, m_host);
    const bool sameAspects =
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(),
                   [](const RuntimeSupportRow &a, const RuntimeSupportRow &b) { return a.aspect == b.aspect; });
    if (!sameAspects) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ValueColumn), index(rowCount() - 1, columnCount() - 1));
}

void RuntimeSupportModel::setRuntime(const RuntimeFeatures &features)
{
    for (int i = 0; i < m_runtimes.size(); ++i) {
        if (m_runtimes.at(i).name() == features.name()) {
            m_runtimes[i] = features;
            const int column = FirstRuntimeColumn + i;
            Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
            return;
        }
    }
    const int column = columnCount();
    beginInsertColumns(QModelIndex(), column, column);
    m_runtimes.append(features);
    endInsertColumns();
}

void RuntimeSupportModel::clearRuntimes()
{
    if (m_runtimes.isEmpty())
        return;
    beginRemoveColumns(QModelIndex(), FirstRuntimeColumn, columnCount() - 1);
    m_runtimes.clear();
    endRemoveColumns();
}

RuntimeSupportVerdict RuntimeSupportModel::verdict(int row, int runtime) const
{
    return RuntimeSupportCheck::judge(m_rows.at(row), m_runtimes.at(runtime));
}

int RuntimeSupportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuntimeSupportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstRuntimeColumn + int(m_runtimes.size());
}

QString RuntimeSupportModel::cellText(const RuntimeSupportVerdict &verdict)
{
    switch (verdict.kind) {
    case RuntimeSupportVerdict::Supported: return tr("✓ supported");
    case RuntimeSupportVerdict::Caution: return tr("⚠ caution (%1)").arg(verdict.brief);
    case RuntimeSupportVerdict::Unsupported: return tr("✗ unsupported (%1)").arg(verdict.brief);
    case RuntimeSupportVerdict::Unknown: break;
    }
    return tr("? unknown");
}

QVariant RuntimeSupportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RuntimeSupportRow &row = m_rows.at(index.row());
    if (role == PointerRole)
        return JsonUtil::pointerString(row.pointer());
    if (index.column() == AspectColumn) {
        if (role == Qt::DisplayRole)
            return row.title();
        if (role == Qt::ToolTipRole)
            return JsonUtil::pointerString(row.pointer());
        return QVariant();
    }
    if (index.column() == ValueColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.valueText();
        return QVariant();
    }
    const RuntimeFeatures &runtime = m_runtimes.at(index.column() - FirstRuntimeColumn);
    const RuntimeSupportVerdict verdict = RuntimeSupportCheck::judge(row, runtime);
    switch (role) {
    case Qt::DisplayRole: return cellText(verdict);
    case Qt::ToolTipRole:
        return verdict.kind == RuntimeSupportVerdict::Supported
            ? tr("%1 supports what this configuration uses here.").arg(runtime.label())
            : verdict.reason;
    case VerdictRole: return int(verdict.kind);
    default: return QVariant();
    }
}

QVariant RuntimeSupportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == AspectColumn)
            return tr("Aspect");
        if (section == ValueColumn)
            return tr("This bundle");
        return m_runtimes.at(section - FirstRuntimeColumn).label();
    }
    if (role == Qt::ToolTipRole && section >= FirstRuntimeColumn) {
        const RuntimeFeatures &runtime = m_runtimes.at(section - FirstRuntimeColumn);
        return runtime.hasDocument()
            ? tr("What \"%1 features\" reports").arg(runtime.name())
            : tr("%1 has no features command; what its --version reports").arg(runtime.label());
    }
    return QVariant();
}

#include "moc_runtimesupportmodel.cpp"
