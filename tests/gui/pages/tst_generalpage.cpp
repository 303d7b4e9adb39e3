// SPDX-License-Identifier: Apache-2.0
#include "editors/arraytableeditor.h"
#include "document/specdocument.h"
#include "pages/generalpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

namespace {

const QByteArray config = R"({
	"ociVersion": "1.0.2",
	"root": {
		"path": "rootfs"
	},
	"hostname": "box",
	"annotations": {
		"org.example.role": "web"
	},
	"x-vendor": {
		"keep": [1, 2]
	}
})";

} // namespace

class TestGeneralPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typing_data();
    void typing();
    void readonlyCheckBox();
    void annotationCellEdit();
    void widgetsFollowTheDocument();
    void firstAnnotationMakesAMap();
    void coversItsFields_data();
    void coversItsFields();
    void missingSectionFocusesItsFirstField();

private:
    std::unique_ptr<SpecDocument> m_document;
    std::unique_ptr<GeneralPage> m_page;
};

void TestGeneralPage::cleanup()
{
    // The page refers to the document: it goes first.
    m_page.reset();
    m_document.reset();
}

void TestGeneralPage::init()
{
    m_document = std::make_unique<SpecDocument>();
    QVERIFY(m_document->loadFromData(config));
    m_page = std::make_unique<GeneralPage>(m_document.get());
}

void TestGeneralPage::typing_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text"); // replaces the field's text; empty clears it
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("expected"); // compact JSON at pointer, or "absent"
    // For edits in place: the line before and after; the rest of the file stays as it is.
    QTest::addColumn<QByteArray>("lineBefore");
    QTest::addColumn<QByteArray>("lineAfter");

    QTest::newRow("hostname") << "hostnameEdit"
                              << "web-1"
                              << "/hostname" << QByteArray("\"web-1\"") << QByteArray("\"hostname\": \"box\"")
                              << QByteArray("\"hostname\": \"web-1\"");
    QTest::newRow("clear hostname removes it") << "hostnameEdit"
                                               << ""
                                               << "/hostname" << QByteArray("absent") << QByteArray() << QByteArray();
    QTest::newRow("new domainname") << "domainnameEdit"
                                    << "example.org"
                                    << "/domainname" << QByteArray("\"example.org\"") << QByteArray() << QByteArray();
    QTest::newRow("root path") << "rootPathEdit"
                               << "/srv/root"
                               << "/root/path" << QByteArray("\"/srv/root\"") << QByteArray("\"path\": \"rootfs\"")
                               << QByteArray("\"path\": \"/srv/root\"");
    QTest::newRow("cleared root path stays")
        << "rootPathEdit"
        << ""
        << "/root/path" << QByteArray("\"\"") << QByteArray("\"path\": \"rootfs\"") << QByteArray("\"path\": \"\"");
    QTest::newRow("version") << "ociVersionEdit"
                             << "1.3.0"
                             << "/ociVersion" << QByteArray("\"1.3.0\"") << QByteArray("\"ociVersion\": \"1.0.2\"")
                             << QByteArray("\"ociVersion\": \"1.3.0\"");
}

void TestGeneralPage::typing()
{
    QFETCH(QString, widget);
    QFETCH(QString, text);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, lineBefore);
    QFETCH(QByteArray, lineAfter);

    auto edit = m_page->findChild<QLineEdit *>(widget);
    QVERIFY(edit);
    const QByteArray original = m_document->toJson();
    const QString before = edit->text();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text); // the first key replaces the selection

    const Json *value = m_document->value(JsonPointer(pointer.toStdString()));
    QCOMPARE(value ? QByteArray::fromStdString(value->dump()) : QByteArrayLiteral("absent"), expected);
    if (!lineBefore.isEmpty())
        QCOMPARE(m_document->toJson(), QByteArray(original).replace(lineBefore, lineAfter));
    // The vendor member is untouched and a single undo restores the file byte for byte.
    QCOMPARE(m_document->value(JsonPointer("/x-vendor/keep/1"))->dump(), std::string("2"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toJson(), original);
    QCOMPARE(edit->text(), before);
}

void TestGeneralPage::readonlyCheckBox()
{
    auto box = m_page->findChild<QCheckBox *>(QStringLiteral("rootReadonlyCheck"));
    QVERIFY(box);
    QVERIFY(!box->isChecked());
    box->click();
    QCOMPARE(m_document->value(JsonPointer("/root/readonly"))->dump(), std::string("true"));
    m_document->undoStack()->undo();
    QVERIFY(!m_document->contains(JsonPointer("/root/readonly")));
    QVERIFY(!box->isChecked());
}

void TestGeneralPage::annotationCellEdit()
{
    ArrayTableModel *model = m_page->annotationsEditor()->model();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->setData(model->index(0, 1), QStringLiteral("db")));
    QCOMPARE(m_document->value(JsonPointer("/annotations/org.example.role"))->dump(), std::string("\"db\""));
    QVERIFY(model->setData(model->index(0, 0), QStringLiteral("org.example.tier")));
    QVERIFY(!m_document->contains(JsonPointer("/annotations/org.example.role")));
    QCOMPARE(m_document->value(JsonPointer("/annotations/org.example.tier"))->dump(), std::string("\"db\""));
}

void TestGeneralPage::widgetsFollowTheDocument()
{
    auto hostname = m_page->findChild<QLineEdit *>(QStringLiteral("hostnameEdit"));
    QCOMPARE(hostname->text(), QStringLiteral("box"));
    m_document->setValue(JsonPointer("/hostname"), Json("elsewhere"));
    QCOMPARE(hostname->text(), QStringLiteral("elsewhere"));
    m_document->undoStack()->undo();
    QCOMPARE(hostname->text(), QStringLiteral("box"));
}

void TestGeneralPage::firstAnnotationMakesAMap()
{
    m_document->removeValue(JsonPointer("/annotations"));
    QAbstractButton *add = nullptr;
    const auto buttons = m_page->annotationsEditor()->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->text() == ArrayTableEditor::tr("&Add"))
            add = button;
    }
    QVERIFY(add);
    add->click();
    const Json *annotations = m_document->value(JsonPointer("/annotations"));
    QVERIFY(annotations);
    QCOMPARE(QByteArray::fromStdString(annotations->dump()), QByteArray(R"({"key":""})"));
    QCOMPARE(m_page->annotationsEditor()->model()->rowCount(), 1);
}

void TestGeneralPage::coversItsFields_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<bool>("covered");
    QTest::newRow("hostname") << "/hostname" << true;
    QTest::newRow("annotation") << "/annotations/org.example.role" << true;
    QTest::newRow("root readonly") << "/root/readonly" << true;
    QTest::newRow("process") << "/process/cwd" << false;
    QTest::newRow("vendor") << "/x-vendor" << false;
}

void TestGeneralPage::coversItsFields()
{
    QFETCH(QString, pointer);
    QFETCH(bool, covered);
    QCOMPARE(m_page->covers(JsonPointer(pointer.toStdString())), covered);
}

// root.missing points at /root, which no field edits as a whole.
void TestGeneralPage::missingSectionFocusesItsFirstField()
{
    m_document->removeValue(JsonPointer("/root"));
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(m_page->focusPointer(JsonPointer("/root")));
    QTRY_VERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("rootPathEdit"));
    QVERIFY(!m_page->focusPointer(JsonPointer("/x-vendor")));
}

QTEST_MAIN(TestGeneralPage)
#include "tst_generalpage.moc"
