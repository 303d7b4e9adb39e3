// SPDX-License-Identifier: Apache-2.0
// Learn OCI's pages: each shows the bundle's own values, each link leads to
// a field the catalogue knows or to another page, and the worked example's
// ID arithmetic.
#include "learn/conceptpage.h"
#include "learn/concepttopic.h"
#include "learn/idmapping.h"
#include "ocispec/speccatalogue.h"
#include "testfiles.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace {

// Values a page could not show by chance: each is this bundle's own.
const char *const learnerConfig = R"({
  "ociVersion": "1.2.0",
  "process": {
    "args": ["/bin/sleep", "3600"], "cwd": "/", "user": {"uid": 1000, "gid": 1001},
    "capabilities": {"bounding": ["CAP_CHOWN", "CAP_NET_RAW"], "effective": ["CAP_CHOWN"],
                     "permitted": ["CAP_CHOWN"], "inheritable": ["CAP_NET_RAW"], "ambient": ["CAP_NET_RAW"]},
    "noNewPrivileges": true, "apparmorProfile": "learn-profile",
    "selinuxLabel": "system_u:system_r:container_t:s0"
  },
  "root": {"path": "rootfs", "readonly": true},
  "hostname": "learner",
  "mounts": [
    {"destination": "/proc", "type": "proc", "source": "proc"},
    {"destination": "/data", "type": "bind", "source": "/srv/learn-data", "options": ["rbind", "ro"]}
  ],
  "hooks": {
    "createRuntime": [{"path": "/usr/bin/netsetup", "args": ["netsetup", "--bridge"], "timeout": 7}],
    "poststop": [{"path": "/usr/bin/cleanup"}]
  },
  "linux": {
    "namespaces": [{"type": "pid"}, {"type": "network", "path": "/var/run/netns/learn"}, {"type": "mount"},
                   {"type": "user"}],
    "uidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}],
    "gidMappings": [{"containerID": 0, "hostID": 200000, "size": 65536}],
    "cgroupsPath": "/learn/box",
    "resources": {"memory": {"limit": 268435456}, "cpu": {"quota": 50000, "period": 100000},
                  "pids": {"limit": 64}},
    "seccomp": {"defaultAction": "SCMP_ACT_ERRNO", "architectures": ["SCMP_ARCH_X86_64"],
                "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW"}]},
    "maskedPaths": ["/proc/kcore"], "readonlyPaths": ["/proc/sys"]
  }
})";

// A bare bundle: no user namespace, no capabilities, no seccomp.
const char *const bareConfig = R"({"ociVersion": "1.0.2", "process": {"args": ["sh"], "cwd": "/",
  "user": {"uid": 0, "gid": 0}}, "root": {"path": "/does/not/exist"}})";

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().simplified();
}

QStringList links(const QString &html)
{
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]+)\""));
    QStringList found;
    for (QRegularExpressionMatchIterator it = href.globalMatch(html); it.hasNext();)
        found << it.next().captured(1);
    return found;
}

} // namespace

class TestConceptPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheBundlesValues_data();
    void showsTheBundlesValues();
    void linksResolve_data();
    void linksResolve();
    void topicsHaveIdsAndTitles();
    void fieldsLeadToTheirTopic_data();
    void fieldsLeadToTheirTopic();
    void idMappingArithmetic_data();
    void idMappingArithmetic();

private:
    QTemporaryDir m_dir;
    QString m_bundle;
};

void TestConceptPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The bundle "learner" with a root filesystem of two entries.
    m_bundle = m_dir.filePath(QStringLiteral("learner"));
    QVERIFY(QDir().mkpath(m_bundle + QStringLiteral("/rootfs/bin")));
    QVERIFY(writeFile(m_bundle + QStringLiteral("/rootfs/hello"), "hi\n"));
}

