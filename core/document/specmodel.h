// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "json.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class SpecDocument;

// The whole document as a tree: one row per object member or array element,
// with key, value and type columns; unknown and other-platform fields
// included. Items are created lazily, so a 100,000-mount document costs
// nothing until a view expands /mounts. Edits go to the document as undoable
// commands; the model follows the document's signals.
class SpecModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        PointerRole = Qt::UserRole + 1, // QString, RFC 6901
        JsonTextRole,                   // QString, the value as compact JSON
    };

    explicit SpecModel(SpecDocument *document, QObject *parent = nullptr);
    ~SpecModel() override;

    SpecDocument *document() const { return m_document; }

    QModelIndex indexForPointer(const JsonPointer &pointer, int column = KeyColumn) const;
    JsonPointer pointerForIndex(const QModelIndex &index) const;
    const Json *valueForIndex(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Text -> JSON of the same kind as `current` ("42" stays an integer,
    // "true" a boolean); nullopt when the text does not fit that kind.
    static std::optional<Json> parseLike(const Json &current, const QString &text);
    // The key-column text of an array element: its destination, type, path…
    static QString elementLabel(const Json &element);

private:
    struct Node;

    Node *nodeFor(const QModelIndex &index) const;
    // The node of a pointer; nullptr when the pointer names nothing or, unless
    // populating, passes through rows no view has asked for yet.
    Node *findNode(const JsonPointer &pointer, bool populating = false) const;
    void populate(Node *node) const;
    const Json *resolve(const Node *node) const;
    JsonPointer pointerOf(const Node *node) const;
    QModelIndex indexOf(Node *node, int column = KeyColumn) const;
    static void renumber(Node *node, int from);

    void onAboutToInsert(const JsonPointer &parent, int first, int last);
    void onInserted(const JsonPointer &parent, int first, int last);
    void onAboutToRemove(const JsonPointer &parent, int first, int last);
    void onRemoved(const JsonPointer &parent, int first, int last);
    void onAboutToMove(const JsonPointer &parent, int from, int to);
    void onMoved(const JsonPointer &parent, int from, int to);
    void onValueChanged(const JsonPointer &pointer);

    SpecDocument *m_document;
    std::unique_ptr<Node> m_root;
    // The node whose rows are changing between an about-to and a done signal;
    // null when no view has ever seen it, in which case nothing is announced.
    Node *m_pending = nullptr;
};
