// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runcbinary.h"
#include "runtimefeatures.h"

#include <QHash>
#include <QObject>

#include <optional>
#include <utility>

class RuntimeCall;

// "runc features", read once per runtime binary. An entry without a value
// means the runtime has no features command; no entry means not asked yet
// (or the call timed out, so it is asked again next time).
class RuntimeFeaturesCache : public QObject
{
    Q_OBJECT

public:
    explicit RuntimeFeaturesCache(QObject *parent = nullptr);

    // Asks the runtime unless its answer is known; changed() follows either way.
    void query(const RuncBinary &runtime, int timeoutMs);
    bool isKnown(const QString &runtimePath) const { return m_features.contains(runtimePath); }
    std::optional<RuntimeFeatures> features(const QString &runtimePath) const;

Q_SIGNALS:
    void changed();

private:
    QHash<QString, std::optional<RuntimeFeatures>> m_features;
    RuntimeCall *m_call;
    QString m_asked; // the runtime path of the running (or last) call
    std::optional<std::pair<RuncBinary, int>> m_next;
};
