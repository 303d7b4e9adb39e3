// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "usernamespacemap.h"

#include <QByteArrayList>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QThread;

// Counts a root filesystem's files, directories and bytes, in total and per
// top-level folder, on a thread of its own, so that a tree of 100,000 files
// leaves the window alone. Reads as RootfsReader does (openat with
// O_NOFOLLOW, fstatat without following), stays on the root's file system
// (as du -x: a mount below it is counted as a folder, not entered), reports
// progress every 100 ms,
// and Cancel stops the walk at the next name. It also notes the paths worth
// a look, so that a view can show them without opening every folder.
class RootfsTotals : public QObject
{
    Q_OBJECT

public:
    struct Counts
    {
        qint64 files = 0; // everything that is not a directory
        qint64 directories = 0;
        qint64 bytes = 0; // the sizes of all but directories, as ls -l gives them
        qint64 flagged = 0;
    };
    struct Folder
    {
        QByteArray name; // empty: the names directly in the root
        Counts counts;
    };

    // Paths worth a look beyond this many are counted, not kept.
    static constexpr int MaxFlaggedPaths = 2000;

    explicit RootfsTotals(QObject *parent = nullptr);
    ~RootfsTotals() override;

    // Starts over for rootDirectory; a walk under way is cancelled first.
    void start(const QString &rootDirectory, const UserNamespaceMap &map = UserNamespaceMap());
    void cancel();
    bool isRunning() const;

    Counts counts() const;
    // After finished(): the totals per top-level folder, folders by name and
    // the root's own names last; the flagged paths, and why the walk failed.
    QList<Folder> folders() const;
    QByteArrayList flaggedPaths() const;
    QString errorString() const;

Q_SIGNALS:
    void started();
    void progressed(const RootfsTotals::Counts &counts);
    void finished(bool cancelled);

private:
    struct Walk;
    void stopWalk();

    std::shared_ptr<Walk> m_walk;
    QThread *m_thread = nullptr;
    QTimer m_progress;
};

Q_DECLARE_METATYPE(RootfsTotals::Counts)
