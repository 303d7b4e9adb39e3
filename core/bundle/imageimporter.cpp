// SPDX-License-Identifier: Apache-2.0
#include "imageimporter.h"

#include "bundlesaver.h"
#include "bundletemplates.h"
#include "imageconfigmapper.h"
#include "imagelayout.h"

#include <QDir>
#include <QFileInfo>

#include <unistd.h>

ImageImporter::ImageImporter(QObject *parent) : QObject(parent) { }

ImageImporter::~ImageImporter()
{
    if (m_running)
        cancel();
}

QStringList ImageImporter::templateIds()
{
    return {QStringLiteral("runc"), QStringLiteral("rootless")};
}

QString ImageImporter::stepTitle(Step step)
{
    switch (step) {
    case Step::Copy: return tr("Copying the image (skopeo)");
    case Step::Unpack: return tr("Unpacking the image (umoci)");
    case Step::Configure: return tr("Writing config.json");
    }
    return {};
}

Result<void> ImageImporter::start(const ImageReference &source, const QString &templateId, const QString &directory)
{
    if (m_running)
        return Result<void>::failure(tr("An import is already running."));
    if (!templateIds().contains(templateId)) {
        return Result<void>::failure(tr("An image can be laid over the templates %1, not \"%2\".")
                                         .arg(templateIds().join(QLatin1String(", ")), templateId));
    }
    const QFileInfo info(directory);
    if (info.exists()
        && (!info.isDir()
            || !QDir(directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))) {
        return Result<void>::failure(
            tr("%1 exists and is not an empty directory; a new bundle needs a directory of its own.")
                .arg(QDir::toNativeSeparators(directory)));
    }
    m_createdDirectory = !info.exists();
    if (m_createdDirectory && !QDir().mkpath(directory))
        return Result<void>::failure(tr("Cannot create %1.").arg(QDir::toNativeSeparators(directory)));

    m_source = source;
    m_templateId = templateId;
    m_directory = QFileInfo(directory).absoluteFilePath();
    m_running = true;
    if (source.needsCopy())
        runTool(Step::Copy, ImageImportCommands::copy(source, layoutDirectory()));
    else
        unpack();
    return {};
}

QString ImageImporter::layoutDirectory() const
{
    return m_source.needsCopy() ? QDir(m_directory).filePath(QLatin1String(LayoutDirectoryName)) : m_source.location();
}

int ImageImporter::stepCount() const
{
    return m_source.needsCopy() ? 3 : 2;
}

void ImageImporter::unpack()
{
    const QString tag = m_source.needsCopy() ? QString::fromLatin1(ImageImportCommands::CopyTag) : m_source.tag();
    runTool(Step::Unpack, ImageImportCommands::unpack(layoutDirectory(), tag, m_directory, geteuid() != 0));
}

void ImageImporter::runTool(Step step, const ToolCommand &command)
{
    m_step = step;
    const int number = int(step) - (m_source.needsCopy() ? 0 : 1) + 1;
    emit stepStarted(step, number, stepCount());
    m_program = command.program;
    m_errorOutput.clear();
    m_partialLine[0].clear();
    m_partialLine[1].clear();
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { readOutput(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { readOutput(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, &ImageImporter::toolFinished);
    connect(m_process, &QProcess::errorOccurred, this, &ImageImporter::toolError);
    m_process->start(command.program, command.arguments);
}

void ImageImporter::readOutput(QProcess::ProcessChannel channel)
{
    m_process->setReadChannel(channel);
    const QByteArray data = m_process->readAll();
    if (channel == QProcess::StandardError)
        m_errorOutput += data;
    QByteArray &partial = m_partialLine[channel == QProcess::StandardError ? 1 : 0];
    partial += data;
    qsizetype newline;
    while ((newline = partial.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(partial.left(newline)).trimmed();
        partial.remove(0, newline + 1);
        if (!line.isEmpty())
            emit outputLine(line);
    }
}

void ImageImporter::toolError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_running)
        return;
    const QString reason = m_process->errorString();
    m_process->deleteLater();
    m_process = nullptr;
    fail(tr("%1 failed: %2 could not be started (%3). Install the Debian package %2.")
             .arg(stepTitle(m_step), m_program, reason));
}

void ImageImporter::toolFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_running || !m_process)
        return;
    readOutput(QProcess::StandardOutput);
    readOutput(QProcess::StandardError);
    m_process->deleteLater();
    m_process = nullptr;
    if (status != QProcess::NormalExit || exitCode != 0) {
        fail(tr("%1 failed: %2 exited with %3.\n%4")
                 .arg(stepTitle(m_step), m_program, QString::number(exitCode),
                      QString::fromUtf8(m_errorOutput).trimmed()));
        return;
    }
    if (m_step == Step::Copy)
        unpack();
    else
        configure();
}

void ImageImporter::configure()
{
    m_step = Step::Configure;
    emit stepStarted(Step::Configure, stepCount(), stepCount());
    const QString tag = m_source.needsCopy() ? QString::fromLatin1(ImageImportCommands::CopyTag) : m_source.tag();
    const Result<Json> image = ImageLayout(layoutDirectory()).imageConfig(tag);
    if (!image)
        return fail(tr("%1 failed: %2").arg(stepTitle(m_step), image.error()));
    const Result<Bundle> base = BundleTemplates::bundle(m_templateId);
    if (!base)
        return fail(tr("%1 failed: %2").arg(stepTitle(m_step), base.error()));
    const Result<Bundle> bundle =
        ImageConfigMapper::map(base.value(), image.value(), QDir(m_directory).filePath(base->rootFS()));
    if (!bundle)
        return fail(tr("%1 failed: %2").arg(stepTitle(m_step), bundle.error()));
    const Result<QString> saved = BundleSaver().save(bundle.value(), m_directory);
    if (!saved)
        return fail(tr("%1 failed: %2").arg(stepTitle(m_step), saved.error()));
    if (m_source.needsCopy())
        QDir(layoutDirectory()).removeRecursively();
    m_running = false;
    emit succeeded(saved.value());
}

void ImageImporter::fail(const QString &message)
{
    removeWhatWasMade();
    m_running = false;
    emit failed(message);
}

void ImageImporter::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process->deleteLater();
        m_process = nullptr;
    }
    removeWhatWasMade();
    emit canceled();
}

void ImageImporter::removeWhatWasMade()
{
    QDir directory(m_directory);
    if (m_createdDirectory) {
        directory.removeRecursively();
        return;
    }
    // The directory was there, empty: leave it, empty again.
    const QFileInfoList entries =
        directory.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir() && !entry.isSymLink())
            QDir(entry.filePath()).removeRecursively();
        else
            directory.remove(entry.fileName());
    }
}

#include "moc_imageimporter.cpp"
