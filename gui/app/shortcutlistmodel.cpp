// SPDX-License-Identifier: Apache-2.0
#include "shortcutlistmodel.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace {

QString keysText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

// "&Save As…" as the menu shows it: "Save As…".
QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

void collect(const QMenu *menu, const QString &where, QList<ShortcutListModel::Shortcut> &into)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), ShortcutListModel::tr("%1 › %2").arg(where, plainText(action->menu()->title())),
                    into);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << keysText(sequence);
        if (!keys.isEmpty())
            into.append({keys.join(QLatin1String(", ")), plainText(action->text()), where});
    }
}

} // namespace

ShortcutListModel::ShortcutListModel(QObject *parent) : QAbstractTableModel(parent) { }

void ShortcutListModel::setMenuBar(const QMenuBar *menuBar)
{
    beginResetModel();
    m_shortcuts.clear();
    for (const QAction *action : menuBar->actions()) {
        if (action->menu())
            collect(action->menu(), plainText(action->menu()->title()), m_shortcuts);
    }
    m_shortcuts << viewShortcuts();
    endResetModel();
}

QList<ShortcutListModel::Shortcut> ShortcutListModel::viewShortcuts()
{
    const QString find = keysText(QKeySequence::Find);
    return {
        {find, tr("Find"), tr("The JSON text; the run view's console")},
        {tr("Enter, Shift+Enter"), tr("Next match, previous match"), tr("The find field")},
        {tr("Esc"), tr("Close the find field"), tr("The find field")},
        {keysText(QKeySequence(Qt::CTRL | Qt::Key_Space)), tr("Complete a member name or a value"),
         tr("The JSON text")},
        {tr("Ctrl+click"), tr("Open the tab that edits the member"), tr("The JSON text")},
        {tr("Enter, double-click"), tr("Go to the field"),
         tr("Validation, Security Review, the run view's findings, Compare, Runtime support")},
        {keysText(QKeySequence::Back) + QLatin1String(", ") + keysText(QKeySequence::Forward), tr("Back, Forward"),
         tr("Learn OCI")},
        {tr("Space"), tr("Tick or clear a capability"), tr("Capabilities")},
    };
}

int ShortcutListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shortcuts.size());
}

int ShortcutListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortcutListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Shortcut &shortcut = m_shortcuts.at(index.row());
    switch (index.column()) {
    case KeysColumn: return shortcut.keys;
    case ActionColumn: return shortcut.action;
    case WhereColumn: return shortcut.where;
    }
    return {};
}

QVariant ShortcutListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeysColumn: return tr("Keys");
    case ActionColumn: return tr("Action");
    case WhereColumn: return tr("Where");
    }
    return {};
}
