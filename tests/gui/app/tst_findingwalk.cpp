// SPDX-License-Identifier: Apache-2.0
// Walks every finding code from the findings panels to the field: each
// sample bundle (test-support/findingsamples) opens in the window, its
// finding is activated as Enter (or a double-click) does, and the focus must
// land on the widget that edits the finding's pointer, or its nearest edited
// ancestor, in whichever tab has one; only a pointer no tab edits may land
// on the JSON tree.

#include "app/findingsmodel.h"
#include "app/mainwindow.h"
#include "app/securityreviewmodel.h"
#include "app/securityreviewpanel.h"
#include "app/validationpanel.h"
#include "document/arraytablemodel.h"
#include "document/specdocument.h"
#include "document/specmodel.h"
#include "editors/capabilitiesmatrixmodel.h"
#include "editors/editorpage.h"
#include "editors/fieldbinder.h"
#include "editors/stringsetmodel.h"
#include "findingsamples.h"
#include "pages/jsonpage.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>
#include <memory>

namespace {

// Where a tab edits a finding's pointer P, an ancestor of it, or (for a
// missing or whole object) something inside it: a bound field, a cell of a
// list view, or a widget of the page's own. landed says whether the focus
// went there after the activation.
struct Editor
{
    EditorPage *page = nullptr;
    JsonPointer edited;
    QString what;
    bool landed = false;

    size_t depth() const { return JsonUtil::tokens(edited).size(); }
    QString text() const
    {
        return QStringLiteral("%1 %2 for %3").arg(page->title(), what, JsonUtil::pointerString(edited));
    }
};

// True when a is b or one of its ancestors, or (inside) one of its descendants.
bool related(const JsonPointer &a, const JsonPointer &b)
{
    return JsonUtil::startsWith(b, a) || JsonUtil::startsWith(a, b);
}

QString viewName(const QAbstractItemView *view)
{
    return QStringLiteral("list view \"%1\"").arg(view->objectName());
}

// The list views of the tabs, each asked through its model which cell shows
// the pointer: tables over ArrayTableModel, the check lists over
// StringSetModel, the capability matrix.
void addViewEditors(EditorPage *page, const JsonPointer &pointer, QWidget *focus, QList<Editor> *editors)
{
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        if (qobject_cast<QHeaderView *>(view))
            continue; // it shares its table's model
        const QModelIndex current = view->currentIndex();
        const bool focused = focus == view;
        if (const auto *table = qobject_cast<const ArrayTableModel *>(view->model())) {
            const JsonPointer container = table->containerPointer();
            if (!related(pointer, container))
                continue;
            if (JsonUtil::startsWith(container, pointer) && container != pointer) {
                // Inside the object the finding is about: the table as a whole.
                editors->append({page, container, viewName(view), focused});
                continue;
            }
            // The list itself shows at its first row.
            const QModelIndex index = pointer == container ? table->index(0, 0) : table->indexFor(pointer);
            if (pointer != container && !index.isValid())
                continue;
            const auto cell = JsonUtil::parsePointer(index.data(ArrayTableModel::PointerRole).toString());
            editors->append({page, cell && index.isValid() ? *cell : pointer,
                             viewName(view) + QStringLiteral(" cell (%1, %2)").arg(index.row()).arg(index.column()),
                             focused && current == index});
        } else if (const auto *set = qobject_cast<const StringSetModel *>(view->model())) {
            if (!related(pointer, set->pointer()))
                continue;
            // An element is the row of its value.
            const Json *value = JsonUtil::startsWith(pointer, set->pointer()) && pointer != set->pointer()
                ? page->document()->value(pointer)
                : nullptr;
            const QString text =
                value && value->is_string() ? JsonUtil::toQString(value->get<std::string>()) : QString();
            editors->append({page, set->pointer(), viewName(view) + QStringLiteral(" row ") + text,
                             focused && (!value || current.data().toString() == text)});
        } else if (const auto *matrix = qobject_cast<const CapabilitiesMatrixModel *>(view->model())) {
            const JsonPointer all("/process/capabilities");
            if (!related(pointer, all))
                continue;
            // A set is a column; an element the cell of its name in that column.
            const std::vector<std::string> tokens = JsonUtil::tokens(pointer);
            const int column = tokens.size() > 2
                ? int(CapabilitiesMatrixModel::setNames().indexOf(JsonUtil::toQString(tokens[2])))
                    + CapabilitiesMatrixModel::BoundingColumn
                : -1;
            const Json *value = tokens.size() > 3 ? page->document()->value(pointer) : nullptr;
            const int row =
                value && value->is_string() ? matrix->rowOf(JsonUtil::toQString(value->get<std::string>())) : -1;
            JsonPointer edited = all;
            if (column >= CapabilitiesMatrixModel::BoundingColumn)
                edited = CapabilitiesMatrixModel::setPointer(column);
            if (row >= 0)
                edited = pointer;
            editors->append(
                {page, edited, QStringLiteral("capability matrix cell (%1, %2)").arg(row).arg(column),
                 focused && (column < 0 || current.column() == column) && (row < 0 || current.row() == row)});
        }
    }
}

