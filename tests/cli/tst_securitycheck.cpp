// SPDX-License-Identifier: Apache-2.0
// check --security and check --fix, run through the real executable.

#include "document/json.h"
#include "processrun.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

ProcessOutcome editor(const QStringList &arguments)
{
    // As on a server: the command line needs no display.
    QProcessEnvironment environment = withoutDisplay();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return runProcess(QStringLiteral(OBE_EDITOR), arguments, QString(), environment);
}

Json parse(const QByteArray &text)
{
    return Json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
}

QStringList codesIn(const Json &security)
{
    QStringList codes;
    for (const Json &finding : security["findings"])
        codes << JsonUtil::toQString(finding["code"].get<std::string>());
    return codes;
}

} // namespace

class tst_SecurityCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void checkWithoutSecurityIsUnchanged();
    void securityAsText();
    void securityAsJson();
    void fixWritesOneChangeAndPrintsIt();
    void severalFixesAtOnce();
    void fixAsJson();
    void refusedFixWritesNothing_data();
    void refusedFixWritesNothing();
    void helpAndMisuse();

private:
    QTemporaryDir m_dir;
    QString m_bundle; // a fresh copy of the runc template per test
    QString m_config;
};

void tst_SecurityCheck::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(OBE_EDITOR)).isExecutable());
    QVERIFY(m_dir.isValid());
}

