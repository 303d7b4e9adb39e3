#include "diskwatcher.h"

#include <QFile>
#include <QFileSystemWatcher>
#include <QTimer>

DiskWatcher::DiskWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    // Programs write in several steps; look once they are done.
    m_settle->setSingleShot(true);
    m_settle->setInterval(200);
    connect(m_settle, &QTimer::timeout, this, &DiskWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
}

void DiskWatcher::watch(const QString &path, const QByteArray &content)
{
    stop();
    m_path = path;
    m_known = content;
    if (!path.isEmpty())
        m_watcher->addPath(path);
}

void DiskWatcher::setKnownContent(const QByteArray &content)
{
    m_known = content;
    // A save through QSaveFile replaces the file, which ends the watch.
    if (!m_path.isEmpty() && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

void DiskWatcher::stop()
{
    m_settle->stop();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_path.clear();
}

void DiskWatcher::check()
{
    if (m_path.isEmpty())
        return;
    if (!m_watcher->files().contains(m_path) && QFile::exists(m_path))
        m_watcher->addPath(m_path);
    QFile file(m_path);
    QByteArray content;
    if (file.open(QIODevice::ReadOnly))
        content = file.readAll();
    else if (!file.exists())
        content.clear();
    if (content == m_known && file.exists())
        return;
    m_known = content;
    Q_EMIT changedOnDisk(m_path);
}
