// SPDX-License-Identifier: Apache-2.0
#include "containerevents.h"

#include <chrono>

#include "runtimecall.h"

ContainerEvents::ContainerEvents(QObject *parent) : QObject(parent), m_call(new RuntimeCall(this))
{
    m_clock.start();
    connect(m_call, &RuntimeCall::standardOutputReceived, this, &ContainerEvents::processOutput);
    connect(m_call, &RuntimeCall::finished, this, [this](const RuntimeCallResult &result) {
        if (result.canceled)
            return;
        QString message;
        if (!result.succeeded()) {
            const QString detail = QString::fromUtf8(result.standardError).trimmed();
            message = detail.isEmpty() ? result.errorString : detail;
        }
        Q_EMIT stopped(message);
    });
}

ContainerEvents::~ContainerEvents() = default;

void ContainerEvents::start(const RuncBinary &runtime, const QString &id, std::chrono::milliseconds interval)
{
    m_interval = interval;
    m_parser.reset();
    m_pending.clear();
    m_call->start(runtime.eventsCommand(id, interval), 0);
}

void ContainerEvents::stop()
{
    m_call->cancel();
}

bool ContainerEvents::isRunning() const
{
    return m_call->isRunning();
}

void ContainerEvents::processOutput(const QByteArray &data)
{
    m_pending += data;
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        processLine(line);
    }
}

void ContainerEvents::processLine(const QByteArray &line)
{
    const std::optional<RuntimeEvent> event = RuntimeEvent::fromLine(line);
    if (!event)
        return;
    if (event->type == QLatin1String("stats")) {
        StatsSample sample = m_parser.parse(event->data, m_clock.nsecsElapsed(), QDateTime::currentDateTime());
        sample.steadyMs =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
                .count();
        Q_EMIT sampled(sample);
    } else if (event->type == QLatin1String("oom"))
        Q_EMIT outOfMemory();
}

#include "moc_containerevents.cpp"
