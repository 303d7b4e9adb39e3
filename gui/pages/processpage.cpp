// SPDX-License-Identifier: Apache-2.0
#include "processpage.h"

#include "editors/choicedelegate.h"
#include "editors/processrlimitvaluedelegate.h"

#include "editors/arraytableeditor.h"
#include "editors/cellfocusreporter.h"
#include "editors/fieldbinder.h"
#include "document/specdocument.h"
#include "ocispec/speccatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const JsonPointer kArgs("/process/args");
const JsonPointer kEnv("/process/env");
const JsonPointer kRlimits("/process/rlimits");
const JsonPointer kAdditionalGids("/process/user/additionalGids");
const JsonPointer kSchedulerFlags("/process/scheduler/flags");

QString catalogueSummary(const JsonPointer &pointer)
{
    const FieldInfo *field = SpecCatalogue::instance().lookup(pointer);
    return field ? SpecCatalogue::summary(*field) : QString();
}

QStringList stringsAt(const SpecDocument *document, const JsonPointer &pointer)
{
    QStringList values;
    const Json *list = document->value(pointer);
    if (!list || !list->is_array())
        return values;
    for (const Json &item : *list)
        values << (item.is_string() ? JsonUtil::toQString(item.get_ref<const std::string &>())
                                    : JsonUtil::toDisplayString(item));
    return values;
}

} // namespace

ProcessPage::ProcessPage(SpecDocument *document, QWidget *parent) : EditorPage(document, parent)
{
    auto splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("processSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createFields());
    splitter->addWidget(createLists());
    // The forms need more width than the lists, which scroll sideways.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

QString ProcessPage::title() const
{
    return tr("Process");
}

QList<JsonPointer> ProcessPage::coveredPointers() const
{
    // Capabilities have their own tab, which the main window asks first.
    const QList<std::string> members = {"terminal",
                                        "consoleSize",
                                        "user",
                                        "args",
                                        "commandLine",
                                        "env",
                                        "cwd",
                                        "rlimits",
                                        "apparmorProfile",
                                        "noNewPrivileges",
                                        "oomScoreAdj",
                                        "selinuxLabel",
                                        "scheduler",
                                        "ioPriority",
                                        "execCPUAffinity"};
    QList<JsonPointer> pointers{JsonPointer("/process")};
    for (const std::string &member : members)
        pointers << JsonPointer("/process") / member;
    return pointers;
}

// --- field helpers ----------------------------------------------------------------

QLineEdit *ProcessPage::integerEdit(const char *objectName, const char *pointer, const QString &placeholder)
{
    auto edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    const JsonPointer target{std::string(pointer)};
    qint64 minimum = std::numeric_limits<qint64>::min();
    quint64 maximum = std::numeric_limits<quint64>::max();
    if (const FieldInfo *field = SpecCatalogue::instance().lookup(target)) {
        const IntBounds bounds = IntBounds::of(field->range);
        minimum = bounds.min;
        maximum = bounds.max;
        if (field->defaultValue && placeholder.isEmpty())
            edit->setPlaceholderText(tr("Default: %1").arg(QString::fromUtf8(field->defaultValue)));
    }
    if (!placeholder.isEmpty())
        edit->setPlaceholderText(placeholder);
    binder()->bindInteger(edit, target, minimum, maximum);
    return edit;
}

QLineEdit *ProcessPage::textEdit(const char *objectName, const char *pointer, const QString &placeholder,
                                 bool removeWhenEmpty)
{
    auto edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setPlaceholderText(placeholder);
    binder()->bindText(edit, JsonPointer(std::string(pointer)), removeWhenEmpty);
    return edit;
}

QComboBox *ProcessPage::choiceBox(const char *objectName, const char *pointer)
{
    auto box = new QComboBox(this);
    box->setObjectName(QString::fromLatin1(objectName));
    const JsonPointer target{std::string(pointer)};
    const FieldInfo *field = SpecCatalogue::instance().lookup(target);
    binder()->bindChoice(box, target, field ? SpecCatalogue::allowedValues(*field) : QStringList());
    return box;
}

void ProcessPage::watchFocus(QWidget *widget, const JsonPointer &pointer)
{
    m_customWidgets.insert(widget, pointer);
    registerField(pointer, widget);
    widget->installEventFilter(this);
    if (widget->toolTip().isEmpty())
        widget->setToolTip(catalogueSummary(pointer));
}

bool ProcessPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        const auto it = m_customWidgets.constFind(watched);
        if (it != m_customWidgets.constEnd())
            Q_EMIT fieldFocused(it.value());
    }
    return EditorPage::eventFilter(watched, event);
}

