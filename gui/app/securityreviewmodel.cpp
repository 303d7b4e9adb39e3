// SPDX-License-Identifier: Apache-2.0
#include "securityreviewmodel.h"

#include "findingsmodel.h"

#include <QIcon>

SecurityReviewModel::SecurityReviewModel(QObject *parent) : QAbstractTableModel(parent) { }

void SecurityReviewModel::setDocument(const SpecDocument *document)
{
    if (document == m_document)
        return;
    beginResetModel();
    m_document = document;
    endResetModel();
}

void SecurityReviewModel::setFindings(const QList<SecurityFinding> &findings)
{
    if (findings == m_findings)
        return;
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

const SecurityFinding *SecurityReviewModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int SecurityReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int SecurityReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecurityReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecurityFinding &finding = m_findings.at(index.row());
    switch (role) {
    case PointerRole: return finding.finding.pointer;
    case ExplanationRole: return finding.rule ? SecurityRules::explanation(*finding.rule) : QString();
    case StandardsRole: return finding.rule ? SecurityRules::referenceTexts(*finding.rule) : QStringList();
    case HasFixRole: return finding.hasFix();
    case FixDescriptionRole: return finding.fixDescription;
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? FindingsModel::severityIcon(finding.finding.severity) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == FixColumn)
            return finding.hasFix() ? finding.fixDescription : tr("No automatic fix; the explanation says what to do.");
        if (index.column() == PointerColumn)
            return finding.finding.pointer;
        return finding.rule ? SecurityRules::explanation(*finding.rule) : QString();
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case SeverityColumn: return Findings::severityDisplayName(finding.finding.severity);
    case CodeColumn: return finding.finding.code;
    case PointerColumn: return FindingsModel::locationText(finding.finding.pointer, m_document);
    case MessageColumn: return finding.finding.message;
    case FixColumn:
        //: In the Fix column: the finding has a fix.
        return finding.hasFix() ? tr("Available") : QString();
    }
    return {};
}

QVariant SecurityReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case CodeColumn: return tr("Code");
    case PointerColumn: return tr("Location");
    case MessageColumn: return tr("Finding");
    case FixColumn: return tr("Fix");
    }
    return {};
}
