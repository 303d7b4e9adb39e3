// SPDX-License-Identifier: Apache-2.0
#include "installedruntime.h"

#include "runcbinary.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

InstalledRuntime InstalledRuntime::fromVersionOutput(const QString &name, const QString &path, const QByteArray &output)
{
    InstalledRuntime result{name, path, {}, {}};
    const QString text = QString::fromUtf8(output);
    static const QRegularExpression version(QStringLiteral("^\\S+ version (\\S+)"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression spec(QStringLiteral("^spec: (\\S+)"), QRegularExpression::MultilineOption);
    result.version = version.match(text).captured(1);
    result.specVersion = spec.match(text).captured(1);
    return result;
}

RuntimeVersionReader::RuntimeVersionReader(QObject *parent) : QObject(parent) { }

void RuntimeVersionReader::read(const QStringList &names, int timeoutMs)
{
    for (const QString &name : names) {
        const QString path = RuncBinary::locate(name);
        ++m_pending;
        if (path.isEmpty()) {
            // Answered from the event loop, like the others.
            QTimer::singleShot(0, this, [this, name] { answered({name, {}, {}, {}}); });
            continue;
        }
        auto *process = new QProcess(this);
        auto *timeout = new QTimer(process);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, process, &QProcess::kill);
        connect(process, &QProcess::finished, this, [this, process, name, path](int, QProcess::ExitStatus status) {
            answered(InstalledRuntime::fromVersionOutput(
                name, path, status == QProcess::NormalExit ? process->readAllStandardOutput() : QByteArray()));
            process->deleteLater();
        });
        connect(process, &QProcess::errorOccurred, this, [this, process, name, path](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return; // finished() follows
            answered({name, path, {}, {}});
            process->deleteLater();
        });
        process->start(path, {QStringLiteral("--version")});
        timeout->start(timeoutMs);
    }
}

void RuntimeVersionReader::answered(const InstalledRuntime &runtime)
{
    Q_EMIT runtimeRead(runtime);
    if (--m_pending == 0)
        Q_EMIT finished();
}
