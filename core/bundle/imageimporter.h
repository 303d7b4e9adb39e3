// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"
#include "imageimportcommands.h"
#include "imagereference.h"

#include <QObject>
#include <QProcess>
#include <QString>

// Makes a bundle from an image: skopeo copies an archive or registry image
// into a temporary layout inside the target directory, umoci unpacks it there
// (--rootless when not root), and ImageConfigMapper writes config.json from
// the chosen template and the image's configuration in place of umoci's.
// Nothing is written outside the target directory; a failure or cancel
// removes what the import made.
class ImageImporter : public QObject
{
    Q_OBJECT

public:
    enum class Step { Copy, Unpack, Configure };
    Q_ENUM(Step)

    // The temporary layout's name inside the target directory.
    static constexpr const char *LayoutDirectoryName = ".image-layout";

    explicit ImageImporter(QObject *parent = nullptr);
    ~ImageImporter() override;

    // The templates an image can be laid over.
    static QStringList templateIds();
    static QString stepTitle(Step step);

    // Starts the import; fails at once, writing nothing, when the directory
    // exists and is not empty or the template is not one of templateIds().
    Result<void> start(const ImageReference &source, const QString &templateId, const QString &directory);
    // Kills the running tool and removes what the import made; emits canceled().
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void stepStarted(ImageImporter::Step step, int number, int count);
    // A line the running tool printed, for progress.
    void outputLine(const QString &line);
    void succeeded(const QString &configPath);
    // Names the step and carries the tool's error output.
    void failed(const QString &message);
    void canceled();

private:
    void runTool(Step step, const ToolCommand &command);
    void readOutput(QProcess::ProcessChannel channel);
    void toolFinished(int exitCode, QProcess::ExitStatus status);
    void toolError(QProcess::ProcessError error);
    void unpack();
    void configure();
    void fail(const QString &message);
    void removeWhatWasMade();
    QString layoutDirectory() const;
    int stepCount() const;

    ImageReference m_source;
    QString m_templateId;
    QString m_directory;
    bool m_createdDirectory = false;
    bool m_running = false;
    Step m_step = Step::Copy;
    QProcess *m_process = nullptr;
    QString m_program;
    QByteArray m_errorOutput;
    QByteArray m_partialLine[2];
};
