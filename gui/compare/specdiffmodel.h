// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/specdiff.h"

#include <QAbstractItemModel>

// The changes of a SpecDiff as a tree: one row per top-level member that
// changed ("Process", "Mounts", "Linux"), the changes in it below. Columns:
// the field (a sign and its title), the pointer, the value on this side and
// on the other. Each change row names its kind in its sign and tooltip, and
// its colour comes from the palette (DiffColors).
class SpecDiffModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, PointerColumn, ThisColumn, OtherColumn, ColumnCount };
    enum Role {
        // The pointer in this side's config (for an addition, the container
        // that lacks it), as a JsonPointer.
        ThisPointerRole = Qt::UserRole + 1,
    };

    explicit SpecDiffModel(QObject *parent = nullptr);

    void setChanges(const QList<SpecChange> &changes);
    const QList<SpecChange> &changes() const { return m_changes; }
    // The headers of the two value columns ("This bundle", "Other").
    void setSideTitles(const QString &thisSide, const QString &otherSide);

    // The change a row shows; nullptr for a group row.
    const SpecChange *change(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString title;
        JsonPointer pointer; // the top-level member, in this side's config
        QList<int> changes;  // into m_changes
    };

    QVariant groupData(const Group &group, int column, int role) const;
    QVariant changeData(const SpecChange &change, int column, int role) const;

    QList<SpecChange> m_changes;
    QList<Group> m_groups;
    QString m_thisTitle;
    QString m_otherTitle;
};
