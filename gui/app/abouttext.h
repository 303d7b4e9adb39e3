// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runtime/installedruntime.h"

#include <QCoreApplication>

// The About box's text: the editor's version, the runtime-spec versions it
// follows, the Qt it runs on and the runtimes found on this machine.
class AboutText
{
    Q_DECLARE_TR_FUNCTIONS(AboutText)

public:
    static QString html(const QList<InstalledRuntime> &runtimes);
    // One runtime's line: "runc 1.1.5 at /usr/sbin/runc, built for runtime-spec 1.0.2-dev".
    static QString runtimeLine(const InstalledRuntime &runtime);
};
