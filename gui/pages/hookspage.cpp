// SPDX-License-Identifier: Apache-2.0
#include "hookspage.h"

#include "editors/cellfocusreporter.h"
#include "editors/currentrowbinding.h"
#include "editors/nestedtableslot.h"

#include "editors/arraytableeditor.h"
#include "editors/fieldbinder.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

using Kind = ArrayTableModel::Kind;
const JsonPointer kHooks("/hooks");

struct HookKind
{
    const char *name;
    const char *when;
};

// Where and when each kind runs, in the order the runtime calls them.
const HookKind kKinds[] = {
    {"prestart",
     QT_TRANSLATE_NOOP("HooksPage",
                       "Deprecated; use createRuntime. Runs in the runtime's namespaces "
                       "while the container is created, after its namespaces exist and "
                       "before its root filesystem is switched.")},
    {"createRuntime",
     QT_TRANSLATE_NOOP("HooksPage",
                       "Runs in the runtime's namespaces while the container is "
                       "created, after its namespaces exist and before its root "
                       "filesystem is switched (e.g. to set up networking).")},
    {"createContainer",
     QT_TRANSLATE_NOOP("HooksPage",
                       "Runs inside the container's namespaces while it is "
                       "created, before its root filesystem is switched; the path "
                       "is resolved in the runtime's namespace.")},
    {"startContainer",
     QT_TRANSLATE_NOOP("HooksPage",
                       "Runs inside the container when it is started, just before "
                       "its program runs; the path is resolved inside the container.")},
    {"poststart",
     QT_TRANSLATE_NOOP("HooksPage",
                       "Runs in the runtime's namespaces after the container's program "
                       "has started; a failure is only logged.")},
    {"poststop",
     QT_TRANSLATE_NOOP("HooksPage",
                       "Runs in the runtime's namespaces after the container is deleted, "
                       "to clean up; a failure is only logged.")},
};

} // namespace

