// SPDX-License-Identifier: Apache-2.0
#include "document/specdocument.h"
#include "editors/capabilitiesmatrixmodel.h"
#include "pages/capabilitiespage.h"
#include "ocispec/speccatalogue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {

const QByteArray config = R"({
	"ociVersion": "1.2.0",
	"process": {
		"capabilities": {
			"bounding": ["CAP_KILL", "CAP_CHOWN"],
			"effective": ["CAP_KILL"],
			"permitted": ["CAP_KILL", "CAP_FUTURE_THING"],
			"x-vendor-set": ["CAP_KILL"]
		}
	}
})";

QByteArray valueAt(const SpecDocument &document, const char *pointer)
{
    const Json *value = document.value(JsonPointer(pointer));
    return value ? QByteArray::fromStdString(value->dump()) : QByteArrayLiteral("absent");
}

} // namespace

class TestCapabilitiesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelContract();
    void toggling_data();
    void toggling();
    void unknownNamesGetRows();
    void dangerousMarksFollowTheCatalogue();
    void presets_data();
    void presets();
    void focusSelectsTheCell();
    void clickAndSpaceToggle_data();
    void clickAndSpaceToggle();

private:
    std::unique_ptr<SpecDocument> m_document;
    std::unique_ptr<CapabilitiesPage> m_page;
};

void TestCapabilitiesPage::cleanup()
{
    // The page refers to the document: it goes first.
    m_page.reset();
    m_document.reset();
}

void TestCapabilitiesPage::init()
{
    m_document = std::make_unique<SpecDocument>();
    QVERIFY(m_document->loadFromData(config));
    m_page = std::make_unique<CapabilitiesPage>(m_document.get());
}

void TestCapabilitiesPage::modelContract()
{
    SpecDocument document;
    CapabilitiesMatrixModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int known = model.rowCount();
    QCOMPARE(known, int(SpecCatalogue::instance().capabilities().size()));
    QVERIFY(document.loadFromData(config));
    QCOMPARE(model.rowCount(), known + 1);
    QVERIFY(
        model.setData(model.index(model.rowOf(QStringLiteral("CAP_SYS_TIME")), CapabilitiesMatrixModel::AmbientColumn),
                      Qt::Checked, Qt::CheckStateRole));
    document.undoStack()->undo();
    document.setValue(JsonPointer("/process/capabilities/bounding"), Json::array({"CAP_ANOTHER_NEW_ONE"}));
    QCOMPARE(model.rowCount(), known + 2);
}

void TestCapabilitiesPage::toggling_data()
{
    QTest::addColumn<QString>("capability");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("check");
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("add to existing set") << "CAP_NET_RAW" << int(CapabilitiesMatrixModel::EffectiveColumn) << true
                                         << QByteArray("/process/capabilities/effective")
                                         << QByteArray("[\"CAP_KILL\",\"CAP_NET_RAW\"]");
    QTest::newRow("add to missing set") << "CAP_KILL" << int(CapabilitiesMatrixModel::AmbientColumn) << true
                                        << QByteArray("/process/capabilities/ambient") << QByteArray("[\"CAP_KILL\"]");
    QTest::newRow("remove") << "CAP_CHOWN" << int(CapabilitiesMatrixModel::BoundingColumn) << false
                            << QByteArray("/process/capabilities/bounding") << QByteArray("[\"CAP_KILL\"]");
    QTest::newRow("remove unknown name") << "CAP_FUTURE_THING" << int(CapabilitiesMatrixModel::PermittedColumn) << false
                                         << QByteArray("/process/capabilities/permitted")
                                         << QByteArray("[\"CAP_KILL\"]");
}

