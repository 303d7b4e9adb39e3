// SPDX-License-Identifier: Apache-2.0
// The headless subcommands, run through the real executable.

#include "cli/commandline.h"
#include "document/json.h"
#include "processrun.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

#include <unistd.h>

namespace {

ProcessOutcome editor(const QStringList &arguments, const QString &workingDirectory = QString())
{
    return runProcess(QStringLiteral(OBE_EDITOR), arguments, workingDirectory);
}

// As on a server: no display of any kind, so a window could only abort.
// A byte a terminal would act on: C0 but the line feed, DEL, and C1 in UTF-8.
bool hasRawControl(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar c = uchar(text.at(i));
        if ((c < 0x20 && c != '\n') || c == 0x7f)
            return true;
        if (c == 0xc2 && i + 1 < text.size() && uchar(text.at(i + 1)) >= 0x80 && uchar(text.at(i + 1)) <= 0x9f)
            return true;
    }
    return false;
}

QStringList lines(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The changed lines of `diff -u a b`, without the headers.
QStringList changedLines(const QString &a, const QString &b)
{
    const ProcessOutcome diff = runProcess(QStringLiteral("diff"), {QStringLiteral("-u"), a, b});
    QStringList lines;
    for (const QByteArray &line : diff.out.split('\n')) {
        if (line.startsWith("---") || line.startsWith("+++"))
            continue;
        if (line.startsWith('-') || line.startsWith('+'))
            lines.append(QString::fromUtf8(line));
    }
    return lines;
}

} // namespace

class tst_CommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodesAndOutput_data();
    void exitCodesAndOutput();
    void checkJsonListsFindings_data();
    void checkJsonListsFindings();
    void checkReportsTheRootFilesystem();
    void getPrintsJson_data();
    void getPrintsJson();
    void pointersListWhatGetTakes_data();
    void pointersListWhatGetTakes();
    void setRefusesWithoutWriting_data();
    void setRefusesWithoutWriting();
    void setChangesOneLine_data();
    void setChangesOneLine();
    void setCreatesMember_data();
    void setCreatesMember();
    void setSavesInvalidWork();
    void dispatchWithoutDisplay_data();
    void dispatchWithoutDisplay();
    void startsWithoutGuiLibraries();
    void windowArguments_data();
    void windowArguments();
    void windowOpensWithItsOptions_data();
    void windowOpensWithItsOptions();
    void checkJsonReportsUnreadable_data();
    void checkJsonReportsUnreadable();
    void controlCharactersShownEscaped();
    void setRefusesInvalidUtf8_data();
    void setRefusesInvalidUtf8();
    void setStoresNumbersExactly_data();
    void setStoresNumbersExactly();
    void unsearchableDirectory();
    void setVeryLongPointer();
    void concurrentSetsKeepEveryEdit();
    void newTemplates_data();
    void newTemplates();

private:
    QString generate(const QString &tool, const QString &directory);

    QTemporaryDir m_dir;
    QString m_valid;
    QString m_invalid;
};

void tst_CommandLine::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(OBE_EDITOR)).isExecutable());
    QVERIFY(m_dir.isValid());
    const QDir dir(m_dir.path());

    m_valid = dir.filePath(QStringLiteral("valid"));
    const ProcessOutcome created =
        editor({QStringLiteral("new"), m_valid, QStringLiteral("--template"), QStringLiteral("runc")});
    QVERIFY2(created.exitCode == 0, created.err.constData());

    // The same bundle with an error: ociVersion must be a string.
    m_invalid = dir.filePath(QStringLiteral("invalid"));
    QVERIFY(dir.mkpath(QStringLiteral("invalid")));
    QByteArray text = readFile(m_valid + QStringLiteral("/config.json"));
    text.replace("\"ociVersion\": \"1.0.2-dev\"", "\"ociVersion\": 102");
    QVERIFY(writeFile(m_invalid + QStringLiteral("/config.json"), text));

    QVERIFY(dir.mkpath(QStringLiteral("empty")));
    QVERIFY(dir.mkpath(QStringLiteral("broken")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("broken/config.json")),
                      "{\n\t\"ociVersion\": \"1.0.0\",\n\t\"hostname\": ,\n}\n"));
    QVERIFY(dir.mkpath(QStringLiteral("array")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("array/config.json")), "[1, 2]\n"));
    QVERIFY(dir.mkpath(QStringLiteral("latin1")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("latin1/config.json")), "{\"hostname\": \"caf\xe9\"}\n"));
    QVERIFY(dir.mkpath(QStringLiteral("deep")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("deep/config.json")),
                      "{\"a\": " + QByteArray(10000, '[') + QByteArray(10000, ']') + "}"));
    QVERIFY(dir.mkpath(QStringLiteral("dirconfig/config.json")));
    QVERIFY(dir.mkpath(QStringLiteral("loop")));
    QVERIFY(QFile::link(QStringLiteral("config.json"), dir.filePath(QStringLiteral("loop/config.json"))));
}

