// SPDX-License-Identifier: Apache-2.0
#include "document/jsontextdiff.h"
#include "document/jsontextmap.h"
#include "document/specdocument.h"

#include <QTest>

#include <algorithm>

namespace {

// Layout a hand-written file might have: four spaces, a one-line array,
// spellings that plain rendering would change.
const QByteArray config = R"({
    "ociVersion": "1.0.2",
    "process": {
        "user": {"uid": 0, "gid": 0},
        "args": ["sh", "-c", "sleep 1"],
        "cwd": "/caf\u00e9",
        "terminal": false
    },
    "hostname": "box",
    "x-limit": 1.50
}
)";

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = text.indexOf(from);
    Q_ASSERT(at >= 0);
    return text.replace(at, from.size(), to);
}

} // namespace

class TestJsonText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsPointersToRanges_data();
    void mapsPointersToRanges();
    void mapOfBrokenTextKeepsWhatCameBefore();
    void entryAtFindsTheInnermost();
    void contextAtTheCursor_data();
    void contextAtTheCursor();
    void typedTextBecomesOneUndoStep_data();
    void typedTextBecomesOneUndoStep();
    void editsAreTheFewest_data();
    void editsAreTheFewest();
    void parseErrorsSayWhere_data();
    void parseErrorsSayWhere();
    void formatWritesOneValueAsTheFile_data();
    void formatWritesOneValueAsTheFile();
    void replacedValueMapsLikeAScan_data();
    void replacedValueMapsLikeAScan();
    void replaceValueRefusesWhatIsNotOneValue();
    void oneValueParsesAlone_data();
    void oneValueParsesAlone();
    void editsBelowAPointer();
};

void TestJsonText::mapsPointersToRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("key");   // the key's text with quotes; empty for none
    QTest::addColumn<QString>("value"); // the value's text

    const QString nested = QStringLiteral(R"({"a": 1, "b": [true, {"c~d": "x"}], "e/f": null})");
    QTest::newRow("root") << nested << ""
                          << "" << nested;
    QTest::newRow("member") << nested << "/a"
                            << "\"a\""
                            << "1";
    QTest::newRow("array") << nested << "/b"
                           << "\"b\""
                           << R"([true, {"c~d": "x"}])";
    QTest::newRow("element") << nested << "/b/0"
                             << ""
                             << "true";
    QTest::newRow("~0 in a nested object") << nested << "/b/1/c~0d"
                                           << "\"c~d\""
                                           << "\"x\"";
    QTest::newRow("~1") << nested << "/e~1f"
                        << "\"e/f\""
                        << "null";
    const QString unicode =
        QStringLiteral("{\n\t\"\u00fcn\u00ef\U0001F600\": \"\U0001F600x\",\n\t\"k\": [3, -1.5e3]\n}\n");
    QTest::newRow("unicode key") << unicode << "/\u00fcn\u00ef\U0001F600"
                                 << "\"\u00fcn\u00ef\U0001F600\""
                                 << "\"\U0001F600x\"";
    QTest::newRow("after unicode") << unicode << "/k/1"
                                   << ""
                                   << "-1.5e3";
    const QString escaped = QStringLiteral(R"({"caf\u00e9": {"a\"b": [[], {}]}})");
    QTest::newRow("escaped key") << escaped << "/caf\u00e9"
                                 << R"("caf\u00e9")"
                                 << R"({"a\"b": [[], {}]})";
    QTest::newRow("escaped quote") << escaped << "/caf\u00e9/a\"b/1"
                                   << ""
                                   << "{}";
}

void TestJsonText::mapsPointersToRanges()
{
    QFETCH(QString, text);
    QFETCH(QString, pointer);
    QFETCH(QString, key);
    QFETCH(QString, value);

    const JsonTextMap map = JsonTextMap::scan(text);
    QVERIFY(map.isComplete());
    const JsonTextMap::Entry *entry = map.entryFor(JsonUtil::toStd(pointer));
    QVERIFY(entry);
    QCOMPARE(entry->keyStart < 0 ? QString() : text.mid(entry->keyStart, entry->keyEnd - entry->keyStart), key);
    QCOMPARE(text.mid(entry->valueStart, entry->valueEnd - entry->valueStart), value);
}

