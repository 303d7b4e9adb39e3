// SPDX-License-Identifier: Apache-2.0
#include "specmodel.h"
#include "jsonformat.h"
#include "specdocument.h"
#include "undotext.h"

#include <charconv>

struct SpecModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    bool populated = false;
    std::vector<std::unique_ptr<Node>> children;
};

SpecModel::SpecModel(SpecDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document), m_root(std::make_unique<Node>())
{
    connect(document, &SpecDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &SpecDocument::reset, this, [this] {
        m_root = std::make_unique<Node>();
        endResetModel();
    });
    connect(document, &SpecDocument::aboutToInsert, this, &SpecModel::onAboutToInsert);
    connect(document, &SpecDocument::inserted, this, &SpecModel::onInserted);
    connect(document, &SpecDocument::aboutToRemove, this, &SpecModel::onAboutToRemove);
    connect(document, &SpecDocument::removed, this, &SpecModel::onRemoved);
    connect(document, &SpecDocument::aboutToMove, this, &SpecModel::onAboutToMove);
    connect(document, &SpecDocument::moved, this, &SpecModel::onMoved);
    connect(document, &SpecDocument::valueChanged, this, &SpecModel::onValueChanged);
}

SpecModel::~SpecModel() = default;

// --- tree bookkeeping -----------------------------------------------------

SpecModel::Node *SpecModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

const Json *SpecModel::resolve(const Node *node) const
{
    // Rows from the node up to the root, then down through the JSON by position.
    int rows[SpecDocument::MaxDepth + 1];
    int depth = 0;
    for (const Node *n = node; n->parent; n = n->parent)
        rows[depth++] = n->row;
    const Json *json = &m_document->root();
    while (depth > 0 && json)
        json = JsonUtil::childAt(*json, rows[--depth]);
    return json;
}

JsonPointer SpecModel::pointerOf(const Node *node) const
{
    std::vector<int> rows;
    for (const Node *n = node; n->parent; n = n->parent)
        rows.push_back(n->row);
    JsonPointer pointer;
    const Json *json = &m_document->root();
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if (json->is_object()) {
            const auto &member = JsonUtil::memberAt(*json, size_t(*it));
            pointer /= member.first;
            json = &member.second;
        } else {
            pointer /= size_t(*it);
            json = &(*json)[size_t(*it)];
        }
    }
    return pointer;
}

void SpecModel::populate(Node *node) const
{
    if (node->populated)
        return;
    node->populated = true;
    const Json *json = resolve(node);
    const size_t count = json && json->is_structured() ? json->size() : 0;
    node->children.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = int(i);
        node->children.push_back(std::move(child));
    }
}

SpecModel::Node *SpecModel::findNode(const JsonPointer &pointer, bool populating) const
{
    Node *node = m_root.get();
    const Json *json = &m_document->root();
    for (const std::string &token : JsonUtil::tokens(pointer)) {
        if (populating)
            populate(node);
        if (!node->populated)
            return nullptr;
        const int row = JsonUtil::childRow(*json, token);
        if (row < 0 || size_t(row) >= node->children.size())
            return nullptr;
        json = JsonUtil::childAt(*json, row);
        node = node->children[size_t(row)].get();
    }
    return node;
}

QModelIndex SpecModel::indexOf(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return QModelIndex();
    return createIndex(node->row, column, node);
}

void SpecModel::renumber(Node *node, int from)
{
    for (size_t i = size_t(from); i < node->children.size(); ++i)
        node->children[i]->row = int(i);
}

// --- public lookups -------------------------------------------------------

QModelIndex SpecModel::indexForPointer(const JsonPointer &pointer, int column) const
{
    return indexOf(findNode(pointer, true), column);
}

JsonPointer SpecModel::pointerForIndex(const QModelIndex &index) const
{
    return pointerOf(nodeFor(index));
}

const Json *SpecModel::valueForIndex(const QModelIndex &index) const
{
    return resolve(nodeFor(index));
}

// --- QAbstractItemModel ---------------------------------------------------

QModelIndex SpecModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return QModelIndex();
    Node *node = nodeFor(parent);
    populate(node);
    if (size_t(row) >= node->children.size())
        return QModelIndex();
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex SpecModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    return indexOf(nodeFor(child)->parent);
}

int SpecModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Json *json = resolve(nodeFor(parent));
    return json && json->is_structured() ? int(json->size()) : 0;
}

int SpecModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SpecModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant SpecModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return QVariant();
    const Node *node = nodeFor(index);
    const Json *json = resolve(node);
    if (!json)
        return QVariant();

    if (role == PointerRole)
        return JsonUtil::pointerString(pointerOf(node));
    if (role == JsonTextRole)
        return JsonUtil::toQString(json->dump());
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return QVariant();

    switch (index.column()) {
    case KeyColumn: {
        const Json *parentJson = resolve(node->parent);
        if (parentJson && parentJson->is_object())
            return JsonUtil::toQString(JsonUtil::memberAt(*parentJson, size_t(node->row)).first);
        // Array elements are named by what they hold, not by their position,
        // so that a row keeps its label when rows before it come and go.
        return elementLabel(*json);
    }
    case ValueColumn:
        if (json->is_object())
            return role == Qt::EditRole ? QVariant() : QVariant(tr("%n member(s)", nullptr, int(json->size())));
        if (json->is_array())
            return role == Qt::EditRole ? QVariant() : QVariant(tr("%n item(s)", nullptr, int(json->size())));
        if (json->is_string())
            return JsonUtil::toQString(json->get_ref<const std::string &>());
        {
            std::string text;
            JsonFormat::appendScalar(text, *json);
            return JsonUtil::toQString(text);
        }
    case TypeColumn: return JsonUtil::typeName(*json);
    }
    return QVariant();
}