void tst_CommandLine::exitCodesAndOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("inStdout");
    QTest::addColumn<QString>("inStderr");

    // "@valid" and friends stand for the bundles made in initTestCase().
    QTest::newRow("--help") << QStringList{"--help"} << 0 << "check DIR"
                            << "";
    QTest::newRow("help") << QStringList{"help"} << 0 << "set DIR POINTER JSON"
                          << "";
    QTest::newRow("--version") << QStringList{"--version"} << 0 << "oci-bundle-editor "
                               << "";
    QTest::newRow("check valid") << QStringList{"check", "@valid"} << 0 << "0 error"
                                 << "";
    QTest::newRow("check valid json") << QStringList{"check", "@valid", "--format", "json"} << 0 << "\"findings\""
                                      << "";
    QTest::newRow("check --format=json") << QStringList{"check", "--format=json", "@valid"} << 0 << "\"findings\""
                                         << "";
    QTest::newRow("check config.json path") << QStringList{"check", "@valid/config.json"} << 0 << "0 error"
                                            << "";
    QTest::newRow("check invalid") << QStringList{"check", "@invalid"} << 1 << "/ociVersion"
                                   << "";
    QTest::newRow("check invalid json") << QStringList{"check", "@invalid", "--format", "json"} << 1
                                        << "\"/ociVersion\""
                                        << "";
    QTest::newRow("check broken JSON") << QStringList{"check", "@broken"} << 2 << ""
                                       << "line 3";
    QTest::newRow("check no config.json") << QStringList{"check", "@empty"} << 2 << ""
                                          << "config.json";
    QTest::newRow("check missing dir") << QStringList{"check", "@nowhere"} << 2 << ""
                                       << "nowhere";
    QTest::newRow("check not an object") << QStringList{"check", "@array"} << 2 << ""
                                         << "object";
    QTest::newRow("check not UTF-8") << QStringList{"check", "@latin1"} << 2 << ""
                                     << "UTF-8";
    QTest::newRow("check nested 10000 deep") << QStringList{"check", "@deep"} << 2 << ""
                                             << "nested";
    QTest::newRow("check config.json a directory") << QStringList{"check", "@dirconfig"} << 2 << ""
                                                   << "config.json";
    QTest::newRow("check bad format") << QStringList{"check", "@valid", "--format", "xml"} << 2 << ""
                                      << "xml";
    QTest::newRow("check no dir") << QStringList{"check"} << 2 << ""
                                  << "Usage";
    QTest::newRow("check two dirs") << QStringList{"check", "@valid", "@invalid"} << 2 << ""
                                    << "Usage";
    QTest::newRow("check unknown option") << QStringList{"check", "@valid", "--colour"} << 2 << ""
                                          << "--colour";
    QTest::newRow("check option without value") << QStringList{"check", "@valid", "--format"} << 2 << ""
                                                << "--format";
    QTest::newRow("get string") << QStringList{"get", "@valid", "/hostname"} << 0 << "\"runc\""
                                << "";
    QTest::newRow("get array element") << QStringList{"get", "@valid", "/mounts/0/destination"} << 0 << "\"/proc\""
                                       << "";
    QTest::newRow("get whole") << QStringList{"get", "@valid", ""} << 0 << "\"ociVersion\""
                               << "";
    QTest::newRow("get missing member") << QStringList{"get", "@valid", "/nothing"} << 2 << ""
                                        << "/nothing";
    QTest::newRow("get index out of range") << QStringList{"get", "@valid", "/mounts/99"} << 2 << ""
                                            << "/mounts/99";
    QTest::newRow("get not a pointer") << QStringList{"get", "@valid", "hostname"} << 2 << ""
                                       << "pointer";
    QTest::newRow("get bad escape") << QStringList{"get", "@valid", "/a~2b"} << 2 << ""
                                    << "~2 is not a valid escape; use ~0 for ~ and ~1 for /";
    QTest::newRow("get negative number, not an option") << QStringList{"get", "@valid", "-1"} << 2 << ""
                                                        << "\"-1\" is not a JSON pointer";
    QTest::newRow("get ~ at the end") << QStringList{"get", "@valid", "/a~"} << 2 << ""
                                      << "~ is not a valid escape";
    // The operating system's reason, not "has no config.json" or "does not exist".
    QTest::newRow("check through a file") << QStringList{"check", "@valid/config.json/x"} << 2 << ""
                                          << "Not a directory";
    QTest::newRow("check config.json a link loop") << QStringList{"check", "@loop"} << 2 << ""
                                                   << "Too many levels of symbolic links";
    QTest::newRow("get unreadable") << QStringList{"get", "@broken", "/hostname"} << 2 << ""
                                    << "line 3";
    QTest::newRow("get too few") << QStringList{"get", "@valid"} << 2 << ""
                                 << "Usage";
    QTest::newRow("new no template") << QStringList{"new", "@fresh"} << 2 << ""
                                     << "--template";
    QTest::newRow("new unknown template") << QStringList{"new", "@fresh", "--template", "nginx"} << 2 << ""
                                          << "nginx";
    QTest::newRow("new over existing") << QStringList{"new", "@valid", "--template", "runc"} << 2 << ""
                                       << "already exists";
    QTest::newRow("no command") << QStringList{"set"} << 2 << ""
                                << "Usage";
}

void tst_CommandLine::exitCodesAndOutput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, inStdout);
    QFETCH(QString, inStderr);
    for (QString &argument : arguments) {
        if (argument.startsWith(QLatin1Char('@')))
            argument = m_dir.filePath(argument.mid(1));
    }
    const ProcessOutcome outcome = editor(arguments);
    QVERIFY2(outcome.exitCode == exitCode, (outcome.out + outcome.err).constData());
    QVERIFY2(outcome.out.contains(inStdout.toUtf8()), outcome.out.constData());
    QVERIFY2(outcome.err.contains(inStderr.toUtf8()), outcome.err.constData());
    if (exitCode == 2)
        QVERIFY2(!outcome.err.isEmpty(), "a failure must say why");
}

void tst_CommandLine::checkJsonListsFindings_data()
{
    QTest::addColumn<QString>("bundle");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("valid") << "valid" << 0;
    QTest::newRow("invalid") << "invalid" << 1;
}

