// SPDX-License-Identifier: Apache-2.0
#include "document/specdocument.h"
#include "document/specmodel.h"
#include "editors/findingmarks.h"
#include "editors/jsontextedit.h"
#include "editors/textfindfield.h"
#include "pages/jsonpage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

namespace {

const QByteArray config = R"({
    "ociVersion": "1.0.2",
    "process": {
        "user": {"uid": 0, "gid": 0},
        "rlimits": [{"type": "RLIMIT_NOFILE", "hard": 1024, "soft": 1024}],
        "terminal": false
    },
    "hostname": "box",
    "x-vendor": {"nested": [1, 2.5, null]}
}
)";

QByteArray valueAt(const SpecDocument &document, const QString &pointer)
{
    const Json *value = document.value(JsonPointer(pointer.toStdString()));
    return value ? QByteArray::fromStdString(value->dump()) : QByteArrayLiteral("absent");
}

} // namespace

class TestJsonPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editingInTheTree_data();
    void editingInTheTree();
    void savedTextIsRefreshedOnlyWhenVisible();
    void focusPointerSelectsTheNode_data();
    void focusPointerSelectsTheNode();
    void findInTheText();
    void statusFollowsThePalette();

private:
    std::unique_ptr<SpecDocument> m_document;
    std::unique_ptr<JsonPage> m_page;
};

void TestJsonPage::cleanup()
{
    // The page refers to the document: it goes first.
    m_page.reset();
    m_document.reset();
}

void TestJsonPage::init()
{
    m_document = std::make_unique<SpecDocument>();
    QVERIFY(m_document->loadFromData(config));
    m_page = std::make_unique<JsonPage>(m_document.get());
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestJsonPage::editingInTheTree_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("string") << "/hostname"
                            << "web" << QByteArray("\"web\"") << true;
    QTest::newRow("integer stays integer") << "/process/user/uid"
                                           << "42" << QByteArray("42") << true;
    QTest::newRow("uint64 maximum") << "/process/rlimits/0/hard"
                                    << "18446744073709551615" << QByteArray("18446744073709551615") << true;
    QTest::newRow("not a number is refused") << "/process/user/gid"
                                             << "abc" << QByteArray("0") << false;
    QTest::newRow("vendor number") << "/x-vendor/nested/1"
                                   << "3.75" << QByteArray("3.75") << true;
}

void TestJsonPage::editingInTheTree()
{
    QFETCH(QString, pointer);
    QFETCH(QString, typed);
    QFETCH(QByteArray, expected);
    QFETCH(bool, accepted);

    QTreeView *tree = m_page->tree();
    const QByteArray original = m_document->toJson();
    const QModelIndex index =
        m_page->model()->indexForPointer(JsonPointer(pointer.toStdString()), SpecModel::ValueColumn);
    QVERIFY(index.isValid());
    tree->scrollTo(index);
    tree->setCurrentIndex(index);
    tree->edit(index);
    auto editor = tree->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, typed);
    QTest::keyClick(editor, Qt::Key_Return);

    // The delegate commits after the key press has been handled.
    QTRY_VERIFY(!tree->viewport()->findChild<QLineEdit *>()
                || !tree->viewport()->findChild<QLineEdit *>()->isVisible());
    QCOMPARE(valueAt(*m_document, pointer), expected);
    QCOMPARE(valueAt(*m_document, QStringLiteral("/x-vendor/nested/2")), QByteArray("null"));
    QCOMPARE(m_document->undoStack()->count(), accepted ? 1 : 0);
    if (accepted)
        m_document->undoStack()->undo();
    QCOMPARE(m_document->toJson(), original);
}

void TestJsonPage::savedTextIsRefreshedOnlyWhenVisible()
{
    QPlainTextEdit *text = m_page->textView();
    QCOMPARE(text->toPlainText().toUtf8(), m_document->toJson());

    // Hidden: an edit does not rebuild the text.
    m_page->hide();
    m_document->setValue(JsonPointer("/hostname"), Json("hidden-edit"));
    QTest::qWait(300);
    QVERIFY(!text->toPlainText().contains(QLatin1String("hidden-edit")));

    // Shown again, it catches up at once; while shown, edits follow shortly.
    m_page->show();
    QCOMPARE(text->toPlainText().toUtf8(), m_document->toJson());
    m_document->setValue(JsonPointer("/hostname"), Json("visible-edit"));
    QTRY_COMPARE(text->toPlainText().toUtf8(), m_document->toJson());
}

void TestJsonPage::focusPointerSelectsTheNode_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("selected");
    QTest::newRow("existing") << "/process/rlimits/0/soft"
                              << "/process/rlimits/0/soft";
    QTest::newRow("missing member shows its parent") << "/process/cwd"
                                                     << "/process";
    QTest::newRow("vendor") << "/x-vendor/nested/2"
                            << "/x-vendor/nested/2";
}

void TestJsonPage::focusPointerSelectsTheNode()
{
    QFETCH(QString, pointer);
    QFETCH(QString, selected);
    QSignalSpy focused(m_page.get(), &EditorPage::fieldFocused);
    QVERIFY(m_page->focusPointer(JsonPointer(pointer.toStdString())));
    const QModelIndex current = m_page->tree()->currentIndex();
    QCOMPARE(current.data(SpecModel::PointerRole).toString(), selected);
    QCOMPARE(focused.size(), 1);
    QCOMPARE(JsonUtil::pointerString(focused.first().first().value<JsonPointer>()), selected);
}

void TestJsonPage::findInTheText()
{
    m_page->activateWindow();
    m_page->textView()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keyClick(m_page->textView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_page->findField()->isVisible());
    QTest::keyClicks(m_page->findField(), QStringLiteral("nested"));
    QTest::keyClick(m_page->findField(), Qt::Key_Return);
    const QTextCursor found = m_page->textView()->textCursor();
    QCOMPARE(found.selectedText(), QStringLiteral("nested"));
    // The only match again: the search wraps around to it.
    QTest::keyClick(m_page->findField(), Qt::Key_Return);
    QCOMPARE(m_page->textView()->textCursor().position(), found.position());
    QTest::keyClick(m_page->findField(), Qt::Key_Escape);
    QVERIFY(!m_page->findField()->isVisible());
}

// A parse error reads in the palette's error colour, also after the palette changes.
void TestJsonPage::statusFollowsThePalette()
{
    auto *status = m_page->findChild<QLabel *>(QStringLiteral("jsonTextStatus"));
    QVERIFY(status);
    Q_EMIT m_page->textView()->statusChanged(QStringLiteral("Expected a value at line 3"), true);
    QCOMPARE(status->palette().color(QPalette::WindowText),
             FindingMarks::color(Finding::Severity::Error, m_page->palette()));
    QPalette dark = m_page->palette();
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    m_page->setPalette(dark); // as a new application palette reaches it
    const QColor afterwards = status->palette().color(QPalette::WindowText);
    const QColor expected = FindingMarks::color(Finding::Severity::Error, m_page->palette());
    const QColor window = status->palette().color(QPalette::Window);
    QCOMPARE(window, QColor(30, 30, 30));
    QCOMPARE(afterwards, expected);
}

QTEST_MAIN(TestJsonPage)
#include "tst_jsonpage.moc"
