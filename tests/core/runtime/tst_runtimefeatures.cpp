// SPDX-License-Identifier: Apache-2.0
// "runc features" against configs: each aspect the installed runtime would
// not understand becomes one warning; what it knows stays quiet.
#include "runtime/runcbinary.h"
#include "runtime/runtimefeatures.h"

#include <QProcess>
#include <QTest>

// The shape runc 1.1 prints, cut down to a few entries per list.
static const char Features[] = R"({
  "ociVersionMin": "1.0.0", "ociVersionMax": "1.0.2-dev",
  "hooks": ["prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop"],
  "mountOptions": ["bind", "rbind", "ro", "rw", "nosuid", "noexec", "nodev", "strictatime", "relatime"],
  "linux": {
    "namespaces": ["cgroup", "ipc", "mount", "network", "pid", "user", "uts"],
    "capabilities": ["CAP_CHOWN", "CAP_KILL", "CAP_NET_BIND_SERVICE", "CAP_AUDIT_WRITE"],
    "seccomp": {"enabled": true, "actions": ["SCMP_ACT_ALLOW", "SCMP_ACT_ERRNO", "SCMP_ACT_KILL"]}
  }
})";

class tst_RuntimeFeatures final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warnings_data();
    void warnings();
    void notFeatures_data();
    void notFeatures();
    void installedRunc();
};

void tst_RuntimeFeatures::warnings_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QByteArray("{}") << QStringList();
    QTest::newRow("all supported") << QByteArray(
        R"({"hooks":{"prestart":[],"poststop":[]},"linux":{"namespaces":[{"type":"pid"},{"type":"user"}],)"
        R"("seccomp":{"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW"}]}},)"
        R"("process":{"capabilities":{"bounding":["CAP_KILL"]}},)"
        R"("mounts":[{"destination":"/dev","options":["nosuid","mode=755","size=65536k","newinstance"]}]})")
                                   << QStringList();
    QTest::newRow("hook") << QByteArray(R"({"hooks":{"prestart":[],"precreate":[]}})")
                          << QStringList{"Hooks: runc features lists no 'precreate'."};
    QTest::newRow("namespace") << QByteArray(R"({"linux":{"namespaces":[{"type":"pid"},{"type":"time"}]}})")
                               << QStringList{"Namespaces: runc features lists no 'time'."};
    QTest::newRow("capability twice") << QByteArray(
        R"({"process":{"capabilities":{"bounding":["CAP_BPF"],"effective":["CAP_BPF","CAP_KILL"]}}})")
                                      << QStringList{"Capabilities: runc features lists no 'CAP_BPF'."};
    QTest::newRow("mount option") << QByteArray(R"({"mounts":[{"options":["rro","idmap","uid=5"]}]})")
                                  << QStringList{"Mount options: runc features lists no 'rro', 'idmap'."};
    QTest::newRow("seccomp actions") << QByteArray(
        R"({"linux":{"seccomp":{"defaultAction":"SCMP_ACT_KILL_PROCESS","syscalls":[{"action":"SCMP_ACT_NOTIFY"},{"action":"SCMP_ACT_ALLOW"}]}}})")
                                     << QStringList{"Seccomp actions: runc features lists no "
                                                    "'SCMP_ACT_KILL_PROCESS', 'SCMP_ACT_NOTIFY'."};
    QTest::newRow("wrong types are ignored") << QByteArray(
        R"({"hooks":[],"linux":{"namespaces":{"type":"x"},"seccomp":[]},"mounts":{},"process":{"capabilities":[]}})")
                                             << QStringList();
}

void tst_RuntimeFeatures::warnings()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, expected);
    const Result<RuntimeFeatures> features = RuntimeFeatures::fromJson(Features);
    QVERIFY2(features, qPrintable(features.error()));
    QCOMPARE(features->unsupportedIn(Json::parse(config.toStdString())), expected);
}

void tst_RuntimeFeatures::notFeatures_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("crun's answer") << QByteArray("unknown command features");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("object without versions") << QByteArray(R"({"hooks":[]})");
}

void tst_RuntimeFeatures::notFeatures()
{
    QFETCH(QByteArray, json);
    const Result<RuntimeFeatures> features = RuntimeFeatures::fromJson(json);
    QVERIFY(!features);
    QVERIFY(!features.error().isEmpty());
}

void tst_RuntimeFeatures::installedRunc()
{
    const QString runc = RuncBinary::locate(QStringLiteral("runc"));
    if (runc.isEmpty())
        QSKIP("runc is not installed");
    QProcess process;
    process.start(runc, RuncBinary(runc).featuresCommand().arguments);
    QVERIFY(process.waitForFinished(10000));
    if (process.exitCode() != 0)
        QSKIP("this runc has no features command");
    const Result<RuntimeFeatures> features = RuntimeFeatures::fromJson(process.readAllStandardOutput());
    QVERIFY2(features, qPrintable(features.error()));
    QVERIFY(features->namespaces().contains(QStringLiteral("pid")));
    QVERIFY(features->hooks().contains(QStringLiteral("prestart")));
}

QTEST_APPLESS_MAIN(tst_RuntimeFeatures)
#include "tst_runtimefeatures.moc"
