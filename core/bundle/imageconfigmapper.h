// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"
#include "bundle.h"
#include "document/json.h"

#include <QString>

// Lays an OCI image's configuration over a template bundle, following the
// image spec's conversion rules as umoci applies them:
// - process.args: Entrypoint then Cmd (the template's when both are empty);
// - process.env: the template's, with the image's variables replacing those
//   of the same name, and HOME from /etc/passwd when the image sets none;
// - process.user: resolved in the rootfs (ImageUser); root when the
//   template's user namespace does not map it (rootless maps only root);
// - process.cwd: WorkingDir, else "/";
// - process.terminal: off, as `docker run` without -t, so the bundle runs
//   with its output on a pipe;
// - Volumes: a tmpfs each (an empty, writable volume per container);
// - Labels and the image's architecture, os, author, created, ExposedPorts
//   and StopSignal: annotations, named as umoci names them (the runtime spec
//   has no stop signal of its own).
// Everything else (namespaces, mounts, capabilities, the rootless ID
// mappings) stays the template's.
class ImageConfigMapper
{
public:
    static constexpr const char *StopSignalAnnotation = "org.opencontainers.image.stopSignal";
    static constexpr const char *ExposedPortsAnnotation = "org.opencontainers.image.exposedPorts";

    // image is the image's configuration blob (with "config", "os", ...).
    static Result<Bundle> map(const Bundle &base, const Json &image, const QString &rootfsDirectory);
};
