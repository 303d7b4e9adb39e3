// SPDX-License-Identifier: Apache-2.0
// Learn OCI in the window: opened from Welcome, the Help menu and Explain's
// "Learn more" link, its topics and history, its links to fields, and pages
// that follow the document.
#include "app/conceptbrowser.h"
#include "app/explainpanel.h"
#include "app/learnocidialog.h"
#include "run/launchtimelineview.h"
#include "runtime/launchtimelinemodel.h"
#include "app/mainwindow.h"
#include "app/welcomepage.h"
#include "document/specdocument.h"
#include "editors/editorpage.h"
#include "learn/concepttopic.h"
#include "testfiles.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QListView>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

namespace {

const QByteArray config = R"({"ociVersion": "1.2.0",
 "process": {"args": ["sh"], "cwd": "/", "user": {"uid": 0, "gid": 0},
             "capabilities": {"bounding": ["CAP_CHOWN"]}},
 "root": {"path": "rootfs"}, "hostname": "learner",
 "mounts": [{"destination": "/proc", "type": "proc", "source": "proc"}],
 "linux": {"namespaces": [{"type": "pid"}, {"type": "mount"}, {"type": "user"}],
           "uidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}],
           "gidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}]}}
)";

} // namespace

class TestLearnOci final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opens_data();
    void opens();
    void topicsAndHistory();
    void everyFieldLinkHasATab_data();
    void everyFieldLinkHasATab();
    void fieldLinksFocusTheField_data();
    void fieldLinksFocusTheField();
    void explainLinksToTheConcept();
    void lifecycleLinksToTheTimeline();
    void pagesFollowTheDocument();

private:
    ConceptBrowser *openBrowser();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_bundle;
};

void TestLearnOci::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void TestLearnOci::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
    m_bundle = m_dir->filePath(QStringLiteral("learner"));
    QVERIFY(QDir().mkpath(m_bundle + QStringLiteral("/rootfs")));
    QVERIFY(writeFile(m_bundle + QStringLiteral("/config.json"), config));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openBundle(m_bundle, false));
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLearnOci::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

ConceptBrowser *TestLearnOci::openBrowser()
{
    m_window->findChild<QAction *>(QStringLiteral("learnOciAction"))->trigger();
    return m_window->learnOciDialog() ? m_window->learnOciDialog()->browser() : nullptr;
}

void TestLearnOci::opens_data()
{
    QTest::addColumn<QString>("from");
    QTest::newRow("Welcome") << "welcome";
    QTest::newRow("Help menu") << "help";
}

void TestLearnOci::opens()
{
    QFETCH(QString, from);
    QVERIFY(!m_window->learnOciDialog());
    if (from == QLatin1String("welcome")) {
        m_window->setMode(QStringLiteral("welcome"));
        auto *button = m_window->welcomePage()->findChild<QAbstractButton *>(QStringLiteral("welcomeLearnButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        button->click();
    } else {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("learnOciAction"));
        QVERIFY(action);
        action->trigger();
    }
    LearnOciDialog *dialog = m_window->learnOciDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal()); // the window stays usable beside it
    QCOMPARE(dialog->browser()->topic(), ConceptTopic::Bundle);
    QCOMPARE(dialog->topicView()->currentIndex().row(), 0);
    QCOMPARE(dialog->topicView()->model()->rowCount(), ConceptTopics::all().size());
    QVERIFY(dialog->browser()->toPlainText().contains(QDir::toNativeSeparators(m_bundle)));
}

void TestLearnOci::topicsAndHistory()
{
    ConceptBrowser *browser = openBrowser();
    QVERIFY(browser);
    LearnOciDialog *dialog = m_window->learnOciDialog();
    auto *back = dialog->findChild<QToolButton *>(QStringLiteral("conceptBack"));
    auto *forward = dialog->findChild<QToolButton *>(QStringLiteral("conceptForward"));
    QVERIFY(back && forward);
    QVERIFY(!back->isEnabled());

    // A topic from the list, then one by a link in the page.
    QListView *topics = dialog->topicView();
    topics->setCurrentIndex(topics->model()->index(int(ConceptTopics::all().indexOf(ConceptTopic::Namespaces)), 0));
    QCOMPARE(browser->topic(), ConceptTopic::Namespaces);
    QVERIFY(browser->toPlainText().contains(QStringLiteral("shared with the host")));
    Q_EMIT browser->anchorClicked(ConceptTopics::topicUrl(ConceptTopic::UserNamespaces));
    QCOMPARE(browser->topic(), ConceptTopic::UserNamespaces);
    QCOMPARE(topics->currentIndex().row(), ConceptTopics::all().indexOf(ConceptTopic::UserNamespaces));
    QVERIFY(back->isEnabled());

    back->click();
    QCOMPARE(browser->topic(), ConceptTopic::Namespaces);
    QCOMPARE(topics->currentIndex().row(), ConceptTopics::all().indexOf(ConceptTopic::Namespaces));
    QVERIFY(forward->isEnabled());
    forward->click();
    QCOMPARE(browser->topic(), ConceptTopic::UserNamespaces);
    QVERIFY(!forward->isEnabled());
}

void TestLearnOci::everyFieldLinkHasATab_data()
{
    QTest::addColumn<int>("topic");
    for (ConceptTopic topic : ConceptTopics::all())
        QTest::newRow(qPrintable(ConceptTopics::id(topic))) << int(topic);
}

