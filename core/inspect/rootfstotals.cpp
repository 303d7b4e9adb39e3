// SPDX-License-Identifier: Apache-2.0
#include "rootfstotals.h"

#include "rootfsflags.h"
#include "rootfsreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

// What the thread and the object share: counters the window reads while the
// thread writes them, and the results, handed over when the thread ends.
struct RootfsTotals::Walk
{
    QString root;
    UserNamespaceMap map;
    dev_t device = 0; // the root's: folders on other file systems are counted, not entered
    std::atomic_bool cancelled = false;
    std::atomic<qint64> files = 0;
    std::atomic<qint64> directories = 0;
    std::atomic<qint64> bytes = 0;
    std::atomic<qint64> flagged = 0;
    // Written by the thread only, read after it ended.
    QList<Folder> folders;
    QByteArrayList flaggedPaths;
    QString error;

    void run();
    // Counts what dirFd holds into folder; takes over dirFd.
    void walk(int dirFd, const QByteArray &path, Counts &folder);
    void count(Counts &folder, int dirFd, const struct stat &info, const QByteArray &directory, const char *name);
};

void RootfsTotals::Walk::run()
{
    const int rootFd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    struct stat rootInfo;
    DIR *dir = ::fstat(rootFd, &rootInfo) == 0 ? ::fdopendir(rootFd) : nullptr;
    if (!dir) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(rootFd);
        return;
    }
    device = rootInfo.st_dev;
    Folder top; // the names directly in the root
    while (const dirent *item = ::readdir(dir)) {
        if (cancelled)
            break;
        const QByteArray name(item->d_name);
        if (name == "." || name == "..")
            continue;
        struct stat info;
        if (::fstatat(::dirfd(dir), item->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (!S_ISDIR(info.st_mode)) {
            count(top.counts, ::dirfd(dir), info, "/", item->d_name);
            continue;
        }
        Folder folder;
        folder.name = name;
        // The folder itself is in the grand total; its own counts are what it holds.
        Counts itself;
        count(itself, ::dirfd(dir), info, "/", item->d_name);
        const int fd = info.st_dev == device ? RootfsReader::openDirectoryAt(::dirfd(dir), name) : -1;
        if (fd >= 0)
            walk(fd, '/' + name, folder.counts);
        folders << folder;
    }
    ::closedir(dir);
    std::sort(folders.begin(), folders.end(), [](const Folder &a, const Folder &b) { return a.name < b.name; });
    if (top.counts.files > 0)
        folders << top;
}

void RootfsTotals::Walk::count(Counts &folder, int dirFd, const struct stat &info, const QByteArray &directory,
                               const char *name)
{
    if (S_ISDIR(info.st_mode)) {
        ++folder.directories;
        ++directories;
    } else {
        ++folder.files;
        folder.bytes += info.st_size;
        ++files;
        bytes += info.st_size;
    }
    RootfsEntry entry;
    entry.mode = quint32(info.st_mode);
    entry.uid = quint32(info.st_uid);
    entry.gid = quint32(info.st_gid);
    if (S_ISLNK(info.st_mode))
        entry.linkTarget = RootfsReader::linkTargetAt(dirFd, name, info.st_size);
    if (!RootfsFlags::of(entry, directory, map))
        return;
    ++folder.flagged;
    ++flagged;
    if (flaggedPaths.size() < MaxFlaggedPaths)
        flaggedPaths << (directory == "/" ? directory : directory + '/') + name;
}

void RootfsTotals::Walk::walk(int dirFd, const QByteArray &path, Counts &folder)
{
    DIR *dir = ::fdopendir(dirFd);
    if (!dir) {
        ::close(dirFd);
        return;
    }
    while (const dirent *item = ::readdir(dir)) {
        if (cancelled)
            break;
        const char *name = item->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        struct stat info;
        if (::fstatat(::dirfd(dir), name, &info, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        count(folder, ::dirfd(dir), info, path, name);
        if (S_ISDIR(info.st_mode) && info.st_dev == device) {
            const int fd = RootfsReader::openDirectoryAt(::dirfd(dir), QByteArray(name));
            if (fd >= 0)
                walk(fd, path + '/' + name, folder);
        }
    }
    ::closedir(dir);
}

RootfsTotals::RootfsTotals(QObject *parent) : QObject(parent)
{
    m_progress.setInterval(100);
    connect(&m_progress, &QTimer::timeout, this, [this] { Q_EMIT progressed(counts()); });
}

RootfsTotals::~RootfsTotals()
{
    stopWalk();
}

void RootfsTotals::stopWalk()
{
    m_progress.stop();
    if (m_walk)
        m_walk->cancelled = true;
    if (m_thread) {
        // Its finished() must not reach this object any more.
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void RootfsTotals::start(const QString &rootDirectory, const UserNamespaceMap &map)
{
    stopWalk();
    auto walk = std::make_shared<Walk>();
    walk->root = rootDirectory;
    walk->map = map;
    m_walk = walk;
    m_thread = QThread::create([walk] { walk->run(); });
    connect(m_thread, &QThread::finished, this, [this, walk] {
        // A walk stopped by start() or the destructor may still post this.
        if (walk != m_walk)
            return;
        m_progress.stop();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        Q_EMIT progressed(counts());
        Q_EMIT finished(m_walk->cancelled);
    });
    m_thread->start(QThread::LowPriority);
    m_progress.start();
    Q_EMIT started();
}

void RootfsTotals::cancel()
{
    if (m_walk)
        m_walk->cancelled = true;
}

bool RootfsTotals::isRunning() const
{
    return m_thread != nullptr;
}

RootfsTotals::Counts RootfsTotals::counts() const
{
    if (!m_walk)
        return {};
    return {m_walk->files, m_walk->directories, m_walk->bytes, m_walk->flagged};
}

QList<RootfsTotals::Folder> RootfsTotals::folders() const
{
    return m_walk && !isRunning() ? m_walk->folders : QList<Folder>();
}

QByteArrayList RootfsTotals::flaggedPaths() const
{
    return m_walk && !isRunning() ? m_walk->flaggedPaths : QByteArrayList();
}

QString RootfsTotals::errorString() const
{
    return m_walk && !isRunning() ? m_walk->error : QString();
}

#include "moc_rootfstotals.cpp"