// What the page's own widgets edit, in the page's words: each focusable
// widget that is no bound field and no list view gets the focus once, and
// the page reports what it edits, as it does for the Explain panel.
void addProbedEditors(MainWindow *window, EditorPage *page, const QSet<QWidget *> &bound, const JsonPointer &pointer,
                      QWidget *focus, QList<Editor> *editors)
{
    window->showPage(page);
    QWidget *probed = nullptr;
    QList<QPair<QWidget *, JsonPointer>> reports;
    const QMetaObject::Connection reporting =
        QObject::connect(page, &EditorPage::fieldFocused, page, [&](const JsonPointer &reported) {
            if (probed)
                reports.append({probed, reported});
        });
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isEnabled() || !widget->isVisible()
            || qobject_cast<QAbstractItemView *>(widget) || bound.contains(widget))
            continue;
        probed = widget;
        widget->setFocus(Qt::TabFocusReason);
        probed = nullptr;
    }
    QObject::disconnect(reporting);
    for (const auto &[widget, edited] : std::as_const(reports)) {
        // A widget that names a list adds to it (a namespace the container
        // lacks); it edits none of the elements already there.
        const Json *value = page->document()->value(edited);
        if (value && value->is_array() && edited != pointer && JsonUtil::startsWith(pointer, edited))
            continue;
        if (related(pointer, edited)) {
            editors->append({page, edited,
                             QStringLiteral("%1 \"%2\"")
                                 .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName()),
                             focus == widget});
        }
    }
}

// Every editor in the tabs (not the JSON tree) of pointer, an ancestor or a
// descendant. Detail editors and nested tables follow the current row, so
// this is asked after the activation chose it; the probe moves the focus,
// so what the activation did is judged first.
QList<Editor> editorsOf(MainWindow *window, const JsonPointer &pointer, QWidget *focus)
{
    QList<Editor> editors;
    QHash<EditorPage *, QSet<QWidget *>> bound;
    for (EditorPage *page : window->pages()) {
        if (qobject_cast<JsonPage *>(page))
            continue;
        for (const FieldBinder *binder : page->findChildren<FieldBinder *>()) {
            for (const auto &[widget, edited] : binder->bindings()) {
                bound[page].insert(widget);
                if (related(pointer, edited)) {
                    editors.append({page, edited, QStringLiteral("field \"%1\"").arg(widget->objectName()),
                                    focus == widget || widget->isAncestorOf(focus)});
                }
            }
        }
        addViewEditors(page, pointer, focus, &editors);
    }
    for (EditorPage *page : window->pages()) {
        if (!qobject_cast<JsonPage *>(page))
            addProbedEditors(window, page, bound.value(page), pointer, focus, &editors);
    }
    return editors;
}

EditorPage *pageOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *page = qobject_cast<EditorPage *>(w))
            return page;
    }
    return nullptr;
}

JsonPage *jsonPageOf(MainWindow *window)
{
    for (EditorPage *page : window->pages()) {
        if (auto *json = qobject_cast<JsonPage *>(page))
            return json;
    }
    return nullptr;
}

QString describeFocus(QWidget *focus)
{
    if (!focus)
        return QStringLiteral("focus: nowhere");
    EditorPage *page = pageOf(focus);
    QString text = QStringLiteral("focus: %1 \"%2\" on %3")
                       .arg(QString::fromLatin1(focus->metaObject()->className()), focus->objectName(),
                            page ? page->title() : QStringLiteral("no page"));
    if (const auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        text += QStringLiteral(", current cell (%1, %2) %3")
                    .arg(view->currentIndex().row())
                    .arg(view->currentIndex().column())
                    .arg(view->currentIndex().data(ArrayTableModel::PointerRole).toString());
    }
    return text;
}

// Codes the window never shows, with the reason.
const QHash<QString, QString> kNotInTheWindow = {
    {QStringLiteral("file.byte-order-mark"),
     QStringLiteral("the window checks the text a save would write, and a save writes no byte order mark")},
};

void addRows(const QList<FindingSample> &samples)
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < samples.size(); ++i)
        QTest::newRow(samples[i].code) << int(i);
}

} // namespace

class tst_FindingWalk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void validationFinding_data();
    void validationFinding();
    void securityFinding_data();
    void securityFinding();

private:
    // Opens the sample in a new window; false (and a failure) when it cannot.
    bool open(const FindingSample &sample);
    // Once the panel has settled (its model is replaced after each run),
    // activates the finding in view as Enter does and checks where the
    // focus went.
    void activateAndCheck(QTreeView *view, int codeColumn, int pointerRole, const std::function<bool()> &settled,
                          const FindingSample &sample);

    std::unique_ptr<QTemporaryDir> m_bundle;
    std::unique_ptr<MainWindow> m_window;
};

void tst_FindingWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_FindingWalk::cleanup()
{
    m_window.reset();
    m_bundle.reset();
}