void TestJsonText::mapOfBrokenTextKeepsWhatCameBefore()
{
    const QString text = QStringLiteral(R"({"a": 1, "b": [1, 2 "c": 3})");
    const JsonTextMap map = JsonTextMap::scan(text);
    QVERIFY(!map.isComplete());
    QVERIFY(map.entryFor("/a"));
    QVERIFY(map.entryFor("/b/1"));
    QVERIFY(!map.entryFor("/c"));
    // Containers that never close reach to the end.
    QCOMPARE(map.entryFor("/b")->valueEnd, text.size());
}

void TestJsonText::entryAtFindsTheInnermost()
{
    const QString text = QStringLiteral(R"({"mounts": [{"destination": "/proc"}]})");
    const JsonTextMap map = JsonTextMap::scan(text);
    const qsizetype inValue = text.indexOf(QLatin1String("/proc"));
    QCOMPARE(JsonUtil::toQString(map.entryAt(inValue)->pointer), QStringLiteral("/mounts/0/destination"));
    QVERIFY(!map.keyAt(inValue));
    const qsizetype inKey = text.indexOf(QLatin1String("destination"));
    QCOMPARE(JsonUtil::toQString(map.keyAt(inKey)->pointer), QStringLiteral("/mounts/0/destination"));
    QCOMPARE(JsonUtil::toQString(map.entryAt(text.indexOf(QLatin1Char('[')))->pointer), QStringLiteral("/mounts"));
    QCOMPARE(JsonUtil::toQString(map.entryAt(0)->pointer), QStringLiteral(""));
    QVERIFY(!map.entryAt(text.size()));
}

void TestJsonText::contextAtTheCursor_data()
{
    QTest::addColumn<QString>("text"); // the context is asked for at its end
    QTest::addColumn<int>("expect");
    QTest::addColumn<QString>("pointer");

    const int key = int(JsonTextMap::Context::Expect::Key);
    const int value = int(JsonTextMap::Context::Expect::Value);
    const int nothing = int(JsonTextMap::Context::Expect::Nothing);
    QTest::newRow("first key") << R"({"process": {)" << key << "/process";
    QTest::newRow("next key") << R"({"process": {"cwd": "/",)" << key << "/process";
    QTest::newRow("value") << R"({"linux": {"namespaces": [{"type": )" << value << "/linux/namespaces/0/type";
    QTest::newRow("second element") << R"({"process": {"args": ["sh", )" << value << "/process/args/1";
    QTest::newRow("after a value") << R"({"hostname": "a")" << nothing << "";
    QTest::newRow("broken") << R"({"a" 1, )" << nothing << "";
}

void TestJsonText::contextAtTheCursor()
{
    QFETCH(QString, text);
    QFETCH(int, expect);
    QFETCH(QString, pointer);

    const QString full = text + QStringLiteral(R"("x": 1}]}})");
    const JsonTextMap::Context context = JsonTextMap::contextAt(full, text.size());
    QCOMPARE(int(context.expect), expect);
    QCOMPARE(JsonUtil::toQString(context.pointer), pointer);
}

