// SPDX-License-Identifier: Apache-2.0
#include "namespaceslice.h"

#include <QCoreApplication>

#include <algorithm>

QStringList NamespaceSlice::knownTypes()
{
    return {QStringLiteral("pid"), QStringLiteral("network"), QStringLiteral("mount"),  QStringLiteral("ipc"),
            QStringLiteral("uts"), QStringLiteral("user"),    QStringLiteral("cgroup"), QStringLiteral("time")};
}

Result<NamespaceSlice> NamespaceSlice::parse(const QString &text)
{
    NamespaceSlice slice;
    if (text.trimmed().isEmpty())
        return slice;
    const QStringList known = knownTypes();
    for (const QString &item : text.split(QLatin1Char(','))) {
        const QString entry = item.trimmed();
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        Specs::LinuxNamespace ns;
        ns.type = entry.left(colon);
        if (colon >= 0)
            ns.path = entry.mid(colon + 1);
        if (entry.isEmpty()) {
            return Result<NamespaceSlice>::failure(
                QCoreApplication::translate("NamespaceSlice", "Empty entry in the namespace list \"%1\".").arg(text));
        }
        if (!known.contains(ns.type)) {
            return Result<NamespaceSlice>::failure(
                QCoreApplication::translate("NamespaceSlice", "Unknown namespace type \"%1\"; expected one of %2.")
                    .arg(ns.type, known.join(QStringLiteral(", "))));
        }
        if (colon >= 0 && !ns.path.startsWith(QLatin1Char('/'))) {
            return Result<NamespaceSlice>::failure(
                QCoreApplication::translate("NamespaceSlice",
                                            "The path of the %1 namespace must be absolute, not \"%2\".")
                    .arg(ns.type, ns.path));
        }
        const bool duplicate = std::any_of(slice.m_namespaces.cbegin(), slice.m_namespaces.cend(),
                                           [&ns](const Specs::LinuxNamespace &other) { return other.type == ns.type; });
        if (duplicate) {
            return Result<NamespaceSlice>::failure(
                QCoreApplication::translate("NamespaceSlice", "The %1 namespace is listed twice.").arg(ns.type));
        }
        slice.m_namespaces.append(ns);
    }
    return slice;
}

NamespaceSlice NamespaceSlice::set(const Specs::LinuxNamespace &ns) const
{
    NamespaceSlice copy = *this;
    const auto same = std::find_if(copy.m_namespaces.begin(), copy.m_namespaces.end(),
                                   [&ns](const Specs::LinuxNamespace &other) { return other.type == ns.type; });
    if (same != copy.m_namespaces.end())
        *same = ns;
    else
        copy.m_namespaces.append(ns);
    return copy;
}

QString NamespaceSlice::toString() const
{
    QStringList entries;
    for (const Specs::LinuxNamespace &ns : m_namespaces)
        entries.append(ns.path.isEmpty() ? ns.type : ns.type + QLatin1Char(':') + ns.path);
    return entries.join(QLatin1Char(','));
}
