// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "elfheader.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QFile;

// The identity and state of one name in the root filesystem when it was
// looked at; an unchanged stamp means an unchanged file or directory.
struct FileStamp
{
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0;
    quint32 mode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0;
    qint64 changedNs = 0;

    bool operator==(const FileStamp &other) const = default;
};

// Reads a container's root filesystem the way the container will see it:
// paths resolve inside the root, absolute links restart at the root and
// ".." stops there, as in the kernel's lookup after pivot_root and in
// runc's securejoin. Every step goes through a descriptor of a directory
// already inside the root and never follows a link in the kernel, so no
// read leaves the root, whatever its links say. Records what it looked at
// (trail()) so that a cache can tell whether anything changed.
class RootfsInspector
{
public:
    explicit RootfsInspector(const QString &rootDirectory);
    ~RootfsInspector();
    RootfsInspector(const RootfsInspector &) = delete;
    RootfsInspector &operator=(const RootfsInspector &) = delete;

    bool isOpen() const { return m_rootFd >= 0; }
    QString rootDirectory() const { return m_root; }
    // True when the root directory has no entries at all.
    bool isEmpty();

    // The kernel's limit on links followed in one lookup (ELOOP after 40).
    static constexpr int MaxLinks = 40;

    struct Entry
    {
        enum class State {
            Found,
            Missing,       // path: where it would be
            NotADirectory, // path: the file that stands where a directory must be
            TooManyLinks,  // a loop, or more than MaxLinks links
            Covered,       // path: the mount point on the way; the root filesystem does not tell
            Unreadable,    // no permission, or another error
        };
        State state = State::Missing;
        // Inside the root, resolved: "/usr/bin/busybox" for "/bin/sh".
        QString path;
        quint32 mode = 0;
        quint32 uid = 0;
        quint32 gid = 0;
        qint64 size = 0;
        // Links on the way whose targets climbed above the root ("/data ->
        // ../../srv"); the lookup stopped them at the root.
        QStringList escapingLinks;

        bool found() const { return state == State::Found; }
        bool isDirectory() const;
        bool isRegularFile() const;
        bool isSymlink() const;
        // Go's test in exec.LookPath: not a directory, and some execute bit.
        bool hasExecuteBit() const { return found() && !isDirectory() && (mode & 0111) != 0; }
    };

    enum class FinalLink { Follow, Keep };
    // Resolves path, absolute or relative to base (itself inside the root).
    // With FinalLink::Keep a link at the end is returned itself (lstat).
    // A name in mountPoints (resolved paths) stops the lookup as Covered: a
    // mount hides what the root filesystem has there.
    Entry resolve(const QString &path, const QString &base = QStringLiteral("/"),
                  FinalLink finalLink = FinalLink::Follow, const QSet<QString> *mountPoints = nullptr);

    // The first bytes of a regular file found by resolve(), at most max.
    QByteArray readHead(const Entry &entry, qint64 max = 256);
    ElfHeader readElf(const Entry &entry);
    // The numeric IDs listed in /etc/passwd or /etc/group; nullopt when the
    // file does not exist (runc then takes IDs as they are) or a mount in
    // mountPoints hides it.
    std::optional<QSet<qint64>> passwdIds(const QSet<QString> *mountPoints = nullptr);
    std::optional<QSet<qint64>> groupIds(const QSet<QString> *mountPoints = nullptr);

    // Every name looked at, by resolved path, with its stamp.
    const QHash<QString, FileStamp> &trail() const { return m_trail; }
    // Whether each name in trail still has its stamp.
    static bool isUnchanged(const QString &rootDirectory, const QHash<QString, FileStamp> &trail);

    // Field 2 (the ID) of each line of a passwd or group file.
    static QSet<qint64> parseIds(const QByteArray &text);

private:
    std::unique_ptr<QFile> open(const Entry &entry);
    std::optional<QSet<qint64>> idsOf(const QString &path, const QSet<QString> *mountPoints);
    void record(const QString &path, const FileStamp &stamp);

    QString m_root;
    int m_rootFd = -1;
    QHash<QString, FileStamp> m_trail;
};