void tst_CommandLine::checkJsonListsFindings()
{
    QFETCH(QString, bundle);
    QFETCH(int, exitCode);
    const QString dir = m_dir.filePath(bundle);
    const ProcessOutcome json =
        editor({QStringLiteral("check"), dir, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, exitCode);
    const Json report = Json::parse(json.out.constData(), nullptr, false);
    QVERIFY2(report.is_object(), json.out.constData());
    QVERIFY(report["findings"].is_array());

    // Every finding has a pointer that names a value of the bundle, and the
    // text output lists the same findings.
    const Json config = Json::parse(readFile(dir + QStringLiteral("/config.json")).constData());
    const ProcessOutcome text = editor({QStringLiteral("check"), dir});
    int errors = 0;
    for (const Json &finding : report["findings"]) {
        for (const char *key : {"severity", "code", "pointer", "message"})
            QVERIFY2(finding[key].is_string(), finding.dump().c_str());
        const Result<JsonPointer> parsedPointer = JsonUtil::parsePointer(JsonUtil::toQString(finding["pointer"]));
        QVERIFY2(parsedPointer, qPrintable(parsedPointer.error()));
        const JsonPointer pointer = *parsedPointer;
        QVERIFY2(JsonUtil::find(config, pointer), finding.dump().c_str());
        QVERIFY(text.out.contains(finding["pointer"].get<std::string>().c_str()));
        errors += finding["severity"] == "error";
    }
    QCOMPARE(errors > 0, exitCode == 1);
    QCOMPARE(report["errors"].get<int>(), errors);
}

// The root filesystem is part of the bundle: check reads it, and says what
// it finds in both formats.
void tst_CommandLine::checkReportsTheRootFilesystem()
{
    const QString bundle = m_dir.filePath(QStringLiteral("withrootfs"));
    const ProcessOutcome created =
        editor({QStringLiteral("new"), bundle, QStringLiteral("--template"), QStringLiteral("runc")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QVERIFY(QDir(bundle).mkpath(QStringLiteral("rootfs/etc")));
    QVERIFY(writeFile(bundle + QStringLiteral("/rootfs/etc/hostname"), "box\n"));

    // "sh" is in no directory of the PATH.
    const ProcessOutcome text = editor({QStringLiteral("check"), bundle});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("error: /process/args/0: ") && text.out.contains("[rootfs.args.not-found]"),
             text.out.constData());
    const ProcessOutcome json =
        editor({QStringLiteral("check"), bundle, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 1);
    const Json report = Json::parse(json.out.constData(), nullptr, false);
    QVERIFY2(report.is_object(), json.out.constData());
    const auto found = std::find_if(report["findings"].begin(), report["findings"].end(),
                                    [](const Json &f) { return f["code"] == "rootfs.args.not-found"; });
    QVERIFY2(found != report["findings"].end(), json.out.constData());
    QVERIFY((*found)["severity"] == "error");
    QVERIFY((*found)["pointer"] == "/process/args/0");
    QVERIFY(!found->contains("host"));

    // An empty root filesystem is only noted: tools mount the real one later.
    QVERIFY(QDir(bundle + QStringLiteral("/rootfs")).removeRecursively());
    QVERIFY(QDir(bundle).mkpath(QStringLiteral("rootfs")));
    const ProcessOutcome empty = editor({QStringLiteral("check"), bundle});
    QVERIFY2(empty.exitCode == 0, empty.out.constData());
    QVERIFY2(empty.out.contains("info: /root/path: ") && empty.out.contains("[rootfs.empty]"), empty.out.constData());
}

void tst_CommandLine::getPrintsJson_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::newRow("string") << "/hostname";
    QTest::newRow("array") << "/process/args";
    QTest::newRow("object") << "/linux/resources";
    QTest::newRow("boolean") << "/root/readonly";
    QTest::newRow("integer") << "/process/rlimits/0/hard";
    QTest::newRow("root") << "";
}

void tst_CommandLine::getPrintsJson()
{
    QFETCH(QString, pointer);
    const ProcessOutcome outcome = editor({QStringLiteral("get"), m_valid, pointer});
    QCOMPARE(outcome.exitCode, 0);
    const Json printed = Json::parse(outcome.out.constData(), nullptr, false);
    const Json config = Json::parse(readFile(m_valid + QStringLiteral("/config.json")).constData());
    QVERIFY(!printed.is_discarded());
    QVERIFY(printed == config.at(JsonPointer(pointer.toStdString())));
}

void tst_CommandLine::pointersListWhatGetTakes_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("every value") << QString();
    QTest::newRow("a section") << "/process";
    QTest::newRow("part of a name") << "/process/a";
    QTest::newRow("nothing there") << "/nowhere";
}

// Every pointer it prints leads get to a value, each value is listed once,
// in the file's order, and a key with / or ~ is escaped.
void tst_CommandLine::pointersListWhatGetTakes()
{
    QFETCH(QString, prefix);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Json config = Json::parse(readFile(m_valid + QStringLiteral("/config.json")).constData());
    config["annotations"] = {{"org.example/owner~team", "x"}};
    QVERIFY(writeFile(dir.filePath(QStringLiteral("config.json")), QByteArray::fromStdString(config.dump(4))));
    QStringList arguments{QStringLiteral("pointers"), dir.path()};
    if (!prefix.isEmpty())
        arguments << prefix;
    const ProcessOutcome outcome = editor(arguments);
    QCOMPARE(outcome.exitCode, 0);
    const QStringList printed = QString::fromUtf8(outcome.out).split(u'\n', Qt::SkipEmptyParts);

    // What a walk of the parsed file finds, in the file's order.
    QStringList expected;
    const std::function<void(const Json &, const JsonPointer &)> walk = [&](const Json &value, const JsonPointer &at) {
        const QString text = JsonUtil::pointerString(at);
        if (!text.isEmpty() && text.startsWith(prefix))
            expected << text;
        if (value.is_object()) {
            for (auto member = value.begin(); member != value.end(); ++member)
                walk(member.value(), at / member.key());
        } else if (value.is_array()) {
            for (size_t index = 0; index < value.size(); ++index)
                walk(value.at(index), at / index);
        }
    };
    walk(config, JsonPointer());
    QCOMPARE(printed, expected);
    if (prefix.isEmpty()) {
        QVERIFY(printed.contains(QStringLiteral("/annotations/org.example~1owner~0team")));
        QCOMPARE(printed.first(), QStringLiteral("/ociVersion"));
    }
    for (const QString &pointer : printed.mid(0, 5))
        QCOMPARE(editor({QStringLiteral("get"), dir.path(), pointer}).exitCode, 0);
}

void tst_CommandLine::setRefusesWithoutWriting_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("inStderr");
    QTest::newRow("bare word") << QStringList{"/hostname", "hello"} << "not valid JSON";
    QTest::newRow("broken JSON") << QStringList{"/process/args", "[\"sh\","} << "not valid JSON";
    QTest::newRow("two values") << QStringList{"/hostname", "1 2"} << "not valid JSON";
    QTest::newRow("too deep") << QStringList{"/hostname",
                                             QString(10000, QLatin1Char('[')) + QString(10000, QLatin1Char(']'))}
                              << "nested";
    QTest::newRow("not a pointer") << QStringList{"hostname", "\"x\""} << "pointer";
    QTest::newRow("scalar parent") << QStringList{"/hostname/x", "1"} << "/hostname holds a string value";
    QTest::newRow("below a scalar") << QStringList{"/hostname/x/y", "1"} << "/hostname holds a string value";
    QTest::newRow("index past end") << QStringList{"/mounts/42", "{}"} << "/mounts/42";
    QTest::newRow("through an index past end") << QStringList{"/mounts/42/destination", "\"/x\""} << "the array has";
    QTest::newRow("- under a new object")
        << QStringList{"/process/newList/-", "\"x\""} << "there is none at /process/newList";
    QTest::newRow("deeper than a config nests")
        << QStringList{QStringLiteral("/a").repeated(600), "1"} << "a configuration nests at most 512";
    QTest::newRow("root not object") << QStringList{"", "[]"} << "object";
    QTest::newRow("too few") << QStringList{"/hostname"} << "Usage";
    // Values that would not be saved as typed.
    QTest::newRow("integer above uint64")
        << QStringList{"/process/user/uid", "18446744073709551616"} << "outside the range of integers";
    QTest::newRow("integer below int64") << QStringList{"/process/user/uid", "-9223372036854775809"}
                                         << "outside the range of integers";
    QTest::newRow("big integer in a list")
        << QStringList{"/process/args", "[\"a\", 18446744073709551616]"} << "18446744073709551616";
    QTest::newRow("rounded decimal") << QStringList{"/process/oomScoreAdj", "0.10000000000000000000001"}
                                     << "saved as 0.1";
    QTest::newRow("number too large") << QStringList{"/process/oomScoreAdj", "1e999"}
                                      << "1e999 is out of the range of a JSON number";
    QTest::newRow("unknown option") << QStringList{"/hostname", "\"x\"", "--force"} << "--force";
}

