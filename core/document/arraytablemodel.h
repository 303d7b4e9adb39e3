// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "json.h"
#include "ocispec/finding.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

class SpecDocument;

// One list of the document (mounts, namespaces, ID mappings, a hook kind,
// devices, rlimits, env, args) or one string map (annotations, sysctl) as a
// table with named columns. It holds no data: every cell is read from the
// document and every edit is an undoable command on it. It follows the
// document's signals directly, checking pointer prefixes, so that it needs no
// materialised tree and stays cheap for 100,000 rows.
class ArrayTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind {
        Text,        // a string member; empty text removes an optional member
        Integer,     // an int64/uint64 member, exact
        Boolean,     // a checkable member
        StringList,  // an array of strings, shown comma-separated (mount options)
        Element,     // the element itself (args, maskedPaths)
        EnvName,     // "NAME" of a "NAME=value" element
        EnvValue,    // "value" of a "NAME=value" element
        MemberKey,   // the key of a map member (annotations)
        MemberValue, // the string value of a map member
    };
    struct Column
    {
        QString title;
        std::string member; // the element's member this column edits ("destination")
        Kind kind = Kind::Text;
        bool removeWhenEmpty = true;
    };
    enum Role {
        PointerRole = Qt::UserRole + 1, // the cell's JSON pointer, as text
        FindingSeverityRole,            // the worst Finding::Severity of the cell's findings (int); none without
        FindingMessagesRole,            // QStringList: their messages
    };

    ArrayTableModel(SpecDocument *document, const JsonPointer &container, const QList<Column> &columns,
                    QObject *parent = nullptr);

    SpecDocument *document() const { return m_document; }
    JsonPointer containerPointer() const { return m_container; }
    // Pointer of a row's element, or of its member for a column.
    JsonPointer pointerFor(int row, int column = -1) const;
    // The cell that shows pointer: its row's column for the member it is
    // about (or inside of), else the label column; invalid outside the list.
    QModelIndex indexFor(const JsonPointer &pointer) const;
    // "mount", "namespace": used in undo texts ("Remove mount /proc").
    void setItemName(const QString &singular) { m_itemName = singular; }
    // Which column names a row in undo texts (mount: destination).
    void setLabelColumn(int column) { m_labelColumn = column; }

    // The findings of the last validation run. Each one under the list marks
    // one cell: the column of the member it is about (or is inside of), else
    // the label column. They stay until the next call, which a revalidation
    // after every edit brings.
    void setFindings(const QList<Finding> &findings);

    // Undoable structural edits.
    void appendRow(const Json &element);
    void insertElement(int row, const Json &element);
    void removeElement(int row);
    void moveElement(int from, int to);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Json *container() const;
    const Json *element(int row) const;
    QString rowLabel(int row) const;
    QVariant cellText(const Json &element, int row, const Column &column) const;
    std::optional<Json> cellValue(const Json &element, const Column &column, const QVariant &value, int role) const;
    enum class Relation { Unrelated, Container, Inside, Ancestor };
    Relation relationTo(const JsonPointer &pointer, int *row) const;
    bool removesContainer(const JsonPointer &ancestor, int first, int last) const;

    void onAboutToInsert(const JsonPointer &parent, int first, int last);
    void onInserted(const JsonPointer &parent, int first, int last);
    void onAboutToRemove(const JsonPointer &parent, int first, int last);
    void onRemoved(const JsonPointer &parent, int first, int last);
    void onAboutToMove(const JsonPointer &parent, int from, int to);
    void onMoved(const JsonPointer &parent, int from, int to);
    void onValueChanged(const JsonPointer &pointer);
    void onContentChangedInside(int row);
    // Ends what an about-to signal began: rows, a reset, or a change inside a row.
    void finishChange(const JsonPointer &parent, void (ArrayTableModel::*endRows)());

    struct CellFindings
    {
        Finding::Severity severity;
        QStringList messages;
    };
    const CellFindings *findingsAt(const QModelIndex &index) const;
    static quint64 cellKey(int row, int column) { return (quint64(quint32(row)) << 32) | quint32(column); }

    SpecDocument *m_document;
    JsonPointer m_container;
    QHash<quint64, CellFindings> m_findings;
    QList<Column> m_columns;
    QString m_itemName;
    int m_labelColumn = 0;
    enum class Pending { None, Rows, Reset } m_pending = Pending::None;
};