void TestJsonText::typedTextBecomesOneUndoStep_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QByteArray>("broken"); // typed first, not parsing; empty for none
    QTest::addColumn<QByteArray>("saved");  // what Save writes for to; empty when exactly to

    QTest::newRow("change a number") << QByteArray(R"("uid": 0)") << QByteArray(R"("uid": 1000)") << QByteArray()
                                     << QByteArray();
    QTest::newRow("rename a key") << QByteArray(R"("hostname")") << QByteArray(R"("domainname")") << QByteArray()
                                  << QByteArray();
    QTest::newRow("add a member") << QByteArray("\"terminal\": false\n")
                                  << QByteArray("\"terminal\": false,\n        \"umask\": 18\n") << QByteArray()
                                  << QByteArray();
    QTest::newRow("delete an array element") << QByteArray(R"(["sh", "-c", "sleep 1"])")
                                             << QByteArray(R"(["sh", "sleep 1"])") << QByteArray() << QByteArray();
    QTest::newRow("break the syntax and fix it")
        << QByteArray(R"("hostname": "box")") << QByteArray(R"("hostname": "web")") << QByteArray(R"("hostname": "web)")
        << QByteArray();
    // The edited value's own escapes are not kept: JsonFormat learns
    // spellings when a file is read, and the value changed. Save writes it
    // plainly, the text then shows that, and every other value keeps its own.
    QTest::newRow("an escape in the edited value")
        << QByteArray(R"("cwd": "/caf\u00e9")") << QByteArray(R"("cwd": "/caf\u00e9s")") << QByteArray()
        << QByteArray("\"cwd\": \"/caf\xc3\xa9s\"");
}

void TestJsonText::typedTextBecomesOneUndoStep()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QByteArray, broken);
    QFETCH(QByteArray, saved);

    SpecDocument document;
    QVERIFY(document.loadFromData(config));
    QCOMPARE(document.toJson(), config);
    Json typed;
    JsonTextDiff::ParseError error;
    if (!broken.isEmpty()) {
        QVERIFY(!JsonTextDiff::parse(QString::fromUtf8(replaced(config, from, broken)), SpecDocument::MaxDepth, &typed,
                                     &error));
        QVERIFY(!error.message.isEmpty());
    }
    const QByteArray typedText = replaced(config, from, to);
    QVERIFY2(JsonTextDiff::parse(QString::fromUtf8(typedText), SpecDocument::MaxDepth, &typed, &error),
             qPrintable(error.message));
    const QByteArray expected = saved.isEmpty() ? typedText : replaced(config, from, saved);
    QVERIFY(JsonTextDiff::apply(&document, typed) > 0);
    // Only the typed bytes changed, and one undo brings the old file back.
    QCOMPARE(document.toJson(), expected);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.toJson(), config);
    document.undoStack()->redo();
    QCOMPARE(document.toJson(), expected);
}

void TestJsonText::editsAreTheFewest_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QByteArray>("edits"); // JsonEdits::toJson of each, as one array

    QTest::newRow("equal") << QByteArray(R"({"a": [1]})") << QByteArray(R"({"a": [1]})") << QByteArray("[]");
    QTest::newRow("scalar") << QByteArray(R"({"a": {"b": 1, "c": 2}})") << QByteArray(R"({"a": {"b": 1, "c": 3}})")
                            << QByteArray(R"([{"op":"set","pointer":"/a/c","value":3}])");
    QTest::newRow("member added at the end") << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": 1, "b": 2})")
                                             << QByteArray(R"([{"op":"set","pointer":"/b","value":2}])");
    QTest::newRow("member removed") << QByteArray(R"({"a": 1, "b": 2})") << QByteArray(R"({"b": 2})")
                                    << QByteArray(R"([{"op":"remove","pointer":"/a"}])");
    QTest::newRow("key renamed: the object")
        << QByteArray(R"({"o": {"a": 1, "b": 2}})") << QByteArray(R"({"o": {"x": 1, "b": 2}})")
        << QByteArray(R"([{"op":"set","pointer":"/o","value":{"x":1,"b":2}}])");
    QTest::newRow("elements removed") << QByteArray(R"([1, 2, 3, 4])") << QByteArray(R"([1, 4])")
                                      << QByteArray(
                                             R"([{"op":"remove","pointer":"/1"},{"op":"remove","pointer":"/2"}])");
    QTest::newRow("elements appended")
        << QByteArray(R"({"a": [1]})") << QByteArray(R"({"a": [1, 2, 3]})")
        << QByteArray(R"([{"op":"append","pointer":"/a","value":2},{"op":"append","pointer":"/a","value":3}])");
    QTest::newRow("element inserted: the array") << QByteArray(R"({"a": [1, 3]})") << QByteArray(R"({"a": [1, 2, 3]})")
                                                 << QByteArray(R"([{"op":"set","pointer":"/a","value":[1,2,3]}])");
    QTest::newRow("type changed") << QByteArray(R"({"a": [1]})") << QByteArray(R"({"a": {}})")
                                  << QByteArray(R"([{"op":"set","pointer":"/a","value":{}}])");
}

