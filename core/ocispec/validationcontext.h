// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class RootfsCheckCache;

// What a validation may look at besides the parsed document. Each member
// left empty switches its checks off, so a document alone is checked as it
// always was (`set`, the benchmarks).
struct ValidationContext
{
    // The bundle directory: root.path and relative bind sources resolve
    // against it, and it turns on the checks against this machine (host
    // findings: paths, CPUs, file systems, security modules) and against
    // the root filesystem.
    QString bundleDirectory;
    // config.json byte for byte, for what Go's encoding/json (and so runc)
    // refuses although nlohmann reads it: a byte order mark, "-0" for an
    // unsigned field.
    QByteArray sourceText;
    // Keeps root filesystem findings between runs (the window's); without
    // one every run reads what it needs.
    std::shared_ptr<RootfsCheckCache> rootfsCache;
    // Asked between steps of the bundle checks; once it says true they stop,
    // and their findings are incomplete and are not cached.
    std::function<bool()> canceled;
};
