// SPDX-License-Identifier: Apache-2.0
#include "imageimportcommands.h"

ToolCommand ImageImportCommands::copy(const ImageReference &source, const QString &layoutDirectory)
{
    // skopeo follows the machine's /etc/containers/policy.json, so the
    // administrator's signature policy applies to registry images.
    return {QStringLiteral("skopeo"),
            {QStringLiteral("copy"), source.skopeoName(),
             QStringLiteral("oci:%1:%2").arg(layoutDirectory, QLatin1String(CopyTag))}};
}

ToolCommand ImageImportCommands::unpack(const QString &layoutDirectory, const QString &tag,
                                        const QString &bundleDirectory, bool rootless)
{
    QStringList arguments = {QStringLiteral("--log"), QStringLiteral("info"), QStringLiteral("unpack")};
    if (rootless)
        arguments << QStringLiteral("--rootless");
    arguments << QStringLiteral("--image") << QStringLiteral("%1:%2").arg(layoutDirectory, tag) << bundleDirectory;
    return {QStringLiteral("umoci"), arguments};
}
