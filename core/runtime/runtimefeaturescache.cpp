// SPDX-License-Identifier: Apache-2.0
#include "runtimefeaturescache.h"

#include "runtimecall.h"

RuntimeFeaturesCache::RuntimeFeaturesCache(QObject *parent) : QObject(parent), m_call(new RuntimeCall(this))
{
    connect(m_call, &RuntimeCall::finished, this, [this](const RuntimeCallResult &result) {
        const Result<RuntimeFeatures> features = RuntimeFeatures::fromJson(result.standardOutput);
        if (result.succeeded() && features)
            m_features.insert(result.command.program, *features);
        else if (!result.timedOut && !result.failedToStart)
            m_features.insert(result.command.program, std::nullopt);
        Q_EMIT changed();
    });
}

void RuntimeFeaturesCache::query(const RuncBinary &runtime, int timeoutMs)
{
    if (isKnown(runtime.path())) {
        Q_EMIT changed();
        return;
    }
    if (!m_call->isRunning() && !RuncBinary::locate(runtime.path()).isEmpty())
        m_call->start(runtime.featuresCommand(), timeoutMs);
}

std::optional<RuntimeFeatures> RuntimeFeaturesCache::features(const QString &runtimePath) const
{
    return m_features.value(runtimePath);
}
