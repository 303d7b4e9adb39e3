// SPDX-License-Identifier: Apache-2.0
// The lifecycle bar: which steps each container state allows, what the
// buttons and the menu share, and the ID, signal and force choices.
#include "run/lifecyclebar.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Status = ContainerState::Status;
using Step = LifecycleBar::Step;

namespace {

QString stepName(Step step)
{
    static const char *names[] = {"create", "start", "run", "pause", "resume", "cancel", "stop", "kill", "delete"};
    return QLatin1String(names[int(step)]);
}

// The names of the enabled steps, in the bar's order.
QStringList enabledSteps(const LifecycleBar &bar)
{
    QStringList result;
    for (int step = 0; step <= int(Step::Delete); ++step) {
        if (bar.action(Step(step))->isEnabled())
            result << stepName(Step(step));
    }
    return result;
}

} // namespace

class tst_LifecycleBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stepsFollowTheSituation_data();
    void stepsFollowTheSituation();
    void buttonsShowTheActions();
    void stoppedContainerOffersToRunAgain();
    void forceAllowsDeletingARunningOne();
    void idSignalTimeout();

private:
    QTemporaryDir m_settings;
};

void tst_LifecycleBar::initTestCase()
{
    // Settings of this test only, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void tst_LifecycleBar::stepsFollowTheSituation_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<bool>("haveBundle");
    QTest::addColumn<bool>("busy");
    QTest::addColumn<bool>("stopping");
    QTest::addColumn<QStringList>("enabled");

    const auto steps = [](const char *list) { return QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts); };
    QTest::newRow("no container") << Status::None << true << true << false << false << steps("create run");
    QTest::newRow("no container, no bundle") << Status::None << true << false << false << false << QStringList();
    QTest::newRow("no runtime") << Status::None << false << true << false << false << QStringList();
    QTest::newRow("created") << Status::Created << true << true << false << false << steps("start stop kill delete");
    QTest::newRow("running") << Status::Running << true << true << false << false << steps("pause stop kill");
    QTest::newRow("running, stopping") << Status::Running << true << true << false << true << steps("pause kill");
    QTest::newRow("paused") << Status::Paused << true << true << false << false << steps("resume stop kill");
    QTest::newRow("stopped") << Status::Stopped << true << true << false << false << steps("run delete");
    QTest::newRow("busy") << Status::Running << true << true << true << false << steps("cancel");
}

void tst_LifecycleBar::stepsFollowTheSituation()
{
    QFETCH(Status, status);
    QFETCH(bool, usable);
    QFETCH(bool, haveBundle);
    QFETCH(bool, busy);
    QFETCH(bool, stopping);
    QFETCH(QStringList, enabled);
    LifecycleBar bar;
    LifecycleBar::Situation situation;
    situation.state.status = status;
    situation.runtimeUsable = usable;
    situation.haveBundle = haveBundle;
    situation.busy = busy;
    situation.stopping = stopping;
    bar.setSituation(situation);
    QCOMPARE(enabledSteps(bar), enabled);
}

// One action per step, shared by a button here and the window's Run menu.
void tst_LifecycleBar::buttonsShowTheActions()
{
    LifecycleBar bar;
    QCOMPARE(bar.actions().size(), int(Step::Delete) + 1);
    for (QAction *action : bar.actions()) {
        const QString name = action->objectName().chopped(int(qstrlen("Action")));
        auto *button = bar.findChild<QAbstractButton *>(name + QStringLiteral("Button"));
        QVERIFY2(button, qPrintable(name));
        QCOMPARE(button->text(), action->iconText());
        QVERIFY(!button->text().contains(u'&'));
        QVERIFY(!action->toolTip().isEmpty());
    }
    QCOMPARE(bar.action(Step::Run)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    // A disabled action disables its button.
    LifecycleBar::Situation situation;
    situation.runtimeUsable = true;
    situation.haveBundle = true;
    bar.setSituation(situation);
    QVERIFY(bar.findChild<QAbstractButton *>(QStringLiteral("runButton"))->isEnabled());
    QVERIFY(!bar.findChild<QAbstractButton *>(QStringLiteral("startButton"))->isEnabled());
    QSignalSpy triggered(bar.action(Step::Run), &QAction::triggered);
    QTest::mouseClick(bar.findChild<QAbstractButton *>(QStringLiteral("runButton")), Qt::LeftButton);
    QCOMPARE(triggered.size(), 1);
}

void tst_LifecycleBar::stoppedContainerOffersToRunAgain()
{
    LifecycleBar bar;
    LifecycleBar::Situation situation;
    situation.runtimeUsable = true;
    situation.haveBundle = true;
    situation.state.status = Status::Stopped;
    bar.setSituation(situation);
    QCOMPARE(bar.action(Step::Run)->text(), LifecycleBar::tr("Delete and &Run Again"));
    situation.state.status = Status::None;
    bar.setSituation(situation);
    QCOMPARE(bar.action(Step::Run)->text(), LifecycleBar::tr("&Run"));
}

void tst_LifecycleBar::forceAllowsDeletingARunningOne()
{
    LifecycleBar bar;
    LifecycleBar::Situation situation;
    situation.runtimeUsable = true;
    situation.state.status = Status::Running;
    bar.setSituation(situation);
    QVERIFY(!bar.action(Step::Delete)->isEnabled());
    bar.findChild<QCheckBox *>(QStringLiteral("forceDelete"))->setChecked(true);
    QVERIFY(bar.forceDelete());
    QVERIFY(bar.action(Step::Delete)->isEnabled());
}

void tst_LifecycleBar::idSignalTimeout()
{
    LifecycleBar bar;
    QSignalSpy typed(&bar, &LifecycleBar::containerIdTyped);
    QSignalSpy edited(&bar, &LifecycleBar::containerIdEdited);
    bar.setContainerId(QStringLiteral("web"));
    QCOMPARE(typed.size(), 0); // set, not typed
    auto *id = bar.findChild<QLineEdit *>(QStringLiteral("containerId"));
    id->setFocus();
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral(" db "));
    QTest::keyClick(id, Qt::Key_Return);
    QCOMPARE(typed.size(), 4);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().first().toString(), QStringLiteral("db"));
    QCOMPARE(bar.containerId(), QStringLiteral("db"));

    auto *signal = bar.findChild<QComboBox *>(QStringLiteral("killSignal"));
    QCOMPARE(bar.killSignal(), QStringLiteral("SIGTERM"));
    signal->setCurrentText(QStringLiteral("  "));
    QCOMPARE(bar.killSignal(), QStringLiteral("SIGTERM")); // nothing typed: the default
    signal->setCurrentText(QStringLiteral("SIGUSR1"));
    QCOMPARE(bar.killSignal(), QStringLiteral("SIGUSR1"));

    // The timeout is remembered for the next bar.
    QSignalSpy timeout(&bar, &LifecycleBar::stopTimeoutChanged);
    QCOMPARE(bar.stopTimeoutSeconds(), 10);
    bar.findChild<QSpinBox *>(QStringLiteral("stopTimeout"))->setValue(25);
    QCOMPARE(timeout.size(), 1);
    LifecycleBar next;
    QCOMPARE(next.stopTimeoutSeconds(), 25);
}

QTEST_MAIN(tst_LifecycleBar)
#include "tst_lifecyclebar.moc"
