// SPDX-License-Identifier: Apache-2.0
#include "pagetesting.h"

#include "editors/bytesizeedit.h"
#include "pages/resourcespage.h"

#include "editors/arraytableeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace PageTesting;

namespace {

const QByteArray config = R"({
    "linux": {
        "resources": {
            "memory": {"limit": 536870912, "swap": -1, "x-vendor": "kept"},
            "cpu": {"quota": 150000, "period": 100000},
            "hugepageLimits": [{"pageSize": "2MB", "limit": 209715200}],
            "rdma": {"mlx5_1": {"hcaHandles": 3}},
            "unified": {"memory.high": "400M"}
        }
    }
})";

} // namespace

class TestResourcesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsSizes_data();
    void showsSizes();
    void typeSize_data();
    void typeSize();
    void unlimited();
    void changeUnit();
    void integerField_data();
    void integerField();
    void boolField();
    void cores_data();
    void cores();
    void coresFollowDocument();
    void tableEdit_data();
    void tableEdit();
    void addToMap_data();
    void addToMap();
    void parseBytes_data();
    void parseBytes();
    void focusPointer_data();
    void focusPointer();

private:
    PageFixture<ResourcesPage> m_fixture;
    SpecDocument *m_document = nullptr;
    ResourcesPage *m_page = nullptr;
};

void TestResourcesPage::init()
{
    QVERIFY(m_fixture.open(config));
    m_document = m_fixture.document();
    m_page = m_fixture.page();
}

void TestResourcesPage::cleanup()
{
    m_fixture.close();
}

void TestResourcesPage::showsSizes_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("unit");
    QTest::addColumn<bool>("unlimited");
    QTest::newRow("limit") << "/linux/resources/memory/limit"
                           << "512" << int(ByteSizeEdit::MiB) << false;
    QTest::newRow("swap") << "/linux/resources/memory/swap"
                          << "" << -1 << true;
    QTest::newRow("absent") << "/linux/resources/memory/reservation"
                            << "" << -1 << false;
}

void TestResourcesPage::showsSizes()
{
    QFETCH(QString, pointer);
    QFETCH(QString, number);
    QFETCH(int, unit);
    QFETCH(bool, unlimited);
    ByteSizeEdit *edit = m_page->byteSizeEdit(pointer);
    QVERIFY(edit);
    QCOMPARE(edit->numberEdit()->text(), number);
    if (unit >= 0)
        QCOMPARE(edit->unitBox()->currentIndex(), unit);
    QCOMPARE(edit->unlimitedBox()->isChecked(), unlimited);
    QCOMPARE(edit->numberEdit()->isEnabled(), !unlimited);
}

void TestResourcesPage::typeSize_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("reservation 256 MiB") << "/linux/resources/memory/reservation" << int(ByteSizeEdit::MiB) << "256"
                                         << QByteArray("268435456");
    QTest::newRow("limit 1.5 GiB") << "/linux/resources/memory/limit" << int(ByteSizeEdit::GiB) << "1.5"
                                   << QByteArray("1610612736");
    QTest::newRow("kernel 100 B") << "/linux/resources/memory/kernel" << int(ByteSizeEdit::Bytes) << "100"
                                  << QByteArray("100");
    // -1 is "unlimited" in any unit, never -1 MiB.
    QTest::newRow("limit -1 in MiB") << "/linux/resources/memory/limit" << int(ByteSizeEdit::MiB) << "-1"
                                     << QByteArray("-1");
    QTest::newRow("reservation -1 in GiB")
        << "/linux/resources/memory/reservation" << int(ByteSizeEdit::GiB) << "-1" << QByteArray("-1");
    QTest::newRow("limit -2 MiB stays a size")
        << "/linux/resources/memory/limit" << int(ByteSizeEdit::MiB) << "-2" << QByteArray("-2097152");
}

void TestResourcesPage::typeSize()
{
    QFETCH(QString, pointer);
    QFETCH(int, unit);
    QFETCH(QString, typed);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    ByteSizeEdit *edit = m_page->byteSizeEdit(pointer);
    edit->unitBox()->setCurrentIndex(unit);
    edit->numberEdit()->setFocus();
    edit->numberEdit()->selectAll();
    QTest::keyClicks(edit->numberEdit(), typed);
    QCOMPARE(valueText(*m_document, pointer.toLatin1().constData()), expected);
    QCOMPARE(edit->numberEdit()->text(), typed);
    QCOMPARE(valueText(*m_document, "/linux/resources/memory/x-vendor"), QByteArray("\"kept\""));
    QVERIFY(undoRestores(*m_document, original));
}

