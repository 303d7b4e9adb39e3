// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runtimecommand.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <functional>

// What one finished runtime command left behind.
struct RuntimeCallResult
{
    RuntimeCommand command;
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    bool canceled = false;
    bool failedToStart = false;
    QByteArray standardOutput;
    QByteArray standardError;
    // A sentence for the user when the call did not succeed.
    QString errorString;

    bool succeeded() const { return !crashed && !timedOut && !canceled && !failedToStart && exitCode == 0; }
};

// Runs one runtime command to completion with a timeout, so that a hung
// runtime never blocks the caller; cancel() ends it at once. Owns its QProcess.
class RuntimeCall : public QObject
{
    Q_OBJECT

public:
    // Runs in the child between fork and exec (stdio redirection).
    using ChildSetup = std::function<void()>;

    explicit RuntimeCall(QObject *parent = nullptr);
    ~RuntimeCall() override;

    // Starts command; a call already running is canceled first. A timeout of
    // zero or less waits forever (for long-lived commands).
    void start(const RuntimeCommand &command, int timeoutMs, const ChildSetup &childSetup = {});
    void cancel();
    bool isRunning() const;
    // Writes to the command's stdin.
    void write(const QByteArray &data);
    void closeWriteChannel();
    qint64 processId() const;

Q_SIGNALS:
    void started();
    // Output as it arrives; the whole output is also in the result.
    void standardOutputReceived(const QByteArray &data);
    void standardErrorReceived(const QByteArray &data);
    void finished(const RuntimeCallResult &result);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void onTimeout();
    void finish();
    void stopProcess();

    QProcess *m_process = nullptr;
    QTimer m_timer;
    RuntimeCallResult m_result;
};
