// SPDX-License-Identifier: Apache-2.0
#include "runtimecall.h"

#include <QCoreApplication>

RuntimeCall::RuntimeCall(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RuntimeCall::onTimeout);
}

RuntimeCall::~RuntimeCall()
{
    // Never leave a runtime process behind when the owner goes away.
    if (m_process) {
        m_process->disconnect(this);
        stopProcess();
    }
}

void RuntimeCall::start(const RuntimeCommand &command, int timeoutMs, const ChildSetup &childSetup)
{
    if (isRunning())
        cancel();
    m_result = RuntimeCallResult();
    m_result.command = command;

    if (m_process) {
        // Later: this may run inside a slot connected to the old process.
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_process = new QProcess(this);
    if (childSetup)
        m_process->setChildProcessModifier(childSetup);
    connect(m_process, &QProcess::started, this, &RuntimeCall::started);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        const QByteArray data = m_process->readAllStandardOutput();
        m_result.standardOutput += data;
        Q_EMIT standardOutputReceived(data);
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray data = m_process->readAllStandardError();
        m_result.standardError += data;
        Q_EMIT standardErrorReceived(data);
    });
    connect(m_process, &QProcess::finished, this, &RuntimeCall::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &RuntimeCall::onErrorOccurred);

    if (timeoutMs > 0)
        m_timer.start(timeoutMs);
    m_process->start(command.program, command.arguments);
}

void RuntimeCall::cancel()
{
    if (!isRunning())
        return;
    m_result.canceled = true;
    m_result.errorString = tr("Canceled.");
    m_process->disconnect(this);
    stopProcess();
    finish();
}

bool RuntimeCall::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void RuntimeCall::write(const QByteArray &data)
{
    if (isRunning())
        m_process->write(data);
}

void RuntimeCall::closeWriteChannel()
{
    if (m_process)
        m_process->closeWriteChannel();
}

qint64 RuntimeCall::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void RuntimeCall::stopProcess()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    // SIGKILL is prompt; waiting reaps the child so none is left behind.
    m_process->waitForFinished(1000);
}

void RuntimeCall::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_result.standardOutput += m_process->readAllStandardOutput();
    m_result.standardError += m_process->readAllStandardError();
    m_result.exitCode = exitCode;
    m_result.crashed = status == QProcess::CrashExit;
    if (m_result.crashed && m_result.errorString.isEmpty())
        m_result.errorString = tr("%1 crashed.").arg(m_result.command.program);
    else if (exitCode != 0 && m_result.errorString.isEmpty())
        m_result.errorString = tr("%1 exited with code %2.").arg(m_result.command.program).arg(exitCode);
    finish();
}

void RuntimeCall::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and exit codes arrive through finished()
    m_result.failedToStart = true;
    m_result.errorString = tr("Could not start %1: %2").arg(m_result.command.program, m_process->errorString());
    finish();
}

void RuntimeCall::onTimeout()
{
    if (!isRunning())
        return;
    m_result.timedOut = true;
    m_result.errorString = tr("%1 did not answer in time and was stopped.").arg(m_result.command.program);
    m_process->disconnect(this);
    stopProcess();
    finish();
}

void RuntimeCall::finish()
{
    m_timer.stop();
    // Copy first: a receiver may start the next call on this object.
    const RuntimeCallResult result = m_result;
    Q_EMIT finished(result);
}

#include "moc_runtimecall.cpp"
