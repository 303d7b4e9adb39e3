// SPDX-License-Identifier: Apache-2.0
#include "pagetesting.h"

#include "editors/mountoptionseditor.h"
#include "pages/mountspage.h"
#include "editors/nestedtableslot.h"
#include "ocispec/finding.h"

#include "editors/arraytableeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>

using namespace PageTesting;

namespace {

const QByteArray config = R"({
    "ociVersion": "1.2.0",
    "mounts": [
        {"destination": "/proc", "type": "proc", "source": "proc"},
        {"destination": "/data", "type": "bind", "source": "/srv/data", "options": ["rbind", "rw", "nosuid", "mode=755"],
         "x-vendor": {"keep": true}},
        {"destination": "/tmp", "type": "tmpfs", "source": "tmpfs"}
    ]
})";

} // namespace

class TestMountsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tableEdit_data();
    void tableEdit();
    void detailFields_data();
    void detailFields();
    void optionFlags_data();
    void optionFlags();
    void otherOptions_data();
    void otherOptions();
    void detailFollowsInsertAbove();
    void addAtTop();
    void idmappedMount_data();
    void idmappedMount();
    void tabOrderAfterRowChange();
    void focusPointer_data();
    void focusPointer();
    void cellFocusExplains_data();
    void cellFocusExplains();
    void withFlag_data();
    void withFlag();
    void manyMounts();
    void findingsFollowTheCurrentRow_data();
    void findingsFollowTheCurrentRow();

private:
    PageFixture<MountsPage> m_fixture;
    SpecDocument *m_document = nullptr;
    MountsPage *m_page = nullptr;
};

void TestMountsPage::init()
{
    QVERIFY(m_fixture.open(config));
    m_document = m_fixture.document();
    m_page = m_fixture.page();
}

void TestMountsPage::cleanup()
{
    m_fixture.close();
}

void TestMountsPage::tableEdit_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("destination") << 1 << 0 << "/srv" << QByteArray("/mounts/1/destination") << QByteArray("\"/srv\"");
    QTest::newRow("type") << 0 << 1 << "sysfs" << QByteArray("/mounts/0/type") << QByteArray("\"sysfs\"");
    QTest::newRow("options") << 2 << 3 << "ro, nodev" << QByteArray("/mounts/2/options")
                             << QByteArray(R"(["ro","nodev"])");
    QTest::newRow("vendor member kept") << 1 << 2 << "/other" << QByteArray("/mounts/1/x-vendor")
                                        << QByteArray(R"({"keep":true})");
}

void TestMountsPage::tableEdit()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();

    QAbstractItemModel *model = m_page->table()->view()->model();
    QVERIFY(model->setData(model->index(row, column), text));
    QCOMPARE(valueText(*m_document, pointer.constData()), expected);
    QVERIFY(undoRestores(*m_document, original));
}

void TestMountsPage::detailFields_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("expectedMount");
    QTest::newRow("destination of the vendor mount")
        << 1 << "destination"
        << "/x"
        << QByteArray(
               R"({"destination":"/data/x","type":"bind","source":"/srv/data","options":["rbind","rw","nosuid","mode=755"],"x-vendor":{"keep":true}})");
    QTest::newRow("source") << 0 << "source"
                            << "fs" << QByteArray(R"({"destination":"/proc","type":"proc","source":"procfs"})");
}

void TestMountsPage::detailFields()
{
    QFETCH(int, row);
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QByteArray, expectedMount);
    const QByteArray original = m_document->toJson();

    QTableView *view = m_page->table()->view();
    view->setCurrentIndex(view->model()->index(row, 0));
    auto *edit = m_page->findChild<QLineEdit *>(field);
    QVERIFY(edit);
    QVERIFY(edit->isEnabled());
    edit->setFocus();
    edit->end(false);
    QTest::keyClicks(edit, typed);
    const QByteArray pointer = "/mounts/" + QByteArray::number(row);
    QCOMPARE(valueText(*m_document, pointer.constData()), expectedMount);
    // The keystrokes merge into one step.
    QVERIFY(undoRestores(*m_document, original));
    QCOMPARE(m_page->table()->view()->model()->index(row, 0).data().toString(),
             QString::fromStdString(
                 m_document->value(JsonPointer(pointer.toStdString() + "/destination"))->get<std::string>()));
}

