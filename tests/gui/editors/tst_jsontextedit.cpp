// SPDX-License-Identifier: Apache-2.0
#include "document/specdocument.h"
#include "editors/jsoncompletion.h"
#include "editors/jsontextedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

namespace {

const QByteArray config = R"({
    "ociVersion": "1.0.2",
    "process": {
        "cwd": "/",
        "rlimits": [{"type": "RLIMIT_NOFILE", "hard": 1024, "soft": 1024}],
        "terminal": false
    },
    "hostname": "box"
}
)";

QString valueAt(const SpecDocument &document, const char *pointer)
{
    const Json *value = document.value(JsonPointer(pointer));
    return value ? QString::fromStdString(value->dump()) : QStringLiteral("absent");
}

QStringList modelTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, 0).data().toString();
    return texts;
}

} // namespace

class TestJsonTextEdit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheSavedText();
    void typingBecomesOneUndoStep();
    void textThatDoesNotParseIsKeptAndMarked();
    void findingsAreUnderlined_data();
    void findingsAreUnderlined();
    void completesKeysAndValues_data();
    void completesKeysAndValues();
    void outsideEditsKeepTheCursor();

private:
    void placeCursor(const QString &before, int shift = 0);

    std::unique_ptr<SpecDocument> m_document;
    std::unique_ptr<JsonTextEdit> m_edit;
};

void TestJsonTextEdit::init()
{
    m_document = std::make_unique<SpecDocument>();
    QVERIFY(m_document->loadFromData(config));
    m_edit = std::make_unique<JsonTextEdit>(m_document.get());
    m_edit->resize(600, 400);
    m_edit->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_edit.get()));
}

void TestJsonTextEdit::cleanup()
{
    m_edit.reset();
    m_document.reset();
}

// Puts the cursor after the first occurrence of before, moved by shift.
void TestJsonTextEdit::placeCursor(const QString &before, int shift)
{
    const qsizetype at = m_edit->toPlainText().indexOf(before);
    QVERIFY(at >= 0);
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(int(at + before.size() + shift));
    m_edit->setTextCursor(cursor);
}

void TestJsonTextEdit::showsTheSavedText()
{
    QCOMPARE(m_edit->toPlainText(), QString::fromUtf8(config));
    QVERIFY(m_edit->status().isEmpty());
}

void TestJsonTextEdit::typingBecomesOneUndoStep()
{
    QSignalSpy changes(m_document.get(), &SpecDocument::contentsChanged);
    placeCursor(QStringLiteral("\"box"));
    QTest::keyClicks(m_edit.get(), QStringLiteral("es"));
    // Nothing is applied before the pause in typing.
    QCOMPARE(changes.count(), 0);
    QVERIFY(changes.wait(JsonTextEdit::TypingPause * 10));
    QCOMPARE(valueAt(*m_document, "/hostname"), QStringLiteral("\"boxes\""));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->toJson(), QByteArray(config).replace("\"box\"", "\"boxes\""));
    QCOMPARE(m_edit->toPlainText(), QString::fromUtf8(m_document->toJson()));

    // Ctrl+Z in the text is the document's undo.
    QTest::keyClick(m_edit.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_document->toJson(), config);
    QCOMPARE(m_edit->toPlainText(), QString::fromUtf8(config));
    QCOMPARE(m_document->undoStack()->index(), 0);
}

void TestJsonTextEdit::textThatDoesNotParseIsKeptAndMarked()
{
    QSignalSpy status(m_edit.get(), &JsonTextEdit::statusChanged);
    placeCursor(QStringLiteral("\"terminal\": false"));
    QTest::keyClicks(m_edit.get(), QStringLiteral(","));
    m_edit->applyTypedText();
    QVERIFY(m_edit->hasUnappliedText());
    QCOMPARE(status.count(), 1);
    QVERIFY(status.first().at(1).toBool());
    QVERIFY(m_edit->status().startsWith(QStringLiteral("Line 7, column 5")));
    QCOMPARE(m_document->undoStack()->count(), 0);
    const QList<QTextEdit::ExtraSelection> marks = m_edit->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);

    // An edit elsewhere does not overwrite the typed text.
    const QString typed = m_edit->toPlainText();
    m_document->setValue(JsonPointer("/hostname"), Json("web"));
    QCOMPARE(m_edit->toPlainText(), typed);
    QVERIFY(m_edit->hasUnappliedText());

    // Completing the member makes it parse; it is applied as one step.
    QTest::keyClicks(m_edit.get(), QStringLiteral(" \"umask\": 18"));
    m_edit->applyTypedText();
    QVERIFY(!m_edit->hasUnappliedText());
    QVERIFY(m_edit->status().isEmpty());
    QCOMPARE(valueAt(*m_document, "/process/umask"), QStringLiteral("18"));
    QCOMPARE(m_document->undoStack()->count(), 2);
    QVERIFY(m_edit->extraSelections().isEmpty());
}

