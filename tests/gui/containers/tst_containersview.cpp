// SPDX-License-Identifier: Apache-2.0
// Containers mode's table: the filters, listing again while shown, and Kill
// and Delete with real runc, asking first and naming the owner of a
// container the editor did not start.
#include "containers/containersview.h"
#include "dialoganswerer.h"
#include "runtime/hostcontainersmodel.h"
#include "runtime/runcbinary.h"
#include "testbundle.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString runc = QStringLiteral("runc");

ContainerState state(const QString &id, ContainerState::Status status, const QString &bundle)
{
    ContainerState result;
    result.id = id;
    result.status = status;
    result.bundle = bundle;
    result.owner = QStringLiteral("root");
    return result;
}

} // namespace

class TestContainersView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void listsAgainOnlyWhileShown();
    void killAndDeleteAskFirst_data();
    void killAndDeleteAskFirst();
    void deleteStoppedSparesOtherTools();

private:
    // The state roots of the test's /run; the editor's own are those under
    // oci-bundle-editor there, as on a real machine.
    StateRootFinder fakeRunFinder() const;
    // Waits for refreshes until the container shows status (None: gone).
    bool waitForStatus(ContainersView &view, const QString &id, ContainerState::Status status);

    std::unique_ptr<QTemporaryDir> m_run;
    std::unique_ptr<TestBundle> m_bundle;
    QString m_root;
    QString m_id;
};

void TestContainersView::init()
{
    m_run = std::make_unique<QTemporaryDir>();
    QVERIFY(m_run->isValid());
}

void TestContainersView::cleanup()
{
    if (!m_id.isEmpty())
        forceDelete(runc, m_root, m_id);
    m_id.clear();
    m_bundle.reset();
    m_run.reset();
}

StateRootFinder TestContainersView::fakeRunFinder() const
{
    StateRootFinder finder(m_run->path());
    finder.setOwnRoots({});
    return finder;
}

void TestContainersView::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<int>("status"); // -1: every status
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("everything") << ""
                                << "" << -1 << QStringList{"db", "job", "web"};
    QTest::newRow("text in the ID") << "WE"
                                    << "" << -1 << QStringList{"web"};
    QTest::newRow("text in the bundle") << "/srv/batch"
                                        << "" << -1 << QStringList{"job"};
    QTest::newRow("text in the manager") << "k8s.io"
                                         << "" << -1 << QStringList{"db", "web"};
    QTest::newRow("runtime") << ""
                             << "crun" << -1 << QStringList{"job"};
    QTest::newRow("status") << ""
                            << "" << int(ContainerState::Status::Running) << QStringList{"db", "web"};
    QTest::newRow("all three") << "db"
                               << "runc" << int(ContainerState::Status::Running) << QStringList{"db"};
    QTest::newRow("none") << "web"
                          << "crun" << -1 << QStringList{};
}

void TestContainersView::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, runtime);
    QFETCH(int, status);
    QFETCH(QStringList, expected);
    ContainersView view;
    QAbstractItemModelTester tester(view.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const StateRoot kubernetes{"/run/containerd/runc/k8s.io", runc, StateRoot::Manager::Containerd, "k8s.io", -1};
    const StateRoot byHand{"/run/crun", QStringLiteral("crun"), StateRoot::Manager::Runtime, {}, -1};
    view.model()->setRootContainers(kubernetes,
                                    {state("web", ContainerState::Status::Running, "/srv/web"),
                                     state("db", ContainerState::Status::Running, "/srv/db")});
    view.model()->setRootContainers(byHand, {state("job", ContainerState::Status::Stopped, "/srv/batch")});

    view.findChild<QLineEdit *>(QStringLiteral("containersFilter"))->setText(text);
    auto *runtimes = view.findChild<QComboBox *>(QStringLiteral("containersRuntime"));
    runtimes->setCurrentIndex(runtimes->findData(runtime));
    auto *statuses = view.findChild<QComboBox *>(QStringLiteral("containersStatusFilter"));
    statuses->setCurrentIndex(statuses->findData(status));

    QStringList shown;
    const QAbstractItemModel *model = view.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, HostContainersModel::IdColumn).data().toString();
    QCOMPARE(shown, expected); // sorted by ID
}

void TestContainersView::listsAgainOnlyWhileShown()
{
    ContainersView view;
    view.setFinder(fakeRunFinder());
    view.setRefreshInterval(50);
    QSignalSpy refreshed(&view, &ContainersView::refreshed);
    QTest::qWait(200);
    QCOMPARE(refreshed.count(), 0); // nothing before it is shown
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(refreshed.count() >= 3);
    view.hide();
    QTest::qWait(50); // one that had started may still end
    refreshed.clear();
    QTest::qWait(300);
    QCOMPARE(refreshed.count(), 0);
}

bool TestContainersView::waitForStatus(ContainersView &view, const QString &id, ContainerState::Status status)
{
    QSignalSpy refreshed(&view, &ContainersView::refreshed);
    for (int attempt = 0; attempt < 40; ++attempt) {
        const QList<HostContainer> containers = view.model()->containers();
        const auto it = std::find_if(containers.cbegin(), containers.cend(),
                                     [&id](const HostContainer &container) { return container.state.id == id; });
        if ((it == containers.cend() && status == ContainerState::Status::None)
            || (it != containers.cend() && it->state.status == status))
            return true;
        view.refresh();
        refreshed.wait(5000);
    }
    return false;
}

