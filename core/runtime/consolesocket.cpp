// SPDX-License-Identifier: Apache-2.0
#include "consolesocket.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

ConsoleSocket::ConsoleSocket(QObject *parent) : QObject(parent) { }

ConsoleSocket::~ConsoleSocket()
{
    close();
}

Result<void> ConsoleSocket::listen(const QString &path)
{
    close();
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (size_t(native.size()) >= sizeof address.sun_path)
        return Result<void>::failure(tr("The console socket path %1 is too long for a Unix socket.").arg(path));
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));

    m_listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_listenFd < 0)
        return Result<void>::failure(
            tr("Could not create the console socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    ::unlink(native.constData());
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_listenFd, 1) != 0) {
        const Result<void> failed = Result<void>::failure(tr("Could not listen on the console socket %1: %2")
                                                              .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        close();
        return failed;
    }
    m_path = path;
    m_listenNotifier = new QSocketNotifier(m_listenFd, QSocketNotifier::Read, this);
    connect(m_listenNotifier, &QSocketNotifier::activated, this, &ConsoleSocket::onConnection);
    return {};
}

void ConsoleSocket::onConnection()
{
    const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (fd < 0)
        return;
    closeClient(); // one runtime at a time
    m_clientFd = fd;
    m_clientNotifier = new QSocketNotifier(m_clientFd, QSocketNotifier::Read, this);
    connect(m_clientNotifier, &QSocketNotifier::activated, this, &ConsoleSocket::onClientReadable);
}

void ConsoleSocket::onClientReadable()
{
    // The payload is the PTY's name; the descriptor travels as ancillary data.
    char name[4096];
    iovec io = {name, sizeof name};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * 4)];
    msghdr message = {};
    message.msg_iov = &io;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;

    const ssize_t n = ::recvmsg(m_clientFd, &message, MSG_CMSG_CLOEXEC);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    int masterFd = -1;
    for (cmsghdr *header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS)
            continue;
        const size_t count = (header->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        const int *fds = reinterpret_cast<const int *>(CMSG_DATA(header));
        for (size_t i = 0; i < count; ++i) {
            if (masterFd < 0)
                masterFd = fds[i];
            else
                ::close(fds[i]); // never leak extra descriptors
        }
    }
    closeClient();
    if (masterFd >= 0)
        Q_EMIT masterReceived(masterFd);
    else
        Q_EMIT failed(tr("The runtime connected to the console socket but sent no terminal."));
}

void ConsoleSocket::closeClient()
{
    delete m_clientNotifier;
    m_clientNotifier = nullptr;
    if (m_clientFd >= 0)
        ::close(m_clientFd);
    m_clientFd = -1;
}

void ConsoleSocket::close()
{
    closeClient();
    delete m_listenNotifier;
    m_listenNotifier = nullptr;
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
        ::unlink(QFile::encodeName(m_path).constData());
    }
    m_listenFd = -1;
    m_path.clear();
}

#include "moc_consolesocket.cpp"
