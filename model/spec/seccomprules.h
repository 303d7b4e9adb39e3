#pragma once

#include "findingsink.h"

#include <QCoreApplication>

// Rules about linux.seccomp that the schema cannot express: notify needs a
// listener, errno only with actions that return one, argument indexes.
class SeccompRules
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    SeccompRules(const Json &root, FindingSink *sink);

    void check();

private:
    const Json &m_root;
    FindingSink *m_sink;
};
