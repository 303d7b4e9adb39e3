// SPDX-License-Identifier: Apache-2.0
#include "editors/arraytableeditor.h"
#include "document/specdocument.h"
#include "pages/processpage.h"
#include "editors/processrlimitvaluedelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

namespace {

const QByteArray config = R"({
	"ociVersion": "1.2.0",
	"process": {
		"user": {
			"uid": 0,
			"gid": 0
		},
		"args": ["sh", "-c", "true"],
		"env": ["PATH=/bin", "TERM=xterm"],
		"cwd": "/",
		"rlimits": [
			{"type": "RLIMIT_NOFILE", "hard": 1024, "soft": 1024}
		],
		"x-vendor-process": "keep me"
	},
	"x-vendor": true
})";

QByteArray valueAt(const SpecDocument &document, const QString &pointer)
{
    const Json *value = document.value(JsonPointer(pointer.toStdString()));
    return value ? QByteArray::fromStdString(value->dump()) : QByteArrayLiteral("absent");
}

} // namespace

class TestProcessPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typing_data();
    void typing();
    void checkBoxes_data();
    void checkBoxes();
    void choices_data();
    void choices();
    void tableCells_data();
    void tableCells();
    void additionalGroups_data();
    void additionalGroups();
    void unlimitedText_data();
    void unlimitedText();
    void unlimitedThroughTheDelegate();
    void newResourceLimitPicksAFreeType();
    void focusFollowsFindings();

private:
    void checkOneUndoRestores(const QByteArray &original);

    std::unique_ptr<SpecDocument> m_document;
    std::unique_ptr<ProcessPage> m_page;
};

void TestProcessPage::cleanup()
{
    // The page refers to the document: it goes first.
    m_page.reset();
    m_document.reset();
}

void TestProcessPage::init()
{
    m_document = std::make_unique<SpecDocument>();
    QVERIFY(m_document->loadFromData(config));
    m_page = std::make_unique<ProcessPage>(m_document.get());
}

void TestProcessPage::checkOneUndoRestores(const QByteArray &original)
{
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toJson(), original);
    QCOMPARE(valueAt(*m_document, QStringLiteral("/process/x-vendor-process")), QByteArray("\"keep me\""));
}

void TestProcessPage::typing_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text"); // replaces the field's text
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("expected");
    // For edits in place: the line before and after; the rest of the file stays as it is.
    QTest::addColumn<QByteArray>("lineBefore");
    QTest::addColumn<QByteArray>("lineAfter");

    QTest::newRow("cwd") << "cwdEdit"
                         << "/srv"
                         << "/process/cwd" << QByteArray("\"/srv\"") << QByteArray("\"cwd\": \"/\"")
                         << QByteArray("\"cwd\": \"/srv\"");
    QTest::newRow("uid") << "uidEdit"
                         << "1000"
                         << "/process/user/uid" << QByteArray("1000") << QByteArray("\"uid\": 0")
                         << QByteArray("\"uid\": 1000");
    QTest::newRow("umask") << "umaskEdit"
                           << "18"
                           << "/process/user/umask" << QByteArray("18") << QByteArray() << QByteArray();
    QTest::newRow("console width") << "consoleWidthEdit"
                                   << "120"
                                   << "/process/consoleSize/width" << QByteArray("120") << QByteArray() << QByteArray();
    QTest::newRow("negative oom score") << "oomScoreAdjEdit"
                                        << "-500"
                                        << "/process/oomScoreAdj" << QByteArray("-500") << QByteArray() << QByteArray();
    QTest::newRow("apparmor") << "apparmorProfileEdit"
                              << "docker-default"
                              << "/process/apparmorProfile" << QByteArray("\"docker-default\"") << QByteArray()
                              << QByteArray();
    QTest::newRow("scheduler nice") << "schedulerNiceEdit"
                                    << "-5"
                                    << "/process/scheduler/nice" << QByteArray("-5") << QByteArray() << QByteArray();
    QTest::newRow("scheduler runtime beyond int64")
        << "schedulerRuntimeEdit"
        << "18446744073709551615"
        << "/process/scheduler/runtime" << QByteArray("18446744073709551615") << QByteArray() << QByteArray();
    QTest::newRow("io priority") << "ioPriorityEdit"
                                 << "4"
                                 << "/process/ioPriority/priority" << QByteArray("4") << QByteArray() << QByteArray();
    QTest::newRow("cpu affinity") << "affinityFinalEdit"
                                  << "0-3,7"
                                  << "/process/execCPUAffinity/final" << QByteArray("\"0-3,7\"") << QByteArray()
                                  << QByteArray();
}

