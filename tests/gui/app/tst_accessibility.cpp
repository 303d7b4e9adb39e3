// SPDX-License-Identifier: Apache-2.0
// Accessibility of the whole window (issue 15 §4): every interactive control
// of every mode, tab and main dialog has an accessible name (and a
// description where the name is not on screen); Tab reaches every control of
// each page and never gets stuck; the drawn views (charts, ID-mapping
// diagram, terminal) tell assistive technology what they show; the app's own
// colours hold WCAG contrast in high-contrast palettes.
#include "app/indicatorcontraststyle.h"
#include "app/learnocidialog.h"
#include "app/mainwindow.h"
#include "app/modearea.h"
#include "app/paletteglyphicon.h"
#include "app/preferencesdialog.h"
#include "app/shortcutsdialog.h"
#include "app/fromimagedialog.h"
#include "compare/comparedialog.h"
#include "editors/findingmarks.h"
#include "editors/idmapdiagram.h"
#include "editors/jsonhighlighter.h"
#include "run/runpanel.h"
#include "run/statschartview.h"
#include "run/terminalview.h"
#include "document/specdocument.h"
#include "highcontrast.h"
#include "testfiles.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QScopeGuard>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>

#include <memory>

namespace {

// Something on every tab: mappings, mounts, hooks, devices, limits.
const QByteArray config = R"({"ociVersion": "1.2.0",
 "process": {"terminal": false, "user": {"uid": 0, "gid": 0}, "args": ["sh"], "env": ["PATH=/bin"], "cwd": "/",
  "capabilities": {"bounding": ["CAP_CHOWN"], "effective": ["CAP_CHOWN"], "permitted": ["CAP_CHOWN"]},
  "rlimits": [{"type": "RLIMIT_NOFILE", "hard": 1024, "soft": 1024}], "noNewPrivileges": true},
 "root": {"path": "rootfs"}, "hostname": "box",
 "mounts": [{"destination": "/proc", "type": "proc", "source": "proc"},
  {"destination": "/tmp", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "mode=1777"]}],
 "hooks": {"prestart": [{"path": "/bin/true", "args": ["true"]}]},
 "linux": {"namespaces": [{"type": "pid"}, {"type": "mount"}, {"type": "user"}],
  "uidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}],
  "gidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}, {"containerID": 10, "hostID": 200000, "size": 1}],
  "devices": [{"path": "/dev/fuse", "type": "c", "major": 10, "minor": 229}],
  "resources": {"memory": {"limit": 536870912}, "pids": {"limit": 100}},
  "maskedPaths": ["/proc/kcore"], "readonlyPaths": ["/proc/sys"]}}
)";

QString strip(QString text)
{
    text.remove(QLatin1Char('&'));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

// Pieces of a composite control that assistive technology reads through
// their owner: the edit field of a combo or spin box, a view's headers, a
// tab bar's scroll buttons, scroll bars.
bool isPartOfAnother(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QHeaderView *>(widget)
        || widget->inherits("QTableCornerButton"))
        return true;
    if (qobject_cast<const QLineEdit *>(widget)
        && (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)))
        return true;
    return qobject_cast<const QTabBar *>(parent); // the scroll arrows; the tabs are the bar's own
}

bool isInteractive(const QWidget *widget)
{
    // A widget that hands its focus on (a tab widget to its tab bar) is
    // operated through that one; a plain scroll area only holds a page.
    if (isPartOfAnother(widget) || widget->focusProxy()
        || widget->metaObject() == &QScrollArea::staticMetaObject)
        return false;
    if (qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTabBar *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget))
        return true;
    // A custom control: anything Tab stops at. A label that only selects
    // text (a read-only message) is read, not operated.
    if (qobject_cast<const QLabel *>(widget))
        return false;
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

// objectName, class and parent chain, so that a failure says where to look.
QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QString name = w->objectName().isEmpty() ? QString() : QLatin1Char('#') + w->objectName();
        chain << QString::fromLatin1(w->metaObject()->className()) + name;
    }
    return chain.join(QLatin1String(" < "));
}

QList<QWidget *> visibleInteractive(QWidget *root)
{
    QList<QWidget *> result;
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *widget : std::as_const(all)) {
        if (widget->isVisible() && widget->window() == root->window() && isInteractive(widget))
            result << widget;
    }
    return result;
}

