// SPDX-License-Identifier: Apache-2.0
#include "rootfscheckcache.h"

#include <QFile>

#include <sys/stat.h>

namespace {

// Bind sources are stat()ed through links, as runc does.
bool hostUnchanged(const QHash<QString, FileStamp> &trail)
{
    for (auto it = trail.constBegin(); it != trail.constEnd(); ++it) {
        struct stat info
        { };
        const bool exists = ::stat(QFile::encodeName(it.key()).constData(), &info) == 0;
        if (exists != it->exists)
            return false;
        if (exists
            && (quint64(info.st_dev) != it->device || quint64(info.st_ino) != it->inode
                || quint32(info.st_mode) != it->mode))
            return false;
    }
    return true;
}

} // namespace

std::optional<QList<Finding>> RootfsCheckCache::find(const QString &rootfs, const std::string &input,
                                                     const QByteArray &binfmt)
{
    std::optional<Result> candidate;
    {
        QMutexLocker lock(&m_mutex);
        for (const Slot &slot : std::as_const(m_slots)) {
            if (slot.rootfs == rootfs && slot.input == input && slot.result.binfmt == binfmt) {
                candidate = slot.result; // implicitly shared: cheap
                break;
            }
        }
    }
    // The stats run unlocked: another worker may look meanwhile.
    const bool valid =
        candidate && RootfsInspector::isUnchanged(rootfs, candidate->trail) && hostUnchanged(candidate->hostTrail);
    QMutexLocker lock(&m_mutex);
    ++(valid ? m_hits : m_misses);
    if (!valid)
        return std::nullopt;
    return candidate->findings;
}

void RootfsCheckCache::store(const QString &rootfs, const std::string &input, Result result)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).rootfs == rootfs && m_slots.at(i).input == input) {
            m_slots.removeAt(i);
            break;
        }
    }
    m_slots.prepend({rootfs, input, std::move(result)});
    while (m_slots.size() > Capacity)
        m_slots.removeLast();
}

int RootfsCheckCache::hits() const
{
    QMutexLocker lock(&m_mutex);
    return m_hits;
}

int RootfsCheckCache::misses() const
{
    QMutexLocker lock(&m_mutex);
    return m_misses;
}
