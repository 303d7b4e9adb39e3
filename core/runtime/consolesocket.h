// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"

#include <QObject>
#include <QString>

class QSocketNotifier;

// The Unix socket passed as --console-socket. The runtime connects once and
// sends the container's PTY master as SCM_RIGHTS ancillary data.
class ConsoleSocket : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSocket(QObject *parent = nullptr);
    ~ConsoleSocket() override;

    // Listens at path (replacing a stale socket file).
    Result<void> listen(const QString &path);
    QString path() const { return m_path; }
    bool isListening() const { return m_listenFd >= 0; }
    void close();

Q_SIGNALS:
    // The receiver owns masterFd (e.g. by handing it to a PseudoTerminal).
    void masterReceived(int masterFd);
    void failed(const QString &message);

private:
    void onConnection();
    void onClientReadable();
    void closeClient();

    QString m_path;
    int m_listenFd = -1;
    int m_clientFd = -1;
    QSocketNotifier *m_listenNotifier = nullptr;
    QSocketNotifier *m_clientNotifier = nullptr;
};
