// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runtimecall.h"

#include "base/result.h"

#include <QByteArray>
#include <QObject>

class DescriptorChannel;

// Pipes for the stdin, stdout and stderr of a container started with
// terminal: false. The runtime passes its own stdio through to the
// container, and "runc create" exits long before the container does, so the
// pipes must belong to the session, not to the runtime's QProcess.
class ContainerStdio : public QObject
{
    Q_OBJECT

public:
    explicit ContainerStdio(QObject *parent = nullptr);
    ~ContainerStdio() override;

    // Creates fresh pipes, dropping any earlier ones.
    Result<void> open();
    // Installs the pipes as fds 0, 1, 2 of the runtime (runs in the child).
    RuntimeCall::ChildSetup childSetup() const;
    // After the runtime has started: the parent drops the child's pipe ends,
    // so that end of file arrives when the container closes its own.
    void closeChildEnds();

    void write(const QByteArray &data);
    // Sends end of file to the container's stdin.
    void closeInput();
    bool isInputOpen() const;

Q_SIGNALS:
    void standardOutput(const QByteArray &data);
    void standardError(const QByteArray &data);
    // stdout and stderr both reached end of file.
    void outputClosed();

private:
    void onChannelClosed();

    int m_childStdin = -1;
    int m_childStdout = -1;
    int m_childStderr = -1;
    DescriptorChannel *m_input = nullptr;
    DescriptorChannel *m_output = nullptr;
    DescriptorChannel *m_error = nullptr;
};
