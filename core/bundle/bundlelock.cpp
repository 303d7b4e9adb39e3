// SPDX-License-Identifier: Apache-2.0
#include "bundlelock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

BundleLock::BundleLock(const QString &path) : m_directory(directoryFor(path)) { }

BundleLock::~BundleLock()
{
    unlock();
}

QString BundleLock::directoryFor(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

bool BundleLock::lock()
{
    return acquire(true);
}

bool BundleLock::tryLock()
{
    return acquire(false);
}

bool BundleLock::acquire(bool wait)
{
    if (isLocked())
        return true;
    const QByteArray name = QFile::encodeName(m_directory);
    const int fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        m_errorString =
            tr("Cannot open %1 to lock it: %2").arg(QDir::toNativeSeparators(m_directory), qt_error_string(errno));
        return false;
    }
    int result;
    do {
        result = ::flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB));
    } while (result < 0 && errno == EINTR);
    if (result < 0) {
        const int error = errno;
        ::close(fd);
        m_errorString = error == EWOULDBLOCK
            ? tr("%1 is being edited by another program.").arg(QDir::toNativeSeparators(m_directory))
            : tr("Cannot lock %1: %2").arg(QDir::toNativeSeparators(m_directory), qt_error_string(error));
        return false;
    }
    m_fd = fd;
    m_errorString.clear();
    return true;
}

void BundleLock::unlock()
{
    if (m_fd < 0)
        return;
    ::close(m_fd); // closing the last descriptor releases the flock
    m_fd = -1;
}
