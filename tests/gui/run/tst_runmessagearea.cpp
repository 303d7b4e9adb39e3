// SPDX-License-Identifier: Apache-2.0
// The run view's message area: shown only with something to say, and a
// finding leads to its field.
#include "run/runmessagearea.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTest>

class tst_RunMessageArea final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void visibleOnlyWithSomethingToSay_data();
    void visibleOnlyWithSomethingToSay();
    void findingLeadsToItsField();
};

void tst_RunMessageArea::visibleOnlyWithSomethingToSay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("findings");
    QTest::addColumn<bool>("areaShown");
    QTest::addColumn<bool>("listShown");
    QTest::newRow("nothing") << QString() << 0 << false << false;
    QTest::newRow("a message") << QStringLiteral("Run failed") << 0 << true << false;
    QTest::newRow("a message and findings") << QStringLiteral("Fix these first:") << 2 << true << true;
    QTest::newRow("findings alone") << QString() << 1 << true << true;
}

void tst_RunMessageArea::visibleOnlyWithSomethingToSay()
{
    QFETCH(QString, text);
    QFETCH(int, findings);
    QFETCH(bool, areaShown);
    QFETCH(bool, listShown);
    QWidget window;
    auto *area = new RunMessageArea(&window);
    QAbstractItemModelTester tester(area->findingsView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!area->isVisible());
    QList<Finding> list;
    for (int i = 0; i < findings; ++i)
        list << Finding{Finding::Severity::Error, QStringLiteral("process.args"),
                        QStringLiteral("/process/args/%1").arg(i), QStringLiteral("bad")};
    area->showMessage(text, Finding::Severity::Error);
    area->setFindings(list);
    QCOMPARE(area->isVisible(), areaShown);
    QCOMPARE(area->findingsView()->isVisible(), listShown);
    QCOMPARE(area->text(), text);
    QCOMPARE(area->findings().size(), findings);
    area->clear();
    QVERIFY(!area->isVisible());
}

void tst_RunMessageArea::findingLeadsToItsField()
{
    RunMessageArea area;
    area.setFindings({Finding{Finding::Severity::Error, QStringLiteral("mount.option"),
                              QStringLiteral("/mounts/2/options"), QStringLiteral("bad")}});
    QList<QString> activated;
    connect(&area, &RunMessageArea::findingActivated, this,
            [&activated](const JsonPointer &pointer) { activated << JsonUtil::pointerString(pointer); });
    QTableView *view = area.findingsView();
    Q_EMIT view->activated(view->model()->index(0, 0));
    QCOMPARE(activated, QList<QString>{QStringLiteral("/mounts/2/options")});
}

QTEST_MAIN(tst_RunMessageArea)
#include "tst_runmessagearea.moc"