// --- the form side ------------------------------------------------------------------

QWidget *ProcessPage::createFields()
{
    auto content = new QWidget(this);
    auto layout = new QVBoxLayout(content);
    layout->addWidget(createCommandGroup());
    layout->addWidget(createUserGroup());
    layout->addWidget(createPrivilegesGroup());
    layout->addWidget(createSchedulerGroup());
    layout->addWidget(createIoPriorityGroup());
    layout->addWidget(createAffinityGroup());
    layout->addStretch();
    // Line edits would shrink to a few characters when the lists beside them
    // take the width; their hint ("e.g. 18 (octal 022)") must stay readable.
    const int longest = fontMetrics().averageCharWidth() * 22;
    for (QLineEdit *edit : content->findChildren<QLineEdit *>()) {
        const int hint = fontMetrics().horizontalAdvance(edit->placeholderText());
        edit->setMinimumWidth(qBound(fontMetrics().averageCharWidth() * 8, hint + 16, longest));
    }

    auto scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("processFieldsScroll"));
    scroll->setMinimumWidth(content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget *ProcessPage::createCommandGroup()
{
    auto group = new QGroupBox(tr("Command"), this);
    auto form = new QFormLayout(group);
    form->addRow(tr("Working &directory:"), textEdit("cwdEdit", "/process/cwd", tr("/ (must be absolute)"), false));
    auto terminal = new QCheckBox(tr("Allocate a &terminal"), group);
    terminal->setObjectName(QStringLiteral("terminalCheck"));
    binder()->bindBool(terminal, JsonPointer("/process/terminal"));
    form->addRow(terminal);
    form->addRow(tr("Console &columns:"), integerEdit("consoleWidthEdit", "/process/consoleSize/width", tr("Not set")));
    form->addRow(tr("Console &lines:"), integerEdit("consoleHeightEdit", "/process/consoleSize/height", tr("Not set")));
    return group;
}

QWidget *ProcessPage::createUserGroup()
{
    auto group = new QGroupBox(tr("User"), this);
    auto form = new QFormLayout(group);
    form->addRow(tr("User &ID:"), integerEdit("uidEdit", "/process/user/uid", tr("Required, e.g. 0 for root")));
    form->addRow(tr("&Group ID:"), integerEdit("gidEdit", "/process/user/gid", tr("Required, e.g. 0 for root")));
    form->addRow(tr("U&mask:"), createUmaskRow());
    form->addRow(tr("Additional gr&oups:"), createAdditionalGids());
    return group;
}

QWidget *ProcessPage::createUmaskRow()
{
    // The file holds the umask in decimal; people think of it in octal.
    auto row = new QWidget(this);
    auto layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    QLineEdit *umask = integerEdit("umaskEdit", "/process/user/umask", tr("e.g. 18 (octal 022)"));
    row->setFocusProxy(umask); // the form's label and its mnemonic lead here
    umask->setAccessibleName(tr("Umask"));
    auto octal = new QLabel(row);
    octal->setObjectName(QStringLiteral("umaskOctalLabel"));
    layout->addWidget(umask, 1);
    layout->addWidget(octal);
    binder()->addRefresher(octal, [this, octal] {
        const Json *value = document()->value(JsonPointer("/process/user/umask"));
        octal->setText(
            value && value->is_number_unsigned()
                ? tr("octal %1").arg(QString::number(value->get<quint64>(), 8).rightJustified(4, QLatin1Char('0')))
                : QString());
    });
    return row;
}

QLineEdit *ProcessPage::createAdditionalGids()
{
    m_additionalGids = new QLineEdit(this);
    m_additionalGids->setObjectName(QStringLiteral("additionalGidsEdit"));
    m_additionalGids->setPlaceholderText(tr("None; e.g. 10, 27"));
    static const QRegularExpression numbers(QStringLiteral("[0-9,\\s]*"));
    m_additionalGids->setValidator(new QRegularExpressionValidator(numbers, m_additionalGids));
    watchFocus(m_additionalGids, kAdditionalGids);
    binder()->addRefresher(m_additionalGids, [this] {
        // Leave half-typed text alone until the user is done with it.
        if (m_additionalGids->isModified())
            return;
        m_additionalGids->setText(stringsAt(document(), kAdditionalGids).join(QLatin1String(", ")));
    });
    connect(m_additionalGids, &QLineEdit::editingFinished, this, &ProcessPage::writeAdditionalGids);
    return m_additionalGids;
}

void ProcessPage::writeAdditionalGids()
{
    if (!m_additionalGids->isModified())
        return;
    m_additionalGids->setModified(false);
    Json list = Json::array();
    const QStringList parts =
        m_additionalGids->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const uint gid = part.toUInt(&ok);
        if (!ok) {
            m_additionalGids->setToolTip(tr("%1 is not a group ID (0 to 4294967295).").arg(part));
            return;
        }
        list.push_back(gid);
    }
    m_additionalGids->setToolTip(catalogueSummary(kAdditionalGids));
    const Json *current = document()->value(kAdditionalGids);
    if (current && *current == list)
        return;
    if (list.empty() && current)
        document()->removeValue(kAdditionalGids, tr("Clear additional group IDs"));
    else if (!list.empty())
        document()->setValue(kAdditionalGids, list, tr("Set additional group IDs"));
    m_additionalGids->setText(stringsAt(document(), kAdditionalGids).join(QLatin1String(", ")));
}

