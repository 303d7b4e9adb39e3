// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/specdocument.h"
#include "ocispec/finding.h"

#include <QAbstractTableModel>
#include <QPointer>

class QIcon;

// The findings of one validation run as a table: severity, code, location,
// message. The location reads as a path of the catalogue's titles; the JSON
// pointer is its tooltip and PointerRole. Replaced wholesale after each run; a few thousand rows cost one
// reset and no widgets.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, CodeColumn, PointerColumn, MessageColumn, ColumnCount };
    enum Role { PointerRole = Qt::UserRole + 1 };

    explicit FindingsModel(QObject *parent = nullptr);

    // The document the findings are about: it names list elements in the
    // location ("Mounts › /proc › Options"). Without one they are numbered.
    void setDocument(const SpecDocument *document);
    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    const Finding *findingAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QIcon severityIcon(Finding::Severity severity);
    // The Location column's text for pointer: "(document)" for the root.
    static QString locationText(const QString &pointer, const SpecDocument *document);

private:
    QList<Finding> m_findings;
    QPointer<const SpecDocument> m_document;
};
