// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingsink.h"

#include <QCoreApplication>

// Rules about annotation keys: not empty, and within org.opencontainers
// only the keys the specification defines.
class AnnotationRules
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    AnnotationRules(const Json &root, FindingSink *sink);

    void check();

private:
    const Json &m_root;
    FindingSink *m_sink;
};
