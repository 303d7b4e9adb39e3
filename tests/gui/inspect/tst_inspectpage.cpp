// SPDX-License-Identifier: Apache-2.0
// Inspect mode's page: it follows the document's root.path and user
// namespace, waits while hidden, filters what is worth a look, and shows
// the selected entry with its file's start.
#include "document/specdocument.h"
#include "inspect/flaggedfiltermodel.h"
#include "inspect/inspectpage.h"
#include "inspect/rootfsentrydetails.h"
#include "inspect/rootfsmodel.h"
#include "inspect/rootfstotals.h"
#include "testelf.h"
#include "testfiles.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QByteArray config = R"({"ociVersion": "1.2.0", "process": {"args": ["sh"], "cwd": "/"},
 "root": {"path": "rootfs"}, "linux": {}}
)";

// Every path the view shows, depth first.
QStringList shownPaths(const QTreeView *view, const QModelIndex &parent = QModelIndex())
{
    QStringList paths;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        paths << QString::fromUtf8(index.data(RootfsModel::PathRole).toByteArray());
        paths << shownPaths(view, index);
    }
    return paths;
}

} // namespace

class TestInspectPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void waitsWhileHidden();
    void followsRootPath();
    void followsTheUserNamespace();
    void onlyFlaggedShowsWhatIsDeep();
    void detailsShowTheFile_data();
    void detailsShowTheFile();
    void cancelAndReload();

private:
    bool waitForCount();
    QModelIndex select(const QByteArray &path);

    QTemporaryDir m_dir;
    QString m_bundle;
    std::unique_ptr<SpecDocument> m_document;
    std::unique_ptr<InspectPage> m_page;
};

void TestInspectPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bundle = m_dir.filePath(QStringLiteral("bundle"));
    const QString r = m_bundle + QStringLiteral("/rootfs");
    QVERIFY(QDir().mkpath(r + "/usr/local/lib/deep") && QDir().mkpath(r + "/etc") && QDir().mkpath(r + "/bin"));
    QVERIFY(QDir().mkpath(m_bundle + QStringLiteral("/other/srv")));
    QVERIFY(writeFile(r + "/etc/hostname", "box\n"));
    QVERIFY(writeFile(r + "/usr/local/lib/deep/tool", "#!/bin/sh\n"));
    QCOMPARE(::chmod(qPrintable(r + "/usr/local/lib/deep/tool"), 04755), 0);
    TestElf elf;
    elf.interpreter = "/lib/ld-musl-x86_64.so.1";
    QVERIFY(writeFile(r + "/bin/prog", elf.bytes()));
    QVERIFY(writeFile(r + "/owned", ""));
    if (::geteuid() == 0)
        QCOMPARE(::chown(qPrintable(r + "/owned"), 4242, 0), 0);
    QVERIFY(writeFile(m_bundle + QStringLiteral("/config.json"), config));
}

void TestInspectPage::init()
{
    m_document = std::make_unique<SpecDocument>();
    QVERIFY(m_document->load(m_bundle));
    m_page = std::make_unique<InspectPage>(m_document.get());
    m_page->resize(1000, 600);
}

void TestInspectPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

bool TestInspectPage::waitForCount()
{
    if (!m_page->totals()->isRunning())
        return true;
    QSignalSpy finished(m_page->totals(), &RootfsTotals::finished);
    return finished.wait(10000);
}

QModelIndex TestInspectPage::select(const QByteArray &path)
{
    const QModelIndex source = m_page->model()->indexOfPath(path);
    const auto *filter = qobject_cast<const QSortFilterProxyModel *>(m_page->view()->model());
    const QModelIndex index = filter->mapFromSource(source);
    m_page->view()->setCurrentIndex(index);
    return index;
}

void TestInspectPage::waitsWhileHidden()
{
    // Opening a bundle reads nothing of its root filesystem until the page shows.
    QVERIFY(m_page->model()->rootDirectory().isEmpty());
    QVERIFY(!m_page->totals()->isRunning());
    m_page->show();
    QCOMPARE(m_page->model()->rootDirectory(), m_bundle + QStringLiteral("/rootfs"));
    QVERIFY(waitForCount());
    QCOMPARE(m_page->totals()->counts().files, 4);
    // Shown: the top level is listed, folders first.
    QTRY_COMPARE(m_page->view()->model()->rowCount(), 4);
    QCOMPARE(m_page->view()->model()->index(0, 0).data().toString(), QStringLiteral("bin"));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("rootfsTotals"))->text().contains(QStringLiteral("4")));
}