void tst_SecurityCheck::init()
{
    static int count = 0;
    m_bundle = QDir(m_dir.path()).filePath(QStringLiteral("bundle%1").arg(++count));
    const ProcessOutcome created =
        editor({QStringLiteral("new"), m_bundle, QStringLiteral("--template"), QStringLiteral("runc")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    m_config = m_bundle + QStringLiteral("/config.json");
}

void tst_SecurityCheck::checkWithoutSecurityIsUnchanged()
{
    const ProcessOutcome text = editor({QStringLiteral("check"), m_bundle});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(!text.out.contains("security."));
    QVERIFY(!text.out.contains("Security review"));
    const ProcessOutcome json =
        editor({QStringLiteral("check"), m_bundle, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const Json report = parse(json.out);
    QVERIFY(report.is_object());
    QVERIFY(!report.contains("security"));
}

void tst_SecurityCheck::securityAsText()
{
    const ProcessOutcome outcome = editor({QStringLiteral("check"), QStringLiteral("--security"), m_bundle});
    // Hardening findings are advice: the runc template is valid, so 0.
    QCOMPARE(outcome.exitCode, 0);
    const QString out = QString::fromUtf8(outcome.out);
    QVERIFY2(out.contains(QStringLiteral("\nSecurity review: 5 warnings, 5 notes\n")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral(
                 "Docker Bench §5: failed (6 findings); PSS baseline: failed (1 finding); PSS restricted: failed (4 "
                 "findings); kubesec: failed (5 findings); Trivy: failed (7 findings)")),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("warning: /linux/seccomp: The process has no seccomp filter: every system call "
                                        "is allowed. [security.seccomp.missing]")));
    QVERIFY(out.contains(QStringLiteral("    Fails: Docker Bench 5.22, PSS baseline: Seccomp, PSS restricted: Seccomp, "
                                        "kubesec SeccompAny, Trivy KSV030")));
    QVERIFY(
        out.contains(QStringLiteral("    Fix: Limit the container to 4096 processes (--fix security.resources.pids)")));
    // Explained once per code, though CAP_AUDIT_WRITE and CAP_KILL both fail the same rule.
    QCOMPARE(out.count(QStringLiteral("asks a container to drop every capability")), 1);
    QCOMPARE(out.count(QStringLiteral("[security.capability.outside-restricted]")), 2);
}

void tst_SecurityCheck::securityAsJson()
{
    const ProcessOutcome outcome =
        editor({QStringLiteral("check"), m_bundle, QStringLiteral("--security"), QStringLiteral("--format=json")});
    QCOMPARE(outcome.exitCode, 0);
    const Json report = parse(outcome.out);
    QVERIFY2(report.is_object() && report.contains("security"), outcome.out.constData());
    QVERIFY(report["errors"] == 0);
    const Json &security = report["security"];
    QVERIFY(security["summary"]["warnings"] == 5);
    QVERIFY(security["summary"]["infos"] == 5);
    QCOMPARE(security["summary"]["standards"].size(), size_t(5));
    QVERIFY(security["summary"]["standards"][2]["id"] == "pss-restricted");
    QVERIFY(security["summary"]["standards"][2]["passed"] == false);
    QCOMPARE(security["findings"].size(), size_t(10));
    bool sawFix = false;
    bool sawNoFix = false;
    for (const Json &finding : security["findings"]) {
        QVERIFY(finding["code"].get<std::string>().rfind("security.", 0) == 0);
        QVERIFY(finding["standards"].is_array());
        QVERIFY(!finding["explanation"].get<std::string>().empty());
        QVERIFY(finding["fix"]["available"].is_boolean());
        sawFix = sawFix || finding["fix"]["available"].get<bool>();
        sawNoFix = sawNoFix || !finding["fix"]["available"].get<bool>();
        if (finding["code"] == "security.resources.pids") {
            QVERIFY(finding["fix"]["edits"]
                    == Json::parse(R"([{"op": "set", "pointer": "/linux/resources/pids/limit", "value": 4096}])"));
        }
    }
    QVERIFY(sawFix && sawNoFix);
}

void tst_SecurityCheck::fixWritesOneChangeAndPrintsIt()
{
    const QByteArray before = readFile(m_config);
    const ProcessOutcome outcome =
        editor({QStringLiteral("check"), QStringLiteral("--fix"), QStringLiteral("security.resources.pids"), m_bundle});
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QString out = QString::fromUtf8(outcome.out);
    QVERIFY2(
        out.contains(QStringLiteral(
            "Fixed security.resources.pids at /linux/resources/pids/limit: Limit the container to 4096 processes\n")),
        qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("    Set /linux/resources/pids/limit to 4096\n")));
    QVERIFY(out.contains(QStringLiteral("Saved ")));

    // Only the new member's lines changed, in the file's own layout (tabs).
    const QByteArray after = readFile(m_config);
    QByteArray expected = before;
    expected.replace("\t\t\"resources\": {\n\t\t\t\"devices\": [\n\t\t\t\t{\n\t\t\t\t\t\"allow\": "
                     "false,\n\t\t\t\t\t\"access\": \"rwm\"\n\t\t\t\t}\n\t\t\t]\n\t\t},",
                     "\t\t\"resources\": {\n\t\t\t\"devices\": [\n\t\t\t\t{\n\t\t\t\t\t\"allow\": "
                     "false,\n\t\t\t\t\t\"access\": \"rwm\"\n\t\t\t\t}\n\t\t\t],\n"
                     "\t\t\t\"pids\": {\n\t\t\t\t\"limit\": 4096\n\t\t\t}\n\t\t},");
    QVERIFY(expected != before);
    QCOMPARE(after, expected);

    const ProcessOutcome again = editor({QStringLiteral("check"), QStringLiteral("--security"),
                                         QStringLiteral("--format"), QStringLiteral("json"), m_bundle});
    QVERIFY(!codesIn(parse(again.out)["security"]).contains(QStringLiteral("security.resources.pids")));
}

void tst_SecurityCheck::severalFixesAtOnce()
{
    const ProcessOutcome outcome =
        editor({QStringLiteral("check"), m_bundle, QStringLiteral("--fix"),
                QStringLiteral("security.capability.outside-restricted"),
                QStringLiteral("--fix=security.namespace.host-cgroup"), QStringLiteral("--security")});
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QString out = QString::fromUtf8(outcome.out);
    // Each removal names what it removed.
    QVERIFY2(out.contains(QStringLiteral("    Remove /process/capabilities/ambient/1 (was \"CAP_KILL\")\n")),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("    Add {\"type\":\"cgroup\"} to /linux/namespaces\n")));
    // --security reviews the result.
    QVERIFY(out.contains(QStringLiteral("Security review: 5 warnings, 2 notes\n")));

    const Json config = parse(readFile(m_config));
    for (const char *set : {"bounding", "effective", "permitted", "ambient"})
        QVERIFY(config["process"]["capabilities"][set] == Json::array({"CAP_NET_BIND_SERVICE"}));
    QVERIFY(config["linux"]["namespaces"].back() == Json::parse(R"({"type": "cgroup"})"));
    const ProcessOutcome check = editor({QStringLiteral("check"), m_bundle});
    QCOMPARE(check.exitCode, 0);
}

void tst_SecurityCheck::fixAsJson()
{
    const ProcessOutcome outcome =
        editor({QStringLiteral("check"), m_bundle, QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--fix"), QStringLiteral("security.capability.outside-restricted")});
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const Json report = parse(outcome.out);
    QVERIFY2(report.is_object(), outcome.out.constData());
    QVERIFY(report["bundle"] == JsonUtil::toStd(QFileInfo(m_config).absoluteFilePath()));
    QCOMPARE(report["fixed"].size(), size_t(2)); // CAP_AUDIT_WRITE and CAP_KILL
    QVERIFY(report["fixed"][0]["code"] == "security.capability.outside-restricted");
    QCOMPARE(report["fixed"][0]["edits"].size(), size_t(4)); // one per capability set
    QVERIFY(report["fixed"][0]["edits"][0]["op"] == "remove");
    QVERIFY(report["errors"] == 0);
    QVERIFY(!report.contains("security"));
}

void tst_SecurityCheck::refusedFixWritesNothing_data()
{
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("reason");

    QTest::newRow("unknown code") << QStringList{"security.nope"} << false
                                  << "\"security.nope\" is not a security code";
    QTest::newRow("unknown code, json") << QStringList{"security.nope"} << true
                                        << "\"security.nope\" is not a security code";
    QTest::newRow("validation code") << QStringList{"process.args.empty"} << false << "is not a security code";
    QTest::newRow("code without a fix") << QStringList{"security.resources.memory"} << false
                                        << "security.resources.memory has no automatic fix";
    QTest::newRow("nothing to fix") << QStringList{"security.mount.sensitive"} << false
                                    << "has no finding security.mount.sensitive";
    QTest::newRow("nothing to fix, json")
        << QStringList{"security.root.writable"} << true << "has no finding security.root.writable";
    QTest::newRow("finding without a fix")
        << QStringList{"security.namespace.host-user"} << false << "has no automatic fix";
    QTest::newRow("a good code and an unknown one") << QStringList{"security.resources.pids", "security.nope"} << false
                                                    << "\"security.nope\" is not a security code";
    QTest::newRow("a good code and one with nothing to fix")
        << QStringList{"security.resources.pids", "security.device.block"} << false
        << "has no finding security.device.block";
}

void tst_SecurityCheck::refusedFixWritesNothing()
{
    QFETCH(QStringList, codes);
    QFETCH(bool, json);
    QFETCH(QString, reason);

    const QByteArray before = readFile(m_config);
    const ino_t inode = statOf(m_config).st_ino;
    QStringList arguments{QStringLiteral("check"), m_bundle};
    for (const QString &code : std::as_const(codes))
        arguments << QStringLiteral("--fix") << code;
    if (json)
        arguments << QStringLiteral("--format") << QStringLiteral("json");
    const ProcessOutcome outcome = editor(arguments);
    QCOMPARE(outcome.exitCode, 2);
    if (json) {
        const Json report = parse(outcome.out);
        QVERIFY2(report.is_object() && report.contains("error"), outcome.out.constData());
        QVERIFY(QString::fromStdString(report["error"].get<std::string>()).contains(reason));
        QVERIFY(outcome.err.isEmpty());
    } else {
        QVERIFY2(QString::fromUtf8(outcome.err).contains(reason), outcome.err.constData());
        QVERIFY(outcome.out.isEmpty());
    }
    // Not rewritten with the same bytes either: the file is the one it was.
    QCOMPARE(readFile(m_config), before);
    QCOMPARE(statOf(m_config).st_ino, inode);
}

void tst_SecurityCheck::helpAndMisuse()
{
    const ProcessOutcome help = editor({QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("check DIR [--format text|json] [--security] [--fix CODE]..."));
    QVERIFY(help.out.contains("--security adds a hardening review"));
    const ProcessOutcome all = editor({QStringLiteral("--help")});
    QVERIFY(all.out.contains("--fix CODE (repeatable)"));

    const ProcessOutcome flagWithValue = editor({QStringLiteral("check"), QStringLiteral("--security=yes"), m_bundle});
    QCOMPARE(flagWithValue.exitCode, 2);
    QVERIFY(flagWithValue.err.contains("The option --security takes no value."));
    const ProcessOutcome fixWithoutCode = editor({QStringLiteral("check"), m_bundle, QStringLiteral("--fix")});
    QCOMPARE(fixWithoutCode.exitCode, 2);
    QVERIFY(fixWithoutCode.err.contains("The option --fix needs a value."));
    const ProcessOutcome unreadable =
        editor({QStringLiteral("check"), QStringLiteral("--fix"), QStringLiteral("security.resources.pids"),
                QDir(m_dir.path()).filePath(QStringLiteral("missing"))});
    QCOMPARE(unreadable.exitCode, 2);
    QVERIFY(!unreadable.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SecurityCheck)
#include "tst_securitycheck.moc"
