// SPDX-License-Identifier: Apache-2.0
#include "run/execform.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

class TestExecForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestRoundTrips_data();
    void requestRoundTrips();
    void typedCommand_data();
    void typedCommand();
    void idBoxesKeepTheirWidth_data();
    void idBoxesKeepTheirWidth();
};

void TestExecForm::requestRoundTrips_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<quint32>("uid");
    QTest::addColumn<bool>("terminal");

    QTest::newRow("plain") << QStringList{QStringLiteral("ps"), QStringLiteral("aux")} << QStringList() << 0u << false;
    QTest::newRow("quoted word") << QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo a b")}
                                 << QStringList{QStringLiteral("A=1"), QStringLiteral("B=two words")} << 1000u << true;
    QTest::newRow("largest id") << QStringList{QStringLiteral("id")} << QStringList() << 2147483647u << false;
}

void TestExecForm::requestRoundTrips()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(quint32, uid);
    QFETCH(bool, terminal);

    ExecRequest request;
    request.args = args;
    request.env = env;
    request.cwd = QStringLiteral("/tmp");
    request.uid = uid;
    request.gid = uid;
    request.terminal = terminal;

    ExecForm form;
    form.setRequest(request);
    QSignalSpy requested(&form, &ExecForm::execRequested);
    form.findChild<QLineEdit *>(QStringLiteral("execCommand"))->setFocus();
    QTest::keyClick(form.findChild<QLineEdit *>(QStringLiteral("execCommand")), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    const auto sent = requested.first().first().value<ExecRequest>();
    QCOMPARE(sent.args, args);
    QCOMPARE(sent.env, env);
    QCOMPARE(sent.cwd, QStringLiteral("/tmp"));
    QCOMPARE(sent.uid, uid);
    QCOMPARE(sent.gid, uid);
    QCOMPARE(sent.terminal, terminal);
}

void TestExecForm::typedCommand_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("args"); // empty: nothing is sent
    QTest::newRow("the placeholder's example")
        << QStringLiteral("sh -c 'echo hello'")
        << QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hello")};
    QTest::newRow("open quote") << QStringLiteral("sh -c 'echo hello") << QStringList();
}

void TestExecForm::typedCommand()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, args);
    ExecForm form;
    QSignalSpy requested(&form, &ExecForm::execRequested);
    auto command = form.findChild<QLineEdit *>(QStringLiteral("execCommand"));
    QTest::keyClicks(command, typed);
    QTest::keyClick(command, Qt::Key_Return);
    QCOMPARE(requested.count(), args.isEmpty() ? 0 : 1);
    if (!args.isEmpty())
        QCOMPARE(requested.first().first().value<ExecRequest>().args, args);
    else
        QVERIFY(command->toolTip().contains(QLatin1Char('\'')));
}

void TestExecForm::idBoxesKeepTheirWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("1024x700 window") << 900;
    QTest::newRow("1920x1080 window") << 1800;
}

void TestExecForm::idBoxesKeepTheirWidth()
{
    QFETCH(int, width);
    ExecForm form;
    form.resize(width, 400);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto command = form.findChild<QLineEdit *>(QStringLiteral("execCommand"));
    for (const char *name : {"execUid", "execGid"}) {
        auto box = form.findChild<QSpinBox *>(QString::fromLatin1(name));
        QVERIFY(box);
        // Wide enough for the largest ID, and no wider than twice that.
        const int digits = box->fontMetrics().horizontalAdvance(QStringLiteral("2147483647"));
        QVERIFY2(box->width() >= digits, name);
        QVERIFY2(box->width() <= 2 * digits + 60, qPrintable(QString::number(box->width())));
    }
    // The command still takes the width.
    QVERIFY(command->width() > width / 2);
}

QTEST_MAIN(TestExecForm)
#include "tst_execform.moc"
