// SPDX-License-Identifier: Apache-2.0
// File › Compare With in the window: the menu, the dialog on a template, the
// file on disk and another bundle, following edits, and going to a field.

#include "app/bundlefiledialog.h"
#include "app/mainwindow.h"
#include "compare/comparedialog.h"
#include "compare/comparemenu.h"
#include "compare/specdiffmodel.h"

#include "bundle/bundletemplates.h"
#include "document/specdocument.h"
#include "editors/editorpage.h"
#include "testfiles.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

namespace {

// The change row whose pointer column reads `pointer`.
QModelIndex rowOf(const SpecDiffModel *model, const QString &pointer)
{
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            if (model->index(row, SpecDiffModel::PointerColumn, parent).data().toString() == pointer)
                return model->index(row, 0, parent);
        }
    }
    return QModelIndex();
}

QStringList pointersIn(const SpecDiffModel *model)
{
    QStringList pointers;
    for (const SpecChange &change : model->changes())
        pointers << JsonUtil::pointerString(change.pointer());
    return pointers;
}

} // namespace

class tst_CompareDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menuOffersEverySource();
    void opensOnATemplate_data();
    void opensOnATemplate();
    void fileOnDiskFollowsEdits();
    void anotherBundleThroughTheFileDialog();
    void orderOnRequest();
    void doubleClickGoesToTheField();

private:
    CompareMenu *menu() const { return m_window->findChild<CompareMenu *>(QStringLiteral("compareMenu")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_bundle; // the runc template, open in the window
};

void tst_CompareDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void tst_CompareDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
    m_bundle = m_dir->filePath(QStringLiteral("runc"));
    QVERIFY(BundleTemplates::create(QStringLiteral("runc"), m_bundle));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openBundle(m_bundle, false));
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_CompareDialog::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void tst_CompareDialog::menuOffersEverySource()
{
    CompareMenu *compare = menu();
    QVERIFY(compare);
    // In the File menu.
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(compare->menuAction()));
    QStringList texts;
    for (const QAction *action : compare->actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    QStringList expected{compare->fileAction()->text(), compare->diskAction()->text()};
    for (const BundleTemplates::Template &entry : BundleTemplates::all())
        expected << QStringLiteral("Template: %1").arg(entry.title);
    QCOMPARE(texts, expected);
    QVERIFY(!compare->dialog());
}

void tst_CompareDialog::opensOnATemplate_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("pointers");
    QTest::newRow("the same template") << "runc default" << QStringList();
    QTest::newRow("rootless") << "Rootless"
                              << QStringList{"/mounts/2/options/5", "/mounts/5/type",     "/mounts/5/source",
                                             "/mounts/5/options/0", "/linux/resources",   "/linux/namespaces/1",
                                             "/linux/namespaces/4", "/linux/uidMappings", "/linux/gidMappings"};
}

void tst_CompareDialog::opensOnATemplate()
{
    QFETCH(QString, title);
    QFETCH(QStringList, pointers);
    QAction *action = nullptr;
    for (QAction *candidate : menu()->actions()) {
        if (candidate->text() == QStringLiteral("Template: %1").arg(title))
            action = candidate;
    }
    QVERIFY(action);
    action->trigger();
    CompareDialog *dialog = menu()->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(pointersIn(dialog->model()), pointers);
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("summary"))->text();
    if (pointers.isEmpty())
        QCOMPARE(summary, QStringLiteral("The two configurations are the same."));
    else
        QVERIFY2(summary.startsWith(QStringLiteral("%1 difference").arg(pointers.size())), qPrintable(summary));
    QCOMPARE(dialog->model()->headerData(SpecDiffModel::OtherColumn, Qt::Horizontal).toString(),
             QStringLiteral("the template \u201c%1\u201d").arg(title));
    // Opened again, the same dialog.
    action->trigger();
    QCOMPARE(m_window->findChildren<CompareDialog *>().size(), 1);
}

