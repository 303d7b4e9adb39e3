// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runtimefeatures.h"

#include <QObject>
#include <QStringList>

class RuntimeCall;
struct RuntimeCallResult;

// Asks each installed runtime what it supports, one after the other:
// "features", and where that command is missing (crun 1.8) "--version".
// Runtimes that are not installed are left out.
class RuntimeFeaturesReader : public QObject
{
    Q_OBJECT

public:
    explicit RuntimeFeaturesReader(QObject *parent = nullptr);

    // Names ("runc", "crun") or paths; a read under way starts over.
    void read(const QStringList &programs, int timeoutMs = 5000);
    bool isReading() const;

Q_SIGNALS:
    void runtimeRead(const RuntimeFeatures &features);
    void finished();

private:
    void next();
    void onFinished(const RuntimeCallResult &result);

    RuntimeCall *m_call;
    QStringList m_pending;
    QString m_path;
    bool m_askingVersion = false;
    int m_timeoutMs = 5000;
};
