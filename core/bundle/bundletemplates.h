// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"
#include "bundle.h"

#include <QList>
#include <QString>

// The starting points for a new bundle, built with the bundle API: "runc"
// (what `runc spec` writes, byte for byte), "rootless" (`runc spec
// --rootless`) and "demo" (a small busybox container that runs as it is).
class BundleTemplates
{
public:
    struct Template
    {
        QString id;
        QString title;       // translated
        QString description; // translated
    };

    // Debian's statically linked busybox, which the demo copies into its rootfs.
    static constexpr const char *BusyboxPath = "/bin/busybox";

    static QList<Template> all();
    static QStringList ids();

    // The template's bundle. The rootless one maps the current user's IDs,
    // as `runc spec --rootless` does.
    static Result<Bundle> bundle(const QString &id);
    // Its config.json, as create() writes it.
    static Result<QByteArray> configData(const QString &id);

    // Creates a bundle in directory (made if missing) and returns the path of
    // its config.json. The demo also gets a busybox rootfs. A directory that
    // already has a config.json is refused.
    static Result<QString> create(const QString &id, const QString &directory);
    // Puts busybox and its applet links into the bundle's "rootfs", as the
    // demo has it, so that a template's `sh` runs.
    static Result<void> addBusyboxRootfs(const QString &bundleDirectory);
};
