// SPDX-License-Identifier: Apache-2.0
#include "targetplatforms.h"

namespace TargetPlatform {

Platforms of(const Json &root)
{
    Platforms platforms;
    if (!root.is_object())
        return Platform::Linux;
    const struct
    {
        const char *section;
        Platform platform;
    } sections[] = {{"linux", Platform::Linux},
                    {"windows", Platform::Windows},
                    {"solaris", Platform::Solaris},
                    {"zos", Platform::ZOS},
                    {"freebsd", Platform::FreeBSD}};
    for (const auto &s : sections) {
        if (root.contains(s.section))
            platforms |= s.platform;
    }
    return platforms ? platforms : Platforms(Platform::Linux);
}

bool isWindowsAbsolute(std::string_view path)
{
    const auto isSeparator = [](char c) { return c == '\\' || c == '/'; };
    const bool driveLetter = path.size() >= 3
        && ((path[0] >= 'A' && path[0] <= 'Z') || (path[0] >= 'a' && path[0] <= 'z')) && path[1] == ':'
        && isSeparator(path[2]);
    // Device paths (\\?\, \\.\) and UNC paths.
    const bool doubleSeparator = path.size() >= 3 && isSeparator(path[0]) && isSeparator(path[1]);
    return driveLetter || doubleSeparator;
}

} // namespace TargetPlatform