bool tst_FindingWalk::open(const FindingSample &sample)
{
    m_bundle = std::make_unique<QTemporaryDir>();
    QString error;
    if (!m_bundle->isValid() || !FindingSamples::write(sample, m_bundle->path(), &error)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot write the sample: ") + error), __FILE__, __LINE__);
        return false;
    }
    m_window = std::make_unique<MainWindow>();
    if (!m_window->openBundle(m_bundle->path(), false)) {
        QTest::qFail("the window does not open the sample", __FILE__, __LINE__);
        return false;
    }
    m_window->setMode(QStringLiteral("edit"));
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        QTest::qFail("the window does not become active", __FILE__, __LINE__);
        return false;
    }
    return true;
}

void tst_FindingWalk::activateAndCheck(QTreeView *view, int codeColumn, int pointerRole,
                                       const std::function<bool()> &settled, const FindingSample &sample)
{
    const QString code = QString::fromLatin1(sample.code);
    const QString pointerText = QString::fromLatin1(sample.pointer);
    QModelIndex finding;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (!settled())
                return false;
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, codeColumn);
                if (index.data().toString() == code && index.data(pointerRole).toString() == pointerText) {
                    finding = index;
                    return true;
                }
            }
            return false;
        }(),
        10000);

    // The user is in the panel, so the field gets the focus anew.
    view->setFocus(Qt::MouseFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), view);
    view->setCurrentIndex(finding);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(QApplication::focusWidget() != view);
    QWidget *focus = QApplication::focusWidget();
    EditorPage *page = pageOf(focus);
    const QString landing = describeFocus(focus);
    QVERIFY2(page, qPrintable(landing));
    QCOMPARE(m_window->currentPage(), page);
    JsonPage *json = jsonPageOf(m_window.get());
    const JsonPointer treeCurrent = json->model()->pointerForIndex(json->tree()->currentIndex());

    const JsonPointer pointer(sample.pointer);
    const QList<Editor> editors = editorsOf(m_window.get(), pointer, focus);
    // The deepest editors of the pointer or an ancestor; else, for a missing
    // or whole object, the editors inside it on a tab that covers it.
    QList<Editor> expected;
    size_t deepest = 0;
    for (const Editor &editor : editors) {
        if (JsonUtil::startsWith(pointer, editor.edited))
            deepest = std::max(deepest, editor.depth());
    }
    for (const Editor &editor : editors) {
        const bool ofPointer = JsonUtil::startsWith(pointer, editor.edited) && editor.depth() == deepest;
        const bool inside = deepest == 0 && editor.edited != pointer && editor.page->covers(pointer);
        if (ofPointer || inside)
            expected << editor;
    }
    QStringList wanted;
    for (const Editor &editor : std::as_const(expected))
        wanted << editor.text();
    const QString context = landing + QStringLiteral("\nexpected: ")
        + (expected.isEmpty() ? QStringLiteral("the JSON tree") : wanted.join(QStringLiteral("\n       or ")));

    if (expected.isEmpty()) {
        // No tab edits it: the JSON tree, at the pointer or its nearest present ancestor.
        QVERIFY2(focus == json->tree(), qPrintable(context));
        JsonPointer shown = pointer;
        while (!shown.empty() && !m_window->document()->contains(shown))
            shown = shown.parent_pointer();
        if (!shown.empty())
            QCOMPARE(JsonUtil::pointerString(treeCurrent), JsonUtil::pointerString(shown));
        return;
    }
    QVERIFY2(std::any_of(expected.begin(), expected.end(), [](const Editor &editor) { return editor.landed; }),
             qPrintable(context));
}

void tst_FindingWalk::validationFinding_data()
{
    addRows(FindingSamples::validator());
}

void tst_FindingWalk::validationFinding()
{
    QFETCH(int, index);
    const FindingSample &sample = FindingSamples::validator().at(index);
    if (const QString unmet = FindingSamples::unmetNeed(sample); !unmet.isEmpty())
        QSKIP(qPrintable(unmet));
    if (const QString reason = kNotInTheWindow.value(QLatin1String(sample.code)); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    if (!open(sample))
        return;
    ValidationPanel *panel = m_window->validationPanel();
    panel->validateNow(); // not after the pause an opened bundle's checks wait
    activateAndCheck(
        panel->view(), FindingsModel::CodeColumn, FindingsModel::PointerRole,
        [panel] { return !panel->isValidating(); }, sample);
}

void tst_FindingWalk::securityFinding_data()
{
    addRows(FindingSamples::security());
}

void tst_FindingWalk::securityFinding()
{
    QFETCH(int, index);
    const FindingSample &sample = FindingSamples::security().at(index);
    if (!open(sample))
        return;
    m_window->securityDock()->show();
    m_window->securityDock()->raise();
    SecurityReviewPanel *panel = m_window->securityPanel();
    panel->reviewNow(); // not after the pause an opened bundle's review waits
    activateAndCheck(
        panel->view(), SecurityReviewModel::CodeColumn, SecurityReviewModel::PointerRole,
        [panel] { return !panel->isPending(); }, sample);
}

QTEST_MAIN(tst_FindingWalk)
#include "tst_findingwalk.moc"
