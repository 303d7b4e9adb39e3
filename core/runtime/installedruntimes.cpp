// SPDX-License-Identifier: Apache-2.0
#include "installedruntimes.h"

#include "runcbinary.h"

#include <QProcess>
#include <QRegularExpression>

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

QList<InstalledRuntime> InstalledRuntime::find(const QStringList &names, int timeoutMs)
{
    QList<InstalledRuntime> result;
    for (const QString &name : names) {
        const QString path = RuncBinary::locate(name);
        if (path.isEmpty()) {
            result.append({name, {}, {}, {}});
            continue;
        }
        QProcess process;
        process.start(path, {QStringLiteral("--version")});
        const bool answered = process.waitForFinished(timeoutMs);
        if (!answered)
            process.kill();
        result << fromVersionOutput(name, path, answered ? process.readAllStandardOutput() : QByteArray());
    }
    return result;
}
