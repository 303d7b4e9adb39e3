#include "bundleloader.h"

#include "json/specdocument.h"

#include <QCoreApplication>
#include <QDir>

Result<Bundle> BundleLoader::load(const QString &path) const
{
    SpecDocument document;
    if (!document.load(path))
        return Result<Bundle>::failure(document.errorString());
    Result<Bundle> bundle = Bundle::fromJson(document.root(), document.format());
    if (!bundle) {
        return Result<Bundle>::failure(QCoreApplication::translate("BundleLoader", "Cannot load %1: %2")
                                           .arg(QDir::toNativeSeparators(document.filePath()), bundle.error()));
    }
    return bundle;
}