// The texts on screen in root's window: labels, buttons, group titles, tabs.
QSet<QString> textsOnScreen(QWidget *root)
{
    QSet<QString> texts;
    for (QWidget *widget : root->window()->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << strip(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << strip(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << strip(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << strip(tabs->tabText(i));
        }
    }
    return texts;
}

QString accessibleText(QWidget *widget, QAccessible::Text type)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    if (!interface)
        return QString();
    QString text = interface->text(type).trimmed();
    if (type != QAccessible::Name)
        return text;
    // Qt 6.4 on Linux gives a combo box's current item as its name, which
    // says what is chosen, not what for; screen readers read the label
    // related to it (a buddy), and other platforms its accessibleName.
    if (auto *combo = qobject_cast<QComboBox *>(widget); combo && text == combo->currentText())
        text = widget->accessibleName();
    if (text.isEmpty() || qobject_cast<QComboBox *>(widget)) {
        for (const auto &[label, relation] : interface->relations(QAccessible::Label)) {
            Q_UNUSED(relation);
            if (const QString labelText = label->text(QAccessible::Name).trimmed(); !labelText.isEmpty())
                return labelText;
        }
    }
    return text;
}

// The first control of page that Tab stops at.
QWidget *firstTabStop(QWidget *page)
{
    QWidget *widget = page;
    do {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus
            && (widget == page || page->isAncestorOf(widget)) && isInteractive(widget))
            return widget;
        widget = widget->nextInFocusChain();
    } while (widget != page);
    return nullptr;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void tabReachesEveryControl_data();
    void tabReachesEveryControl();
    void modesByKeyboard();
    void chartsTellTheirValues();
    void diagramTellsItsMappings();
    void terminalTellsItsScreen();
    void terminalLetsTheFocusGo();
    void coloursHoldHighContrast_data();
    void coloursHoldHighContrast();

private:
    void pages();
    // Shows page ("edit:3", "run:0", "preferences"): a mode and its tab, or
    // a dialog; returns the widget to walk.
    QWidget *showPage(const QString &page);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QWidget> m_dialog;
    QPalette m_palette;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    m_palette = QApplication::palette();
}

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
    const QString bundle = m_dir->filePath(QStringLiteral("bundle"));
    QVERIFY(QDir().mkpath(bundle + QStringLiteral("/rootfs/bin")));
    QVERIFY(writeFile(bundle + QStringLiteral("/config.json"), config));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openBundle(bundle, false));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanup()
{
    m_dialog.reset();
    m_window.reset();
    m_dir.reset();
    QApplication::setPalette(m_palette);
}

void TestAccessibility::pages()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("Welcome") << "welcome";
    const QStringList editTabs{"General", "Process",   "Capabilities", "Mounts",   "Namespaces", "ID mappings",
                               "Hooks",   "Resources", "Devices",      "Security", "JSON"};
    for (int i = 0; i < editTabs.size(); ++i)
        QTest::addRow("Edit %s", qPrintable(editTabs.at(i))) << QStringLiteral("edit:%1").arg(i);
    QTest::newRow("Inspect Root filesystem") << "inspect:0";
    QTest::newRow("Inspect Runtime support") << "inspect:1";
    const QStringList runTabs{"Console", "Terminal", "Exec", "Processes", "Statistics", "Timeline"};
    for (int i = 0; i < runTabs.size(); ++i)
        QTest::addRow("Run %s", qPrintable(runTabs.at(i))) << QStringLiteral("run:%1").arg(i);
    QTest::newRow("Containers") << "containers";
    QTest::newRow("Preferences") << "preferences";
    QTest::newRow("Learn OCI") << "learnOci";
    QTest::newRow("Keyboard Shortcuts") << "shortcuts";
    QTest::newRow("Compare") << "compare";
    QTest::newRow("From Image") << "fromImage";
}

