// SPDX-License-Identifier: Apache-2.0
#include "runtime/runcbinary.h"

#include <QTest>

using namespace std::chrono_literals;

Q_DECLARE_METATYPE(RuntimeCommand)

class tst_RuncBinary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builders_data();
    void builders();
    void globalOptions_data();
    void globalOptions();
    void fromSettings_data();
    void fromSettings();
    void containerId_data();
    void containerId();
    void idForBundle_data();
    void idForBundle();
    void duration_data();
    void duration();
    void defaultStateRoot();
};

static RuncBinary withRoot()
{
    return RuncBinary(QStringLiteral("/usr/sbin/runc"), QStringLiteral("/run/r"));
}

static RuncBinary withoutRoot()
{
    return RuncBinary(QStringLiteral("crun"));
}

void tst_RuncBinary::builders_data()
{
    QTest::addColumn<RuntimeCommand>("command");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");

    const QString runc = QStringLiteral("/usr/sbin/runc");
    const QString crun = QStringLiteral("crun");
    const QStringList logFlags{"--debug", "--log", "/l", "--log-format", "json"};

    // goci parity
    QTest::newRow("start attached") << withRoot().startCommand("/b", "c1", false, "/l") << runc
                                    << QStringList{"--root", "/run/r"} + logFlags
            + QStringList{"run", "--bundle", "/b", "c1"};
    QTest::newRow("start detached") << withRoot().startCommand("/b", "c1", true, "/l") << runc
                                    << QStringList{"--root", "/run/r"} + logFlags
            + QStringList{"run", "--bundle", "/b", "--detach", "c1"};
    QTest::newRow("start no root") << withoutRoot().startCommand("/b", "c1", true, "/l") << crun
                                   << logFlags + QStringList{"run", "--bundle", "/b", "--detach", "c1"};
    QTest::newRow("run") << withRoot().runCommand("/b", "/p", "/l", "c1", {"--root", "/x"}) << runc
                         << logFlags + QStringList{"--root",   "/x", "run",        "--detach", "--no-new-keyring",
                                                   "--bundle", "/b", "--pid-file", "/p",       "c1"};
    QTest::newRow("run no extra") << withoutRoot().runCommand("/b", "/p", "/l", "c1", {}) << crun
                                  << logFlags
            + QStringList{"run", "--detach", "--no-new-keyring", "--bundle", "/b", "--pid-file", "/p", "c1"};
    QTest::newRow("exec") << withRoot().execCommand("c1", "/proc.json", "/p") << runc
                          << QStringList{"--root", "/run/r", "exec", "c1", "--pid-file", "/p", "-p", "/proc.json"};
    QTest::newRow("exec no root") << withoutRoot().execCommand("c1", "/proc.json", "/p") << crun
                                  << QStringList{"exec", "c1", "--pid-file", "/p", "-p", "/proc.json"};
    QTest::newRow("events") << withRoot().eventsCommand("c1") << runc
                            << QStringList{"--root", "/run/r", "events", "c1"};
    QTest::newRow("events no root") << withoutRoot().eventsCommand("c1") << crun << QStringList{"events", "c1"};
    QTest::newRow("state") << withRoot().stateCommand("c1", "/l") << runc
                           << QStringList{"--root", "/run/r"} + logFlags + QStringList{"state", "c1"};
    QTest::newRow("stats") << withRoot().statsCommand("c1", "/l") << runc
                           << QStringList{"--root", "/run/r"} + logFlags + QStringList{"events", "--stats", "c1"};
    QTest::newRow("stats no root") << withoutRoot().statsCommand("c1", "/l") << crun
                                   << logFlags + QStringList{"events", "--stats", "c1"};
    QTest::newRow("delete") << withRoot().deleteCommand("c1", false, "/l") << runc
                            << QStringList{"--root", "/run/r"} + logFlags + QStringList{"delete", "c1"};
    QTest::newRow("delete force") << withRoot().deleteCommand("c1", true, "/l") << runc
                                  << QStringList{"--root", "/run/r"} + logFlags
            + QStringList{"delete", "--force", "c1"};

    // the rest
    const RuncBinary::ProcessOptions none;
    const RuncBinary::ProcessOptions console{"/s.sock", QString(), false};
    const RuncBinary::ProcessOptions pid{QString(), "/p", false};
    const RuncBinary::ProcessOptions all{"/s.sock", "/p", true};
    const QStringList root{"--root", "/run/r"};
    QTest::newRow("create") << withRoot().createCommand("c1", "/b", none) << runc
                            << root + QStringList{"create", "--bundle", "/b", "c1"};
    QTest::newRow("create console") << withRoot().createCommand("c1", "/b", console) << runc
                                    << root
            + QStringList{"create", "--bundle", "/b", "--console-socket", "/s.sock", "c1"};
    QTest::newRow("create pid") << withRoot().createCommand("c1", "/b", pid) << runc
                                << root + QStringList{"create", "--bundle", "/b", "--pid-file", "/p", "c1"};
    QTest::newRow("create all (detach ignored)")
        << withRoot().createCommand("c1", "/b", all) << runc
        << root + QStringList{"create", "--bundle", "/b", "--console-socket", "/s.sock", "--pid-file", "/p", "c1"};
    QTest::newRow("run container") << withRoot().runContainerCommand("c1", "/b", none) << runc
                                   << root + QStringList{"run", "--bundle", "/b", "c1"};
    QTest::newRow("run container all") << withRoot().runContainerCommand("c1", "/b", all) << runc
                                       << root
            + QStringList{"run", "--bundle", "/b", "--console-socket", "/s.sock", "--pid-file", "/p", "--detach", "c1"};
    QTest::newRow("start created") << withRoot().startCreatedCommand("c1") << runc << root + QStringList{"start", "c1"};
    QTest::newRow("exec process") << withRoot().execProcessCommand("c1", "/x.json", none) << runc
                                  << root + QStringList{"exec", "--process", "/x.json", "c1"};
    QTest::newRow("exec process all") << withRoot().execProcessCommand("c1", "/x.json", all) << runc
                                      << root + QStringList{"exec",    "--process",  "/x.json", "--console-socket",
                                                            "/s.sock", "--pid-file", "/p",      "--detach",
                                                            "c1"};
    QTest::newRow("state short") << withRoot().stateCommand("c1") << runc << root + QStringList{"state", "c1"};
    QTest::newRow("pause") << withRoot().pauseCommand("c1") << runc << root + QStringList{"pause", "c1"};
    QTest::newRow("resume") << withRoot().resumeCommand("c1") << runc << root + QStringList{"resume", "c1"};
    QTest::newRow("kill default") << withRoot().killCommand("c1") << runc
                                  << root + QStringList{"kill", "c1", "SIGTERM"};
    QTest::newRow("kill 9 all") << withRoot().killCommand("c1", "9", true) << runc
                                << root + QStringList{"kill", "--all", "c1", "9"};
    QTest::newRow("delete short") << withRoot().deleteCommand("c1", false) << runc
                                  << root + QStringList{"delete", "c1"};
    QTest::newRow("delete short force") << withRoot().deleteCommand("c1", true) << runc
                                        << root + QStringList{"delete", "--force", "c1"};
    QTest::newRow("ps") << withRoot().psCommand("c1") << runc
                        << root + QStringList{"ps", "c1", "-o", "pid,user,pcpu,rss,etime,args"};
    QTest::newRow("list") << withRoot().listCommand() << runc << root + QStringList{"list", "--format", "json"};
    QTest::newRow("list no root") << withoutRoot().listCommand() << crun << QStringList{"list", "--format", "json"};
    QTest::newRow("features") << withRoot().featuresCommand() << runc << QStringList{"features"};
    QTest::newRow("events interval") << withRoot().eventsCommand("c1", 1s) << runc
                                     << root + QStringList{"events", "--interval", "1s", "c1"};
    QTest::newRow("events 250ms") << withRoot().eventsCommand("c1", 250ms) << runc
                                  << root + QStringList{"events", "--interval", "250ms", "c1"};
    QTest::newRow("stats short") << withRoot().statsCommand("c1") << runc
                                 << root + QStringList{"events", "--stats", "c1"};
}

