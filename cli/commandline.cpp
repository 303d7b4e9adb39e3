// SPDX-License-Identifier: Apache-2.0
#include "commandline.h"

#include "terminaltext.h"

#include "application/applicationidentity.h"
#include "bundle/bundlelock.h"
#include "bundle/bundletemplates.h"
#include "bundle/imageimporter.h"
#include "compare/specdiff.h"
#include "compare/specdiffreport.h"
#include "document/jsonedit.h"
#include "document/jsoninput.h"
#include "document/specfile.h"
#include "document/valueplacement.h"
#include "ocispec/finding.h"
#include "ocispec/securityreview.h"
#include "ocispec/validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdio>

namespace {

// A source text of the command table, marked with QT_TRANSLATE_NOOP.
QString translated(const char *sourceText)
{
    return QCoreApplication::translate("CommandLine", sourceText);
}

void write(FILE *stream, const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stream);
}

// Every line of text output goes through here: a line may quote the file
// (a key, a value, a path), and the file must not drive the terminal.
void printLine(FILE *stream, const QString &line)
{
    write(stream, TerminalText::visible(line).toUtf8() + '\n');
}

void out(const QString &line)
{
    printLine(stdout, line);
}

void err(const QString &line)
{
    printLine(stderr, line);
}

// Text of our own with several lines (help), each printed as a line.
void printLines(FILE *stream, const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        printLine(stream, line);
}

QByteArray pretty(const Json &value)
{
    const std::string text = value.dump(2, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size())) + '\n';
}

// --- the commands and their help -----------------------------------------------

struct Arguments
{
    QStringList positional;
    QList<QByteArray> rawPositional;    // the same, as the process got them
    QHash<QString, QStringList> values; // the values of each option that takes one, in order
    QSet<QString> flags;                // the options without a value that were given
    bool help = false;
    QString error;

    // The last value given for an option, or an empty string.
    QString value(const char *name) const
    {
        const QStringList given = values.value(QLatin1String(name));
        return given.isEmpty() ? QString() : given.last();
    }
    bool flag(const char *name) const { return flags.contains(QLatin1String(name)); }
};

struct Option
{
    const char *name; // "--format"
    bool takesValue;
};

struct Command
{
    const char *name;
    const char *synopsis;    // translated in the context "CommandLine"
    const char *description; // translated, lines of up to 72 characters
    QList<Option> options;
    int (*run)(const Arguments &args);
};

int check(const Arguments &args);
int get(const Arguments &args);
int set(const Arguments &args);
int create(const Arguments &args);
int diff(const Arguments &args);
int pointers(const Arguments &args);