void TestMountsPage::optionFlags_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("ro replaces rw") << 1 << "ro" << QByteArray(R"(["rbind","nosuid","mode=755","ro"])");
    QTest::newRow("uncheck nosuid") << 1 << "nosuid" << QByteArray(R"(["rbind","rw","mode=755"])");
    QTest::newRow("bind replaces rbind") << 1 << "bind" << QByteArray(R"(["rw","nosuid","mode=755","bind"])");
    QTest::newRow("first option") << 0 << "noexec" << QByteArray(R"(["noexec"])");
}

void TestMountsPage::optionFlags()
{
    QFETCH(int, row);
    QFETCH(QString, flag);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();

    QTableView *view = m_page->table()->view();
    view->setCurrentIndex(view->model()->index(row, 1));
    QCheckBox *box = m_page->optionsEditor()->flagBox(flag);
    QVERIFY(box);
    box->click();
    const QByteArray pointer = "/mounts/" + QByteArray::number(row) + "/options";
    QCOMPARE(valueText(*m_document, pointer.constData()), expected);
    QCOMPARE(box->isChecked(), QJsonDocument::fromJson(expected).array().contains(flag));
    QVERIFY(undoRestores(*m_document, original));
    QCOMPARE(valueText(*m_document, "/mounts/1/x-vendor"), QByteArray(R"({"keep":true})"));
}

void TestMountsPage::otherOptions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("replace in place") << "mode=700, size=1m"
                                      << QByteArray(R"(["rbind","rw","nosuid","mode=700","size=1m"])");
    QTest::newRow("clear") << "" << QByteArray(R"(["rbind","rw","nosuid"])");
}

void TestMountsPage::otherOptions()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();

    QTableView *view = m_page->table()->view();
    view->setCurrentIndex(view->model()->index(1, 0));
    QLineEdit *other = m_page->optionsEditor()->otherOptionsEdit();
    QCOMPARE(other->text(), QStringLiteral("mode=755"));
    other->setFocus();
    other->selectAll();
    QTest::keyClick(other, Qt::Key_Backspace);
    QTest::keyClicks(other, text);
    QCOMPARE(valueText(*m_document, "/mounts/1/options"), expected);
    // Clearing then typing are two steps of the same list.
    while (m_document->toJson() != original && m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(m_document->toJson(), original);
    QCOMPARE(other->text(), QStringLiteral("mode=755"));
}

void TestMountsPage::detailFollowsInsertAbove()
{
    QTableView *view = m_page->table()->view();
    view->setCurrentIndex(view->model()->index(1, 0));
    auto *destination = m_page->findChild<QLineEdit *>(QStringLiteral("destination"));
    QCOMPARE(destination->text(), QStringLiteral("/data"));

    m_document->insertValue(JsonPointer("/mounts"), 0, Json::object({{"destination", "/first"}}));
    QCOMPARE(view->currentIndex().row(), 2);
    QCOMPARE(destination->text(), QStringLiteral("/data"));
    destination->setFocus();
    destination->end(false);
    QTest::keyClicks(destination, "2");
    QCOMPARE(valueText(*m_document, "/mounts/2/destination"), QByteArray("\"/data2\""));
    QCOMPARE(valueText(*m_document, "/mounts/0/destination"), QByteArray("\"/first\""));

    // Undoing the insertion moves the detail back to the same mount.
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(view->currentIndex().row(), 1);
    QCOMPARE(destination->text(), QStringLiteral("/data"));
}

void TestMountsPage::addAtTop()
{
    const QByteArray original = m_document->toJson();
    QAbstractButton *prepend = button(m_page->table(), QStringLiteral("Add at &top"));
    QVERIFY(prepend && prepend->isVisible());
    prepend->click();
    QCOMPARE(valueText(*m_document, "/mounts/0"),
             QByteArray(R"({"destination":"/mnt","type":"tmpfs","source":"tmpfs"})"));
    QCOMPARE(m_document->value(JsonPointer("/mounts"))->size(), size_t(4));
    QCOMPARE(m_page->findChild<QLineEdit *>(QStringLiteral("type"))->text(), QStringLiteral("tmpfs"));
    QVERIFY(undoRestores(*m_document, original));
}

