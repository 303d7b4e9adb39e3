#include "bundlesaver.h"

#include "json/specdocument.h"

#include <QDir>

Result<QString> BundleSaver::save(const Bundle &bundle, const QString &path) const
{
    SpecDocument document;
    document.setRoot(bundle.toJson(), bundle.format());
    const QString file = QDir(path).filePath(QStringLiteral("config.json"));
    if (!document.save(file))
        return Result<QString>::failure(document.errorString());
    return file;
}