const Command commands[] = {
    {"check",
     QT_TRANSLATE_NOOP("CommandLine", "check DIR [--format text|json] [--security] [--fix CODE]..."),
     QT_TRANSLATE_NOOP("CommandLine",
                       "Validates DIR/config.json (DIR may be the file itself). Exits with 0\n"
                       "without errors (warnings allowed), 1 with errors, 2 when the bundle\n"
                       "cannot be read. With --format json every outcome, an unreadable\n"
                       "bundle too, is one JSON object on standard output.\n"
                       "--security adds a hardening review: a summary per standard (Docker\n"
                       "Bench, Pod Security Standards, kubesec, Trivy), then each finding\n"
                       "with its code, the controls it fails and its fix, if there is one.\n"
                       "Hardening findings never change the exit code.\n"
                       "--fix CODE (repeatable) applies the fix of every finding with that\n"
                       "security code, saves like set and prints what changed. An unknown\n"
                       "code or nothing to fix exits with 2 and writes nothing."),
     {{"--format", true}, {"--security", false}, {"--fix", true}},
     check},
    {"get",
     QT_TRANSLATE_NOOP("CommandLine", "get DIR POINTER"),
     QT_TRANSLATE_NOOP("CommandLine", "Prints the value at a JSON pointer as JSON, e.g. /process/args."),
     {},
     get},
    {"set",
     QT_TRANSLATE_NOOP("CommandLine", "set DIR POINTER JSON"),
     QT_TRANSLATE_NOOP("CommandLine",
                       "Sets a value (JSON text: '\"text\"', 42, '[\"a\"]'), creating missing\n"
                       "parent objects as the editor does, reports validation errors and saves\n"
                       "anyway, changing only that value's lines. A value that cannot be\n"
                       "stored exactly as typed is refused. Commands on the same bundle take\n"
                       "turns. Exits with 0, 1 when the result has errors, 2 when nothing was\n"
                       "written."),
     {},
     set},
    {"new",
     QT_TRANSLATE_NOOP("CommandLine",
                       "new DIR --template runc|rootless|demo | --from-image REF [--template runc|rootless]"),
     QT_TRANSLATE_NOOP("CommandLine",
                       "Creates a bundle; demo adds a busybox rootfs that runs with runc.\n"
                       "--from-image unpacks an image into DIR (absent or empty) with umoci and\n"
                       "writes config.json from the template (default runc) and the image's\n"
                       "command, environment, user, working directory, volumes and labels.\n"
                       "REF is an OCI layout PATH[:TAG], oci-archive:PATH, docker-archive:PATH\n"
                       "or docker://NAME[:TAG] (archives and registries need skopeo). Exits\n"
                       "with 0, or 2 when nothing was written."),
     {{"--template", true}, {"--from-image", true}},
     create},
    {"diff",
     QT_TRANSLATE_NOOP("CommandLine", "diff A B [--format text|json] [--order]"),
     QT_TRANSLATE_NOOP("CommandLine",
                       "Compares two configs field by field; A and B are bundle directories\n"
                       "or config.json files. Members compare by name in any order, numbers\n"
                       "by value; mounts are matched by destination, namespaces and rlimits\n"
                       "by type, env entries by name, devices by path, hooks by path and\n"
                       "arguments. One line per change: + added, - removed, ~ changed,\n"
                       "> moved. --format json prints a list of {op, path, title, old, new}.\n"
                       "--order also reports members and list elements in another order.\n"
                       "Exits with 0 when the configs are the same, 1 when they differ, 2\n"
                       "when one cannot be read."),
     {{"--format", true}, {"--order", false}},
     diff},
    {"pointers",
     QT_TRANSLATE_NOOP("CommandLine", "pointers DIR [PREFIX]"),
     QT_TRANSLATE_NOOP("CommandLine",
                       "Prints the JSON pointer of every value in the config, one per line,\n"
                       "in the file's order: the pointers get and set take. With PREFIX only\n"
                       "those that start with it. For scripts and shell completion."),
     {},
     pointers},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

// "check, get, set, …": from the table, so that no message falls behind it.
QString commandNames()
{
    QStringList names;
    for (const Command &command : commands)
        names << QLatin1String(command.name);
    return names.join(QLatin1String(", "));
}

QString synopsisOf(const Command &command)
{
    return QStringLiteral("oci-bundle-editor ") + translated(command.synopsis);
}

void printHelp(const Command &command)
{
    printLines(stdout, CommandLine::usage(QLatin1String(command.name)));
}

// A one-line reason and a usage line, on stderr; exit code 2.
int misuse(const QString &problem, const Command *command = nullptr)
{
    err(problem);
    if (command)
        err(QCoreApplication::translate("CommandLine", "Usage: %1").arg(synopsisOf(*command)));
    else
        err(QCoreApplication::translate(
            "CommandLine",
            "Usage: oci-bundle-editor [DIR] or oci-bundle-editor COMMAND ...; see oci-bundle-editor --help."));
    return CommandLine::Failure;
}

// "-x" and "--name" are options; "-" and negative numbers ("-1", "-.5") are not.
bool isOption(const QString &arg)
{
    return arg.size() > 1 && arg.front() == QLatin1Char('-') && !arg.at(1).isDigit() && arg.at(1) != QLatin1Char('.');
}

bool isHelpOption(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h");
}

// The arguments after the subcommand: positional ones, the command's option
// (--name value or --name=value), --help, and "--" before positional
// arguments that begin with "-".
Arguments parseArguments(const Command &command, const QList<QByteArray> &raw, const QStringList &list)
{
    Arguments parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &arg = list.at(i);
        if (optionsEnded || !isOption(arg)) {
            parsed.positional.append(arg);
            parsed.rawPositional.append(raw.at(i));
        } else if (arg == QLatin1String("--")) {
            optionsEnded = true;
        } else if (isHelpOption(arg)) {
            parsed.help = true;
        } else {
            const QString name = arg.section(QLatin1Char('='), 0, 0);
            const auto option = std::find_if(command.options.begin(), command.options.end(),
                                             [&name](const Option &o) { return name == QLatin1String(o.name); });
            if (option == command.options.end()) {
                parsed.error = QCoreApplication::translate("CommandLine", "Unknown option %1 for %2.")
                                   .arg(name, QLatin1String(command.name));
                return parsed;
            }
            if (!option->takesValue) {
                if (arg.contains(QLatin1Char('='))) {
                    parsed.error =
                        QCoreApplication::translate("CommandLine", "The option %1 takes no value.").arg(name);
                    return parsed;
                }
                parsed.flags.insert(name);
            } else if (arg.contains(QLatin1Char('='))) {
                parsed.values[name].append(arg.section(QLatin1Char('='), 1));
            } else if (i + 1 < list.size()) {
                parsed.values[name].append(list.at(++i));
            } else {
                parsed.error = QCoreApplication::translate("CommandLine", "The option %1 needs a value.").arg(arg);
                return parsed;
            }
        }
    }
    return parsed;
}

