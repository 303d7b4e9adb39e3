// SPDX-License-Identifier: Apache-2.0
#include "rootfsrules.h"

#include "jsonaccess.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

#include <limits>

using namespace JsonAccess;
using State = RootfsInspector::Entry::State;

namespace {

const QString ArgsPointer = QStringLiteral("/process/args/0");
const QString CwdPointer = QStringLiteral("/process/cwd");
// How many scripts may name a script as interpreter before this check
// stops following them (the kernel stops after five rewrites).
constexpr int MaxInterpreterDepth = 4;
// Mounts between two questions whether the run was cancelled.
constexpr qsizetype MountsPerStep = 256;

QString octalMode(quint32 mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

// The process's PATH as runc's init sees it: it clears its environment and
// sets process.env in order, so the last PATH wins; nullopt without one.
std::optional<QString> pathVariable(const Json *env)
{
    std::optional<QString> path;
    if (!env || !env->is_array())
        return path;
    for (const Json &variable : *env) {
        const std::optional<QString> text = stringOf(&variable);
        if (text && text->startsWith(QLatin1String("PATH=")))
            path = text->mid(5);
    }
    return path;
}

// The interpreter named on a "#!" line, as fs/binfmt_script.c reads it:
// after "#!" and blanks, up to a blank, NUL or the end of the line.
QByteArray scriptInterpreter(const QByteArray &head)
{
    qsizetype end = head.indexOf('\n');
    if (end < 0)
        end = head.size();
    qsizetype start = 2;
    while (start < end && (head.at(start) == ' ' || head.at(start) == '\t'))
        ++start;
    qsizetype stop = start;
    while (stop < end && head.at(stop) != ' ' && head.at(stop) != '\t' && head.at(stop) != '\0')
        ++stop;
    return head.mid(start, stop - start);
}

bool isUnknownInRoot(const RootfsInspector::Entry &entry)
{
    return entry.state == State::Covered || entry.state == State::Unreadable;
}

} // namespace

RootfsRules::RootfsRules(const Json &root, const QString &bundleDirectory, RootfsInspector *inspector,
                         const BinfmtHandlers &binfmt, FindingSink *sink)
    : m_root(root), m_bundleDirectory(bundleDirectory), m_inspector(inspector), m_binfmt(binfmt), m_sink(sink)
{ }

std::string RootfsRules::inputOf(const Json &root)
{
    if (!root.is_object())
        return {};
    Json input = Json::object();
    // Relative bind sources resolve against the bundle directory, which the
    // cache keys separately.
    for (const char *key : {"process", "mounts", "root"}) {
        if (const Json *value = member(root, key))
            input[key] = *value;
    }
    for (const char *key : {"namespaces", "uidMappings", "gidMappings"}) {
        if (const Json *value = memberPath(root, {"linux", key}))
            input[key] = *value;
    }
    return input.dump();
}

void RootfsRules::check()
{
    if (!m_root.is_object() || !m_inspector->isOpen())
        return;
    m_process = member(m_root, "process");
    if (m_process && !m_process->is_object())
        m_process = nullptr;
    if (const std::optional<QString> cwd = stringOf(m_process ? member(*m_process, "cwd") : nullptr);
        cwd && !cwd->isEmpty())
        m_workingDirectory = *cwd;
    m_empty = m_inspector->isEmpty();
    if (m_empty) {
        m_sink->info(
            FindingCode::RootfsEmpty, QStringLiteral("/root/path"),
            tr("The root filesystem %1 is empty; it may be mounted at run time, so its contents are not checked.")
                .arg(QDir::toNativeSeparators(m_inspector->rootDirectory())));
        checkProgram(); // a missing PATH fails whatever the image holds
        return;
    }
    checkMounts();
    if (canceled())
        return;
    checkWorkingDirectory();
    checkProgram();
    if (canceled())
        return;
    checkUser();
}

std::optional<bool> RootfsRules::hostSourceIsDirectory(const QString &source)
{
    // runc joins a relative bind source to the bundle directory and stats it, following links.
    const QString path = QDir::cleanPath(QDir(m_bundleDirectory).absoluteFilePath(source));
    struct stat info
    { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        m_hostTrail.insert(path, FileStamp());
        return std::nullopt;
    }
    FileStamp stamp;
    stamp.exists = true;
    stamp.device = quint64(info.st_dev);
    stamp.inode = quint64(info.st_ino);
    stamp.mode = quint32(info.st_mode);
    m_hostTrail.insert(path, stamp);
    return S_ISDIR(info.st_mode);
}

// rootfs_linux.go, mountToRootfs: each destination is resolved with
// securejoin after the mounts before it are in place. A bind mount
// creates a missing mount point as a file or a directory, like its
// source (createIfNotExists); every other type creates a directory. An
// existing mount point is used as it is, and the kernel refuses to put a
// directory on a file or a file on a directory (ENOTDIR). proc and sysfs
// must land on an ordinary directory, not even a link to one.
void RootfsRules::checkMounts()
{
    const Json *mounts = member(m_root, "mounts");
    if (!mounts || !mounts->is_array())
        return;
    qsizetype index = -1;
    for (const Json &mount : *mounts) {
        ++index;
        if (index % MountsPerStep == 0 && canceled())
            return;
        const auto [destinationJson, typeJson, sourceJson, options] =
            members(mount, {"destination", "type", "source", "options"});
        const std::optional<QString> destination = stringOf(destinationJson);
        if (!destination || destination->isEmpty())
            continue;
        const QString pointer = join(QStringLiteral("/mounts"), index) + QLatin1String("/destination");
        const QString type = stringOf(typeJson).value_or(QString());
        const bool bind =
            type == QLatin1String("bind") || containsString(options, "bind") || containsString(options, "rbind");
        const bool procOrSys = !bind && (type == QLatin1String("proc") || type == QLatin1String("sysfs"));
        const RootfsInspector::Entry entry = m_inspector->resolve(
            *destination, QStringLiteral("/"),
            procOrSys ? RootfsInspector::FinalLink::Keep : RootfsInspector::FinalLink::Follow, &m_mountPoints);
        // Later mounts and the process see this one, whatever its fate here.
        m_mountPoints.insert(entry.state == State::Found || entry.state == State::Missing
                                 ? entry.path
                                 : QString::fromStdString(normalizedPath(destination->toStdString())));
        if (isUnknownInRoot(entry) || entry.state == State::TooManyLinks)
            continue;
        if (!entry.escapingLinks.isEmpty()) {
            m_sink->info(FindingCode::RootfsMountLinkEscapes, pointer,
                         tr("The mount point %1 leads through the link %2, which points out of the root filesystem; "
                            "runc keeps it inside and mounts on %3.")
                             .arg(*destination, entry.escapingLinks.first(), entry.path));
        }
        if (entry.state == State::NotADirectory) {
            m_sink->error(
                FindingCode::RootfsMountPathBlocked, pointer,
                tr("%1 in the root filesystem is not a directory, so runc cannot create the mount point %2 under it.")
                    .arg(entry.path, *destination));
            continue;
        }
        if (entry.state != State::Found)
            continue; // runc creates it
        if (procOrSys) {
            if (!entry.isDirectory()) {
                m_sink->error(FindingCode::RootfsMountOverFile, pointer,
                              tr("The mount point %1 is not an ordinary directory in the root filesystem; runc refuses "
                                 "to mount %2 there.")
                                  .arg(*destination, type));
            }
            continue;
        }
        if (!bind) {
            if (!entry.isDirectory()) {
                m_sink->error(FindingCode::RootfsMountOverFile, pointer,
                              tr("The mount point %1 is a file in the root filesystem, and a %2 file system can only "
                                 "be mounted on a directory; runc fails with \"not a directory\".")
                                  .arg(*destination, type.isEmpty() ? QStringLiteral("?") : type));
            }
            continue;
        }
        const std::optional<QString> source = stringOf(sourceJson);
        const std::optional<bool> sourceIsDirectory =
            source && !source->isEmpty() ? hostSourceIsDirectory(*source) : std::nullopt;
        if (!sourceIsDirectory)
            continue; // a missing source is a host finding
        if (*sourceIsDirectory && !entry.isDirectory()) {
            m_sink->error(
                FindingCode::RootfsMountOverFile, pointer,
                tr("The mount point %1 is a file in the root filesystem, and the bind source %2 is a directory; a "
                   "directory cannot be mounted on a file, so runc fails with \"not a directory\".")
                    .arg(*destination, *source));
        } else if (!*sourceIsDirectory && entry.isDirectory()) {
            m_sink->error(FindingCode::RootfsMountOverDirectory, pointer,
                          tr("The mount point %1 is a directory in the root filesystem, and the bind source %2 is a "
                             "file; a file cannot be mounted on a directory, so runc fails with \"not a directory\".")
                              .arg(*destination, *source));
        }
    }
}

// rootfs_linux.go, prepareRootfs: after pivot_root runc creates the working
// directory with MkdirAll, so a missing one is fine; a file there (or on
// the way) makes it fail.
void RootfsRules::checkWorkingDirectory()
{
    const std::optional<QString> cwd = stringOf(m_process ? member(*m_process, "cwd") : nullptr);
    if (!cwd || !cwd->startsWith(QLatin1Char('/')))
        return; // relative or missing: the document checks say so
    const RootfsInspector::Entry entry =
        m_inspector->resolve(*cwd, QStringLiteral("/"), RootfsInspector::FinalLink::Follow, &m_mountPoints);
    if (entry.state == State::NotADirectory) {
        m_sink->error(
            FindingCode::RootfsCwdNotDirectory, CwdPointer,
            tr("%1 in the root filesystem is not a directory, so runc cannot create the working directory %2 under it.")
                .arg(entry.path, *cwd));
    } else if (entry.found() && !entry.isDirectory()) {
        m_sink->error(FindingCode::RootfsCwdNotDirectory, CwdPointer,
                      tr("The working directory %1 is a file in the root filesystem; runc fails to create or enter it.")
                          .arg(*cwd));
    }
}

// standard_init_linux.go: after the chdir to process.cwd, runc looks the
// program up with Go's exec.LookPath and checks it with faccessat
// (system.Eaccess) before it execs. LookPath takes a name with a slash as
// it is; any other name it looks for in the PATH that process.env set, and
// only there: runc's init clears its own environment first
// (factory_linux.go), so without PATH nothing is found.
void RootfsRules::checkProgram()
{
    const Json *args = m_process ? member(*m_process, "args") : nullptr;
    const std::optional<QString> program =
        args && args->is_array() && !args->empty() ? stringOf(&args->front()) : std::nullopt;
    if (!program || program->isEmpty())
        return;
    if (!program->contains(QLatin1Char('/'))) {
        const std::optional<QString> path = pathVariable(member(*m_process, "env"));
        if (!path || path->isEmpty()) {
            m_sink->error(FindingCode::RootfsArgsNotFound, ArgsPointer,
                          tr("process.env sets no PATH, and runc looks for %1 only in the process's own PATH; it fails "
                             "with \"executable file not found in $PATH\". Give the full path or set PATH.")
                              .arg(*program));
            return;
        }
        if (m_empty)
            return;
        std::optional<RootfsInspector::Entry> notExecutable;
        QString notExecutableShown;
        for (QString directory : path->split(QLatin1Char(':'))) {
            if (directory.isEmpty())
                directory = QStringLiteral("."); // an empty entry means the working directory
            const QString candidate = QDir::cleanPath(directory + QLatin1Char('/') + *program);
            const RootfsInspector::Entry entry =
                m_inspector->resolve(candidate, m_workingDirectory, RootfsInspector::FinalLink::Follow, &m_mountPoints);
            if (isUnknownInRoot(entry))
                return; // a mount or an unreadable directory decides
            if (!entry.found())
                continue;
            if (!entry.hasExecuteBit()) {
                if (!notExecutable) {
                    notExecutable = entry;
                    notExecutableShown = candidate;
                }
                continue;
            }
            if (!directory.startsWith(QLatin1Char('/'))) {
                // Go 1.19's exec.ErrDot.
                m_sink->error(FindingCode::RootfsArgsRelativePath, ArgsPointer,
                              tr("runc finds %1 as %2 through the relative PATH directory %3, and refuses to run a "
                                 "program found relative to the working directory. Use absolute directories in PATH.")
                                  .arg(*program, candidate, directory));
                return;
            }
            checkRunnable(entry, candidate, 0);
            return;
        }
        if (notExecutable) {
            m_sink->error(FindingCode::RootfsArgsNotExecutable, ArgsPointer,
                          tr("%1 in the root filesystem is not an executable file (mode %2), and no other directory of "
                             "the process's PATH has %3; runc fails with \"executable file not found in $PATH\".")
                              .arg(notExecutableShown, octalMode(notExecutable->mode), *program));
        } else {
            m_sink->error(FindingCode::RootfsArgsNotFound, ArgsPointer,
                          tr("%1 is in no directory of the process's PATH (%2) in the root filesystem; runc fails with "
                             "\"executable file not found in $PATH\".")
                              .arg(*program, *path));
        }
        return;
    }
    if (m_empty)
        return;
    const RootfsInspector::Entry entry =
        m_inspector->resolve(*program, m_workingDirectory, RootfsInspector::FinalLink::Follow, &m_mountPoints);
    switch (entry.state) {
    case State::Covered:
    case State::Unreadable: return;
    case State::Missing:
        m_sink->error(FindingCode::RootfsArgsNotFound, ArgsPointer,
                      tr("%1 does not exist in the root filesystem; runc fails with \"no such file or directory\".")
                          .arg(*program));
        return;
    case State::NotADirectory:
        m_sink->error(
            FindingCode::RootfsArgsNotFound, ArgsPointer,
            tr("%1 in the root filesystem is not a directory, so %2 cannot exist; runc fails with \"not a directory\".")
                .arg(entry.path, *program));
        return;
    case State::TooManyLinks:
        m_sink->error(FindingCode::RootfsArgsNotFound, ArgsPointer,
                      tr("Looking up %1 in the root filesystem follows more than %2 links; runc fails with \"too many "
                         "levels of symbolic links\".")
                          .arg(*program)
                          .arg(RootfsInspector::MaxLinks));
        return;
    case State::Found: break;
    }
    if (entry.isDirectory()) {
        m_sink->error(
            FindingCode::RootfsArgsNotExecutable, ArgsPointer,
            tr("%1 is a directory in the root filesystem, not a program; runc fails with \"permission denied\".")
                .arg(*program));
    } else if (!entry.hasExecuteBit()) {
        m_sink->error(
            FindingCode::RootfsArgsNotExecutable, ArgsPointer,
            tr("%1 in the root filesystem has no execute permission (mode %2); runc fails with \"permission denied\".")
                .arg(*program, octalMode(entry.mode)));
    } else {
        checkRunnable(entry, *program, 0);
    }
}

bool RootfsRules::userMayExecute(const RootfsInspector::Entry &program) const
{
    // In a user namespace the owners on disk are host IDs: not judged here.
    const Json *namespaces = memberPath(m_root, {"linux", "namespaces"});
    if (namespaces && namespaces->is_array()) {
        for (const Json &ns : *namespaces) {
            if (stringOf(member(ns, "type")) == QLatin1String("user"))
                return true;
        }
    }
    if (containsString(memberPath(*m_process, {"capabilities", "effective"}), "CAP_DAC_OVERRIDE"))
        return true; // any execute bit will do
    const Json *user = member(*m_process, "user");
    const quint64 uid = user ? uint64Of(member(*user, "uid")).value_or(0) : 0;
    const quint64 gid = user ? uint64Of(member(*user, "gid")).value_or(0) : 0;
    if (program.uid == uid)
        return program.mode & S_IXUSR;
    bool inGroup = program.gid == gid;
    if (const Json *additional = user ? member(*user, "additionalGids") : nullptr;
        additional && additional->is_array()) {
        for (const Json &id : *additional)
            inGroup = inGroup || uint64Of(&id) == quint64(program.gid);
    }
    if (inGroup)
        return program.mode & S_IXGRP;
    // runc also adds the groups /etc/group lists the user in; this check
    // does not follow those, so a group execute bit gets the benefit of the doubt.
    return (program.mode & S_IXOTH) || ((program.mode & S_IXGRP) && m_inspector->groupIds(&m_mountPoints).has_value());
}

// What execve(2) does with the file: an ELF program of this machine (or
// one binfmt_misc hands to an emulator) with its interpreter, or a script
// whose "#!" interpreter exists.
void RootfsRules::checkRunnable(const RootfsInspector::Entry &program, const QString &shown, int depth)
{
    if (depth == 0 && !userMayExecute(program)) {
        const Json *user = member(*m_process, "user");
        m_sink->error(FindingCode::RootfsArgsNotExecutable, ArgsPointer,
                      tr("User %1 may not execute %2 (mode %3, owner %4, group %5), and the process lacks "
                         "CAP_DAC_OVERRIDE; runc fails with \"permission denied\".")
                          .arg(user ? uint64Of(member(*user, "uid")).value_or(0) : 0)
                          .arg(shown, octalMode(program.mode))
                          .arg(program.uid)
                          .arg(program.gid));
        return;
    }
    const QByteArray head = m_inspector->readHead(program, 256);
    if (head.startsWith("\x7f"
                        "ELF")) {
        checkElf(program, shown, head);
        return;
    }
    if (head.startsWith("#!")) {
        const QString interpreter = QFile::decodeName(scriptInterpreter(head));
        if (interpreter.isEmpty() || depth >= MaxInterpreterDepth)
            return;
        const RootfsInspector::Entry entry =
            m_inspector->resolve(interpreter, m_workingDirectory, RootfsInspector::FinalLink::Follow, &m_mountPoints);
        if (isUnknownInRoot(entry))
            return;
        if (!entry.found()) {
            m_sink->error(FindingCode::RootfsArgsScriptInterpreterMissing, ArgsPointer,
                          tr("%1 is a script for %2, which does not exist in the root filesystem; the kernel fails to "
                             "start it with \"no such file or directory\".")
                              .arg(shown, interpreter));
        } else if (!entry.isRegularFile() || !entry.hasExecuteBit()) {
            m_sink->error(FindingCode::RootfsArgsScriptInterpreterMissing, ArgsPointer,
                          tr("%1 is a script for %2, which is not an executable file in the root filesystem; the "
                             "kernel fails to start it with \"permission denied\".")
                              .arg(shown, interpreter));
        } else {
            checkRunnable(entry, interpreter, depth + 1);
        }
        return;
    }
    if (!m_binfmt.handlerFor(head, program.path)) {
        m_sink->error(FindingCode::RootfsArgsUnknownFormat, ArgsPointer,
                      tr("%1 is neither an ELF program nor a script starting with #!, and no binfmt_misc handler takes "
                         "it; the kernel refuses to run it (exec format error).")
                          .arg(shown));
    }
}

void RootfsRules::checkElf(const RootfsInspector::Entry &program, const QString &shown, const QByteArray &head)
{
    const ElfHeader elf = m_inspector->readElf(program);
    switch (elf.status()) {
    case ElfHeader::Status::NotElf: return; // changed since its first bytes were read
    case ElfHeader::Status::Truncated:
        m_sink->error(
            FindingCode::RootfsArgsElfMalformed, ArgsPointer,
            tr("%1 ends inside its ELF headers; the kernel refuses to run it (exec format error).").arg(shown));
        return;
    case ElfHeader::Status::Invalid:
        m_sink->error(FindingCode::RootfsArgsElfMalformed, ArgsPointer,
                      tr("%1 has ELF headers the kernel refuses; it does not run (exec format error).").arg(shown));
        return;
    case ElfHeader::Status::Valid: break;
    }
    if (!elf.isProgram()) {
        m_sink->error(
            FindingCode::RootfsArgsElfNotProgram, ArgsPointer,
            tr("%1 is an ELF object or core file, not a program; the kernel refuses to run it (exec format error).")
                .arg(shown));
        return;
    }
    const ElfHeader &host = ElfHeader::ofThisProgram();
    if (!elf.runsNativelyOn(host)) {
        const QString machine = ElfHeader::machineName(elf.machine(), elf.is64Bit());
        const QString hostMachine = ElfHeader::machineName(host.machine(), host.is64Bit());
        const std::optional<BinfmtHandlers::Handler> handler = m_binfmt.handlerFor(head, program.path);
        if (!handler) {
            m_sink->error(FindingCode::RootfsArgsMachine, ArgsPointer,
                          tr("%1 is a program for %2; this machine is %3 and has no binfmt_misc handler for it, so the "
                             "kernel refuses to run it (exec format error).")
                              .arg(shown, machine, hostMachine));
            return;
        }
        if (!handler->fixBinary) {
            // Without flag F the kernel opens the emulator by its path inside the container.
            const RootfsInspector::Entry emulator = m_inspector->resolve(
                handler->interpreter, QStringLiteral("/"), RootfsInspector::FinalLink::Follow, &m_mountPoints);
            if (!emulator.found() && !isUnknownInRoot(emulator)) {
                m_sink->error(FindingCode::RootfsArgsEmulatorMissing, ArgsPointer,
                              tr("%1 is a program for %2, which this machine runs through the binfmt_misc handler %3. "
                                 "That handler lacks the F flag, so its interpreter %4 must exist in the root "
                                 "filesystem, and it does not.")
                                  .arg(shown, machine, handler->name, handler->interpreter));
                return;
            }
        }
        m_sink->warning(FindingCode::RootfsArgsMachineEmulated, ArgsPointer,
                        tr("%1 is a program for %2; this machine is %3 and runs it only through the binfmt_misc "
                           "handler %4 (%5), emulated and slower.")
                            .arg(shown, machine, hostMachine, handler->name, handler->interpreter));
    }
    if (elf.interpreter().isEmpty())
        return;
    const QString interpreter = QFile::decodeName(elf.interpreter());
    const RootfsInspector::Entry entry =
        m_inspector->resolve(interpreter, m_workingDirectory, RootfsInspector::FinalLink::Follow, &m_mountPoints);
    if (!entry.found() && !isUnknownInRoot(entry)) {
        m_sink->error(FindingCode::RootfsArgsInterpreterMissing, ArgsPointer,
                      tr("%1 needs the program interpreter %2, which does not exist in the root filesystem; the kernel "
                         "fails to start it with \"no such file or directory\".")
                          .arg(shown, interpreter));
    }
}

// init_linux.go, setupUser: runc looks the user and group up in the image's
// /etc/passwd and /etc/group, and takes a numeric ID without an entry as
// it is. Worth knowing, never a failure. Without the files there is
// nothing to look up and nothing to say.
void RootfsRules::checkUser()
{
    const Json *user = m_process ? member(*m_process, "user") : nullptr;
    if (!user || !user->is_object())
        return;
    if (!stringOf(member(*user, "username")).value_or(QString()).isEmpty())
        return; // Windows only
    if (const std::optional<quint64> uid = uint64Of(member(*user, "uid"))) {
        const std::optional<QSet<qint64>> known = m_inspector->passwdIds(&m_mountPoints);
        if (known && *uid <= quint64(std::numeric_limits<qint64>::max()) && !known->contains(qint64(*uid))) {
            m_sink->info(FindingCode::RootfsUserUidUnknown, QStringLiteral("/process/user/uid"),
                         tr("User ID %1 has no entry in /etc/passwd of the root filesystem; runc runs the process with "
                            "that ID all the same, with HOME=/ unless process.env sets HOME.")
                             .arg(*uid));
        }
    }
    if (const std::optional<quint64> gid = uint64Of(member(*user, "gid"))) {
        const std::optional<QSet<qint64>> known = m_inspector->groupIds(&m_mountPoints);
        if (known && *gid <= quint64(std::numeric_limits<qint64>::max()) && !known->contains(qint64(*gid))) {
            m_sink->info(FindingCode::RootfsUserGidUnknown, QStringLiteral("/process/user/gid"),
                         tr("Group ID %1 has no entry in /etc/group of the root filesystem; runc runs the process with "
                            "that ID all the same.")
                             .arg(*gid));
        }
    }
}
