// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runtimecommand.h"

#include <QString>
#include <QStringList>

#include <chrono>

// Optional parts of create, run and exec.
struct RuntimeProcessOptions
{
    QString consoleSocket; // --console-socket: receives the PTY master
    QString pidFile;       // --pid-file
    bool detach = false;   // --detach (run and exec)
};

// Builds command lines for runc (and crun, which takes the same ones).
// A value type: the runtime's path, its state root and the global options.
//
// The first group of builders keeps the argument order of the Go package
// this model grew from (guardian's goci.RuncBinary), so that code written
// against it produces the same command lines. The second group covers the
// rest of the runc command line and uses this object's global options.
// The runtime as a person sets it up, in Preferences or the run view: the
// program, its state directory, the systemd cgroup driver and rootless.
struct RuntimeSettings
{
    QString program = QStringLiteral("runc");
    QString stateRoot; // empty: the runtime's own default
    bool systemdCgroup = false;
    bool rootless = false; // unticked leaves --rootless out: the runtime decides

    bool operator==(const RuntimeSettings &) const = default;
};

class RuncBinary
{
public:
    enum class Rootless { Unset, Auto, True, False };

    using ProcessOptions = RuntimeProcessOptions;

    RuncBinary() = default;
    explicit RuncBinary(const QString &path, const QString &root = QString());
    // The one place settings become a runtime's options.
    static RuncBinary fromSettings(const RuntimeSettings &settings);
    RuntimeSettings settings() const;

