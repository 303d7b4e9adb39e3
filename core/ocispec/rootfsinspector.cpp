// SPDX-License-Identifier: Apache-2.0
#include "rootfsinspector.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace {

// passwd and group files larger than this are not read (a real one is a
// few KiB; runc's own reader would choke on far less than this).
constexpr qint64 MaxIdFile = 4 * 1024 * 1024;

FileStamp stampOf(const struct stat &info)
{
    FileStamp stamp;
    stamp.exists = true;
    stamp.device = quint64(info.st_dev);
    stamp.inode = quint64(info.st_ino);
    stamp.mode = quint32(info.st_mode);
    stamp.size = qint64(info.st_size);
    stamp.modifiedNs = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    stamp.changedNs = qint64(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec;
    return stamp;
}

QString joined(const QStringList &components, const QString &name = QString())
{
    QString path = QLatin1Char('/') + components.join(QLatin1Char('/'));
    if (!name.isEmpty())
        path += (components.isEmpty() ? QString() : QStringLiteral("/")) + name;
    return path;
}

// Where a missing name and the rest of a lookup would be: ".." after a
// missing directory is taken by the text, as securejoin and mkdir -p do.
QString wouldBe(QStringList components, const QString &name, const QStringList &rest)
{
    components << name;
    for (const QString &part : rest) {
        if (part == QLatin1String("..")) {
            if (!components.isEmpty())
                components.removeLast();
        } else if (part != QLatin1String(".")) {
            components << part;
        }
    }
    return joined(components);
}

// Whether a link's target, read from a directory `depth` levels below the
// root, climbs above the root with "..".
bool climbsAboveRoot(const QString &target, qsizetype depth)
{
    if (target.startsWith(QLatin1Char('/')))
        depth = 0;
    for (const QString &part : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            --depth;
        else if (part != QLatin1String("."))
            ++depth;
        if (depth < 0)
            return true;
    }
    return false;
}

// The directory descriptors of one lookup, closed whatever way it ends.
class DirectoryStack
{
public:
    explicit DirectoryStack(int root) : m_root(root) { }
    ~DirectoryStack() { clear(); }
    DirectoryStack(const DirectoryStack &) = delete;
    DirectoryStack &operator=(const DirectoryStack &) = delete;

    int top() const { return m_fds.empty() ? m_root : m_fds.back(); }
    void push(int fd) { m_fds.push_back(fd); }
    void pop()
    {
        ::close(m_fds.back());
        m_fds.pop_back();
    }
    void clear()
    {
        while (!m_fds.empty())
            pop();
    }

private:
    int m_root;
    std::vector<int> m_fds;
};

} // namespace

bool RootfsInspector::Entry::isDirectory() const
{
    return S_ISDIR(mode);
}

bool RootfsInspector::Entry::isRegularFile() const
{
    return S_ISREG(mode);
}

bool RootfsInspector::Entry::isSymlink() const
{
    return S_ISLNK(mode);
}

