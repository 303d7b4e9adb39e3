// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QTemporaryDir>

// A small tmpfs mounted for one test, to run out of space or be made
// read-only on purpose. Needs root; isValid() is false (with the reason in
// errorString()) where mounting is not allowed. Unmounted on destruction.
class SmallTmpfs
{
public:
    explicit SmallTmpfs(qint64 sizeBytes = 256 * 1024);
    ~SmallTmpfs();
    SmallTmpfs(const SmallTmpfs &) = delete;
    SmallTmpfs &operator=(const SmallTmpfs &) = delete;

    bool isValid() const { return m_mounted; }
    QString errorString() const { return m_error; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Bytes that unprivileged writers could still add.
    qint64 freeBytes() const;
    // Fills the file system with a filler file until at most `leave` bytes
    // are free (tmpfs counts whole pages). False when that failed.
    bool fillLeaving(qint64 leave);
    // Remounts read-only (or back to read-write).
    bool setReadOnly(bool readOnly);

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_error;
};