void TestJsonText::editsAreTheFewest()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QByteArray, edits);

    Json list = Json::array();
    for (const JsonEdit &edit :
         JsonTextDiff::edits(Json::parse(before.toStdString()), Json::parse(after.toStdString())))
        list.push_back(JsonEdits::toJson(edit));
    QCOMPARE(QByteArray::fromStdString(list.dump()),
             QByteArray::fromStdString(Json::parse(edits.toStdString()).dump()));
}

void TestJsonText::parseErrorsSayWhere_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("position");

    QTest::newRow("missing comma") << QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}") << 13 << "Line 3, column 3";
    QTest::newRow("after unicode") << QStringLiteral("{\"\u00e9\U0001F600\": tru}") << 8 << "Line 1, column 9";
    QTest::newRow("unclosed") << QStringLiteral("{\"a\": [1,") << 9 << "Line 1, column 10";
    QTest::newRow("no object") << QStringLiteral("[1]") << 0 << "The whole configuration must be a JSON object.";
}

void TestJsonText::parseErrorsSayWhere()
{
    QFETCH(QString, text);
    QFETCH(int, offset);
    QFETCH(QString, position);

    Json result;
    JsonTextDiff::ParseError error;
    QVERIFY(!JsonTextDiff::parse(text, SpecDocument::MaxDepth, &result, &error));
    QCOMPARE(error.offset, offset);
    QVERIFY2(error.message.startsWith(position), qPrintable(error.message));
}

void TestJsonText::formatWritesOneValueAsTheFile_data()
{
    QTest::addColumn<QByteArray>("file");

    QTest::newRow("hand-written") << config;
    QTest::newRow("one line") << QByteArray(R"({"a": [1, {"b": "\u00e9"}], "c": {}, "d": 1e3})");
    QTest::newRow("tabs, CRLF") << QByteArray(
        "{\r\n\t\"a\": {\r\n\t\t\"b\": [\r\n\t\t\t1,\r\n\t\t\t2\r\n\t\t]\r\n\t},\r\n\t\"c\": [ ]\r\n}");
}

// Every value's text in the file is what serializeValue() writes for it:
// the text view can then rewrite an edited value alone.
void TestJsonText::formatWritesOneValueAsTheFile()
{
    QFETCH(QByteArray, file);

    SpecDocument document;
    QVERIFY(document.loadFromData(file));
    const QByteArray saved = document.toJson();
    QCOMPARE(saved, file);
    const QString text = QString::fromUtf8(saved);
    const JsonTextMap map = JsonTextMap::scan(text);
    QVERIFY(map.isComplete());
    QVERIFY(map.entries().size() > 3);
    for (const JsonTextMap::Entry &entry : map.entries()) {
        const auto pointer = JsonUtil::parsePointer(JsonUtil::toQString(entry.pointer));
        QVERIFY(pointer);
        const int depth = int(std::count(entry.pointer.begin(), entry.pointer.end(), '/'));
        const std::string written = document.format().serializeValue(*document.value(*pointer), entry.pointer, depth);
        QCOMPARE(QString::fromStdString(written), text.mid(entry.valueStart, entry.valueEnd - entry.valueStart));
    }
}

void TestJsonText::replacedValueMapsLikeAScan_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");

    QTest::newRow("a string, longer") << "/hostname"
                                      << "\"a longer name\"";
    QTest::newRow("a number, shorter") << "/process/user/uid"
                                       << "7";
    QTest::newRow("an object, fewer members") << "/process/user"
                                              << "{\"uid\": 1}";
    QTest::newRow("an array, emptied") << "/process/args"
                                       << "[]";
    QTest::newRow("an element, a container") << "/process/args/1"
                                             << "{\"k/~\": [1, {\"z\": null}]}";
    QTest::newRow("the first member, renamed inside") << "/process"
                                                      << "{\"cwd\": \"/\", \"env\": [\"A=1\"]}";
}