// --format text|json: true for json. Sets *problem for any other format.
bool wantsJson(const Arguments &args, QString *problem)
{
    const QString format = args.value("--format").isEmpty() ? QStringLiteral("text") : args.value("--format");
    if (format != QLatin1String("json") && format != QLatin1String("text"))
        *problem = QCoreApplication::translate("CommandLine", "Unknown format \"%1\"; use text or json.").arg(format);
    return format == QLatin1String("json");
}

// --- reading and changing the file ---------------------------------------------

// The file of the one command a process runs. It is never freed: the
// process ends right after, and taking apart a tree of 10,000 mounts would
// only delay the exit (compilers leave their syntax trees alike).
SpecFile &commandFile()
{
    return *new SpecFile;
}

bool readFile(SpecFile &file, const QString &path)
{
    if (!file.read(path)) {
        err(file.errorString());
        return false;
    }
    for (const QString &warning : file.warnings())
        err(QCoreApplication::translate("CommandLine", "warning: %1").arg(warning));
    return true;
}

// The pointer an argument names; says why on stderr when it names none.
std::optional<JsonPointer> parsePointer(const QString &text)
{
    Result<JsonPointer> pointer = JsonUtil::parsePointer(text);
    if (!pointer) {
        err(pointer.error());
        return std::nullopt;
    }
    return std::move(pointer).value();
}

// Validates a file read for check, with what only check has: the bytes
// again, for what runc's JSON decoder refuses beyond the tree, and the bundle
// directory, for the checks against this machine.
QList<Finding> validateForCheck(const SpecFile &file)
{
    ValidationContext context;
    context.bundleDirectory = QFileInfo(file.filePath()).absolutePath();
    if (QFile source(file.filePath()); source.open(QIODevice::ReadOnly))
        context.sourceText = source.readAll();
    return Validator::validate(file.root(), context);
}

// The security review as lines of text: counts and verdicts, then each
// finding with the controls it fails and its fix; a rule's explanation once,
// under its first finding.
void printSecurityReview(const QList<SecurityFinding> &findings)
{
    const SecuritySummary summary = SecurityReview::summarize(findings);
    out(QString());
    //: Heads the review of check --security, e.g. "Security review: 3 warnings, 2 notes".
    out(QCoreApplication::translate("CommandLine", "Security review: %1").arg(SecurityReview::countsText(summary)));
    out(SecurityReview::verdictTexts(summary).join(QLatin1String("; ")));
    QSet<QString> explained;
    for (const SecurityFinding &finding : findings) {
        out(Findings::toText(finding.finding));
        const QStringList standards = SecurityRules::referenceTexts(*finding.rule);
        if (!standards.isEmpty())
            out(QStringLiteral("    ")
                + QCoreApplication::translate("CommandLine", "Fails: %1").arg(standards.join(QLatin1String(", "))));
        if (finding.hasFix()) {
            //: %1 says what the fix does, %2 is the code to give to check --fix.
            out(QStringLiteral("    ")
                + QCoreApplication::translate("CommandLine", "Fix: %1 (--fix %2)")
                      .arg(finding.fixDescription, finding.finding.code));
        }
        if (!explained.contains(finding.finding.code)) {
            explained.insert(finding.finding.code);
            out(QStringLiteral("    ") + SecurityRules::explanation(*finding.rule));
        }
    }
}

// An unreadable bundle with --format json: {"error", "bundle"} on stdout.
int unreadableAsJson(const SpecFile &file, const QString &path)
{
    Json report = Json::object();
    report["error"] = JsonUtil::toStd(file.errorString());
    report["bundle"] = JsonUtil::toStd(QFileInfo(SpecFile::configPath(path)).absoluteFilePath());
    write(stdout, pretty(report));
    return CommandLine::Failure;
}

