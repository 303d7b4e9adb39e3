// SPDX-License-Identifier: Apache-2.0
#include "rootfscopy.h"

#include "document/specdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

std::optional<RootfsCopy::Plan> RootfsCopy::planFor(const SpecDocument &document, const QString &toDirectory)
{
    const QString from = document.bundleDirectory();
    const Json *path = document.value(JsonPointer("/root/path"));
    if (from.isEmpty() || !path || !path->is_string())
        return std::nullopt;
    Plan plan;
    plan.rootPath = JsonUtil::toQString(path->get_ref<const std::string &>());
    // An absolute root.path still names the same directory from anywhere.
    if (plan.rootPath.isEmpty() || QDir::isAbsolutePath(plan.rootPath))
        return std::nullopt;
    plan.source = QDir::cleanPath(QDir(from).absoluteFilePath(plan.rootPath));
    plan.target = QDir::cleanPath(QDir(toDirectory).absoluteFilePath(plan.rootPath));
    const QFileInfo source(plan.source);
    const QFileInfo target(plan.target);
    // The same directory, or "../shared/rootfs" seen from two bundles side
    // by side, or a copy made before: in each the target exists already.
    if (!source.isDir() || target.exists() || target.isSymLink())
        return std::nullopt;
    // A root filesystem that is a symbolic link is copied as the directory it names.
    plan.source = source.canonicalFilePath();
    return plan;
}

RootfsCopy::RootfsCopy(QObject *parent) : QObject(parent) { }

RootfsCopy::~RootfsCopy()
{
    if (isRunning())
        cancel();
}

bool RootfsCopy::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void RootfsCopy::start(const Plan &plan)
{
    Q_ASSERT(!isRunning());
    m_plan = plan;
    m_cancelled = false;
    const QString cp = QStandardPaths::findExecutable(QStringLiteral("cp"));
    if (cp.isEmpty()) {
        Q_EMIT finished(false, tr("Cannot copy the root filesystem: the program cp was not found."));
        return;
    }
    if (!QDir().mkpath(QFileInfo(plan.target).absolutePath())) {
        Q_EMIT finished(
            false,
            tr("Cannot create the directory %1.").arg(QDir::toNativeSeparators(QFileInfo(plan.target).absolutePath())));
        return;
    }
    delete m_process;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::finished, this, &RootfsCopy::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT finished(false, tr("Cannot copy the root filesystem: %1").arg(m_process->errorString()));
    });
    // "--" ends the options: a root.path may begin with a dash.
    m_process->start(
        cp, {QStringLiteral("-a"), QStringLiteral("--reflink=auto"), QStringLiteral("--"), plan.source, plan.target});
    m_process->closeWriteChannel();
}

void RootfsCopy::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_process->disconnect(this);
    m_process->kill();
    m_process->waitForFinished(5000);
    removePartialCopy();
    Q_EMIT finished(false, tr("The copy of the root filesystem was cancelled."));
}

void RootfsCopy::onFinished(int exitCode)
{
    if (m_process->exitStatus() == QProcess::NormalExit && exitCode == 0) {
        Q_EMIT finished(true, QString());
        return;
    }
    const QString reason = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    removePartialCopy();
    Q_EMIT finished(false,
                    tr("Cannot copy the root filesystem %1 to %2: %3")
                        .arg(QDir::toNativeSeparators(m_plan.source), QDir::toNativeSeparators(m_plan.target),
                             reason.isEmpty() ? tr("cp failed with exit code %1.").arg(exitCode) : reason));
}

void RootfsCopy::removePartialCopy()
{
    // start() only runs when the target did not exist: all of it is ours.
    QDir(m_plan.target).removeRecursively();
    QFile::remove(m_plan.target);
}

#include "moc_rootfscopy.cpp"