void TestResourcesPage::unlimited()
{
    const QByteArray original = m_document->toJson();
    ByteSizeEdit *edit = m_page->byteSizeEdit(QStringLiteral("/linux/resources/memory/limit"));
    edit->unlimitedBox()->click();
    QCOMPARE(valueText(*m_document, "/linux/resources/memory/limit"), QByteArray("-1"));
    QVERIFY(!edit->numberEdit()->isEnabled());
    QVERIFY(undoRestores(*m_document, original));
    QCOMPARE(edit->numberEdit()->text(), QStringLiteral("512"));
    QVERIFY(edit->numberEdit()->isEnabled());
}

void TestResourcesPage::changeUnit()
{
    const QByteArray original = m_document->toJson();
    ByteSizeEdit *edit = m_page->byteSizeEdit(QStringLiteral("/linux/resources/memory/limit"));
    edit->unitBox()->setCurrentIndex(ByteSizeEdit::KiB);
    Q_EMIT edit->unitBox()->activated(ByteSizeEdit::KiB);
    QCOMPARE(valueText(*m_document, "/linux/resources/memory/limit"), QByteArray("524288"));
    QVERIFY(undoRestores(*m_document, original));
}

void TestResourcesPage::integerField_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("shares") << "/linux/resources/cpu/shares"
                            << "512" << QByteArray("512");
    QTest::newRow("pids") << "/linux/resources/pids/limit"
                          << "64" << QByteArray("64");
    QTest::newRow("swappiness") << "/linux/resources/memory/swappiness"
                                << "10" << QByteArray("10");
    QTest::newRow("classID") << "/linux/resources/network/classID"
                             << "1048577" << QByteArray("1048577");
    QTest::newRow("blkio weight") << "/linux/resources/blockIO/weight"
                                  << "300" << QByteArray("300");
}

void TestResourcesPage::integerField()
{
    QFETCH(QString, pointer);
    QFETCH(QString, typed);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    auto *edit = m_page->findChild<QLineEdit *>(pointer);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, typed);
    QCOMPARE(valueText(*m_document, pointer.toLatin1().constData()), expected);
    QVERIFY(undoRestores(*m_document, original));
}

void TestResourcesPage::boolField()
{
    const QByteArray original = m_document->toJson();
    auto *box = m_page->findChild<QCheckBox *>(QStringLiteral("/linux/resources/memory/disableOOMKiller"));
    QVERIFY(box);
    box->click();
    QCOMPARE(valueText(*m_document, "/linux/resources/memory"),
             QByteArray(R"({"limit":536870912,"swap":-1,"x-vendor":"kept","disableOOMKiller":true})"));
    QVERIFY(undoRestores(*m_document, original));
    QVERIFY(!box->isChecked());
}

void TestResourcesPage::cores_data()
{
    QTest::addColumn<QByteArray>("quota");
    QTest::addColumn<QByteArray>("period");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one and a half") << QByteArray("150000") << QByteArray("100000") << "= 1.5 cores";
    QTest::newRow("unlimited") << QByteArray("-1") << QByteArray("100000") << "no CPU limit";
    QTest::newRow("zero period") << QByteArray("1000") << QByteArray("0") << "";
    QTest::newRow("string") << QByteArray("\"x\"") << QByteArray("100000") << "";
}

void TestResourcesPage::cores()
{
    QFETCH(QByteArray, quota);
    QFETCH(QByteArray, period);
    QFETCH(QString, expected);
    const Json q = Json::parse(quota.toStdString());
    const Json p = Json::parse(period.toStdString());
    QCOMPARE(ResourcesPage::coresText(&q, &p), expected);
}

void TestResourcesPage::coresFollowDocument()
{
    QCOMPARE(m_page->coresLabel()->text(),
             ResourcesPage::coresText(m_document->value(JsonPointer("/linux/resources/cpu/quota")),
                                      m_document->value(JsonPointer("/linux/resources/cpu/period"))));
    auto *quota = m_page->findChild<QLineEdit *>(QStringLiteral("/linux/resources/cpu/quota"));
    quota->setFocus();
    quota->selectAll();
    QTest::keyClicks(quota, "200000");
    QCOMPARE(m_page->coresLabel()->text(), QStringLiteral("= 2 cores"));
    m_document->undoStack()->undo();
    QCOMPARE(m_page->coresLabel()->text(), QStringLiteral("= 1.5 cores"));
}