void TestJsonTextEdit::findingsAreUnderlined_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("underlined");

    QTest::newRow("member") << "/hostname"
                            << "\"hostname\"";
    QTest::newRow("element") << "/process/rlimits/0/type"
                             << "\"type\"";
    // A missing member is marked at the object that lacks it.
    QTest::newRow("missing") << "/process/user"
                             << "\"process\"";
}

void TestJsonTextEdit::findingsAreUnderlined()
{
    QFETCH(QString, pointer);
    QFETCH(QString, underlined);

    Finding finding;
    finding.severity = Finding::Severity::Warning;
    finding.code = QStringLiteral("test.code");
    finding.pointer = pointer;
    finding.message = QStringLiteral("A message");
    m_edit->showFindings({finding});
    const QList<QTextEdit::ExtraSelection> marks = m_edit->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.selectedText(), underlined);
    QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QCOMPARE(marks.first().format.underlineColor(), QColor(0xe5, 0x94, 0x00));
    m_edit->showFindings({});
    QVERIFY(m_edit->extraSelections().isEmpty());
}

void TestJsonTextEdit::completesKeysAndValues_data()
{
    QTest::addColumn<QString>("before"); // the cursor goes after it
    QTest::addColumn<int>("shift");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("notExpected");

    QTest::newRow("member of process") << "\"cwd\": \"/\"," << 0 << "noNewPrivileges"
                                       << "hostname";
    QTest::newRow("member of the root") << "\"ociVersion\": \"1.0.2\"," << 0 << "hostname"
                                        << "noNewPrivileges";
    QTest::newRow("rlimit type") << "\"type\": \"" << 0 << "RLIMIT_CORE"
                                 << "noNewPrivileges";
}

void TestJsonTextEdit::completesKeysAndValues()
{
    QFETCH(QString, before);
    QFETCH(int, shift);
    QFETCH(QString, expected);
    QFETCH(QString, notExpected);

    placeCursor(before, shift);
    QTest::keyClick(m_edit.get(), Qt::Key_Space, Qt::ControlModifier);
    const QStringList items = modelTexts(m_edit->completion()->model());
    QVERIFY2(items.contains(expected), qPrintable(items.join(QLatin1Char(' '))));
    QVERIFY(!items.contains(notExpected));
    QVERIFY(m_edit->completion()->completer()->popup()->isVisible());
    // Every item carries its explanation for the panel beside the list.
    const QModelIndex index = m_edit->completion()->model()->index(int(items.indexOf(expected)), 0);
    QVERIFY(!index.data(JsonCompletion::ExplanationRole).toString().isEmpty());
    m_edit->completion()->completer()->popup()->hide();
}

void TestJsonTextEdit::outsideEditsKeepTheCursor()
{
    placeCursor(QStringLiteral("\"host"));
    const int scroll = m_edit->verticalScrollBar()->value();
    m_document->setValue(JsonPointer("/process/cwd"), Json("/a/longer/path"));
    QCOMPARE(m_edit->toPlainText(), QString::fromUtf8(m_document->toJson()));
    const QTextCursor cursor = m_edit->textCursor();
    QCOMPARE(m_edit->toPlainText().mid(cursor.position() - 5, 10), QStringLiteral("\"hostname\""));
    QCOMPARE(m_edit->verticalScrollBar()->value(), scroll);
    // The outside edit is no typing: nothing is applied back.
    QCOMPARE(m_document->undoStack()->count(), 1);
}

QTEST_MAIN(TestJsonTextEdit)
#include "tst_jsontextedit.moc"