void TestMountsPage::idmappedMount_data()
{
    QTest::addColumn<bool>("uid");
    QTest::addColumn<QByteArray>("pointer");
    QTest::newRow("uid") << true << QByteArray("/mounts/1/uidMappings");
    QTest::newRow("gid") << false << QByteArray("/mounts/1/gidMappings");
}

void TestMountsPage::idmappedMount()
{
    QFETCH(bool, uid);
    QFETCH(QByteArray, pointer);
    const QByteArray original = m_document->toJson();

    QTableView *view = m_page->table()->view();
    view->setCurrentIndex(view->model()->index(1, 0));
    NestedTableSlot *slot = uid ? m_page->uidMappings() : m_page->gidMappings();
    QVERIFY(slot->editor());
    button(slot->editor(), QStringLiteral("&Add"))->click();
    QCOMPARE(valueText(*m_document, pointer.constData()), QByteArray(R"([{"containerID":0,"hostID":0,"size":1}])"));
    QAbstractItemModel *model = slot->editor()->view()->model();
    QVERIFY(model->setData(model->index(0, 1), QStringLiteral("100000")));
    QCOMPARE(valueText(*m_document, (pointer + "/0/hostID").constData()), QByteArray("100000"));
    QCOMPARE(valueText(*m_document, "/mounts/1/x-vendor"), QByteArray(R"({"keep":true})"));

    // Another mount shows its own (empty) mappings.
    view->setCurrentIndex(view->model()->index(2, 0));
    QCOMPARE(slot->editor()->view()->model()->rowCount(), 0);

    m_document->undoStack()->undo();
    QVERIFY(undoRestores(*m_document, original));
}

// The next widget Tab moves to from widget.
void TestMountsPage::tabOrderAfterRowChange()
{
    // The mapping tables are rebuilt for every mount; Tab must still lead
    // from the options into them and from the UID table to the GID table.
    QTableView *view = m_page->table()->view();
    for (int row : {1, 2, 0}) {
        view->setCurrentIndex(view->model()->index(row, 0));
        QCOMPARE(nextTabStop(m_page->optionsEditor()->otherOptionsEdit()), m_page->uidMappings()->editor()->view());
        QAbstractButton *lastUidButton = button(m_page->uidMappings()->editor(), QStringLiteral("Move do&wn"));
        QVERIFY(lastUidButton);
        lastUidButton->setEnabled(true);
        QCOMPARE(nextTabStop(lastUidButton), m_page->gidMappings()->editor()->view());
    }
}

void TestMountsPage::focusPointer_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("focused"); // object name of the widget that gets focus
    QTest::newRow("destination field") << "/mounts/2/destination" << 2 << "destination";
    QTest::newRow("source field") << "/mounts/1/source" << 1 << "source";
    QTest::newRow("whole mount") << "/mounts/1" << 1 << "";
    QTest::newRow("ID mappings, nested table") << "/mounts/1/gidMappings" << 1 << "gidMappings";
}

void TestMountsPage::focusPointer()
{
    QFETCH(QString, pointer);
    QFETCH(int, row);
    QFETCH(QString, focused);
    m_page->activateWindow();
    const Result<JsonPointer> parsedPointer = JsonUtil::parsePointer(pointer);
    QVERIFY2(parsedPointer, qPrintable(parsedPointer.error()));
    const JsonPointer target = *parsedPointer;
    QVERIFY(m_page->focusPointer(target));
    QCOMPARE(m_page->table()->view()->currentIndex().row(), row);
    QWidget *expected = m_page->findChild<QLineEdit *>(focused);
    if (focused.isEmpty())
        expected = m_page->table()->view();
    else if (focused == QLatin1String("gidMappings"))
        expected = m_page->gidMappings()->editor()->view();
    QTRY_COMPARE(QApplication::focusWidget(), expected);
    QVERIFY(!m_page->focusPointer(JsonPointer("/process/cwd")));
}

