// SPDX-License-Identifier: Apache-2.0
#include "atomicfilewriter.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isInside(const QString &path, const QString &directory)
{
    return path == directory
        || path.startsWith(directory.endsWith(QLatin1Char('/')) ? directory : directory + QLatin1Char('/'));
}

// The mode a newly created file gets: 0666 less the process's umask. Read
// from /proc so that the umask is never changed, not even for a moment.
mode_t newFileMode()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(0666 & ~mask);
            }
        }
    }
    return 0644;
}

// Extended attribute names of path, without following a link.
std::vector<std::string> attributeNames(const QByteArray &path)
{
    std::vector<std::string> names;
    ssize_t size = ::llistxattr(path.constData(), nullptr, 0);
    if (size <= 0)
        return names;
    std::vector<char> buffer(size_t(size) + 1);
    size = ::llistxattr(path.constData(), buffer.data(), buffer.size());
    for (ssize_t i = 0; i < size;) {
        const std::string name(buffer.data() + i);
        if (!name.empty())
            names.push_back(name);
        i += ssize_t(name.size()) + 1;
    }
    return names;
}

} // namespace

AtomicFileWriter::AtomicFileWriter(const QString &path) : m_path(path) { }

AtomicFileWriter::~AtomicFileWriter()
{
    cancel();
}

AtomicFileWriter::Target AtomicFileWriter::inspect(const QString &path, const QString &boundary)
{
    Target target;
    const QFileInfo info(path);
    target.path = info.absoluteFilePath();
    const QString directory = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (directory.isEmpty()) {
        target.error = tr("Cannot write %1: the directory %2 does not exist.")
                           .arg(native(target.path), native(info.absolutePath()));
        return target;
    }
    const QString limit = boundary.isEmpty() ? directory : QFileInfo(boundary).canonicalFilePath();
    target.resolved = QDir(directory).filePath(info.fileName());

    struct stat status
    { };
    const QByteArray encoded = QFile::encodeName(target.resolved);
    if (::lstat(encoded.constData(), &status) != 0) {
        if (errno != ENOENT)
            target.error = tr("Cannot write %1: %2").arg(native(target.path), qt_error_string(errno));
        target.outside = limit.isEmpty() || !isInside(target.resolved, limit);
        return target;
    }
    if (S_ISLNK(status.st_mode)) {
        target.isLink = true;
        const QString linked = info.canonicalFilePath();
        if (linked.isEmpty()) {
            target.error = tr("Cannot write %1: it is a link to %2, which does not exist.")
                               .arg(native(target.path), native(info.symLinkTarget()));
            return target;
        }
        target.resolved = linked;
        if (::stat(QFile::encodeName(linked).constData(), &status) != 0) {
            target.error = tr("Cannot write %1: %2").arg(native(linked), qt_error_string(errno));
            return target;
        }
    }
    target.outside = limit.isEmpty() || !isInside(target.resolved, limit);
    if (!S_ISREG(status.st_mode)) {
        target.error = tr("Cannot write %1: it is not a regular file.").arg(native(target.resolved));
        return target;
    }
    target.exists = true;
    target.hardLinks = quint64(status.st_nlink);
    return target;
}

bool AtomicFileWriter::fail(const QString &reason)
{
    if (!m_failed) {
        m_failed = true;
        m_error = reason;
    }
    cancel();
    return false;
}

bool AtomicFileWriter::failErrno(int error)
{
    const QString target = m_target.resolved.isEmpty() ? m_path : m_target.resolved;
    return fail(tr("Cannot write %1: %2").arg(native(target), qt_error_string(error)));
}

