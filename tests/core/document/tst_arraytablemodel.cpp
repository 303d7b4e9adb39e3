// SPDX-License-Identifier: Apache-2.0
#include "document/arraytablemodel.h"
#include "document/specdocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

const QByteArray config = R"({
	"process": {
		"env": ["PATH=/bin", "TERM=xterm"]
	},
	"mounts": [
		{ "destination": "/proc", "type": "proc", "source": "proc", "x-vendor": 1 },
		{ "destination": "/tmp", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "mode=1777"] }
	],
	"annotations": { "a": "1", "b": "2" }
})";

QList<ArrayTableModel::Column> mountColumns()
{
    using Kind = ArrayTableModel::Kind;
    return {
        {QStringLiteral("Destination"), "destination", Kind::Text, false},
        {QStringLiteral("Type"), "type", Kind::Text, true},
        {QStringLiteral("Source"), "source", Kind::Text, true},
        {QStringLiteral("Options"), "options", Kind::StringList, true},
    };
}

} // namespace

class TestArrayTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cells_data();
    void cells();
    void edits_data();
    void edits();
    void structuralEditsAreUndoable();
    void listAppearsWhenCreated();
    void mapKeysRename();
    void envEntries_data();
    void envEntries();
    void findingsMarkCells_data();
    void findingsMarkCells();
    void findingsClearWhenFixed();

private:
    SpecDocument *document() { return m_document.get(); }
    std::unique_ptr<SpecDocument> m_document;
};

void TestArrayTableModel::init()
{
    m_document = std::make_unique<SpecDocument>();
    QVERIFY(m_document->loadFromData(config));
}

void TestArrayTableModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("destination") << 0 << 0 << QStringLiteral("/proc");
    QTest::newRow("type") << 1 << 1 << QStringLiteral("tmpfs");
    QTest::newRow("options joined") << 1 << 3 << QStringLiteral("nosuid,mode=1777");
    QTest::newRow("missing options") << 0 << 3 << QString();
}

void TestArrayTableModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    ArrayTableModel model(document(), JsonPointer("/mounts"), mountColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(row, column).data().toString(), text);
}

void TestArrayTableModel::edits_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expectedMount");
    QTest::addColumn<QString>("undoText");
    QTest::newRow("set destination") << 0 << 0 << QStringLiteral("/proc2")
                                     << QByteArray(
                                            R"({"destination":"/proc2","type":"proc","source":"proc","x-vendor":1})")
                                     << "Set destination of mount /proc";
    QTest::newRow("add options")
        << 0 << 3 << QStringLiteral("ro, nosuid")
        << QByteArray(R"({"destination":"/proc","type":"proc","source":"proc","x-vendor":1,"options":["ro","nosuid"]})")
        << "Set options of mount /proc";
    QTest::newRow("clear optional removes it")
        << 0 << 2 << QString() << QByteArray(R"({"destination":"/proc","type":"proc","x-vendor":1})")
        << "Set source of mount /proc";
}

void TestArrayTableModel::edits()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QByteArray, expectedMount);
    QFETCH(QString, undoText);
    ArrayTableModel model(document(), JsonPointer("/mounts"), mountColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItemName(QStringLiteral("mount"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(row, column), text));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(QByteArray::fromStdString(document()->value(JsonPointer("/mounts/" + std::to_string(row)))->dump()),
             expectedMount);
    // Named by the spec's member, whatever the column's (translated) title.
    QCOMPARE(document()->undoStack()->undoText(), undoText);
    document()->undoStack()->undo();
    QCOMPARE(document()->toJson(), config);
}

