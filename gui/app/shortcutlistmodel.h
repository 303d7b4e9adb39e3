// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QList>

class QMenuBar;

// Every keyboard shortcut of the window: the menus' actions, found in the
// menu bar so that the list cannot fall behind them, and the keys that
// work inside one view (find, completion, Back in Learn OCI, …).
class ShortcutListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeysColumn, ActionColumn, WhereColumn, ColumnCount };

    struct Shortcut
    {
        QString keys; // as the platform writes them ("Ctrl+Shift+S")
        QString action;
        QString where; // "File › New", or the view the keys work in
    };

    explicit ShortcutListModel(QObject *parent = nullptr);

    // The menus' shortcuts, then those of the views.
    void setMenuBar(const QMenuBar *menuBar);
    const QList<Shortcut> &shortcuts() const { return m_shortcuts; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The keys that work inside one view, which no menu shows.
    static QList<Shortcut> viewShortcuts();

private:
    QList<Shortcut> m_shortcuts;
};
