// SPDX-License-Identifier: Apache-2.0
#include "document/specdocument.h"
#include "document/specmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

const QByteArray config = R"({
	"ociVersion": "1.0.2",
	"process": {
		"args": ["sh", "-c", "true"],
		"cwd": "/",
		"terminal": true
	},
	"hostname": "box",
	"mounts": [
		{ "destination": "/proc", "type": "proc", "source": "proc" },
		{ "destination": "/dev", "type": "tmpfs", "source": "tmpfs" }
	],
	"x-vendor": { "keep": 18446744073709551615 }
})";

} // namespace

class TestSpecModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void structureMirrorsDocument();
    void pointersRoundTrip_data();
    void pointersRoundTrip();
    void setDataKeepsType_data();
    void setDataKeepsType();
    void setDataIsOneUndoStep();
    void followsStructuralEdits();
    void resetOnLoad();

private:
    std::unique_ptr<SpecDocument> m_document;
    std::unique_ptr<SpecModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSpecModel::init()
{
    m_document = std::make_unique<SpecDocument>();
    m_model = std::make_unique<SpecModel>(m_document.get());
    // The tester watches from the start, so the load itself is checked too.
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_document->loadFromData(config));
}

void TestSpecModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_document.reset();
}

void TestSpecModel::structureMirrorsDocument()
{
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->index(2, SpecModel::KeyColumn).data().toString(), QStringLiteral("hostname"));
    QCOMPARE(m_model->index(2, SpecModel::ValueColumn).data().toString(), QStringLiteral("box"));
    QCOMPARE(m_model->index(2, SpecModel::TypeColumn).data().toString(), QStringLiteral("string"));
    const QModelIndex mounts = m_model->index(3, 0);
    QCOMPARE(m_model->rowCount(mounts), 2);
    QCOMPARE(m_model->index(1, 0, mounts).data().toString(), QStringLiteral("/dev"));
    // Unknown vendor fields are part of the tree, exact.
    const QModelIndex keep = m_model->indexForPointer(JsonPointer("/x-vendor/keep"), SpecModel::ValueColumn);
    QCOMPARE(keep.data().toString(), QStringLiteral("18446744073709551615"));
}

void TestSpecModel::pointersRoundTrip_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::newRow("top-level") << QStringLiteral("/hostname");
    QTest::newRow("nested") << QStringLiteral("/process/cwd");
    QTest::newRow("array element") << QStringLiteral("/process/args/2");
    QTest::newRow("deep in array") << QStringLiteral("/mounts/1/type");
    QTest::newRow("vendor") << QStringLiteral("/x-vendor/keep");
}

void TestSpecModel::pointersRoundTrip()
{
    QFETCH(QString, pointer);
    const Result<JsonPointer> parsedPointer = JsonUtil::parsePointer(pointer);
    QVERIFY2(parsedPointer, qPrintable(parsedPointer.error()));
    const JsonPointer p = *parsedPointer;
    const QModelIndex index = m_model->indexForPointer(p);
    QVERIFY(index.isValid());
    QCOMPARE(m_model->pointerForIndex(index), p);
    QCOMPARE(index.data(SpecModel::PointerRole).toString(), pointer);
}

void TestSpecModel::setDataKeepsType_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QByteArray>("expectedJson");
    QTest::newRow("string") << QStringLiteral("/hostname") << QStringLiteral("42") << true << QByteArray("\"42\"");
    QTest::newRow("bool") << QStringLiteral("/process/terminal") << QStringLiteral("false") << true
                          << QByteArray("false");
    QTest::newRow("bool rejects junk") << QStringLiteral("/process/terminal") << QStringLiteral("maybe") << false
                                       << QByteArray("true");
    QTest::newRow("uint64 exact") << QStringLiteral("/x-vendor/keep") << QStringLiteral("18446744073709551614") << true
                                  << QByteArray("18446744073709551614");
    QTest::newRow("number rejects text") << QStringLiteral("/x-vendor/keep") << QStringLiteral("lots") << false
                                         << QByteArray("18446744073709551615");
    QTest::newRow("same value is a no-op")
        << QStringLiteral("/hostname") << QStringLiteral("box") << false << QByteArray("\"box\"");
}

void TestSpecModel::setDataKeepsType()
{
    QFETCH(QString, pointer);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QByteArray, expectedJson);
    const Result<JsonPointer> parsedPointer = JsonUtil::parsePointer(pointer);
    QVERIFY2(parsedPointer, qPrintable(parsedPointer.error()));
    const JsonPointer p = *parsedPointer;
    const QModelIndex index = m_model->indexForPointer(p, SpecModel::ValueColumn);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(m_model->setData(index, text), accepted);
    QCOMPARE(changed.count(), accepted ? 1 : 0);
    QCOMPARE(QByteArray::fromStdString(m_document->value(p)->dump()), expectedJson);
}

void TestSpecModel::setDataIsOneUndoStep()
{
    const QModelIndex index = m_model->indexForPointer(JsonPointer("/hostname"), SpecModel::ValueColumn);
    QVERIFY(m_model->setData(index, QStringLiteral("b")));
    QVERIFY(m_model->setData(index, QStringLiteral("bo")));
    // A burst of typing in one field merges into one step.
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set Hostname"));
    m_document->undoStack()->undo();
    QCOMPARE(index.data().toString(), QStringLiteral("box"));
}

void TestSpecModel::followsStructuralEdits()
{
    const QModelIndex mounts = m_model->indexForPointer(JsonPointer("/mounts"));
    const QPersistentModelIndex dev = m_model->index(1, 0, mounts);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);

    m_document->insertValue(JsonPointer("/mounts"), 0, Json::object({{"destination", "/sys"}}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(dev.row(), 2);
    QCOMPARE(m_model->pointerForIndex(dev), JsonPointer("/mounts/2"));

    m_document->moveValue(JsonPointer("/mounts"), 2, 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(dev.row(), 0);

    m_document->removeValue(JsonPointer("/mounts/0"));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!dev.isValid());

    // Replacing a whole list announces its rows leaving and arriving.
    m_document->setValue(JsonPointer("/process/args"), Json::array({"echo"}));
    QCOMPARE(m_model->rowCount(m_model->indexForPointer(JsonPointer("/process/args"))), 1);

    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(m_model->rowCount(mounts), 2);
    QCOMPARE(m_model->rowCount(m_model->indexForPointer(JsonPointer("/process/args"))), 3);
}

void TestSpecModel::resetOnLoad()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_document->loadFromData("{\"a\": 1}"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestSpecModel)
#include "tst_specmodel.moc"
