// SPDX-License-Identifier: Apache-2.0
// The runtime's JSON log: only the lines of the failed command, in order.
#include "runtime/runtimelog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_RuntimeLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void readsOnlyNewLines();
};

void tst_RuntimeLog::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<RuntimeLogEntry>>("expected");

    QTest::newRow("runc") << QByteArray(
        R"({"level":"error","msg":"container does not exist","time":"2026-11-27T19:36:34Z"})"
        "\n") << QList<RuntimeLogEntry>{{"error", "container does not exist", "2026-11-27T19:36:34Z"}};
    QTest::newRow("crun order of keys")
        << QByteArray(R"({"msg":"cgroups in hybrid mode not supported","level":"error","time":"t"})")
        << QList<RuntimeLogEntry>{{"error", "cgroups in hybrid mode not supported", "t"}};
    QTest::newRow("two lines, blank between")
        << QByteArray("{\"level\":\"warning\",\"msg\":\"a\"}\n\n{\"level\":\"error\",\"msg\":\"b\"}\n")
        << QList<RuntimeLogEntry>{{"warning", "a", ""}, {"error", "b", ""}};
    QTest::newRow("text line") << QByteArray("time=\"x\" level=error msg=\"boom\"\n")
                               << QList<RuntimeLogEntry>{{"", "time=\"x\" level=error msg=\"boom\"", ""}};
    QTest::newRow("non-string message") << QByteArray(R"({"level":"info","msg":42})")
                                        << QList<RuntimeLogEntry>{{"info", "42", ""}};
    QTest::newRow("empty") << QByteArray() << QList<RuntimeLogEntry>{};
}

void tst_RuntimeLog::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<RuntimeLogEntry>, expected);
    QCOMPARE(RuntimeLogReader::parse(text), expected);
}

void tst_RuntimeLog::readsOnlyNewLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runtime.log"));
    RuntimeLogReader reader(path);
    reader.mark(); // no file yet
    QVERIFY(reader.readNew().isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    file.write("{\"level\":\"error\",\"msg\":\"old\"}\n");
    file.flush();
    reader.mark();
    file.write("{\"level\":\"error\",\"msg\":\"new\"}\n");
    file.flush();
    const QList<RuntimeLogEntry> entries = reader.readNew();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().message, QStringLiteral("new"));
    QVERIFY(reader.readNew().isEmpty());
    QCOMPARE(RuntimeLogReader::format({{"error", "x", ""}, {"", "y", ""}}), QStringLiteral("error: x\ny"));
}

QTEST_APPLESS_MAIN(tst_RuntimeLog)
#include "tst_runtimelog.moc"
