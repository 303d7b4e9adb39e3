// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"
#include "document/json.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

// What "runc features" says the installed runtime supports, and which parts
// of a config it would not understand. A runtime without the features
// command (crun 1.8) yields nothing known, and then no warnings.
class RuntimeFeatures
{
public:
    // Fails when json is not a features document.
    static Result<RuntimeFeatures> fromJson(const QByteArray &json);

    QStringList hooks() const { return m_hooks.values(); }
    QStringList namespaces() const { return m_namespaces.values(); }

    // One warning per unsupported hook kind, namespace, capability, generic
    // mount option or seccomp action that config uses, in config order.
    QStringList unsupportedIn(const Json &config) const;

private:
    static QSet<QString> stringSet(const Json &root, const char *pointer, bool *present);

    QSet<QString> m_hooks;
    QSet<QString> m_namespaces;
    QSet<QString> m_capabilities;
    QSet<QString> m_mountOptions;
    QSet<QString> m_seccompActions;
    bool m_hasHooks = false;
    bool m_hasNamespaces = false;
    bool m_hasCapabilities = false;
    bool m_hasMountOptions = false;
    bool m_hasSeccompActions = false;
    bool m_seccompEnabled = true;
};