RootfsInspector::RootfsInspector(const QString &rootDirectory) : m_root(rootDirectory)
{
    m_rootFd = ::open(QFile::encodeName(rootDirectory).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    struct stat info
    { };
    if (m_rootFd >= 0 && ::fstat(m_rootFd, &info) == 0)
        record(QStringLiteral("/"), stampOf(info));
}

RootfsInspector::~RootfsInspector()
{
    if (m_rootFd >= 0)
        ::close(m_rootFd);
}

bool RootfsInspector::isEmpty()
{
    return isOpen() && QDir(m_root).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

void RootfsInspector::record(const QString &path, const FileStamp &stamp)
{
    m_trail.insert(path, stamp);
}

RootfsInspector::Entry RootfsInspector::resolve(const QString &path, const QString &base, FinalLink finalLink,
                                                const QSet<QString> *mountPoints)
{
    Entry entry;
    if (!isOpen()) {
        entry.state = Entry::State::Unreadable;
        return entry;
    }
    QStringList pending = (path.startsWith(QLatin1Char('/')) ? path : base + QLatin1Char('/') + path)
                              .split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList current;
    DirectoryStack directories(m_rootFd);
    int links = 0;
    const auto stop = [&entry](Entry::State state, const QString &where) {
        entry.state = state;
        entry.path = where;
        return entry;
    };
    while (!pending.isEmpty()) {
        const QString name = pending.takeFirst();
        if (name == QLatin1String("."))
            continue;
        if (name == QLatin1String("..")) {
            if (!current.isEmpty()) { // ".." stops at the root
                current.removeLast();
                directories.pop();
            }
            continue;
        }
        const QString here = joined(current, name);
        if (mountPoints && mountPoints->contains(here))
            return stop(Entry::State::Covered, here);
        const QByteArray encoded = QFile::encodeName(name);
        struct stat info
        { };
        if (::fstatat(directories.top(), encoded.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno != ENOENT)
                return stop(Entry::State::Unreadable, here);
            record(here, FileStamp());
            const QString missing = wouldBe(current, name, pending);
            // runc creates mount points, so a path at or below one exists in the container.
            if (mountPoints) {
                QString prefix;
                for (const QString &part : missing.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
                    prefix += QLatin1Char('/') + part;
                    if (mountPoints->contains(prefix))
                        return stop(Entry::State::Covered, prefix);
                }
            }
            return stop(Entry::State::Missing, missing);
        }
        record(here, stampOf(info));
        if (S_ISLNK(info.st_mode) && (!pending.isEmpty() || finalLink == FinalLink::Follow)) {
            if (++links > MaxLinks)
                return stop(Entry::State::TooManyLinks, here);
            char buffer[4096];
            const ssize_t length = ::readlinkat(directories.top(), encoded.constData(), buffer, sizeof buffer);
            if (length <= 0 || size_t(length) >= sizeof buffer)
                return stop(length == 0 ? Entry::State::Missing : Entry::State::Unreadable, here);
            const QString target = QFile::decodeName(QByteArray(buffer, length));
            if (climbsAboveRoot(target, current.size()))
                entry.escapingLinks << QStringLiteral("%1 -> %2").arg(here, target);
            if (target.startsWith(QLatin1Char('/'))) {
                current.clear();
                directories.clear();
            }
            pending = target.split(QLatin1Char('/'), Qt::SkipEmptyParts) + pending;
            continue;
        }
        if (pending.isEmpty()) {
            entry.mode = info.st_mode;
            entry.uid = info.st_uid;
            entry.gid = info.st_gid;
            entry.size = info.st_size;
            return stop(Entry::State::Found, here);
        }
        if (!S_ISDIR(info.st_mode)) {
            entry.mode = info.st_mode;
            return stop(Entry::State::NotADirectory, here);
        }
        const int fd = ::openat(directories.top(), encoded.constData(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            return stop(Entry::State::Unreadable, here);
        directories.push(fd);
        current << name;
    }
    // The path ended on a directory already open: the root, or one ".." led back to.
    struct stat info
    { };
    if (::fstat(directories.top(), &info) != 0)
        return stop(Entry::State::Unreadable, joined(current));
    entry.mode = info.st_mode;
    entry.uid = info.st_uid;
    entry.gid = info.st_gid;
    return stop(Entry::State::Found, joined(current));
}

std::unique_ptr<QFile> RootfsInspector::open(const Entry &entry)
{
    if (!isOpen() || !entry.found() || !entry.isRegularFile())
        return nullptr;
    // entry.path has no links left: every step may refuse to follow one.
    QStringList components = entry.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (components.isEmpty())
        return nullptr;
    const QString fileName = components.takeLast();
    DirectoryStack directories(m_rootFd);
    for (const QString &name : std::as_const(components)) {
        const int fd = ::openat(directories.top(), QFile::encodeName(name).constData(),
                                O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            return nullptr;
        directories.push(fd);
    }
    // O_NONBLOCK: a FIFO put there since resolve() must not hang the reader.
    const int fd = ::openat(directories.top(), QFile::encodeName(fileName).constData(),
                            O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return nullptr;
    struct stat info
    { };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return nullptr;
    }
    auto file = std::make_unique<QFile>();
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return nullptr;
    }
    return file;
}

QByteArray RootfsInspector::readHead(const Entry &entry, qint64 max)
{
    const std::unique_ptr<QFile> file = open(entry);
    return file ? file->read(max) : QByteArray();
}

ElfHeader RootfsInspector::readElf(const Entry &entry)
{
    const std::unique_ptr<QFile> file = open(entry);
    return file ? ElfHeader::read(file.get()) : ElfHeader();
}

std::optional<QSet<qint64>> RootfsInspector::passwdIds(const QSet<QString> *mountPoints)
{
    return idsOf(QStringLiteral("/etc/passwd"), mountPoints);
}

std::optional<QSet<qint64>> RootfsInspector::groupIds(const QSet<QString> *mountPoints)
{
    return idsOf(QStringLiteral("/etc/group"), mountPoints);
}

std::optional<QSet<qint64>> RootfsInspector::idsOf(const QString &path, const QSet<QString> *mountPoints)
{
    const Entry entry = resolve(path, QStringLiteral("/"), FinalLink::Follow, mountPoints);
    if (!entry.found() || !entry.isRegularFile() || entry.size > MaxIdFile)
        return std::nullopt;
    const std::unique_ptr<QFile> file = open(entry);
    if (!file)
        return std::nullopt;
    return parseIds(file->read(MaxIdFile));
}

// As runc's user package reads them: blank lines skipped, fields split at
// ":", and an ID that is no number counts as 0 (Go's Atoi error ignored).
QSet<qint64> RootfsInspector::parseIds(const QByteArray &text)
{
    QSet<qint64> ids;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(':');
        bool ok = false;
        const qint64 id = fields.size() > 2 ? fields.at(2).toLongLong(&ok) : 0;
        ids.insert(ok ? id : 0);
    }
    return ids;
}

bool RootfsInspector::isUnchanged(const QString &rootDirectory, const QHash<QString, FileStamp> &trail)
{
    const int rootFd = ::open(QFile::encodeName(rootDirectory).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0)
        return false;
    bool unchanged = true;
    for (auto it = trail.constBegin(); unchanged && it != trail.constEnd(); ++it) {
        // Only stats: a name that became a link stats differently and fails.
        const QByteArray relative = QFile::encodeName(it.key().mid(1));
        struct stat info
        { };
        const bool exists = relative.isEmpty()
            ? ::fstat(rootFd, &info) == 0
            : ::fstatat(rootFd, relative.constData(), &info, AT_SYMLINK_NOFOLLOW) == 0;
        unchanged = exists ? stampOf(info) == it.value() : !it.value().exists && errno == ENOENT;
    }
    ::close(rootFd);
    return unchanged;
}