// check --format json: one JSON object on stdout, whatever the outcome.
int checkAsJson(const QString &path, bool security)
{
    SpecFile &file = commandFile();
    if (!file.read(path))
        return unreadableAsJson(file, path);
    const QList<Finding> findings = validateForCheck(file);
    Json report = Findings::toJson(findings);
    report["bundle"] = JsonUtil::toStd(file.filePath());
    if (!file.warnings().isEmpty()) {
        Json warnings = Json::array();
        for (const QString &warning : file.warnings())
            warnings.push_back(JsonUtil::toStd(warning));
        report["warnings"] = std::move(warnings);
    }
    if (security)
        report["security"] = SecurityReview::toJson(SecurityReview::run(file.root()));
    write(stdout, pretty(report));
    return Findings::hasErrors(findings) ? CommandLine::InvalidBundle : CommandLine::Success;
}

int checkAsText(const QString &path, bool security)
{
    SpecFile &file = commandFile();
    if (!readFile(file, path))
        return CommandLine::Failure;
    const QList<Finding> findings = validateForCheck(file);
    for (const Finding &finding : findings)
        out(Findings::toText(finding));
    // Counts in variables: Qt 6.4's lupdate hangs on a call inside translate()'s arguments.
    const int errors = int(Findings::count(findings, Finding::Severity::Error));
    const int warnings = int(Findings::count(findings, Finding::Severity::Warning));
    const QString errorCount = QCoreApplication::translate("CommandLine", "%n error(s)", nullptr, errors);
    const QString warningCount = QCoreApplication::translate("CommandLine", "%n warning(s)", nullptr, warnings);
    //: The summary of check: the file, "2 errors" and "1 warning".
    out(QCoreApplication::translate("CommandLine", "%1: %2, %3")
            .arg(QDir::toNativeSeparators(file.filePath()), errorCount, warningCount));
    if (security)
        printSecurityReview(SecurityReview::run(file.root()));
    return Findings::hasErrors(findings) ? CommandLine::InvalidBundle : CommandLine::Success;
}

// A refusal of check --fix: the reason on stderr, or as {"error", "bundle"}
// on stdout with --format json. Nothing has been written.
int refuseFix(bool json, const QString &path, const QString &reason)
{
    if (!json) {
        err(reason);
        return CommandLine::Failure;
    }
    Json report = Json::object();
    report["error"] = JsonUtil::toStd(reason);
    report["bundle"] = JsonUtil::toStd(QFileInfo(SpecFile::configPath(path)).absoluteFilePath());
    write(stdout, pretty(report));
    return CommandLine::Failure;
}

// A value as JSON on one line, cut short when long (a whole mount, say).
QString compactJson(const Json &value)
{
    constexpr qsizetype MaxLength = 200;
    const QString text = JsonUtil::toQString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
    return text.size() > MaxLength ? text.left(MaxLength - 1) + QChar(0x2026) : text;
}

// What check --fix changed: each fixed finding, then its edits with the
// values they replaced or removed (before is the document as read).
void printFixed(const QList<const SecurityFinding *> &fixed, const Json &before)
{
    for (const SecurityFinding *finding : fixed) {
        //: %1 is a security code, %2 the field, %3 what the fix did.
        out(QCoreApplication::translate("CommandLine", "Fixed %1 at %2: %3")
                .arg(finding->finding.code, finding->finding.pointer, finding->fixDescription));
        for (const JsonEdit &edit : JsonEdits::ordered(finding->fix)) {
            const Json *old = edit.kind == JsonEdit::Kind::Append ? nullptr : JsonUtil::find(before, edit.pointer);
            //: One change of a fix, then the value it replaced or removed.
            out(QStringLiteral("    ")
                + (old ? QCoreApplication::translate("CommandLine", "%1 (was %2)")
                             .arg(JsonEdits::describe(edit), compactJson(*old))
                       : JsonEdits::describe(edit)));
        }
    }
}

Json fixedAsJson(const QList<const SecurityFinding *> &fixed)
{
    Json list = Json::array();
    for (const SecurityFinding *finding : fixed) {
        Json entry = Json::object();
        entry["code"] = JsonUtil::toStd(finding->finding.code);
        entry["pointer"] = JsonUtil::toStd(finding->finding.pointer);
        entry["description"] = JsonUtil::toStd(finding->fixDescription);
        Json changes = Json::array();
        for (const JsonEdit &edit : JsonEdits::ordered(finding->fix))
            changes.push_back(JsonEdits::toJson(edit));
        entry["edits"] = std::move(changes);
        list.push_back(std::move(entry));
    }
    return list;
}

