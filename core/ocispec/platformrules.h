// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldinfo.h"
#include "findingsink.h"

#include <QCoreApplication>

// Rules for the platforms besides Linux that relate several fields: the
// root filesystem and command line of Windows containers, Windows layers,
// processor limits, network and mounts, z/OS namespaces and the FreeBSD
// jail. Each field alone is checked against the catalogue.
class PlatformRules
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    PlatformRules(const Json &root, Platforms platforms, FindingSink *sink);

    void check();

private:
    void checkRoot(bool hyperV);
    void checkWindows(const Json &windows);
    void checkWindowsContainer(bool hyperV);
    void checkWindowsCpu(const Json &cpu);
    void checkWindowsNetwork(const Json &network);
    void checkWindowsMounts();
    void checkZosNamespaces(const Json &namespaces);
    void checkJail(const Json &jail);

    const Json &m_root;
    Platforms m_platforms;
    FindingSink *m_sink;
};
