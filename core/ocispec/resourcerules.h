// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingsink.h"

#include <QCoreApplication>

// Rules about cgroup resources and NUMA policy: memory limits in the right
// order (-1 meaning unlimited), CPU burst within quota, task limit, block
// I/O and RDMA entries that set something, memory policy nodes and flags.
class ResourceRules
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    ResourceRules(const Json &root, FindingSink *sink);

    void check();

private:
    void checkMemory(const Json &memory);
    void checkCpu(const Json &cpu);
    void checkBlockIOWeights(const Json &blockIO);
    void checkOtherResources(const Json &resources);
    void checkMemoryPolicy();

    const Json &m_root;
    FindingSink *m_sink;
};
