// SPDX-License-Identifier: Apache-2.0
#include "runtime/shellwords.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

class TestShellWords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void refused_data();
    void refused();
    void joinRoundTrips_data();
    void joinRoundTrips();
};

void TestShellWords::split_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("blanks") << QStringLiteral("  ps   aux ") << QStringList{"ps", "aux"};
    QTest::newRow("single quotes") << QStringLiteral("sh -c 'echo hello'") << QStringList{"sh", "-c", "echo hello"};
    QTest::newRow("double quotes") << QStringLiteral("sh -c \"echo $HOME\"") << QStringList{"sh", "-c", "echo $HOME"};
    QTest::newRow("no expansion") << QStringLiteral("echo $HOME *") << QStringList{"echo", "$HOME", "*"};
    QTest::newRow("backslash blank") << QStringLiteral("ls my\\ dir") << QStringList{"ls", "my dir"};
    QTest::newRow("backslash in double quotes")
        << QStringLiteral("echo \"a\\\"b\\n\"") << QStringList{"echo", "a\"b\\n"};
    QTest::newRow("backslash in single quotes") << QStringLiteral("echo 'a\\b'") << QStringList{"echo", "a\\b"};
    QTest::newRow("empty word") << QStringLiteral("printf '' x") << QStringList{"printf", "", "x"};
    QTest::newRow("joined quotes") << QStringLiteral("a'b'\"c\"d") << QStringList{"abcd"};
    QTest::newRow("nothing") << QStringLiteral("   ") << QStringList();
}

void TestShellWords::split()
{
    QFETCH(QString, line);
    QFETCH(QStringList, words);
    const Result<QStringList> result = ShellWords::split(line);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(*result, words);
}

void TestShellWords::refused_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("open single") << QStringLiteral("sh -c 'echo") << QStringLiteral("single quote");
    QTest::newRow("open double") << QStringLiteral("echo \"a") << QStringLiteral("double quote");
    QTest::newRow("trailing backslash") << QStringLiteral("echo a\\") << QStringLiteral("backslash");
}

void TestShellWords::refused()
{
    QFETCH(QString, line);
    QFETCH(QString, reason);
    const Result<QStringList> result = ShellWords::split(line);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(reason), qPrintable(result.error()));
}

void TestShellWords::joinRoundTrips_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::newRow("plain") << QStringList{"/bin/sh", "-c", "true"};
    QTest::newRow("blanks and quotes") << QStringList{"sh", "-c", "echo 'it''s' \"$x\" a\\b"};
    QTest::newRow("empty") << QStringList{"printf", "", "%s\n"};
    QTest::newRow("apostrophe") << QStringList{"echo", "it's"};
}

void TestShellWords::joinRoundTrips()
{
    QFETCH(QStringList, words);
    const QString line = ShellWords::join(words);
    const Result<QStringList> back = ShellWords::split(line);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(*back, words);

    // A real shell reads the joined line as the same words.
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    if (sh.isEmpty())
        QSKIP("no sh");
    QProcess shell;
    shell.start(sh,
                {QStringLiteral("-c"),
                 QStringLiteral("for w in ") + line + QStringLiteral("; do printf '%s\\0' \"$w\"; done")});
    QVERIFY(shell.waitForFinished());
    QStringList fromShell = QString::fromUtf8(shell.readAllStandardOutput()).split(QChar(0));
    fromShell.removeLast(); // after the last NUL
    QCOMPARE(fromShell, words);
}

QTEST_GUILESS_MAIN(TestShellWords)
#include "tst_shellwords.moc"
