// SPDX-License-Identifier: Apache-2.0
#include "runtimefeaturesreader.h"

#include "runcbinary.h"
#include "runtimecall.h"

#include <QFileInfo>

RuntimeFeaturesReader::RuntimeFeaturesReader(QObject *parent) : QObject(parent), m_call(new RuntimeCall(this))
{
    connect(m_call, &RuntimeCall::finished, this, &RuntimeFeaturesReader::onFinished);
}

void RuntimeFeaturesReader::read(const QStringList &programs, int timeoutMs)
{
    m_call->cancel();
    m_timeoutMs = timeoutMs;
    m_pending.clear();
    // runc and /usr/sbin/runc are one runtime.
    for (const QString &program : programs) {
        const QString path = RuncBinary::locate(program);
        if (!path.isEmpty() && !m_pending.contains(path))
            m_pending << path;
    }
    next();
}

bool RuntimeFeaturesReader::isReading() const
{
    return !m_pending.isEmpty() || m_call->isRunning();
}

void RuntimeFeaturesReader::next()
{
    if (m_pending.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    m_path = m_pending.takeFirst();
    m_askingVersion = false;
    m_call->start(RuncBinary(m_path).featuresCommand(), m_timeoutMs);
}

void RuntimeFeaturesReader::onFinished(const RuntimeCallResult &result)
{
    if (result.canceled)
        return;
    const QString name = QFileInfo(m_path).fileName();
    if (!m_askingVersion) {
        const Result<RuntimeFeatures> features = RuntimeFeatures::fromJson(result.standardOutput, name);
        if (result.succeeded() && features) {
            Q_EMIT runtimeRead(*features);
            next();
            return;
        }
        m_askingVersion = true;
        m_call->start({m_path, {QStringLiteral("--version")}}, m_timeoutMs);
        return;
    }
    Q_EMIT runtimeRead(
        RuntimeFeatures::fromVersionText(name, result.succeeded() ? result.standardOutput : QByteArray()));
    next();
}

#include "moc_runtimefeaturesreader.cpp"