void TestLearnOci::everyFieldLinkHasATab()
{
    QFETCH(int, topic);
    ConceptBrowser *browser = openBrowser();
    QVERIFY(browser);
    browser->showTopic(ConceptTopic(topic));
    static const QRegularExpression href(QStringLiteral("href=\"(obe-field:[^\"]+)\""));
    int links = 0;
    for (auto it = href.globalMatch(browser->toHtml()); it.hasNext();) {
        const std::optional<JsonPointer> pointer = ConceptTopics::pointerOfUrl(QUrl(it.next().captured(1)));
        QVERIFY(pointer);
        // A tab of its own edits it; the JSON tab is the last resort.
        QVERIFY2(m_window->pageFor(*pointer) != m_window->pages().constLast(),
                 qPrintable(JsonUtil::pointerString(*pointer)));
        ++links;
    }
    QVERIFY(links > 0);
}

void TestLearnOci::fieldLinksFocusTheField_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("namespaces") << "namespaces"
                                << "/linux/namespaces";
    QTest::newRow("uid mappings") << "user-namespaces"
                                  << "/linux/uidMappings";
    QTest::newRow("bounding set") << "capabilities"
                                  << "/process/capabilities/bounding";
    QTest::newRow("mounts") << "mounts"
                            << "/mounts";
    QTest::newRow("a missing limit") << "cgroups"
                                     << "/linux/resources/pids/limit";
    QTest::newRow("root path") << "bundle"
                               << "/root/path";
}

void TestLearnOci::fieldLinksFocusTheField()
{
    QFETCH(QString, topic);
    QFETCH(QString, pointer);
    m_window->setMode(QStringLiteral("run"));
    ConceptBrowser *browser = openBrowser();
    QVERIFY(browser);
    m_window->learnOciDialog()->showTopic(*ConceptTopics::fromId(topic));
    const QUrl link = ConceptTopics::fieldUrl(pointer);
    // The link is on the page as the reader sees it.
    QVERIFY2(browser->toHtml().contains(link.toString(QUrl::FullyEncoded)), qPrintable(link.toString()));

    Q_EMIT browser->anchorClicked(link);
    QCOMPARE(m_window->mode(), QStringLiteral("edit"));
    EditorPage *page = m_window->pageFor(JsonPointer(pointer.toStdString()));
    QCOMPARE(m_window->currentPage(), page);
    QVERIFY(page != m_window->pages().constLast()); // a tab of its own, not the JSON tab
    QTRY_VERIFY(QApplication::focusWidget());
    QVERIFY2(page->isAncestorOf(QApplication::focusWidget()), qPrintable(QApplication::focusWidget()->objectName()));
    // Explain follows the focus: the field or a cell of its table.
    QVERIFY(JsonUtil::startsWith(m_window->explainPanel()->pointer(), JsonPointer(pointer.toStdString())));
    QVERIFY(m_window->learnOciDialog()->isVisible()); // still open to read on
}

void TestLearnOci::lifecycleLinksToTheTimeline()
{
    ConceptBrowser *browser = openBrowser();
    QVERIFY(browser);
    m_window->learnOciDialog()->showTopic(ConceptTopic::Lifecycle);
    const QUrl link = ConceptTopics::timelineUrl();
    QVERIFY2(browser->toHtml().contains(link.toString()), qPrintable(browser->toPlainText().right(600)));
    Q_EMIT browser->anchorClicked(link);
    QCOMPARE(m_window->mode(), QStringLiteral("run"));
    auto *timeline = m_window->findChild<LaunchTimelineView *>();
    QVERIFY(timeline);
    QVERIFY(timeline->isVisible());
    // create, start and delete
    QCOMPARE(timeline->model()->rowCount(), 3);
}

void TestLearnOci::explainLinksToTheConcept()
{
    ExplainPanel *explain = m_window->explainPanel();
    explain->showPointer(JsonPointer("/linux/namespaces/0/type"));
    QVERIFY(explain->plainText().contains(QStringLiteral("Learn more: Namespaces")));
    auto *text = explain->findChild<QTextBrowser *>(QStringLiteral("explainText"));
    QVERIFY(text);
    QVERIFY(text->toHtml().contains(ConceptTopics::topicUrl(ConceptTopic::Namespaces).toString()));

    Q_EMIT text->anchorClicked(ConceptTopics::topicUrl(ConceptTopic::Namespaces));
    QVERIFY(m_window->learnOciDialog());
    QVERIFY(m_window->learnOciDialog()->isVisible());
    QCOMPARE(m_window->learnOciDialog()->browser()->topic(), ConceptTopic::Namespaces);

    // A field outside every page gets no link.
    explain->showPointer(JsonPointer("/annotations"));
    QVERIFY(!explain->plainText().contains(QStringLiteral("Learn more")));
}

void TestLearnOci::pagesFollowTheDocument()
{
    ConceptBrowser *browser = openBrowser();
    QVERIFY(browser);
    m_window->learnOciDialog()->showTopic(ConceptTopic::UserNamespaces);
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Container UID 0 is host UID 100000.")));
    m_window->document()->setValue(JsonPointer("/linux/uidMappings/0/hostID"), Json(300000));
    QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("Container UID 0 is host UID 300000.")));
    QCOMPARE(browser->topic(), ConceptTopic::UserNamespaces);
    // Undo is an edit too.
    m_window->document()->undoStack()->undo();
    QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("Container UID 0 is host UID 100000.")));
    // Refreshing is no step in the history: one step back is the first page.
    browser->backward();
    QCOMPARE(browser->topic(), ConceptTopic::Bundle);
    QVERIFY(!browser->isBackwardAvailable());
}

QTEST_MAIN(TestLearnOci)

#include "tst_learnoci.moc"
