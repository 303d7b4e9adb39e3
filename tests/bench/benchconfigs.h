// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QString>

// Large but realistic configs for the benchmarks: the runc default with
// `mounts` bind mounts and `devices` device nodes.
namespace BenchConfigs {

Json withMounts(int mounts, int devices);
// Writes DIR/config.json tab-indented like `runc spec`; returns the file path.
QString writeBundle(const QString &directory, const Json &config);

} // namespace BenchConfigs