void TestResourcesPage::tableEdit_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("hugepage limit") << "/linux/resources/hugepageLimits" << 1 << "4194304"
                                    << QByteArray("/linux/resources/hugepageLimits/0")
                                    << QByteArray(R"({"pageSize":"2MB","limit":4194304})");
    QTest::newRow("rdma objects") << "/linux/resources/rdma" << 2 << "10" << QByteArray("/linux/resources/rdma")
                                  << QByteArray(R"({"mlx5_1":{"hcaHandles":3,"hcaObjects":10}})");
    QTest::newRow("rdma rename") << "/linux/resources/rdma" << 0 << "mlx4_0" << QByteArray("/linux/resources/rdma")
                                 << QByteArray(R"({"mlx4_0":{"hcaHandles":3}})");
    QTest::newRow("unified value") << "/linux/resources/unified" << 1 << "500M"
                                   << QByteArray("/linux/resources/unified") << QByteArray(R"({"memory.high":"500M"})");
}

void TestResourcesPage::tableEdit()
{
    QFETCH(QString, table);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    ArrayTableEditor *editor = m_page->tableEditor(table);
    QVERIFY(editor);
    QAbstractItemModel *model = editor->view()->model();
    QVERIFY(model->setData(model->index(0, column), text));
    QCOMPARE(valueText(*m_document, pointer.constData()), expected);
    QVERIFY(undoRestores(*m_document, original));
}

void TestResourcesPage::addToMap_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("priority") << "/linux/resources/network/priorities" << QByteArray("/linux/resources/network")
                              << QByteArray(R"({"priorities":[{"name":"eth0","priority":0}]})");
    QTest::newRow("throttle") << "/linux/resources/blockIO/throttleWriteIOPSDevice"
                              << QByteArray("/linux/resources/blockIO")
                              << QByteArray(R"({"throttleWriteIOPSDevice":[{"major":8,"minor":0,"rate":0}]})");
    QTest::newRow("unified") << "/linux/resources/unified" << QByteArray("/linux/resources/unified")
                             << QByteArray(R"({"memory.high":"400M","key":""})");
}

void TestResourcesPage::addToMap()
{
    QFETCH(QString, table);
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    ArrayTableEditor *editor = m_page->tableEditor(table);
    QVERIFY(editor);
    button(editor, QStringLiteral("&Add"))->click();
    QCOMPARE(valueText(*m_document, pointer.constData()), expected);
    QVERIFY(undoRestores(*m_document, original));
}

void TestResourcesPage::parseBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("unit");
    QTest::addColumn<qint64>("expected"); // -2: not a size
    QTest::newRow("MiB") << "256" << int(ByteSizeEdit::MiB) << qint64(268435456);
    QTest::newRow("fraction") << "0.5" << int(ByteSizeEdit::KiB) << qint64(512);
    QTest::newRow("bytes") << "7" << int(ByteSizeEdit::Bytes) << qint64(7);
    QTest::newRow("minus one") << "-1" << int(ByteSizeEdit::Bytes) << qint64(-1);
    QTest::newRow("large exact") << "8388607" << int(ByteSizeEdit::TiB) << qint64(8388607) * (qint64(1) << 40);
    QTest::newRow("overflow") << "8388608" << int(ByteSizeEdit::TiB) << qint64(-2);
    QTest::newRow("garbage") << "12x" << int(ByteSizeEdit::MiB) << qint64(-2);
    QTest::newRow("lone dot") << "." << int(ByteSizeEdit::MiB) << qint64(-2);
}

void TestResourcesPage::parseBytes()
{
    QFETCH(QString, text);
    QFETCH(int, unit);
    QFETCH(qint64, expected);
    QCOMPARE(ByteSizeEdit::parseBytes(text, unit).value_or(-2), expected);
}

void TestResourcesPage::focusPointer_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("field"); // object name of the field or its byte size edit
    QTest::newRow("byte size") << "/linux/resources/memory/limit"
                               << "/linux/resources/memory/limit";
    QTest::newRow("absent byte size") << "/linux/resources/memory/kernel"
                                      << "/linux/resources/memory/kernel";
    QTest::newRow("section without a field of its own") << "/linux/resources/pids"
                                                        << "/linux/resources/pids/limit";
}

void TestResourcesPage::focusPointer()
{
    QFETCH(QString, pointer);
    QFETCH(QString, field);
    m_page->activateWindow();
    QVERIFY(m_page->focusPointer(JsonPointer(pointer.toStdString())));
    QTRY_VERIFY(QApplication::focusWidget());
    QWidget *expected = m_page->findChild<QWidget *>(field);
    QVERIFY(expected);
    QVERIFY(QApplication::focusWidget() == expected || expected->isAncestorOf(QApplication::focusWidget()));
}

QTEST_MAIN(TestResourcesPage)
#include "tst_resourcespage.moc"