QWidget *ProcessPage::createPrivilegesGroup()
{
    auto group = new QGroupBox(tr("Privileges"), this);
    auto form = new QFormLayout(group);
    auto noNewPrivileges = new QCheckBox(tr("&No new privileges"), group);
    noNewPrivileges->setObjectName(QStringLiteral("noNewPrivilegesCheck"));
    binder()->bindBool(noNewPrivileges, JsonPointer("/process/noNewPrivileges"));
    form->addRow(noNewPrivileges);
    form->addRow(tr("AppArmor &profile:"),
                 textEdit("apparmorProfileEdit", "/process/apparmorProfile", tr("Runtime default")));
    form->addRow(tr("&SELinux label:"), textEdit("selinuxLabelEdit", "/process/selinuxLabel", tr("Not set")));
    form->addRow(tr("OOM score ad&justment:"),
                 integerEdit("oomScoreAdjEdit", "/process/oomScoreAdj", tr("Not set: inherited (-1000 to 1000)")));
    return group;
}

QWidget *ProcessPage::createSchedulerGroup()
{
    auto group = new QGroupBox(tr("Scheduler"), this);
    auto form = new QFormLayout(group);
    form->addRow(tr("Polic&y:"), choiceBox("schedulerPolicyBox", "/process/scheduler/policy"));
    form->addRow(tr("Nic&e value:"), integerEdit("schedulerNiceEdit", "/process/scheduler/nice"));
    form->addRow(tr("Priorit&y:"), integerEdit("schedulerPriorityEdit", "/process/scheduler/priority"));
    auto flagsLabel = new QLabel(tr("F&lags:"), this);
    QWidget *flags = createSchedulerFlags();
    if (!m_schedulerFlags.isEmpty())
        flagsLabel->setBuddy(m_schedulerFlags.first());
    form->addRow(flagsLabel, flags);
    form->addRow(tr("Runt&ime (ns):"), integerEdit("schedulerRuntimeEdit", "/process/scheduler/runtime"));
    form->addRow(tr("Dead&line (ns):"), integerEdit("schedulerDeadlineEdit", "/process/scheduler/deadline"));
    form->addRow(tr("Perio&d (ns):"), integerEdit("schedulerPeriodEdit", "/process/scheduler/period"));
    return group;
}

QWidget *ProcessPage::createSchedulerFlags()
{
    auto box = new QWidget(this);
    auto grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList flags = allowedValues("/process/scheduler/flags/*");
    for (const QString &flag : flags) {
        auto check = new QCheckBox(flag.mid(qstrlen("SCHED_FLAG_")), box);
        check->setObjectName(flag);
        watchFocus(check, kSchedulerFlags);
        connect(check, &QCheckBox::clicked, this, [this, flag](bool on) { toggleSchedulerFlag(flag, on); });
        grid->addWidget(check, int(m_schedulerFlags.size()), 0);
        m_schedulerFlags << check;
    }
    binder()->addRefresher(box, [this] {
        const QStringList present = stringsAt(document(), kSchedulerFlags);
        for (QCheckBox *check : std::as_const(m_schedulerFlags))
            check->setChecked(present.contains(check->objectName()));
    });
    return box;
}

void ProcessPage::toggleSchedulerFlag(const QString &flag, bool on)
{
    // Unknown flags in the file stay where they are.
    const Json *current = document()->value(kSchedulerFlags);
    Json flags = current && current->is_array() ? *current : Json::array();
    const std::string name = JsonUtil::toStd(flag);
    const auto it = std::find(flags.begin(), flags.end(), Json(name));
    if (on && it == flags.end())
        flags.push_back(name);
    else if (!on && it != flags.end())
        flags.erase(it);
    else
        return;
    const QString text = on ? tr("Set scheduler flag %1").arg(flag) : tr("Clear scheduler flag %1").arg(flag);
    if (flags.empty())
        document()->removeValue(kSchedulerFlags, text);
    else
        document()->setValue(kSchedulerFlags, flags, text);
}