// check --fix CODE...: the fixes of every finding with those codes, applied
// as one list of edits and saved like set (under the bundle lock, through
// the one file writer). A code that cannot be fixed stops it before
// anything is written.
int fixBundle(const QString &path, const QStringList &codes, bool json, bool security)
{
    for (const QString &code : codes) {
        const SecurityRule *rule = SecurityRules::find(code);
        if (!rule) {
            return refuseFix(
                json, path,
                QCoreApplication::translate(
                    "CommandLine", "\"%1\" is not a security code; check --security DIR lists the codes of a bundle.")
                    .arg(code));
        }
        if (!rule->fixable)
            return refuseFix(
                json, path,
                QCoreApplication::translate(
                    "CommandLine", "%1 has no automatic fix; its explanation in check --security says what to do.")
                    .arg(code));
    }
    // Held until the file is written, as in set.
    BundleLock lock(path);
    if (!lock.lock())
        return refuseFix(json, path, lock.errorString());
    SpecFile &file = commandFile();
    if (!file.read(path))
        return refuseFix(json, path, file.errorString());
    if (!json) {
        for (const QString &warning : file.warnings())
            err(QCoreApplication::translate("CommandLine", "warning: %1").arg(warning));
    }

    const QList<SecurityFinding> review = SecurityReview::run(file.root());
    QList<const SecurityFinding *> fixed;
    QList<JsonEdit> edits;
    for (const QString &code : codes) {
        qsizetype found = 0;
        for (const SecurityFinding &finding : review) {
            if (finding.finding.code != code || !finding.hasFix())
                continue;
            ++found;
            if (!fixed.contains(&finding)) {
                fixed.append(&finding);
                edits.append(finding.fix);
            }
        }
        if (found == 0) {
            return refuseFix(
                json, path,
                QCoreApplication::translate("CommandLine", "Nothing to fix: %1 has no finding %2 that a fix removes.")
                    .arg(QDir::toNativeSeparators(file.filePath()), code));
        }
    }
    const Json before = file.root();
    if (const Result<void> applied = JsonEdits::apply(&file.root(), edits); !applied)
        return refuseFix(json, path, applied.error());

    const QList<Finding> findings = Validator::validate(file.root());
    QStringList saveWarnings;
    if (!file.write(QString(), &saveWarnings))
        return refuseFix(json, path, file.errorString());

    if (json) {
        Json report = Json::object();
        report["bundle"] = JsonUtil::toStd(file.filePath());
        report["fixed"] = fixedAsJson(fixed);
        report["errors"] = Findings::count(findings, Finding::Severity::Error);
        if (!saveWarnings.isEmpty()) {
            Json warnings = Json::array();
            for (const QString &warning : std::as_const(saveWarnings))
                warnings.push_back(JsonUtil::toStd(warning));
            report["warnings"] = std::move(warnings);
        }
        if (security)
            report["security"] = SecurityReview::toJson(SecurityReview::run(file.root()));
        write(stdout, pretty(report));
    } else {
        // Like set: errors of the result on stderr; it is saved all the same.
        for (const Finding &finding : findings) {
            if (finding.severity == Finding::Severity::Error)
                err(Findings::toText(finding));
        }
        for (const QString &warning : std::as_const(saveWarnings))
            err(QCoreApplication::translate("CommandLine", "warning: %1").arg(warning));
        printFixed(fixed, before);
        //: After check --fix: the file written.
        out(QCoreApplication::translate("CommandLine", "Saved %1.").arg(QDir::toNativeSeparators(file.filePath())));
        if (security)
            printSecurityReview(SecurityReview::run(file.root()));
    }
    return Findings::hasErrors(findings) ? CommandLine::InvalidBundle : CommandLine::Success;
}

int check(const Arguments &args)
{
    const Command *command = findCommand(QStringLiteral("check"));
    if (args.positional.size() != 1)
        return misuse(QCoreApplication::translate("CommandLine", "check takes one bundle directory."), command);
    QString formatProblem;
    const bool json = wantsJson(args, &formatProblem);
    if (!formatProblem.isEmpty())
        return misuse(formatProblem, command);
    const bool security = args.flag("--security");
    const QStringList codes = args.values.value(QStringLiteral("--fix"));
    if (!codes.isEmpty())
        return fixBundle(args.positional.first(), codes, json, security);
    return json ? checkAsJson(args.positional.first(), security) : checkAsText(args.positional.first(), security);
}

