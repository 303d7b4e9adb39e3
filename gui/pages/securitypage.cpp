// SPDX-License-Identifier: Apache-2.0
#include "securitypage.h"

#include "ocispec/speccatalogue.h"

#include "editors/cellfocusreporter.h"
#include "editors/choicedelegate.h"
#include "editors/currentrowbinding.h"
#include "editors/nestedtableslot.h"
#include "editors/stringsetmodel.h"

#include "editors/arraytableeditor.h"
#include "editors/fieldbinder.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QTableView>
#include <QVBoxLayout>

namespace {

using Kind = ArrayTableModel::Kind;

int rowsHeight(const QAbstractItemView *view, int rows)
{
    return view->fontMetrics().height() * rows + view->frameWidth() * 2 + rows * 6;
}

} // namespace

SecurityPage::SecurityPage(SpecDocument *document, QWidget *parent) : FormEditorPage(document, parent)
{
    setColumns({createPathsGroup(), createSysctlGroup(), createMountGroup(), createPersonalityGroup(),
                createTimeOffsetsGroup(), createNetDevicesGroup()},
               {createSeccompGroup(), createIntelRdtGroup(), createMemoryPolicyGroup()},
               180); // the syscall rules table needs a wide column
}

QString SecurityPage::title() const
{
    return tr("Security");
}

QList<JsonPointer> SecurityPage::coveredPointers() const
{
    QList<JsonPointer> covered;
    for (const char *member : {"maskedPaths", "readonlyPaths", "sysctl", "seccomp", "rootfsPropagation", "mountLabel",
                               "personality", "intelRdt", "memoryPolicy", "timeOffsets", "netDevices"})
        covered << JsonPointer("/linux") / member;
    return covered;
}

QListView *SecurityPage::checkList(const QString &pointer) const
{
    for (QListView *view : m_checkLists) {
        if (view->objectName() == pointer)
            return view;
    }
    return nullptr;
}

QListView *SecurityPage::createCheckList(const char *pointer, const QString &itemName, QWidget *parent)
{
    // The catalogue lists the allowed values on the elements ("/linux/seccomp/flags/*").
    const QByteArray elements = QByteArray(pointer) + "/*";
    auto *model = new StringSetModel(document(), JsonPointer(pointer), allowedValues(elements.constData()), this);
    model->setItemName(itemName);
    auto *view = new QListView(parent);
    view->setObjectName(QString::fromLatin1(pointer));
    view->setModel(model);
    if (const FieldInfo *field = SpecCatalogue::instance().lookup(JsonPointer(pointer))) {
        view->setAccessibleName(SpecCatalogue::title(*field));
        view->setAccessibleDescription(SpecCatalogue::summary(*field));
    }
    // Short values side by side, wrapping into as many columns as fit.
    view->setFlow(QListView::LeftToRight);
    view->setWrapping(true);
    view->setResizeMode(QListView::Adjust);
    // One cell size for all, wide enough for the longest value and its check box.
    int widest = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        widest = qMax(widest, view->fontMetrics().horizontalAdvance(model->index(row).data().toString()));
    const int line = view->fontMetrics().height();
    view->setGridSize(QSize(widest + line * 3, line + 6));
    registerListView(JsonPointer(pointer), view);
    m_checkLists.append(view);
    return view;
}

QGroupBox *SecurityPage::createPathsGroup()
{
    auto *group = new QGroupBox(tr("Hidden and read-only paths"), content());
    auto *layout = new QGridLayout(group);
    auto *maskedLabel = new QLabel(tr("&Masked (hidden) paths:"), group);
    auto *readonlyLabel = new QLabel(tr("&Read-only paths:"), group);
    ArrayTableEditor *masked = createTable(
        "/linux/maskedPaths", tr("masked path"), {{tr("Path"), std::string(), Kind::Element}},
        [] { return Json("/proc/kcore"); }, group);
    ArrayTableEditor *readonly = createTable(
        "/linux/readonlyPaths", tr("read-only path"), {{tr("Path"), std::string(), Kind::Element}},
        [] { return Json("/proc/sys"); }, group);
    maskedLabel->setBuddy(masked->view());
    readonlyLabel->setBuddy(readonly->view());
    layout->addWidget(maskedLabel, 0, 0);
    layout->addWidget(readonlyLabel, 0, 1);
    layout->addWidget(masked, 1, 0);
    layout->addWidget(readonly, 1, 1);
    return group;
}