void tst_RuncBinary::builders()
{
    QFETCH(RuntimeCommand, command);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QCOMPARE(command.program, program);
    QCOMPARE(command.arguments, arguments);
}

void tst_RuncBinary::globalOptions_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("log");
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("systemd");
    QTest::addColumn<int>("rootless");
    QTest::addColumn<QStringList>("expected");

    using R = RuncBinary::Rootless;
    QTest::newRow("none") << QString() << QString() << false << false << int(R::Unset) << QStringList{};
    QTest::newRow("root") << "/r" << QString() << false << false << int(R::Unset) << QStringList{"--root", "/r"};
    QTest::newRow("log") << QString() << "/l" << false << false << int(R::Unset) << QStringList{"--log", "/l"};
    QTest::newRow("json log") << QString() << "/l" << true << false << int(R::Unset)
                              << QStringList{"--log", "/l", "--log-format", "json"};
    QTest::newRow("systemd") << QString() << QString() << false << true << int(R::Unset)
                             << QStringList{"--systemd-cgroup"};
    QTest::newRow("rootless true") << QString() << QString() << false << false << int(R::True)
                                   << QStringList{"--rootless", "true"};
    QTest::newRow("rootless false") << QString() << QString() << false << false << int(R::False)
                                    << QStringList{"--rootless", "false"};
    QTest::newRow("rootless auto") << QString() << QString() << false << false << int(R::Auto)
                                   << QStringList{"--rootless", "auto"};
    QTest::newRow("everything") << "/r"
                                << "/l" << true << true << int(R::True)
                                << QStringList{"--root",           "/r",         "--log", "/l", "--log-format", "json",
                                               "--systemd-cgroup", "--rootless", "true"};
}