// A value replaced in the map ends as a scan of the whole new text would.
void TestJsonText::replacedValueMapsLikeAScan()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);

    const QString text = QString::fromUtf8(config);
    JsonTextMap map = JsonTextMap::scan(text);
    const JsonTextMap::Entry *old = map.entryFor(JsonUtil::toStd(pointer));
    QVERIFY(old);
    const qsizetype index = old - map.entries().constData();
    const QString edited = QString(text).replace(old->valueStart, old->valueEnd - old->valueStart, value);
    QVERIFY(map.replaceValue(index, value));

    const JsonTextMap scanned = JsonTextMap::scan(edited);
    QVERIFY(scanned.isComplete());
    QCOMPARE(map.entries().size(), scanned.entries().size());
    for (qsizetype i = 0; i < scanned.entries().size(); ++i) {
        const JsonTextMap::Entry &want = scanned.entries().at(i);
        const JsonTextMap::Entry &have = map.entries().at(i);
        QCOMPARE(have.pointer, want.pointer);
        QCOMPARE(have.keyStart, want.keyStart);
        QCOMPARE(have.keyEnd, want.keyEnd);
        QCOMPARE(have.valueStart, want.valueStart);
        QCOMPARE(have.valueEnd, want.valueEnd);
        // The index follows new and moved pointers.
        QCOMPARE(map.entryFor(want.pointer), &have);
    }
}

void TestJsonText::replaceValueRefusesWhatIsNotOneValue()
{
    const QString text = QString::fromUtf8(config);
    JsonTextMap map = JsonTextMap::scan(text);
    const qsizetype index = map.entryFor("/hostname") - map.entries().constData();
    const qsizetype size = map.entries().size();
    for (const QString &value : {QStringLiteral("\"a\", \"b\": 1"), QStringLiteral("[1"), QString()})
        QVERIFY(!map.replaceValue(index, value));
    QCOMPARE(map.entries().size(), size);
    QCOMPARE(text.mid(map.entryFor("/x-limit")->valueStart, 4), QStringLiteral("1.50"));
}

void TestJsonText::oneValueParsesAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<QString>("parsed"); // dumped; empty when refused

    QTest::newRow("string with space") << " \"x\"\n" << 10 << "\"x\"";
    QTest::newRow("container") << "[1, {\"a\": []}]" << 3 << "[1,{\"a\":[]}]";
    QTest::newRow("too deep") << "[1, {\"a\": []}]" << 2 << "";
    QTest::newRow("two values") << "\"a\", \"b\": 1" << 10 << "";
    QTest::newRow("nothing") << "  " << 10 << "";
    QTest::newRow("half a string") << "\"abc" << 10 << "";
}

void TestJsonText::oneValueParsesAlone()
{
    QFETCH(QString, text);
    QFETCH(int, maxDepth);
    QFETCH(QString, parsed);

    Json value;
    const bool ok = JsonTextDiff::parseValue(text, maxDepth, &value);
    QCOMPARE(ok, !parsed.isEmpty());
    if (ok)
        QCOMPARE(QString::fromStdString(value.dump()), parsed);
}

void TestJsonText::editsBelowAPointer()
{
    const Json before = Json::parse(R"({"a": 1, "b": [1, 2]})");
    const Json after = Json::parse(R"({"a": 2, "b": [1]})");
    Json list = Json::array();
    for (const JsonEdit &edit : JsonTextDiff::edits(before, after, JsonPointer("/process/x")))
        list.push_back(JsonEdits::toJson(edit));
    QCOMPARE(QString::fromStdString(list.dump()),
             QStringLiteral(R"([{"op":"set","pointer":"/process/x/a","value":2},)"
                            R"({"op":"remove","pointer":"/process/x/b/1"}])"));
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
