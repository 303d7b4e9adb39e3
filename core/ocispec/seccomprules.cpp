// SPDX-License-Identifier: Apache-2.0
#include "seccomprules.h"

#include "jsonaccess.h"
#include "syscallnames.h"

#include <QCoreApplication>

using namespace JsonAccess;

SeccompRules::SeccompRules(const Json &root, FindingSink *sink) : m_root(root), m_sink(sink) { }

void SeccompRules::check()
{
    const Json *seccomp = memberPath(m_root, {"linux", "seccomp"});
    if (!seccomp || !seccomp->is_object())
        return;
    const QString base = QStringLiteral("/linux/seccomp");
    const bool hasListener = stringOf(member(*seccomp, "listenerPath")).value_or(QString()).size() > 0;
    if (member(*seccomp, "listenerMetadata") && !hasListener) {
        m_sink->error(FindingCode::SeccompListenerMetadataWithoutListener, base + QLatin1String("/listenerMetadata"),
                      tr("listenerMetadata may only be set together with listenerPath."));
    }
    const auto errnoCapable = [](const QString &action) {
        return action == QLatin1String("SCMP_ACT_ERRNO") || action == QLatin1String("SCMP_ACT_TRACE");
    };
    const std::optional<QString> defaultAction = stringOf(member(*seccomp, "defaultAction"));
    if (defaultAction == QLatin1String("SCMP_ACT_NOTIFY")) {
        m_sink->error(
            FindingCode::SeccompNotifyDefault, base + QLatin1String("/defaultAction"),
            tr("SCMP_ACT_NOTIFY cannot be the default action: the agent would be asked about every system call."));
    }
    if (defaultAction && member(*seccomp, "defaultErrnoRet") && !errnoCapable(*defaultAction)) {
        m_sink->error(
            FindingCode::SeccompErrnoRetUnsupported, base + QLatin1String("/defaultErrnoRet"),
            tr("%1 does not return an error number; runtimes refuse defaultErrnoRet with it.").arg(*defaultAction));
    }
    const Json *syscalls = member(*seccomp, "syscalls");
    // runc 1.1 turns seccomp off when there is neither a default action nor a rule.
    const bool active =
        !defaultAction.value_or(QString()).isEmpty() || (syscalls && syscalls->is_array() && !syscalls->empty());
    if (active)
        checkRuncLimits(*seccomp);
    if (!syscalls || !syscalls->is_array())
        return;
    const SyscallNames known(stringSet(member(*seccomp, "architectures")).values());
    qsizetype index = 0;
    for (const Json &rule : *syscalls) {
        const QString pointer = join(base + QLatin1String("/syscalls"), index++);
        if (const Json *names = member(rule, "names"); names && names->is_array() && names->empty()) {
            m_sink->error(FindingCode::SeccompNamesEmpty, pointer + QLatin1String("/names"),
                          tr("A rule must name at least one system call."));
        }
        const std::optional<QString> action = stringOf(member(rule, "action"));
        checkNames(member(rule, "names"), pointer + QLatin1String("/names"), action == QLatin1String("SCMP_ACT_NOTIFY"),
                   known);
        if (action == QLatin1String("SCMP_ACT_NOTIFY") && !hasListener) {
            m_sink->error(FindingCode::SeccompNotifyWithoutListener, pointer + QLatin1String("/action"),
                          tr("SCMP_ACT_NOTIFY needs listenerPath, the socket of the agent to notify."));
        }
        if (action && member(rule, "errnoRet") && !errnoCapable(*action)) {
            m_sink->error(FindingCode::SeccompErrnoRetUnsupported, pointer + QLatin1String("/errnoRet"),
                          tr("%1 does not return an error number; runtimes refuse errnoRet with it.").arg(*action));
        }
        if (const Json *args = member(rule, "args"); args && args->is_array()) {
            qsizetype argIndex = 0;
            for (const Json &arg : *args) {
                if (const std::optional<quint64> i = uint64Of(member(arg, "index")); i && *i > 5) {
                    m_sink->error(FindingCode::SeccompArgIndexRange,
                                  join(pointer + QLatin1String("/args"), argIndex) + QLatin1String("/index"),
                                  tr("System calls have at most six arguments (index 0 to 5)."));
                }
                ++argIndex;
            }
        }
    }
}

void SeccompRules::checkRuncLimits(const Json &seccomp)
{
    const QString base = QStringLiteral("/linux/seccomp");
    if (const Json *flags = member(seccomp, "flags"); flags && flags->is_array() && !flags->empty()) {
        m_sink->error(FindingCode::SeccompFlagsRuncUnsupported, base + QLatin1String("/flags"),
                      tr("runc 1.1 supports no seccomp flags and refuses the configuration; remove them or use crun."));
    }
    // The architectures runc 1.1 can convert; the specification lists more.
    static const QSet<QString> runcArchitectures = {
        QStringLiteral("SCMP_ARCH_X86"),         QStringLiteral("SCMP_ARCH_X86_64"),
        QStringLiteral("SCMP_ARCH_X32"),         QStringLiteral("SCMP_ARCH_ARM"),
        QStringLiteral("SCMP_ARCH_AARCH64"),     QStringLiteral("SCMP_ARCH_MIPS"),
        QStringLiteral("SCMP_ARCH_MIPS64"),      QStringLiteral("SCMP_ARCH_MIPS64N32"),
        QStringLiteral("SCMP_ARCH_MIPSEL"),      QStringLiteral("SCMP_ARCH_MIPSEL64"),
        QStringLiteral("SCMP_ARCH_MIPSEL64N32"), QStringLiteral("SCMP_ARCH_PPC"),
        QStringLiteral("SCMP_ARCH_PPC64"),       QStringLiteral("SCMP_ARCH_PPC64LE"),
        QStringLiteral("SCMP_ARCH_S390"),        QStringLiteral("SCMP_ARCH_S390X")};
    if (const Json *architectures = member(seccomp, "architectures"); architectures && architectures->is_array()) {
        qsizetype index = 0;
        for (const Json &item : *architectures) {
            const std::optional<QString> name = stringOf(&item);
            if (name && name->startsWith(QLatin1String("SCMP_ARCH_")) && !runcArchitectures.contains(*name)) {
                m_sink->error(
                    FindingCode::SeccompArchRuncUnsupported, join(base + QLatin1String("/architectures"), index),
                    tr("runc 1.1 does not know the architecture %1 and refuses the configuration.").arg(*name));
            }
            ++index;
        }
    }
}

void SeccompRules::checkNames(const Json *names, const QString &pointer, bool notify, const SyscallNames &known)
{
    if (!names || !names->is_array())
        return;
    qsizetype index = 0;
    for (const Json &item : *names) {
        if (item.is_string()) {
            const std::string &name = item.get_ref<const std::string &>();
            if (name.empty()) {
                m_sink->error(FindingCode::SeccompNameEmpty, join(pointer, index),
                              tr("An empty system call name is not valid; runc refuses it."));
            } else if (notify && name == "write") {
                m_sink->error(FindingCode::SeccompNotifyWrite, join(pointer, index),
                              tr("runc writes to its parent after installing the filter, so it refuses SCMP_ACT_NOTIFY "
                                 "for write."));
            } else if (!known.isKnown(name)) {
                m_sink->warning(FindingCode::SeccompSyscallUnknown, join(pointer, index),
                                tr("No listed architecture has a system call named %1; runc ignores it without a word.")
                                    .arg(JsonUtil::toQString(name)));
            }
        }
        ++index;
    }
}
