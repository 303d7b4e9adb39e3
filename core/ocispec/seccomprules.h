// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingsink.h"

#include <QCoreApplication>

class SyscallNames;

// Rules about linux.seccomp that the schema cannot express: notify needs a
// listener, errno only with actions that return one, argument indexes,
// system call names; and what runc 1.1 cannot convert (flags, newer
// architectures).
class SeccompRules
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    SeccompRules(const Json &root, FindingSink *sink);

    void check();

private:
    void checkRuncLimits(const Json &seccomp);
    void checkNames(const Json *names, const QString &pointer, bool notify, const SyscallNames &known);

    const Json &m_root;
    FindingSink *m_sink;
};
