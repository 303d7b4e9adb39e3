// SPDX-License-Identifier: Apache-2.0
// The runtime settings row: what it shows is the RuntimeSettings it gives
// back, the user's changes are announced and a program's state directories
// are offered.
#include "run/runtimesettingsrow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

Q_DECLARE_METATYPE(RuntimeSettings)

class tst_RuntimeSettingsRow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void userChangesAreAnnounced();
    void stateRootsFollowTheProgram();
    void rootlessSettings();
};

void tst_RuntimeSettingsRow::roundTrip_data()
{
    QTest::addColumn<RuntimeSettings>("settings");
    QTest::newRow("runc, its default root") << RuntimeSettings{QStringLiteral("runc"), QString(), false, false};
    QTest::newRow("crun, the system's root")
        << RuntimeSettings{QStringLiteral("crun"), QStringLiteral("/run/crun"), false, false};
    QTest::newRow("systemd cgroups") << RuntimeSettings{QStringLiteral("runc"), QStringLiteral("/run/runc"), true,
                                                        false};
    QTest::newRow("a typed path and root")
        << RuntimeSettings{QStringLiteral("/opt/runc/bin/runc"), QStringLiteral("/srv/state"), false, true};
}

void tst_RuntimeSettingsRow::roundTrip()
{
    QFETCH(RuntimeSettings, settings);
    RuntimeSettingsRow row;
    QSignalSpy changed(&row, &RuntimeSettingsRow::changed);
    row.setSettings(settings);
    QCOMPARE(changed.size(), 0); // shown, not changed by the user
    RuntimeSettings shown = row.settings();
    if (settings.stateRoot.isEmpty()) {
        // The editor's own state directory stands for "the default".
        QCOMPARE(shown.stateRoot, RuncBinary::defaultStateRoot(settings.program, ::geteuid() == 0));
        shown.stateRoot.clear();
    }
    QCOMPARE(shown, settings);
}

void tst_RuntimeSettingsRow::userChangesAreAnnounced()
{
    RuntimeSettingsRow row;
    QSignalSpy changed(&row, &RuntimeSettingsRow::changed);
    row.findChild<QCheckBox *>(QStringLiteral("runtimeSystemdCgroup"))->click();
    QCOMPARE(changed.size(), 1);
    QVERIFY(row.settings().systemdCgroup);
    row.findChild<QComboBox *>(QStringLiteral("runtimeStateRoot"))->setCurrentIndex(1);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(row.settings().stateRoot, QStringLiteral("/run/runc"));
    row.findChild<QComboBox *>(QStringLiteral("runtimeProgram"))->setCurrentText(QStringLiteral("crun"));
    QCOMPARE(changed.size(), 3); // once, though the state directories were refilled
}

void tst_RuntimeSettingsRow::stateRootsFollowTheProgram()
{
    RuntimeSettingsRow row;
    auto *program = row.findChild<QComboBox *>(QStringLiteral("runtimeProgram"));
    auto *roots = row.findChild<QComboBox *>(QStringLiteral("runtimeStateRoot"));
    roots->setCurrentIndex(1);
    program->setCurrentText(QStringLiteral("crun"));
    QCOMPARE(roots->count(), 2);
    QCOMPARE(roots->itemText(0), RuncBinary::defaultStateRoot(QStringLiteral("crun"), ::geteuid() == 0));
    QCOMPARE(roots->itemText(1), QStringLiteral("/run/crun"));
    // The system's root stays chosen, now crun's.
    QCOMPARE(row.settings().stateRoot, QStringLiteral("/run/crun"));
    // The editor's own too.
    roots->setCurrentIndex(0);
    program->setCurrentText(QStringLiteral("runc"));
    QCOMPARE(row.settings().stateRoot, RuncBinary::defaultStateRoot(QStringLiteral("runc"), ::geteuid() == 0));
    // A typed directory is kept whatever the program.
    roots->setCurrentText(QStringLiteral("/srv/state"));
    program->setCurrentText(QStringLiteral("crun"));
    QCOMPARE(row.settings().stateRoot, QStringLiteral("/srv/state"));
}

void tst_RuntimeSettingsRow::rootlessSettings()
{
    RuntimeSettingsRow row;
    QSignalSpy changed(&row, &RuntimeSettingsRow::changed);
    row.findChild<QComboBox *>(QStringLiteral("runtimeStateRoot"))->setCurrentIndex(1);
    changed.clear();
    row.useRootlessSettings();
    QCOMPARE(changed.size(), 1);
    QVERIFY(row.settings().rootless);
    QCOMPARE(row.settings().stateRoot, RuncBinary::defaultStateRoot(QStringLiteral("runc"), false));
}

QTEST_MAIN(tst_RuntimeSettingsRow)
#include "tst_runtimesettingsrow.moc"