void tst_RuncBinary::globalOptions()
{
    QFETCH(QString, root);
    QFETCH(QString, log);
    QFETCH(bool, json);
    QFETCH(bool, systemd);
    QFETCH(int, rootless);
    QFETCH(QStringList, expected);

    RuncBinary runc(QStringLiteral("runc"), root);
    runc.setLogFile(log);
    runc.setJsonLog(json);
    runc.setSystemdCgroup(systemd);
    runc.setRootless(RuncBinary::Rootless(rootless));
    QCOMPARE(runc.globalArguments(), expected);
    // Every builder of the second group starts with the global options...
    const QStringList pause{"pause", "c"};
    QCOMPARE(runc.pauseCommand("c").arguments, expected + pause);
    // ...and features, which describes the binary, takes none.
    QCOMPARE(runc.featuresCommand().arguments, QStringList(QStringLiteral("features")));
}

void tst_RuncBinary::fromSettings_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("stateRoot");
    QTest::addColumn<bool>("systemd");
    QTest::addColumn<bool>("rootless");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("defaults") << "runc" << QString() << false << false << QStringList{};
    QTest::newRow("own root, blanks trimmed") << " crun "
                                              << " /run/x " << false << false << QStringList{"--root", "/run/x"};
    QTest::newRow("systemd") << "runc" << QString() << true << false << QStringList{"--systemd-cgroup"};
    // Unticked rootless leaves the flag out: the runtime decides, as without the editor.
    QTest::newRow("rootless") << "runc" << QString() << false << true << QStringList{"--rootless", "true"};
}