QWidget *TestAccessibility::showPage(const QString &page)
{
    const QString mode = page.section(QLatin1Char(':'), 0, 0);
    const int tab = page.section(QLatin1Char(':'), 1, 1).toInt();
    QWidget *root = nullptr;
    if (mode == QLatin1String("preferences"))
        m_dialog = std::make_unique<PreferencesDialog>(m_window.get());
    else if (mode == QLatin1String("learnOci"))
        m_dialog = std::make_unique<LearnOciDialog>(m_window->document(), m_window.get());
    else if (mode == QLatin1String("shortcuts"))
        m_dialog = std::make_unique<ShortcutsDialog>(m_window->menuBar(), m_window.get());
    else if (mode == QLatin1String("fromImage"))
        m_dialog = std::make_unique<FromImageDialog>(m_window.get());
    else if (mode == QLatin1String("compare")) {
        auto dialog = std::make_unique<CompareDialog>(m_window->document(), m_window.get());
        Json other = Json::parse(config);
        other["hostname"] = "other";
        dialog->setOther(other, QStringLiteral("another bundle"));
        m_dialog = std::move(dialog);
    }
    if (m_dialog) {
        m_dialog->show();
        if (!QTest::qWaitForWindowExposed(m_dialog.get()))
            return nullptr;
        return m_dialog.get();
    }
    if (!m_window->setMode(mode))
        return nullptr;
    QWidget *modeWidget = m_window->modes()->modeWidget(mode);
    if (mode == QLatin1String("edit")) {
        m_window->tabs()->setCurrentIndex(tab);
        root = m_window->tabs()->currentWidget();
    } else if (mode == QLatin1String("inspect") || mode == QLatin1String("run")) {
        auto *tabs = mode == QLatin1String("run") ? m_window->runPanel()->findChild<QTabWidget *>()
                                                   : qobject_cast<QTabWidget *>(modeWidget);
        if (!tabs)
            return nullptr;
        tabs->setCurrentIndex(tab);
        root = tabs->currentWidget();
    } else {
        root = modeWidget;
    }
    QApplication::processEvents();
    return root;
}

void TestAccessibility::everyControlIsNamed_data()
{
    pages();
}

// The rule for descriptions: a control whose name is not written on screen
// (an icon-only button, a list or field named for assistive technology
// alone) needs a description, as its name is then all a user can learn of
// it; a control named by its own text or its label's is described by them.
void TestAccessibility::everyControlIsNamed()
{
    QFETCH(QString, page);
    QWidget *root = showPage(page);
    QVERIFY(root);
    // The whole window: the page, and the mode bar, docks and status bar around it.
    QWidget *walked = root->window();
    const QSet<QString> onScreen = textsOnScreen(walked);
    QStringList unnamed;
    QStringList undescribed;
    for (QWidget *widget : visibleInteractive(walked)) {
        const QString name = accessibleText(widget, QAccessible::Name);
        if (name.isEmpty()) {
            unnamed << describe(widget);
            continue;
        }
        if (!onScreen.contains(strip(name)) && accessibleText(widget, QAccessible::Description).isEmpty())
            undescribed << QStringLiteral("\"%1\": %2").arg(name, describe(widget));
    }
    // One line each: QTest cuts long messages short.
    for (const QString &widget : std::as_const(unnamed))
        qWarning("no accessible name: %s", qPrintable(widget));
    for (const QString &widget : std::as_const(undescribed))
        qWarning("name not on screen and no description: %s", qPrintable(widget));
    QVERIFY2(unnamed.isEmpty() && undescribed.isEmpty(),
             qPrintable(QStringLiteral("%1 unnamed, %2 named but undescribed controls (listed above)")
                            .arg(unnamed.size())
                            .arg(undescribed.size())));
}

void TestAccessibility::tabReachesEveryControl_data()
{
    pages();
}

