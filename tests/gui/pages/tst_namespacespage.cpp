// SPDX-License-Identifier: Apache-2.0
#include "pagetesting.h"

#include "pages/namespacespage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>

using namespace PageTesting;

namespace {

const QByteArray config = R"({
    "linux": {
        "namespaces": [
            {"type": "pid"},
            {"type": "network"},
            {"type": "ipc", "path": "/proc/42/ns/ipc", "x-vendor": 1},
            {"type": "mount"}
        ]
    }
})";

} // namespace

class TestNamespacesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsDocument_data();
    void showsDocument();
    void choose_data();
    void choose();
    void typePath();
    void hintFollowsTheChoice_data();
    void hintFollowsTheChoice();
    void followsUndo();
    void noNamespacesYet();
    void focusExplains_data();
    void focusExplains();
    void focusPointer_data();
    void focusPointer();

private:
    PageFixture<NamespacesPage> m_fixture;
    SpecDocument *m_document = nullptr;
    NamespacesPage *m_page = nullptr;
};

void TestNamespacesPage::init()
{
    QVERIFY(m_fixture.open(config));
    m_document = m_fixture.document();
    m_page = m_fixture.page();
}

void TestNamespacesPage::cleanup()
{
    m_fixture.close();
}

void TestNamespacesPage::showsDocument_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("path");
    QTest::newRow("pid") << "pid" << int(NamespacesPage::New) << "";
    QTest::newRow("ipc") << "ipc" << int(NamespacesPage::Join) << "/proc/42/ns/ipc";
    QTest::newRow("uts") << "uts" << int(NamespacesPage::Shared) << "";
    QTest::newRow("user") << "user" << int(NamespacesPage::Shared) << "";
}

void TestNamespacesPage::showsDocument()
{
    QFETCH(QString, type);
    QFETCH(int, choice);
    QFETCH(QString, path);
    QCOMPARE(m_page->choiceBox(type)->currentIndex(), choice);
    QCOMPARE(m_page->pathEdit(type)->isEnabled(), choice == NamespacesPage::Join);
    if (choice == NamespacesPage::Join)
        QCOMPARE(m_page->pathEdit(type)->text(), path);
}

void TestNamespacesPage::choose_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("choice");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("share pid")
        << "pid" << int(NamespacesPage::Shared)
        << QByteArray(R"([{"type":"network"},{"type":"ipc","path":"/proc/42/ns/ipc","x-vendor":1},{"type":"mount"}])");
    QTest::newRow("new uts")
        << "uts" << int(NamespacesPage::New)
        << QByteArray(
               R"([{"type":"pid"},{"type":"network"},{"type":"ipc","path":"/proc/42/ns/ipc","x-vendor":1},{"type":"mount"},{"type":"uts"}])");
    QTest::newRow("join network")
        << "network" << int(NamespacesPage::Join)
        << QByteArray(
               R"([{"type":"pid"},{"type":"network","path":""},{"type":"ipc","path":"/proc/42/ns/ipc","x-vendor":1},{"type":"mount"}])");
    QTest::newRow("new ipc keeps vendor member")
        << "ipc" << int(NamespacesPage::New)
        << QByteArray(R"([{"type":"pid"},{"type":"network"},{"type":"ipc","x-vendor":1},{"type":"mount"}])");
    QTest::newRow("same choice")
        << "mount" << int(NamespacesPage::New)
        << QByteArray(
               R"([{"type":"pid"},{"type":"network"},{"type":"ipc","path":"/proc/42/ns/ipc","x-vendor":1},{"type":"mount"}])");
}

void TestNamespacesPage::choose()
{
    QFETCH(QString, type);
    QFETCH(int, choice);
    QFETCH(QByteArray, expected);
    const QByteArray original = m_document->toJson();
    const int stepsBefore = m_document->undoStack()->count();

    QComboBox *box = m_page->choiceBox(type);
    box->setCurrentIndex(choice);
    Q_EMIT box->activated(choice);
    QCOMPARE(valueText(*m_document, "/linux/namespaces"), expected);
    QCOMPARE(box->currentIndex(), choice);
    if (m_document->toJson() == original) {
        QCOMPARE(m_document->undoStack()->count(), stepsBefore);
        return;
    }
    QCOMPARE(m_document->undoStack()->count(), stepsBefore + 1);
    QVERIFY(undoRestores(*m_document, original));
}

void TestNamespacesPage::hintFollowsTheChoice_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("starts");
    QTest::newRow("pid new") << "pid" << int(NamespacesPage::New) << "A new namespace";
    QTest::newRow("pid shared") << "pid" << int(NamespacesPage::Shared) << "Shared with the host";
    QTest::newRow("uts shared") << "uts" << int(NamespacesPage::Shared) << "Shared with the host";
    QTest::newRow("uts new") << "uts" << int(NamespacesPage::New) << "A new namespace";
    QTest::newRow("network joined") << "network" << int(NamespacesPage::Join) << "Joined";
}

