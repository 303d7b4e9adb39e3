// SPDX-License-Identifier: Apache-2.0
// `diff A B`, run through the real executable on configs runc wrote.

#include "document/json.h"
#include "processrun.h"
#include "testfiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace {

ProcessOutcome editor(const QStringList &arguments)
{
    QProcessEnvironment environment = withoutDisplay();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return runProcess(QStringLiteral(OBE_EDITOR), arguments, QString(), environment);
}

Json parse(const QByteArray &text)
{
    return Json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
}

QByteArray dump(const Json &value, int indent)
{
    const std::string text = value.dump(indent);
    return QByteArray(text.data(), qsizetype(text.size())) + '\n';
}

} // namespace

class tst_DiffCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void textFormat();
    void jsonFormat();
    void unreadableAsJson();
    void orderOption();
    void helpNamesIt();

private:
    // A bundle directory (with config.json only) holding `config`, written with `indent`.
    QString bundleWith(const QString &name, const Json &config, int indent = 4);

    QTemporaryDir m_dir;
    QString m_runc;     // what `runc spec` wrote
    QString m_rootless; // what `runc spec --rootless` wrote
    Json m_config;      // m_runc's config
};

QString tst_DiffCommand::bundleWith(const QString &name, const Json &config, int indent)
{
    const QString directory = QDir(m_dir.path()).filePath(name);
    QDir().mkpath(directory);
    writeFile(directory + QStringLiteral("/config.json"), dump(config, indent));
    return directory;
}

void tst_DiffCommand::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(OBE_EDITOR)).isExecutable());
    QVERIFY(m_dir.isValid());
    m_runc = QDir(m_dir.path()).filePath(QStringLiteral("runc"));
    m_rootless = QDir(m_dir.path()).filePath(QStringLiteral("rootless"));
    QVERIFY(QDir().mkpath(m_runc) && QDir().mkpath(m_rootless));
    QCOMPARE(runProcess(QStringLiteral("runc"), {QStringLiteral("spec")}, m_runc).exitCode, 0);
    QCOMPARE(
        runProcess(QStringLiteral("runc"), {QStringLiteral("spec"), QStringLiteral("--rootless")}, m_rootless).exitCode,
        0);
    m_config = parse(readFile(m_runc + QStringLiteral("/config.json")));
    QVERIFY(m_config.is_object());
}

void tst_DiffCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments"); // RUNC, ROOTLESS, REFORMATTED, BROKEN stand for bundles
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorText");

    QTest::newRow("same bundle, dir and file") << QStringList{"diff", "RUNC", "RUNC/config.json"} << 0 << QString();
    QTest::newRow("same config, other layout") << QStringList{"diff", "RUNC", "REFORMATTED"} << 0 << QString();
    QTest::newRow("same, as json") << QStringList{"diff", "RUNC", "REFORMATTED", "--format", "json"} << 0 << QString();
    QTest::newRow("different") << QStringList{"diff", "RUNC", "ROOTLESS"} << 1 << QString();
    QTest::newRow("different, as json") << QStringList{"diff", "--format=json", "RUNC", "ROOTLESS"} << 1 << QString();
    QTest::newRow("second does not parse")
        << QStringList{"diff", "RUNC", "BROKEN"} << 2 << QStringLiteral("broken/config.json: line 3, column 17:");
    QTest::newRow("first does not parse")
        << QStringList{"diff", "BROKEN", "RUNC"} << 2 << QStringLiteral("broken/config.json: line 3, column 17:");
    QTest::newRow("missing") << QStringList{"diff", "RUNC", "RUNC/nothing"} << 2 << QStringLiteral("does not exist");
    QTest::newRow("one bundle") << QStringList{"diff", "RUNC"} << 2
                                << QStringLiteral("diff takes two bundle directories or config.json files.");
    QTest::newRow("three bundles") << QStringList{"diff", "RUNC", "RUNC", "RUNC"} << 2
                                   << QStringLiteral("Usage: oci-bundle-editor diff A B");
    QTest::newRow("unknown format") << QStringList{"diff", "RUNC", "ROOTLESS", "--format", "yaml"} << 2
                                    << QStringLiteral("Unknown format \"yaml\"; use text or json.");
    QTest::newRow("unknown option") << QStringList{"diff", "RUNC", "ROOTLESS", "--security"} << 2
                                    << QStringLiteral("Unknown option --security for diff.");
}

void tst_DiffCommand::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, errorText);
    const QString reformatted = bundleWith(QStringLiteral("reformatted"), m_config, 1);
    const QString broken = QDir(m_dir.path()).filePath(QStringLiteral("broken"));
    QDir().mkpath(broken);
    QVERIFY(writeFile(broken + QStringLiteral("/config.json"),
                      "{\n  \"ociVersion\": \"1.0.2\",\n  \"process\": [1,,]\n}\n"));
    for (QString &argument : arguments) {
        argument.replace(QLatin1String("REFORMATTED"), reformatted);
        argument.replace(QLatin1String("ROOTLESS"), m_rootless);
        argument.replace(QLatin1String("RUNC"), m_runc);
        argument.replace(QLatin1String("BROKEN"), broken);
    }
    const ProcessOutcome outcome = editor(arguments);
    QCOMPARE(outcome.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(outcome.err).contains(errorText), outcome.err.constData());
    if (exitCode == 2 && !arguments.contains(QStringLiteral("json")))
        QVERIFY(outcome.out.isEmpty());
    if (exitCode == 0)
        QVERIFY(outcome.out.isEmpty() || parse(outcome.out) == Json::array());
}

