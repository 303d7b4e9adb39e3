// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"
#include "rootfsentry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Reads a root filesystem from the host's side without ever leaving it:
// every path is walked from a descriptor of the root directory one name at a
// time with openat(O_NOFOLLOW) and every name is looked at with
// fstatat(AT_SYMLINK_NOFOLLOW), so a link (to "../../etc" or "/etc") is shown,
// never followed. Paths are bytes inside the root: "/usr/bin".
class RootfsReader
{
public:
    explicit RootfsReader(const QString &rootDirectory);
    ~RootfsReader();
    RootfsReader(const RootfsReader &) = delete;
    RootfsReader &operator=(const RootfsReader &) = delete;

    bool isOpen() const { return m_rootFd >= 0; }
    QString rootDirectory() const { return m_root; }
    // Why the root could not be opened.
    QString errorString() const { return m_error; }

    // The entries of a directory, unsorted, without "." and "..".
    Result<QList<RootfsEntry>> list(const QByteArray &path) const;
    // The first max bytes of a regular file, and the ELF header when it has one.
    struct Head
    {
        QByteArray bytes;
        qint64 size = 0;
    };
    Result<Head> readHead(const QByteArray &path, qint64 max) const;
    // An open descriptor of a regular file (O_NOFOLLOW all the way), or -1.
    int openFile(const QByteArray &path) const;

    // The descriptor of a directory below dirFd (O_NOFOLLOW), or -1 with errno.
    static int openDirectoryAt(int dirFd, const QByteArray &name);
    static Result<RootfsEntry> entryAt(int dirFd, const QByteArray &name);
    // What the link name in dirFd holds; size is lstat's st_size, a hint.
    static QByteArray linkTargetAt(int dirFd, const char *name, qint64 size);
    // The entries of the directory fd, which it takes over and closes.
    static Result<QList<RootfsEntry>> listDescriptor(int fd);
    // "/a/b/c" -> ("a", "b", "c"); "." is dropped, ".." is refused.
    static std::optional<QByteArrayList> components(const QByteArray &path);

private:
    int openDirectory(const QByteArray &path) const;

    QString m_root;
    QString m_error;
    int m_rootFd = -1;
};
