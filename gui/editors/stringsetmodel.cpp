// SPDX-License-Identifier: Apache-2.0
#include "stringsetmodel.h"

#include "document/specdocument.h"

StringSetModel::StringSetModel(SpecDocument *document, const JsonPointer &array, const QStringList &known,
                               QObject *parent)
    : QAbstractListModel(parent), m_document(document), m_pointer(array), m_known(known), m_itemName(tr("value"))
{
    m_others = others();
    connect(document, &SpecDocument::contentsChanged, this, &StringSetModel::follow);
    connect(document, &SpecDocument::reset, this, &StringSetModel::follow);
}

QStringList StringSetModel::present() const
{
    QStringList values;
    const Json *array = m_document->value(m_pointer);
    if (!array || !array->is_array())
        return values;
    for (const Json &value : *array)
        values << (value.is_string() ? JsonUtil::toQString(value.get_ref<const std::string &>())
                                     : JsonUtil::toDisplayString(value));
    return values;
}

QStringList StringSetModel::others() const
{
    QStringList result;
    const QStringList values = present();
    for (const QString &value : values) {
        if (!m_known.contains(value) && !result.contains(value))
            result << value;
    }
    return result;
}

QString StringSetModel::valueAt(int row) const
{
    return row < m_known.size() ? m_known[row] : m_others.value(row - m_known.size());
}

QModelIndex StringSetModel::indexFor(const JsonPointer &pointer) const
{
    if (pointer == m_pointer)
        return index(0);
    if (!JsonUtil::startsWith(pointer, m_pointer))
        return {};
    JsonPointer element = pointer;
    while (element.parent_pointer() != m_pointer)
        element = element.parent_pointer();
    const Json *value = m_document->value(element);
    if (!value || !value->is_string())
        return {};
    const QString text = JsonUtil::toQString(value->get_ref<const std::string &>());
    for (int row = 0; row < rowCount(); ++row) {
        if (valueAt(row) == text)
            return index(row);
    }
    return {};
}

void StringSetModel::follow()
{
    const QStringList current = others();
    if (current != m_others) {
        beginResetModel();
        m_others = current;
        endResetModel();
        return;
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
}

int StringSetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_known.size() + m_others.size());
}

QVariant StringSetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return QVariant();
    const QString value = valueAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return value;
    case Qt::CheckStateRole: return present().contains(value) ? Qt::Checked : Qt::Unchecked;
    default: return QVariant();
    }
}

bool StringSetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || role != Qt::CheckStateRole)
        return false;
    const QString item = valueAt(index.row());
    const bool on = value.value<Qt::CheckState>() == Qt::Checked;
    QStringList values = present();
    if (values.contains(item) == on)
        return false;
    if (on)
        values << item;
    else
        values.removeAll(item);

    const JsonPointer pointer = m_pointer;
    if (values.isEmpty()) {
        m_document->removeValue(pointer, tr("Remove %1 %2").arg(m_itemName, item));
        return true;
    }
    Json array = Json::array();
    for (const QString &v : std::as_const(values))
        array.push_back(JsonUtil::toStd(v));
    m_document->setValue(pointer, array,
                         on ? tr("Add %1 %2").arg(m_itemName, item) : tr("Remove %1 %2").arg(m_itemName, item));
    return true;
}

Qt::ItemFlags StringSetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}
