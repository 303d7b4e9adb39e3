#pragma once

#include <QCoreApplication>
#include <QString>

// An advisory lock on a bundle directory (flock on the directory itself, so
// no lock file is left in the bundle), held from lock() until destruction.
// Every writer of config.json in this program takes it around its read-edit-
// write, so that two at once serialise instead of losing one's edit.
class BundleLock
{
    Q_DECLARE_TR_FUNCTIONS(BundleLock)

public:
    BundleLock() = default;
    ~BundleLock();
    BundleLock(const BundleLock &) = delete;
    BundleLock &operator=(const BundleLock &) = delete;

    // path is a bundle directory or a file in it (config.json). Waits while
    // another process holds the lock. False, with errorString(), when the
    // directory cannot be opened.
    bool lock(const QString &path);
    void unlock();
    QString errorString() const { return m_error; }

private:
    int m_fd = -1;
    QString m_error;
};