void TestAccessibility::tabReachesEveryControl()
{
    QFETCH(QString, page);
    QWidget *root = showPage(page);
    QVERIFY(root);
    QWidget *window = root->window();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QWidget *start = firstTabStop(root);
    QVERIFY2(start, "nothing on the page takes the focus");
    start->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), start);

    QList<QWidget *> chain{start};
    QStringList stuck;
    for (int i = 0; i < 2000; ++i) {
        QWidget *before = QApplication::focusWidget();
        QWidget *after = before;
        // A text browser's links take Tab in turn before it moves on.
        for (int inside = 0; inside < 100 && after == before; ++inside) {
            QTest::keyClick(before, Qt::Key_Tab);
            after = QApplication::focusWidget();
        }
        if (after == before) {
            // Text and terminals keep Tab for themselves; Ctrl+Tab leaves them.
            QTest::keyClick(before, Qt::Key_Tab, Qt::ControlModifier);
            after = QApplication::focusWidget();
            if (after == before || !after) {
                stuck << describe(before);
                break;
            }
        }
        QVERIFY2(after, qPrintable(QStringLiteral("the focus left the window after ") + describe(before)));
        if (after == start)
            break;
        if (chain.contains(after)) {
            stuck << QStringLiteral("a cycle without the start (%1): %2").arg(describe(start), describe(after));
            break;
        }
        chain << after;
    }
    QVERIFY2(stuck.isEmpty(), qPrintable(QStringLiteral("The focus gets stuck at ") + stuck.join("; ")));
    QStringList unreached;
    for (QWidget *widget : visibleInteractive(window)) {
        // A dock's title buttons do what the View menu's entry for the dock does.
        if (!widget->isEnabled() || qobject_cast<QDockWidget *>(widget->parentWidget()))
            continue;
        // Tab stops at the checked one of a group of exclusive buttons (the
        // mode bar), and the arrow keys move within the group.
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const QButtonGroup *group = button && button->group() && button->group()->exclusive() ? button->group() : nullptr;
        const bool reached = std::any_of(chain.cbegin(), chain.cend(), [widget, group](const QWidget *focused) {
            const auto *other = qobject_cast<const QAbstractButton *>(focused);
            return focused == widget || widget->isAncestorOf(focused) || focused->focusProxy() == widget
                || (group && other && other->group() == group);
        });
        if (!reached)
            unreached << describe(widget);
    }
    for (const QString &widget : std::as_const(unreached))
        qWarning("never reached by Tab: %s", qPrintable(widget));
    QVERIFY2(unreached.isEmpty(), qPrintable(QStringLiteral("%1 controls Tab never reaches (listed above)")
                                                 .arg(unreached.size())));
}

void TestAccessibility::modesByKeyboard()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QStringList modes = m_window->modes()->modes();
    for (int i = 0; i < modes.size(); ++i) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(m_window->mode(), modes.at(i));
    }
}

// The views also send QAccessibleValueChangeEvent, DescriptionChanged and
// QAccessibleTextUpdateEvent/QAccessibleTextCursorEvent when assistive
// technology is active; the offscreen platform never is (QAccessible drops
// every event there, Qt's own widgets' too), so these tests read what
// assistive technology would read after each change.
void TestAccessibility::chartsTellTheirValues()
{
    StatsChartView charts;
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    const QList<QChartView *> views = charts.findChildren<QChartView *>();
    QCOMPARE(views.size(), 4);
    QAccessibleInterface *memory = nullptr;
    for (QChartView *view : views) {
        QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(view);
        QVERIFY(interface);
        QCOMPARE(interface->role(), QAccessible::Chart);
        QCOMPARE(interface->text(QAccessible::Name), view->chart()->title());
        if (view->chart()->title() == QLatin1String("Memory"))
            memory = interface;
    }
    QVERIFY(memory);
    QCOMPARE(memory->text(QAccessible::Value), QStringLiteral("No samples yet."));

    StatsSample sample;
    sample.time = QDateTime::currentDateTime();
    sample.memoryUsed = 130 * 1024.0 * 1024.0;
    sample.memoryLimit = 512 * 1024.0 * 1024.0;
    charts.addSample(sample);
    sample.time = sample.time.addSecs(1);
    sample.memoryUsed = 120 * 1024.0 * 1024.0;
    charts.addSample(sample);
    QCOMPARE(memory->text(QAccessible::Value),
             QStringLiteral("used: 120 MiB, peak 130 MiB; limit: 512 MiB, peak 512 MiB"));
    QCOMPARE(memory->text(QAccessible::Description), memory->text(QAccessible::Value));

    sample.time = sample.time.addSecs(1);
    sample.memoryUnlimited = true;
    sample.memoryLimit.reset();
    charts.addSample(sample);
    QCOMPARE(memory->text(QAccessible::Value), QStringLiteral("used: 120 MiB, peak 130 MiB; limit: no limit"));
}

