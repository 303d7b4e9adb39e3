// SPDX-License-Identifier: Apache-2.0
#include "runtimefeaturescache.h"

#include "runtimecall.h"

#include <QFileInfo>

#include <utility>

RuntimeFeaturesCache::RuntimeFeaturesCache(QObject *parent) : QObject(parent), m_call(new RuntimeCall(this))
{
    connect(m_call, &RuntimeCall::finished, this, [this](const RuntimeCallResult &result) {
        const Result<RuntimeFeatures> features =
            RuntimeFeatures::fromJson(result.standardOutput, QFileInfo(m_asked).fileName());
        if (result.succeeded() && features)
            m_features.insert(m_asked, *features);
        else if (!result.timedOut && !result.failedToStart)
            m_features.insert(m_asked, std::nullopt);
        Q_EMIT changed();
        if (m_next) {
            const auto [runtime, timeoutMs] = *std::exchange(m_next, std::nullopt);
            query(runtime, timeoutMs);
        }
    });
}

void RuntimeFeaturesCache::query(const RuncBinary &runtime, int timeoutMs)
{
    if (isKnown(runtime.path())) {
        Q_EMIT changed();
        return;
    }
    if (RuncBinary::locate(runtime.path()).isEmpty())
        return;
    // One call at a time; the latest runtime asked about is asked next.
    if (m_call->isRunning()) {
        if (runtime.path() != m_asked)
            m_next = {runtime, timeoutMs};
        else
            m_next.reset(); // asked again before the answer: nothing else after it
        return;
    }
    m_asked = runtime.path();
    m_call->start(runtime.featuresCommand(), timeoutMs);
}

std::optional<RuntimeFeatures> RuntimeFeaturesCache::features(const QString &runtimePath) const
{
    return m_features.value(runtimePath);
}
