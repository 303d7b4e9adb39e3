// SPDX-License-Identifier: Apache-2.0
#include "pagetesting.h"

#include "editors/nestedtableslot.h"
#include "pages/securitypage.h"
#include "editors/stringsetmodel.h"

#include "document/arraytablemodel.h"
#include "editors/arraytableeditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QTableView>

using namespace PageTesting;

namespace {

const QByteArray config = R"({
    "linux": {
        "maskedPaths": ["/proc/kcore", "/proc/keys"],
        "sysctl": {"net.ipv4.ip_forward": "1"},
        "seccomp": {
            "defaultAction": "SCMP_ACT_ERRNO",
            "architectures": ["SCMP_ARCH_X86_64", "SCMP_ARCH_FUTURE"],
            "syscalls": [
                {"names": ["read", "write"], "action": "SCMP_ACT_ALLOW"},
                {"names": ["personality"], "action": "SCMP_ACT_ALLOW",
                 "args": [{"index": 0, "value": 0, "op": "SCMP_CMP_EQ", "x-vendor": 7}]}
            ]
        },
        "netDevices": {"eth1": {"name": "ceth1"}}
    }
})";

} // namespace

class TestSecurityPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tableEdit_data();
    void tableEdit();
    void textField_data();
    void textField();
    void choice_data();
    void choice();
    void checkList_data();
    void checkList();
    void ruleConditions_data();
    void ruleConditions();
    void stringSetModel_data();
    void stringSetModel();
    void focusPointer_data();
    void focusPointer();

private:
    PageFixture<SecurityPage> m_fixture;
    SpecDocument *m_document = nullptr;
    SecurityPage *m_page = nullptr;
};

void TestSecurityPage::init()
{
    QVERIFY(m_fixture.open(config));
    m_document = m_fixture.document();
    m_page = m_fixture.page();
}

void TestSecurityPage::cleanup()
{
    m_fixture.close();
}

void TestSecurityPage::tableEdit_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("masked path") << "/linux/maskedPaths" << 1 << 0 << "/proc/timer_list"
                                 << QByteArray("/linux/maskedPaths")
                                 << QByteArray(R"(["/proc/kcore","/proc/timer_list"])");
    QTest::newRow("sysctl value") << "/linux/sysctl" << 0 << 1 << "0" << QByteArray("/linux/sysctl")
                                  << QByteArray(R"({"net.ipv4.ip_forward":"0"})");
    QTest::newRow("syscall names") << "/linux/seccomp/syscalls" << 0 << 0 << "read, pread64"
                                   << QByteArray("/linux/seccomp/syscalls/0/names")
                                   << QByteArray(R"(["read","pread64"])");
    QTest::newRow("syscall errno")
        << "/linux/seccomp/syscalls" << 1 << 2 << "1" << QByteArray("/linux/seccomp/syscalls/1")
        << QByteArray(
               R"({"names":["personality"],"action":"SCMP_ACT_ALLOW","args":[{"index":0,"value":0,"op":"SCMP_CMP_EQ","x-vendor":7}],"errnoRet":1})");
    QTest::newRow("net device") << "/linux/netDevices" << 0 << 1 << "net0" << QByteArray("/linux/netDevices")
                                << QByteArray(R"({"eth1":{"name":"net0"}})");
}

void TestSecurityPage::tableEdit()
{
    QFETCH(QString, table);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    ArrayTableEditor *editor = m_page->tableEditor(table);
    QVERIFY(editor);
    QAbstractItemModel *model = editor->view()->model();
    QVERIFY(model->setData(model->index(row, column), text));
    QCOMPARE(valueText(*m_document, pointer.constData()), expected);
    QVERIFY(undoRestores(*m_document, original));
}