    QString path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }
    // --root: the state directory. Empty means the runtime's own default.
    QString root() const { return m_root; }
    void setRoot(const QString &root) { m_root = root; }
    // --log FILE (used by the second group of builders).
    QString logFile() const { return m_logFile; }
    void setLogFile(const QString &file) { m_logFile = file; }
    // --log-format json, so that failures can be shown line by line.
    bool jsonLog() const { return m_jsonLog; }
    void setJsonLog(bool json) { m_jsonLog = json; }
    // --debug: runc also logs the steps of its init (namespaces, ID maps).
    void setDebugLog(bool debug) { m_debugLog = debug; }
    bool systemdCgroup() const { return m_systemdCgroup; }
    void setSystemdCgroup(bool on) { m_systemdCgroup = on; }
    Rootless rootless() const { return m_rootless; }
    void setRootless(Rootless rootless) { m_rootless = rootless; }

    // "runc", "crun", ...: the file name of path().
    QString runtimeName() const;

    // --- goci parity ---------------------------------------------------
    // [--root R] --debug --log LOG --log-format json run --bundle PATH [--detach] ID
    // goci ran the old "runc start" in the bundle directory; today that is
    // "runc run --bundle", which needs no working directory.
    RuntimeCommand startCommand(const QString &path, const QString &id, bool detach, const QString &log) const;
    // --debug --log LOG --log-format json EXTRA... run --detach --no-new-keyring
    //   --bundle B --pid-file P ID
    // As in goci, --root is not added here: callers pass it in extraGlobalArgs.
    RuntimeCommand runCommand(const QString &bundlePath, const QString &pidfilePath, const QString &logfilePath,
                              const QString &id, const QStringList &extraGlobalArgs) const;
    // [--root R] exec ID --pid-file P -p PROCESS_JSON
    RuntimeCommand execCommand(const QString &id, const QString &processJSONPath, const QString &pidFilePath) const;
    // [--root R] events ID
    RuntimeCommand eventsCommand(const QString &id) const;
    // [--root R] --debug --log LOG --log-format json state ID
    RuntimeCommand stateCommand(const QString &id, const QString &logFile) const;
    // [--root R] --debug --log LOG --log-format json events --stats ID
    RuntimeCommand statsCommand(const QString &id, const QString &logFile) const;
    // [--root R] --debug --log LOG --log-format json delete [--force] ID
    RuntimeCommand deleteCommand(const QString &id, bool force, const QString &logFile) const;

    // --- the rest, with this object's global options ----------------------
    // GLOBAL create --bundle B [--console-socket S] [--pid-file P] ID
    RuntimeCommand createCommand(const QString &id, const QString &bundlePath,
                                 const ProcessOptions &options = {}) const;
    // GLOBAL run --bundle B [--console-socket S] [--pid-file P] [--detach] ID
    RuntimeCommand runContainerCommand(const QString &id, const QString &bundlePath,
                                       const ProcessOptions &options = {}) const;
    // GLOBAL start ID
    RuntimeCommand startCreatedCommand(const QString &id) const;
    // GLOBAL exec --process P [--console-socket S] [--pid-file F] [--detach] ID
    RuntimeCommand execProcessCommand(const QString &id, const QString &processJSONPath,
                                      const ProcessOptions &options = {}) const;
    // GLOBAL state ID
    RuntimeCommand stateCommand(const QString &id) const;
    // GLOBAL pause ID / GLOBAL resume ID
    RuntimeCommand pauseCommand(const QString &id) const;
    RuntimeCommand resumeCommand(const QString &id) const;
    // GLOBAL kill [--all] ID SIGNAL (signal by name, "TERM" or "SIGTERM", or number)
    RuntimeCommand killCommand(const QString &id, const QString &signal = QStringLiteral("SIGTERM"),
                               bool all = false) const;
    // GLOBAL delete [--force] ID
    RuntimeCommand deleteCommand(const QString &id, bool force) const;
    // GLOBAL ps --format json ID
    RuntimeCommand psCommand(const QString &id) const;
    // GLOBAL list --format json
    RuntimeCommand listCommand() const;
    // features (no global options: it describes the binary, not a state root)
    RuntimeCommand featuresCommand() const;
    // GLOBAL events --interval 1s ID: one long-lived stats stream
    RuntimeCommand eventsCommand(const QString &id, std::chrono::milliseconds interval) const;
    // GLOBAL events --stats ID: one sample
    RuntimeCommand statsCommand(const QString &id) const;

    // The global options of the second group, in this order:
    // --root R, --log F, --log-format json, --systemd-cgroup, --rootless V.
    QStringList globalArguments() const;

    // runc's rule for container IDs -- letters, digits, "_+,-." only, and
    // not "." or ".." -- and no "-" first, where runc would see an option.
    // Returns an empty string when id is valid, else the reason. Every
    // command built from an ID is started only after this check.
    static QString containerIdError(const QString &id);
    static bool isValidContainerId(const QString &id) { return containerIdError(id).isEmpty(); }
    // A valid container ID for a bundle: "obe-" and its directory name, with
    // every character runc refuses replaced by "-".
    static QString containerIdForBundle(const QString &bundlePath);

    // "1s", "500ms": the Go duration text runc and crun accept.
    static QString durationText(std::chrono::milliseconds interval);

    // Finds a runtime by name or path in PATH and the sbin directories;
    // empty when there is none.
    static QString locate(const QString &nameOrPath);
    // "runc was not found ... install the Debian package runc".
    static QString missingRuntimeMessage(const QString &nameOrPath);
    // A state directory owned by the editor so that its containers never mix
    // with those of other tools: /run/oci-bundle-editor/NAME as root, else
    // $XDG_RUNTIME_DIR/oci-bundle-editor/NAME.
    static QString defaultStateRoot(const QString &runtimeName, bool asRoot);

private:
    QStringList gociGlobal(const QString &logFile, const QStringList &args) const;
    QStringList withRoot(QStringList args) const;
    RuntimeCommand command(const QStringList &args) const;
    RuntimeCommand globalCommand(const QStringList &args) const;

    QString m_path = QStringLiteral("runc");
    QString m_root;
    QString m_logFile;
    bool m_jsonLog = false;
    bool m_debugLog = false;
    bool m_systemdCgroup = false;
    Rootless m_rootless = Rootless::Unset;
};
