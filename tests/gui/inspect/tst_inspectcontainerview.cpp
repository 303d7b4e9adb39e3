// SPDX-License-Identifier: Apache-2.0
// Inspect's view as the container sees it: the switch, the Provided by
// column, a mount's fields, the request to edit a mount, and following the
// document's mounts once a burst of edits settles.
#include "document/specdocument.h"
#include "inspect/containerviewmodel.h"
#include "inspect/inspectpage.h"
#include "inspect/inspectviewswitch.h"
#include "inspect/mountdetails.h"
#include "inspect/rootfsentrydetails.h"
#include "testfiles.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

class TestInspectContainerView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void switchesBetweenTheViews();
    void activatingAMountAsksForIt_data();
    void activatingAMountAsksForIt();
    void detailsShowTheMount();
    void followsTheMountsOnceEditsSettle();

private:
    QModelIndex select(const QByteArray &path);
    QStringList topLevel() const;

    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_host;
    std::unique_ptr<SpecDocument> m_document;
    std::unique_ptr<InspectPage> m_page;
};

void TestInspectContainerView::initTestCase()
{
    qRegisterMetaType<JsonPointer>();
    QVERIFY(m_dir.isValid());
    m_bundle = m_dir.filePath(QStringLiteral("bundle"));
    m_host = m_dir.filePath(QStringLiteral("host"));
    const QString r = m_bundle + QStringLiteral("/rootfs");
    QVERIFY(QDir().mkpath(r + "/etc") && QDir().mkpath(r + "/bin") && QDir().mkpath(r + "/mnt/old"));
    QVERIFY(writeFile(r + "/etc/hostname", "box\n"));
    QVERIFY(writeFile(r + "/mnt/old/file", "hidden\n"));
    QVERIFY(QDir().mkpath(m_host));
    QVERIFY(writeFile(m_host + "/file", "from the host\n"));
    const Json config = {
        {"ociVersion", "1.2.0"},
        {"process", {{"args", {"sh"}}, {"cwd", "/"}}},
        {"root", {{"path", "rootfs"}}},
        {"mounts",
         {{{"destination", "/proc"}, {"type", "proc"}, {"source", "proc"}},
          {{"destination", "/dev"}, {"type", "tmpfs"}, {"source", "tmpfs"}},
          {{"destination", "/srv/data"}, {"type", "bind"}, {"source", "../host"}, {"options", {"rbind", "ro"}}},
          {{"destination", "/mnt"}, {"type", "tmpfs"}, {"source", "tmpfs"}}}},
        {"linux", {{"maskedPaths", {"/proc/kcore"}}}}};
    QVERIFY(writeFile(m_bundle + QStringLiteral("/config.json"), QByteArray::fromStdString(config.dump(1))));
}

void TestInspectContainerView::init()
{
    m_document = std::make_unique<SpecDocument>();
    QVERIFY(m_document->load(m_bundle));
    m_page = std::make_unique<InspectPage>(m_document.get());
    m_page->resize(1000, 600);
    m_page->show();
}

void TestInspectContainerView::cleanup()
{
    m_page.reset();
    m_document.reset();
}

QModelIndex TestInspectContainerView::select(const QByteArray &path)
{
    const QModelIndex source = m_page->containerModel()->indexOfPath(path);
    const auto *filter = qobject_cast<const QSortFilterProxyModel *>(m_page->view()->model());
    const QModelIndex index = filter->mapFromSource(source);
    m_page->view()->setCurrentIndex(index);
    return index;
}

QStringList TestInspectContainerView::topLevel() const
{
    QStringList names;
    const QAbstractItemModel *model = m_page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data().toString();
    return names;
}

void TestInspectContainerView::switchesBetweenTheViews()
{
    // On disk first; the container's view is made only when asked for.
    QCOMPARE(m_page->viewSwitch()->view(), InspectViewSwitch::OnDisk);
    QVERIFY(m_page->containerModel()->rootDirectory().isEmpty());
    QTRY_COMPARE(topLevel(), (QStringList{"bin", "etc", "mnt"}));
    m_page->onlyFlaggedBox()->setChecked(true);

    QTest::mouseClick(m_page->viewSwitch()->button(InspectViewSwitch::AsTheContainerSeesIt), Qt::LeftButton);
    QCOMPARE(m_page->viewSwitch()->view(), InspectViewSwitch::AsTheContainerSeesIt);
    // The chosen view is bold, not only pressed in the style's colours.
    QVERIFY(m_page->viewSwitch()->button(InspectViewSwitch::AsTheContainerSeesIt)->font().bold());
    QVERIFY(!m_page->viewSwitch()->button(InspectViewSwitch::OnDisk)->font().bold());
    QTRY_COMPARE(topLevel(), (QStringList{"bin", "dev", "etc", "mnt", "proc", "srv"}));
    QCOMPARE(m_page->view()->model()->columnCount(), int(ContainerViewModel::ColumnCount));
    QCOMPARE(m_page->view()->model()->headerData(ContainerViewModel::ProvidedByColumn, Qt::Horizontal).toString(),
             QStringLiteral("Provided by"));
    // What is worth a look is counted on disk: the filter is off here.
    QVERIFY(!m_page->onlyFlaggedBox()->isChecked());
    QVERIFY(!m_page->onlyFlaggedBox()->isEnabled());
    QVERIFY(m_page->mountDetails()->isVisible());

    m_page->viewSwitch()->setView(InspectViewSwitch::OnDisk);
    QTRY_COMPARE(topLevel(), (QStringList{"bin", "etc", "mnt"}));
    QVERIFY(m_page->onlyFlaggedBox()->isEnabled());
    QVERIFY(!m_page->mountDetails()->isVisible());
}

