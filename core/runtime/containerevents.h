// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runcbinary.h"
#include "statsparser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>

#include <chrono>

class RuntimeCall;

// One long-lived "runc events --interval" stream for one container, parsed
// line by line into stats samples and OOM notices. The stream ends by itself
// when the container goes away.
class ContainerEvents : public QObject
{
    Q_OBJECT

public:
    explicit ContainerEvents(QObject *parent = nullptr);
    ~ContainerEvents() override;

    // (Re)starts the stream; the first sample after a start is "collecting".
    void start(const RuncBinary &runtime, const QString &id, std::chrono::milliseconds interval);
    void stop();
    bool isRunning() const;
    std::chrono::milliseconds interval() const { return m_interval; }

    // Feeds output as the process would; public so that parsing is testable
    // without a container.
    void processOutput(const QByteArray &data);

Q_SIGNALS:
    void sampled(const StatsSample &sample);
    void outOfMemory();
    // The stream ended; message is empty when it ended normally.
    void stopped(const QString &message);

private:
    void processLine(const QByteArray &line);

    RuntimeCall *m_call = nullptr;
    StatsParser m_parser;
    QElapsedTimer m_clock;
    QByteArray m_pending;
    std::chrono::milliseconds m_interval{1000};
};