void tst_CommandLine::setRefusesWithoutWriting()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, inStderr);
    const QString config = m_valid + QStringLiteral("/config.json");
    const QByteArray before = readFile(config);
    const QDateTime modified = QFileInfo(config).lastModified();
    const ProcessOutcome outcome = editor(QStringList{QStringLiteral("set"), m_valid} + arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(inStderr.toUtf8()), outcome.err.constData());
    QVERIFY2(!outcome.err.contains("json.exception"), outcome.err.constData()); // the library's words are not a message
    QCOMPARE(readFile(config), before);
    QCOMPARE(QFileInfo(config).lastModified(), modified);
}

QString tst_CommandLine::generate(const QString &tool, const QString &directory)
{
    // Returns the bundle directory, or an empty string (after QSKIP-worthy
    // reasons are printed) when the tool is missing or fails.
    QDir().mkpath(directory);
    auto has = [](const char *program) { return !QStandardPaths::findExecutable(QLatin1String(program)).isEmpty(); };
    if (tool == QLatin1String("runc spec") && has("runc"))
        return runProcess(QStringLiteral("runc"), {QStringLiteral("spec")}, directory).exitCode == 0 ? directory
                                                                                                     : QString();
    if (tool == QLatin1String("runc spec --rootless") && has("runc"))
        return runProcess(QStringLiteral("runc"), {QStringLiteral("spec"), QStringLiteral("--rootless")}, directory)
                    .exitCode
                == 0
            ? directory
            : QString();
    if (tool == QLatin1String("crun spec") && has("crun"))
        return runProcess(QStringLiteral("crun"), {QStringLiteral("spec")}, directory).exitCode == 0 ? directory
                                                                                                     : QString();
    if (tool == QLatin1String("umoci unpack") && has("umoci")) {
        const QString umoci = QStringLiteral("umoci");
        const bool ok = runProcess(umoci, {"init", "--layout", "img"}, directory).exitCode == 0
            && runProcess(umoci, {"new", "--image", "img:latest"}, directory).exitCode == 0
            && runProcess(umoci, {"unpack", "--image", "img:latest", "bundle"}, directory).exitCode == 0;
        return ok ? directory + QStringLiteral("/bundle") : QString();
    }
    return QString();
}

