// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QAbstractListModel>
#include <QStringList>

class SpecDocument;

// A string array of the document shown as a list of check boxes: one row per
// well-known value (seccomp architectures, flags) plus one per other value
// the file holds. Checking appends the value, unchecking removes it; either
// is one undoable command. The order in the file is kept.
class StringSetModel : public QAbstractListModel
{
    Q_OBJECT

public:
    StringSetModel(SpecDocument *document, const JsonPointer &array, const QStringList &known,
                   QObject *parent = nullptr);

    JsonPointer pointer() const { return m_pointer; }
    // The row of the value an element of the array holds (pointer names the
    // element or is inside it), or the first row for the array itself;
    // invalid for anything else.
    QModelIndex indexFor(const JsonPointer &pointer) const;
    void setItemName(const QString &name) { m_itemName = name; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QStringList present() const;
    QStringList others() const;
    QString valueAt(int row) const;
    void follow();

    SpecDocument *m_document;
    JsonPointer m_pointer;
    QStringList m_known;
    QStringList m_others; // values in the file that are not in m_known, as last shown
    QString m_itemName;
};
