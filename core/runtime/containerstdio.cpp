// SPDX-License-Identifier: Apache-2.0
#include "containerstdio.h"

#include "descriptorchannel.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

ContainerStdio::ContainerStdio(QObject *parent) : QObject(parent) { }

ContainerStdio::~ContainerStdio()
{
    closeChildEnds();
}

Result<void> ContainerStdio::open()
{
    closeChildEnds();
    delete m_input;
    delete m_output;
    delete m_error;
    m_input = m_output = m_error = nullptr;

    // Read before close() may change errno.
    const auto failure = [] {
        return Result<void>::failure(
            tr("Could not create pipes: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    };
    int in[2], out[2], err[2];
    if (::pipe2(in, O_CLOEXEC) != 0)
        return failure();
    if (::pipe2(out, O_CLOEXEC) != 0) {
        const Result<void> failed = failure();
        ::close(in[0]);
        ::close(in[1]);
        return failed;
    }
    if (::pipe2(err, O_CLOEXEC) != 0) {
        const Result<void> failed = failure();
        for (int fd : {in[0], in[1], out[0], out[1]})
            ::close(fd);
        return failed;
    }
    m_childStdin = in[0];
    m_childStdout = out[1];
    m_childStderr = err[1];
    m_input = new DescriptorChannel(in[1], DescriptorChannel::Mode::Write, this);
    m_output = new DescriptorChannel(out[0], DescriptorChannel::Mode::Read, this);
    m_error = new DescriptorChannel(err[0], DescriptorChannel::Mode::Read, this);
    connect(m_output, &DescriptorChannel::dataReceived, this, &ContainerStdio::standardOutput);
    connect(m_error, &DescriptorChannel::dataReceived, this, &ContainerStdio::standardError);
    connect(m_output, &DescriptorChannel::closed, this, &ContainerStdio::onChannelClosed);
    connect(m_error, &DescriptorChannel::closed, this, &ContainerStdio::onChannelClosed);
    return {};
}

RuntimeCall::ChildSetup ContainerStdio::childSetup() const
{
    const int in = m_childStdin, out = m_childStdout, err = m_childStderr;
    // Only async-signal-safe calls here: this runs between fork and exec.
    // dup2 clears close-on-exec on the copies, so the runtime inherits them.
    return [in, out, err] {
        ::dup2(in, STDIN_FILENO);
        ::dup2(out, STDOUT_FILENO);
        ::dup2(err, STDERR_FILENO);
    };
}

void ContainerStdio::closeChildEnds()
{
    for (int *fd : {&m_childStdin, &m_childStdout, &m_childStderr}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

void ContainerStdio::write(const QByteArray &data)
{
    if (m_input)
        m_input->write(data);
}

void ContainerStdio::closeInput()
{
    if (m_input)
        m_input->close();
}

bool ContainerStdio::isInputOpen() const
{
    return m_input && m_input->isOpen();
}

void ContainerStdio::onChannelClosed()
{
    if (!m_output->isOpen() && !m_error->isOpen())
        Q_EMIT outputClosed();
}

#include "moc_containerstdio.cpp"
