// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

// An advisory lock (flock) on a bundle directory, held from before a read
// until after the write that follows, so that two editors of the same
// bundle -- two `set` commands, or a command and the window -- take turns
// instead of each writing back what it read and losing the other's edit.
// It locks the directory, not config.json: a save renames a new file over
// config.json, and a lock on the old file would no longer guard anything.
class BundleLock
{
    Q_DECLARE_TR_FUNCTIONS(BundleLock)

public:
    // path is a bundle directory or a config.json in one.
    explicit BundleLock(const QString &path);
    ~BundleLock();
    BundleLock(const BundleLock &) = delete;
    BundleLock &operator=(const BundleLock &) = delete;

    // Waits until no one else holds the lock; false (and errorString())
    // when the directory cannot be opened or locked.
    bool lock();
    // Takes the lock only when it is free.
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_fd >= 0; }

    // The directory locked for path.
    static QString directoryFor(const QString &path);
    QString directory() const { return m_directory; }
    QString errorString() const { return m_errorString; }

private:
    bool acquire(bool wait);

    QString m_directory;
    QString m_errorString;
    int m_fd = -1;
};