void TestContainersView::killAndDeleteAskFirst_data()
{
    QTest::addColumn<QString>("root"); // below the fake /run
    QTest::addColumn<bool>("editors");
    QTest::newRow("another tool's") << "runc" << false;
    QTest::newRow("the editor's") << "oci-bundle-editor/runc" << true;
}

void TestContainersView::killAndDeleteAskFirst()
{
    QFETCH(QString, root);
    QFETCH(bool, editors);
    const QString reason = runtimeCannotRunContainers(runc);
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_root = QDir(m_run->path()).filePath(root);
    m_bundle = std::make_unique<TestBundle>();
    QVERIFY2(m_bundle->isValid(), qPrintable(m_bundle->errorString()));
    QVERIFY(m_bundle->write({QStringLiteral("sleep"), QStringLiteral("300")}, false));
    m_id = uniqueContainerId();
    const QString error = startContainer(runc, m_root, m_bundle->path(), m_id, true);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ContainersView view;
    view.setFinder(fakeRunFinder());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(waitForStatus(view, m_id, ContainerState::Status::Running));
    QVERIFY(view.selectContainer(m_root, m_id));
    QCOMPARE(view.currentContainer().isEditors(), editors);
    auto *kill = view.findChild<QPushButton *>(QStringLiteral("containersKill"));
    auto *remove = view.findChild<QPushButton *>(QStringLiteral("containersDelete"));
    QVERIFY(kill->isEnabled());
    QVERIFY(!remove->isEnabled()); // running: kill first

    // The question names who owns a container the editor did not start.
    QString informative;
    const auto inspect = [&informative](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            informative = box->informativeText();
    };
    {
        DialogAnswerer cancel(QStringLiteral("cancelButton"), inspect);
        kill->click();
        QCOMPARE(cancel.answered(), 1);
    }
    if (editors) {
        QVERIFY(informative.isEmpty());
    } else {
        QVERIFY2(informative.contains(QLatin1String("managed by runc")), qPrintable(informative));
        QVERIFY2(informative.contains(QLatin1String("owned by root")), qPrintable(informative));
    }
    QVERIFY(waitForStatus(view, m_id, ContainerState::Status::Running)); // canceled: nothing happened

    {
        DialogAnswerer confirm(QStringLiteral("confirmKillButton"));
        kill->click();
        QCOMPARE(confirm.answered(), 1);
    }
    QVERIFY(waitForStatus(view, m_id, ContainerState::Status::Stopped));
    QVERIFY(view.selectContainer(m_root, m_id));
    QTRY_VERIFY(remove->isEnabled());
    {
        DialogAnswerer confirm(QStringLiteral("confirmDeleteButton"));
        remove->click();
        QCOMPARE(confirm.answered(), 1);
    }
    QVERIFY(waitForStatus(view, m_id, ContainerState::Status::None));
    QVERIFY(!QFileInfo::exists(QDir(m_root).filePath(m_id)));
}

// Three stopped containers: two the editor started, one of another tool's.
void TestContainersView::deleteStoppedSparesOtherTools()
{
    const QString reason = runtimeCannotRunContainers(runc);
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_bundle = std::make_unique<TestBundle>();
    QVERIFY2(m_bundle->isValid(), qPrintable(m_bundle->errorString()));
    QVERIFY(m_bundle->write({QStringLiteral("sleep"), QStringLiteral("300")}, false));
    const QString editors = QDir(m_run->path()).filePath(QStringLiteral("oci-bundle-editor/runc"));
    const QString others = QDir(m_run->path()).filePath(QStringLiteral("runc"));
    const QList<std::pair<QString, QString>> containers{
        {editors, uniqueContainerId()}, {editors, uniqueContainerId()}, {others, uniqueContainerId()}};
    const auto deleteAll = qScopeGuard([&] {
        for (const auto &[root, id] : containers)
            forceDelete(runc, root, id);
    });
    for (const auto &[root, id] : containers) {
        const QString error = startContainer(runc, root, m_bundle->path(), id, true);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(
            QProcess::execute(RuncBinary::locate(runc),
                              {QStringLiteral("--root"), root, QStringLiteral("kill"), id, QStringLiteral("KILL")}),
            0);
    }

    ContainersView view;
    view.setFinder(fakeRunFinder());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (const auto &[root, id] : containers)
        QVERIFY(waitForStatus(view, id, ContainerState::Status::Stopped));
    auto *deleteStopped = view.findChild<QPushButton *>(QStringLiteral("containersDeleteStopped"));
    QTRY_VERIFY(deleteStopped->isEnabled());

    QString question;
    const auto inspect = [&question](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            question = box->text() + QLatin1Char('\n') + box->informativeText();
    };
    {
        DialogAnswerer confirm(QStringLiteral("confirmDeleteStoppedButton"), inspect);
        deleteStopped->click();
        QCOMPARE(confirm.answered(), 1);
    }
    // The question names the editor's two, and not the other tool's.
    QVERIFY2(question.contains(containers.at(0).second) && question.contains(containers.at(1).second),
             qPrintable(question));
    QVERIFY(!question.contains(containers.at(2).second));
    QVERIFY(waitForStatus(view, containers.at(0).second, ContainerState::Status::None));
    QVERIFY(waitForStatus(view, containers.at(1).second, ContainerState::Status::None));
    QVERIFY(waitForStatus(view, containers.at(2).second, ContainerState::Status::Stopped));
    QTRY_VERIFY(!deleteStopped->isEnabled()); // only another tool's is left
}

QTEST_MAIN(TestContainersView)
#include "tst_containersview.moc"