QWidget *ProcessPage::createIoPriorityGroup()
{
    auto group = new QGroupBox(tr("I/O priority"), this);
    auto form = new QFormLayout(group);
    form->addRow(tr("Cl&ass:"), choiceBox("ioPriorityClassBox", "/process/ioPriority/class"));
    form->addRow(tr("I/O p&riority:"),
                 integerEdit("ioPriorityEdit", "/process/ioPriority/priority", tr("0 (highest) to 7 (lowest)")));
    return group;
}

QWidget *ProcessPage::createAffinityGroup()
{
    auto group = new QGroupBox(tr("CPU affinity when executing"), this);
    auto form = new QFormLayout(group);
    form->addRow(tr("I&nitial CPUs:"),
                 textEdit("affinityInitialEdit", "/process/execCPUAffinity/initial", tr("All CPUs; e.g. 0-3,7")));
    form->addRow(tr("&Final CPUs:"),
                 textEdit("affinityFinalEdit", "/process/execCPUAffinity/final", tr("All CPUs; e.g. 0-3,7")));
    return group;
}

// --- the list side -------------------------------------------------------------------

QWidget *ProcessPage::createLists()
{
    using Kind = ArrayTableModel::Kind;

    auto argsModel = new ArrayTableModel(document(), kArgs, {{tr("Argument"), std::string(), Kind::Element}}, this);
    argsModel->setItemName(tr("argument"));
    m_args = new ArrayTableEditor(argsModel, this);
    m_args->setObjectName(QStringLiteral("argsEditor"));
    m_args->setNewElement([] { return Json(""); });

    auto envModel = new ArrayTableModel(
        document(), kEnv, {{tr("Name"), std::string(), Kind::EnvName}, {tr("Value"), std::string(), Kind::EnvValue}},
        this);
    envModel->setItemName(tr("variable"));
    m_env = new ArrayTableEditor(envModel, this);
    m_env->setObjectName(QStringLiteral("envEditor"));
    m_env->setNewElement([] { return Json("NAME="); });

    auto rlimitsModel = new ArrayTableModel(document(), kRlimits,
                                            {{tr("Type"), "type", Kind::Text, false},
                                             {tr("Soft limit"), "soft", Kind::Integer, false},
                                             {tr("Hard limit"), "hard", Kind::Integer, false}},
                                            this);
    rlimitsModel->setItemName(tr("resource limit"));
    m_rlimits = new ArrayTableEditor(rlimitsModel, this);
    m_rlimits->setObjectName(QStringLiteral("rlimitsEditor"));
    const QStringList rlimitTypes = allowedValues("/process/rlimits/*/type");
    m_rlimits->setNewElement([this, rlimitTypes] {
        // Offer the first kind of limit the process does not have yet.
        const Json *list = document()->value(kRlimits);
        QString type = rlimitTypes.value(0);
        for (const QString &candidate : rlimitTypes) {
            const bool taken = list && list->is_array() && std::any_of(list->begin(), list->end(), [&](const Json &e) {
                                   return e.is_object() && e.value("type", Json()) == Json(JsonUtil::toStd(candidate));
                               });
            if (!taken) {
                type = candidate;
                break;
            }
        }
        return Json::object({{"type", JsonUtil::toStd(type)}, {"hard", 1024}, {"soft", 1024}});
    });
    QTableView *rlimitsView = m_rlimits->view();
    rlimitsView->setItemDelegateForColumn(0, new ChoiceDelegate(rlimitTypes, rlimitsView));
    auto valueDelegate = new ProcessRlimitValueDelegate(rlimitsView);
    rlimitsView->setItemDelegateForColumn(1, valueDelegate);
    rlimitsView->setItemDelegateForColumn(2, valueDelegate);
    rlimitsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("processListsSplitter"));
    splitter->setChildrenCollapsible(false);
    const QList<QPair<QString, ArrayTableEditor *>> groups = {
        {tr("Ar&guments"), m_args}, {tr("En&vironment"), m_env}, {tr("Resource limi&ts"), m_rlimits}};
    const QList<JsonPointer> containers = {kArgs, kEnv, kRlimits};
    for (qsizetype i = 0; i < groups.size(); ++i) {
        auto group = new QGroupBox(groups[i].first, splitter);
        auto layout = new QVBoxLayout(group);
        layout->addWidget(groups[i].second);
        registerListView(containers[i], groups[i].second->view());
        CellFocusReporter::watch(groups[i].second->view(), this);
        splitter->addWidget(group);
    }
    return splitter;
}
