// SPDX-License-Identifier: Apache-2.0
#include "pseudoterminal.h"

#include "descriptorchannel.h"

#include <sys/ioctl.h>
#include <termios.h>

PseudoTerminal::PseudoTerminal(int masterFd, QObject *parent)
    : QObject(parent), m_channel(new DescriptorChannel(masterFd, DescriptorChannel::Mode::ReadWrite, this))
{
    connect(m_channel, &DescriptorChannel::dataReceived, this, &PseudoTerminal::dataReceived);
    connect(m_channel, &DescriptorChannel::closed, this, &PseudoTerminal::closed);
}

bool PseudoTerminal::isOpen() const
{
    return m_channel->isOpen();
}

void PseudoTerminal::write(const QByteArray &data)
{
    m_channel->write(data);
}

bool PseudoTerminal::resize(int rows, int columns)
{
    if (!isOpen() || rows <= 0 || columns <= 0)
        return false;
    struct winsize size = {};
    size.ws_row = static_cast<unsigned short>(rows);
    size.ws_col = static_cast<unsigned short>(columns);
    return ::ioctl(m_channel->descriptor(), TIOCSWINSZ, &size) == 0;
}

void PseudoTerminal::close()
{
    if (isOpen()) {
        m_channel->close();
        Q_EMIT closed();
    }
}

#include "moc_pseudoterminal.cpp"
