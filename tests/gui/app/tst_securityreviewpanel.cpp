// SPDX-License-Identifier: Apache-2.0
#include "app/explainpanel.h"
#include "app/mainwindow.h"
#include "app/securityreviewmodel.h"
#include "app/securityreviewpanel.h"
#include "document/specdocument.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

namespace {

// Hardened but for the root filesystem and noNewPrivileges, both fixable,
// and without a memory limit, which has no fix.
const QByteArray config = R"({
	"ociVersion": "1.2.0",
	"process": {
		"user": {"uid": 1000, "gid": 1000},
		"args": ["sh"],
		"cwd": "/",
		"capabilities": {"bounding": ["CAP_NET_BIND_SERVICE"], "effective": ["CAP_NET_BIND_SERVICE"], "permitted": ["CAP_NET_BIND_SERVICE"]},
		"noNewPrivileges": false,
		"apparmorProfile": "container-default"
	},
	"root": {"path": "rootfs"},
	"linux": {
		"uidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}],
		"gidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}],
		"resources": {"cpu": {"shares": 512}, "pids": {"limit": 100}},
		"namespaces": [{"type": "pid"}, {"type": "network"}, {"type": "ipc"}, {"type": "uts"}, {"type": "mount"}, {"type": "user"}, {"type": "cgroup"}],
		"seccomp": {"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW"}]},
		"maskedPaths": ["/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/sys/firmware", "/proc/scsi"],
		"readonlyPaths": ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"]
	}
}
)";

int rowOf(const SecurityReviewModel *model, const QString &code)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SecurityReviewModel::CodeColumn).data().toString() == code)
            return row;
    }
    return -1;
}

} // namespace

class TestSecurityReviewPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheReview();
    void modelHoldsThroughEdits();
    void fixButtonIsOneUndoStep();
    void fixUsesTheDocumentAsItIsNow();
    void noFixNoButton();
    void doubleClickGoesToField();
    void windowHasTheDockBesideValidation();

private:
    std::unique_ptr<SpecDocument> m_document;
    std::unique_ptr<SecurityReviewPanel> m_panel;
};

void TestSecurityReviewPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSecurityReviewPanel::init()
{
    m_document = std::make_unique<SpecDocument>();
    QVERIFY(m_document->loadFromData(config));
    m_panel = std::make_unique<SecurityReviewPanel>();
    m_panel->setDocument(m_document.get());
    m_panel->resize(900, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestSecurityReviewPanel::cleanup()
{
    m_panel.reset();
    m_document.reset();
}

void TestSecurityReviewPanel::listsTheReview()
{
    const SecurityReviewModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), int(SecurityReviewModel::ColumnCount));
    const int noNewPrivileges = rowOf(model, QStringLiteral("security.process.no-new-privileges"));
    QVERIFY(noNewPrivileges >= 0);
    const QModelIndex pointer = model->index(noNewPrivileges, SecurityReviewModel::PointerColumn);
    // The place in the catalogue's words, the pointer as tooltip and role.
    QCOMPARE(pointer.data().toString(), QStringLiteral("Process \u203a No new privileges"));
    QCOMPARE(pointer.data(Qt::ToolTipRole).toString(), QStringLiteral("/process/noNewPrivileges"));
    QCOMPARE(pointer.data(SecurityReviewModel::PointerRole).toString(), QStringLiteral("/process/noNewPrivileges"));
    QCOMPARE(pointer.data(SecurityReviewModel::HasFixRole).toBool(), true);
    QVERIFY(
        pointer.data(SecurityReviewModel::StandardsRole).toStringList().contains(QStringLiteral("Docker Bench 5.26")));
    QVERIFY(!model->index(noNewPrivileges, SecurityReviewModel::FixColumn).data().toString().isEmpty());
    const int memory = rowOf(model, QStringLiteral("security.resources.memory"));
    QVERIFY(memory >= 0);
    QVERIFY(model->index(memory, SecurityReviewModel::FixColumn).data().toString().isEmpty());

    // Summary on top: the counts, then a verdict per standard.
    const QString summary = m_panel->summaryText().replace(QChar(QChar::Nbsp), QLatin1Char(' '));
    QVERIFY2(summary.startsWith(QStringLiteral("3 warning(s)")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Docker Bench §5: failed (3 finding(s))")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("PSS baseline: passed")), qPrintable(summary));

    // The detail pane explains the current finding.
    m_panel->view()->setCurrentIndex(model->index(noNewPrivileges, 0));
    QVERIFY2(m_panel->detailText().contains(QStringLiteral("setuid")), qPrintable(m_panel->detailText()));
    QVERIFY(m_panel->detailText().contains(
        QStringLiteral("security.process.no-new-privileges at /process/noNewPrivileges")));
    QVERIFY(m_panel->detailText().contains(QStringLiteral("Fails: Docker Bench 5.26")));
    QVERIFY(m_panel->detailText().contains(QStringLiteral("Fix: Set noNewPrivileges to true")));
}

void TestSecurityReviewPanel::modelHoldsThroughEdits()
{
    QAbstractItemModelTester tester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_document->setValue(JsonPointer("/root/readonly"), true);
    QTRY_COMPARE(m_panel->model()->rowCount(), 2);
    m_document->setValue(JsonPointer("/process/capabilities/bounding/1"), "CAP_SYS_ADMIN");
    QTRY_COMPARE(m_panel->model()->rowCount(), 3);
    QVERIFY(rowOf(m_panel->model(), QStringLiteral("security.capability.sys-admin")) >= 0);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QTRY_COMPARE(rowOf(m_panel->model(), QStringLiteral("security.capability.sys-admin")), -1);
    QCOMPARE(m_panel->model()->rowCount(), 3);
    QVERIFY(rowOf(m_panel->model(), QStringLiteral("security.root.writable")) >= 0);
    SpecDocument other;
    m_panel->setDocument(&other); // an empty document: no process, no root, everything shared
    QVERIFY(m_panel->model()->rowCount() > 5);
    m_panel->setDocument(nullptr);
    QCOMPARE(m_panel->model()->rowCount(), 0);
}

void TestSecurityReviewPanel::fixButtonIsOneUndoStep()
{
    const int row = rowOf(m_panel->model(), QStringLiteral("security.process.no-new-privileges"));
    m_panel->view()->setCurrentIndex(m_panel->model()->index(row, 0));
    QVERIFY(m_panel->fixButton()->isEnabled());
    const QByteArray original = m_document->toJson();
    const int steps = m_document->undoStack()->count();
    QTest::mouseClick(m_panel->fixButton(), Qt::LeftButton);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set noNewPrivileges to true"));
    QVERIFY(*m_document->value(JsonPointer("/process/noNewPrivileges")) == true);
    QCOMPARE(rowOf(m_panel->model(), QStringLiteral("security.process.no-new-privileges")), -1);
    // The next finding takes the fixed one's place.
    QVERIFY(m_panel->view()->currentIndex().isValid());

    m_document->undoStack()->undo();
    QCOMPARE(m_document->toJson(), original);
    QTRY_VERIFY(rowOf(m_panel->model(), QStringLiteral("security.process.no-new-privileges")) >= 0);
}

void TestSecurityReviewPanel::fixUsesTheDocumentAsItIsNow()
{
    // A finding shown before an edit moved its field: the fix applies where
    // the field is now, not where the old review saw it.
    m_document->setValue(
        JsonPointer("/mounts"),
        Json::parse(R"([{"destination": "/a", "type": "bind", "source": "/etc", "options": ["rbind", "ro"]},
                                                                 {"destination": "/b", "type": "bind", "source": "/boot", "options": ["rbind", "ro"]},
                                                                 {"destination": "/tmp", "type": "tmpfs", "source": "tmpfs"}])"));
    m_panel->reviewNow();
    int row = -1;
    for (int r = 0; r < m_panel->model()->rowCount(); ++r) {
        if (m_panel->model()->index(r, 0).data(SecurityReviewModel::PointerRole).toString()
            == QLatin1String("/mounts/1/source"))
            row = r;
    }
    QVERIFY(row >= 0);
    m_panel->view()->setCurrentIndex(m_panel->model()->index(row, 0));
    m_document->removeValue(JsonPointer("/mounts/0")); // /boot moves to /mounts/0; the review is pending
    QVERIFY(m_panel->isPending());
    const int steps = m_document->undoStack()->count();
    m_panel->fixCurrent();
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    const Json *mounts = m_document->value(JsonPointer("/mounts"));
    QCOMPARE(mounts->size(), size_t(1));
    QVERIFY(mounts->at(0)["destination"] == "/tmp");
}

void TestSecurityReviewPanel::noFixNoButton()
{
    const int row = rowOf(m_panel->model(), QStringLiteral("security.resources.memory"));
    m_panel->view()->setCurrentIndex(m_panel->model()->index(row, 0));
    QVERIFY(!m_panel->fixButton()->isEnabled());
    const int steps = m_document->undoStack()->count();
    m_panel->fixCurrent();
    QCOMPARE(m_document->undoStack()->count(), steps);
    QVERIFY(m_panel->detailText().contains(QStringLiteral("No automatic fix.")));
}

void TestSecurityReviewPanel::doubleClickGoesToField()
{
    QSignalSpy spy(m_panel.get(), &SecurityReviewPanel::findingActivated);
    const int row = rowOf(m_panel->model(), QStringLiteral("security.root.writable"));
    const QRect rect = m_panel->view()->visualRect(m_panel->model()->index(row, SecurityReviewModel::SeverityColumn));
    // The view activates on a double-click that follows a press on the same item.
    QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(m_panel->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(JsonUtil::pointerString(spy.first().first().value<JsonPointer>()), QStringLiteral("/root/readonly"));
}

void TestSecurityReviewPanel::windowHasTheDockBesideValidation()
{
    MainWindow window;
    QVERIFY(window.securityDock());
    QCOMPARE(window.securityDock()->objectName(), QStringLiteral("securityDock"));
    QDockWidget *validation = window.findChild<QDockWidget *>(QStringLiteral("validationDock"));
    QVERIFY(window.editArea()->tabifiedDockWidgets(validation).contains(window.securityDock()));
    window.document()->loadFromData(config);
    window.securityPanel()->reviewNow();
    const int row = rowOf(window.securityPanel()->model(), QStringLiteral("security.root.writable"));
    QVERIFY(row >= 0);
    // Going to the field shows it in the Explain panel, as from the validation panel.
    Q_EMIT window.securityPanel()->view()->activated(window.securityPanel()->model()->index(row, 0));
    QCOMPARE(JsonUtil::pointerString(window.explainPanel()->pointer()), QStringLiteral("/root/readonly"));
}

QTEST_MAIN(TestSecurityReviewPanel)
#include "tst_securityreviewpanel.moc"
