// SPDX-License-Identifier: Apache-2.0
#include "pagetesting.h"

#include "pages/hookspage.h"
#include "editors/nestedtableslot.h"
#include "ocispec/finding.h"

#include "editors/arraytableeditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

using namespace PageTesting;

namespace {

const QByteArray config = R"({
    "hooks": {
        "createRuntime": [
            {"path": "/usr/bin/setup-net", "args": ["setup-net", "--bridge"], "env": ["DEBUG=1"], "timeout": 10,
             "x-vendor": true}
        ],
        "poststop": [{"path": "/usr/bin/cleanup"}]
    }
})";

} // namespace

class TestHooksPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void kindShowsItsHooks_data();
    void kindShowsItsHooks();
    void addHook_data();
    void addHook();
    void detailFields_data();
    void detailFields();
    void argsAndEnv_data();
    void argsAndEnv();
    void deprecatedPrestartMarked();
    void tabOrderIntoTheLists_data();
    void tabOrderIntoTheLists();
    void findingsMarkTheDetail_data();
    void findingsMarkTheDetail();

private:
    PageFixture<HooksPage> m_fixture;
    SpecDocument *m_document = nullptr;
    HooksPage *m_page = nullptr;
};

void TestHooksPage::init()
{
    QVERIFY(m_fixture.open(config));
    m_document = m_fixture.document();
    m_page = m_fixture.page();
}

void TestHooksPage::cleanup()
{
    m_fixture.close();
}

void TestHooksPage::kindShowsItsHooks_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("path");
    QTest::newRow("createRuntime") << "createRuntime" << 1 << "/usr/bin/setup-net";
    QTest::newRow("poststop") << "poststop" << 1 << "/usr/bin/cleanup";
    QTest::newRow("startContainer") << "startContainer" << 0 << "";
}

void TestHooksPage::kindShowsItsHooks()
{
    QFETCH(QString, kind);
    QFETCH(int, rows);
    QFETCH(QString, path);
    m_page->setCurrentKind(kind);
    QCOMPARE(m_page->hooksTable()->view()->model()->rowCount(), rows);
    auto *pathEdit = m_page->findChild<QLineEdit *>(QStringLiteral("hookPath"));
    QCOMPARE(pathEdit->text(), path);
    QCOMPARE(pathEdit->isEnabled(), rows > 0);
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("hookKindNote"))->text().isEmpty());
}

void TestHooksPage::addHook_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("new kind") << "startContainer" << QByteArray("/hooks/startContainer")
                              << QByteArray(R"([{"path":"/usr/bin/true"}])");
    QTest::newRow("existing kind") << "poststop" << QByteArray("/hooks/poststop")
                                   << QByteArray(R"([{"path":"/usr/bin/cleanup"},{"path":"/usr/bin/true"}])");
}

void TestHooksPage::addHook()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    m_page->setCurrentKind(kind);
    button(m_page->hooksTable(), QStringLiteral("&Add"))->click();
    QCOMPARE(valueText(*m_document, pointer.constData()), expected);
    QVERIFY(undoRestores(*m_document, original));
}

void TestHooksPage::detailFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("path")
        << "hookPath"
        << "2"
        << QByteArray(
               R"({"path":"/usr/bin/setup-net2","args":["setup-net","--bridge"],"env":["DEBUG=1"],"timeout":10,"x-vendor":true})");
    QTest::newRow("timeout")
        << "hookTimeout"
        << "5"
        << QByteArray(
               R"({"path":"/usr/bin/setup-net","args":["setup-net","--bridge"],"env":["DEBUG=1"],"timeout":105,"x-vendor":true})");
}

void TestHooksPage::detailFields()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    m_page->setCurrentKind(QStringLiteral("createRuntime"));
    auto *edit = m_page->findChild<QLineEdit *>(field);
    edit->setFocus();
    edit->end(false);
    QTest::keyClicks(edit, typed);
    QCOMPARE(valueText(*m_document, "/hooks/createRuntime/0"), expected);
    QVERIFY(undoRestores(*m_document, original));
}