void TestInspectPage::followsRootPath()
{
    m_page->show();
    QVERIFY(waitForCount());
    QSignalSpy reset(m_page->model(), &QAbstractItemModel::modelReset);
    m_document->setValue(JsonPointer("/root/path"), Json("other"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_page->model()->rootDirectory(), m_bundle + QStringLiteral("/other"));
    QVERIFY(waitForCount());
    QCOMPARE(m_page->totals()->counts().directories, 1);
    // An edit elsewhere leaves the tree alone.
    m_document->setValue(JsonPointer("/hostname"), Json("box"));
    QCOMPARE(reset.count(), 1);
    // Undo goes back, and so does the tree.
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_page->model()->rootDirectory(), m_bundle + QStringLiteral("/rootfs"));
    // A hidden page only notes the change.
    m_page->hide();
    m_document->setValue(JsonPointer("/root/path"), Json("other"));
    QCOMPARE(m_page->model()->rootDirectory(), m_bundle + QStringLiteral("/rootfs"));
    m_page->show();
    QCOMPARE(m_page->model()->rootDirectory(), m_bundle + QStringLiteral("/other"));
    // No root.path: nothing to show, and the page says why.
    m_document->removeValue(JsonPointer("/root/path"));
    QVERIFY(m_page->model()->rootDirectory().isEmpty());
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("rootfsPath"))->text().isEmpty());
    QCOMPARE(m_page->view()->model()->rowCount(), 0);
}

void TestInspectPage::followsTheUserNamespace()
{
    if (::geteuid() != 0)
        QSKIP("needs root to own a file as 4242");
    m_page->show();
    QVERIFY(waitForCount());
    QCOMPARE(select("/owned").data(RootfsModel::FlagsRole).toInt(), 0);
    m_document->setValue(JsonPointer("/linux"), Json::parse(R"({"namespaces": [{"type": "user"}],
        "uidMappings": [{"containerID": 0, "hostID": 0, "size": 1000}],
        "gidMappings": [{"containerID": 0, "hostID": 0, "size": 1000}]})"));
    QCOMPARE(select("/owned").data(RootfsModel::FlagsRole).toInt(), int(RootfsFlags::UnmappedOwner));
    QVERIFY(waitForCount());
    QVERIFY(m_page->totals()->flaggedPaths().contains("/owned"));
}

void TestInspectPage::onlyFlaggedShowsWhatIsDeep()
{
    m_page->show();
    QVERIFY(waitForCount());
    // Nothing below /usr was opened, yet the filter finds the setuid tool.
    m_page->onlyFlaggedBox()->setChecked(true);
    const QStringList shown = shownPaths(m_page->view());
    QVERIFY2(shown.contains(QStringLiteral("/usr/local/lib/deep/tool")), qPrintable(shown.join(u' ')));
    QVERIFY(!shown.contains(QStringLiteral("/etc/hostname")));
    QVERIFY(!shown.contains(QStringLiteral("/bin")));
    m_page->onlyFlaggedBox()->setChecked(false);
    QVERIFY(shownPaths(m_page->view()).contains(QStringLiteral("/bin")));
}

void TestInspectPage::detailsShowTheFile_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("preview");
    QTest::addColumn<QString>("elf");
    QTest::newRow("text") << QByteArray("/etc/hostname") << "box\n"
                          << "";
    QTest::newRow("ELF") << QByteArray("/bin/prog") << "00000000  7f 45 4c 46"
                         << "ELF 64-bit, x86-64, interpreter /lib/ld-musl-x86_64.so.1";
    QTest::newRow("folder") << QByteArray("/etc") << ""
                            << "";
}

void TestInspectPage::detailsShowTheFile()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, preview);
    QFETCH(QString, elf);
    m_page->show();
    QVERIFY(waitForCount());
    QVERIFY(select(path).isValid());
    RootfsEntryDetails *details = m_page->details();
    if (preview.isEmpty())
        QVERIFY(details->previewText().isEmpty());
    else
        QVERIFY2(details->previewText().startsWith(preview), qPrintable(details->previewText()));
    QCOMPARE(details->elfText(), elf);
}

void TestInspectPage::cancelAndReload()
{
    m_page->show();
    QVERIFY(waitForCount());
    auto *reload = m_page->findChild<QPushButton *>(QStringLiteral("reloadRootfs"));
    auto *cancel = m_page->findChild<QPushButton *>(QStringLiteral("cancelCount"));
    QVERIFY(reload->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(writeFile(m_bundle + QStringLiteral("/rootfs/new"), ""));
    QSignalSpy finished(m_page->totals(), &RootfsTotals::finished);
    reload->click();
    QVERIFY(m_page->totals()->isRunning());
    QVERIFY(cancel->isVisible());
    cancel->click();
    // (That Cancel stops a walk that is under way, tst_rootfstotals shows on
    // a tree large enough; this one may be counted before the click.)
    QVERIFY(finished.wait());
    QVERIFY(!cancel->isVisible());
    QVERIFY(reload->isVisible());
    reload->click();
    QVERIFY(waitForCount());
    QCOMPARE(m_page->totals()->counts().files, 5);
    QVERIFY(m_page->model()->indexOfPath("/new").isValid());
    QVERIFY(QFile::remove(m_bundle + QStringLiteral("/rootfs/new")));
}

QTEST_MAIN(TestInspectPage)

#include "tst_inspectpage.moc"
