// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QProcess;
class SpecDocument;

// Copies a bundle's root filesystem into another bundle directory, for Save
// As. It runs "cp -a" because a root filesystem needs what a hand-written
// copy easily gets wrong: owners, modes, device nodes, hard links, symbolic
// links as they are and extended attributes. --reflink=auto makes the copy
// nearly free on filesystems that can share extents.
class RootfsCopy : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        QString rootPath; // root.path as the config has it, relative
        QString source;   // absolute, an existing directory
        QString target;   // absolute, not there yet
    };

    // What a Save As from the document's bundle directory to toDirectory
    // would leave behind: a relative root.path that names a directory in the
    // old bundle and nothing in the new one. Nothing to copy otherwise.
    static std::optional<Plan> planFor(const SpecDocument &document, const QString &toDirectory);

    explicit RootfsCopy(QObject *parent = nullptr);
    ~RootfsCopy() override;

    // Starts copying plan.source to plan.target; finished() follows.
    void start(const Plan &plan);
    // Stops the copy and removes what it had copied; finished() follows.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // error is empty when ok.
    void finished(bool ok, const QString &error);

private:
    void onFinished(int exitCode);
    void removePartialCopy();

    QProcess *m_process = nullptr;
    Plan m_plan;
    bool m_cancelled = false;
};
