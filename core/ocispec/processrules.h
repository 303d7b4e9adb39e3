// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingsink.h"

#include <QCoreApplication>

// Rules about the process and the programs the runtime starts: root and
// arguments present, environment, capability sets, rlimits, scheduling and
// priority ranges, hook environments.
class ProcessRules
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    ProcessRules(const Json &root, FindingSink *sink);

    void check();

private:
    void checkProcess();
    void checkProcessLimits(const Json &process);
    void checkUserIds(const Json &user);
    void checkScheduler(const Json &scheduler);
    void checkEnvironment(const Json &env, const QString &pointer);
    void checkCapabilities(const Json &capabilities);
    void checkRlimits(const Json &rlimits);
    void checkHooks();
    bool isLinux() const;

    const Json &m_root;
    FindingSink *m_sink;
};