void TestCapabilitiesPage::toggling()
{
    QFETCH(QString, capability);
    QFETCH(int, column);
    QFETCH(bool, check);
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, expected);

    CapabilitiesMatrixModel *model = m_page->matrix();
    const QByteArray original = m_document->toJson();
    const auto cell = [&] { return model->index(model->rowOf(capability), column); };
    const auto ticked = [&] { return cell().data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked; };
    QVERIFY(cell().isValid());
    QCOMPARE(ticked(), !check);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QVERIFY(model->setData(cell(), check ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(changed.size() + reset.size() > 0);
    QCOMPARE(valueAt(*m_document, pointer.constData()), expected);
    // A name the catalogue does not know leaves with its last use.
    QCOMPARE(ticked(), check);
    if (cell().isValid()) {
        // Ticking what is already ticked changes nothing.
        QVERIFY(!model->setData(cell(), check ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
    }
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toJson(), original);
}

void TestCapabilitiesPage::unknownNamesGetRows()
{
    CapabilitiesMatrixModel *model = m_page->matrix();
    const int row = model->rowOf(QStringLiteral("CAP_FUTURE_THING"));
    QCOMPARE(row, model->rowCount() - 1);
    QCOMPARE(
        model->index(row, CapabilitiesMatrixModel::PermittedColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
        Qt::Checked);
}

void TestCapabilitiesPage::dangerousMarksFollowTheCatalogue()
{
    CapabilitiesMatrixModel *model = m_page->matrix();
    const QList<CapabilityInfo> capabilities = SpecCatalogue::instance().capabilities();
    int dangerous = 0;
    for (const CapabilityInfo &info : capabilities) {
        const QModelIndex name = model->index(model->rowOf(QString::fromLatin1(info.name)), 0);
        QCOMPARE(name.data(CapabilitiesMatrixModel::DangerousRole).toBool(), info.dangerous);
        QCOMPARE(name.data(Qt::DecorationRole).isNull(), !info.dangerous);
        dangerous += info.dangerous ? 1 : 0;
    }
    QVERIFY(dangerous > 0);
}

void TestCapabilitiesPage::presets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QByteArray>("effective");
    QTest::newRow("none") << int(CapabilitiesPage::Preset::None) << QByteArray("[]");
    QTest::newRow("runc default") << int(CapabilitiesPage::Preset::RuncDefault)
                                  << QByteArray("[\"CAP_AUDIT_WRITE\",\"CAP_KILL\",\"CAP_NET_BIND_SERVICE\"]");
}

void TestCapabilitiesPage::presets()
{
    QFETCH(int, preset);
    QFETCH(QByteArray, effective);

    const QByteArray original = m_document->toJson();
    m_page->applyPreset(CapabilitiesPage::Preset(preset));
    QCOMPARE(valueAt(*m_document, "/process/capabilities/effective"), effective);
    QCOMPARE(valueAt(*m_document, "/process/capabilities/x-vendor-set"), QByteArray("[\"CAP_KILL\"]"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    // The same preset again changes nothing and adds no undo step.
    m_page->applyPreset(CapabilitiesPage::Preset(preset));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->toJson(), original);
}

void TestCapabilitiesPage::focusSelectsTheCell()
{
    QVERIFY(m_page->focusPointer(JsonPointer("/process/capabilities/bounding/1")));
    const QModelIndex current = m_page->view()->currentIndex();
    QCOMPARE(current.column(), int(CapabilitiesMatrixModel::BoundingColumn));
    QCOMPARE(m_page->matrix()->capabilityAt(current.row()), QStringLiteral("CAP_CHOWN"));
}

void TestCapabilitiesPage::clickAndSpaceToggle_data()
{
    QTest::addColumn<bool>("keyboard");
    QTest::newRow("click") << false;
    QTest::newRow("space") << true;
}

void TestCapabilitiesPage::clickAndSpaceToggle()
{
    QFETCH(bool, keyboard);
    m_page->resize(800, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTableView *view = m_page->view();
    CapabilitiesMatrixModel *model = m_page->matrix();
    const QModelIndex cell =
        model->index(model->rowOf(QStringLiteral("CAP_CHOWN")), CapabilitiesMatrixModel::EffectiveColumn);
    view->scrollTo(cell);
    if (keyboard) {
        view->setCurrentIndex(cell);
        QTest::keyClick(view, Qt::Key_Space);
    } else {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    }
    QCOMPARE(valueAt(*m_document, "/process/capabilities/effective"), QByteArray("[\"CAP_KILL\",\"CAP_CHOWN\"]"));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

QTEST_MAIN(TestCapabilitiesPage)
#include "tst_capabilitiespage.moc"
