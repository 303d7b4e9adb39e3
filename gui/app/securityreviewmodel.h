// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/specdocument.h"
#include "ocispec/securityreview.h"

#include <QAbstractTableModel>
#include <QPointer>

// The findings of a security review as a table: severity, code, location,
// message and whether a fix exists. Replaced wholesale after each review,
// like FindingsModel; the explanation, standards and fix of a row are
// roles, for the panel's detail view.
class SecurityReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The finding first: in a narrow dock it is what must stay readable.
    enum Column { SeverityColumn, MessageColumn, PointerColumn, FixColumn, CodeColumn, ColumnCount };
    enum Role {
        PointerRole = Qt::UserRole + 1, // the finding's JSON pointer, as text
        ExplanationRole,                // the rule's explanation
        StandardsRole,                  // QStringList: "Docker Bench 5.26", "PSS restricted: …"
        HasFixRole,                     // bool
        FixDescriptionRole,             // what the fix does, or an empty string
    };

    explicit SecurityReviewModel(QObject *parent = nullptr);

    // Names list elements in the location, as FindingsModel::setDocument().
    void setDocument(const SpecDocument *document);
    void setFindings(const QList<SecurityFinding> &findings);
    const QList<SecurityFinding> &findings() const { return m_findings; }
    const SecurityFinding *findingAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SecurityFinding> m_findings;
    QPointer<const SpecDocument> m_document;
};