void TestConceptPage::showsTheBundlesValues_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("expected");

    const QByteArray learner(learnerConfig);
    const QByteArray bare(bareConfig);
    QTest::newRow("bundle") << "bundle" << learner
                            << QStringList{"1.2.0", "rootfs", "a directory with 2 entries at its top", "Read-only yes"};
    QTest::newRow("bundle, no rootfs") << "bundle" << bare << QStringList{"/does/not/exist", "missing"};
    QTest::newRow("lifecycle") << "lifecycle" << learner
                               << QStringList{"/learner learner",     "runc start learner", "/bin/sleep 3600",
                                              "1 createRuntime hook", "1 poststop hook",    "runc delete learner"};
    QTest::newRow("namespaces") << "namespaces" << learner
                                << QStringList{
                                       "pid process IDs", "joins /var/run/netns/learn",
                                       "ipc System V IPC objects and POSIX message queues shared with the host"};
    QTest::newRow("user namespaces") << "user-namespaces" << learner
                                     << QStringList{"UID 0–65535 100000–165535 65536",
                                                    "GID 0–65535 200000–265535 65536",
                                                    "Container UID 0 is host UID 100000.",
                                                    "Container UID 1000 is host UID 101000.",
                                                    "Container GID 1001 is host GID 201001.",
                                                    "UID 65536 is the first container UID without a mapping"};
    QTest::newRow("no user namespace") << "user-namespaces" << bare
                                       << QStringList{"no user namespace",
                                                      "Its process runs as UID 0, which is host UID 0."};
    QTest::newRow("capabilities") << "capabilities" << learner
                                  << QStringList{"CAP_CHOWN ✓ ✓ ✓", "CAP_NET_RAW ✓ ✓ ✓",
                                                 "Ambient without being both permitted and inheritable: CAP_NET_RAW"};
    QTest::newRow("no capabilities") << "capabilities" << bare << QStringList{"lists no capabilities"};
    QTest::newRow("mounts") << "mounts" << learner
                            << QStringList{"1 /proc proc proc", "2 /data bind /srv/learn-data rbind, ro",
                                           "Masked paths /proc/kcore", "Read-only paths /proc/sys"};
    QTest::newRow("cgroups") << "cgroups" << learner
                             << QStringList{"/learn/box", "268435456 bytes (256 MiB)", "PIDs › Limit 64",
                                            "50000 µs of CPU time in every 100000 µs", "as much as 0.5 CPUs"};
    QTest::newRow("cgroups unset") << "cgroups" << bare << QStringList{"not set: no limit"};
    QTest::newRow("security") << "security" << learner
                              << QStringList{"calls without a rule get SCMP_ACT_ERRNO",
                                             "Architectures: SCMP_ARCH_X86_64", "learn-profile",
                                             "system_u:system_r:container_t:s0", "No new privileges yes"};
    QTest::newRow("no seccomp") << "security" << bare << QStringList{"none: every system call is allowed"};
    QTest::newRow("hooks") << "hooks" << learner
                           << QStringList{"/usr/bin/netsetup: netsetup --bridge (timeout 7 s)", "/usr/bin/cleanup"};
}

void TestConceptPage::showsTheBundlesValues()
{
    QFETCH(QString, topic);
    QFETCH(QByteArray, config);
    QFETCH(QStringList, expected);
    const std::optional<ConceptTopic> parsed = ConceptTopics::fromId(topic);
    QVERIFY(parsed);
    const QString text = plainText(ConceptPage::html(*parsed, Json::parse(config.toStdString()), m_bundle));
    for (const QString &value : expected) {
        if (!text.contains(value))
            QFAIL(qPrintable(QStringLiteral("\"%1\" is not on the page:\n%2").arg(value, text)));
    }
}

void TestConceptPage::linksResolve_data()
{
    QTest::addColumn<int>("topic");
    for (ConceptTopic topic : ConceptTopics::all())
        QTest::newRow(qPrintable(ConceptTopics::id(topic))) << int(topic);
}

void TestConceptPage::linksResolve()
{
    QFETCH(int, topic);
    const QString html = ConceptPage::html(ConceptTopic(topic), Json::parse(std::string(learnerConfig)), m_bundle);
    int fieldLinks = 0;
    for (const QString &link : links(html)) {
        const QUrl url(link);
        if (const std::optional<JsonPointer> pointer = ConceptTopics::pointerOfUrl(url)) {
            ++fieldLinks;
            // The link names a field exactly as the catalogue has it.
            QVERIFY2(SpecCatalogue::instance().field(url.path()), qPrintable(link));
        } else {
            // A topic, or the one view a page links to: the timeline.
            QVERIFY2(ConceptTopics::topicOfUrl(url) || ConceptTopics::isTimelineUrl(url), qPrintable(link));
        }
    }
    QVERIFY(fieldLinks > 0); // every page leads to where its subject is edited
}

void TestConceptPage::topicsHaveIdsAndTitles()
{
    QSet<QString> ids;
    for (ConceptTopic topic : ConceptTopics::all()) {
        QCOMPARE(ConceptTopics::fromId(ConceptTopics::id(topic)), topic);
        QCOMPARE(ConceptTopics::topicOfUrl(ConceptTopics::topicUrl(topic)), topic);
        QVERIFY(!ConceptTopics::title(topic).isEmpty());
        ids.insert(ConceptTopics::id(topic));
    }
    QCOMPARE(ids.size(), 9);
    QVERIFY(!ConceptTopics::fromId(QStringLiteral("nothing")));
    QVERIFY(!ConceptTopics::topicOfUrl(QUrl(QStringLiteral("https://example.org/namespaces"))));
}