int get(const Arguments &args)
{
    if (args.positional.size() != 2)
        return misuse(QCoreApplication::translate("CommandLine", "get takes a bundle directory and a JSON pointer."),
                      findCommand(QStringLiteral("get")));
    SpecFile &file = commandFile();
    if (!readFile(file, args.positional.at(0)))
        return CommandLine::Failure;
    const std::optional<JsonPointer> pointer = parsePointer(args.positional.at(1));
    if (!pointer)
        return CommandLine::Failure;
    const Json *value = JsonUtil::find(file.root(), *pointer);
    if (!value) {
        err(QCoreApplication::translate("CommandLine", "%1 has no value at %2.")
                .arg(QDir::toNativeSeparators(file.filePath()), args.positional.at(1)));
        return CommandLine::Failure;
    }
    write(stdout, pretty(*value));
    return CommandLine::Success;
}

void printPointers(const Json &value, const JsonPointer &at, const QString &prefix)
{
    const QString text = JsonUtil::pointerString(at);
    if (text.startsWith(prefix) && !text.isEmpty())
        out(text);
    // Below a pointer that cannot lead to the prefix there is nothing to print.
    if (!prefix.startsWith(text) && !text.startsWith(prefix))
        return;
    if (value.is_object()) {
        for (auto member = value.begin(); member != value.end(); ++member)
            printPointers(member.value(), at / member.key(), prefix);
    } else if (value.is_array()) {
        for (size_t index = 0; index < value.size(); ++index)
            printPointers(value.at(index), at / index, prefix);
    }
}

int pointers(const Arguments &args)
{
    if (args.positional.isEmpty() || args.positional.size() > 2)
        return misuse(
            QCoreApplication::translate("CommandLine", "pointers takes a bundle directory and, if you like, a prefix."),
            findCommand(QStringLiteral("pointers")));
    SpecFile &file = commandFile();
    if (!readFile(file, args.positional.at(0)))
        return CommandLine::Failure;
    printPointers(file.root(), JsonPointer(), args.positional.value(1));
    return CommandLine::Success;
}

// Sets or creates the value the way the window's SetValueCommand does
// (ValuePlacement: missing parent objects are created). Returns false,
// after saying why, when the pointer can name no place in this document.
bool place(Json &root, const JsonPointer &pointer, Json value)
{
    const Result<ValuePlacement> placement = ValuePlacement::plan(root, pointer, value);
    if (!placement) {
        err(placement.error());
        return false;
    }
    placement->applyTo(root, std::move(value));
    return true;
}

int set(const Arguments &args)
{
    if (args.positional.size() != 3)
        return misuse(QCoreApplication::translate("CommandLine",
                                                  "set takes a bundle directory, a JSON pointer and a JSON value."),
                      findCommand(QStringLiteral("set")));
    const std::optional<JsonPointer> pointer = parsePointer(args.positional.at(1));
    if (!pointer)
        return CommandLine::Failure;
    Result<Json> value = JsonInput::parseValue(args.rawPositional.at(2), SpecFile::MaxDepth);
    if (!value) {
        err(value.error());
        return CommandLine::Failure;
    }
    // Held until the file is written: another `set` reading in between
    // would write back a file without this edit.
    BundleLock lock(args.positional.at(0));
    if (!lock.lock()) {
        err(lock.errorString());
        return CommandLine::Failure;
    }
    SpecFile &file = commandFile();
    if (!readFile(file, args.positional.at(0)) || !place(file.root(), *pointer, std::move(value).value()))
        return CommandLine::Failure;

    // Work in progress may be invalid: report, and save all the same.
    const QList<Finding> findings = Validator::validate(file.root());
    for (const Finding &finding : findings) {
        if (finding.severity == Finding::Severity::Error)
            err(Findings::toText(finding));
    }
    QStringList saveWarnings;
    if (!file.write(QString(), &saveWarnings)) {
        err(file.errorString());
        return CommandLine::Failure;
    }
    for (const QString &warning : saveWarnings)
        err(QCoreApplication::translate("CommandLine", "warning: %1").arg(warning));
    return Findings::hasErrors(findings) ? CommandLine::InvalidBundle : CommandLine::Success;
}

