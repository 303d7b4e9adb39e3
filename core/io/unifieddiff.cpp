// SPDX-License-Identifier: Apache-2.0
#include "unifieddiff.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

bool writeTemporary(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

Result<QByteArray> UnifiedDiff::compute(const QByteArray &before, const QByteArray &after, const QString &beforeLabel,
                                        const QString &afterLabel)
{
    if (before == after)
        return QByteArray();
    const QString program = QStandardPaths::findExecutable(QStringLiteral("diff"));
    if (program.isEmpty())
        return Result<QByteArray>::failure(tr("The program diff is not installed (Debian package diffutils)."));
    const QTemporaryDir directory;
    const QString beforePath = directory.filePath(QStringLiteral("before"));
    const QString afterPath = directory.filePath(QStringLiteral("after"));
    if (!directory.isValid() || !writeTemporary(beforePath, before) || !writeTemporary(afterPath, after))
        return Result<QByteArray>::failure(tr("Cannot write temporary files for the comparison."));
    QProcess diff;
    diff.start(program,
               {QStringLiteral("-u"), QStringLiteral("--label"), beforeLabel, QStringLiteral("--label"), afterLabel,
                beforePath, afterPath});
    // Exit status 1 means "the files differ", which is the answer wanted.
    if (!diff.waitForFinished(30000) || diff.exitStatus() != QProcess::NormalExit || diff.exitCode() > 1)
        return Result<QByteArray>::failure(
            tr("diff failed: %1").arg(QString::fromLocal8Bit(diff.readAllStandardError()).trimmed()));
    return diff.readAllStandardOutput();
}
