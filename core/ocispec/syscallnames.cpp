// SPDX-License-Identifier: Apache-2.0
#include "syscallnames.h"

#include <QHash>

#include <seccomp.h>

SyscallNames::SyscallNames(const QStringList &architectures)
{
    static const QHash<QString, uint32_t> tokens = {{QStringLiteral("SCMP_ARCH_X86"), SCMP_ARCH_X86},
                                                    {QStringLiteral("SCMP_ARCH_X86_64"), SCMP_ARCH_X86_64},
                                                    {QStringLiteral("SCMP_ARCH_X32"), SCMP_ARCH_X32},
                                                    {QStringLiteral("SCMP_ARCH_ARM"), SCMP_ARCH_ARM},
                                                    {QStringLiteral("SCMP_ARCH_AARCH64"), SCMP_ARCH_AARCH64},
                                                    {QStringLiteral("SCMP_ARCH_MIPS"), SCMP_ARCH_MIPS},
                                                    {QStringLiteral("SCMP_ARCH_MIPS64"), SCMP_ARCH_MIPS64},
                                                    {QStringLiteral("SCMP_ARCH_MIPS64N32"), SCMP_ARCH_MIPS64N32},
                                                    {QStringLiteral("SCMP_ARCH_MIPSEL"), SCMP_ARCH_MIPSEL},
                                                    {QStringLiteral("SCMP_ARCH_MIPSEL64"), SCMP_ARCH_MIPSEL64},
                                                    {QStringLiteral("SCMP_ARCH_MIPSEL64N32"), SCMP_ARCH_MIPSEL64N32},
                                                    {QStringLiteral("SCMP_ARCH_PPC"), SCMP_ARCH_PPC},
                                                    {QStringLiteral("SCMP_ARCH_PPC64"), SCMP_ARCH_PPC64},
                                                    {QStringLiteral("SCMP_ARCH_PPC64LE"), SCMP_ARCH_PPC64LE},
                                                    {QStringLiteral("SCMP_ARCH_S390"), SCMP_ARCH_S390},
                                                    {QStringLiteral("SCMP_ARCH_S390X"), SCMP_ARCH_S390X},
                                                    {QStringLiteral("SCMP_ARCH_PARISC"), SCMP_ARCH_PARISC},
                                                    {QStringLiteral("SCMP_ARCH_PARISC64"), SCMP_ARCH_PARISC64},
                                                    {QStringLiteral("SCMP_ARCH_RISCV64"), SCMP_ARCH_RISCV64}};
    m_architectures.push_back(SCMP_ARCH_NATIVE);
    for (const QString &name : architectures) {
        if (const auto it = tokens.constFind(name); it != tokens.constEnd())
            m_architectures.push_back(*it);
    }
}

bool SyscallNames::isKnown(const std::string &name) const
{
    for (const uint32_t architecture : m_architectures) {
        if (seccomp_syscall_resolve_name_arch(architecture, name.c_str()) != __NR_SCMP_ERROR)
            return true;
    }
    return false;
}