void TestNamespacesPage::hintFollowsTheChoice()
{
    QFETCH(QString, type);
    QFETCH(int, choice);
    QFETCH(QString, starts);
    QComboBox *box = m_page->choiceBox(type);
    box->setCurrentIndex(choice);
    Q_EMIT box->activated(choice);
    auto *hint = m_page->findChild<QLabel *>(QStringLiteral("hint_") + type);
    QVERIFY(hint);
    QVERIFY2(hint->text().startsWith(starts), qPrintable(hint->text()));
    // Undo brings back the hint of the choice it restores.
    if (m_document->undoStack()->canUndo()) {
        m_document->undoStack()->undo();
        const QString restored = box->currentIndex() == NamespacesPage::Shared ? QStringLiteral("Shared with the host")
            : box->currentIndex() == NamespacesPage::New                       ? QStringLiteral("A new namespace")
                                                                               : QStringLiteral("Joined");
        QVERIFY2(hint->text().startsWith(restored), qPrintable(hint->text()));
    }
}

void TestNamespacesPage::typePath()
{
    const QByteArray original = m_document->toJson();
    QComboBox *box = m_page->choiceBox(QStringLiteral("uts"));
    box->setCurrentIndex(NamespacesPage::Join);
    Q_EMIT box->activated(NamespacesPage::Join);
    QLineEdit *path = m_page->pathEdit(QStringLiteral("uts"));
    QVERIFY(path->isEnabled());
    QTest::keyClicks(path, "/proc/7/ns/uts");
    QCOMPARE(valueText(*m_document, "/linux/namespaces/4"), QByteArray(R"({"type":"uts","path":"/proc/7/ns/uts"})"));
    QCOMPARE(path->text(), QStringLiteral("/proc/7/ns/uts"));
    // Typing is one step, choosing "join" another.
    m_document->undoStack()->undo();
    QCOMPARE(valueText(*m_document, "/linux/namespaces/4"), QByteArray(R"({"type":"uts","path":""})"));
    QVERIFY(undoRestores(*m_document, original));
    QCOMPARE(box->currentIndex(), int(NamespacesPage::Shared));
}

void TestNamespacesPage::followsUndo()
{
    m_document->removeValue(JsonPointer("/linux/namespaces/2"));
    QCOMPARE(m_page->choiceBox(QStringLiteral("ipc"))->currentIndex(), int(NamespacesPage::Shared));
    m_document->undoStack()->undo();
    QCOMPARE(m_page->choiceBox(QStringLiteral("ipc"))->currentIndex(), int(NamespacesPage::Join));
    QCOMPARE(m_page->pathEdit(QStringLiteral("ipc"))->text(), QStringLiteral("/proc/42/ns/ipc"));
}

void TestNamespacesPage::noNamespacesYet()
{
    QVERIFY(m_document->loadFromData(R"({"ociVersion": "1.2.0"})"));
    for (const QString &type : NamespacesPage::types())
        QCOMPARE(m_page->choiceBox(type)->currentIndex(), int(NamespacesPage::Shared));
    QComboBox *box = m_page->choiceBox(QStringLiteral("time"));
    Q_EMIT box->activated(NamespacesPage::New);
    QCOMPARE(valueText(*m_document, "/linux"), QByteArray(R"({"namespaces":[{"type":"time"}]})"));
    QVERIFY(undoRestores(*m_document, "{\"ociVersion\": \"1.2.0\"}"));
}

void TestNamespacesPage::focusExplains_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("path");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("new") << "network" << false << "/linux/namespaces/1";
    QTest::newRow("joined path") << "ipc" << true << "/linux/namespaces/2/path";
    QTest::newRow("shared") << "uts" << false << "/linux/namespaces";
}

void TestNamespacesPage::focusExplains()
{
    QFETCH(QString, type);
    QFETCH(bool, path);
    QFETCH(QString, pointer);
    QSignalSpy spy(m_page, &EditorPage::fieldFocused);
    QWidget *widget = path ? static_cast<QWidget *>(m_page->pathEdit(type)) : m_page->choiceBox(type);
    m_page->activateWindow();
    widget->setFocus();
    QTRY_VERIFY(!spy.isEmpty());
    QCOMPARE(JsonUtil::pointerString(spy.last().first().value<JsonPointer>()), pointer);
}

// A finding lands on the row of its namespace; a second namespace of a type
// has no row (only the JSON tree shows it), and the list as a whole lands on
// the first type the container shares with the host.
void TestNamespacesPage::focusPointer_data()
{
    QTest::addColumn<QByteArray>("extra"); // appended to the namespaces
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("focused"); // object name; empty: the page declines
    QTest::newRow("element") << QByteArray() << "/linux/namespaces/1/type"
                             << "choice_network";
    QTest::newRow("path") << QByteArray() << "/linux/namespaces/2/path"
                          << "path_ipc";
    QTest::newRow("second of a type") << QByteArray(R"({"type": "pid"})") << "/linux/namespaces/4/type"
                                      << "";
    QTest::newRow("type without a row") << QByteArray(R"({"type": "vendor"})") << "/linux/namespaces/4"
                                        << "";
    QTest::newRow("the list") << QByteArray() << "/linux/namespaces"
                              << "choice_uts";
}

void TestNamespacesPage::focusPointer()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, pointer);
    QFETCH(QString, focused);
    if (!extra.isEmpty())
        m_document->insertValue(JsonPointer("/linux/namespaces"), -1, Json::parse(extra.toStdString()));
    m_page->activateWindow();
    QCOMPARE(m_page->focusPointer(JsonPointer(pointer.toStdString())), !focused.isEmpty());
    if (!focused.isEmpty())
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), focused);
}

QTEST_MAIN(TestNamespacesPage)
#include "tst_namespacespage.moc"
