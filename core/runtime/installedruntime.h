// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QProcess;

// A runtime found on this machine and the versions it reports, for the
// About box: "runc --version" gives the runtime's version and the
// runtime-spec version it was built with.
struct InstalledRuntime
{
    QString name;        // as asked: "runc"
    QString path;        // where it was found; empty when it was not
    QString version;     // "1.1.5+ds1"; empty when it did not say
    QString specVersion; // "1.0.2-dev"; empty when it did not say

    // Reads "NAME version X" and "spec: Y" from the output of --version.
    static InstalledRuntime fromVersionOutput(const QString &name, const QString &path, const QByteArray &output);
};

Q_DECLARE_METATYPE(InstalledRuntime)

// Asks runtimes for their versions without blocking: each answer (or its
// absence) arrives as a signal, so a hanging runtime never freezes a window.
class RuntimeVersionReader : public QObject
{
    Q_OBJECT

public:
    explicit RuntimeVersionReader(QObject *parent = nullptr);

    // Asks each of names ("runc", "crun" or paths) at once.
    void read(const QStringList &names, int timeoutMs = 3000);
    bool isReading() const { return m_pending > 0; }

Q_SIGNALS:
    void runtimeRead(const InstalledRuntime &runtime);
    void finished();

private:
    void answered(const InstalledRuntime &runtime);

    int m_pending = 0;
};