QGroupBox *SecurityPage::createSysctlGroup()
{
    auto *group = new QGroupBox(tr("Kernel parameters (sysctl)"), content());
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(createTable(
        "/linux/sysctl", tr("kernel parameter"),
        {{tr("Parameter"), std::string(), Kind::MemberKey}, {tr("Value"), std::string(), Kind::MemberValue}},
        [] { return Json(""); }, group));
    return group;
}

QGroupBox *SecurityPage::createMountGroup()
{
    auto *group = new QGroupBox(tr("Root filesystem"), content());
    auto *form = new QFormLayout(group);
    addChoiceField(form, tr("Root &propagation:"), "/linux/rootfsPropagation");
    addTextField(form, tr("SE&Linux mount label:"), "/linux/mountLabel");
    return group;
}

QGroupBox *SecurityPage::createPersonalityGroup()
{
    auto *group = new QGroupBox(tr("Personality"), content());
    auto *form = new QFormLayout(group);
    addChoiceField(form, tr("&Domain:"), "/linux/personality/domain");
    ArrayTableEditor *flags = createTable(
        "/linux/personality/flags", tr("personality flag"), {{tr("Flag"), std::string(), Kind::Element}},
        [] { return Json(""); }, group);
    form->addRow(tr("Fla&gs:"), flags);
    qobject_cast<QLabel *>(form->labelForField(flags))->setBuddy(flags->view());
    return group;
}

QGroupBox *SecurityPage::createTimeOffsetsGroup()
{
    auto *group = new QGroupBox(tr("Time namespace offsets"), content());
    auto *form = new QFormLayout(group);
    const qint64 min = std::numeric_limits<qint64>::min();
    const quint64 max = std::numeric_limits<qint64>::max();
    addIntegerField(form, tr("&Boot time (s):"), "/linux/timeOffsets/boottime/secs", min, max);
    addIntegerField(form, tr("Boot time (n&s):"), "/linux/timeOffsets/boottime/nanosecs", 0, 999999999);
    addIntegerField(form, tr("Mo&notonic (s):"), "/linux/timeOffsets/monotonic/secs", min, max);
    addIntegerField(form, tr("Monotoni&c (ns):"), "/linux/timeOffsets/monotonic/nanosecs", 0, 999999999);
    return group;
}

QGroupBox *SecurityPage::createNetDevicesGroup()
{
    auto *group = new QGroupBox(tr("Network devices moved into the container"), content());
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(createTable(
        "/linux/netDevices", tr("network device"),
        {{tr("Host interface"), std::string(), Kind::MemberKey}, {tr("Name in the container"), "name"}},
        [] { return Json::object(); }, group));
    return group;
}

