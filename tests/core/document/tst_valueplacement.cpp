// SPDX-License-Identifier: Apache-2.0
// Setting a value at a pointer: what is created, what is refused and why,
// the same for the window (SetValueCommand on a SpecDocument) and for the
// command line (ValuePlacement applied to a plain tree).
#include "document/specdocument.h"
#include "document/specfile.h"
#include "document/valueplacement.h"

#include <QTest>

namespace {

const char *const config = R"({
    "ociVersion": "1.2.0",
    "hostname": "box",
    "process": {"args": ["sh"]},
    "mounts": [{"destination": "/proc"}],
    "annotations": {}
})";

JsonPointer pointerOf(const QString &text)
{
    const Result<JsonPointer> pointer = JsonUtil::parsePointer(text);
    return pointer ? *pointer : JsonPointer();
}

} // namespace

class tst_ValuePlacement final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placed_data();
    void placed();
    void refused_data();
    void refused();
    void deepestAllowed();
};

void tst_ValuePlacement::placed_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("placed");   // the node replaced or added
    QTest::addColumn<QByteArray>("after"); // the whole document afterwards, compact

    QTest::newRow("replace")
        << "/hostname" << QByteArray("\"web\"") << "/hostname"
        << QByteArray(
               R"({"ociVersion":"1.2.0","hostname":"web","process":{"args":["sh"]},"mounts":[{"destination":"/proc"}],"annotations":{}})");
    QTest::newRow("new member, last")
        << "/domainname" << QByteArray("\"example.org\"") << "/domainname"
        << QByteArray(
               R"({"ociVersion":"1.2.0","hostname":"box","process":{"args":["sh"]},"mounts":[{"destination":"/proc"}],"annotations":{},"domainname":"example.org"})");
    QTest::newRow("missing parents")
        << "/linux/seccomp/defaultAction" << QByteArray("\"SCMP_ACT_ERRNO\"") << "/linux"
        << QByteArray(
               R"({"ociVersion":"1.2.0","hostname":"box","process":{"args":["sh"]},"mounts":[{"destination":"/proc"}],"annotations":{},"linux":{"seccomp":{"defaultAction":"SCMP_ACT_ERRNO"}}})");
    QTest::newRow("append with -")
        << "/process/args/-" << QByteArray("\"-l\"") << "/process/args/1"
        << QByteArray(
               R"({"ociVersion":"1.2.0","hostname":"box","process":{"args":["sh","-l"]},"mounts":[{"destination":"/proc"}],"annotations":{}})");
    QTest::newRow("append with the next index")
        << "/process/args/1" << QByteArray("\"-l\"") << "/process/args/1"
        << QByteArray(
               R"({"ociVersion":"1.2.0","hostname":"box","process":{"args":["sh","-l"]},"mounts":[{"destination":"/proc"}],"annotations":{}})");
    QTest::newRow("new element with a member")
        << "/mounts/1/destination" << QByteArray("\"/tmp\"") << "/mounts/1"
        << QByteArray(
               R"({"ociVersion":"1.2.0","hostname":"box","process":{"args":["sh"]},"mounts":[{"destination":"/proc"},{"destination":"/tmp"}],"annotations":{}})");
    QTest::newRow("member of an element")
        << "/mounts/0/type" << QByteArray("\"proc\"") << "/mounts/0/type"
        << QByteArray(
               R"({"ociVersion":"1.2.0","hostname":"box","process":{"args":["sh"]},"mounts":[{"destination":"/proc","type":"proc"}],"annotations":{}})");
    QTest::newRow("\"-\" names a member of an object")
        << "/annotations/-" << QByteArray("\"x\"") << "/annotations/-"
        << QByteArray(
               R"({"ociVersion":"1.2.0","hostname":"box","process":{"args":["sh"]},"mounts":[{"destination":"/proc"}],"annotations":{"-":"x"}})");
    QTest::newRow("whole document") << "" << QByteArray(R"({"ociVersion":"1.0.0"})") << ""
                                    << QByteArray(R"({"ociVersion":"1.0.0"})");
}