void tst_CommandLine::setChangesOneLine_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");
    for (const char *tool : {"runc spec", "runc spec --rootless", "crun spec", "umoci unpack"}) {
        const QByteArray name(tool);
        QTest::newRow(name + ": cwd") << tool << "/process/cwd"
                                      << "\"/srv\"";
        QTest::newRow(name + ": first argument") << tool << "/process/args/0"
                                                 << "\"/bin/bash\"";
        QTest::newRow(name + ": terminal") << tool << "/process/terminal"
                                           << "false";
        QTest::newRow(name + ": first env") << tool << "/process/env/0"
                                            << "\"PATH=/bin\"";
        QTest::newRow(name + ": uid") << tool << "/process/user/uid"
                                      << "4294967295";
        QTest::newRow(name + ": last mount option") << tool << "/mounts/1/options/0"
                                                    << "\"nosuid\\u00e9\"";
    }
}

void tst_CommandLine::setChangesOneLine()
{
    QFETCH(QString, tool);
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QTemporaryDir work;
    const QString bundle = generate(tool, work.filePath(QStringLiteral("gen")));
    if (bundle.isEmpty())
        QSKIP(qPrintable(QStringLiteral("%1 is not available here").arg(tool)));
    const QString config = bundle + QStringLiteral("/config.json");
    const QString original = work.filePath(QStringLiteral("original.json"));
    QVERIFY(QFile::copy(config, original));

    const ProcessOutcome get = editor({QStringLiteral("get"), bundle, pointer});
    QCOMPARE(get.exitCode, 0);
    const ProcessOutcome set = editor({QStringLiteral("set"), bundle, pointer, value});
    QVERIFY2(set.exitCode == 0 || set.exitCode == 1, set.err.constData()); // saved, maybe with findings

    const QStringList changed = changedLines(original, config);
    QCOMPARE(changed.size(), 2);
    QVERIFY(changed.at(0).startsWith(QLatin1Char('-')));
    QVERIFY(changed.at(1).startsWith(QLatin1Char('+')));
    const Json stored = Json::parse(editor({QStringLiteral("get"), bundle, pointer}).out.constData());
    QVERIFY(stored == Json::parse(value.toUtf8().constData()));

    // Setting the old value back gives the generated file byte for byte.
    const QString old = QString::fromUtf8(Json::parse(get.out.constData()).dump().c_str());
    QVERIFY(editor({QStringLiteral("set"), bundle, pointer, old}).exitCode <= 1);
    QCOMPARE(readFile(config), readFile(original));
}

void tst_CommandLine::setCreatesMember_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("addedLines");
    QTest::newRow("object member") << "/linux/resources/pids"
                                   << "{\"limit\": 10}" << 3;
    QTest::newRow("scalar member") << "/domainname"
                                   << "\"example.org\"" << 1;
    QTest::newRow("append with -") << "/process/args/-"
                                   << "\"-l\"" << 1;
    QTest::newRow("append with index") << "/linux/maskedPaths/10"
                                       << "\"/proc/x\"" << 1;
    // Missing parents are created, as the editor creates them.
    QTest::newRow("missing parent") << "/linux/seccomp/defaultAction"
                                    << "\"SCMP_ACT_ERRNO\"" << 3;
}

void tst_CommandLine::setCreatesMember()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(int, addedLines);
    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("b"));
    QCOMPARE(editor({QStringLiteral("new"), bundle, QStringLiteral("--template"), QStringLiteral("runc")}).exitCode, 0);
    const QString config = bundle + QStringLiteral("/config.json");
    const QString original = work.filePath(QStringLiteral("original.json"));
    QVERIFY(QFile::copy(config, original));

    const ProcessOutcome set = editor({QStringLiteral("set"), bundle, pointer, value});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    // New lines, and at most the line before them, which gains a comma.
    const QStringList changed = changedLines(original, config);
    const qsizetype removed =
        std::count_if(changed.begin(), changed.end(), [](const QString &l) { return l.startsWith(QLatin1Char('-')); });
    QVERIFY2(removed <= 1, qPrintable(changed.join(QLatin1Char('\n'))));
    QCOMPARE(changed.size() - 2 * removed, addedLines);
    const Json config2 = Json::parse(readFile(config).constData());
    const JsonPointer at(pointer.endsWith(QLatin1String("/-")) ? "/process/args/1" : pointer.toStdString());
    QVERIFY(config2.at(at) == Json::parse(value.toUtf8().constData()));
}

void tst_CommandLine::setSavesInvalidWork()
{
    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("b"));
    QCOMPARE(editor({QStringLiteral("new"), bundle, QStringLiteral("--template"), QStringLiteral("runc")}).exitCode, 0);
    const ProcessOutcome set =
        editor({QStringLiteral("set"), bundle, QStringLiteral("/ociVersion"), QStringLiteral("7")});
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.err.contains("/ociVersion"), set.err.constData());
    QCOMPARE(editor({QStringLiteral("get"), bundle, QStringLiteral("/ociVersion")}).out.trimmed(), QByteArray("7"));
    QCOMPARE(editor({QStringLiteral("check"), bundle}).exitCode, 1);
}

void tst_CommandLine::newTemplates_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("tool"); // the command whose output the template matches
    QTest::newRow("runc") << "runc"
                          << "runc spec";
    QTest::newRow("rootless") << "rootless"
                              << "runc spec --rootless";
    QTest::newRow("demo") << "demo"
                          << "";
}

