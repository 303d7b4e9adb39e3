#include "seccomprules.h"

#include "jsonaccess.h"

#include <QCoreApplication>

using namespace JsonAccess;

SeccompRules::SeccompRules(const Json &root, FindingSink *sink)
    : m_root(root)
    , m_sink(sink)
{
}

void SeccompRules::check()
{
    const Json *seccomp = memberPath(m_root, {"linux", "seccomp"});
    if (!seccomp || !seccomp->is_object())
        return;
    const QString base = QStringLiteral("/linux/seccomp");
    const bool hasListener = stringOf(member(*seccomp, "listenerPath")).value_or(QString()).size() > 0;
    if (member(*seccomp, "listenerMetadata") && !hasListener) {
        m_sink->error(QStringLiteral("seccomp.listenerMetadata.without-listener"), base + QLatin1String("/listenerMetadata"),
                      tr("listenerMetadata may only be set together with listenerPath."));
    }
    const auto errnoCapable = [](const QString &action) {
        return action == QLatin1String("SCMP_ACT_ERRNO") || action == QLatin1String("SCMP_ACT_TRACE");
    };
    const std::optional<QString> defaultAction = stringOf(member(*seccomp, "defaultAction"));
    if (defaultAction == QLatin1String("SCMP_ACT_NOTIFY")) {
        m_sink->error(QStringLiteral("seccomp.notify.default"), base + QLatin1String("/defaultAction"),
                      tr("SCMP_ACT_NOTIFY cannot be the default action: the agent would be asked about every system call."));
    }
    if (defaultAction && member(*seccomp, "defaultErrnoRet") && !errnoCapable(*defaultAction)) {
        m_sink->error(QStringLiteral("seccomp.errnoRet.unsupported"), base + QLatin1String("/defaultErrnoRet"),
                      tr("%1 does not return an error number; runtimes refuse defaultErrnoRet with it.").arg(*defaultAction));
    }
    const Json *syscalls = member(*seccomp, "syscalls");
    if (!syscalls || !syscalls->is_array())
        return;
    qsizetype index = 0;
    for (const Json &rule : *syscalls) {
        const QString pointer = join(base + QLatin1String("/syscalls"), index++);
        if (const Json *names = member(rule, "names"); names && names->is_array() && names->empty()) {
            m_sink->error(QStringLiteral("seccomp.names.empty"), pointer + QLatin1String("/names"),
                          tr("A rule must name at least one system call."));
        }
        const std::optional<QString> action = stringOf(member(rule, "action"));
        if (action == QLatin1String("SCMP_ACT_NOTIFY") && !hasListener) {
            m_sink->error(QStringLiteral("seccomp.notify.without-listener"), pointer + QLatin1String("/action"),
                          tr("SCMP_ACT_NOTIFY needs listenerPath, the socket of the agent to notify."));
        }
        if (action && member(rule, "errnoRet") && !errnoCapable(*action)) {
            m_sink->error(QStringLiteral("seccomp.errnoRet.unsupported"), pointer + QLatin1String("/errnoRet"),
                          tr("%1 does not return an error number; runtimes refuse errnoRet with it.").arg(*action));
        }
        if (const Json *args = member(rule, "args"); args && args->is_array()) {
            qsizetype argIndex = 0;
            for (const Json &arg : *args) {
                if (const std::optional<quint64> i = uint64Of(member(arg, "index")); i && *i > 5) {
                    m_sink->error(QStringLiteral("seccomp.arg.index.range"),
                                  join(pointer + QLatin1String("/args"), argIndex) + QLatin1String("/index"),
                                  tr("System calls have at most six arguments (index 0 to 5)."));
                }
                ++argIndex;
            }
        }
    }
}
