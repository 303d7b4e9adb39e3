// SPDX-License-Identifier: Apache-2.0
#include "editors/fieldbinder.h"
#include "editors/fieldcontextmenu.h"
#include "document/specdocument.h"
#include "document/undotext.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

namespace {

const QByteArray config = R"({
	"hostname": "box",
	"process": {
		"terminal": true,
		"oomScoreAdj": 5
	},
	"linux": {
		"rootfsPropagation": "private"
	}
})";

JsonPointer pointer(const char *text)
{
    return JsonPointer(text);
}

} // namespace

class TestFieldBinder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void typing_data();
    void typing();
    void integerRangeIsEnforced();
    void checkBoxAndChoice();
    void widgetsFollowUndo();
    void focusNamesTheField();
    void undoTextsNameTheField_data();
    void undoTextsNameTheField();
    void contextMenuCopies_data();
    void contextMenuCopies();

private:
    std::unique_ptr<SpecDocument> m_document;
};

void TestFieldBinder::init()
{
    m_document = std::make_unique<SpecDocument>();
    QVERIFY(m_document->loadFromData(config));
}

void TestFieldBinder::typing_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<bool>("integer");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QByteArray>("expected"); // the value afterwards, or "absent"

    QTest::newRow("append to text") << "/hostname" << false << "ed" << QByteArray("\"boxed\"");
    QTest::newRow("new text field") << "/domainname" << false << "example.org" << QByteArray("\"example.org\"");
    QTest::newRow("integer") << "/process/oomScoreAdj" << true << "0" << QByteArray("50");
    QTest::newRow("new uint64 beyond int64")
        << "/process/user/uid" << true << "18446744073709551615" << QByteArray("18446744073709551615");
    QTest::newRow("negative integer") << "/linux/resources/memory/swap" << true << "-1" << QByteArray("-1");
}

void TestFieldBinder::typing()
{
    QFETCH(QString, pointer);
    QFETCH(bool, integer);
    QFETCH(QString, keys);
    QFETCH(QByteArray, expected);

    const Result<JsonPointer> parsedPointer = JsonUtil::parsePointer(pointer);

    QVERIFY2(parsedPointer, qPrintable(parsedPointer.error()));

    const JsonPointer p = *parsedPointer;
    FieldBinder binder(m_document.get());
    QLineEdit edit;
    if (integer)
        binder.bindInteger(&edit, p);
    else
        binder.bindText(&edit, p);
    edit.setCursorPosition(edit.text().size());
    QTest::keyClicks(&edit, keys);
    QCOMPARE(QByteArray::fromStdString(m_document->value(p)->dump()), expected);
    // All the keystrokes are one step: one undo restores the file.
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toJson(), config);
}

void TestFieldBinder::integerRangeIsEnforced()
{
    FieldBinder binder(m_document.get());
    QLineEdit edit;
    binder.bindInteger(&edit, pointer("/process/oomScoreAdj"), -1000, 1000);
    edit.clear();
    QTest::keyClicks(&edit, "1001");
    // "100" was fine, the last digit leaves it out of range: nothing written.
    QCOMPARE(m_document->value(pointer("/process/oomScoreAdj"))->get<int>(), 100);
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QTest::keyClick(&edit, Qt::Key_Backspace);
    // Emptying the field removes the member.
    QVERIFY(!m_document->contains(pointer("/process/oomScoreAdj")));
}

void TestFieldBinder::checkBoxAndChoice()
{
    FieldBinder binder(m_document.get());
    QCheckBox box;
    binder.bindBool(&box, pointer("/process/terminal"));
    QVERIFY(box.isChecked());
    box.click();
    QCOMPARE(m_document->value(pointer("/process/terminal"))->get<bool>(), false);

    QComboBox combo;
    binder.bindChoice(&combo, pointer("/linux/rootfsPropagation"),
                      {QStringLiteral("private"), QStringLiteral("shared"), QStringLiteral("slave")});
    QCOMPARE(combo.currentText(), QStringLiteral("private"));
    combo.setCurrentIndex(2);
    Q_EMIT combo.activated(2);
    QCOMPARE(m_document->value(pointer("/linux/rootfsPropagation"))->get<std::string>(), std::string("shared"));
    Q_EMIT combo.activated(0); // "(not set)"
    QVERIFY(!m_document->contains(pointer("/linux/rootfsPropagation")));
    QCOMPARE(m_document->undoStack()->count(), 3);
}

