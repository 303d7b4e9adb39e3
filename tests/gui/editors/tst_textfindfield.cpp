// SPDX-License-Identifier: Apache-2.0
// The find field of the JSON text and the run console: Ctrl+F, Enter,
// Shift+Enter with wrapping, Esc; and in the console, Ctrl+F from the input.
#include "editors/textfindfield.h"
#include "run/consoleview.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QVBoxLayout>

class TestTextFindField final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enterSteps_data();
    void enterSteps();
    void escapeHandsTheFocusBack();
    void consoleFindsFromItsInput();

private:
    void showTextWithFind(QWidget &window, const QString &content, QPlainTextEdit **text, TextFindField **find);
};

// A text and its find field in window, shown, the focus in the text.
void TestTextFindField::showTextWithFind(QWidget &window, const QString &content, QPlainTextEdit **text,
                                         TextFindField **find)
{
    *text = new QPlainTextEdit(content, &window);
    *find = new TextFindField(*text, &window, &window);
    auto layout = new QVBoxLayout(&window);
    layout->addWidget(*text);
    layout->addWidget(*find);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    (*text)->setFocus();
}

void TestTextFindField::enterSteps_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QList<bool>>("backward"); // one Enter each, Shift+Enter when true
    QTest::addColumn<QList<int>>("positions"); // where each selection starts; -1: no match

    QTest::newRow("forward") << "alpha" << QList<bool>{false, false, false} << QList<int>{0, 11, 23};
    QTest::newRow("wraps forward") << "alpha" << QList<bool>{false, false, false, false} << QList<int>{0, 11, 23, 0};
    QTest::newRow("backward wraps to the last") << "alpha" << QList<bool>{true} << QList<int>{23};
    QTest::newRow("there and back") << "alpha" << QList<bool>{false, false, true} << QList<int>{0, 11, 0};
    QTest::newRow("no match") << "delta" << QList<bool>{false} << QList<int>{-1};
}

void TestTextFindField::enterSteps()
{
    QFETCH(QString, needle);
    QFETCH(QList<bool>, backward);
    QFETCH(QList<int>, positions);
    QWidget window;
    QPlainTextEdit *text = nullptr;
    TextFindField *find = nullptr;
    showTextWithFind(window, QStringLiteral("alpha beta alpha gamma alpha"), &text, &find);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!find->isVisible());
    QTest::keySequence(&window, QKeySequence::Find);
    QVERIFY(find->isVisible());
    QVERIFY(find->hasFocus());
    QTest::keyClicks(find, needle);
    for (qsizetype i = 0; i < backward.size(); ++i) {
        QTest::keyClick(find, Qt::Key_Return, backward.at(i) ? Qt::ShiftModifier : Qt::NoModifier);
        const QTextCursor cursor = text->textCursor();
        if (positions.at(i) < 0) {
            QVERIFY(!cursor.hasSelection());
        } else {
            QCOMPARE(cursor.selectionStart(), positions.at(i));
            QCOMPARE(cursor.selectedText(), needle);
        }
    }
}

void TestTextFindField::escapeHandsTheFocusBack()
{
    QWidget window;
    QPlainTextEdit *text = nullptr;
    TextFindField *find = nullptr;
    showTextWithFind(window, QStringLiteral("x"), &text, &find);
    if (QTest::currentTestFailed())
        return;
    QTest::keySequence(&window, QKeySequence::Find);
    QVERIFY(find->hasFocus());
    QTest::keyClick(find, Qt::Key_Escape);
    QVERIFY(!find->isVisible());
    QVERIFY(text->hasFocus());
}

void TestTextFindField::consoleFindsFromItsInput()
{
    ConsoleView console;
    console.appendOutput("starting\nlistening on :8080\n");
    console.appendError("warning: no config\n");
    console.show();
    QVERIFY(QTest::qWaitForWindowActive(&console));
    auto input = console.findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(input);
    input->setFocus();
    QTest::keySequence(&console, QKeySequence::Find);
    QVERIFY(console.findField()->isVisible());
    QTest::keyClicks(console.findField(), QStringLiteral("config"));
    QVERIFY(console.findField()->find(false));
    auto output = console.findChild<QPlainTextEdit *>();
    QCOMPARE(output->textCursor().selectedText(), QStringLiteral("config"));
}

QTEST_MAIN(TestTextFindField)
#include "tst_textfindfield.moc"