void TestArrayTableModel::structuralEditsAreUndoable()
{
    ArrayTableModel model(document(), JsonPointer("/mounts"), mountColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItemName(QStringLiteral("mount"));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.appendRow(Json::object({{"destination", "/sys"}}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    model.moveElement(2, 0);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("/sys"));
    model.removeElement(1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(document()->undoStack()->undoText(), QStringLiteral("Remove mount /proc"));
    while (document()->undoStack()->canUndo())
        document()->undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(document()->toJson(), config);
}

void TestArrayTableModel::listAppearsWhenCreated()
{
    using Kind = ArrayTableModel::Kind;
    ArrayTableModel model(document(), JsonPointer("/linux/uidMappings"),
                          {{QStringLiteral("Container ID"), "containerID", Kind::Integer, false},
                           {QStringLiteral("Host ID"), "hostID", Kind::Integer, false},
                           {QStringLiteral("Size"), "size", Kind::Integer, false}});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.appendRow(Json::object({{"containerID", 0}, {"hostID", 1000}, {"size", 1}}));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.setData(model.index(0, 1), QStringLiteral("100000")));
    QCOMPARE(document()->value(JsonPointer("/linux/uidMappings/0/hostID"))->get<int>(), 100000);
    QVERIFY(!model.setData(model.index(0, 2), QStringLiteral("many")));
    document()->undoStack()->undo();
    document()->undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(document()->toJson(), config);
}

void TestArrayTableModel::mapKeysRename()
{
    using Kind = ArrayTableModel::Kind;
    ArrayTableModel env(document(), JsonPointer("/process/env"),
                        {{QStringLiteral("Name"), {}, Kind::EnvName}, {QStringLiteral("Value"), {}, Kind::EnvValue}});
    QAbstractItemModelTester envTester(&env, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(env.index(1, 0).data().toString(), QStringLiteral("TERM"));
    QVERIFY(env.setData(env.index(1, 1), QStringLiteral("dumb")));
    QCOMPARE(document()->value(JsonPointer("/process/env/1"))->get<std::string>(), std::string("TERM=dumb"));

    ArrayTableModel annotations(
        document(), JsonPointer("/annotations"),
        {{QStringLiteral("Key"), {}, Kind::MemberKey}, {QStringLiteral("Value"), {}, Kind::MemberValue}});
    QAbstractItemModelTester tester(&annotations, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(annotations.setData(annotations.index(0, 0), QStringLiteral("renamed")));
    QCOMPARE(annotations.index(0, 0).data().toString(), QStringLiteral("renamed"));
    QCOMPARE(annotations.index(0, 1).data().toString(), QStringLiteral("1"));
    QVERIFY(!annotations.setData(annotations.index(0, 0), QStringLiteral("b"))); // taken
    document()->undoStack()->undo();
    QCOMPARE(annotations.index(0, 0).data().toString(), QStringLiteral("a"));
}

void TestArrayTableModel::envEntries_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("renamed");  // after setting the name to X
    QTest::addColumn<QString>("revalued"); // after setting the value to y
    QTest::newRow("name and value") << "A=b"
                                    << "A"
                                    << "b"
                                    << "X=b"
                                    << "A=y";
    QTest::newRow("\"=\" in the value") << "A=b=c"
                                        << "A"
                                        << "b=c"
                                        << "X=b=c"
                                        << "A=y";
    QTest::newRow("empty value") << "A="
                                 << "A"
                                 << ""
                                 << "X="
                                 << "A=y";
    QTest::newRow("no \"=\"") << "A"
                              << "A"
                              << ""
                              << "X="
                              << "A=y";
    QTest::newRow("empty name") << "=b"
                                << ""
                                << "b"
                                << "X=b"
                                << "=y";
    QTest::newRow("empty entry") << ""
                                 << ""
                                 << ""
                                 << "X="
                                 << "=y";
}

void TestArrayTableModel::envEntries()
{
    QFETCH(QString, entry);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, renamed);
    QFETCH(QString, revalued);
    using Kind = ArrayTableModel::Kind;
    const JsonPointer element("/process/env/0");
    document()->setValue(element, Json(JsonUtil::toStd(entry)));
    ArrayTableModel env(document(), JsonPointer("/process/env"),
                        {{QStringLiteral("Name"), {}, Kind::EnvName}, {QStringLiteral("Value"), {}, Kind::EnvValue}});
    QCOMPARE(env.index(0, 0).data().toString(), name);
    QCOMPARE(env.index(0, 1).data().toString(), value);

    QVERIFY(env.setData(env.index(0, 0), QStringLiteral("X")));
    QCOMPARE(JsonUtil::toQString(document()->value(element)->get<std::string>()), renamed);
    document()->setValue(element, Json(JsonUtil::toStd(entry)));
    QVERIFY(env.setData(env.index(0, 1), QStringLiteral("y")));
    QCOMPARE(JsonUtil::toQString(document()->value(element)->get<std::string>()), revalued);
}

void TestArrayTableModel::findingsMarkCells_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column"); // -1: no cell shows it
    QTest::newRow("member") << "/mounts/1/type" << 1 << 1;
    QTest::newRow("inside a member") << "/mounts/1/options/0" << 1 << 3;
    QTest::newRow("the element: its label column") << "/mounts/0" << 0 << 0;
    QTest::newRow("a member without a column") << "/mounts/0/x-vendor" << 0 << 0;
    QTest::newRow("the list itself") << "/mounts" << -1 << -1;
    QTest::newRow("an element that is not there") << "/mounts/7/type" << -1 << -1;
    QTest::newRow("another list") << "/process/env/0" << -1 << -1;
    QTest::newRow("a sibling with the same prefix") << "/mountsX/0" << -1 << -1;
}

void TestArrayTableModel::findingsMarkCells()
{
    QFETCH(QString, pointer);
    QFETCH(int, row);
    QFETCH(int, column);
    ArrayTableModel model(document(), JsonPointer("/mounts"), mountColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const Finding warning{Finding::Severity::Warning, QStringLiteral("w"), pointer, QStringLiteral("first")};
    const Finding error{Finding::Severity::Error, QStringLiteral("e"), pointer, QStringLiteral("second")};
    model.setFindings({warning, error});
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex cell = model.index(r, c);
            const bool marked = r == row && c == column;
            QCOMPARE(cell.data(ArrayTableModel::FindingSeverityRole).isValid(), marked);
            if (!marked)
                continue;
            // The worst severity, every message, and the messages above the cell's text.
            QCOMPARE(cell.data(ArrayTableModel::FindingSeverityRole).toInt(), int(Finding::Severity::Error));
            QCOMPARE(cell.data(ArrayTableModel::FindingMessagesRole).toStringList(),
                     QStringList({QStringLiteral("first"), QStringLiteral("second")}));
            QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("first\nsecond")));
        }
    }
    QCOMPARE(changed.size(), row >= 0 ? 1 : 0);
    if (row >= 0)
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(ArrayTableModel::FindingSeverityRole));
    if (row >= 0)
        QCOMPARE(model.indexFor(*JsonUtil::parsePointer(pointer)), model.index(row, column));
}

void TestArrayTableModel::findingsClearWhenFixed()
{
    ArrayTableModel model(document(), JsonPointer("/mounts"), mountColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings({{Finding::Severity::Warning, QStringLiteral("w"), QStringLiteral("/mounts/0/type"),
                        QStringLiteral("message")}});
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("message\n\nproc"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setFindings({});
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.index(0, 1).data(ArrayTableModel::FindingSeverityRole).isValid());
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("proc"));
    // Nothing before and nothing after: no signal.
    model.setFindings({});
    QCOMPARE(changed.size(), 1);
}

QTEST_GUILESS_MAIN(TestArrayTableModel)
#include "tst_arraytablemodel.moc"