void TestFieldBinder::widgetsFollowUndo()
{
    FieldBinder binder(m_document.get());
    QLineEdit edit;
    binder.bindText(&edit, pointer("/hostname"));
    m_document->setValue(pointer("/hostname"), Json("elsewhere"));
    QCOMPARE(edit.text(), QStringLiteral("elsewhere"));
    m_document->undoStack()->undo();
    QCOMPARE(edit.text(), QStringLiteral("box"));
    QVERIFY(m_document->loadFromData("{}"));
    QCOMPARE(edit.text(), QString());
}

void TestFieldBinder::focusNamesTheField()
{
    FieldBinder binder(m_document.get());
    QWidget window;
    auto *first = new QLineEdit(&window);
    auto *second = new QLineEdit(&window);
    binder.bindText(first, pointer("/hostname"));
    binder.bindText(second, pointer("/domainname"));
    QSignalSpy focused(&binder, &FieldBinder::fieldFocused);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(first->hasFocus());
    focused.clear();
    second->setFocus();
    QTRY_COMPARE(focused.count(), 1);
    QCOMPARE(focused.at(0).at(0).value<JsonPointer>(), pointer("/domainname"));
    QCOMPARE(binder.widgetFor(pointer("/hostname")), first);
    QCOMPARE(*binder.pointerOf(second), pointer("/domainname"));
}

void TestFieldBinder::undoTextsNameTheField_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("name"); // UndoText's name of the field
    QTest::newRow("top level") << "/hostname"
                               << "Hostname";
    QTest::newRow("under process") << "/process/cwd"
                                   << "Working directory";
    QTest::newRow("vendor field") << "/x-vendor"
                                  << "/x-vendor";
}

void TestFieldBinder::undoTextsNameTheField()
{
    QFETCH(QString, pointer);
    QFETCH(QString, name);
    const Result<JsonPointer> parsedPointer = JsonUtil::parsePointer(pointer);
    QVERIFY2(parsedPointer, qPrintable(parsedPointer.error()));
    const JsonPointer p = *parsedPointer;
    QCOMPARE(UndoText::fieldName(p), name);

    // Typing sets the field and emptying it clears it, each named alike
    // and neither cut out of the other's translated sentence.
    QLineEdit edit;
    FieldBinder binder(m_document.get());
    binder.bindText(&edit, p);
    m_document->setValue(p, Json("1"));
    m_document->undoStack()->clear(); // the typing below is a step of its own
    edit.setCursorPosition(1);
    QTest::keyClick(&edit, Qt::Key_2);
    QCOMPARE(edit.text(), QStringLiteral("12"));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set %1").arg(name));
    edit.selectAll();
    QTest::keyClick(&edit, Qt::Key_Backspace); // the user empties the field
    QVERIFY(!m_document->contains(p));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Clear %1").arg(name));
}

void TestFieldBinder::contextMenuCopies_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value"); // empty: absent, nothing to copy
    QTest::newRow("string") << "/hostname"
                            << R"("box")";
    QTest::newRow("integer") << "/process/oomScoreAdj"
                             << "5";
    QTest::newRow("boolean") << "/process/terminal"
                             << "true";
    QTest::newRow("absent") << "/domainname"
                            << "";
}

void TestFieldBinder::contextMenuCopies()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QLineEdit edit;
    edit.setText(QStringLiteral("text"));
    const JsonPointer at(field.toStdString());
    std::unique_ptr<QMenu> menu(FieldContextMenu::create(&edit, at, m_document.get()));
    // The text field's own actions come first.
    QVERIFY(menu->actions().size() > 3);
    auto *copyPointer = menu->findChild<QAction *>(QStringLiteral("copyPointerAction"));
    auto *copyValue = menu->findChild<QAction *>(QStringLiteral("copyValueAction"));
    QVERIFY(copyPointer && copyValue);
    copyPointer->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), field);
    QCOMPARE(copyValue->isEnabled(), !value.isEmpty());
    if (!value.isEmpty()) {
        copyValue->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), value);
    }
}

QTEST_MAIN(TestFieldBinder)
#include "tst_fieldbinder.moc"