void TestProcessPage::typing()
{
    QFETCH(QString, widget);
    QFETCH(QString, text);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, lineBefore);
    QFETCH(QByteArray, lineAfter);

    auto edit = m_page->findChild<QLineEdit *>(widget);
    QVERIFY2(edit, qPrintable(widget));
    const QByteArray original = m_document->toJson();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QCOMPARE(valueAt(*m_document, pointer), expected);
    if (!lineBefore.isEmpty())
        QCOMPARE(m_document->toJson(), QByteArray(original).replace(lineBefore, lineAfter));
    checkOneUndoRestores(original);
}

void TestProcessPage::checkBoxes_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("terminal") << "terminalCheck"
                              << "/process/terminal" << QByteArray("true");
    QTest::newRow("no new privileges") << "noNewPrivilegesCheck"
                                       << "/process/noNewPrivileges" << QByteArray("true");
    QTest::newRow("scheduler flag") << "SCHED_FLAG_RESET_ON_FORK"
                                    << "/process/scheduler/flags" << QByteArray("[\"SCHED_FLAG_RESET_ON_FORK\"]");
}

void TestProcessPage::checkBoxes()
{
    QFETCH(QString, widget);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, expected);

    auto box = m_page->findChild<QCheckBox *>(widget);
    QVERIFY2(box, qPrintable(widget));
    const QByteArray original = m_document->toJson();
    QVERIFY(!box->isChecked());
    box->click();
    QCOMPARE(valueAt(*m_document, pointer), expected);
    checkOneUndoRestores(original);
    QVERIFY(!box->isChecked());
}

void TestProcessPage::choices_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("pointer");

    QTest::newRow("scheduler policy") << "schedulerPolicyBox"
                                      << "SCHED_FIFO"
                                      << "/process/scheduler/policy";
    QTest::newRow("io class") << "ioPriorityClassBox"
                              << "IOPRIO_CLASS_IDLE"
                              << "/process/ioPriority/class";
}

void TestProcessPage::choices()
{
    QFETCH(QString, widget);
    QFETCH(QString, choice);
    QFETCH(QString, pointer);

    auto box = m_page->findChild<QComboBox *>(widget);
    QVERIFY2(box, qPrintable(widget));
    const QByteArray original = m_document->toJson();
    const int index = box->findText(choice);
    QVERIFY(index > 0);
    // What picking an entry from the popup does.
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
    QCOMPARE(valueAt(*m_document, pointer), QByteArray("\"" + choice.toUtf8() + "\""));
    checkOneUndoRestores(original);
    QCOMPARE(box->currentIndex(), 0);
}

void TestProcessPage::tableCells_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("argument") << "argsEditor" << 2 << 0 << "false"
                              << "/process/args/2" << QByteArray("\"false\"");
    QTest::newRow("env name") << "envEditor" << 1 << 0 << "LANG"
                              << "/process/env/1" << QByteArray("\"LANG=xterm\"");
    QTest::newRow("env value") << "envEditor" << 0 << 1 << "/usr/bin:/bin"
                               << "/process/env/0" << QByteArray("\"PATH=/usr/bin:/bin\"");
    QTest::newRow("rlimit type") << "rlimitsEditor" << 0 << 0 << "RLIMIT_NPROC"
                                 << "/process/rlimits/0/type" << QByteArray("\"RLIMIT_NPROC\"");
    QTest::newRow("rlimit hard") << "rlimitsEditor" << 0 << 2 << "4096"
                                 << "/process/rlimits/0/hard" << QByteArray("4096");
}

void TestProcessPage::tableCells()
{
    QFETCH(QString, table);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, expected);

    auto editor = m_page->findChild<ArrayTableEditor *>(table);
    QVERIFY(editor);
    const QByteArray original = m_document->toJson();
    // Through the view's delegate, as a double-click and Enter would do it.
    QTableView *view = editor->view();
    const QModelIndex index = editor->model()->index(row, column);
    QAbstractItemDelegate *delegate = view->itemDelegateForIndex(index);
    std::unique_ptr<QWidget> widget(delegate->createEditor(view->viewport(), QStyleOptionViewItem(), index));
    QVERIFY(widget);
    delegate->setEditorData(widget.get(), index);
    if (auto line = qobject_cast<QLineEdit *>(widget.get()))
        line->setText(text);
    else if (auto box = qobject_cast<QComboBox *>(widget.get()))
        box->setCurrentIndex(box->findText(text));
    delegate->setModelData(widget.get(), editor->model(), index);
    QCOMPARE(valueAt(*m_document, pointer), expected);
    checkOneUndoRestores(original);
}

