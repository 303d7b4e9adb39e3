// SPDX-License-Identifier: Apache-2.0
#include "diskwatcher.h"

#include <QFile>
#include <QFileSystemWatcher>
#include <QTimer>

DiskWatcher::DiskWatcher(QObject *parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_settle(new QTimer(this))
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
    setKnownContent(content);
}

void DiskWatcher::setKnownContent(const QByteArray &content)
{
    m_known = content;
    m_reported = content;
    m_reportedGone = false;
    // A save replaces the file, which ends the watch.
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

bool DiskWatcher::differsOnDisk(QByteArray *current, bool *exists) const
{
    QFile file(m_path);
    const bool there = file.open(QIODevice::ReadOnly);
    const QByteArray content = there ? file.readAll() : QByteArray();
    if (current)
        *current = content;
    if (exists)
        *exists = there;
    return !m_path.isEmpty() && (!there || content != m_known);
}

void DiskWatcher::check()
{
    if (m_path.isEmpty())
        return;
    if (!m_watcher->files().contains(m_path) && QFile::exists(m_path))
        m_watcher->addPath(m_path);
    QByteArray content;
    bool exists = false;
    if (!differsOnDisk(&content, &exists)) {
        m_reported = m_known;
        m_reportedGone = false;
        return;
    }
    // Several notices for one change (a program that writes in pieces) ask once.
    if (exists ? (!m_reportedGone && content == m_reported) : m_reportedGone)
        return;
    m_reported = content;
    m_reportedGone = !exists;
    Q_EMIT changedOnDisk(m_path);
}
