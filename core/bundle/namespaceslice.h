// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"
#include "spectypes.h"

#include <QList>
#include <QString>

// A list of Linux namespaces with at most one of each type, as goci's
// NamespaceSlice. parse() reads the command-line form
// "pid,network:/proc/1/ns/net" (a type, optionally ":" and the absolute path
// of a namespace to join), as a Go flag.Value's Set would.
class NamespaceSlice
{
public:
    NamespaceSlice() = default;
    explicit NamespaceSlice(const QList<Specs::LinuxNamespace> &namespaces) : m_namespaces(namespaces) { }

    static Result<NamespaceSlice> parse(const QString &text);
    // The types the runtime spec defines, in its order.
    static QStringList knownTypes();

    // Replaces the namespace of ns's type where it stands, or appends ns.
    [[nodiscard]] NamespaceSlice set(const Specs::LinuxNamespace &ns) const;

    // The form parse() reads.
    QString toString() const;
    const QList<Specs::LinuxNamespace> &namespaces() const { return m_namespaces; }

    bool operator==(const NamespaceSlice &other) const = default;

private:
    QList<Specs::LinuxNamespace> m_namespaces;
};