void TestInspectContainerView::activatingAMountAsksForIt_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("pointer"); // empty: nothing asked
    QTest::newRow("proc") << QByteArray("/proc") << "/mounts/0";
    QTest::newRow("a file the host binds") << QByteArray("/srv/data/file") << "/mounts/2";
    QTest::newRow("tmpfs over the rootfs") << QByteArray("/mnt") << "/mounts/3";
    QTest::newRow("root filesystem") << QByteArray("/etc/hostname") << "";
    QTest::newRow("made by the runtime") << QByteArray("/srv") << "";
    QTest::newRow("masked") << QByteArray("/proc/kcore") << "/linux/maskedPaths/0";
    QTest::newRow("runc's own device") << QByteArray("/dev/null") << "";
}

void TestInspectContainerView::activatingAMountAsksForIt()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, pointer);
    m_page->viewSwitch()->setView(InspectViewSwitch::AsTheContainerSeesIt);
    QSignalSpy asked(m_page.get(), &InspectPage::goToPointerRequested);
    QVERIFY(select(path).isValid());
    QTest::keyClick(m_page->view(), Qt::Key_Return);
    QCOMPARE(asked.count(), pointer.isEmpty() ? 0 : 1);
    if (!pointer.isEmpty())
        QCOMPARE(JsonUtil::pointerString(asked.first().first().value<JsonPointer>()), pointer);
}

void TestInspectContainerView::detailsShowTheMount()
{
    m_page->viewSwitch()->setView(InspectViewSwitch::AsTheContainerSeesIt);
    const auto label = [this](const char *name) {
        return m_page->mountDetails()->findChild<QLabel *>(QLatin1String(name))->text();
    };
    select("/mnt");
    QCOMPARE(label("providedBy"), QStringLiteral("mount 4: tmpfs tmpfs"));
    QCOMPARE(label("mountHides"), QStringLiteral("the root filesystem's /mnt"));
    QPushButton *edit = m_page->mountDetails()->editButton();
    QVERIFY(edit->isVisible());
    QSignalSpy asked(m_page.get(), &InspectPage::goToPointerRequested);
    edit->click();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(JsonUtil::pointerString(asked.first().first().value<JsonPointer>()), QStringLiteral("/mounts/3"));

    // A file of a bind mount: the host's file, read from the host.
    select("/srv/data/file");
    QCOMPARE(label("providedBy"), QStringLiteral("mount 3: bind ../host, read-only"));
    QVERIFY(label("mountHides").isEmpty()); // only a mount point hides
    QCOMPARE(m_page->details()->previewText(), QStringLiteral("from the host\n"));

    // The root filesystem's own: no mount, no button.
    select("/etc/hostname");
    QCOMPARE(label("providedBy"), QStringLiteral("root filesystem"));
    QVERIFY(!edit->isVisible());
    QCOMPARE(m_page->details()->previewText(), QStringLiteral("box\n"));
}

void TestInspectContainerView::followsTheMountsOnceEditsSettle()
{
    m_page->viewSwitch()->setView(InspectViewSwitch::AsTheContainerSeesIt);
    QTRY_VERIFY(topLevel().contains(QStringLiteral("srv")));
    m_page->view()->expand(select("/srv"));
    select("/srv/data");
    QSignalSpy reset(m_page->containerModel(), &QAbstractItemModel::modelReset);
    // An edit elsewhere changes nothing.
    m_document->setValue(JsonPointer("/hostname"), Json("box"));
    QTest::qWait(500);
    QCOMPARE(reset.count(), 0);
    // Two edits in a row are one new view, after they settle.
    m_document->insertValue(JsonPointer("/mounts"), 4,
                            Json{{"destination", "/run"}, {"type", "tmpfs"}, {"source", "tmpfs"}});
    m_document->setValue(JsonPointer("/mounts/4/destination"), Json("/tmp"));
    QCOMPARE(reset.count(), 0);
    QVERIFY(reset.wait());
    QTest::qWait(400);
    QCOMPARE(reset.count(), 1);
    QVERIFY(topLevel().contains(QStringLiteral("tmp")));
    QVERIFY(!topLevel().contains(QStringLiteral("run")));
    // The open folder and the selection stay.
    QVERIFY(m_page->view()->isExpanded(m_page->view()->model()->index(topLevel().indexOf("srv"), 0)));
    QCOMPARE(m_page->view()->currentIndex().data(RootfsModel::PathRole).toByteArray(), QByteArray("/srv/data"));
    // Masking a path shows at once after the pause, too.
    m_document->setValue(JsonPointer("/linux/maskedPaths"), Json::array({"/etc/hostname"}));
    QVERIFY(reset.wait());
    QCOMPARE(select("/etc/hostname").siblingAtColumn(ContainerViewModel::ProvidedByColumn).data().toString(),
             QStringLiteral("masked"));
    // And so does a device the config adds.
    m_document->setValue(JsonPointer("/linux/devices"),
                         Json::parse(R"([{"path": "/dev/fuse", "type": "c", "major": 10, "minor": 229}])"));
    QVERIFY(reset.wait());
    QVERIFY(select("/dev/fuse").isValid());
}

QTEST_MAIN(TestInspectContainerView)

#include "tst_inspectcontainerview.moc"
