#include "commandline.h"

#include "bundle/bundletemplates.h"
#include "json/specfile.h"
#include "spec/finding.h"
#include "spec/validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <cstring>

#ifndef OBE_VERSION
#define OBE_VERSION "unknown"
#endif

namespace {

void write(FILE *stream, const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stream);
}

void out(const QString &text)
{
    write(stdout, text.toUtf8() + '\n');
}

void err(const QString &text)
{
    write(stderr, text.toUtf8() + '\n');
}

int misuse(const QString &problem)
{
    err(problem);
    err(QString());
    err(CommandLine::usage());
    return CommandLine::Failure;
}

// The options after the subcommand: positional arguments and --name value pairs.
struct Arguments
{
    QStringList positional;
    QString format = QStringLiteral("text");
    QString templateId;
    QString error;
};

Arguments parseArguments(const QStringList &list)
{
    Arguments parsed;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &arg = list.at(i);
        QString name = arg;
        QString value;
        const bool isOption = arg.startsWith(QLatin1String("--"));
        if (isOption && arg.contains(QLatin1Char('='))) {
            name = arg.section(QLatin1Char('='), 0, 0);
            value = arg.section(QLatin1Char('='), 1);
        } else if (isOption && arg != QLatin1String("--")) {
            if (i + 1 >= list.size()) {
                parsed.error = QCoreApplication::translate("CommandLine", "The option %1 needs a value.").arg(arg);
                return parsed;
            }
            value = list.at(++i);
        }
        if (name == QLatin1String("--format")) {
            parsed.format = value;
        } else if (name == QLatin1String("--template")) {
            parsed.templateId = value;
        } else if (arg == QLatin1String("--")) {
            parsed.positional += list.mid(i + 1);
            break;
        } else if (isOption) {
            parsed.error = QCoreApplication::translate("CommandLine", "Unknown option %1.").arg(name);
            return parsed;
        } else {
            parsed.positional.append(arg);
        }
    }
    return parsed;
}

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

bool parsePointer(const QString &text, JsonPointer *pointer)
{
    if (JsonUtil::parsePointer(text, pointer))
        return true;
    err(QCoreApplication::translate("CommandLine", "\"%1\" is not a JSON pointer; a pointer is empty or starts with \"/\", e.g. /process/args/0.").arg(text));
    return false;
}

bool parseValue(const QString &text, Json *value)
{
    const QByteArray utf8 = text.toUtf8();
    // nlohmann's parser does not recurse, so depth can be measured while
    // parsing; a value deeper than a document may be is refused like one.
    int deepest = 0;
    const Json::parser_callback_t measureDepth = [&deepest](int depth, Json::parse_event_t, Json &) {
        deepest = std::max(deepest, depth);
        return true;
    };
    try {
        *value = Json::parse(utf8.constBegin(), utf8.constEnd(), measureDepth);
    } catch (const Json::parse_error &error) {
        err(QCoreApplication::translate("CommandLine", "The value %1 is not valid JSON (at character %2). Strings need quotes: '\"text\"'.")
                .arg(text)
                .arg(error.byte));
        return false;
    } catch (const Json::exception &error) {
        err(QCoreApplication::translate("CommandLine", "The value %1 is not valid JSON: %2").arg(text, QString::fromUtf8(error.what())));
        return false;
    }
    if (deepest > SpecFile::MaxDepth) {
        err(QCoreApplication::translate("CommandLine", "The value is nested more than %1 levels deep.").arg(SpecFile::MaxDepth));
        return false;
    }
    return true;
}

QByteArray pretty(const Json &value)
{
    const std::string text = value.dump(2, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size())) + '\n';
}

int check(const Arguments &args)
{
    if (args.positional.size() != 1)
        return misuse(QCoreApplication::translate("CommandLine", "check takes one bundle directory."));
    const bool json = args.format == QLatin1String("json");
    if (!json && args.format != QLatin1String("text"))
        return misuse(QCoreApplication::translate("CommandLine", "Unknown format \"%1\"; use text or json.").arg(args.format));

    SpecFile &file = commandFile();
    if (!readFile(file, args.positional.first()))
        return CommandLine::Failure;
    // The bytes again, for what runc's JSON decoder refuses beyond the tree,
    // and the bundle directory, for the checks against this machine.
    ValidationContext context;
    context.bundleDirectory = QFileInfo(file.filePath()).absolutePath();
    if (QFile source(file.filePath()); source.open(QIODevice::ReadOnly))
        context.sourceText = source.readAll();
    const QList<Finding> findings = Validator::validate(file.root(), context);
    if (json) {
        Json report = Findings::toJson(findings);
        report["bundle"] = JsonUtil::toStd(file.filePath());
        write(stdout, pretty(report));
    } else {
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
    }
    return Findings::hasErrors(findings) ? CommandLine::InvalidBundle : CommandLine::Success;
}

int get(const Arguments &args)
{
    if (args.positional.size() != 2)
        return misuse(QCoreApplication::translate("CommandLine", "get takes a bundle directory and a JSON pointer."));
    SpecFile &file = commandFile();
    JsonPointer pointer;
    if (!readFile(file, args.positional.at(0)) || !parsePointer(args.positional.at(1), &pointer))
        return CommandLine::Failure;
    const Json *value = JsonUtil::find(file.root(), pointer);
    if (!value) {
        err(QCoreApplication::translate("CommandLine", "%1 has no value at %2.").arg(QDir::toNativeSeparators(file.filePath()), args.positional.at(1)));
        return CommandLine::Failure;
    }
    write(stdout, pretty(*value));
    return CommandLine::Success;
}

