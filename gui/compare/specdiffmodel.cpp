// SPDX-License-Identifier: Apache-2.0
#include "specdiffmodel.h"

#include "diffcolors.h"

#include "compare/specdiffreport.h"
#include "ocispec/speccatalogue.h"

#include <QGuiApplication>
#include <QPalette>

#include <unordered_map>

namespace {

// Group rows carry this internal id; change rows their group's row + 1.
constexpr quintptr GroupId = 0;

// The top-level member a change is under: "process" for /process/args/0;
// empty for a change of the whole config.
std::string topToken(const SpecChange &change)
{
    const std::vector<std::string> tokens = JsonUtil::tokens(change.pointer());
    return tokens.empty() ? std::string() : tokens.front();
}

} // namespace

SpecDiffModel::SpecDiffModel(QObject *parent)
    : QAbstractItemModel(parent), m_thisTitle(tr("This bundle")), m_otherTitle(tr("Other"))
{ }

void SpecDiffModel::setChanges(const QList<SpecChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    m_groups.clear();
    std::unordered_map<std::string, qsizetype> groupOf;
    const SpecCatalogue &catalogue = SpecCatalogue::instance();
    for (int i = 0; i < m_changes.size(); ++i) {
        const std::string top = topToken(m_changes.at(i));
        auto found = groupOf.find(top);
        if (found == groupOf.end()) {
            Group group;
            if (!top.empty()) {
                std::string pointer;
                JsonUtil::appendPointerToken(pointer, top);
                group.pointer = JsonPointer(pointer);
            }
            const FieldInfo *field = top.empty() ? nullptr : catalogue.lookup(group.pointer);
            group.title = field && *field->title ? SpecCatalogue::title(*field)
                : top.empty()                    ? tr("Whole configuration")
                                                 : JsonUtil::toQString(top);
            found = groupOf.emplace(top, m_groups.size()).first;
            m_groups.append(group);
        }
        m_groups[found->second].changes.append(i);
    }
    endResetModel();
}

void SpecDiffModel::setSideTitles(const QString &thisSide, const QString &otherSide)
{
    m_thisTitle = thisSide;
    m_otherTitle = otherSide;
    Q_EMIT headerDataChanged(Qt::Horizontal, ThisColumn, OtherColumn);
}

const SpecChange *SpecDiffModel::change(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupId)
        return nullptr;
    const Group &group = m_groups.at(qsizetype(index.internalId() - 1));
    return &m_changes.at(group.changes.at(index.row()));
}

QModelIndex SpecDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SpecDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int SpecDiffModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupId)
        return 0;
    return int(m_groups.at(parent.row()).changes.size());
}

int SpecDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SpecDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (const SpecChange *shown = change(index))
        return changeData(*shown, index.column(), role);
    return groupData(m_groups.at(index.row()), index.column(), role);
}

QVariant SpecDiffModel::groupData(const Group &group, int column, int role) const
{
    if (role == ThisPointerRole)
        return QVariant::fromValue(group.pointer);
    if (role != Qt::DisplayRole)
        return QVariant();
    if (column == FieldColumn)
        //: A group of changes in a diff: the section's title and how many changes it has.
        return tr("%1 (%n change(s))", nullptr, int(group.changes.size())).arg(group.title);
    if (column == PointerColumn)
        return SpecDiffReport::pointerText(group.pointer);
    return QVariant();
}

QVariant SpecDiffModel::changeData(const SpecChange &change, int column, int role) const
{
    switch (role) {
    case ThisPointerRole: return QVariant::fromValue(change.oldPointer);
    case Qt::ForegroundRole:
        if (column == FieldColumn)
            return DiffColors::color(change.kind, QGuiApplication::palette());
        return QVariant();
    case Qt::ToolTipRole:
        //: The tooltip of a change: its kind ("Added") and where it is ("Mounts › /data").
        return tr("%1: %2").arg(SpecDiff::kindText(change.kind), change.location);
    case Qt::DisplayRole: break;
    default: return QVariant();
    }
    switch (column) {
    case FieldColumn: {
        const QString field = SpecDiffReport::sigil(change.kind) + QLatin1Char(' ') + change.title;
        return change.key.isEmpty() ? field : field + QStringLiteral(" (") + change.key + QLatin1Char(')');
    }
    case PointerColumn: return SpecDiffReport::pointerText(change.pointer());
    case ThisColumn:
        if (change.kind == SpecChange::Kind::Moved)
            //: Where a moved list element is on this side: "at /mounts/0".
            return tr("at %1").arg(SpecDiffReport::pointerText(change.oldPointer));
        //: A value that one side of a diff does not have.
        return change.hasOldValue() ? SpecDiffReport::valueText(change.oldValue) : tr("(absent)");
    case OtherColumn:
        if (change.kind == SpecChange::Kind::Moved)
            return tr("at %1").arg(SpecDiffReport::pointerText(change.newPointer));
        return change.hasNewValue() ? SpecDiffReport::valueText(change.newValue) : tr("(absent)");
    default: return QVariant();
    }
}

QVariant SpecDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case FieldColumn: return tr("Field");
    case PointerColumn: return tr("Pointer");
    case ThisColumn: return m_thisTitle;
    case OtherColumn: return m_otherTitle;
    default: return QVariant();
    }
}
