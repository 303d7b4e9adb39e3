// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldinfo.h"
#include "document/json.h"

#include <string_view>

// Which operating systems a configuration is meant for, judged by its
// platform sections: each of linux, windows, solaris, zos and freebsd names
// one, and a configuration with none of them is read as Linux. vm names a
// way of isolating, not an operating system, and counts for nothing.
namespace TargetPlatform {

Platforms of(const Json &root);
// "C:\data", "c:/data", "\\?\Volume{...}\", "\\server\share": absolute on Windows.
bool isWindowsAbsolute(std::string_view path);

} // namespace TargetPlatform
