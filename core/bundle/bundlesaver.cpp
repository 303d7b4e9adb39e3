#include "bundlesaver.h"

#include "document/specfile.h"

#include <QDir>

Result<QString> BundleSaver::save(const Bundle &bundle, const QString &path) const
{
    const QString file = QDir(path).filePath(QStringLiteral("config.json"));
    QString error;
    // A link out of the bundle is refused here too.
    if (!SpecFile::write(file, bundle.toJson(), bundle.format(), &error))
        return Result<QString>::failure(error);
    return file;
}
