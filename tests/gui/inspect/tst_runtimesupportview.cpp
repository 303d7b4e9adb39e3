// SPDX-License-Identifier: Apache-2.0
// Inspect's Runtime support tab with the installed runc (and crun): it asks
// the runtimes when first shown, follows edits after a pause, shows each
// runtime's raw answer and leads from a row to its field.
#include "document/editcommands.h"
#include "document/specdocument.h"
#include "editors/findingmarks.h"
#include "inspect/runtimesupportdelegate.h"
#include "inspect/runtimesupportview.h"
#include "runtime/runcbinary.h"
#include "runtime/runtimesupportmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {

const QByteArray Config = R"({"ociVersion": "1.0.2-dev",
 "process": {"args": ["sh"], "cwd": "/", "capabilities": {"bounding": ["CAP_KILL", "CAP_NOT_REAL"]}},
 "root": {"path": "rootfs"}, "linux": {"namespaces": [{"type": "pid"}, {"type": "mount"}]}}
)";

// Exposes the delegate's style option, which decides the cell's colour.
class Delegate : public RuntimeSupportDelegate
{
public:
    using RuntimeSupportDelegate::initStyleOption;
    using RuntimeSupportDelegate::RuntimeSupportDelegate;
};

} // namespace

class TestRuntimeSupportView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void asksWhenShown();
    void cells_data();
    void cells();
    void followsEditsAfterAPause();
    void showsTheFeaturesDocument();
    void activatingARowLeadsToItsField();

private:
    int rowOf(const QString &aspect) const;
    int columnOf(const QString &runtime) const;

    std::unique_ptr<SpecDocument> m_document;
    std::unique_ptr<RuntimeSupportView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRuntimeSupportView::initTestCase()
{
    if (RuncBinary::locate(QStringLiteral("runc")).isEmpty())
        QSKIP("runc is not installed");
}

void TestRuntimeSupportView::init()
{
    m_document = std::make_unique<SpecDocument>();
    QVERIFY(m_document->loadFromData(Config));
    m_view = std::make_unique<RuntimeSupportView>(m_document.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->setRuntimePrograms({QStringLiteral("runc"), QStringLiteral("crun")});
    m_view->resize(1000, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isReading(), 20000);
}

void TestRuntimeSupportView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_document.reset();
}

int TestRuntimeSupportView::rowOf(const QString &aspect) const
{
    const QAbstractItemModel *model = m_view->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RuntimeSupportModel::AspectColumn).data().toString() == aspect)
            return row;
    }
    return -1;
}

int TestRuntimeSupportView::columnOf(const QString &runtime) const
{
    const QAbstractItemModel *model = m_view->view()->model();
    for (int column = RuntimeSupportModel::FirstRuntimeColumn; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString().startsWith(runtime + QLatin1Char(' ')))
            return column;
    }
    return -1;
}

void TestRuntimeSupportView::asksWhenShown()
{
    // Not shown, not asked: opening a bundle starts no runtime.
    RuntimeSupportView hidden(m_document.get());
    QVERIFY(!hidden.isReading());
    QCOMPARE(hidden.model()->columnCount(), int(RuntimeSupportModel::FirstRuntimeColumn));

    const bool crun = !RuncBinary::locate(QStringLiteral("crun")).isEmpty();
    QCOMPARE(m_view->model()->columnCount(), RuntimeSupportModel::FirstRuntimeColumn + 1 + (crun ? 1 : 0));
    QVERIFY(columnOf(QStringLiteral("runc")) >= 0);
    QVERIFY(m_view->findChild<QPushButton *>(QStringLiteral("showFeatures-runc")));
    QCOMPARE(m_view->findChild<QPushButton *>(QStringLiteral("showFeatures-crun")) != nullptr, crun);
}

void TestRuntimeSupportView::cells_data()
{
    QTest::addColumn<QString>("aspect");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tooltip");
    QTest::addColumn<int>("severity"); // -1: the palette's own text colour

    QTest::newRow("ociVersion") << "ociVersion"
                                << "✓ supported"
                                << "supports" << -1;
    QTest::newRow("a capability no runtime knows")
        << "Capabilities"
        << "✗ unsupported (CAP_NOT_REAL)"
        << "features lists no 'CAP_NOT_REAL'." << int(Finding::Severity::Error);
    QTest::newRow("namespaces") << "Namespaces"
                                << "✓ supported"
                                << "supports" << -1;
}

