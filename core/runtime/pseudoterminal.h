// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>

class DescriptorChannel;

// The master side of a container's PTY, as received over the console socket.
class PseudoTerminal : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of masterFd.
    explicit PseudoTerminal(int masterFd, QObject *parent = nullptr);

    bool isOpen() const;
    // Keys typed by the user.
    void write(const QByteArray &data);
    // TIOCSWINSZ: the program inside gets SIGWINCH and the new size.
    bool resize(int rows, int columns);
    void close();

Q_SIGNALS:
    void dataReceived(const QByteArray &data);
    void closed();

private:
    DescriptorChannel *m_channel;
};