void TestHooksPage::argsAndEnv_data()
{
    QTest::addColumn<bool>("args");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("argument") << true << 0 << "--verbose" << QByteArray("/hooks/createRuntime/0/args")
                              << QByteArray(R"(["--verbose","--bridge"])");
    QTest::newRow("env value") << false << 1 << "2" << QByteArray("/hooks/createRuntime/0/env")
                               << QByteArray(R"(["DEBUG=2"])");
}

void TestHooksPage::argsAndEnv()
{
    QFETCH(bool, args);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    m_page->setCurrentKind(QStringLiteral("createRuntime"));
    ArrayTableEditor *editor = (args ? m_page->argsTable() : m_page->envTable())->editor();
    QAbstractItemModel *model = editor->view()->model();
    QVERIFY(model->setData(model->index(0, column), text));
    QCOMPARE(valueText(*m_document, pointer.constData()), expected);
    QVERIFY(undoRestores(*m_document, original));

    // Another kind's hook shows its own (absent) lists.
    m_page->setCurrentKind(QStringLiteral("poststop"));
    QCOMPARE((args ? m_page->argsTable() : m_page->envTable())->editor()->view()->model()->rowCount(), 0);
}

void TestHooksPage::deprecatedPrestartMarked()
{
    QListWidgetItem *prestart = m_page->kindList()->item(0);
    QCOMPARE(prestart->data(Qt::UserRole).toString(), QStringLiteral("prestart"));
    QVERIFY(prestart->text() != QStringLiteral("prestart"));
    QCOMPARE(m_page->kindList()->count(), HooksPage::kinds().size());
}

QTEST_MAIN(TestHooksPage)
#include "tst_hookspage.moc"

void TestHooksPage::findingsMarkTheDetail_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<bool>("marked");
    QTest::newRow("timeout of the hook shown") << "createRuntime"
                                               << "hookTimeout"
                                               << "/hooks/createRuntime/0/timeout" << true;
    QTest::newRow("path of the hook shown") << "poststop"
                                            << "hookPath"
                                            << "/hooks/poststop/0/path" << true;
    QTest::newRow("another kind's hook") << "poststop"
                                         << "hookPath"
                                         << "/hooks/createRuntime/0/path" << false;
}

void TestHooksPage::findingsMarkTheDetail()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, pointer);
    QFETCH(bool, marked);
    const Finding finding{Finding::Severity::Warning, QStringLiteral("test"), pointer, QStringLiteral("Look here")};
    m_page->showFindings({finding});
    // The kind is chosen after the findings came: its table and detail are new.
    m_page->setCurrentKind(kind);
    auto *edit = m_page->findChild<QLineEdit *>(field);
    QVERIFY(edit);
    QCOMPARE(edit->toolTip().contains(finding.message), marked);
    QCOMPARE(edit->styleSheet().contains(QLatin1String("border")), marked);
}

void TestHooksPage::tabOrderIntoTheLists_data()
{
    QTest::addColumn<int>("tab");
    QTest::newRow("arguments") << 0;
    QTest::newRow("environment") << 1;
}

// Keyboard only: timeout, then the tab bar, then the list that is shown,
// also after the hook tables were rebuilt for another kind.
void TestHooksPage::tabOrderIntoTheLists()
{
    QFETCH(int, tab);
    m_page->setCurrentKind(QStringLiteral("poststop"));
    m_page->setCurrentKind(QStringLiteral("createRuntime"));
    auto *lists = m_page->findChild<QTabWidget *>(QStringLiteral("hookLists"));
    QVERIFY(lists);
    lists->setCurrentIndex(tab);
    auto *timeout = m_page->findChild<QLineEdit *>(QStringLiteral("hookTimeout"));
    QWidget *tabBar = lists->findChild<QTabBar *>();
    QCOMPARE(nextTabStop(timeout), tabBar);
    NestedTableSlot *shown = tab == 0 ? m_page->argsTable() : m_page->envTable();
    QCOMPARE(nextTabStop(tabBar), shown->editor()->view());
}
