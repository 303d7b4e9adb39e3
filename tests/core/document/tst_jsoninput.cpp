// SPDX-License-Identifier: Apache-2.0
// JSON pointers and values as a user types them: the messages for each
// fault, values that would not be stored as typed, and pointers long enough
// that anything quadratic would not finish; and the rows pointer tokens name.
#include "document/json.h"
#include "document/jsoninput.h"

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
    void childRows_data();
    void childRows();
    void valuesKeptExactly_data();
    void valuesKeptExactly();
    void valuesRefused_data();
    void valuesRefused();
    void sameDecimal_data();
    void sameDecimal();
};

void tst_JsonInput::pointerFaults_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // a part of the message
    QTest::newRow("no slash") << "hostname"
                              << "starts with \"/\"";
    QTest::newRow("~2") << "/a~2"
                        << "~2 is not a valid escape; use ~0 for ~ and ~1 for /";
    QTest::newRow("~ at the end") << "/a~"
                                  << ": ~ is not a valid escape";
    QTest::newRow("~ before /") << "/a~/b"
                                << ": ~ is not a valid escape";
    QTest::newRow("~x in a later token") << "/a/b~x"
                                         << "~x is not a valid escape";
}

void tst_JsonInput::pointerFaults()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Result<JsonPointer> pointer = JsonUtil::parsePointer(text);
    QVERIFY(!pointer);
    QVERIFY2(pointer.error().contains(message), qPrintable(pointer.error()));
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
    const Result<JsonPointer> parsedPointer = JsonUtil::parsePointer(text);
    QVERIFY2(parsedPointer, qPrintable(parsedPointer.error()));
    const JsonPointer pointer = *parsedPointer;
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
    const Result<JsonPointer> parsedPointer = JsonUtil::parsePointer(text);
    QVERIFY2(parsedPointer, qPrintable(parsedPointer.error()));
    const JsonPointer pointer = *parsedPointer;
    QCOMPARE(JsonUtil::tokens(pointer).size(), size_t(count));
    QCOMPARE(JsonUtil::pointerString(pointer), text);

    const Json root = Json::parse(R"({"a": {"a": {"b": 1}}})");
    QCOMPARE(JsonUtil::find(root, pointer), nullptr);
    QCOMPARE(JsonUtil::resolvedDepth(root, pointer), size_t(2));
    QVERIFY(JsonUtil::startsWith(pointer, JsonPointer("/a/a")));
    QVERIFY(!JsonUtil::startsWith(JsonPointer("/a/a"), pointer));
}

void tst_JsonInput::childRows_data()
{
    QTest::addColumn<QByteArray>("container");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("row");
    QTest::addColumn<QByteArray>("child"); // as JSON text; empty for none

    const QByteArray object = R"({"b": 1, "a": [2], "0": 3})";
    QTest::newRow("first member") << object << "b" << 0 << QByteArray("1");
    QTest::newRow("members in file order") << object << "a" << 1 << QByteArray("[2]");
    QTest::newRow("a key that looks like an index") << object << "0" << 2 << QByteArray("3");
    QTest::newRow("missing member") << object << "c" << -1 << QByteArray();
    QTest::newRow("empty key") << object << "" << -1 << QByteArray();
    const QByteArray array = R"(["x", {"y": 1}])";
    QTest::newRow("first element") << array << "0" << 0 << QByteArray("\"x\"");
    QTest::newRow("last element") << array << "1" << 1 << QByteArray(R"({"y":1})");
    QTest::newRow("index past the end") << array << "2" << -1 << QByteArray();
    QTest::newRow("append token") << array << "-" << -1 << QByteArray();
    QTest::newRow("leading zero") << array << "01" << -1 << QByteArray();
    QTest::newRow("member name in an array") << array << "y" << -1 << QByteArray();
    QTest::newRow("scalar") << QByteArray("\"text\"") << "0" << -1 << QByteArray();
    QTest::newRow("empty object") << QByteArray("{}") << "a" << -1 << QByteArray();
}

