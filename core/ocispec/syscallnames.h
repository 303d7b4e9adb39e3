// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

// Looks system call names up with libseccomp for the architectures a
// seccomp profile names (SCMP_ARCH_*) and the native one. A name no such
// architecture knows is one runc skips without a word.
class SyscallNames
{
public:
    explicit SyscallNames(const QStringList &architectures);

    bool isKnown(const std::string &name) const;

private:
    std::vector<uint32_t> m_architectures;
};
