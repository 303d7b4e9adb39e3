// SPDX-License-Identifier: Apache-2.0
// SpecDiff on configs runc writes, changed the ways bundles differ in life.

#include "compare/specdiff.h"
#include "processrun.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

Json parse(const QByteArray &text)
{
    return Json::parse(text.constData(), text.constData() + text.size());
}

// "add /mounts/3 destination /data": the op, the pointer shown and the key.
QStringList summaries(const QList<SpecChange> &changes)
{
    QStringList lines;
    for (const SpecChange &change : changes) {
        QString line = SpecDiff::opName(change.kind) + QLatin1Char(' ') + JsonUtil::pointerString(change.pointer());
        if (!change.key.isEmpty())
            line += QLatin1Char(' ') + change.key;
        lines << line;
    }
    return lines;
}

// What `runc spec` (with extra arguments) writes, parsed.
Json runcSpec(const QStringList &arguments)
{
    QTemporaryDir dir;
    const ProcessOutcome outcome =
        runProcess(QStringLiteral("runc"), QStringList{QStringLiteral("spec")} + arguments, dir.path());
    if (outcome.exitCode != 0)
        return Json();
    return parse(readFile(dir.filePath(QStringLiteral("config.json"))));
}

} // namespace

class tst_SpecDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void values_data();
    void values();
    void runcConfigEdited_data();
    void runcConfigEdited();
    void runcAgainstRootless();
    void changeCarriesTitlesAndValues();
    void largeListsFallBackToIndexes();

private:
    Json m_runc;
};

void tst_SpecDiff::initTestCase()
{
    m_runc = runcSpec({});
    QVERIFY2(m_runc.is_object(), "runc spec failed");
}

void tst_SpecDiff::values_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<bool>("reportOrder");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("equal") << QByteArray(R"({"a": [1, 2]})") << QByteArray(R"({"a":[1,2]})") << false << QStringList();
    QTest::newRow("members shuffled") << QByteArray(R"({"a": 1, "b": {"x": 1, "y": [2, {"p": 1, "q": 2}]}})")
                                      << QByteArray(R"({"b": {"y": [2, {"q": 2, "p": 1}], "x": 1}, "a": 1})") << false
                                      << QStringList();
    QTest::newRow("members shuffled, order asked")
        << QByteArray(R"({"a": 1, "b": {"x": 1, "y": 2}})") << QByteArray(R"({"b": {"y": 2, "x": 1}, "a": 1})") << true
        << QStringList{"reorder ", "reorder /b"};
    QTest::newRow("1 vs 1.0") << QByteArray(R"({"n": 1, "m": [0, -3]})")
                              << QByteArray(R"({"n": 1.0, "m": [0e0, -3.0]})") << false << QStringList();
    QTest::newRow("1 vs 1.5") << QByteArray(R"({"n": 1})") << QByteArray(R"({"n": 1.5})") << false
                              << QStringList{"change /n"};
    QTest::newRow("2^53+1 vs its double")
        << QByteArray(R"({"n": 9007199254740993})") << QByteArray(R"({"n": 9007199254740992.0})") << false
        << QStringList{"change /n"};
    QTest::newRow("uint64 max vs int") << QByteArray(R"({"n": 18446744073709551615})") << QByteArray(R"({"n": -1})")
                                       << false << QStringList{"change /n"};
    QTest::newRow("type changed") << QByteArray(R"({"process": {"terminal": false}})")
                                  << QByteArray(R"({"process": {"terminal": "false"}})") << false
                                  << QStringList{"change /process/terminal"};
    QTest::newRow("object became a list")
        << QByteArray(R"({"linux": {"sysctl": {"a": "1"}}})") << QByteArray(R"({"linux": {"sysctl": ["a"]}})") << false
        << QStringList{"change /linux/sysctl"};
    QTest::newRow("member added and removed") << QByteArray(R"({"hostname": "a", "domainname": "x"})")
                                              << QByteArray(R"({"hostname": "a", "ociVersion": "1.2.0"})") << false
                                              << QStringList{"remove /domainname", "add /ociVersion"};
    QTest::newRow("list: one inserted") << QByteArray(R"({"process": {"args": ["sh", "-c", "true"]}})")
                                        << QByteArray(R"({"process": {"args": ["sh", "-x", "-c", "true"]}})") << false
                                        << QStringList{"add /process/args/1"};
    QTest::newRow("list: one changed") << QByteArray(R"({"process": {"args": ["sh", "-c", "true"]}})")
                                       << QByteArray(R"({"process": {"args": ["bash", "-c", "true"]}})") << false
                                       << QStringList{"change /process/args/0"};
    QTest::newRow("list: one removed, one added")
        << QByteArray(R"({"process": {"args": ["a", "b", "c", "d"]}})")
        << QByteArray(R"({"process": {"args": ["a", "c", "d", "e"]}})") << false
        << QStringList{"remove /process/args/1", "add /process/args/3"};
    QTest::newRow("env by name") << QByteArray(R"({"process": {"env": ["A=1", "B=2", "C=3"]}})")
                                 << QByteArray(R"({"process": {"env": ["C=3", "A=1", "B=9"]}})") << false
                                 << QStringList{"change /process/env/2 B"};
    QTest::newRow("env by name, order asked")
        << QByteArray(R"({"process": {"env": ["A=1", "B=2", "C=3"]}})")
        << QByteArray(R"({"process": {"env": ["C=3", "A=1", "B=2"]}})") << true << QStringList{"move /process/env/0 C"};
    QTest::newRow("same destination twice")
        << QByteArray(R"({"mounts": [{"destination": "/a", "type": "tmpfs"}, {"destination": "/a", "type": "bind"}]})")
        << QByteArray(R"({"mounts": [{"destination": "/a", "type": "tmpfs"}, {"destination": "/a", "type": "proc"}]})")
        << false << QStringList{"change /mounts/1/type destination /a"};
    QTest::newRow("hooks by path and args")
        << QByteArray(
               R"({"hooks": {"prestart": [{"path": "/h", "args": ["h", "1"]}, {"path": "/h", "args": ["h", "2"]}]}})")
        << QByteArray(R"({"hooks": {"prestart": [{"path": "/h", "args": ["h", "2"]}]}})") << false
        << QStringList{"remove /hooks/prestart/0 path /h"};
    QTest::newRow("device by path")
        << QByteArray(R"({"linux": {"devices": [{"path": "/dev/a", "major": 1}]}})")
        << QByteArray(R"({"linux": {"devices": [{"path": "/dev/b", "major": 1}, {"path": "/dev/a", "major": 2}]}})")
        << false << QStringList{"add /linux/devices/0 path /dev/b", "change /linux/devices/1/major path /dev/a"};
}

