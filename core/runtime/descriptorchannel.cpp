// SPDX-License-Identifier: Apache-2.0
#include "descriptorchannel.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

DescriptorChannel::DescriptorChannel(int fd, Mode mode, QObject *parent) : QObject(parent), m_fd(fd)
{
    if (m_fd < 0)
        return;
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    ::fcntl(m_fd, F_SETFD, FD_CLOEXEC);
    if (mode != Mode::Write) {
        m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_readNotifier, &QSocketNotifier::activated, this, &DescriptorChannel::onReadable);
    }
    if (mode != Mode::Read) {
        m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
        m_writeNotifier->setEnabled(false);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &DescriptorChannel::flush);
    }
}

DescriptorChannel::~DescriptorChannel()
{
    close();
}

void DescriptorChannel::write(const QByteArray &data)
{
    if (m_fd < 0 || !m_writeNotifier)
        return;
    m_pendingWrite += data;
    flush();
}

void DescriptorChannel::flush()
{
    while (m_fd >= 0 && !m_pendingWrite.isEmpty()) {
        const ssize_t n = ::write(m_fd, m_pendingWrite.constData(), size_t(m_pendingWrite.size()));
        if (n > 0) {
            m_pendingWrite.remove(0, n);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            break; // the write notifier calls again when there is room
        } else {
            m_pendingWrite.clear(); // reader gone
            break;
        }
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(m_fd >= 0 && !m_pendingWrite.isEmpty());
}

void DescriptorChannel::onReadable()
{
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n > 0) {
            Q_EMIT dataReceived(QByteArray(buffer, qsizetype(n)));
            if (m_fd < 0)
                return; // a receiver closed us
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        close();
        Q_EMIT closed();
        return;
    }
}

void DescriptorChannel::close()
{
    if (m_fd < 0)
        return;
    // Notifiers must go before their descriptor is closed.
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    ::close(m_fd);
    m_fd = -1;
}

#include "moc_descriptorchannel.cpp"