// `new DIR --from-image REF`: runs the import in an event loop, its
// progress on stderr.
int createFromImage(const Arguments &args, const Command *command)
{
    const Result<ImageReference> source = ImageReference::parse(args.value("--from-image"));
    if (!source)
        return misuse(source.error(), command);
    const QString templateId = args.value("--template").isEmpty() ? QStringLiteral("runc") : args.value("--template");
    ImageImporter importer;
    QEventLoop loop;
    int exitCode = CommandLine::Failure;
    QObject::connect(&importer, &ImageImporter::stepStarted, &loop,
                     [](ImageImporter::Step step, int number, int count) {
                         err(QCoreApplication::translate("CommandLine", "[%1/%2] %3")
                                 .arg(number)
                                 .arg(count)
                                 .arg(ImageImporter::stepTitle(step)));
                     });
    QObject::connect(&importer, &ImageImporter::succeeded, &loop, [&](const QString &configPath) {
        out(QCoreApplication::translate("CommandLine", "Created %1 from the image %2 and the %3 template.")
                .arg(QDir::toNativeSeparators(configPath), args.value("--from-image"), templateId));
        exitCode = CommandLine::Success;
        loop.quit();
    });
    QObject::connect(&importer, &ImageImporter::failed, &loop, [&](const QString &message) {
        // The tool's error output follows on lines of its own.
        for (const QString &line : message.split(QLatin1Char('\n')))
            err(line);
        loop.quit();
    });
    const Result<void> started = importer.start(source.value(), templateId, args.positional.first());
    if (!started) {
        err(started.error());
        return CommandLine::Failure;
    }
    loop.exec();
    return exitCode;
}

int create(const Arguments &args)
{
    const Command *command = findCommand(QStringLiteral("new"));
    if (args.positional.size() != 1)
        return misuse(QCoreApplication::translate("CommandLine", "new takes one bundle directory."), command);
    if (args.values.contains(QStringLiteral("--from-image")))
        return createFromImage(args, command);
    const QString templateId = args.value("--template");
    if (templateId.isEmpty())
        return misuse(QCoreApplication::translate("CommandLine", "new needs --template %1.")
                          .arg(BundleTemplates::ids().join(QLatin1Char('|'))),
                      command);
    const Result<QString> created = BundleTemplates::create(templateId, args.positional.first());
    if (!created) {
        err(created.error());
        return CommandLine::Failure;
    }
    out(QCoreApplication::translate("CommandLine", "Created %1 from the %2 template.")
            .arg(QDir::toNativeSeparators(created.value()), templateId));
    return CommandLine::Success;
}

// `diff A B`: the changes from A's config to B's, as lines or as JSON.
int diff(const Arguments &args)
{
    const Command *command = findCommand(QStringLiteral("diff"));
    if (args.positional.size() != 2)
        return misuse(
            QCoreApplication::translate("CommandLine", "diff takes two bundle directories or config.json files."),
            command);
    QString formatProblem;
    const bool json = wantsJson(args, &formatProblem);
    if (!formatProblem.isEmpty())
        return misuse(formatProblem, command);
    SpecFile &before = commandFile();
    SpecFile &after = commandFile();
    for (const auto &[file, path] : {std::pair{&before, args.positional.at(0)}, {&after, args.positional.at(1)}}) {
        if (json && !file->read(path))
            return unreadableAsJson(*file, path);
        if (!json && !readFile(*file, path))
            return CommandLine::Failure;
    }
    const QList<SpecChange> changes =
        SpecDiff::compute(before.root(), after.root(), {.reportOrder = args.flag("--order")});
    if (json) {
        write(stdout, pretty(SpecDiffReport::toJson(changes)));
    } else {
        for (const SpecChange &change : changes)
            out(SpecDiffReport::textLine(change));
    }
    return changes.isEmpty() ? CommandLine::Success : CommandLine::Different;
}

// `help [COMMAND]`
int help(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        printLines(stdout, CommandLine::usage());
        return CommandLine::Success;
    }
    const Command *command = findCommand(arguments.first());
    if (arguments.size() > 1 || !command)
        return misuse(
            QCoreApplication::translate("CommandLine", "help takes one of the commands %1; \"%2\" is none of them.")
                .arg(commandNames(), arguments.join(QLatin1Char(' '))));
    printHelp(*command);
    return CommandLine::Success;
}

// --- what opens the window ------------------------------------------------------

// Options of Qt (QGuiApplication, QApplication; also spelled with "--") and
// which the window takes before its bundle.
bool isWindowOption(const QString &name, bool *takesValue)
{
    static const char *const withValue[] = {
        "platform",    "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry", "qwindowtitle",
        "qwindowicon", "geometry",           "title",         "icon",   "display",         "session",
        "style",       "stylesheet",         "name"};
    static const char *const withoutValue[] = {"reverse", "widgetcount", "nograb", "dograb", "sync"};
    QString bare = name.mid(name.startsWith(QLatin1String("--")) ? 2 : 1);
    for (const char *option : withValue) {
        if (bare == QLatin1String(option)) {
            *takesValue = true;
            return true;
        }
    }
    for (const char *option : withoutValue) {
        if (bare == QLatin1String(option)) {
            *takesValue = false;
            return true;
        }
    }
    return false;
}

} // namespace

