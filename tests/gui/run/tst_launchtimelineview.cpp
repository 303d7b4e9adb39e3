// SPDX-License-Identifier: Apache-2.0
// The Run view's Timeline tab: it follows the document, shows a step's
// details and leads to its field, and keeps the plan of a container being
// made while the document changes.
#include "run/launchtimelineview.h"

#include "document/specdocument.h"
#include "runtime/containersession.h"
#include "runtime/launchtimelinemodel.h"
#include "testbundle.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using Kind = LaunchStep::Kind;

namespace {

int rowOf(const LaunchTimelineModel &model, Kind kind)
{
    const QList<LaunchStep> &steps = model.timeline().steps();
    for (int row = 0; row < steps.size(); ++row)
        if (steps.at(row).kind == kind)
            return row;
    return -1;
}

int mountSteps(const LaunchTimelineModel &model)
{
    int count = 0;
    for (const LaunchStep &step : model.timeline().steps())
        count += step.kind == Kind::Mount;
    return count;
}

bool writeExecutable(const QString &path, const char *text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) > 0
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace

class tst_LaunchTimelineView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void followsTheDocument();
    void detailsAndField_data();
    void detailsAndField();
    void keepsThePlanOfAContainerBeingMade();
};

void tst_LaunchTimelineView::initTestCase()
{
    qRegisterMetaType<ContainerState>();
    qRegisterMetaType<QList<RuntimeLogEntry>>();
}

void tst_LaunchTimelineView::followsTheDocument()
{
    SpecDocument document;
    document.setRoot(TestBundle::config({QStringLiteral("sleep"), QStringLiteral("1")}, false, Json::object()));
    LaunchTimelineView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setDocument(&document);
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model()->rowCount(), 3);
    QCOMPARE(mountSteps(*view.model()), 4);
    QVERIFY(view.view()->isExpanded(view.model()->index(0, 0)));

    document.insertValue(JsonPointer("/mounts"), -1,
                         Json{{"destination", "/data"}, {"type", "bind"}, {"source", "/srv/data"},
                              {"options", {"rbind", "ro"}}});
    QTRY_COMPARE(mountSteps(*view.model()), 5);
    const LaunchStep &added = view.model()->timeline().steps().at(rowOf(*view.model(), Kind::Mount) + 4);
    QCOMPARE(added.pointer, QStringLiteral("/mounts/4"));
    QVERIFY(added.title.contains(QLatin1String("/srv/data")));

    view.setRuntimeName(QStringLiteral("crun"));
    QVERIFY(view.model()->index(0, 0).data().toString().startsWith(QLatin1String("crun create")));
}

void tst_LaunchTimelineView::detailsAndField_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("masked paths") << int(Kind::MaskedPaths) << QStringLiteral("/linux/maskedPaths");
    QTest::newRow("program") << int(Kind::FindProgram) << QStringLiteral("/process/args/0");
    QTest::newRow("waiting has no field") << int(Kind::WaitForStart) << QString();
}

void tst_LaunchTimelineView::detailsAndField()
{
    QFETCH(int, kind);
    QFETCH(QString, pointer);
    SpecDocument document;
    document.setRoot(TestBundle::config({QStringLiteral("sleep"), QStringLiteral("1")}, false, Json::object()));
    LaunchTimelineView view;
    view.setDocument(&document);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &LaunchTimelineView::pointerActivated);
    const int row = rowOf(*view.model(), Kind(kind));
    QVERIFY(row >= 0);
    view.view()->setCurrentIndex(view.model()->indexOfStep(row));

    auto *details = view.findChild<QLabel *>(QStringLiteral("launchStepDetails"));
    auto *goTo = view.findChild<QPushButton *>(QStringLiteral("launchStepGoToField"));
    QVERIFY(details && goTo);
    const LaunchStep &step = view.model()->timeline().steps().at(row);
    QVERIFY2(details->text().contains(step.title.toHtmlEscaped()), qPrintable(details->text()));
    QCOMPARE(goTo->isEnabled(), !pointer.isEmpty());
    goTo->click();
    QTest::keyClick(view.view(), Qt::Key_Return);
    if (pointer.isEmpty()) {
        QCOMPARE(activated.size(), 0);
        return;
    }
    QCOMPARE(activated.size(), 2); // the button, then Enter on the row
    for (const QList<QVariant> &args : std::as_const(activated))
        QCOMPARE(args.first().value<JsonPointer>(), JsonPointer(pointer.toStdString()));
}

// A create starts over from the config.json on disk and keeps that plan
// while the document changes; when no container came of it, the next edit
// brings the document's plan back. A script stands in for a runtime that
// takes a second and then refuses everything.
void tst_LaunchTimelineView::keepsThePlanOfAContainerBeingMade()
{
    TestBundle bundle;
    QVERIFY2(bundle.isValid(), qPrintable(bundle.errorString()));
    QVERIFY(bundle.write({QStringLiteral("sleep"), QStringLiteral("1")}, false));
    SpecDocument document;
    document.setRoot(TestBundle::config({QStringLiteral("sleep"), QStringLiteral("1")}, false, Json::object()));
    const QString refusing = bundle.path() + QStringLiteral("/refusing-runtime");
    QVERIFY(writeExecutable(refusing, "#!/bin/sh\nsleep 1\nexit 1\n"));
    ContainerSession session;
    session.setRuntime(RuncBinary(refusing, bundle.stateRoot()));
    session.setBundlePath(bundle.path());
    session.setContainerId(QStringLiteral("timeline-view"));
    LaunchTimelineView view;
    view.setDocument(&document);
    view.follow(&session);
    QSignalSpy observing(view.model(), &LaunchTimelineModel::observingChanged);
    QSignalSpy finished(&session, &ContainerSession::actionFinished);

    session.create();
    QCOMPARE(observing.size(), 1);
    QVERIFY(observing.first().first().toBool());
    document.removeValue(JsonPointer("/mounts/3"));
    QTest::qWait(500); // longer than the view's pause before it follows
    QCOMPARE(mountSteps(*view.model()), 4);
    QVERIFY(finished.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(!finished.first().at(1).toBool());
    QVERIFY(!view.model()->isObserving());
    const int failed = rowOf(*view.model(), Kind::ReadConfig);
    QCOMPARE(view.model()->timeline().steps().at(failed).status, LaunchStep::Status::Failed);

    document.removeValue(JsonPointer("/mounts/2"));
    QTRY_COMPARE(mountSteps(*view.model()), 2);
}

QTEST_MAIN(tst_LaunchTimelineView)
#include "tst_launchtimelineview.moc"