void tst_CommandLine::newTemplates()
{
    QFETCH(QString, templateId);
    QFETCH(QString, tool);
    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("new/bundle"));
    const ProcessOutcome created = editor({QStringLiteral("new"), bundle, QStringLiteral("--template"), templateId});
    if (templateId == QLatin1String("demo") && !QFileInfo::exists(QStringLiteral("/bin/busybox"))) {
        QCOMPARE(created.exitCode, 2);
        QVERIFY(created.err.contains("busybox-static"));
        return;
    }
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QVERIFY(created.out.contains("config.json"));
    const ProcessOutcome check = editor({QStringLiteral("check"), bundle});
    QVERIFY2(check.exitCode == 0, check.out.constData());

    if (templateId == QLatin1String("demo")) {
        QVERIFY(QFileInfo(bundle + QStringLiteral("/rootfs/bin/busybox")).isExecutable());
        QVERIFY(QFileInfo(bundle + QStringLiteral("/rootfs/bin/sh")).isSymLink());
        const Json config = Json::parse(readFile(bundle + QStringLiteral("/config.json")).constData());
        QVERIFY(!config["process"].value("terminal", false)); // absent, as Go's encoder leaves a false one out
        QVERIFY(config["hostname"] == "demo");
        QVERIFY(config["root"]["readonly"] == true);
        QVERIFY(config["linux"]["resources"]["memory"]["limit"].is_number_unsigned());
        QVERIFY(config["linux"]["resources"]["pids"]["limit"].is_number_unsigned());
        QVERIFY(!config["annotations"].empty());
        return;
    }

    // Our template matches what the runtime writes today.
    const QString generated = generate(tool, work.filePath(QStringLiteral("generated")));
    if (generated.isEmpty())
        QSKIP("runc is not available here");
    QCOMPARE(readFile(bundle + QStringLiteral("/config.json")), readFile(generated + QStringLiteral("/config.json")));
}

void tst_CommandLine::dispatchWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("inStdout");
    QTest::addColumn<QString>("inStderr");

    // Mistakes are usage errors (2), reported without a window or a display.
    QTest::newRow("typo of a command") << QStringList{"chek", "@valid"} << 2 << ""
                                       << "\"chek\" is neither a command";
    QTest::newRow("missing bundle") << QStringList{"@nowhere"} << 2 << ""
                                    << "nowhere";
    QTest::newRow("two bundles") << QStringList{"@valid", "@invalid"} << 2 << ""
                                 << "one argument too many";
    QTest::newRow("unknown option") << QStringList{"--colour"} << 2 << ""
                                    << "Unknown option --colour";
    QTest::newRow("unknown option and a bundle") << QStringList{"-x", "@valid"} << 2 << ""
                                                 << "Unknown option -x";
    QTest::newRow("Qt option without its value") << QStringList{"-platform"} << 2 << ""
                                                 << "-platform needs a value";
    QTest::newRow("option of another command")
        << QStringList{"get", "@valid", "/hostname", "--format", "json"} << 2 << ""
        << "--format";
    QTest::newRow("single-dash option") << QStringList{"check", "-v", "@valid"} << 2 << ""
                                        << "-v";
    QTest::newRow("help for no command") << QStringList{"help", "chek"} << 2 << ""
                                         << "chek";
    // Help for the program and for each command.
    QTest::newRow("-h") << QStringList{"-h"} << 0 << "new DIR --template"
                        << "";
    QTest::newRow("set --help") << QStringList{"set", "--help"} << 0 << "Usage: oci-bundle-editor set DIR POINTER JSON"
                                << "";
    QTest::newRow("check -h with a bundle")
        << QStringList{"check", "@valid", "-h"} << 0 << "check DIR [--format text|json]"
        << "";
    QTest::newRow("help get") << QStringList{"help", "get"} << 0 << "Usage: oci-bundle-editor get DIR POINTER"
                              << "";
    QTest::newRow("new --help") << QStringList{"new", "--help"} << 0 << "--template runc|rootless|demo"
                                << "";
}

void tst_CommandLine::startsWithoutGuiLibraries()
{
    // The dynamic loader lists what the program would load, and stops. Qt Gui
    // and the fifty libraries it loads would triple the start of every
    // headless command; the window module loads them when a window opens.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1"));
    const ProcessOutcome outcome = runProcess(QStringLiteral(OBE_EDITOR), {}, QString(), environment);
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.out.contains("libQt6Core.so"), outcome.out.constData());
    for (const char *library : {"libQt6Gui.so", "libQt6Widgets.so", "libX11.so", "libfontconfig.so"})
        QVERIFY2(!outcome.out.contains(library), outcome.out.constData());
}

void tst_CommandLine::dispatchWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, inStdout);
    QFETCH(QString, inStderr);
    for (QString &argument : arguments) {
        if (argument.startsWith(QLatin1Char('@')))
            argument = m_dir.filePath(argument.mid(1));
    }
    const ProcessOutcome outcome = runProcess(QStringLiteral(OBE_EDITOR), arguments, QString(), withoutDisplay());
    QVERIFY2(outcome.exitCode == exitCode, (outcome.out + outcome.err).constData());
    QVERIFY2(outcome.out.contains(inStdout.toUtf8()), outcome.out.constData());
    QVERIFY2(outcome.err.contains(inStderr.toUtf8()), outcome.err.constData());
    if (exitCode == 2) {
        // One line of reason, one of usage, and nothing on stdout.
        const QStringList said = lines(outcome.err);
        QVERIFY2(said.size() == 2 && said.at(1).startsWith(QLatin1String("Usage: ")), outcome.err.constData());
        QVERIFY(outcome.out.isEmpty());
    } else {
        QVERIFY(outcome.err.isEmpty());
        if (arguments.size() > 1) // a command's own help, not all of it
            QVERIFY2(outcome.out.count("Usage") == 1 && !outcome.out.contains("--version"), outcome.out.constData());
    }
}

