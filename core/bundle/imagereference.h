// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"

#include <QString>

// Where an image to make a bundle from comes from, parsed from the spellings
// skopeo and umoci use: "oci-archive:PATH[:TAG]", "docker-archive:PATH[:REF]",
// "docker://NAME[:TAG]", and an OCI image layout directory "PATH[:TAG]".
class ImageReference
{
public:
    enum class Kind { Layout, OciArchive, DockerArchive, Registry };

    static Result<ImageReference> parse(const QString &text);

    Kind kind() const { return m_kind; }
    // The layout's or archive's path, or the registry reference after "docker://".
    QString location() const { return m_location; }
    // The tag in a layout; "latest" when none is given, as umoci assumes.
    QString tag() const { return m_tag; }
    // Everything but a layout is copied into a layout of its own (skopeo)
    // before umoci can unpack it.
    bool needsCopy() const { return m_kind != Kind::Layout; }
    // The reference as skopeo reads it.
    QString skopeoName() const { return m_text; }

private:
    Kind m_kind = Kind::Layout;
    QString m_text;
    QString m_location;
    QString m_tag;
};
