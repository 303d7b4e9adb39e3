// SPDX-License-Identifier: Apache-2.0
#include "pagetesting.h"

#include "editors/idmapdiagram.h"
#include "pages/idmappingspage.h"
#include "editors/idmappingtable.h"

#include <QLabel>
#include <QTableView>

using namespace PageTesting;

namespace {

const QByteArray config = R"({
    "linux": {
        "uidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536, "x-note": "kept"}],
        "gidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}]
    }
})";

using Ranges = QList<IdMapDiagram::Range>;

} // namespace

Q_DECLARE_METATYPE(IdMapDiagram::Range)

class TestIdMappingsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editCell_data();
    void editCell();
    void addMapping();
    void diagramFollowsDocument();
    void userNamespaceNote();
    void ranges_data();
    void ranges();
    void overlapping_data();
    void overlapping();

private:
    PageFixture<IdMappingsPage> m_fixture;
    SpecDocument *m_document = nullptr;
    IdMappingsPage *m_page = nullptr;
};

void TestIdMappingsPage::init()
{
    QVERIFY(m_fixture.open(config));
    m_document = m_fixture.document();
    m_page = m_fixture.page();
}

void TestIdMappingsPage::cleanup()
{
    m_fixture.close();
}

void TestIdMappingsPage::editCell_data()
{
    QTest::addColumn<bool>("uid");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("uid host") << true << 1 << "200000"
                              << QByteArray(R"([{"containerID":0,"hostID":200000,"size":65536,"x-note":"kept"}])");
    QTest::newRow("gid size") << false << 2 << "1000"
                              << QByteArray(R"([{"containerID":0,"hostID":100000,"size":1000}])");
    QTest::newRow("uint32 max") << false << 0 << "4294967295"
                                << QByteArray(R"([{"containerID":4294967295,"hostID":100000,"size":65536}])");
}

void TestIdMappingsPage::editCell()
{
    QFETCH(bool, uid);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    QAbstractItemModel *model = (uid ? m_page->uidTable() : m_page->gidTable())->view()->model();
    QVERIFY(model->setData(model->index(0, column), text));
    QCOMPARE(valueText(*m_document, uid ? "/linux/uidMappings" : "/linux/gidMappings"), expected);
    QVERIFY(undoRestores(*m_document, original));
}

void TestIdMappingsPage::addMapping()
{
    const QByteArray original = m_document->toJson();
    button(m_page->gidTable(), QStringLiteral("&Add"))->click();
    QCOMPARE(valueText(*m_document, "/linux/gidMappings/1"), QByteArray(R"({"containerID":0,"hostID":0,"size":1})"));
    QVERIFY(undoRestores(*m_document, original));
}

void TestIdMappingsPage::diagramFollowsDocument()
{
    IdMapDiagram *diagram = m_page->uidDiagram();
    const QImage before = diagram->grab().toImage();
    m_document->insertValue(JsonPointer("/linux/uidMappings"), -1,
                            Json::object({{"containerID", 1000}, {"hostID", 100500}, {"size", 10}}));
    const QImage overlapping = diagram->grab().toImage();
    QVERIFY(overlapping != before);
    m_document->undoStack()->undo();
    QCOMPARE(diagram->grab().toImage(), before);
}

void TestIdMappingsPage::userNamespaceNote()
{
    QLabel *note = m_page->userNamespaceNote();
    QVERIFY(note->isVisible());
    m_document->insertValue(JsonPointer("/linux/namespaces"), -1, Json::object({{"type", "user"}}));
    QVERIFY(!note->isVisible());
    m_document->undoStack()->undo();
    QVERIFY(note->isVisible());
}

void TestIdMappingsPage::ranges_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count");
    QTest::newRow("none") << QByteArray("null") << 0;
    QTest::newRow("one") << QByteArray(R"([{"containerID":0,"hostID":1,"size":2}])") << 1;
    QTest::newRow("malformed skipped") << QByteArray(
        R"([{"containerID":0,"hostID":1,"size":2},{"containerID":-1,"hostID":1,"size":2},{"hostID":1,"size":2},"x",{"containerID":0,"hostID":1,"size":0}])")
                                       << 1;
    QTest::newRow("uint64 sizes") << QByteArray(R"([{"containerID":0,"hostID":0,"size":18446744073709551615}])") << 1;
}

void TestIdMappingsPage::ranges()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    const Json value = Json::parse(json.toStdString());
    QCOMPARE(IdMapDiagram::ranges(value.is_null() ? nullptr : &value).size(), count);
}

void TestIdMappingsPage::overlapping_data()
{
    QTest::addColumn<Ranges>("ranges");
    QTest::addColumn<QList<bool>>("expected");
    QTest::newRow("disjoint") << Ranges{{0, 1000, 1}, {1, 100000, 65536}} << QList<bool>{false, false};
    QTest::newRow("adjacent is no overlap") << Ranges{{0, 0, 10}, {10, 10, 10}} << QList<bool>{false, false};
    QTest::newRow("container overlap") << Ranges{{0, 0, 10}, {9, 100, 10}, {50, 50, 1}}
                                       << QList<bool>{true, true, false};
    QTest::newRow("host overlap") << Ranges{{0, 500, 10}, {100, 505, 1}} << QList<bool>{true, true};
    QTest::newRow("near 2^64") << Ranges{{18446744073709551000ull, 0, 615}, {18446744073709551614ull, 1000, 1}}
                               << QList<bool>{true, true};
}

void TestIdMappingsPage::overlapping()
{
    QFETCH(Ranges, ranges);
    QFETCH(QList<bool>, expected);
    QCOMPARE(IdMapDiagram::overlapping(ranges), expected);
}

QTEST_MAIN(TestIdMappingsPage)
#include "tst_idmappingspage.moc"
