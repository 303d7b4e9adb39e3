// SPDX-License-Identifier: Apache-2.0
#include "editors/arraytableeditor.h"
#include "document/specdocument.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace {

const QByteArray config = R"({
	"mounts": [
		{ "destination": "/proc", "type": "proc" },
		{ "destination": "/dev", "type": "tmpfs" },
		{ "destination": "/sys", "type": "sysfs" }
	]
})";

QToolButton *button(ArrayTableEditor &editor, const QString &text)
{
    const auto buttons = editor.findChildren<QToolButton *>();
    for (QToolButton *candidate : buttons) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

QStringList destinations(const SpecDocument &document)
{
    QStringList result;
    for (const Json &mount : *document.value(JsonPointer("/mounts")))
        result << JsonUtil::toQString(mount.value("destination", std::string()));
    return result;
}

} // namespace

class TestArrayTableEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buttons_data();
    void buttons();
};

void TestArrayTableEditor::buttons_data()
{
    QTest::addColumn<int>("currentRow");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("add") << 0 << "&Add" << QStringList{"/proc", "/dev", "/sys", "/new"};
    QTest::newRow("add at top") << 0 << "Add at &top" << QStringList{"/new", "/proc", "/dev", "/sys"};
    QTest::newRow("remove") << 1 << "&Remove" << QStringList{"/proc", "/sys"};
    QTest::newRow("move up") << 2 << "Move &up" << QStringList{"/proc", "/sys", "/dev"};
    QTest::newRow("move down") << 0 << "Move do&wn" << QStringList{"/dev", "/proc", "/sys"};
}

void TestArrayTableEditor::buttons()
{
    QFETCH(int, currentRow);
    QFETCH(QString, button);
    QFETCH(QStringList, expected);

    SpecDocument document;
    QVERIFY(document.loadFromData(config));
    ArrayTableModel model(&document, JsonPointer("/mounts"),
                          {{QStringLiteral("Destination"), "destination", ArrayTableModel::Kind::Text, false}});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ArrayTableEditor editor(&model);
    editor.setNewElement([] { return Json::object({{"destination", "/new"}}); });
    editor.setPrependEnabled(true);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.view()->setCurrentIndex(model.index(currentRow, 0));

    QToolButton *target = ::button(editor, button);
    QVERIFY(target);
    QVERIFY(target->isEnabled());
    target->click();
    QCOMPARE(destinations(document), expected);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.toJson(), config);
}

QTEST_MAIN(TestArrayTableEditor)
#include "tst_arraytableeditor.moc"
