// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

// Notices when the open config.json is changed by another program. The
// editor's own saves are recognised by their content, and editors that
// replace the file (a new inode) are followed by watching the path again.
// What the editor knows to be on disk changes only by load, save or the
// user's decision to keep their version, so a change the user has not yet
// answered is still a change when they save.
class DiskWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DiskWatcher(QObject *parent = nullptr);

    // Watches path; content is what the editor knows to be on disk.
    void watch(const QString &path, const QByteArray &content);
    // After a save, or after the user chose to keep their version over what
    // another program wrote: the file now counts as holding content.
    void setKnownContent(const QByteArray &content);
    void stop();

    // Reads the file now: true when it differs from the known content (or
    // is gone). current receives what is there, empty when gone.
    bool differsOnDisk(QByteArray *current = nullptr, bool *exists = nullptr) const;

Q_SIGNALS:
    // The file now differs from what the editor loaded or saved (or is
    // gone); said once for each new content.
    void changedOnDisk(const QString &path);

private:
    void check();

    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QString m_path;
    QByteArray m_known;
    QByteArray m_reported;
    bool m_reportedGone = false;
};
