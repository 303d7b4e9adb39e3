// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

// The "Open Recent" menu: the last bundles opened, newest first, kept in
// QSettings so that they survive a restart.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxEntries = 10;

    RecentFiles(QMenu *menu, QObject *parent = nullptr);

    QStringList paths() const;
    void add(const QString &path);
    void clear();

Q_SIGNALS:
    void openRequested(const QString &path);
    void changed();

private:
    void rebuildMenu();
    void store(const QStringList &paths);

    QMenu *m_menu;
};