void TestMountsPage::cellFocusExplains_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("destination") << 2 << 0 << "/mounts/2/destination";
    QTest::newRow("options") << 1 << 3 << "/mounts/1/options";
}

void TestMountsPage::cellFocusExplains()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, pointer);
    QSignalSpy spy(m_page, &EditorPage::fieldFocused);
    QTableView *view = m_page->table()->view();
    view->setCurrentIndex(view->model()->index(row, column));
    QVERIFY(!spy.isEmpty());
    QCOMPARE(JsonUtil::pointerString(spy.last().first().value<JsonPointer>()), pointer);
}

void TestMountsPage::withFlag_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<bool>("on");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("append") << QStringList{"nosuid"} << "nodev" << true << QStringList{"nosuid", "nodev"};
    QTest::newRow("exclusive") << QStringList{"rprivate", "ro"} << "shared" << true << QStringList{"ro", "shared"};
    QTest::newRow("off") << QStringList{"ro", "nodev"} << "ro" << false << QStringList{"nodev"};
    QTest::newRow("no duplicate") << QStringList{"ro"} << "ro" << true << QStringList{"ro"};
    QTest::newRow("independent") << QStringList{"nosuid"} << "noexec" << true << QStringList{"nosuid", "noexec"};
}

void TestMountsPage::withFlag()
{
    QFETCH(QStringList, options);
    QFETCH(QString, flag);
    QFETCH(bool, on);
    QFETCH(QStringList, expected);
    QCOMPARE(MountOptionsEditor::withFlag(options, flag, on), expected);
}

void TestMountsPage::manyMounts()
{
    Json root = Json::object();
    Json &mounts = root["mounts"] = Json::array();
    for (int i = 0; i < 10000; ++i)
        mounts.push_back(Json::object({{"destination", "/m/" + std::to_string(i)}, {"type", "tmpfs"}}));
    QTableView *view = m_page->table()->view();
    const qsizetype widgetsBefore = m_page->findChildren<QWidget *>().size();
    m_document->setRoot(root);
    QCOMPARE(view->model()->rowCount(), 10000);
    view->setCurrentIndex(view->model()->index(9999, 0));
    view->scrollToBottom();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    QTest::qWait(1);
    QCOMPARE(m_page->findChild<QLineEdit *>(QStringLiteral("destination"))->text(), QStringLiteral("/m/9999"));
    // Rows are painted by the view, never made of widgets: 10,000 mounts add
    // none. (How fast they open is measured by the benchmarks.)
    QCOMPARE(m_page->findChildren<QWidget *>().size(), widgetsBefore);
}

QTEST_MAIN(TestMountsPage)
#include "tst_mountspage.moc"

void TestMountsPage::findingsFollowTheCurrentRow_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("marked");
    QTest::newRow("the row with the finding") << 2 << true;
    QTest::newRow("another row") << 0 << false;
}

// Findings mark the detail editor's fields for the row it shows, also after
// the current row changes (the detail binds anew for every row).
void TestMountsPage::findingsFollowTheCurrentRow()
{
    QFETCH(int, row);
    QFETCH(bool, marked);
    const Finding finding{Finding::Severity::Error, QStringLiteral("test"), QStringLiteral("/mounts/2/destination"),
                          QStringLiteral("Not good here")};
    QTableView *view = m_page->table()->view();
    view->setCurrentIndex(view->model()->index(2 - row, 0));
    m_page->showFindings({finding});
    view->setCurrentIndex(view->model()->index(row, 0));
    auto *edit = m_page->findChild<QLineEdit *>(QStringLiteral("destination"));
    QVERIFY(edit);
    QCOMPARE(edit->toolTip().contains(finding.message), marked);
    QCOMPARE(edit->styleSheet().contains(QLatin1String("border")), marked);
    // Fixed: the mark goes.
    m_page->showFindings({});
    QVERIFY(!edit->toolTip().contains(finding.message));
    QVERIFY(edit->styleSheet().isEmpty());
}
