// SPDX-License-Identifier: Apache-2.0
#include "pagetesting.h"

#include "pages/devicespage.h"
#include "editors/octalmodedelegate.h"

#include "editors/arraytableeditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QStyleOptionViewItem>
#include <QTableView>

using namespace PageTesting;

namespace {

const QByteArray config = R"({
    "linux": {
        "devices": [
            {"path": "/dev/fuse", "type": "c", "major": 10, "minor": 229, "fileMode": 438, "uid": 0, "gid": 0,
             "x-vendor": [1, 2]}
        ],
        "resources": {
            "devices": [
                {"allow": false, "access": "rwm"},
                {"allow": true, "type": "c", "major": 10, "minor": 229, "access": "rw"}
            ]
        }
    }
})";

// Edits a cell through the view's delegate, as the user does with the
// editor the delegate opens.
void editThroughDelegate(QTableView *view, const QModelIndex &index, const QString &text)
{
    QAbstractItemDelegate *delegate = view->itemDelegateForIndex(index);
    QStyleOptionViewItem option;
    QWidget *editor = delegate->createEditor(view->viewport(), option, index);
    delegate->setEditorData(editor, index);
    if (auto *box = qobject_cast<QComboBox *>(editor))
        box->setCurrentText(text);
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(text);
    delegate->setModelData(editor, view->model(), index);
    delete editor;
}

} // namespace

class TestDevicesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nodeEdit_data();
    void nodeEdit();
    void fileModeShownInOctal_data();
    void fileModeShownInOctal();
    void ruleEdit_data();
    void ruleEdit();
    void addRows_data();
    void addRows();
    void manyDevices();

private:
    PageFixture<DevicesPage> m_fixture;
    SpecDocument *m_document = nullptr;
    DevicesPage *m_page = nullptr;
};

void TestDevicesPage::init()
{
    QVERIFY(m_fixture.open(config));
    m_document = m_fixture.document();
    m_page = m_fixture.page();
}

void TestDevicesPage::cleanup()
{
    m_fixture.close();
}

void TestDevicesPage::nodeEdit_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("type") << int(DevicesPage::NodeType) << "b" << QByteArray("/linux/devices/0/type")
                          << QByteArray("\"b\"");
    QTest::newRow("file mode in octal") << int(DevicesPage::NodeFileMode) << "0600"
                                        << QByteArray("/linux/devices/0/fileMode") << QByteArray("384");
    QTest::newRow("octal without zero") << int(DevicesPage::NodeFileMode) << "755"
                                        << QByteArray("/linux/devices/0/fileMode") << QByteArray("493");
    QTest::newRow("minor") << int(DevicesPage::NodeMinor) << "230" << QByteArray("/linux/devices/0/minor")
                           << QByteArray("230");
    QTest::newRow("vendor member kept") << int(DevicesPage::NodePath) << "/dev/fuse2"
                                        << QByteArray("/linux/devices/0/x-vendor") << QByteArray("[1,2]");
}

void TestDevicesPage::nodeEdit()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    QTableView *view = m_page->nodesTable()->view();
    editThroughDelegate(view, view->model()->index(0, column), text);
    QCOMPARE(valueText(*m_document, pointer.constData()), expected);
    QVERIFY(m_document->toJson() != original);
    QVERIFY(undoRestores(*m_document, original));
}

void TestDevicesPage::fileModeShownInOctal_data()
{
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("octal");
    QTest::newRow("0666") << "438"
                          << "0666";
    QTest::newRow("0600") << "384"
                          << "0600";
    QTest::newRow("zero") << "0"
                          << "0000";
    QTest::newRow("setuid") << "2541"
                            << "04755";
    QTest::newRow("not a number") << "abc"
                                  << "abc";
}

void TestDevicesPage::fileModeShownInOctal()
{
    QFETCH(QString, decimal);
    QFETCH(QString, octal);
    QCOMPARE(OctalModeDelegate::toOctal(decimal), octal);
    if (decimal.front().isDigit())
        QCOMPARE(OctalModeDelegate::fromOctal(octal), decimal);
    QTableView *view = m_page->nodesTable()->view();
    auto *delegate = qobject_cast<QStyledItemDelegate *>(view->itemDelegateForColumn(DevicesPage::NodeFileMode));
    QVERIFY(delegate);
    QCOMPARE(delegate->displayText(decimal, QLocale()), octal);
}

void TestDevicesPage::ruleEdit_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("type") << 0 << int(DevicesPage::RuleType) << "a"
                          << QByteArray(R"({"allow":false,"access":"rwm","type":"a"})");
    QTest::newRow("access") << 1 << int(DevicesPage::RuleAccess) << "r"
                            << QByteArray(R"({"allow":true,"type":"c","major":10,"minor":229,"access":"r"})");
}

void TestDevicesPage::ruleEdit()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    QTableView *view = m_page->rulesTable()->view();
    editThroughDelegate(view, view->model()->index(row, column), text);
    const QByteArray pointer = "/linux/resources/devices/" + QByteArray::number(row);
    QCOMPARE(valueText(*m_document, pointer.constData()), expected);
    QVERIFY(undoRestores(*m_document, original));
}

void TestDevicesPage::addRows_data()
{
    QTest::addColumn<bool>("nodes");
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("node")
        << true << QByteArray("/linux/devices/1")
        << QByteArray(R"({"path":"/dev/null","type":"c","major":1,"minor":3,"fileMode":438,"uid":0,"gid":0})");
    QTest::newRow("rule") << false << QByteArray("/linux/resources/devices/2")
                          << QByteArray(R"({"allow":false,"access":"rwm"})");
}

void TestDevicesPage::addRows()
{
    QFETCH(bool, nodes);
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    ArrayTableEditor *editor = nodes ? m_page->nodesTable() : m_page->rulesTable();
    button(editor, QStringLiteral("&Add"))->click();
    QCOMPARE(valueText(*m_document, pointer.constData()), expected);
    QVERIFY(undoRestores(*m_document, original));
}

void TestDevicesPage::manyDevices()
{
    Json root = Json::object();
    Json &devices = root["linux"]["devices"] = Json::array();
    for (int i = 0; i < 2000; ++i)
        devices.push_back(Json::object(
            {{"path", "/dev/d" + std::to_string(i)}, {"type", "c"}, {"major", 1}, {"minor", i}, {"fileMode", 0660}}));
    QTableView *view = m_page->nodesTable()->view();
    const qsizetype widgetsBefore = m_page->findChildren<QWidget *>().size();
    m_document->setRoot(root);
    QCOMPARE(view->model()->rowCount(), 2000);
    view->scrollToBottom();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 3);
    m_page->grab();
    // Rows are painted by the view, never made of widgets.
    QCOMPARE(m_page->findChildren<QWidget *>().size(), widgetsBefore);
    QCOMPARE(view->model()->index(1999, DevicesPage::NodeFileMode).data().toString(), QStringLiteral("432"));
}

QTEST_MAIN(TestDevicesPage)
#include "tst_devicespage.moc"
