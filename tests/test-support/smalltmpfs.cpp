// SPDX-License-Identifier: Apache-2.0
#include "smalltmpfs.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

SmallTmpfs::SmallTmpfs(qint64 sizeBytes)
{
    if (::geteuid() != 0) {
        m_error = QStringLiteral("mounting a tmpfs needs root");
        return;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return;
    }
    const QByteArray options = "size=" + QByteArray::number(sizeBytes) + ",mode=0755";
    if (::mount("obe-test", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData()) != 0) {
        m_error = QStringLiteral("cannot mount a tmpfs: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
}

SmallTmpfs::~SmallTmpfs()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

qint64 SmallTmpfs::freeBytes() const
{
    struct statvfs info
    { };
    if (::statvfs(QFile::encodeName(m_dir.path()).constData(), &info) != 0)
        return -1;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

bool SmallTmpfs::fillLeaving(qint64 leave)
{
    QFile filler(m_dir.filePath(QStringLiteral(".filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, 'x');
    while (freeBytes() > leave) {
        const qint64 chunk = qMin<qint64>(block.size(), freeBytes() - leave);
        if (filler.write(block.constData(), chunk) != chunk)
            break;
    }
    return freeBytes() <= leave;
}

bool SmallTmpfs::setReadOnly(bool readOnly)
{
    const unsigned long flags = MS_REMOUNT | (readOnly ? MS_RDONLY : 0);
    return ::mount("obe-test", QFile::encodeName(m_dir.path()).constData(), "tmpfs", flags, nullptr) == 0;
}
