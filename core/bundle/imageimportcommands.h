// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "imagereference.h"

#include <QString>
#include <QStringList>

// A program and its arguments, run without a shell.
struct ToolCommand
{
    QString program;
    QStringList arguments;
};

// The skopeo and umoci command lines of an import.
class ImageImportCommands
{
public:
    // The tag the copied image gets in the temporary layout.
    static constexpr const char *CopyTag = "import";

    // Copies an archive or a registry image into the layout directory.
    static ToolCommand copy(const ImageReference &source, const QString &layoutDirectory);
    // Unpacks the layout's tag into the bundle directory; rootless when not root.
    static ToolCommand unpack(const QString &layoutDirectory, const QString &tag, const QString &bundleDirectory,
                              bool rootless);
};