void tst_SpecDiff::values()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(bool, reportOrder);
    QFETCH(QStringList, expected);
    const QList<SpecChange> changes = SpecDiff::compute(parse(before), parse(after), {.reportOrder = reportOrder});
    QCOMPARE(summaries(changes), expected);
    // The other way round, every addition is a removal.
    const QList<SpecChange> back = SpecDiff::compute(parse(after), parse(before), {.reportOrder = reportOrder});
    QCOMPARE(back.size(), changes.size());
}

void tst_SpecDiff::runcConfigEdited_data()
{
    QTest::addColumn<QByteArray>("patch"); // RFC 6902, applied to runc spec's config
    QTest::addColumn<bool>("reportOrder");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("unchanged") << QByteArray("[]") << true << QStringList();
    QTest::newRow("mount inserted in the middle") << QByteArray(R"([{"op": "add", "path": "/mounts/3",
                           "value": {"destination": "/data", "type": "bind", "source": "/srv", "options": ["rbind"]}}])")
                                                  << false << QStringList{"add /mounts/3 destination /data"};
    QTest::newRow("mount option changed after the insert")
        << QByteArray(R"([{"op": "add", "path": "/mounts/1", "value": {"destination": "/data", "type": "tmpfs"}},
                          {"op": "replace", "path": "/mounts/3/options/0", "value": "noexec"}])")
        << false << QStringList{"add /mounts/1 destination /data", "change /mounts/3/options/0 destination /dev/pts"};
    QTest::newRow("mount moved") << QByteArray(R"([{"op": "move", "from": "/mounts/0", "path": "/mounts/3"}])") << false
                                 << QStringList{"move /mounts/3 destination /proc"};
    QTest::newRow("env changed") << QByteArray(R"([{"op": "replace", "path": "/process/env/0", "value": "PATH=/bin"}])")
                                 << false << QStringList{"change /process/env/0 PATH"};
    QTest::newRow("env added first") << QByteArray(R"([{"op": "add", "path": "/process/env/0", "value": "LANG=C"}])")
                                     << false << QStringList{"add /process/env/0 LANG"};
    QTest::newRow("arg changed") << QByteArray(R"([{"op": "replace", "path": "/process/args/0", "value": "bash"}])")
                                 << false << QStringList{"change /process/args/0"};
    QTest::newRow("namespace moved, order ignored")
        << QByteArray(R"([{"op": "move", "from": "/linux/namespaces/0", "path": "/linux/namespaces/4"}])") << false
        << QStringList();
    QTest::newRow("namespace moved, order asked")
        << QByteArray(R"([{"op": "move", "from": "/linux/namespaces/0", "path": "/linux/namespaces/4"}])") << true
        << QStringList{"move /linux/namespaces/4 type pid"};
    QTest::newRow("capability dropped") << QByteArray(
        R"([{"op": "remove", "path": "/process/capabilities/bounding/1"}])")
                                        << false << QStringList{"remove /process/capabilities/bounding/1"};
    QTest::newRow("rlimit changed") << QByteArray(
        R"([{"op": "replace", "path": "/process/rlimits/0/soft", "value": 4096}])")
                                    << false << QStringList{"change /process/rlimits/0/soft type RLIMIT_NOFILE"};
    QTest::newRow("terminal as text") << QByteArray(
        R"([{"op": "replace", "path": "/process/terminal", "value": "true"}])")
                                      << false << QStringList{"change /process/terminal"};
}

