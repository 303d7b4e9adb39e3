// SPDX-License-Identifier: Apache-2.0
// The Exec form's request as the process.json "runc exec --process" reads.
#include "runtime/execrequest.h"

#include <QTest>

class tst_ExecRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problem_data();
    void problem();
    void processJson();
};

void tst_ExecRequest::problem_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("cwd");
    QTest::addColumn<bool>("ok");

    QTest::newRow("fine") << QStringList{"sh"} << QStringList{"A=1"} << "/" << true;
    QTest::newRow("empty cwd means /") << QStringList{"sh"} << QStringList() << "" << true;
    QTest::newRow("no program") << QStringList() << QStringList() << "/" << false;
    QTest::newRow("empty program") << QStringList{""} << QStringList() << "/" << false;
    QTest::newRow("relative cwd") << QStringList{"sh"} << QStringList() << "tmp" << false;
    QTest::newRow("env without =") << QStringList{"sh"} << QStringList{"A"} << "/" << false;
    QTest::newRow("env without name") << QStringList{"sh"} << QStringList{"=1"} << "/" << false;
}

void tst_ExecRequest::problem()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QString, cwd);
    QFETCH(bool, ok);
    ExecRequest request;
    request.args = args;
    request.env = env;
    request.cwd = cwd;
    QCOMPARE(request.problem().isEmpty(), ok);
}

void tst_ExecRequest::processJson()
{
    ExecRequest request;
    request.args = {QStringLiteral("ls"), QStringLiteral("-l")};
    request.cwd = QStringLiteral("/tmp");
    request.uid = 1000;
    request.gid = 100;
    request.terminal = true;
    const Json base = Json::parse(R"({"terminal":false,"consoleSize":{"height":1,"width":2},
        "user":{"uid":0,"gid":0,"additionalGids":[5]},"args":["sh"],"env":["PATH=/bin"],"cwd":"/",
        "capabilities":{"bounding":["CAP_KILL"]},"noNewPrivileges":true})");
    const Json process = request.toProcessJson(base);
    const Json expected = Json::parse(R"({"terminal":true,
        "user":{"uid":1000,"gid":100,"additionalGids":[5]},"args":["ls","-l"],"env":["PATH=/bin"],"cwd":"/tmp",
        "capabilities":{"bounding":["CAP_KILL"]},"noNewPrivileges":true})");
    QVERIFY2(process == expected, process.dump().c_str());

    request.env = {QStringLiteral("A=1")};
    QVERIFY(request.toProcessJson(base)["env"] == Json({"A=1"}));
    QVERIFY(request.toProcessJson(Json("not an object"))["args"] == Json({"ls", "-l"}));
}

QTEST_APPLESS_MAIN(tst_ExecRequest)
#include "tst_execrequest.moc"
