// SPDX-License-Identifier: Apache-2.0
#include "findingsmodel.h"

#include "document/specdocument.h"
#include "ocispec/speccatalogue.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) { }

void FindingsModel::setDocument(const SpecDocument *document)
{
    if (document == m_document)
        return;
    beginResetModel();
    m_document = document;
    endResetModel();
}

QString FindingsModel::locationText(const QString &pointer, const SpecDocument *document)
{
    if (pointer.isEmpty())
        return tr("(document)");
    return SpecCatalogue::instance().locationText(pointer, document ? &document->root() : nullptr);
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    if (findings == m_findings)
        return;
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

const Finding *FindingsModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon FindingsModel::severityIcon(Finding::Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Finding::Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Finding::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Finding::Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &finding = m_findings.at(index.row());
    if (role == PointerRole)
        return finding.pointer;
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return severityIcon(finding.severity);
    if (role == Qt::ToolTipRole)
        return index.column() == PointerColumn ? finding.pointer : Findings::toText(finding);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn: return Findings::severityDisplayName(finding.severity);
    case CodeColumn: return finding.code;
    case PointerColumn: return locationText(finding.pointer, m_document);
    case MessageColumn: return finding.message;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case CodeColumn: return tr("Code");
    case PointerColumn: return tr("Location");
    case MessageColumn: return tr("Message");
    }
    return {};
}