void tst_SpecDiff::runcConfigEdited()
{
    QFETCH(QByteArray, patch);
    QFETCH(bool, reportOrder);
    QFETCH(QStringList, expected);
    const Json edited = m_runc.patch(parse(patch));
    QCOMPARE(summaries(SpecDiff::compute(m_runc, edited, {.reportOrder = reportOrder})), expected);
}

void tst_SpecDiff::runcAgainstRootless()
{
    const Json rootless = runcSpec({QStringLiteral("--rootless")});
    QVERIFY(rootless.is_object());
    const QList<SpecChange> changes = SpecDiff::compute(m_runc, rootless);
    const QStringList expected{
        "remove /mounts/2/options/5 destination /dev/pts",
        "change /mounts/5/type destination /sys",
        "change /mounts/5/source destination /sys",
        "add /mounts/5/options/0 destination /sys",
        "remove /linux/resources",
        "remove /linux/namespaces/1 type network",
        "add /linux/namespaces/4 type user",
        "add /linux/uidMappings",
        "add /linux/gidMappings",
    };
    QCOMPARE(summaries(changes), expected);
    QVERIFY(changes.at(1).oldValue == Json("sysfs"));
    QVERIFY(changes.at(1).newValue == Json("none"));
    QVERIFY(!changes.at(1).typeChanged());
}

void tst_SpecDiff::changeCarriesTitlesAndValues()
{
    Json edited = m_runc;
    edited["process"]["args"][0] = "bash";
    edited["process"]["terminal"] = "yes";
    edited["mounts"].insert(edited["mounts"].begin() + 3, Json{{"destination", "/data"}, {"type", "tmpfs"}});
    edited["x-vendor"] = 1;
    const QList<SpecChange> changes = SpecDiff::compute(m_runc, edited);
    QCOMPARE(changes.size(), 4);

    const SpecChange &terminal = changes.at(0);
    QCOMPARE(terminal.kind, SpecChange::Kind::Changed);
    QCOMPARE(terminal.title, QStringLiteral("Terminal"));
    QVERIFY(terminal.typeChanged());
    QVERIFY(terminal.oldValue == Json(true));

    const SpecChange &argument = changes.at(1);
    QCOMPARE(argument.title, QStringLiteral("Argument"));
    QCOMPARE(argument.location, QStringLiteral("Process \u203a Arguments \u203a bash"));
    QVERIFY(argument.oldValue == Json("sh"));
    QVERIFY(argument.newValue == Json("bash"));
    QVERIFY(!argument.typeChanged());

    const SpecChange &mount = changes.at(2);
    QCOMPARE(mount.kind, SpecChange::Kind::Added);
    QCOMPARE(mount.title, QStringLiteral("Mount"));
    QCOMPARE(mount.location, QStringLiteral("Mounts \u203a /data"));
    QCOMPARE(JsonUtil::pointerString(mount.oldPointer), QStringLiteral("/mounts")); // the list in the first
    QCOMPARE(JsonUtil::pointerString(mount.newPointer), QStringLiteral("/mounts/3"));
    QVERIFY(!mount.hasOldValue());

    const SpecChange &vendor = changes.at(3);
    QCOMPARE(vendor.title, QStringLiteral("x-vendor")); // unknown to the catalogue: its key
    QCOMPARE(JsonUtil::pointerString(vendor.oldPointer), QString());
}

void tst_SpecDiff::largeListsFallBackToIndexes()
{
    // 3,000 by 3,000 elements is past the LCS budget: compared index by
    // index, the one inserted at the front shifts every element.
    Json before = Json::object();
    Json after = Json::object();
    before["process"]["args"] = Json::array();
    after["process"]["args"] = Json::array({"first"});
    for (int i = 0; i < 3000; ++i) {
        before["process"]["args"].push_back(std::to_string(i));
        after["process"]["args"].push_back(std::to_string(i));
    }
    before["process"]["args"].push_back("last");
    QCOMPARE(SpecDiff::compute(before, after).size(), 3001);

    // 1,500 each is within it: one addition and one removal.
    Json &shorterBefore = before["process"]["args"];
    shorterBefore.erase(shorterBefore.begin() + 1500, shorterBefore.begin() + 3000);
    Json &shorterAfter = after["process"]["args"];
    shorterAfter.erase(shorterAfter.begin() + 1501, shorterAfter.end());
    QCOMPARE(summaries(SpecDiff::compute(before, after)),
             (QStringList{"add /process/args/0", "remove /process/args/1500"}));
}

QTEST_APPLESS_MAIN(tst_SpecDiff)
#include "tst_specdiff.moc"