bool AtomicFileWriter::open()
{
    cancel();
    m_failed = false;
    m_error.clear();
    m_warnings.clear();
    m_target = inspect(m_path, m_boundary);
    if (!m_target.error.isEmpty())
        return fail(m_target.error);
    if (m_target.isLink && m_target.outside && !m_allowOutside) {
        const QString boundary = m_boundary.isEmpty() ? QFileInfo(m_target.path).absolutePath() : m_boundary;
        return fail(tr("%1 is a link to %2, outside %3; it is not written through.")
                        .arg(native(m_target.path), native(m_target.resolved), native(QDir::cleanPath(boundary))));
    }
    const QByteArray resolved = QFile::encodeName(m_target.resolved);
    // Replacing a file is a right of its directory, not of the file; without
    // this check a user could rewrite a file that is read-only to them.
    if (m_target.exists && ::access(resolved.constData(), W_OK) != 0)
        return failErrno(errno);

    const QFileInfo info(m_target.resolved);
    QByteArray pattern =
        QFile::encodeName(QDir(info.absolutePath()).filePath(QLatin1Char('.') + info.fileName())) + ".XXXXXX";
    m_fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (m_fd < 0)
        return failErrno(errno);
    m_temporary = QFile::decodeName(pattern);
    return true;
}

bool AtomicFileWriter::write(std::string_view bytes)
{
    if (m_failed || m_fd < 0)
        return false;
    while (!bytes.empty()) {
        const ssize_t written = ::write(m_fd, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return failErrno(errno);
        }
        bytes.remove_prefix(size_t(written));
    }
    return true;
}

bool AtomicFileWriter::keepMetadata()
{
    const QByteArray resolved = QFile::encodeName(m_target.resolved);
    struct stat old
    { };
    if (::stat(resolved.constData(), &old) != 0)
        return failErrno(errno);
    // Owner first: changing it clears setuid, setgid and file capabilities,
    // which the mode and the attributes below put back.
    if ((old.st_uid != ::geteuid() || old.st_gid != ::getegid()) && ::fchown(m_fd, old.st_uid, old.st_gid) != 0) {
        m_warnings << tr("%1 now belongs to you: its owner %2 and group %3 could not be kept (%4).")
                          .arg(native(m_target.resolved))
                          .arg(old.st_uid)
                          .arg(old.st_gid)
                          .arg(qt_error_string(errno));
    }
    for (const std::string &name : attributeNames(resolved)) {
        ssize_t size = ::lgetxattr(resolved.constData(), name.c_str(), nullptr, 0);
        std::vector<char> value(size_t(qMax<ssize_t>(size, 0)));
        if (size > 0)
            size = ::lgetxattr(resolved.constData(), name.c_str(), value.data(), value.size());
        if (size < 0 || ::fsetxattr(m_fd, name.c_str(), value.data(), size_t(size), 0) != 0) {
            m_warnings << tr("The extended attribute %1 of %2 could not be kept (%3).")
                              .arg(QString::fromStdString(name), native(m_target.resolved), qt_error_string(errno));
        }
    }
    if (::fchmod(m_fd, old.st_mode & 07777) != 0)
        return failErrno(errno);
    if (m_target.hardLinks > 1) {
        m_warnings << tr("%1 had %2 hard links; it is now a file of its own, and the other names keep the old content.")
                          .arg(native(m_target.resolved))
                          .arg(m_target.hardLinks);
    }
    return true;
}

bool AtomicFileWriter::commit()
{
    if (m_failed || m_fd < 0)
        return fail(m_error.isEmpty() ? tr("Cannot write %1: the file was not opened.").arg(native(m_path)) : m_error);
    if (m_target.exists) {
        if (!keepMetadata())
            return false;
    } else if (::fchmod(m_fd, newFileMode()) != 0) {
        return failErrno(errno);
    }
    // The data must be on disk before the name points at it, or a crash
    // right after the rename could leave an empty file under the old name.
    if (::fsync(m_fd) != 0)
        return failErrno(errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        return failErrno(errno);
    if (::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_target.resolved).constData()) != 0)
        return failErrno(errno);
    m_temporary.clear();
    // Make the rename itself durable.
    const int directory = ::open(QFile::encodeName(QFileInfo(m_target.resolved).absolutePath()).constData(),
                                 O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (directory >= 0) {
        ::fsync(directory);
        ::close(directory);
    }
    return true;
}

void AtomicFileWriter::cancel()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporary).constData());
        m_temporary.clear();
    }
}

Result<QStringList> AtomicFileWriter::writeFile(const QString &path, const QByteArray &data)
{
    AtomicFileWriter writer(path);
    if (!writer.open() || !writer.write(data) || !writer.commit())
        return Result<QStringList>::failure(writer.errorString());
    return writer.warnings();
}
