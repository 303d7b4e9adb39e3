#include "bundlelock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

BundleLock::~BundleLock()
{
    unlock();
}

bool BundleLock::lock(const QString &path)
{
    unlock();
    const QFileInfo info(path);
    const QString directory = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    m_fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_fd < 0) {
        m_error = tr("Cannot lock %1: %2").arg(QDir::toNativeSeparators(directory), qt_error_string(errno));
        return false;
    }
    int result;
    do {
        result = ::flock(m_fd, LOCK_EX);
    } while (result != 0 && errno == EINTR);
    if (result != 0) {
        m_error = tr("Cannot lock %1: %2").arg(QDir::toNativeSeparators(directory), qt_error_string(errno));
        unlock();
        return false;
    }
    return true;
}

void BundleLock::unlock()
{
    if (m_fd >= 0) {
        ::close(m_fd); // closing the last descriptor releases the flock
        m_fd = -1;
    }
}