void tst_CompareDialog::fileOnDiskFollowsEdits()
{
    emit menu()->aboutToShow();
    QVERIFY(menu()->diskAction()->isEnabled());
    menu()->diskAction()->trigger();
    CompareDialog *dialog = menu()->dialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->model()->rowCount(), 0);

    QSignalSpy resets(dialog->model(), &QAbstractItemModel::modelReset);
    m_window->document()->setValue(JsonPointer("/hostname"), Json("edited"));
    m_window->document()->setValue(JsonPointer("/process/args/0"), Json("bash"));
    QTRY_COMPARE(resets.count(), 1); // one compare for the burst of edits
    QCOMPARE(pointersIn(dialog->model()), (QStringList{"/process/args/0", "/hostname"}));
    const QModelIndex argument = rowOf(dialog->model(), QStringLiteral("/process/args/0"));
    QCOMPARE(argument.siblingAtColumn(SpecDiffModel::ThisColumn).data().toString(), QStringLiteral("\"bash\""));
    QCOMPARE(argument.siblingAtColumn(SpecDiffModel::OtherColumn).data().toString(), QStringLiteral("\"sh\""));

    m_window->document()->undoStack()->undo();
    m_window->document()->undoStack()->undo();
    QTRY_COMPARE(resets.count(), 2);
    QCOMPARE(dialog->model()->rowCount(), 0);
}

void tst_CompareDialog::anotherBundleThroughTheFileDialog()
{
    const QString other = m_dir->filePath(QStringLiteral("rootless"));
    QVERIFY(BundleTemplates::create(QStringLiteral("rootless"), other));
    // Answers the file dialog with the other bundle's directory; gives up
    // (and the test fails) after ten seconds rather than hang.
    QTimer answer;
    QElapsedTimer waited;
    waited.start();
    bool answered = false;
    connect(&answer, &QTimer::timeout, this, [&] {
        const auto choosers = m_window->findChildren<BundleFileDialog *>();
        for (BundleFileDialog *chooser : choosers) {
            if (!chooser->isVisible())
                continue;
            if (waited.elapsed() > 10000) {
                chooser->reject();
            } else if (auto *name = chooser->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))) {
                // Typed as a user would.
                answered = true;
                name->setText(other);
                chooser->accept();
            }
        }
    });
    answer.start(30);
    menu()->fileAction()->trigger();
    QVERIFY(answered);
    CompareDialog *dialog = menu()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->changes().size(), 9);
    QCOMPARE(dialog->model()->headerData(SpecDiffModel::OtherColumn, Qt::Horizontal).toString(),
             QDir::toNativeSeparators(other + QStringLiteral("/config.json")));
}

void tst_CompareDialog::orderOnRequest()
{
    Json shuffled = m_window->document()->root();
    Json &namespaces = shuffled["linux"]["namespaces"];
    std::reverse(namespaces.begin(), namespaces.end());
    CompareDialog *dialog = menu()->compareWith(shuffled, QStringLiteral("shuffled"));
    QCOMPARE(dialog->model()->rowCount(), 0);
    auto *order = dialog->findChild<QCheckBox *>(QStringLiteral("reportOrder"));
    QVERIFY(order);
    order->setChecked(true);
    QCOMPARE(dialog->model()->changes().size(), 4); // all but one moved
    QCOMPARE(dialog->model()->changes().first().kind, SpecChange::Kind::Moved);
    order->setChecked(false);
    QCOMPARE(dialog->model()->rowCount(), 0);
}

void tst_CompareDialog::doubleClickGoesToTheField()
{
    Json other = m_window->document()->root();
    other["mounts"][1]["source"] = "elsewhere";
    CompareDialog *dialog = menu()->compareWith(other, QStringLiteral("other"));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QSignalSpy requested(dialog, &CompareDialog::fieldRequested);
    const QModelIndex source = rowOf(dialog->model(), QStringLiteral("/mounts/1/source"));
    QVERIFY(source.isValid());
    QTreeView *view = dialog->view();
    view->scrollTo(source);
    const QPoint at = view->visualRect(source).center();
    // A double-click: press, release, and the double-click event.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(requested.count(), 1);
    const JsonPointer pointer = requested.first().first().value<JsonPointer>();
    QCOMPARE(JsonUtil::pointerString(pointer), QStringLiteral("/mounts/1/source"));
    // The window shows the tab that edits it.
    QTRY_COMPARE(m_window->currentPage(), m_window->pageFor(pointer));
    QCOMPARE(m_window->mode(), QStringLiteral("edit"));
}

QTEST_MAIN(tst_CompareDialog)
#include "tst_comparedialog.moc"