QGroupBox *SecurityPage::createSeccompGroup()
{
    auto *group = new QGroupBox(tr("Seccomp system call filter"), content());
    auto *layout = new QVBoxLayout(group);
    auto *form = new QFormLayout;
    addChoiceField(form, tr("Default &action:"), "/linux/seccomp/defaultAction");
    addIntegerField(form, tr("Defa&ult errno:"), "/linux/seccomp/defaultErrnoRet");
    addTextField(form, tr("Listener soc&ket:"), "/linux/seccomp/listenerPath");
    addTextField(form, tr("Listener me&tadata:"), "/linux/seccomp/listenerMetadata");
    layout->addLayout(form);

    auto *lists = new QGridLayout;
    auto *archLabel = new QLabel(tr("Arc&hitectures:"), group);
    auto *flagsLabel = new QLabel(tr("&Flags:"), group);
    QListView *architectures = createCheckList("/linux/seccomp/architectures", tr("architecture"), group);
    QListView *flags = createCheckList("/linux/seccomp/flags", tr("seccomp flag"), group);
    architectures->setMinimumHeight(rowsHeight(architectures, 5));
    flags->setMinimumHeight(rowsHeight(flags, 2));
    flags->setMaximumHeight(rowsHeight(flags, 5));
    archLabel->setBuddy(architectures);
    flagsLabel->setBuddy(flags);
    lists->addWidget(archLabel, 0, 0);
    lists->addWidget(architectures, 1, 0);
    lists->addWidget(flagsLabel, 2, 0);
    lists->addWidget(flags, 3, 0);
    layout->addLayout(lists);

    const QStringList actions = allowedValues("/linux/seccomp/syscalls/*/action");
    auto *rulesLabel = new QLabel(tr("S&yscall rules (names separated by commas):"), group);
    m_syscalls = createTable(
        "/linux/seccomp/syscalls", tr("syscall rule"),
        {{tr("Names"), "names", Kind::StringList, false},
         {tr("Action"), "action", Kind::Text, false},
         {tr("Errno"), "errnoRet", Kind::Integer}},
        [] {
            return Json::object({{"names", Json::array({"getcwd"})}, {"action", "SCMP_ACT_ALLOW"}});
        },
        group);
    QTableView *rules = m_syscalls->view();
    rules->setItemDelegateForColumn(1, new ChoiceDelegate(actions, rules));
    // The names get the room; action and errno are short.
    rules->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    rules->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    rules->horizontalHeader()->setStretchLastSection(false);
    rules->setColumnWidth(1, rules->fontMetrics().horizontalAdvance(QStringLiteral("SCMP_ACT_KILL_PROCESS")) + 24);
    rules->setColumnWidth(2, rules->fontMetrics().horizontalAdvance(tr("Errno")) + 24);
    rulesLabel->setBuddy(m_syscalls->view());
    layout->addWidget(rulesLabel);
    layout->addWidget(m_syscalls);

    const QStringList operators = allowedValues("/linux/seccomp/syscalls/*/args/*/op");
    auto *argsLabel = new QLabel(tr("Argument cond&itions of the selected rule:"), group);
    m_syscallArgs = new NestedTableSlot(
        [this, operators](const JsonPointer &rule, QWidget *parent) {
            auto *model = new ArrayTableModel(document(), rule / "args",
                                              {{tr("Index"), "index", Kind::Integer},
                                               {tr("Value"), "value", Kind::Integer},
                                               {tr("Second value"), "valueTwo", Kind::Integer},
                                               {tr("Operator"), "op", Kind::Text, false}});
            model->setItemName(tr("argument condition"));
            auto *editor = new ArrayTableEditor(model, parent);
            model->setParent(editor);
            editor->setNewElement([] { return Json::object({{"index", 0}, {"value", 0}, {"op", "SCMP_CMP_EQ"}}); });
            editor->view()->setItemDelegateForColumn(3, new ChoiceDelegate(operators, editor->view()));
            editor->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
            CellFocusReporter::watch(editor->view(), this);
            return editor;
        },
        group);
    m_syscallArgs->setTabPredecessor([this] {
        const QList<QAbstractButton *> buttons = m_syscalls->findChildren<QAbstractButton *>();
        return buttons.isEmpty() ? static_cast<QWidget *>(m_syscalls->view()) : buttons.last();
    });
    layout->addWidget(argsLabel);
    layout->addWidget(m_syscallArgs);
    auto *current = new CurrentRowBinding(m_syscalls->model(), m_syscalls->view(), m_syscallArgs);
    current->addRebind([this, argsLabel](FieldBinder *, const JsonPointer &rule) {
        m_syscallArgs->showElement(rule);
        argsLabel->setBuddy(m_syscallArgs->editor()->view());
    });
    return group;
}

QGroupBox *SecurityPage::createIntelRdtGroup()
{
    auto *group = new QGroupBox(tr("Intel RDT"), content());
    auto *form = new QFormLayout(group);
    addTextField(form, tr("Class of ser&vice (CLOS) ID:"), "/linux/intelRdt/closID");
    addTextField(form, tr("L&3 cache schema:"), "/linux/intelRdt/l3CacheSchema");
    addTextField(form, tr("Memory band&width schema:"), "/linux/intelRdt/memBwSchema");
    addBoolField(form, tr("&Enable monitoring"), "/linux/intelRdt/enableMonitoring");
    return group;
}

QGroupBox *SecurityPage::createMemoryPolicyGroup()
{
    auto *group = new QGroupBox(tr("NUMA memory policy"), content());
    auto *form = new QFormLayout(group);
    addChoiceField(form, tr("M&ode:"), "/linux/memoryPolicy/mode");
    addTextField(form, tr("Nodes:"), "/linux/memoryPolicy/nodes");
    QListView *flags = createCheckList("/linux/memoryPolicy/flags", tr("memory policy flag"), group);
    flags->setMinimumHeight(rowsHeight(flags, 3));
    form->addRow(tr("Flags:"), flags);
    return group;
}