void TestAccessibility::diagramTellsItsMappings()
{
    SpecDocument document;
    QVERIFY(document.loadFromData(QByteArray(R"({"ociVersion": "1.2.0", "linux": {"uidMappings": [
        {"containerID": 0, "hostID": 100000, "size": 65536}]}})")));
    IdMapDiagram diagram(&document, JsonPointer("/linux/uidMappings"));
    diagram.setAccessibleName(QStringLiteral("User IDs"));
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(&diagram);
    QVERIFY(interface);
    QCOMPARE(interface->role(), QAccessible::Chart);
    QCOMPARE(interface->text(QAccessible::Name), QStringLiteral("User IDs"));
    QCOMPARE(interface->text(QAccessible::Description),
             QString::fromUtf8("Container IDs 0–65535 map to host IDs 100000–165535."));

    document.setValue(JsonPointer("/linux/uidMappings"), Json::parse(R"([
        {"containerID": 0, "hostID": 100000, "size": 65536}, {"containerID": 1000, "hostID": 5, "size": 1}])"));
    QCOMPARE(interface->text(QAccessible::Description),
             QString::fromUtf8("Container IDs 0–65535 map to host IDs 100000–165535. This range overlaps another one. "
                               "Container ID 1000 maps to host ID 5. This range overlaps another one."));
    document.setValue(JsonPointer("/linux/uidMappings"), Json::array());
    QCOMPARE(interface->text(QAccessible::Description), QStringLiteral("No mappings."));
}

void TestAccessibility::terminalTellsItsScreen()
{
    TerminalView terminal;
    terminal.resize(terminal.sizeHint());
    terminal.show();
    QVERIFY(QTest::qWaitForWindowExposed(&terminal));
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(&terminal);
    QVERIFY(interface);
    QCOMPARE(interface->role(), QAccessible::Terminal);
    QVERIFY(!interface->text(QAccessible::Name).isEmpty());
    QAccessibleTextInterface *text = interface->textInterface();
    QVERIFY(text);
    QCOMPARE(text->characterCount(), 0);

    terminal.feed("$ ls\r\nbin  etc\r\n$ ");
    const QString screen = QStringLiteral("$ ls\nbin  etc\n$ ");
    QCOMPARE(text->text(0, text->characterCount()), screen);
    QCOMPARE(interface->text(QAccessible::Value), screen);
    QCOMPARE(text->cursorPosition(), int(screen.size())); // after "$ " on the third row
    QCOMPARE(text->text(5, 8), QStringLiteral("bin"));
    QVERIFY(text->characterRect(5).isValid());

    terminal.feed("\x1b[H\x1b[2J"); // home, clear the screen
    QCOMPARE(text->characterCount(), 0);
    QCOMPARE(text->cursorPosition(), 0);
}

void TestAccessibility::terminalLetsTheFocusGo()
{
    QWidget window;
    auto *before = new QLineEdit(&window);
    auto *terminal = new TerminalView(&window);
    auto *after = new QLineEdit(&window);
    before->move(0, 0);
    terminal->move(0, 30);
    after->move(0, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    terminal->setFocus();
    QTest::keyClick(terminal, Qt::Key_Tab); // the shell's
    QCOMPARE(QApplication::focusWidget(), terminal);
    QTest::keyClick(terminal, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), after);
    terminal->setFocus();
    QTest::keyClick(terminal, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), before);
}

void TestAccessibility::coloursHoldHighContrast_data()
{
    QTest::addColumn<int>("polarity");
    QTest::newRow("black on white") << int(HighContrast::Polarity::BlackOnWhite);
    QTest::newRow("white on black") << int(HighContrast::Polarity::WhiteOnBlack);
}