void tst_CommandLine::windowArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("opensWindow");
    QTest::newRow("nothing") << QStringList{} << true;
    QTest::newRow("bundle") << QStringList{"@valid"} << true;
    QTest::newRow("config.json") << QStringList{"@valid/config.json"} << true;
    QTest::newRow("Qt options") << QStringList{"-platform", "offscreen", "--style=fusion", "-reverse", "@valid"}
                                << true;
    QTest::newRow("Qt options with values") << QStringList{"-style", "fusion", "--platform=offscreen"} << true;
    QTest::newRow("test tool option") << QStringList{"--screenshot", "/tmp/x", "@valid"} << false;
    QTest::newRow("typo") << QStringList{"chek", "@valid"} << false;
    QTest::newRow("missing") << QStringList{"@nowhere"} << false;
    QTest::newRow("two") << QStringList{"@valid", "@invalid"} << false;
    QTest::newRow("unknown option") << QStringList{"--colour", "@valid"} << false;
    QTest::newRow("value missing") << QStringList{"@valid", "-style"} << false;
}

void tst_CommandLine::windowArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, opensWindow);
    for (QString &argument : arguments) {
        if (argument.startsWith(QLatin1Char('@')))
            argument = m_dir.filePath(argument.mid(1));
    }
    const QString problem = CommandLine::windowArgumentsProblem(arguments);
    QVERIFY2(problem.isEmpty() == opensWindow, qPrintable(problem));
}

void tst_CommandLine::windowOpensWithItsOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("bundle") << QStringList{"@valid"};
    QTest::newRow("Qt option first") << QStringList{"-platform", "offscreen", "@valid/config.json"};
}

// The other side of the rule: what the window takes still opens it. The
// window runs until closed, so the test waits for the window module to be
// loaded into the process, sees it still running, and ends it.
void tst_CommandLine::windowOpensWithItsOptions()
{
    QFETCH(QStringList, arguments);
    for (QString &argument : arguments) {
        if (argument.startsWith(QLatin1Char('@')))
            argument = m_dir.filePath(argument.mid(1));
    }
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QProcess editor;
    editor.setProcessEnvironment(environment);
    editor.start(QStringLiteral(OBE_EDITOR), arguments);
    QVERIFY(editor.waitForStarted());
    const QString maps = QStringLiteral("/proc/%1/maps").arg(editor.processId());
    auto windowLoaded = [&] {
        QFile file(maps);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains("oci-bundle-editor-window.so");
    };
    QTRY_VERIFY2_WITH_TIMEOUT(windowLoaded() || editor.state() == QProcess::NotRunning,
                              "the window module was not loaded", 30000);
    QTest::qWait(1000);
    QVERIFY2(editor.state() == QProcess::Running && windowLoaded(),
             (editor.readAllStandardOutput() + editor.readAllStandardError()).constData());
    editor.terminate();
    QVERIFY(editor.waitForFinished(10000));
}

void tst_CommandLine::checkJsonReportsUnreadable_data()
{
    QTest::addColumn<QString>("bundle");
    for (const char *bundle : {"broken", "empty", "nowhere", "array", "latin1", "deep", "dirconfig", "loop"})
        QTest::newRow(bundle) << bundle;
}

void tst_CommandLine::checkJsonReportsUnreadable()
{
    QFETCH(QString, bundle);
    const ProcessOutcome outcome =
        editor({QStringLiteral("check"), m_dir.filePath(bundle), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(outcome.exitCode, 2);
    const Json report = Json::parse(outcome.out.constData(), nullptr, false);
    QVERIFY2(report.is_object(), outcome.out.constData());
    QVERIFY(report["error"].is_string() && !report["error"].get<std::string>().empty());
    QVERIFY(report["bundle"].is_string());
    QVERIFY(JsonUtil::toQString(report["bundle"]).startsWith(m_dir.filePath(bundle)));
    QVERIFY2(outcome.err.isEmpty(), outcome.err.constData());
}

void tst_CommandLine::controlCharactersShownEscaped()
{
    // ESC and BEL in a value the findings quote, and in a key given twice,
    // which a warning quotes.
    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("b"));
    QVERIFY(QDir().mkpath(bundle));
    QByteArray text = readFile(m_valid + QStringLiteral("/config.json"));
    text.replace("\"ociVersion\": \"1.0.2-dev\"",
                 "\"ociVersion\": \"1.0\\u001b]0;owned\\u0007\", \"k\\u001b[2J\": 1, \"k\\u001b[2J\": 2");
    QVERIFY(writeFile(bundle + QStringLiteral("/config.json"), text));

    const ProcessOutcome check = editor({QStringLiteral("check"), bundle});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains("1.0\\x1b]0;owned\\x07"), check.out.constData());
    QVERIFY2(check.err.contains("k\\x1b[2J"), check.err.constData());
    QVERIFY(!hasRawControl(check.out));
    QVERIFY(!hasRawControl(check.err));

    // set reports the errors of what it saved; get quotes the pointer it was given.
    const ProcessOutcome set =
        editor({QStringLiteral("set"), bundle, QStringLiteral("/ociVersion"), QStringLiteral("\"\\u009b31m\\r\"")});
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.err.contains("\\x9b31m\\r"), set.err.constData());
    QVERIFY(!hasRawControl(set.err));
    const ProcessOutcome get =
        editor({QStringLiteral("get"), bundle, QStringLiteral("/x") + QChar(0x1b) + QStringLiteral("[2J")});
    QCOMPARE(get.exitCode, 2);
    QVERIFY2(get.err.contains("/x\\x1b[2J"), get.err.constData());
    QVERIFY(!hasRawControl(get.err));
}