HooksPage::HooksPage(SpecDocument *document, QWidget *parent)
    : EditorPage(document, parent), m_kinds(new QListWidget(this)), m_note(new QLabel(this)),
      m_hooks(new NestedTableSlot(
          [this](const JsonPointer &kind, QWidget *parent) { return createHooksTable(kind, parent); }, this)),
      m_detail(new QGroupBox(tr("Selected hook"), this)), m_path(new QLineEdit(m_detail)),
      m_timeout(new QLineEdit(m_detail)),
      m_args(new NestedTableSlot(
          [this](const JsonPointer &hook, QWidget *parent) {
              auto *model = new ArrayTableModel(this->document(), hook / "args",
                                                {{tr("Argument"), std::string(), Kind::Element}});
              model->setItemName(tr("argument"));
              auto *editor = new ArrayTableEditor(model, parent);
              model->setParent(editor);
              editor->setNewElement([] { return Json(""); });
              CellFocusReporter::watch(editor->view(), this);
              return editor;
          },
          m_detail)),
      m_env(new NestedTableSlot(
          [this](const JsonPointer &hook, QWidget *parent) {
              auto *model = new ArrayTableModel(
                  this->document(), hook / "env",
                  {{tr("Name"), std::string(), Kind::EnvName}, {tr("Value"), std::string(), Kind::EnvValue}});
              model->setItemName(tr("variable"));
              auto *editor = new ArrayTableEditor(model, parent);
              model->setParent(editor);
              editor->setNewElement([] { return Json("NAME=value"); });
              CellFocusReporter::watch(editor->view(), this);
              return editor;
          },
          m_detail))
{
    for (const HookKind &kind : kKinds) {
        const QString name = QString::fromLatin1(kind.name);
        auto *item =
            new QListWidgetItem(name == QLatin1String("prestart") ? tr("%1 (deprecated)").arg(name) : name, m_kinds);
        item->setData(Qt::UserRole, name);
        item->setToolTip(tr(kind.when));
    }
    m_hooks->setTabPredecessor([this] { return m_kinds; });
    m_kinds->setObjectName(QStringLiteral("hookKinds"));
    m_kinds->setAccessibleName(tr("Hook kinds"));
    m_kinds->setAccessibleDescription(tr("When in a container's life the hooks run; the chosen kind's hooks show beside"));
    // As wide as the longest kind name, so the table gets the rest.
    int widest = 0;
    for (int row = 0; row < m_kinds->count(); ++row)
        widest = qMax(widest, m_kinds->fontMetrics().horizontalAdvance(m_kinds->item(row)->text()));
    m_kinds->setFixedWidth(widest + 2 * m_kinds->frameWidth() + m_kinds->fontMetrics().averageCharWidth() * 4);
    m_kinds->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("hookKindNote"));
    m_path->setObjectName(QStringLiteral("hookPath"));
    m_timeout->setObjectName(QStringLiteral("hookTimeout"));
    m_timeout->setPlaceholderText(tr("no timeout"));

    auto *kindsLabel = new QLabel(tr("&Kind:"), this);
    kindsLabel->setBuddy(m_kinds);
    auto *kindsColumn = new QVBoxLayout;
    kindsColumn->addWidget(kindsLabel);
    kindsColumn->addWidget(m_kinds);

    auto *intro = new QLabel(tr("Hooks are programs the runtime runs at points of the container's life. Each "
                                "gets the container's state as JSON on its standard input."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Path:"), m_path);
    form->addRow(tr("&Timeout (s):"), m_timeout);
    // Arguments and environment share the room as tabs: side by side, their
    // two rows of buttons made the page wider than a small window.
    auto *lists = new QTabWidget(m_detail);
    lists->setObjectName(QStringLiteral("hookLists"));
    auto *argsTab = new QWidget(lists);
    auto *argsLayout = new QVBoxLayout(argsTab);
    auto *argsNote = new QLabel(tr("The first argument is the program name."), argsTab);
    argsNote->setWordWrap(true);
    argsLayout->addWidget(argsNote);
    argsLayout->addWidget(m_args);
    lists->addTab(argsTab, tr("Ar&guments"));
    lists->addTab(m_env, tr("E&nvironment"));
    // Tab goes from the timeout to the tab bar, then into the list shown.
    auto *listTabs = lists->findChild<QTabBar *>();
    QWidget::setTabOrder(m_timeout, listTabs);
    m_args->setTabPredecessor([listTabs] { return listTabs; });
    m_env->setTabPredecessor([listTabs] { return listTabs; });
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->addLayout(form);
    detailLayout->addWidget(lists, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_hooks);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *rightColumn = new QVBoxLayout;
    rightColumn->addWidget(m_note);
    rightColumn->addWidget(splitter, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(kindsColumn);
    columns->addLayout(rightColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);

    addDetailBinder([this] { return m_currentHook ? m_currentHook->binder() : nullptr; });
    connect(m_kinds, &QListWidget::currentRowChanged, this, &HooksPage::showKind);
    m_kinds->setCurrentRow(1); // createRuntime: the first kind that is not deprecated
}

ArrayTableEditor *HooksPage::createHooksTable(const JsonPointer &kind, QWidget *parent)
{
    auto *model = new ArrayTableModel(
        document(), kind, {{tr("Path"), "path", Kind::Text, false}, {tr("Timeout (s)"), "timeout", Kind::Integer}});
    model->setItemName(tr("hook"));
    auto *editor = new ArrayTableEditor(model, parent);
    model->setParent(editor);
    editor->setObjectName(QStringLiteral("hooks"));
    editor->setNewElement([] { return Json::object({{"path", "/usr/bin/true"}}); });
    editor->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    editor->view()->horizontalHeader()->setStretchLastSection(false);
    CellFocusReporter::watch(editor->view(), this);

    auto *current = new CurrentRowBinding(model, editor->view(), m_detail);
    m_currentHook = current;
    connect(current, &CurrentRowBinding::fieldFocused, this, &EditorPage::fieldFocused);
    connect(current, &CurrentRowBinding::rowChanged, this, &EditorPage::remarkFindings);
    current->addRebind([this](FieldBinder *binder, const JsonPointer &hook) {
        binder->bindText(m_path, hook / "path", false);
        binder->bindInteger(m_timeout, hook / "timeout", 1);
        m_args->showElement(hook);
        m_env->showElement(hook);
    });
    // Show the first hook of the kind at once rather than an empty detail.
    if (model->rowCount() > 0)
        editor->view()->setCurrentIndex(model->index(0, 0));
    return editor;
}

void HooksPage::showKind(int row)
{
    if (row < 0 || row >= int(std::size(kKinds)))
        return;
    m_note->setText(tr(kKinds[row].when));
    m_hooks->showElement(kHooks / kKinds[row].name);
}

QString HooksPage::title() const
{
    return tr("Hooks");
}

QList<JsonPointer> HooksPage::coveredPointers() const
{
    return {kHooks};
}

QStringList HooksPage::kinds()
{
    QStringList result;
    for (const HookKind &kind : kKinds)
        result << QString::fromLatin1(kind.name);
    return result;
}

void HooksPage::setCurrentKind(const QString &kind)
{
    m_kinds->setCurrentRow(int(kinds().indexOf(kind)));
}

ArrayTableEditor *HooksPage::hooksTable() const
{
    return m_hooks->editor();
}

bool HooksPage::focusPointer(const JsonPointer &pointer)
{
    const std::vector<std::string> tokens = JsonUtil::tokens(pointer);
    if (tokens.empty() || tokens[0] != "hooks")
        return false;
    if (tokens.size() >= 2)
        setCurrentKind(JsonUtil::toQString(tokens[1]));
    ArrayTableEditor *table = hooksTable();
    if (tokens.size() >= 3 && table) {
        const QModelIndex index = table->model()->index(JsonUtil::arrayIndex(tokens[2]), 0);
        if (index.isValid())
            table->view()->setCurrentIndex(index);
    }
    if (tokens.size() >= 4 && tokens[3] == "path")
        m_path->setFocus(Qt::OtherFocusReason);
    else if (tokens.size() >= 4 && tokens[3] == "timeout")
        m_timeout->setFocus(Qt::OtherFocusReason);
    else if (table)
        table->view()->setFocus(Qt::OtherFocusReason);
    return true;
}
