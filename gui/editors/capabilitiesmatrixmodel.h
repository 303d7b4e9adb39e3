// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QAbstractTableModel>
#include <QStringList>

class SpecDocument;

// Every Linux capability (rows) against the five capability sets (columns)
// of /process/capabilities, as check boxes. Capability names the file holds
// but the catalogue does not know get rows of their own after the known
// ones, so nothing in the file is hidden. Reads and writes the document
// directly; ticking a box is one undoable command.
class CapabilitiesMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        BoundingColumn,
        EffectiveColumn,
        InheritableColumn,
        PermittedColumn,
        AmbientColumn,
        ColumnCount
    };
    enum Role { DangerousRole = Qt::UserRole + 1 };

    explicit CapabilitiesMatrixModel(SpecDocument *document, QObject *parent = nullptr);

    // "bounding", "effective", ... for the set columns.
    static QString setName(int column);
    static QStringList setNames();
    static JsonPointer setPointer(int column);

    QString capabilityAt(int row) const;
    int rowOf(const QString &capability) const;
    bool contains(int column, const QString &capability) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();
    QStringList namesInDocument() const;

    SpecDocument *m_document;
    QStringList m_known;
    QStringList m_names; // m_known followed by the unknown names in the file
};
