// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingsink.h"

#include <QCoreApplication>
#include <QSet>

// Rules about linux.namespaces and the settings that only work inside a
// namespace of the container's own: ID mappings, host and domain name,
// time offsets and namespaced sysctls.
class NamespaceRules
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    NamespaceRules(const Json &root, FindingSink *sink);

    void check();

    // Whether linux.namespaces lists `type`; valid after check().
    bool has(const QString &type) const { return m_namespaces.contains(type); }

private:
    void checkNamespaces();
    void checkNamespaceDependencies();
    void checkSysctl(const Json &sysctl);

    const Json &m_root;
    FindingSink *m_sink;
    QSet<QString> m_namespaces;
};
