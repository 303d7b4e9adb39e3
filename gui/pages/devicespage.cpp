// SPDX-License-Identifier: Apache-2.0
#include "devicespage.h"

#include "editors/cellfocusreporter.h"
#include "editors/choicedelegate.h"
#include "editors/octalmodedelegate.h"

#include "editors/arraytableeditor.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
using Kind = ArrayTableModel::Kind;
const JsonPointer kDevices("/linux/devices");
const JsonPointer kRules("/linux/resources/devices");
} // namespace

DevicesPage::DevicesPage(SpecDocument *document, QWidget *parent) : EditorPage(document, parent)
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createNodesGroup());
    splitter->addWidget(createRulesGroup());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

QWidget *DevicesPage::createNodesGroup()
{
    auto *group = new QGroupBox(tr("Device nodes"), this);
    auto *note = new QLabel(tr("The runtime creates these nodes inside the container. Type: c = character, "
                               "b = block, u = unbuffered character, p = FIFO. File modes are shown in octal."),
                            group);
    note->setWordWrap(true);
    auto *model = new ArrayTableModel(document(), kDevices,
                                      {{tr("Path"), "path", Kind::Text, false},
                                       {tr("Type"), "type", Kind::Text, false},
                                       {tr("Major"), "major", Kind::Integer},
                                       {tr("Minor"), "minor", Kind::Integer},
                                       {tr("File mode"), "fileMode", Kind::Integer},
                                       {tr("UID"), "uid", Kind::Integer},
                                       {tr("GID"), "gid", Kind::Integer}},
                                      this);
    model->setItemName(tr("device"));
    m_nodes = new ArrayTableEditor(model, group);
    m_nodes->setObjectName(QStringLiteral("deviceNodes"));
    // /dev/null: a device every container may have, so a new row is valid as it is.
    m_nodes->setNewElement([] {
        return Json::object({{"path", "/dev/null"},
                             {"type", "c"},
                             {"major", 1},
                             {"minor", 3},
                             {"fileMode", 0666},
                             {"uid", 0},
                             {"gid", 0}});
    });
    QTableView *view = m_nodes->view();
    view->setItemDelegateForColumn(NodeType, new ChoiceDelegate({"c", "b", "u", "p"}, view));
    view->setItemDelegateForColumn(NodeFileMode, new OctalModeDelegate(view));
    view->horizontalHeader()->setSectionResizeMode(NodePath, QHeaderView::Stretch);
    view->horizontalHeader()->setStretchLastSection(false);
    registerListView(kDevices, view);
    CellFocusReporter::watch(view, this);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(note);
    layout->addWidget(m_nodes);
    return group;
}

QWidget *DevicesPage::createRulesGroup()
{
    auto *group = new QGroupBox(tr("Device access rules (device cgroup)"), this);
    auto *note = new QLabel(tr("Rules apply in order; the last one that matches a device decides. Type a = all "
                               "devices; an empty major or minor matches every number. Access: r = read, "
                               "w = write, m = create the node."),
                            group);
    note->setWordWrap(true);
    auto *model = new ArrayTableModel(document(), kRules,
                                      {{tr("Allow"), "allow", Kind::Boolean},
                                       {tr("Type"), "type", Kind::Text},
                                       {tr("Major"), "major", Kind::Integer},
                                       {tr("Minor"), "minor", Kind::Integer},
                                       {tr("Access"), "access", Kind::Text}},
                                      this);
    model->setItemName(tr("device rule"));
    model->setLabelColumn(RuleAccess);
    m_rules = new ArrayTableEditor(model, group);
    m_rules->setObjectName(QStringLiteral("deviceRules"));
    // Deny everything: the usual first rule, which later rules open up.
    m_rules->setNewElement([] { return Json::object({{"allow", false}, {"access", "rwm"}}); });
    QTableView *view = m_rules->view();
    view->setItemDelegateForColumn(RuleType, new ChoiceDelegate({"a", "c", "b"}, view));
    // Short values: the columns only need their titles' width; Access takes the rest.
    for (int column = RuleAllow; column < RuleAccess; ++column)
        view->setColumnWidth(
            column, view->fontMetrics().horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + 32);
    registerListView(kRules, view);
    CellFocusReporter::watch(view, this);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(note);
    layout->addWidget(m_rules);
    return group;
}

QString DevicesPage::title() const
{
    return tr("Devices");
}

QList<JsonPointer> DevicesPage::coveredPointers() const
{
    return {kDevices, kRules};
}
