// SPDX-License-Identifier: Apache-2.0
// Every JSON pointer a page names — bound fields, table columns, detail
// editors, what pages edit by code of their own, the patterns of offered
// values — is one the catalogue knows, so that a mistyped pointer in a page
// fails here instead of editing a field nobody reads.
#include "app/mainwindow.h"
#include "document/specdocument.h"
#include "editors/editorpage.h"
#include "ocispec/speccatalogue.h"

#include <QAbstractItemView>
#include <QPointer>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

// One element in every list, so that the detail editors of the first rows
// and the nested tables bind.
const char *const config = R"({
    "ociVersion": "1.2.0",
    "hostname": "box",
    "root": {"path": "rootfs"},
    "process": {
        "args": ["sh"], "env": ["PATH=/bin"], "cwd": "/",
        "user": {"uid": 0, "gid": 0, "additionalGids": [10]},
        "rlimits": [{"type": "RLIMIT_NOFILE", "soft": 1024, "hard": 1024}],
        "capabilities": {"bounding": ["CAP_KILL"]}
    },
    "mounts": [{"destination": "/proc", "type": "proc", "source": "proc",
                "uidMappings": [{"containerID": 0, "hostID": 1000, "size": 1}],
                "gidMappings": [{"containerID": 0, "hostID": 1000, "size": 1}]}],
    "hooks": {
        "prestart": [{"path": "/bin/true", "args": ["true"], "env": ["A=b"]}],
        "createRuntime": [{"path": "/bin/true", "args": ["true"], "env": ["A=b"]}],
        "createContainer": [{"path": "/bin/true", "args": ["true"], "env": ["A=b"]}],
        "startContainer": [{"path": "/bin/true", "args": ["true"], "env": ["A=b"]}],
        "poststart": [{"path": "/bin/true", "args": ["true"], "env": ["A=b"]}],
        "poststop": [{"path": "/bin/true", "args": ["true"], "env": ["A=b"]}]
    },
    "annotations": {"org.example.key": "value"},
    "linux": {
        "namespaces": [{"type": "pid"}, {"type": "user"}],
        "uidMappings": [{"containerID": 0, "hostID": 1000, "size": 1}],
        "gidMappings": [{"containerID": 0, "hostID": 1000, "size": 1}],
        "devices": [{"path": "/dev/null", "type": "c", "major": 1, "minor": 3}],
        "netDevices": {"eth1": {"name": "eth0"}},
        "sysctl": {"net.ipv4.ip_forward": "1"},
        "maskedPaths": ["/proc/kcore"],
        "readonlyPaths": ["/proc/sys"],
        "personality": {"domain": "LINUX", "flags": ["x"]},
        "resources": {
            "devices": [{"allow": false, "access": "rwm"}],
            "blockIO": {
                "weightDevice": [{"major": 8, "minor": 0, "weight": 500}],
                "throttleReadBpsDevice": [{"major": 8, "minor": 0, "rate": 1}],
                "throttleWriteBpsDevice": [{"major": 8, "minor": 0, "rate": 1}],
                "throttleReadIOPSDevice": [{"major": 8, "minor": 0, "rate": 1}],
                "throttleWriteIOPSDevice": [{"major": 8, "minor": 0, "rate": 1}]
            },
            "hugepageLimits": [{"pageSize": "2MB", "limit": 0}],
            "network": {"priorities": [{"name": "eth0", "priority": 1}]},
            "rdma": {"mlx5_0": {"hcaHandles": 1}},
            "unified": {"memory.high": "1G"}
        },
        "seccomp": {
            "defaultAction": "SCMP_ACT_ALLOW",
            "syscalls": [{"names": ["getcwd"], "action": "SCMP_ACT_ERRNO",
                          "args": [{"index": 0, "value": 1, "op": "SCMP_CMP_EQ"}]}]
        }
    }
})";

} // namespace

class tst_PagePointers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pointersAreInTheCatalogue_data();
    void pointersAreInTheCatalogue();
    void valuePatternsAreInTheCatalogue_data();
    void valuePatternsAreInTheCatalogue();
    void detailEditorsAreReached_data();
    void detailEditorsAreReached();
    void aTypoIsNotFound();

private:
    // Makes the first row of every table current, so that detail editors
    // and the nested tables they hold bind to it.
    void selectFirstRows();
    QStringList namedPointers(const EditorPage *page) const;

    std::unique_ptr<MainWindow> m_window;
};

