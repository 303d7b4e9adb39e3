// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingsink.h"

#include <QCoreApplication>

// What runc 1.1 requires of a user namespace: uid and gid mappings, a
// mapping for the container's root (it owns the device nodes), and one for
// the user the process runs as.
class UserNamespaceRules
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    UserNamespaceRules(const Json &root, bool hasUserNamespace, FindingSink *sink);

    void check();

private:
    // `kind` is "uid" or "gid"; `id` the process's.
    void checkMappings(const char *kind, const Json *mappings, std::optional<quint64> id);

    const Json &m_root;
    bool m_hasUserNamespace;
    FindingSink *m_sink;
};
