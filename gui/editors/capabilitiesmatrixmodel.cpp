// SPDX-License-Identifier: Apache-2.0
#include "capabilitiesmatrixmodel.h"

#include "document/specdocument.h"
#include "ocispec/speccatalogue.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

CapabilitiesMatrixModel::CapabilitiesMatrixModel(SpecDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    const QList<CapabilityInfo> capabilities = SpecCatalogue::instance().capabilities();
    for (const CapabilityInfo &info : capabilities)
        m_known << QString::fromLatin1(info.name);
    m_names = m_known;
    connect(document, &SpecDocument::contentsChanged, this, &CapabilitiesMatrixModel::refresh);
    connect(document, &SpecDocument::reset, this, &CapabilitiesMatrixModel::refresh);
    refresh();
}

QStringList CapabilitiesMatrixModel::setNames()
{
    return {QStringLiteral("bounding"), QStringLiteral("effective"), QStringLiteral("inheritable"),
            QStringLiteral("permitted"), QStringLiteral("ambient")};
}

QString CapabilitiesMatrixModel::setName(int column)
{
    return setNames().value(column - BoundingColumn);
}

JsonPointer CapabilitiesMatrixModel::setPointer(int column)
{
    return JsonPointer("/process/capabilities") / JsonUtil::toStd(setName(column));
}

QString CapabilitiesMatrixModel::capabilityAt(int row) const
{
    return m_names.value(row);
}

int CapabilitiesMatrixModel::rowOf(const QString &capability) const
{
    return int(m_names.indexOf(capability));
}

QStringList CapabilitiesMatrixModel::namesInDocument() const
{
    QStringList names;
    for (int column = BoundingColumn; column < ColumnCount; ++column) {
        const Json *list = m_document->value(setPointer(column));
        if (!list || !list->is_array())
            continue;
        for (const Json &item : *list) {
            if (item.is_string())
                names << JsonUtil::toQString(item.get_ref<const std::string &>());
        }
    }
    return names;
}

void CapabilitiesMatrixModel::refresh()
{
    QStringList names = m_known;
    const QStringList inDocument = namesInDocument();
    for (const QString &name : inDocument) {
        if (!names.contains(name))
            names << name;
    }
    if (names != m_names) {
        // Only unknown names come and go: rows after the known ones.
        beginResetModel();
        m_names = names;
        endResetModel();
        return;
    }
    if (!m_names.isEmpty())
        Q_EMIT dataChanged(index(0, BoundingColumn), index(int(m_names.size()) - 1, ColumnCount - 1),
                           {Qt::CheckStateRole});
}

bool CapabilitiesMatrixModel::contains(int column, const QString &capability) const
{
    const Json *list = m_document->value(setPointer(column));
    if (!list || !list->is_array())
        return false;
    const Json name(JsonUtil::toStd(capability));
    return std::find(list->begin(), list->end(), name) != list->end();
}

int CapabilitiesMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int CapabilitiesMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapabilitiesMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString name = m_names.at(index.row());
    const CapabilityInfo *info = SpecCatalogue::instance().capability(name);
    if (index.column() != NameColumn) {
        if (role == Qt::CheckStateRole)
            return contains(index.column(), name) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("%1 in the %2 set").arg(name, setName(index.column()));
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: return name;
    case DangerousRole: return info && info->dangerous;
    case Qt::DecorationRole:
        if (info && info->dangerous)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole: {
        if (!info)
            return tr("Not a capability this editor knows; the kernel may not know it either.");
        const QString summary = SpecCatalogue::capabilitySummary(*info);
        return info->dangerous
            ? tr("%1\nDangerous: gives a container (close to) full control over the host.").arg(summary)
            : summary;
    }
    }
    return {};
}

bool CapabilitiesMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == NameColumn || role != Qt::CheckStateRole)
        return false;
    const QString name = m_names.at(index.row());
    const bool on = value.value<Qt::CheckState>() == Qt::Checked;
    if (on == contains(index.column(), name))
        return false;
    const JsonPointer set = setPointer(index.column());
    if (on) {
        m_document->insertValue(set, -1, Json(JsonUtil::toStd(name)),
                                tr("Add %1 to the %2 set").arg(name, setName(index.column())));
        return true;
    }
    const Json *list = m_document->value(set);
    const auto it = std::find(list->begin(), list->end(), Json(JsonUtil::toStd(name)));
    m_document->removeValue(set / size_t(it - list->begin()),
                            tr("Remove %1 from the %2 set").arg(name, setName(index.column())));
    return true;
}

Qt::ItemFlags CapabilitiesMatrixModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant CapabilitiesMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section != NameColumn) {
        if (const FieldInfo *field = SpecCatalogue::instance().lookup(setPointer(section)))
            return SpecCatalogue::summary(*field);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Capability");
    case BoundingColumn: return tr("Bounding");
    case EffectiveColumn: return tr("Effective");
    case InheritableColumn: return tr("Inheritable");
    case PermittedColumn: return tr("Permitted");
    case AmbientColumn: return tr("Ambient");
    }
    return {};
}