void TestSecurityPage::textField_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("parent");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("closID") << "/linux/intelRdt/closID"
                            << "guaranteed" << QByteArray("/linux/intelRdt")
                            << QByteArray(R"({"closID":"guaranteed"})");
    QTest::newRow("monotonic offset") << "/linux/timeOffsets/monotonic/secs"
                                      << "-3600" << QByteArray("/linux/timeOffsets")
                                      << QByteArray(R"({"monotonic":{"secs":-3600}})");
    QTest::newRow("errno") << "/linux/seccomp/defaultErrnoRet"
                           << "38" << QByteArray("/linux/seccomp/defaultErrnoRet") << QByteArray("38");
    QTest::newRow("mount label") << "/linux/mountLabel"
                                 << "system_u:object_r:container_file_t:s0" << QByteArray("/linux/mountLabel")
                                 << QByteArray(R"("system_u:object_r:container_file_t:s0")");
    QTest::newRow("memory policy nodes") << "/linux/memoryPolicy/nodes"
                                         << "0-1" << QByteArray("/linux/memoryPolicy")
                                         << QByteArray(R"({"nodes":"0-1"})");
}

void TestSecurityPage::textField()
{
    QFETCH(QString, pointer);
    QFETCH(QString, typed);
    QFETCH(QByteArray, parent);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    auto *edit = m_page->findChild<QLineEdit *>(pointer);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, typed);
    QCOMPARE(valueText(*m_document, parent.constData()), expected);
    QVERIFY(undoRestores(*m_document, original));
}

void TestSecurityPage::choice_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("default action") << "/linux/seccomp/defaultAction"
                                    << "SCMP_ACT_KILL_PROCESS" << QByteArray("\"SCMP_ACT_KILL_PROCESS\"");
    QTest::newRow("propagation") << "/linux/rootfsPropagation"
                                 << "slave" << QByteArray("\"slave\"");
    QTest::newRow("personality") << "/linux/personality/domain"
                                 << "LINUX32" << QByteArray("\"LINUX32\"");
    QTest::newRow("memory policy") << "/linux/memoryPolicy/mode"
                                   << "MPOL_BIND" << QByteArray("\"MPOL_BIND\"");
}

void TestSecurityPage::choice()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    auto *box = m_page->findChild<QComboBox *>(pointer);
    QVERIFY(box);
    const int index = box->findText(value);
    QVERIFY(index > 0);
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
    QCOMPARE(valueText(*m_document, pointer.toLatin1().constData()), expected);
    QVERIFY(undoRestores(*m_document, original));
}

void TestSecurityPage::checkList_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("on");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("add architecture") << "/linux/seccomp/architectures"
                                      << "SCMP_ARCH_AARCH64" << true
                                      << QByteArray(R"(["SCMP_ARCH_X86_64","SCMP_ARCH_FUTURE","SCMP_ARCH_AARCH64"])");
    QTest::newRow("remove unknown architecture")
        << "/linux/seccomp/architectures"
        << "SCMP_ARCH_FUTURE" << false << QByteArray(R"(["SCMP_ARCH_X86_64"])");
    QTest::newRow("first seccomp flag") << "/linux/seccomp/flags"
                                        << "SECCOMP_FILTER_FLAG_LOG" << true
                                        << QByteArray(R"(["SECCOMP_FILTER_FLAG_LOG"])");
    QTest::newRow("memory policy flag") << "/linux/memoryPolicy/flags"
                                        << "MPOL_F_STATIC_NODES" << true << QByteArray(R"(["MPOL_F_STATIC_NODES"])");
}

void TestSecurityPage::checkList()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(bool, on);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    QListView *view = m_page->checkList(pointer);
    QVERIFY(view);
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, value, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QVERIFY(view->model()->setData(found.first(), on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(valueText(*m_document, pointer.toLatin1().constData()), expected);
    QVERIFY(undoRestores(*m_document, original));
}

void TestSecurityPage::ruleConditions_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<int>("conditions");
    QTest::addColumn<QByteArray>("afterAdd");
    QTest::newRow("rule without conditions") << 0 << 0 << QByteArray(R"([{"index":0,"value":0,"op":"SCMP_CMP_EQ"}])");
    QTest::newRow("rule with a condition")
        << 1 << 1
        << QByteArray(
               R"([{"index":0,"value":0,"op":"SCMP_CMP_EQ","x-vendor":7},{"index":0,"value":0,"op":"SCMP_CMP_EQ"}])");
}