void TestRuntimeSupportView::cells()
{
    QFETCH(QString, aspect);
    QFETCH(QString, text);
    QFETCH(QString, tooltip);
    QFETCH(int, severity);
    const int row = rowOf(aspect);
    const int column = columnOf(QStringLiteral("runc"));
    QVERIFY(row >= 0 && column >= 0);
    const QModelIndex index = m_view->view()->model()->index(row, column);
    QCOMPARE(index.data().toString(), text);
    QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(tooltip),
             qPrintable(index.data(Qt::ToolTipRole).toString()));

    Delegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(m_view->view()->viewport());
    delegate.initStyleOption(&option, index);
    const QColor expected = severity < 0 ? m_view->view()->palette().color(QPalette::Text)
                                         : FindingMarks::color(Finding::Severity(severity), option.palette);
    QCOMPARE(option.palette.color(QPalette::Text), expected);
}

void TestRuntimeSupportView::followsEditsAfterAPause()
{
    QSignalSpy reset(m_view->model(), &QAbstractItemModel::modelReset);
    const int rows = m_view->model()->rowCount();
    QCOMPARE(rowOf(QStringLiteral("AppArmor")), -1);
    m_document->undoStack()->push(new SetValueCommand(m_document.get(), JsonPointer("/process/apparmorProfile"),
                                                      "docker-default", QStringLiteral("AppArmor")));
    // Not at once: after the pause.
    QCOMPARE(m_view->model()->rowCount(), rows);
    QTRY_COMPARE(m_view->model()->rowCount(), rows + 1);
    QCOMPARE(reset.size(), 1);
    const int row = rowOf(QStringLiteral("AppArmor"));
    QVERIFY(row >= 0);
    QCOMPARE(m_view->model()->index(row, RuntimeSupportModel::ValueColumn).data().toString(),
             QStringLiteral("docker-default"));

    m_document->undoStack()->undo();
    QTRY_COMPARE(m_view->model()->rowCount(), rows);
}

void TestRuntimeSupportView::showsTheFeaturesDocument()
{
    auto *button = m_view->findChild<QPushButton *>(QStringLiteral("showFeatures-runc"));
    QVERIFY(button);
    button->click();
    auto *dialog = m_view->findChild<QDialog *>(QStringLiteral("featuresDocument"));
    QVERIFY(dialog && dialog->isVisible());
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("featuresText"));
    QVERIFY(text && text->isReadOnly());
    QVERIFY(text->toPlainText().contains(QLatin1String("\"ociVersionMax\"")));
    dialog->close();

    if (auto *crun = m_view->findChild<QPushButton *>(QStringLiteral("showFeatures-crun"))) {
        crun->click();
        QTRY_VERIFY(m_view->findChildren<QDialog *>(QStringLiteral("featuresDocument")).size() == 1);
        dialog = m_view->findChild<QDialog *>(QStringLiteral("featuresDocument"));
        text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("featuresText"));
        QVERIFY(text->toPlainText().contains(QLatin1String("crun")));
        dialog->close();
    }
}

void TestRuntimeSupportView::activatingARowLeadsToItsField()
{
    QSignalSpy activated(m_view.get(), &RuntimeSupportView::pointerActivated);
    QTableView *table = m_view->view();
    const int row = rowOf(QStringLiteral("Capabilities"));
    QVERIFY(row >= 0);
    const QModelIndex index = table->model()->index(row, RuntimeSupportModel::ValueColumn);
    table->scrollTo(index);
    const QPoint centre = table->visualRect(index).center();
    // The view activates on a double-click that follows a press on the same item.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(JsonUtil::pointerString(activated.first().first().value<JsonPointer>()),
             QStringLiteral("/process/capabilities/bounding/0"));

    // The keyboard too.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(rowOf(QStringLiteral("Namespaces")), 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(JsonUtil::pointerString(activated.last().first().value<JsonPointer>()),
             QStringLiteral("/linux/namespaces/0/type"));
}

QTEST_MAIN(TestRuntimeSupportView)
#include "tst_runtimesupportview.moc"
