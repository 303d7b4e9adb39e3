// SPDX-License-Identifier: Apache-2.0
#include "rootfsreader.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

RootfsReader::RootfsReader(const QString &rootDirectory) : m_root(rootDirectory)
{
    m_rootFd = ::open(QFile::encodeName(rootDirectory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_rootFd < 0)
        m_error = QCoreApplication::translate("RootfsReader", "Cannot open the root filesystem %1: %2")
                      .arg(rootDirectory, systemError(errno));
}

RootfsReader::~RootfsReader()
{
    if (m_rootFd >= 0)
        ::close(m_rootFd);
}

std::optional<QByteArrayList> RootfsReader::components(const QByteArray &path)
{
    QByteArrayList parts;
    for (const QByteArray &part : path.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..")
            return std::nullopt;
        parts << part;
    }
    return parts;
}

int RootfsReader::openDirectoryAt(int dirFd, const QByteArray &name)
{
    return ::openat(dirFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

int RootfsReader::openDirectory(const QByteArray &path) const
{
    const std::optional<QByteArrayList> parts = components(path);
    if (m_rootFd < 0 || !parts) {
        errno = EINVAL;
        return -1;
    }
    int fd = ::fcntl(m_rootFd, F_DUPFD_CLOEXEC, 0);
    for (const QByteArray &part : *parts) {
        if (fd < 0)
            return -1;
        const int next = openDirectoryAt(fd, part);
        const int error = errno;
        ::close(fd);
        errno = error;
        fd = next;
    }
    return fd;
}

Result<RootfsEntry> RootfsReader::entryAt(int dirFd, const QByteArray &name)
{
    struct stat info;
    if (::fstatat(dirFd, name.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0)
        return Result<RootfsEntry>::failure(systemError(errno));
    RootfsEntry entry;
    entry.name = name;
    entry.mode = quint32(info.st_mode);
    entry.uid = quint32(info.st_uid);
    entry.gid = quint32(info.st_gid);
    entry.size = qint64(info.st_size);
    entry.deviceNumber = quint64(info.st_rdev);
    if (S_ISLNK(info.st_mode))
        entry.linkTarget = linkTargetAt(dirFd, name.constData(), info.st_size);
    return entry;
}

QByteArray RootfsReader::linkTargetAt(int dirFd, const char *name, qint64 size)
{
    // Some file systems report 0 for a link's size.
    QByteArray target(qBound(qint64(255), size, qint64(65536)) + 1, Qt::Uninitialized);
    const ssize_t length = ::readlinkat(dirFd, name, target.data(), size_t(target.size()));
    return length >= 0 ? target.left(length) : QByteArray();
}

Result<QList<RootfsEntry>> RootfsReader::listDescriptor(int fd)
{
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        const int error = errno;
        ::close(fd);
        return Result<QList<RootfsEntry>>::failure(systemError(error));
    }
    QList<RootfsEntry> entries;
    errno = 0;
    while (const dirent *item = ::readdir(dir)) {
        const QByteArray name(item->d_name);
        if (name == "." || name == "..")
            continue;
        Result<RootfsEntry> entry = entryAt(::dirfd(dir), name);
        if (entry)
            entries << std::move(entry).value();
        errno = 0;
    }
    const int error = errno;
    ::closedir(dir);
    if (error != 0)
        return Result<QList<RootfsEntry>>::failure(systemError(error));
    return entries;
}

Result<QList<RootfsEntry>> RootfsReader::list(const QByteArray &path) const
{
    const int fd = openDirectory(path);
    if (fd < 0)
        return Result<QList<RootfsEntry>>::failure(systemError(errno));
    return listDescriptor(fd);
}

int RootfsReader::openFile(const QByteArray &path) const
{
    std::optional<QByteArrayList> parts = components(path);
    if (!parts || parts->isEmpty()) {
        errno = EINVAL;
        return -1;
    }
    const QByteArray name = parts->takeLast();
    const int dirFd = openDirectory(parts->join('/'));
    if (dirFd < 0)
        return -1;
    // O_NONBLOCK: a FIFO must not hang the window; the type is checked below.
    const int fd = ::openat(dirFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    const int error = errno;
    ::close(dirFd);
    struct stat info;
    if (fd >= 0 && (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode))) {
        ::close(fd);
        errno = EINVAL;
        return -1;
    }
    errno = error;
    return fd;
}

Result<RootfsReader::Head> RootfsReader::readHead(const QByteArray &path, qint64 max) const
{
    const int fd = openFile(path);
    if (fd < 0)
        return Result<Head>::failure(systemError(errno));
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Result<Head>::failure(file.errorString());
    }
    Head head;
    head.size = file.size();
    head.bytes = file.read(max);
    return head;
}