void TestSecurityPage::ruleConditions()
{
    QFETCH(int, rule);
    QFETCH(int, conditions);
    QFETCH(QByteArray, afterAdd);
    const QByteArray original = m_document->toJson();
    QTableView *rules = m_page->tableEditor(QStringLiteral("/linux/seccomp/syscalls"))->view();
    rules->setCurrentIndex(rules->model()->index(rule, 0));
    ArrayTableEditor *args = m_page->syscallArguments()->editor();
    QCOMPARE(args->view()->model()->rowCount(), conditions);
    button(args, QStringLiteral("&Add"))->click();
    const QByteArray pointer = "/linux/seccomp/syscalls/" + QByteArray::number(rule) + "/args";
    QCOMPARE(valueText(*m_document, pointer.constData()), afterAdd);
    QVERIFY(undoRestores(*m_document, original));
}

void TestSecurityPage::stringSetModel_data()
{
    QTest::addColumn<QByteArray>("initial");
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("on");
    QTest::addColumn<int>("rowsAfter");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("check known") << QByteArray(R"(["x"])") << 1 << true << 3 << QByteArray(R"(["x","b"])");
    QTest::newRow("uncheck other") << QByteArray(R"(["a","x"])") << 2 << false << 2 << QByteArray(R"(["a"])");
    QTest::newRow("uncheck last") << QByteArray(R"(["a"])") << 0 << false << 2 << QByteArray("absent");
    QTest::newRow("absent list") << QByteArray("null") << 0 << true << 2 << QByteArray(R"(["a"])");
}

void TestSecurityPage::stringSetModel()
{
    QFETCH(QByteArray, initial);
    QFETCH(int, row);
    QFETCH(bool, on);
    QFETCH(int, rowsAfter);
    QFETCH(QByteArray, expected);
    SpecDocument document;
    StringSetModel model(&document, JsonPointer("/list"), {QStringLiteral("a"), QStringLiteral("b")});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(document.loadFromData(initial == "null" ? QByteArray("{}") : "{\"list\": " + initial + "}"));
    const QByteArray original = document.toJson();
    QVERIFY(model.setData(model.index(row), on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(valueText(document, "/list"), expected);
    QCOMPARE(model.rowCount(), rowsAfter);
    // Setting a row to the state it shows is no edit.
    const int steps = document.undoStack()->count();
    QVERIFY(!model.setData(model.index(0), model.index(0).data(Qt::CheckStateRole), Qt::CheckStateRole));
    QCOMPARE(document.undoStack()->count(), steps);
    QVERIFY(undoRestores(document, original));
}

// An element of a check list is the row of its value, not of its index; a
// condition of a rule is its cell in the table of the selected rule.
void TestSecurityPage::focusPointer_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("view");    // a check list's pointer; empty: the conditions table
    QTest::addColumn<QString>("current"); // the current row's value, or the current cell's pointer
    QTest::newRow("known architecture") << "/linux/seccomp/architectures/0"
                                        << "/linux/seccomp/architectures"
                                        << "SCMP_ARCH_X86_64";
    QTest::newRow("unknown architecture") << "/linux/seccomp/architectures/1"
                                          << "/linux/seccomp/architectures"
                                          << "SCMP_ARCH_FUTURE";
    QTest::newRow("condition operator") << "/linux/seccomp/syscalls/1/args/0/op"
                                        << ""
                                        << "/linux/seccomp/syscalls/1/args/0/op";
}

void TestSecurityPage::focusPointer()
{
    QFETCH(QString, pointer);
    QFETCH(QString, view);
    QFETCH(QString, current);
    m_page->activateWindow();
    QVERIFY(m_page->focusPointer(JsonPointer(pointer.toStdString())));
    if (view.isEmpty()) {
        QAbstractItemView *conditions = m_page->syscallArguments()->editor()->view();
        QTRY_COMPARE(QApplication::focusWidget(), conditions);
        QCOMPARE(conditions->currentIndex().data(ArrayTableModel::PointerRole).toString(), current);
    } else {
        QListView *list = m_page->checkList(view);
        QTRY_COMPARE(QApplication::focusWidget(), list);
        QCOMPARE(list->currentIndex().data().toString(), current);
    }
}

QTEST_MAIN(TestSecurityPage)
#include "tst_securitypage.moc"
