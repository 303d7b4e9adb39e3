// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "binfmthandlers.h"
#include "findingsink.h"
#include "rootfsinspector.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>
#include <string>

// Layer 5: the root filesystem against the configuration, as runc 1.1
// starts a container on it. Mount points that would land on a file of the
// wrong kind, a working directory that is a file, a program runc cannot find
// or the kernel cannot run (missing, not executable, another machine's, a
// missing ELF or script interpreter), and users the image does not list.
// What a mount covers is not judged, nor is anything in an empty root
// filesystem (tools mount the real one at run time).
class RootfsRules
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    RootfsRules(const Json &root, const QString &bundleDirectory, RootfsInspector *inspector,
                const BinfmtHandlers &binfmt, FindingSink *sink);

    // Asked between steps; when it says true the check stops early and its
    // findings are incomplete.
    void setCanceled(std::function<bool()> canceled) { m_canceled = std::move(canceled); }
    void check();

    // Bind sources on this machine whose kind (file or directory) a
    // finding depends on, with their stamps; for RootfsCheckCache.
    const QHash<QString, FileStamp> &hostTrail() const { return m_hostTrail; }

    // The parts of a configuration these rules read, as one string: equal
    // strings give equal findings on an unchanged root filesystem.
    static std::string inputOf(const Json &root);

private:
    bool canceled() const { return m_canceled && m_canceled(); }
    void checkMounts();
    void checkWorkingDirectory();
    void checkProgram();
    void checkUser();
    // After runc found the program: the kernel's view of it.
    void checkRunnable(const RootfsInspector::Entry &program, const QString &shown, int depth);
    void checkElf(const RootfsInspector::Entry &program, const QString &shown, const QByteArray &head);
    // faccessat(X_OK, AT_EACCESS) as the process's user after runc set its
    // IDs and capabilities; true where that cannot be told from here.
    bool userMayExecute(const RootfsInspector::Entry &program) const;
    // stat(2) of a bind source on this machine; nullopt when it does not exist.
    std::optional<bool> hostSourceIsDirectory(const QString &source);

    const Json &m_root;
    const Json *m_process = nullptr;
    QString m_bundleDirectory;
    RootfsInspector *m_inspector;
    const BinfmtHandlers &m_binfmt;
    FindingSink *m_sink;
    std::function<bool()> m_canceled;
    // Where every mount lands, resolved: the root filesystem says nothing below.
    QSet<QString> m_mountPoints;
    QString m_workingDirectory = QStringLiteral("/");
    bool m_empty = false;
    QHash<QString, FileStamp> m_hostTrail;
};
