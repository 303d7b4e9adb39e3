// SPDX-License-Identifier: Apache-2.0
#include "arraytablemodel.h"
#include "specdocument.h"
#include "specmodel.h"

namespace {

QString stringMember(const Json &object, const std::string &member)
{
    if (!object.is_object())
        return QString();
    auto it = object.find(member);
    if (it == object.end())
        return QString();
    if (it->is_string())
        return JsonUtil::toQString(it->get_ref<const std::string &>());
    return JsonUtil::toDisplayString(*it);
}

// An environment entry split at its first "=": "A=b=c" is A and b=c; a
// text without "=" is all name.
struct EnvEntry
{
    QString name;
    QString value;
};

EnvEntry splitEnvEntry(const Json &element)
{
    const QString text = element.is_string() ? JsonUtil::toQString(element.get_ref<const std::string &>()) : QString();
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals < 0)
        return {text, QString()};
    return {text.left(equals), text.mid(equals + 1)};
}

} // namespace

ArrayTableModel::ArrayTableModel(SpecDocument *document, const JsonPointer &container, const QList<Column> &columns,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_container(container), m_columns(columns),
      m_itemName(tr("item"))
{
    connect(document, &SpecDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &SpecDocument::reset, this, [this] { endResetModel(); });
    connect(document, &SpecDocument::aboutToInsert, this, &ArrayTableModel::onAboutToInsert);
    connect(document, &SpecDocument::inserted, this, &ArrayTableModel::onInserted);
    connect(document, &SpecDocument::aboutToRemove, this, &ArrayTableModel::onAboutToRemove);
    connect(document, &SpecDocument::removed, this, &ArrayTableModel::onRemoved);
    connect(document, &SpecDocument::aboutToMove, this, &ArrayTableModel::onAboutToMove);
    connect(document, &SpecDocument::moved, this, &ArrayTableModel::onMoved);
    connect(document, &SpecDocument::valueChanged, this, &ArrayTableModel::onValueChanged);
}

const Json *ArrayTableModel::container() const
{
    const Json *json = m_document->value(m_container);
    return json && json->is_structured() ? json : nullptr;
}

const Json *ArrayTableModel::element(int row) const
{
    const Json *json = container();
    return json ? JsonUtil::childAt(*json, row) : nullptr;
}

JsonPointer ArrayTableModel::pointerFor(int row, int column) const
{
    const Json *json = container();
    JsonPointer pointer = m_container;
    if (json && json->is_object() && row >= 0 && size_t(row) < json->size())
        pointer /= JsonUtil::memberAt(*json, size_t(row)).first;
    else
        pointer /= size_t(row);
    if (column >= 0 && column < m_columns.size() && !m_columns[column].member.empty())
        pointer /= m_columns[column].member;
    return pointer;
}

QString ArrayTableModel::rowLabel(int row) const
{
    const QModelIndex cell = index(row, m_labelColumn);
    const QString label = data(cell).toString();
    return label.isEmpty() ? QString::number(row + 1) : label;
}

// --- structural edits -------------------------------------------------------

void ArrayTableModel::appendRow(const Json &element)
{
    insertElement(rowCount(), element);
}

void ArrayTableModel::insertElement(int row, const Json &element)
{
    const Json *json = container();
    // A table with a key column edits a map, even before the map exists.
    const bool map = json
        ? json->is_object()
        : std::any_of(m_columns.begin(), m_columns.end(), [](const Column &c) { return c.kind == Kind::MemberKey; });
    if (map) {
        // A new map member needs a key nobody uses yet.
        std::string key = "key";
        for (int n = 2; json && json->contains(key); ++n)
            key = "key" + std::to_string(n);
        m_document->insertValue(m_container, row, element, tr("Add %1").arg(m_itemName), key);
        return;
    }
    m_document->insertValue(m_container, row, element, tr("Add %1").arg(m_itemName));
}

void ArrayTableModel::removeElement(int row)
{
    if (!element(row))
        return;
    m_document->removeValue(pointerFor(row), tr("Remove %1 %2").arg(m_itemName, rowLabel(row)));
}

void ArrayTableModel::moveElement(int from, int to)
{
    if (!element(from) || !element(to))
        return;
    m_document->moveValue(m_container, from, to, tr("Move %1 %2").arg(m_itemName, rowLabel(from)));
}

// --- QAbstractItemModel -----------------------------------------------------

int ArrayTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const Json *json = container();
    return json ? int(json->size()) : 0;
}

int ArrayTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ArrayTableModel::cellText(const Json &element, int row, const Column &column) const
{
    switch (column.kind) {
    case Kind::Element:
        return element.is_string() ? JsonUtil::toQString(element.get_ref<const std::string &>())
                                   : JsonUtil::toDisplayString(element);
    case Kind::EnvName:
    case Kind::EnvValue: {
        const EnvEntry entry = splitEnvEntry(element);
        return column.kind == Kind::EnvName ? entry.name : entry.value;
    }
    case Kind::MemberKey: return JsonUtil::toQString(JsonUtil::memberAt(*container(), size_t(row)).first);
    case Kind::MemberValue:
        return element.is_string() ? JsonUtil::toQString(element.get_ref<const std::string &>())
                                   : JsonUtil::toDisplayString(element);
    case Kind::StringList: {
        if (!element.is_object())
            return QString();
        auto it = element.find(column.member);
        if (it == element.end() || !it->is_array())
            return QString();
        QStringList parts;
        for (const Json &item : *it)
            parts << (item.is_string() ? JsonUtil::toQString(item.get_ref<const std::string &>())
                                       : JsonUtil::toDisplayString(item));
        return parts.join(QLatin1Char(','));
    }
    case Kind::Integer:
    case Kind::Text:
    case Kind::Boolean: return stringMember(element, column.member);
    }
    return QVariant();
}

QVariant ArrayTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return QVariant();
    const Json *json = element(index.row());
    if (!json)
        return QVariant();
    const Column &column = m_columns[index.column()];
    if (role == PointerRole)
        return JsonUtil::pointerString(pointerFor(index.row(), index.column()));
    if (role == FindingSeverityRole || role == FindingMessagesRole) {
        const CellFindings *findings = findingsAt(index);
        if (!findings)
            return QVariant();
        return role == FindingSeverityRole ? QVariant(int(findings->severity)) : QVariant(findings->messages);
    }
    if (column.kind == Kind::Boolean) {
        if (role != Qt::CheckStateRole)
            return QVariant();
        const bool on = json->is_object() && json->value(column.member, Json(false)).is_boolean()
            && json->value(column.member, false);
        return on ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return cellText(*json, index.row(), column);
    if (role == Qt::ToolTipRole) {
        const QVariant text = cellText(*json, index.row(), column);
        const CellFindings *findings = findingsAt(index);
        if (!findings)
            return text;
        const QString plain = text.toString();
        return findings->messages.join(QLatin1Char('\n'))
            + (plain.isEmpty() ? QString() : QStringLiteral("\n\n") + plain);
    }
    return QVariant();
}

const ArrayTableModel::CellFindings *ArrayTableModel::findingsAt(const QModelIndex &index) const
{
    if (m_findings.isEmpty())
        return nullptr;
    const auto found = m_findings.constFind(cellKey(index.row(), index.column()));
    return found == m_findings.cend() ? nullptr : &found.value();
}

QModelIndex ArrayTableModel::indexFor(const JsonPointer &pointer) const
{
    const Json *list = container();
    if (!list || !JsonUtil::startsWith(pointer, m_container))
        return {};
    const std::vector<std::string> tokens = JsonUtil::tokens(pointer);
    const size_t depth = JsonUtil::tokens(m_container).size();
    const int row = tokens.size() > depth ? JsonUtil::childRow(*list, tokens[depth]) : -1;
    if (row < 0)
        return {};
    int column = m_labelColumn;
    if (tokens.size() > depth + 1) {
        for (int c = 0; c < m_columns.size(); ++c) {
            if (m_columns[c].member == tokens[depth + 1])
                column = c;
        }
    }
    return index(row, column);
}

