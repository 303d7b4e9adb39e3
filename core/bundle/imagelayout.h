// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"
#include "document/json.h"

#include <QString>

// Reads an OCI image layout directory (index.json, blobs/ALG/HEX).
class ImageLayout
{
public:
    explicit ImageLayout(const QString &directory) : m_directory(directory) { }

    // The image configuration of the manifest tagged tag
    // (org.opencontainers.image.ref.name), through one nested index.
    Result<Json> imageConfig(const QString &tag) const;

private:
    Result<Json> readJson(const QString &relativePath) const;
    Result<Json> readBlob(const Json &descriptor) const;
    Result<Json> manifestFrom(const Json &index, const QString &tag, bool nested) const;

    QString m_directory;
};