void TestProcessPage::additionalGroups_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("two") << "10, 27" << QByteArray("[10,27]");
    QTest::newRow("spaces only") << "5 6  7" << QByteArray("[5,6,7]");
    QTest::newRow("largest gid") << "4294967295" << QByteArray("[4294967295]");
}

void TestProcessPage::additionalGroups()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);

    auto edit = m_page->findChild<QLineEdit *>(QStringLiteral("additionalGidsEdit"));
    QVERIFY(edit);
    const QByteArray original = m_document->toJson();
    QTest::keyClicks(edit, text);
    QCOMPARE(valueAt(*m_document, QStringLiteral("/process/user/additionalGids")), QByteArray("absent"));
    Q_EMIT edit->editingFinished();
    QCOMPARE(valueAt(*m_document, QStringLiteral("/process/user/additionalGids")), expected);
    checkOneUndoRestores(original);
    QCOMPARE(edit->text(), QString());
}

void TestProcessPage::unlimitedText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("word") << "unlimited"
                          << "18446744073709551615";
    QTest::newRow("word in capitals") << " UNLIMITED "
                                      << "18446744073709551615";
    QTest::newRow("number") << "65536"
                            << "65536";
}

void TestProcessPage::unlimitedText()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QCOMPARE(ProcessRlimitValueDelegate::fromDisplay(typed), stored);
    const QString shown = ProcessRlimitValueDelegate::toDisplay(stored);
    QCOMPARE(shown == QLatin1String("unlimited"), stored == QLatin1String("18446744073709551615"));
}

void TestProcessPage::unlimitedThroughTheDelegate()
{
    ArrayTableEditor *editor = m_page->rlimitsEditor();
    QTableView *view = editor->view();
    const QModelIndex soft = editor->model()->index(0, 1);
    QAbstractItemDelegate *delegate = view->itemDelegateForIndex(soft);
    std::unique_ptr<QWidget> widget(delegate->createEditor(view->viewport(), QStyleOptionViewItem(), soft));
    auto line = qobject_cast<QLineEdit *>(widget.get());
    QVERIFY(line);
    line->setText(QStringLiteral("unlimited"));
    delegate->setModelData(line, editor->model(), soft);
    QCOMPARE(valueAt(*m_document, QStringLiteral("/process/rlimits/0/soft")), QByteArray("18446744073709551615"));
    delegate->setEditorData(line, soft);
    QCOMPARE(line->text(), QStringLiteral("unlimited"));
}

void TestProcessPage::newResourceLimitPicksAFreeType()
{
    ArrayTableEditor *editor = m_page->rlimitsEditor();
    const auto buttons = editor->findChildren<QAbstractButton *>();
    QAbstractButton *add = nullptr;
    for (QAbstractButton *button : buttons) {
        if (button->text() == ArrayTableEditor::tr("&Add"))
            add = button;
    }
    QVERIFY(add);
    add->click();
    QCOMPARE(editor->model()->rowCount(), 2);
    const QByteArray type = valueAt(*m_document, QStringLiteral("/process/rlimits/1/type"));
    QVERIFY(type.startsWith("\"RLIMIT_"));
    QVERIFY(type != valueAt(*m_document, QStringLiteral("/process/rlimits/0/type")));
}

void TestProcessPage::focusFollowsFindings()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(m_page->focusPointer(JsonPointer("/process/user/additionalGids/0")));
    QCOMPARE(m_page->focusWidget()->objectName(), QStringLiteral("additionalGidsEdit"));
    QVERIFY(m_page->focusPointer(JsonPointer("/process/cwd")));
    QCOMPARE(m_page->focusWidget()->objectName(), QStringLiteral("cwdEdit"));
    QVERIFY(m_page->focusPointer(JsonPointer("/process/env/1")));
    QCOMPARE(m_page->envEditor()->view()->currentIndex().row(), 1);
}

QTEST_MAIN(TestProcessPage)
#include "tst_processpage.moc"
