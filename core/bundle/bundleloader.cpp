// SPDX-License-Identifier: Apache-2.0
#include "bundleloader.h"

#include "document/specfile.h"

#include <QCoreApplication>
#include <QDir>

Result<Bundle> BundleLoader::load(const QString &path) const
{
    SpecFile file;
    if (!file.read(path))
        return Result<Bundle>::failure(file.errorString());
    Result<Bundle> bundle = Bundle::fromJson(file.root(), file.format());
    if (!bundle) {
        return Result<Bundle>::failure(QCoreApplication::translate("BundleLoader", "Cannot load %1: %2")
                                           .arg(QDir::toNativeSeparators(file.filePath()), bundle.error()));
    }
    return bundle;
}