QString CommandLine::windowArgumentsProblem(const QStringList &arguments)
{
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!isOption(arg)) {
            positional.append(arg);
            continue;
        }
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        bool takesValue = false;
        if (!isWindowOption(name, &takesValue))
            return QCoreApplication::translate("CommandLine", "Unknown option %1.").arg(name);
        if (takesValue && !arg.contains(QLatin1Char('=')) && ++i >= arguments.size())
            return QCoreApplication::translate("CommandLine", "The option %1 needs a value.").arg(arg);
    }
    if (positional.isEmpty())
        return QString();
    const QString &first = positional.first();
    if (!QFileInfo::exists(first)) {
        return QCoreApplication::translate(
                   "CommandLine",
                   "\"%1\" is neither a command (%2, help) nor an existing bundle directory or config.json.")
            .arg(first, commandNames());
    }
    if (positional.size() > 1)
        return QCoreApplication::translate("CommandLine",
                                           "The window opens one bundle; \"%1\" is one argument too many.")
            .arg(positional.at(1));
    return QString();
}

bool CommandLine::isCommandLineInvocation(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QString first = arguments.value(0);
    if (findCommand(first) || first == QLatin1String("help") || isHelpOption(first)
        || first == QLatin1String("--version"))
        return true;
    return !windowArgumentsProblem(arguments).isEmpty();
}

QString CommandLine::usage(const QString &name)
{
    if (const Command *command = findCommand(name))
        return QCoreApplication::translate("CommandLine", "Usage: %1").arg(synopsisOf(*command))
            + QStringLiteral("\n\n  ")
            + translated(command->description).replace(QLatin1Char('\n'), QStringLiteral("\n  "));
    QStringList lines{
        QCoreApplication::translate("CommandLine", "Usage:"),
        QStringLiteral("  oci-bundle-editor ") + QCoreApplication::translate("CommandLine", "[DIR]"),
        QStringLiteral("      ")
            + QCoreApplication::translate("CommandLine",
                                          "Opens the editor window on a bundle directory or a config.json; without\n"
                                          "DIR, on the demo bundle.")
                  .replace(QLatin1Char('\n'), QStringLiteral("\n      "))};
    for (const Command &command : commands) {
        lines << QStringLiteral("  ") + synopsisOf(command);
        lines << QStringLiteral("      ")
                + translated(command.description).replace(QLatin1Char('\n'), QStringLiteral("\n      "));
    }
    lines << QStringLiteral("  oci-bundle-editor ")
            + QCoreApplication::translate("CommandLine", "help [COMMAND] | --help | --version");
    lines << QString();
    lines << QCoreApplication::translate("CommandLine",
                                         "Exit codes: 0 done; 1 the bundle has validation errors (diff: the configs\n"
                                         "differ); 2 nothing could be done (a usage error, an unreadable bundle, a\n"
                                         "bad pointer or value, a security code with nothing to fix, a failed write).");
    return lines.join(QLatin1Char('\n'));
}

int CommandLine::run(const QList<QByteArray> &raw)
{
    const QList<QByteArray> rawArguments = raw.mid(1);
    QStringList arguments;
    for (const QByteArray &argument : rawArguments) {
        if (!argument.isValidUtf8()) {
            return misuse(QCoreApplication::translate(
                              "CommandLine",
                              "The argument \"%1\" is not valid UTF-8 text; the editor takes UTF-8 arguments only.")
                              .arg(QString::fromUtf8(argument)));
        }
        arguments.append(QString::fromUtf8(argument));
    }
    const QString name = arguments.value(0);
    if (isHelpOption(name)) {
        printLines(stdout, usage());
        return Success;
    }
    if (name == QLatin1String("help"))
        return help(arguments.mid(1));
    if (name == QLatin1String("--version")) {
        out(QStringLiteral("oci-bundle-editor %1").arg(ApplicationIdentity::version()));
        return Success;
    }
    const Command *command = findCommand(name);
    if (!command) {
        const QString problem = windowArgumentsProblem(arguments);
        return misuse(problem.isEmpty() ? QCoreApplication::translate("CommandLine", "No command given.") : problem);
    }
    const Arguments args = parseArguments(*command, rawArguments.mid(1), arguments.mid(1));
    if (!args.error.isEmpty())
        return misuse(args.error, command);
    if (args.help) {
        printHelp(*command);
        return Success;
    }
    return command->run(args);
}