void tst_PagePointers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->document()->loadFromData(config));
    selectFirstRows();
}

void tst_PagePointers::cleanupTestCase()
{
    m_window.reset();
}

void tst_PagePointers::selectFirstRows()
{
    // Nested tables appear once their row is current, and replace those of
    // the row before: a few rounds reach them, minding views that go.
    for (int round = 0; round < 3; ++round) {
        for (EditorPage *page : m_window->pages()) {
            QList<QPointer<QAbstractItemView>> views;
            for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
                views.append(view);
            for (const QPointer<QAbstractItemView> &view : std::as_const(views)) {
                if (view && view->model() && view->model()->rowCount() > 0 && !view->currentIndex().isValid())
                    view->setCurrentIndex(view->model()->index(0, 0));
            }
        }
    }
}

QStringList tst_PagePointers::namedPointers(const EditorPage *page) const
{
    QStringList texts;
    for (const JsonPointer &pointer : page->namedPointers()) {
        const QString text = JsonUtil::pointerString(pointer);
        if (!texts.contains(text))
            texts << text;
    }
    return texts;
}

void tst_PagePointers::pointersAreInTheCatalogue_data()
{
    QTest::addColumn<QString>("pointer");
    for (const EditorPage *page : m_window->pages()) {
        const QStringList pointers = namedPointers(page);
        QVERIFY2(!pointers.isEmpty(), qPrintable(page->title()));
        for (const QString &pointer : pointers)
            QTest::addRow("%s %s", qPrintable(page->title()), qPrintable(pointer)) << pointer;
    }
}

void tst_PagePointers::pointersAreInTheCatalogue()
{
    QFETCH(QString, pointer);
    QVERIFY2(SpecCatalogue::instance().lookup(pointer),
             qPrintable(pointer + QStringLiteral(" is not in the catalogue")));
}

void tst_PagePointers::valuePatternsAreInTheCatalogue_data()
{
    QTest::addColumn<QString>("pattern");
    int count = 0;
    for (const EditorPage *page : m_window->pages()) {
        for (const QString &pattern : page->valuePatterns()) {
            QTest::addRow("%s %s", qPrintable(page->title()), qPrintable(pattern)) << pattern;
            ++count;
        }
    }
    QVERIFY(count > 0);
}

void tst_PagePointers::valuePatternsAreInTheCatalogue()
{
    QFETCH(QString, pattern);
    const FieldInfo *field = SpecCatalogue::instance().field(pattern);
    QVERIFY2(field, qPrintable(pattern + QStringLiteral(" is no pattern of the catalogue")));
    QVERIFY2(!SpecCatalogue::allowedValues(*field).isEmpty(), qPrintable(pattern + QStringLiteral(" lists no values")));
}

// The collection reaches what only shows for a current row.
void tst_PagePointers::detailEditorsAreReached_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::newRow("mount field") << "/mounts/0/destination";
    QTest::newRow("idmapped mount") << "/mounts/0/uidMappings/0/hostID";
    QTest::newRow("hook field") << "/hooks/createRuntime/0/timeout"; // the kind shown first
    QTest::newRow("hook arguments") << "/hooks/createRuntime/0/args/0";
    QTest::newRow("seccomp argument") << "/linux/seccomp/syscalls/0/args/0/op";
    QTest::newRow("byte size") << "/linux/resources/memory/limit";
    QTest::newRow("capability set") << "/process/capabilities/ambient";
    QTest::newRow("namespace path") << "/linux/namespaces/0/path";
}

void tst_PagePointers::detailEditorsAreReached()
{
    QFETCH(QString, pointer);
    QStringList all;
    for (const EditorPage *page : m_window->pages())
        all << namedPointers(page);
    QVERIFY2(all.contains(pointer), qPrintable(all.join(QLatin1Char('\n'))));
}

// What the test stands on: a pointer one letter off is not found.
void tst_PagePointers::aTypoIsNotFound()
{
    QVERIFY(SpecCatalogue::instance().lookup(QStringLiteral("/process/cwd")));
    QVERIFY(!SpecCatalogue::instance().lookup(QStringLiteral("/process/cdw")));
    QVERIFY(!SpecCatalogue::instance().lookup(QStringLiteral("/mounts/0/destinaton")));
}

QTEST_MAIN(tst_PagePointers)
#include "tst_pagepointers.moc"