void ArrayTableModel::setFindings(const QList<Finding> &findings)
{
    QHash<quint64, CellFindings> cells;
    // A text prefix check first: most findings are elsewhere in the document.
    const QString prefix = JsonUtil::pointerString(m_container) + QLatin1Char('/');
    for (const Finding &finding : findings) {
        if (!finding.pointer.startsWith(prefix))
            continue;
        const Result<JsonPointer> pointer = JsonUtil::parsePointer(finding.pointer);
        const QModelIndex cellIndex = pointer ? indexFor(pointer.value()) : QModelIndex();
        if (!cellIndex.isValid())
            continue;
        CellFindings &cell = cells[cellKey(cellIndex.row(), cellIndex.column())];
        cell.severity =
            cell.messages.isEmpty() || int(finding.severity) < int(cell.severity) ? finding.severity : cell.severity;
        cell.messages.append(finding.message);
    }
    if (cells.isEmpty() && m_findings.isEmpty())
        return;
    m_findings = std::move(cells);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {FindingSeverityRole, FindingMessagesRole, Qt::ToolTipRole});
}

std::optional<Json> ArrayTableModel::cellValue(const Json &element, const Column &column, const QVariant &value,
                                               int role) const
{
    const QString text = value.toString();
    switch (column.kind) {
    case Kind::Boolean:
        if (role != Qt::CheckStateRole)
            return std::nullopt;
        return Json(value.value<Qt::CheckState>() == Qt::Checked);
    case Kind::Integer: {
        const Json parsed = SpecModel::parseLike(Json(0), text).value_or(Json());
        if (!parsed.is_number_integer())
            return std::nullopt;
        return parsed;
    }
    case Kind::StringList: {
        Json list = Json::array();
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            list.push_back(JsonUtil::toStd(part.trimmed()));
        return list;
    }
    case Kind::EnvName:
    case Kind::EnvValue: {
        const EnvEntry entry = splitEnvEntry(element);
        const QString updated =
            column.kind == Kind::EnvName ? text + QLatin1Char('=') + entry.value : entry.name + QLatin1Char('=') + text;
        return Json(JsonUtil::toStd(updated));
    }
    case Kind::Element:
    case Kind::MemberValue:
    case Kind::Text: return Json(JsonUtil::toStd(text));
    case Kind::MemberKey: return Json(JsonUtil::toStd(text));
    }
    return std::nullopt;
}

bool ArrayTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || (role != Qt::EditRole && role != Qt::CheckStateRole))
        return false;
    const Json *json = element(index.row());
    if (!json)
        return false;
    const Column &column = m_columns[index.column()];
    const std::optional<Json> updated = cellValue(*json, column, value, role);
    if (!updated)
        return false;

    // The spec's member name reads the same in every language ("Set
    // destination of mount /proc"); lists of plain values use the title.
    const QString field = column.member.empty() ? column.title : JsonUtil::toQString(column.member);
    const QString what = tr("Set %1 of %2 %3").arg(field, m_itemName, rowLabel(index.row()));
    if (column.kind == Kind::MemberKey) {
        // Renaming a key is a removal and an insertion at the same place: one step.
        const std::string newKey = updated->get<std::string>();
        const JsonPointer old = pointerFor(index.row());
        if (newKey.empty() || newKey == old.back() || container()->contains(newKey))
            return false;
        const Json member = *json;
        m_document->undoStack()->beginMacro(tr("Rename %1 %2").arg(m_itemName, rowLabel(index.row())));
        m_document->removeValue(old);
        m_document->insertValue(m_container, index.row(), member, QString(), newKey);
        m_document->undoStack()->endMacro();
        return true;
    }
    const JsonPointer target = pointerFor(index.row(), index.column());
    const Json *current = m_document->value(target);
    const bool empty = (updated->is_string() && updated->get_ref<const std::string &>().empty())
        || (updated->is_array() && updated->empty());
    if (empty && column.removeWhenEmpty && !column.member.empty()) {
        if (!current)
            return false;
        m_document->removeValue(target, what);
        return true;
    }
    if (current && *current == *updated && current->type() == updated->type())
        return false;
    m_document->setValue(target, *updated, what);
    return true;
}