QString SpecModel::elementLabel(const Json &element)
{
    static const char *const namingMembers[] = {"destination", "type", "path", "name", "names", "domain", "class"};
    if (element.is_object()) {
        for (const char *member : namingMembers) {
            auto it = element.find(member);
            if (it != element.end() && (it->is_string() || it->is_array()))
                return JsonUtil::toDisplayString(*it, 60);
        }
        return tr("{…}");
    }
    if (element.is_array())
        return tr("[…]");
    return QStringLiteral("·");
}

std::optional<Json> SpecModel::parseLike(const Json &current, const QString &text)
{
    const std::string utf8 = JsonUtil::toStd(text.trimmed());
    switch (current.type()) {
    case Json::value_t::string: return Json(JsonUtil::toStd(text));
    case Json::value_t::boolean:
        if (utf8 == "true")
            return Json(true);
        if (utf8 == "false")
            return Json(false);
        return std::nullopt;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
    case Json::value_t::null:
    default:
        try {
            Json parsed = Json::parse(utf8);
            if (current.is_number() && !parsed.is_number())
                return std::nullopt;
            return parsed;
        } catch (const Json::exception &) {
            return std::nullopt;
        }
    }
}

bool SpecModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || index.column() != ValueColumn)
        return false;
    const Json *current = valueForIndex(index);
    if (!current || current->is_structured())
        return false;
    std::optional<Json> updated;
    if (role == Qt::CheckStateRole && current->is_boolean())
        updated = Json(value.value<Qt::CheckState>() == Qt::Checked);
    else if (role == Qt::EditRole)
        updated = value.typeId() == QMetaType::Bool && current->is_boolean() ? Json(value.toBool())
                                                                             : parseLike(*current, value.toString());
    if (!updated || (*updated == *current && updated->type() == current->type()))
        return false;
    const JsonPointer pointer = pointerForIndex(index);
    m_document->setValue(pointer, *updated, UndoText::set(pointer));
    return true;
}

Qt::ItemFlags SpecModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Json *json = valueForIndex(index);
    if (index.column() == ValueColumn && json && !json->is_structured())
        flags |= Qt::ItemIsEditable;
    if (!hasChildren(index))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant SpecModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    case TypeColumn: return tr("Type");
    }
    return QVariant();
}

// --- following the document -------------------------------------------------

void SpecModel::onAboutToInsert(const JsonPointer &parent, int first, int last)
{
    m_pending = findNode(parent);
    if (m_pending)
        beginInsertRows(indexOf(m_pending), first, last);
}

void SpecModel::onInserted(const JsonPointer &, int first, int last)
{
    if (!m_pending)
        return;
    if (m_pending->populated) {
        auto &children = m_pending->children;
        for (int row = first; row <= last; ++row) {
            auto child = std::make_unique<Node>();
            child->parent = m_pending;
            children.insert(children.begin() + row, std::move(child));
        }
        renumber(m_pending, first);
    }
    m_pending = nullptr;
    endInsertRows();
}

void SpecModel::onAboutToRemove(const JsonPointer &parent, int first, int last)
{
    m_pending = findNode(parent);
    if (m_pending)
        beginRemoveRows(indexOf(m_pending), first, last);
}

void SpecModel::onRemoved(const JsonPointer &, int first, int last)
{
    if (!m_pending)
        return;
    if (m_pending->populated) {
        auto &children = m_pending->children;
        children.erase(children.begin() + first, children.begin() + last + 1);
        renumber(m_pending, first);
    }
    m_pending = nullptr;
    endRemoveRows();
}

void SpecModel::onAboutToMove(const JsonPointer &parent, int from, int to)
{
    m_pending = findNode(parent);
    if (m_pending) {
        const QModelIndex index = indexOf(m_pending);
        // beginMoveRows wants the row the item goes before, in old numbering.
        beginMoveRows(index, from, from, index, to > from ? to + 1 : to);
    }
}

void SpecModel::onMoved(const JsonPointer &, int from, int to)
{
    if (!m_pending)
        return;
    if (m_pending->populated) {
        auto &children = m_pending->children;
        auto moving = std::move(children[size_t(from)]);
        children.erase(children.begin() + from);
        children.insert(children.begin() + to, std::move(moving));
        renumber(m_pending, std::min(from, to));
    }
    m_pending = nullptr;
    endMoveRows();
}

void SpecModel::onValueChanged(const JsonPointer &pointer)
{
    Node *node = findNode(pointer);
    if (!node || node == m_root.get())
        return;
    Q_EMIT dataChanged(indexOf(node, KeyColumn), indexOf(node, TypeColumn));
}

#include "moc_specmodel.cpp"