void TestAccessibility::coloursHoldHighContrast()
{
    using namespace HighContrast;
    QFETCH(int, polarity);
    const QPalette palette = HighContrast::palette(Polarity(polarity));
    QApplication::setPalette(palette);
    QApplication::processEvents();
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    QStringList failures;
    const auto check = [&failures](const QString &what, const QColor &colour, const QColor &background, double least) {
        const double r = ratio(colour, background);
        if (r < least)
            failures << QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                            .arg(what, colour.name(), background.name())
                            .arg(r, 0, 'f', 2)
                            .arg(least);
    };

    // Findings marks: frames on fields (Base) and in the diagram (Window).
    for (const auto &[severity, name] : {std::pair{Finding::Severity::Error, "error"},
                                         std::pair{Finding::Severity::Warning, "warning"},
                                         std::pair{Finding::Severity::Info, "note"}}) {
        check(QStringLiteral("finding mark (%1)").arg(QLatin1String(name)), FindingMarks::color(severity, palette),
              base, GraphicsRatio);
        check(QStringLiteral("finding mark (%1) on the window").arg(QLatin1String(name)),
              FindingMarks::color(severity, palette), window, GraphicsRatio);
    }

    // Text in a severity's colour (Inspect's flagged entries, runtime
    // support), on the views' base.
    for (const auto &[severity, name] : {std::pair{Finding::Severity::Error, "error"},
                                         std::pair{Finding::Severity::Warning, "warning"}})
        check(QStringLiteral("finding text (%1)").arg(QLatin1String(name)), FindingMarks::textColor(severity, palette),
              base, TextRatio);

    // The ID-mapping diagram's bands and labels, on the window.
    for (const bool overlapping : {false, true})
        check(overlapping ? QStringLiteral("diagram band (overlapping)") : QStringLiteral("diagram band"),
              IdMapDiagram::bandColor(overlapping, palette), window, GraphicsRatio);

    // The chart lines, on the chart's background; the titles and labels.
    StatsChartView charts;
    charts.setPalette(palette);
    for (QChartView *view : charts.findChildren<QChartView *>()) {
        const QColor background = view->chart()->backgroundBrush().color();
        check(view->chart()->title() + QStringLiteral(" title"), view->chart()->titleBrush().color(), background,
              TextRatio);
        for (QAbstractSeries *series : view->chart()->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(series))
                check(view->chart()->title() + QStringLiteral(" line ") + line->name(), line->pen().color(),
                      background, GraphicsRatio);
        }
        for (QAbstractAxis *axis : view->chart()->axes())
            check(view->chart()->title() + QStringLiteral(" axis labels"), axis->labelsBrush().color(), background,
                  TextRatio);
    }

    // The Run mode's icon, on a button.
    const QImage icon = PaletteGlyphIcon::play().pixmap(32).toImage();
    QColor glyph;
    for (int y = 0; y < icon.height(); ++y) {
        for (int x = 0; x < icon.width(); ++x) {
            const QColor pixel = icon.pixelColor(x, y);
            if (pixel.alpha() == 255)
                glyph = pixel;
        }
    }
    QVERIFY(glyph.isValid());
    check(QStringLiteral("Run mode icon"), glyph, palette.color(QPalette::Button), GraphicsRatio);

    // The JSON text's colours, on the text's background.
    QTextDocument text;
    text.setPlainText(QStringLiteral(R"({"key": "string", "number": 12, "literal": true, "list": [null]})"));
    JsonHighlighter highlighter(&text);
    highlighter.setPalette(palette);
    for (const QTextLayout::FormatRange &range : text.firstBlock().layout()->formats())
        check(QStringLiteral("JSON \"%1\"").arg(text.firstBlock().text().mid(range.start, range.length)),
              range.format.foreground().color(), base, TextRatio);

    if (qEnvironmentVariableIsSet("OBE_A11Y_SCREENS")) {
        // Pictures of each mode in this palette and the app's style, to look at.
        QApplication::setStyle(new IndicatorContrastStyle);
        QApplication::setPalette(palette);
        const QString directory = qEnvironmentVariable("OBE_A11Y_SCREENS");
        const auto save = [&](QWidget *widget, const QString &name) {
            QApplication::processEvents();
            widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(directory, name).arg(polarity));
        };
        for (const QString &mode : m_window->modes()->modes()) {
            m_window->setMode(mode);
            save(m_window.get(), mode);
        }
        m_window->setMode(QStringLiteral("edit"));
        m_window->tabs()->setCurrentIndex(5);
        save(m_window.get(), QStringLiteral("idmappings"));
        StatsSample sample;
        sample.time = QDateTime::currentDateTime();
        for (int i = 0; i < 30; ++i) {
            sample.time = sample.time.addSecs(1);
            sample.cpuPercent = 20 + i % 7 * 5;
            sample.memoryUsed = (100 + i) * 1024.0 * 1024.0;
            sample.memoryLimit = 512 * 1024.0 * 1024.0;
            sample.pidsCurrent = 3 + i % 3;
            sample.pidsLimit = 100;
            sample.blockReadRate = i * 1024.0;
            sample.blockWriteRate = (30 - i) * 1024.0;
            charts.addSample(sample);
        }
        charts.resize(900, 600);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        save(&charts, QStringLiteral("charts"));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
