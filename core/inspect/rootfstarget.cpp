// SPDX-License-Identifier: Apache-2.0
#include "rootfstarget.h"

#include "ocispec/jsonaccess.h"

#include <QDir>

RootfsTarget RootfsTarget::of(const Json &config, const QString &bundleDirectory)
{
    RootfsTarget target;
    target.map = UserNamespaceMap::fromConfig(config);
    const std::optional<QString> path = JsonAccess::stringOf(JsonAccess::memberPath(config, {"root", "path"}));
    if (path && !path->isEmpty() && !bundleDirectory.isEmpty())
        target.rootDirectory = QDir::cleanPath(QDir(bundleDirectory).absoluteFilePath(*path));
    return target;
}