// Sets or creates the value; only the member itself may be new, its parent
// must exist. Returns false (after saying why) when the pointer cannot name
// a place in this document.
bool place(Json &root, const JsonPointer &pointer, const QString &pointerText, Json value)
{
    if (pointer.empty()) {
        if (!value.is_object()) {
            err(QCoreApplication::translate("CommandLine", "The whole configuration must be a JSON object."));
            return false;
        }
        root = std::move(value);
        return true;
    }
    if (Json *existing = JsonUtil::find(root, pointer)) {
        *existing = std::move(value);
        return true;
    }
    const JsonPointer parentPointer = pointer.parent_pointer();
    Json *parent = JsonUtil::find(root, parentPointer);
    const QString parentText = parentPointer.empty() ? QStringLiteral("/") : JsonUtil::pointerString(parentPointer);
    if (!parent) {
        err(QCoreApplication::translate("CommandLine", "Cannot set %1: there is nothing at %2; set that first.")
                .arg(pointerText, parentText));
        return false;
    }
    if (!parent->is_object() && !parent->is_array()) {
        err(QCoreApplication::translate("CommandLine", "Cannot set %1: %2 holds a %3 value, not an object or array.")
                .arg(pointerText, parentText, JsonUtil::typeName(*parent)));
        return false;
    }
    // A new member goes last, as in the editor.
    if (parent->is_object()) {
        (*parent)[pointer.back()] = std::move(value);
        return true;
    }
    // Arrays: "-" or the index one past the end appends.
    const int size = int(parent->size());
    if (pointer.back() == "-" || JsonUtil::lastIndex(pointer) == size) {
        parent->push_back(std::move(value));
        return true;
    }
    err(QCoreApplication::translate("CommandLine", "Cannot set %1: the array has %n element(s); use an index below that, or \"-\" to append.", nullptr, size)
            .arg(pointerText));
    return false;
}

int set(const Arguments &args)
{
    if (args.positional.size() != 3)
        return misuse(QCoreApplication::translate("CommandLine", "set takes a bundle directory, a JSON pointer and a JSON value."));
    SpecFile &file = commandFile();
    JsonPointer pointer;
    Json value;
    if (!readFile(file, args.positional.at(0)) || !parsePointer(args.positional.at(1), &pointer)
        || !parseValue(args.positional.at(2), &value)) {
        return CommandLine::Failure;
    }
    if (!place(file.root(), pointer, args.positional.at(1), std::move(value)))
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

int create(const Arguments &args)
{
    if (args.positional.size() != 1)
        return misuse(QCoreApplication::translate("CommandLine", "new takes one bundle directory."));
    if (args.templateId.isEmpty())
        return misuse(QCoreApplication::translate("CommandLine", "new needs --template %1.").arg(BundleTemplates::ids().join(QLatin1Char('|'))));
    const Result<QString> created = BundleTemplates::create(args.templateId, args.positional.first());
    if (!created) {
        err(created.error());
        return CommandLine::Failure;
    }
    out(QCoreApplication::translate("CommandLine", "Created %1 from the %2 template.").arg(QDir::toNativeSeparators(created.value()), args.templateId));
    return CommandLine::Success;
}

const char *const subcommands[] = {"check", "get", "set", "new", "help", "--help", "-h", "--version"};

} // namespace

bool CommandLine::isCommandLineInvocation(int argc, char **argv)
{
    if (argc < 2 || !argv[1])
        return false;
    for (const char *name : subcommands) {
        if (std::strcmp(argv[1], name) == 0)
            return true;
    }
    return false;
}

QString CommandLine::usage()
{
    return QCoreApplication::translate("CommandLine", "Usage:\n"
              "  oci-bundle-editor [DIR]                       open the editor\n"
              "  oci-bundle-editor check DIR [--format text|json]\n"
              "                     validate DIR/config.json; exit 0 without errors (warnings allowed),\n"
              "                     1 with errors, 2 when the bundle cannot be read\n"
              "  oci-bundle-editor get DIR POINTER\n"
              "                     print the value at a JSON pointer, e.g. /process/args\n"
              "  oci-bundle-editor set DIR POINTER JSON\n"
              "                     set a value (JSON text: '\"text\"', 42, '[\"a\"]'), report validation\n"
              "                     errors and save anyway, changing only that value's lines;\n"
              "                     exit 0, 1 when the result has errors, 2 when nothing was written\n"
              "  oci-bundle-editor new DIR --template runc|rootless|demo\n"
              "                     create a bundle; demo adds a busybox rootfs that runs with runc\n"
              "  oci-bundle-editor --help | --version");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const Arguments args = parseArguments(arguments.mid(2));
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out(usage());
        return Success;
    }
    if (command == QLatin1String("--version")) {
        const QString version = QCoreApplication::applicationVersion();
        out(QStringLiteral("oci-bundle-editor %1").arg(version.isEmpty() ? QStringLiteral(OBE_VERSION) : version));
        return Success;
    }
    if (!args.error.isEmpty())
        return misuse(args.error);
    if (command == QLatin1String("check"))
        return check(args);
    if (command == QLatin1String("get"))
        return get(args);
    if (command == QLatin1String("set"))
        return set(args);
    if (command == QLatin1String("new"))
        return create(args);
    return misuse(command.isEmpty() ? QCoreApplication::translate("CommandLine", "No command given.") : QCoreApplication::translate("CommandLine", "Unknown command \"%1\".").arg(command));
}

void CommandLine::setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("oci-bundle-editor"));
    QCoreApplication::setApplicationName(QStringLiteral("oci-bundle-editor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OBE_VERSION));
}