void tst_JsonInput::childRows()
{
    QFETCH(QByteArray, container);
    QFETCH(QString, token);
    QFETCH(int, row);
    QFETCH(QByteArray, child);
    const Json json = Json::parse(container.constData());
    QCOMPARE(JsonUtil::childRow(json, JsonUtil::toStd(token)), row);
    if (json.is_object())
        QCOMPARE(JsonUtil::memberRow(json, JsonUtil::toStd(token)), row);
    const Json *found = JsonUtil::childAt(json, row);
    QCOMPARE(found ? QByteArray::fromStdString(found->dump()) : QByteArray(), child);
    // The row leads back to the same child the pointer names.
    if (row >= 0)
        QCOMPARE(found, JsonUtil::find(json, JsonPointer() / JsonUtil::toStd(token)));
}

void tst_JsonInput::valuesKeptExactly_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("uint64 max") << QByteArray("18446744073709551615");
    QTest::newRow("int64 min") << QByteArray("-9223372036854775808");
    QTest::newRow("decimal") << QByteArray("0.1");
    QTest::newRow("trailing zero") << QByteArray("1.50");
    QTest::newRow("exponent") << QByteArray("1e3");
    QTest::newRow("small") << QByteArray("-2.5E-300");
    QTest::newRow("largest double") << QByteArray("1.7976931348623157e308");
    QTest::newRow("negative zero") << QByteArray("-0.0");
    QTest::newRow("string") << QByteArray("\"caf\xc3\xa9\"");
    QTest::newRow("nested") << QByteArray("{\"a\": [1, 2.25, {\"b\": 18446744073709551615}]}");
}

void tst_JsonInput::valuesKeptExactly()
{
    QFETCH(QByteArray, text);
    const Result<Json> value = JsonInput::parseValue(text, 512);
    QVERIFY2(value, qPrintable(value.error()));
    QVERIFY(*value == Json::parse(text.constData()));
}

void tst_JsonInput::valuesRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("above uint64") << QByteArray("18446744073709551616") << "outside the range of integers";
    QTest::newRow("below int64") << QByteArray("-9223372036854775809") << "outside the range of integers";
    QTest::newRow("nested big integer") << QByteArray("[1, 99999999999999999999]") << "99999999999999999999";
    QTest::newRow("rounded decimal") << QByteArray("0.10000000000000000000001") << "saved as 0.1";
    QTest::newRow("too many digits") << QByteArray("3.141592653589793238") << "cannot be stored exactly";
    QTest::newRow("underflow") << QByteArray("1e-400") << "saved as 0.0";
    QTest::newRow("overflow") << QByteArray("1e999") << "1e999 is out of the range of a JSON number";
    QTest::newRow("negative overflow") << QByteArray("-1e999") << "-1e999 is out of the range";
    QTest::newRow("not UTF-8") << QByteArray("\"\xff\"") << "UTF-8";
    QTest::newRow("overlong UTF-8") << QByteArray("\"\xc0\xaf\"") << "UTF-8";
    QTest::newRow("bare word") << QByteArray("hello") << "not valid JSON";
    QTest::newRow("two values") << QByteArray("1 2") << "not valid JSON";
    QTest::newRow("too deep") << QByteArray(600, '[') + QByteArray(600, ']') << "nested more than 512";
}

void tst_JsonInput::valuesRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const Result<Json> value = JsonInput::parseValue(text, 512);
    QVERIFY(!value);
    QVERIFY2(value.error().contains(message), qPrintable(value.error()));
    QVERIFY2(!value.error().contains(QLatin1String("json.exception")), qPrintable(value.error()));
}

void tst_JsonInput::sameDecimal_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("1e3 1000.0") << "1e3"
                                << "1000.0" << true;
    QTest::newRow("1.50 1.5") << "1.50"
                              << "1.5" << true;
    QTest::newRow("0.001 1e-3") << "0.001"
                                << "1e-3" << true;
    QTest::newRow("0 -0.0") << "0"
                            << "-0.0" << true;
    QTest::newRow("1E+2 100") << "1E+2"
                              << "100" << true;
    QTest::newRow("sign") << "-1.5"
                          << "1.5" << false;
    QTest::newRow("rounded") << "0.1000000000000000000001"
                             << "0.1" << false;
    QTest::newRow("scale") << "1e3"
                           << "100.0" << false;
}

void tst_JsonInput::sameDecimal()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(JsonInput::sameDecimal(a.toStdString(), b.toStdString()), same);
    QCOMPARE(JsonInput::sameDecimal(b.toStdString(), a.toStdString()), same);
}

QTEST_GUILESS_MAIN(tst_JsonInput)

#include "tst_jsoninput.moc"
