#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

// Notices when the open config.json is changed by another program. Our own
// saves are recognised by their content, and editors that replace the file
// (a new inode) are followed by watching the path again.
class DiskWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DiskWatcher(QObject *parent = nullptr);

    // Watches path; content is what the editor knows to be on disk.
    void watch(const QString &path, const QByteArray &content);
    // After a save: the file now holds content.
    void setKnownContent(const QByteArray &content);
    void stop();

Q_SIGNALS:
    // The file now differs from what the editor loaded or saved (or is gone).
    void changedOnDisk(const QString &path);

private:
    void check();

    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QString m_path;
    QByteArray m_known;
};
