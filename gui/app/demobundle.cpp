// SPDX-License-Identifier: Apache-2.0
#include "demobundle.h"

#include "bundle/bundletemplates.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString DemoBundle::directory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo"));
}

Result<QString> DemoBundle::ensure()
{
    const QString config = QDir(directory()).filePath(QStringLiteral("config.json"));
    if (QFileInfo::exists(config))
        return config;
    return BundleTemplates::create(QStringLiteral("demo"), directory());
}