void tst_DiffCommand::textFormat()
{
    Json edited = m_config;
    edited["process"]["args"][0] = "bash";
    edited["process"]["terminal"] = "yes";
    edited["mounts"].insert(
        edited["mounts"].begin() + 3,
        Json{{"destination", "/data"}, {"type", "bind"}, {"source", "/srv/data"}, {"options", {"rbind"}}});
    edited["process"]["env"][1] = "TERM=dumb";
    edited["linux"].erase("maskedPaths");
    const ProcessOutcome outcome = editor({QStringLiteral("diff"), m_runc, bundleWith(QStringLiteral("text"), edited)});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY(outcome.err.isEmpty());
    const QStringList lines = QString::fromUtf8(outcome.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList expected{
        QStringLiteral("~ /process/terminal  Terminal  true \u2192 \"yes\" (boolean \u2192 string)"),
        QStringLiteral("~ /process/args/0  Argument  \"sh\" \u2192 \"bash\""),
        QStringLiteral("~ /process/env/1 (TERM)  Variable  \"TERM=xterm\" \u2192 \"TERM=dumb\""),
        QStringLiteral("+ /mounts/3 (destination /data)  Mount  {\u2026}"),
        QStringLiteral("- /linux/maskedPaths  Masked paths  [\u2026]"),
    };
    QCOMPARE(lines, expected);
}

void tst_DiffCommand::jsonFormat()
{
    const ProcessOutcome outcome =
        editor({QStringLiteral("diff"), m_runc, m_rootless, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(outcome.exitCode, 1);
    const Json changes = parse(outcome.out);
    QVERIFY2(changes.is_array(), outcome.out.constData());
    QCOMPARE(changes.size(), size_t(9));
    for (const Json &change : changes) {
        QVERIFY(change["op"].is_string());
        QVERIFY(change["path"].get<std::string>().starts_with('/'));
        QVERIFY(!change["title"].get<std::string>().empty());
        QCOMPARE(change.contains("old"), change["op"] != "add");
        QCOMPARE(change.contains("new"), change["op"] != "remove");
    }
    QVERIFY(changes[1] == parse(R"({"op": "change", "path": "/mounts/5/type", "title": "Filesystem type",
                                    "location": "Mounts › /sys › Filesystem type", "key": "destination /sys",
                                    "old": "sysfs", "new": "none"})"));
    QVERIFY(changes[5]["op"] == "remove" && changes[5]["key"] == "type network");
    QVERIFY(changes[8]["op"] == "add" && changes[8]["path"] == "/linux/gidMappings"
            && changes[8]["new"] == parse(R"([{"containerID": 0, "hostID": 0, "size": 1}])"));
}

void tst_DiffCommand::unreadableAsJson()
{
    const QString missing = QDir(m_dir.path()).filePath(QStringLiteral("missing"));
    const ProcessOutcome outcome =
        editor({QStringLiteral("diff"), m_runc, missing, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(outcome.exitCode, 2);
    const Json report = parse(outcome.out);
    QVERIFY2(report.is_object(), outcome.out.constData());
    QVERIFY(report["error"].get<std::string>().find("does not exist") != std::string::npos);
    QCOMPARE(JsonUtil::toQString(report["bundle"].get<std::string>()), missing);
}

void tst_DiffCommand::orderOption()
{
    // The same members, the top level and process written backwards.
    Json shuffled = Json::object();
    std::vector<std::string> keys;
    for (const auto &member : m_config.items())
        keys.push_back(member.key());
    for (auto key = keys.rbegin(); key != keys.rend(); ++key)
        shuffled[*key] = m_config[*key];
    Json process = Json::object();
    const Json &original = m_config["process"];
    std::vector<std::string> processKeys;
    for (const auto &member : original.items())
        processKeys.push_back(member.key());
    for (auto key = processKeys.rbegin(); key != processKeys.rend(); ++key)
        process[*key] = original[*key];
    shuffled["process"] = process;
    const QString bundle = bundleWith(QStringLiteral("shuffled"), shuffled);

    const ProcessOutcome plain = editor({QStringLiteral("diff"), m_runc, bundle});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.isEmpty());

    const ProcessOutcome ordered = editor({QStringLiteral("diff"), m_runc, bundle, QStringLiteral("--order")});
    QCOMPARE(ordered.exitCode, 1);
    const QStringList lines = QString::fromUtf8(ordered.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("= (top level)  Configuration  member order ociVersion, process, ")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("= /process  Process  member order terminal, user, ")),
             qPrintable(lines.at(1)));
}

void tst_DiffCommand::helpNamesIt()
{
    const ProcessOutcome help = editor({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("oci-bundle-editor diff A B [--format text|json] [--order]"));
    const ProcessOutcome misuse = editor({QStringLiteral("dif")});
    QCOMPARE(misuse.exitCode, 2);
    QVERIFY(misuse.err.contains("(check, get, set, new, diff, pointers, help)"));
}

QTEST_GUILESS_MAIN(tst_DiffCommand)
#include "tst_diffcommand.moc"