void tst_CommandLine::setRefusesInvalidUtf8_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");
    // printf(1) escapes: the shell hands the editor these bytes as they are.
    QTest::newRow("value") << "/hostname"
                           << "\"\\377\"";
    QTest::newRow("value with valid text around") << "/hostname"
                                                  << "\"caf\\351\"";
    QTest::newRow("pointer") << "/annotations/caf\\351"
                             << "\"x\"";
}

void tst_CommandLine::setRefusesInvalidUtf8()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    const QString config = m_valid + QStringLiteral("/config.json");
    const QByteArray before = readFile(config);
    // QProcess can only pass UTF-8; a shell passes any bytes.
    const QString script =
        QStringLiteral("exec \"$0\" set \"$1\" \"$(printf '%1')\" \"$(printf '%2')\"").arg(pointer, value);
    const ProcessOutcome outcome =
        runProcess(QStringLiteral("sh"), {QStringLiteral("-c"), script, QStringLiteral(OBE_EDITOR), m_valid});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains("UTF-8"), outcome.err.constData());
    QCOMPARE(readFile(config), before);
}

void tst_CommandLine::setStoresNumbersExactly_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("uint64 max") << "18446744073709551615";
    QTest::newRow("int64 min") << "-9223372036854775808";
    QTest::newRow("decimal") << "0.1";
    QTest::newRow("trailing zero") << "2.50";
    QTest::newRow("exponent") << "1e3";
    QTest::newRow("in a list") << "[1.25, 18446744073709551615]";
}

void tst_CommandLine::setStoresNumbersExactly()
{
    QFETCH(QString, value);
    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("b"));
    QCOMPARE(editor({QStringLiteral("new"), bundle, QStringLiteral("--template"), QStringLiteral("runc")}).exitCode, 0);
    const ProcessOutcome set = editor({QStringLiteral("set"), bundle, QStringLiteral("/xNumber"), value});
    QVERIFY2(set.exitCode == 0 || set.exitCode == 1, set.err.constData()); // saved, maybe with findings
    const Json config = Json::parse(readFile(bundle + QStringLiteral("/config.json")).constData());
    QVERIFY(config["xNumber"] == Json::parse(value.toUtf8().constData()));
}

// A directory that cannot be searched: as root only another user meets one.
void tst_CommandLine::unsearchableDirectory()
{
    QStringList prefix;
    if (::geteuid() == 0) {
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv(1) to run as another user");
        prefix = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                             QStringLiteral("--clear-groups"), QStringLiteral(OBE_EDITOR)};
        // A build tree below a private directory (a home of mode 0700) is
        // out of that user's reach altogether.
        if (runProcess(QStringLiteral("setpriv"), prefix + QStringList{QStringLiteral("--version")}).exitCode != 0)
            QSKIP("the user nobody cannot run the built editor from here");
    }
    QTemporaryDir work;
    QVERIFY(QFile::setPermissions(work.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QString bundle = work.filePath(QStringLiteral("locked"));
    QCOMPARE(editor({QStringLiteral("new"), bundle, QStringLiteral("--template"), QStringLiteral("runc")}).exitCode, 0);
    QVERIFY(QFile::setPermissions(bundle, QFileDevice::Permissions()));
    const QStringList arguments{QStringLiteral("check"), bundle};
    const ProcessOutcome outcome =
        prefix.isEmpty() ? editor(arguments) : runProcess(QStringLiteral("setpriv"), prefix + arguments);
    QFile::setPermissions(bundle, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains("Permission denied"), outcome.err.constData());
}

// 60,000 tokens, about as long as one argument may be. Finishing within the
// test's timeout is the point; obe-bench measures how the time grows.
void tst_CommandLine::setVeryLongPointer()
{
    QString pointer;
    for (int i = 0; i < 60000; ++i)
        pointer += QStringLiteral("/a");
    const ProcessOutcome set = editor({QStringLiteral("set"), m_valid, pointer, QStringLiteral("1")});
    QCOMPARE(set.exitCode, 2);
    QVERIFY2(set.err.contains("Cannot set a value 60000 levels deep"), set.err.left(200).constData());
    const ProcessOutcome get = editor({QStringLiteral("get"), m_valid, pointer});
    QCOMPARE(get.exitCode, 2);
}

void tst_CommandLine::concurrentSetsKeepEveryEdit()
{
    QTemporaryDir work;
    const QString bundle = work.filePath(QStringLiteral("b"));
    QCOMPARE(editor({QStringLiteral("new"), bundle, QStringLiteral("--template"), QStringLiteral("runc")}).exitCode, 0);
    QCOMPARE(editor({QStringLiteral("set"), bundle, QStringLiteral("/annotations"), QStringLiteral("{}")}).exitCode, 0);

    const int count = 20;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < count; ++i) {
        auto process = std::make_unique<QProcess>();
        // Half of them name the file itself: the lock is on the directory either way.
        const QString target = i % 2 ? bundle : bundle + QStringLiteral("/config.json");
        process->start(QStringLiteral(OBE_EDITOR),
                       {QStringLiteral("set"), target, QStringLiteral("/annotations/k%1").arg(i),
                        QStringLiteral("\"v%1\"").arg(i)});
        processes.push_back(std::move(process));
    }
    for (const auto &process : processes) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAllStandardError().constData());
    }
    const Json config = Json::parse(readFile(bundle + QStringLiteral("/config.json")).constData());
    for (int i = 0; i < count; ++i) {
        const std::string key = "k" + std::to_string(i);
        QVERIFY2(config["annotations"].contains(key), config["annotations"].dump().c_str());
        QVERIFY(config["annotations"][key] == "v" + std::to_string(i));
    }
}

QTEST_GUILESS_MAIN(tst_CommandLine)

#include "tst_commandline.moc"