void tst_RuncBinary::fromSettings()
{
    QFETCH(QString, program);
    QFETCH(QString, stateRoot);
    QFETCH(bool, systemd);
    QFETCH(bool, rootless);
    QFETCH(QStringList, expected);
    const RuntimeSettings settings{program, stateRoot, systemd, rootless};
    const RuncBinary runtime = RuncBinary::fromSettings(settings);
    QCOMPARE(runtime.path(), program.trimmed());
    QCOMPARE(runtime.globalArguments(), expected);
    // And back, as the run view shows them.
    const RuntimeSettings back = runtime.settings();
    QCOMPARE(back.program, program.trimmed());
    QCOMPARE(back.stateRoot, stateRoot.trimmed());
    QCOMPARE(back.systemdCgroup, systemd);
    QCOMPARE(back.rootless, rootless);
}

void tst_RuncBinary::containerId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << "web" << true;
    QTest::newRow("all allowed") << "A-z_0.9+x" << true;
    QTest::newRow("dots inside") << "a..b" << true;
    QTest::newRow("three dots") << "..." << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("dot") << "." << false;
    QTest::newRow("dot dot") << ".." << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("colon") << "a:b" << false;
    QTest::newRow("umlaut") << QString::fromUtf8("m\xc3\xa4h") << false;
    QTest::newRow("newline") << "a\n" << false;
    QTest::newRow("comma (runc's range +-.)") << "a,b" << true;
    QTest::newRow("dash inside and last") << "a-b-" << true;
    // runc would read these as options.
    QTest::newRow("--help") << "--help" << false;
    QTest::newRow("--all") << "--all" << false;
    QTest::newRow("-rf") << "-rf" << false;
    QTest::newRow("dash") << "-" << false;
}

void tst_RuncBinary::containerId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(RuncBinary::isValidContainerId(id), valid);
    QCOMPARE(RuncBinary::containerIdError(id).isEmpty(), valid);
}

void tst_RuncBinary::duration_data()
{
    QTest::addColumn<int>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("1s") << 1000 << "1s";
    QTest::newRow("5s") << 5000 << "5s";
    QTest::newRow("500ms") << 500 << "500ms";
    QTest::newRow("1500ms") << 1500 << "1500ms";
    QTest::newRow("zero is clamped") << 0 << "1ms";
}

void tst_RuncBinary::duration()
{
    QFETCH(int, ms);
    QFETCH(QString, text);
    QCOMPARE(RuncBinary::durationText(std::chrono::milliseconds(ms)), text);
}

void tst_RuncBinary::defaultStateRoot()
{
    QCOMPARE(RuncBinary::defaultStateRoot("crun", true), QStringLiteral("/run/oci-bundle-editor/crun"));
    qputenv("XDG_RUNTIME_DIR", "/run/user/1000");
    QCOMPARE(RuncBinary::defaultStateRoot("runc", false), QStringLiteral("/run/user/1000/oci-bundle-editor/runc"));
    QVERIFY(RuncBinary::missingRuntimeMessage("crun").contains("apt install crun"));
    QVERIFY(RuncBinary::locate("/nonexistent/runc").isEmpty());
}

void tst_RuncBinary::idForBundle_data()
{
    QTest::addColumn<QString>("bundle");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "/srv/bundles/web"
                           << "obe-web";
    QTest::newRow("trailing slash") << "/srv/bundles/web/"
                                    << "obe-web";
    QTest::newRow("spaces and umlauts") << "/home/u/Mein Büro"
                                        << "obe-Mein-B-ro";
    QTest::newRow("dots kept") << "/tmp/app.v2"
                               << "obe-app.v2";
    QTest::newRow("root") << "/"
                          << "obe-bundle";
    QTest::newRow("empty") << ""
                           << "obe-bundle";
}

void tst_RuncBinary::idForBundle()
{
    QFETCH(QString, bundle);
    QFETCH(QString, expected);
    const QString id = RuncBinary::containerIdForBundle(bundle);
    QCOMPARE(id, expected);
    QVERIFY2(RuncBinary::isValidContainerId(id), qPrintable(RuncBinary::containerIdError(id)));
}

QTEST_APPLESS_MAIN(tst_RuncBinary)
#include "tst_runcbinary.moc"