void tst_ValuePlacement::placed()
{
    QFETCH(QString, pointer);
    QFETCH(QByteArray, value);
    QFETCH(QString, placed);
    QFETCH(QByteArray, after);
    const JsonPointer at = pointerOf(pointer);
    const Json newValue = Json::parse(value.constData());

    Json tree = Json::parse(config);
    const Result<ValuePlacement> placement = ValuePlacement::plan(tree, at, newValue);
    QVERIFY2(placement, qPrintable(placement.error()));
    QCOMPARE(JsonUtil::pointerString(placement->placed()), placed);
    placement->applyTo(tree, newValue);
    QCOMPARE(QByteArray::fromStdString(tree.dump()), after);

    // The window's edit makes the same document, and undoes to the old one.
    SpecDocument document;
    QVERIFY(document.loadFromData(config));
    const QByteArray before = document.toJson();
    document.setValue(at, newValue);
    QCOMPARE(QByteArray::fromStdString(document.root().dump()), after);
    document.undoStack()->undo();
    QCOMPARE(document.toJson(), before);
}

void tst_ValuePlacement::refused_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("through a scalar")
        << "/hostname/x" << QByteArray("1")
        << "Cannot set /hostname/x: /hostname holds a string value, not an object or array.";
    QTest::newRow("below a scalar")
        << "/hostname/x/y" << QByteArray("1")
        << "Cannot set /hostname/x/y: /hostname holds a string value, not an object or array.";
    QTest::newRow("index past the end")
        << "/mounts/5" << QByteArray("{}")
        << "Cannot set /mounts/5: the array has 1 element(s); use an index below that, or \"-\" to append.";
    QTest::newRow("through an index past the end")
        << "/mounts/5/destination" << QByteArray("\"/x\"")
        << "Cannot set /mounts/5/destination: the array has 1 element(s); use an index below that, or \"-\" to append.";
    QTest::newRow("a name in an array")
        << "/process/args/first" << QByteArray("\"x\"")
        << "Cannot set /process/args/first: the array has 1 element(s); use an index below that, or \"-\" to append.";
    QTest::newRow("\"-\" under a new object")
        << "/process/newList/-" << QByteArray("\"x\"")
        << "Cannot set /process/newList/-: \"-\" appends to an array, and there is none at /process/newList yet.";
    QTest::newRow("\"-\" deeper under a new object")
        << "/linux/x/-/y" << QByteArray("1")
        << "Cannot set /linux/x/-/y: \"-\" appends to an array, and there is none at /linux/x yet.";
    QTest::newRow("document not an object")
        << "" << QByteArray("[]") << "The whole configuration must be a JSON object.";
    QTest::newRow("too deep a pointer") << QStringLiteral("/a").repeated(
        600) << QByteArray("1") << "Cannot set a value 600 levels deep: a configuration nests at most 512 levels.";
    QTest::newRow("too deep with the value")
        << QStringLiteral("/a").repeated(500) << QByteArray(20, '[') + QByteArray(20, ']')
        << "Cannot set a value 520 levels deep: a configuration nests at most 512 levels.";
}

void tst_ValuePlacement::refused()
{
    QFETCH(QString, pointer);
    QFETCH(QByteArray, value);
    QFETCH(QString, message);
    const JsonPointer at = pointerOf(pointer);
    const Json newValue = Json::parse(value.constData());

    const Result<ValuePlacement> placement = ValuePlacement::plan(Json::parse(config), at, newValue);
    QVERIFY(!placement);
    QCOMPARE(placement.error(), message);

    // The window's edit changes nothing either, and leaves nothing to undo.
    SpecDocument document;
    QVERIFY(document.loadFromData(config));
    const QByteArray before = document.toJson();
    document.setValue(at, newValue);
    QCOMPARE(document.toJson(), before);
    QCOMPARE(document.undoStack()->count(), 0);
}

// What a configuration may hold, a set may create: and SpecFile reads it back.
void tst_ValuePlacement::deepestAllowed()
{
    const JsonPointer deep = pointerOf(QStringLiteral("/a").repeated(SpecFile::MaxDepth));
    Json tree = Json::object();
    const Result<ValuePlacement> placement = ValuePlacement::plan(tree, deep, Json(1));
    QVERIFY2(placement, qPrintable(placement.error()));
    placement->applyTo(tree, Json(1));
    SpecFile file;
    QVERIFY2(file.parse(QByteArray::fromStdString(tree.dump())), qPrintable(file.errorString()));
    QVERIFY(!ValuePlacement::plan(tree, deep / "b", Json(1)));
}

QTEST_GUILESS_MAIN(tst_ValuePlacement)
#include "tst_valueplacement.moc"
