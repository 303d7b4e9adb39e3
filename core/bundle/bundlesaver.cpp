// SPDX-License-Identifier: Apache-2.0
#include "bundlesaver.h"

#include "document/specfile.h"

#include <QDir>

Result<QString> BundleSaver::save(const Bundle &bundle, const QString &path) const
{
    const QString file = QDir(path).filePath(QStringLiteral("config.json"));
    // A link out of the bundle is refused here too.
    const Result<QStringList> written = SpecFile::write(file, bundle.toJson(), bundle.format());
    if (!written)
        return Result<QString>::failure(written.error());
    return file;
}
