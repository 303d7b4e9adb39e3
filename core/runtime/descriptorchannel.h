// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

// Owns one file descriptor (a pipe end or a PTY master) and moves bytes
// through it without blocking: reads when the event loop says it is
// readable, queues writes the kernel cannot take yet.
class DescriptorChannel : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Read, Write, ReadWrite };

    // Takes ownership of fd and makes it non-blocking.
    DescriptorChannel(int fd, Mode mode, QObject *parent = nullptr);
    ~DescriptorChannel() override;

    int descriptor() const { return m_fd; }
    bool isOpen() const { return m_fd >= 0; }
    void write(const QByteArray &data);
    void close();

Q_SIGNALS:
    void dataReceived(const QByteArray &data);
    // End of file or an error on reading (a PTY whose other side is gone
    // reports EIO); the descriptor is closed by then.
    void closed();

private:
    void onReadable();
    void flush();

    int m_fd = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_pendingWrite;
};
