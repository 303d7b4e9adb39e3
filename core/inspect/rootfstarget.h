// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "usernamespacemap.h"

#include <QString>

// What a config asks to inspect: the root filesystem's directory (root.path
// resolved against the bundle directory) and the user namespace that decides
// which owners the container can see.
struct RootfsTarget
{
    QString rootDirectory; // empty without a bundle directory or root.path
    UserNamespaceMap map;

    static RootfsTarget of(const Json &config, const QString &bundleDirectory);
    bool operator==(const RootfsTarget &other) const = default;
};
