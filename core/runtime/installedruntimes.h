// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The runtimes found on this machine and the versions they report, for
// the About box: "runc --version" gives the runtime's version and the
// runtime-spec version it was built with.
struct InstalledRuntime
{
    QString name;        // as asked: "runc"
    QString path;        // where it was found; empty when it was not
    QString version;     // "1.1.5+ds1"; empty when it did not say
    QString specVersion; // "1.0.2-dev"; empty when it did not say

    // Reads "NAME version X" and "spec: Y" from the output of --version.
    static InstalledRuntime fromVersionOutput(const QString &name, const QString &path, const QByteArray &output);
    // Asks each runtime in turn, waiting at most timeoutMs for each.
    static QList<InstalledRuntime> find(const QStringList &names, int timeoutMs = 3000);
};
