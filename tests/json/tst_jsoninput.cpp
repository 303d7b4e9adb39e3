// JSON pointers as a user types them: the messages for each fault, and
// pointers long enough that anything quadratic would not finish.
#include "json/json.h"

#include <QTest>

class tst_JsonInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointerFaults_data();
    void pointerFaults();
    void pointerRoundTrip_data();
    void pointerRoundTrip();
    void longPointers();
};

void tst_JsonInput::pointerFaults_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // a part of the message
    QTest::newRow("no slash") << "hostname" << "starts with \"/\"";
    QTest::newRow("~2") << "/a~2" << "~2 is not a valid escape; use ~0 for ~ and ~1 for /";
    QTest::newRow("~ at the end") << "/a~" << ": ~ is not a valid escape";
    QTest::newRow("~ before /") << "/a~/b" << ": ~ is not a valid escape";
    QTest::newRow("~x in a later token") << "/a/b~x" << "~x is not a valid escape";
}

void tst_JsonInput::pointerFaults()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    JsonPointer pointer("/kept");
    QString error;
    QVERIFY(!JsonUtil::parsePointer(text, &pointer, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(JsonUtil::pointerString(pointer), QStringLiteral("/kept"));
}

void tst_JsonInput::pointerRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("root") << "" << QStringList{};
    QTest::newRow("empty key") << "/" << QStringList{""};
    QTest::newRow("plain") << "/process/args/0" << QStringList{"process", "args", "0"};
    QTest::newRow("escapes") << "/a~1b/c~0d/~01" << QStringList{"a/b", "c~d", "~1"};
    QTest::newRow("empty tokens") << "//x//" << QStringList{"", "x", "", ""};
}

void tst_JsonInput::pointerRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    JsonPointer pointer;
    QVERIFY(JsonUtil::parsePointer(text, &pointer));
    QStringList parsed;
    for (const std::string &token : JsonUtil::tokens(pointer))
        parsed << JsonUtil::toQString(token);
    QCOMPARE(parsed, tokens);
    QCOMPARE(JsonUtil::pointerString(pointer), text);
    QCOMPARE(JsonUtil::pointerString(pointer), JsonUtil::toQString(pointer.to_string()));
}

// A million tokens: linear work takes a fraction of a second; the quadratic
// walks this replaced (a parent_pointer() copy per token) would not end
// within the test's timeout.
void tst_JsonInput::longPointers()
{
    const int count = 1000000;
    QString text;
    text.reserve(2 * count);
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("/a");
    JsonPointer pointer;
    QVERIFY(JsonUtil::parsePointer(text, &pointer));
    QCOMPARE(JsonUtil::tokens(pointer).size(), size_t(count));
    QCOMPARE(JsonUtil::pointerString(pointer), text);

    const Json root = Json::parse(R"({"a": {"a": {"b": 1}}})");
    QCOMPARE(JsonUtil::find(root, pointer), nullptr);
    QCOMPARE(JsonUtil::resolvedDepth(root, pointer), size_t(2));
    QVERIFY(JsonUtil::startsWith(pointer, JsonPointer("/a/a")));
    QVERIFY(!JsonUtil::startsWith(JsonPointer("/a/a"), pointer));
}

QTEST_GUILESS_MAIN(tst_JsonInput)

#include "tst_jsoninput.moc"
