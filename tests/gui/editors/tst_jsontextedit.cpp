// SPDX-License-Identifier: Apache-2.0
#include "document/specdocument.h"
#include "editors/findingmarks.h"
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

// The escaped JSON of a value as nlohmann writes it, UTF-8 as is.
QString dumped(const Json &value)
{
    return QString::fromStdString(value.dump());
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
    void typedValuesKeepTextAndMap_data();
    void typedValuesKeepTextAndMap();
    void successiveValuesKeepTheMap();

private:
    void compareMapWithScan();
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
    // The warning colour made for the text's palette, as the form pages frame fields.
    QCOMPARE(marks.first().format.underlineColor(), FindingMarks::color(Finding::Severity::Warning, m_edit->palette()));
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

// The map the edit keeps through applied values is the one a scan of its
// text gives.
void TestJsonTextEdit::compareMapWithScan()
{
    const JsonTextMap scanned = JsonTextMap::scan(m_edit->toPlainText());
    const JsonTextMap &kept = m_edit->textMap();
    QVERIFY(scanned.isComplete());
    QCOMPARE(kept.entries().size(), scanned.entries().size());
    for (qsizetype i = 0; i < scanned.entries().size(); ++i) {
        const JsonTextMap::Entry &want = scanned.entries().at(i);
        const JsonTextMap::Entry &have = kept.entries().at(i);
        QCOMPARE(JsonUtil::toQString(have.pointer), JsonUtil::toQString(want.pointer));
        QCOMPARE(have.keyStart, want.keyStart);
        QCOMPARE(have.keyEnd, want.keyEnd);
        QCOMPARE(have.valueStart, want.valueStart);
        QCOMPARE(have.valueEnd, want.valueEnd);
        QCOMPARE(kept.entryFor(want.pointer), &have);
    }
}

void TestJsonTextEdit::typedValuesKeepTextAndMap_data()
{
    QTest::addColumn<QString>("before"); // the cursor goes after it
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value"); // dumped
    QTest::addColumn<int>("steps");     // on the undo stack after applying

    QTest::newRow("in a string") << "\"box"
                                 << "es"
                                 << "/hostname"
                                 << "\"boxes\"" << 1;
    QTest::newRow("in a number of a one-line object") << "\"hard\": 10"
                                                      << "0"
                                                      << "/process/rlimits/0/hard"
                                                      << "10024" << 1;
    // Save writes the value plainly; the text then shows that.
    QTest::newRow("an escape, written back plainly") << "\"cwd\": \"/"
                                                     << "caf\\u00e9"
                                                     << "/process/cwd"
                                                     << "\"/caf\u00e9\"" << 1;
    QTest::newRow("a member of a one-line object") << "\"soft\": 1024"
                                                   << ", \"x\": 1"
                                                   << "/process/rlimits/0/x"
                                                   << "1" << 1;
    // Typed past the value's end: only the whole text parses.
    QTest::newRow("a member after a value") << "\"box"
                                            << "\", \"domainname\": \"b"
                                            << "/domainname"
                                            << "\"b\"" << 1;
    QTest::newRow("white space alone") << "\"box\""
                                       << "  "
                                       << "/hostname"
                                       << "\"box\"" << 0;
}

// Typing in a value applies it as the whole text would, brings the text to
// what Save writes and keeps the map of it right; one Ctrl+Z undoes it.
void TestJsonTextEdit::typedValuesKeepTextAndMap()
{
    QFETCH(QString, before);
    QFETCH(QString, keys);
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(int, steps);

    placeCursor(before);
    QTest::keyClicks(m_edit.get(), keys);
    m_edit->completion()->completer()->popup()->hide();
    const QString typed = m_edit->toPlainText();
    m_edit->applyTypedText();
    QVERIFY2(!m_edit->hasUnappliedText(), qPrintable(m_edit->status()));
    const Json *applied = m_document->value(JsonPointer(pointer.toStdString()));
    QVERIFY(applied);
    QCOMPARE(dumped(*applied), value);
    QCOMPARE(m_document->undoStack()->count(), steps);
    if (steps == 0) {
        // The layout is the file's: the text stays as typed and says so.
        QCOMPARE(m_edit->toPlainText(), typed);
        QVERIFY(!m_edit->status().isEmpty());
        return;
    }
    QVERIFY(m_edit->status().isEmpty());
    QCOMPARE(m_edit->toPlainText(), QString::fromUtf8(m_document->toJson()));
    compareMapWithScan();

    QTest::keyClick(m_edit.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_edit->toPlainText(), QString::fromUtf8(config));
    compareMapWithScan();
}

// Values typed one after another, with white space typed between them: each
// apply keeps the map, and the white space goes when a value is applied.
void TestJsonTextEdit::successiveValuesKeepTheMap()
{
    placeCursor(QStringLiteral("\"cwd\": \"/"));
    QTest::keyClicks(m_edit.get(), QStringLiteral("srv"));
    m_edit->applyTypedText();
    compareMapWithScan();
    placeCursor(QStringLiteral("\"terminal\": false"));
    QTest::keyClicks(m_edit.get(), QStringLiteral(" "));
    m_edit->applyTypedText();
    QVERIFY(!m_edit->status().isEmpty());
    placeCursor(QStringLiteral("\"ociVersion\": \"1.0.2"));
    QTest::keyClick(m_edit.get(), Qt::Key_Backspace);
    QTest::keyClicks(m_edit.get(), QStringLiteral("3"));
    m_edit->applyTypedText();
    QVERIFY(m_edit->status().isEmpty());
    QCOMPARE(m_edit->toPlainText(), QString::fromUtf8(m_document->toJson()));
    compareMapWithScan();
    QCOMPARE(valueAt(*m_document, "/ociVersion"), QStringLiteral("\"1.0.3\""));
    QCOMPARE(valueAt(*m_document, "/process/cwd"), QStringLiteral("\"/srv\""));
    QCOMPARE(m_document->undoStack()->count(), 2);
}

QTEST_MAIN(TestJsonTextEdit)
#include "tst_jsontextedit.moc"