void TestConceptPage::fieldsLeadToTheirTopic_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("topic"); // empty: no page

    QTest::newRow("root path") << "/root/path"
                               << "bundle";
    QTest::newRow("args") << "/process/args/0"
                          << "lifecycle";
    QTest::newRow("a capability") << "/process/capabilities/ambient/2"
                                  << "capabilities";
    QTest::newRow("user") << "/process/user/uid"
                          << "user-namespaces";
    QTest::newRow("noNewPrivileges") << "/process/noNewPrivileges"
                                     << "security";
    QTest::newRow("namespace type") << "/linux/namespaces/1/type"
                                    << "namespaces";
    QTest::newRow("gid mapping") << "/linux/gidMappings/0/hostID"
                                 << "user-namespaces";
    QTest::newRow("mount options") << "/mounts/3/options"
                                   << "mounts";
    QTest::newRow("memory") << "/linux/resources/memory/limit"
                            << "cgroups";
    QTest::newRow("seccomp") << "/linux/seccomp/syscalls/0/names"
                             << "security";
    QTest::newRow("hook") << "/hooks/poststop/0/path"
                          << "hooks";
    QTest::newRow("annotations") << "/annotations/x"
                                 << "";
    QTest::newRow("windows") << "/windows/layerFolders"
                             << "";
}

void TestConceptPage::fieldsLeadToTheirTopic()
{
    QFETCH(QString, pointer);
    QFETCH(QString, topic);
    const std::optional<ConceptTopic> found = ConceptTopics::forPointer(JsonPointer(pointer.toStdString()));
    QCOMPARE(found ? ConceptTopics::id(*found) : QString(), topic);
}

void TestConceptPage::idMappingArithmetic_data()
{
    QTest::addColumn<QByteArray>("mappings");
    QTest::addColumn<quint64>("containerId");
    QTest::addColumn<qint64>("host");          // -1: unmapped
    QTest::addColumn<qint64>("firstUnmapped"); // -1: none

    const QByteArray rootless = R"([{"containerID": 0, "hostID": 1000, "size": 1},
                                    {"containerID": 1, "hostID": 100000, "size": 65536}])";
    QTest::newRow("root to the user") << rootless << quint64(0) << qint64(1000) << qint64(65537);
    QTest::newRow("into the second range") << rootless << quint64(1) << qint64(100000) << qint64(65537);
    QTest::newRow("last mapped") << rootless << quint64(65536) << qint64(165535) << qint64(65537);
    QTest::newRow("past the ranges") << rootless << quint64(65537) << qint64(-1) << qint64(65537);
    QTest::newRow("a hole at 0") << QByteArray(R"([{"containerID": 5, "hostID": 50, "size": 10}])") << quint64(0)
                                 << qint64(-1) << qint64(0);
    QTest::newRow("everything") << QByteArray(R"([{"containerID": 0, "hostID": 0, "size": 4294967295}])") << quint64(7)
                                << qint64(7) << qint64(-1);
    QTest::newRow("a broken element is skipped")
        << QByteArray(R"([{"containerID": 0, "hostID": "x", "size": 1}, {"containerID": 0, "hostID": 9, "size": 2}])")
        << quint64(1) << qint64(10) << qint64(2);
    QTest::newRow("an empty range maps nothing")
        << QByteArray(R"([{"containerID": 0, "hostID": 9, "size": 0}])") << quint64(0) << qint64(-1) << qint64(0);
    QTest::newRow("a range past the last id") << QByteArray(R"([{"containerID": 0, "hostID": 5, "size": 1},
                         {"containerID": 1, "hostID": 0, "size": 18446744073709551615}])")
                                              << quint64(9) << qint64(8) << qint64(-1);
    QTest::newRow("none") << QByteArray("[]") << quint64(0) << qint64(-1) << qint64(0);
}

void TestConceptPage::idMappingArithmetic()
{
    QFETCH(QByteArray, mappings);
    QFETCH(quint64, containerId);
    QFETCH(qint64, host);
    QFETCH(qint64, firstUnmapped);
    const Json array = Json::parse(mappings.toStdString());
    const QList<IdMapping> parsed = IdMapping::fromJson(&array);
    const std::optional<quint64> mapped = IdMapping::toHost(parsed, containerId);
    QCOMPARE(mapped ? qint64(*mapped) : -1, host);
    const std::optional<quint64> unmapped = IdMapping::firstUnmapped(parsed);
    QCOMPARE(unmapped ? qint64(*unmapped) : -1, firstUnmapped);
}

QTEST_MAIN(TestConceptPage)

#include "tst_conceptpage.moc"