Qt::ItemFlags ArrayTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_columns[index.column()].kind == Kind::Boolean)
        flags |= Qt::ItemIsUserCheckable;
    else
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ArrayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < m_columns.size() ? QVariant(m_columns[section].title) : QVariant();
}

// --- following the document -------------------------------------------------

ArrayTableModel::Relation ArrayTableModel::relationTo(const JsonPointer &pointer, int *row) const
{
    const std::vector<std::string> mine = JsonUtil::tokens(m_container);
    const std::vector<std::string> theirs = JsonUtil::tokens(pointer);
    const size_t common = std::min(mine.size(), theirs.size());
    if (!std::equal(mine.begin(), mine.begin() + common, theirs.begin()))
        return Relation::Unrelated;
    if (theirs.size() == mine.size())
        return Relation::Container;
    if (theirs.size() < mine.size())
        return Relation::Ancestor;
    const Json *json = container();
    *row = json ? JsonUtil::childRow(*json, theirs[mine.size()]) : -1;
    return Relation::Inside;
}

bool ArrayTableModel::removesContainer(const JsonPointer &ancestor, int first, int last) const
{
    // Which row of the ancestor leads down to this list?
    // A copy: the vector of tokens is gone at the end of this line.
    const std::string step = JsonUtil::tokens(m_container)[JsonUtil::tokens(ancestor).size()];
    const Json *json = m_document->value(ancestor);
    if (!json || !json->is_structured())
        return false;
    const int row = JsonUtil::childRow(*json, step);
    return row >= first && row <= last;
}

void ArrayTableModel::onAboutToInsert(const JsonPointer &parent, int first, int last)
{
    int row = -1;
    switch (relationTo(parent, &row)) {
    case Relation::Container:
        m_pending = Pending::Rows;
        beginInsertRows(QModelIndex(), first, last);
        return;
    case Relation::Ancestor:
        // The list itself may appear, as when the first mount is added; an
        // existing list is not touched by an insertion above it.
        m_pending = rowCount() == 0 ? Pending::Reset : Pending::None;
        if (m_pending == Pending::Reset)
            beginResetModel();
        return;
    default: m_pending = Pending::None;
    }
}

void ArrayTableModel::onInserted(const JsonPointer &parent, int, int)
{
    finishChange(parent, &ArrayTableModel::endInsertRows);
}

void ArrayTableModel::onAboutToRemove(const JsonPointer &parent, int first, int last)
{
    int row = -1;
    switch (relationTo(parent, &row)) {
    case Relation::Container:
        m_pending = Pending::Rows;
        beginRemoveRows(QModelIndex(), first, last);
        return;
    case Relation::Ancestor:
        m_pending = removesContainer(parent, first, last) ? Pending::Reset : Pending::None;
        if (m_pending == Pending::Reset)
            beginResetModel();
        return;
    default: m_pending = Pending::None;
    }
}

void ArrayTableModel::onRemoved(const JsonPointer &parent, int, int)
{
    finishChange(parent, &ArrayTableModel::endRemoveRows);
}

void ArrayTableModel::onAboutToMove(const JsonPointer &parent, int from, int to)
{
    int row = -1;
    switch (relationTo(parent, &row)) {
    case Relation::Container:
        m_pending = Pending::Rows;
        beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
        return;
    default: m_pending = Pending::None;
    }
}

void ArrayTableModel::onMoved(const JsonPointer &parent, int, int)
{
    finishChange(parent, &ArrayTableModel::endMoveRows);
}

void ArrayTableModel::finishChange(const JsonPointer &parent, void (ArrayTableModel::*endRows)())
{
    const Pending pending = std::exchange(m_pending, Pending::None);
    if (pending == Pending::Rows) {
        (this->*endRows)();
    } else if (pending == Pending::Reset) {
        endResetModel();
    } else {
        int row = -1;
        if (relationTo(parent, &row) == Relation::Inside)
            onContentChangedInside(row);
    }
}

void ArrayTableModel::onValueChanged(const JsonPointer &pointer)
{
    int row = -1;
    if (relationTo(pointer, &row) == Relation::Inside)
        onContentChangedInside(row);
}

void ArrayTableModel::onContentChangedInside(int row)
{
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

#include "moc_arraytablemodel.cpp"
