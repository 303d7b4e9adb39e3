// SPDX-License-Identifier: Apache-2.0
// JsonTreeBuilder against nlohmann's own parser: the same tree, member order
// and types for every input, and the same error at the same byte.
#include "document/jsontreebuilder.h"

#include <QTest>

#include <typeinfo>

namespace {

std::string manyMembers(int count, bool repeatOne)
{
    std::string text = "{";
    for (int i = 0; i < count; ++i)
        text += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ",";
    if (repeatOne)
        text += "\"k3\": \"again\", \"k" + std::to_string(count - 1) + "\": [1], ";
    text += "\"last\": {\"a\": {\"a\": [[], {}, [{}]]}}}";
    return text;
}

} // namespace

class tst_JsonTreeBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameTree_data();
    void sameTree();
    void sameError_data();
    void sameError();
};

void tst_JsonTreeBuilder::sameTree_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("scalar") << QByteArray("42");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("numbers") << QByteArray(
        R"({"i": -7, "u": 18446744073709551615, "f": 1.5e3, "z": -0, "zf": -0.0, "min": -9223372036854775808})");
    QTest::newRow("strings") << QByteArray(
        R"({"a": "caf\u00e9 \"quoted\" \\ \n", "": "", "long": "a string longer than SSO"})");
    QTest::newRow("literals") << QByteArray(R"([true, false, null, [null], {"n": null}])");
    QTest::newRow("order kept") << QByteArray(R"({"z": 1, "a": 2, "m": {"y": 1, "b": 2}})");
    QTest::newRow("nested arrays") << QByteArray("[[[[[[1]]]], [2, [3, [4]]]]]");
    QTest::newRow("key twice, small object") << QByteArray(R"({"a": 1, "b": 2, "a": {"x": 3}, "c": 4, "b": [5]})");
    QTest::newRow("key twice, nested") << QByteArray(R"({"o": {"k": 1, "k": 2, "k": 3}, "o": {"k": 4, "j": 5}})");
    QTest::newRow("many members") << QByteArray::fromStdString(manyMembers(40, false));
    QTest::newRow("many members, keys twice") << QByteArray::fromStdString(manyMembers(40, true));
    QTest::newRow("key twice at the scan limit") << QByteArray::fromStdString(manyMembers(16, true));
    QTest::newRow("whitespace") << QByteArray(" \t\r\n{ \"a\" :\n[ 1 ,2 ] }\n ");
    std::string mounts = R"({"ociVersion": "1.0.2", "mounts": [)";
    for (int i = 0; i < 500; ++i)
        mounts += (i ? "," : "") + std::string(R"({"destination": "/data/volume-)") + std::to_string(i)
            + R"(", "type": "bind", "source": "/srv/)" + std::to_string(i) + R"(", "options": ["rbind", "ro"]})";
    mounts += R"(], "linux": {"namespaces": [{"type": "pid"}]}})";
    QTest::newRow("500 mounts") << QByteArray::fromStdString(mounts);
}

void tst_JsonTreeBuilder::sameTree()
{
    QFETCH(QByteArray, text);
    const Json expected = Json::parse(text.constBegin(), text.constEnd());
    const Json built = JsonTreeBuilder::parse(text.constBegin(), text.constEnd());
    // operator== ignores nothing that matters here except member order and
    // the integer kinds, which dump() and the type checks below show.
    QVERIFY(built == expected);
    QCOMPARE(QByteArray::fromStdString(built.dump()), QByteArray::fromStdString(expected.dump()));
    std::vector<std::pair<const Json *, const Json *>> pending{{&built, &expected}};
    while (!pending.empty()) {
        const auto [a, b] = pending.back();
        pending.pop_back();
        QCOMPARE(int(a->type()), int(b->type()));
        if (a->is_object()) {
            auto x = a->begin();
            for (auto y = b->begin(); y != b->end(); ++x, ++y) {
                QCOMPARE(QString::fromStdString(x.key()), QString::fromStdString(y.key()));
                pending.emplace_back(&x.value(), &y.value());
            }
        } else if (a->is_array()) {
            for (size_t i = 0; i < b->size(); ++i)
                pending.emplace_back(&(*a)[i], &(*b)[i]);
        }
    }
}

void tst_JsonTreeBuilder::sameError_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("trailing comma") << QByteArray(R"({"a": 1,})");
    QTest::newRow("unclosed") << QByteArray(R"({"a": [1, 2)");
    QTest::newRow("two values") << QByteArray("{} {}");
    QTest::newRow("bad literal") << QByteArray(R"({"a": tru})");
    QTest::newRow("comment") << QByteArray("{// no\n}");
    QTest::newRow("control character") << QByteArray("{\"a\": \"x\ty\"}");
    QTest::newRow("byte-order mark alone") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("number out of range") << QByteArray(R"({"big": 1e400})");
}

void tst_JsonTreeBuilder::sameError()
{
    QFETCH(QByteArray, text);
    QString expected;
    int expectedId = 0;
    QByteArray expectedType;
    try {
        Json::parse(text.constBegin(), text.constEnd());
        QFAIL("nlohmann accepted the text");
    } catch (const Json::exception &error) {
        expected = QString::fromUtf8(error.what());
        expectedId = error.id;
        expectedType = typeid(error).name();
    }
    try {
        JsonTreeBuilder::parse(text.constBegin(), text.constEnd());
        QFAIL("the builder accepted the text");
    } catch (const Json::exception &error) {
        // Of its own type too, so that SpecFile can read a parse_error's byte.
        QCOMPARE(QByteArray(typeid(error).name()), expectedType);
        QCOMPARE(error.id, expectedId);
        QCOMPARE(QString::fromUtf8(error.what()), expected);
    }
}

QTEST_APPLESS_MAIN(tst_JsonTreeBuilder)
#include "tst_jsontreebuilder.moc"
