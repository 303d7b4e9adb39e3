// SPDX-License-Identifier: Apache-2.0
#include "resourcespage.h"

#include "editors/bytesizeedit.h"

#include "editors/arraytableeditor.h"
#include "editors/fieldbinder.h"
#include "document/specdocument.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

using Kind = ArrayTableModel::Kind;
const JsonPointer kResources("/linux/resources");
const JsonPointer kCgroupsPath("/linux/cgroupsPath");
constexpr quint64 kUInt16Max = std::numeric_limits<quint16>::max();
constexpr quint64 kUInt32Max = std::numeric_limits<quint32>::max();

} // namespace

ResourcesPage::ResourcesPage(SpecDocument *document, QWidget *parent) : FormEditorPage(document, parent)
{
    // The scalar limits on the left, the tables on the right.
    setColumns(
        {createCgroupGroup(), createMemoryGroup(), createCpuGroup(), createPidsGroup()},
        {createBlockIoGroup(), createHugepagesGroup(), createNetworkGroup(), createRdmaGroup(), createUnifiedGroup()});
}

QString ResourcesPage::title() const
{
    return tr("Resources");
}

QList<JsonPointer> ResourcesPage::coveredPointers() const
{
    // Device rules live on the Devices tab.
    QList<JsonPointer> covered{kCgroupsPath};
    for (const char *member : {"memory", "cpu", "pids", "blockIO", "hugepageLimits", "network", "rdma", "unified"})
        covered << kResources / member;
    return covered;
}

ByteSizeEdit *ResourcesPage::byteSizeEdit(const QString &pointer) const
{
    for (ByteSizeEdit *edit : m_byteSizes) {
        if (JsonUtil::pointerString(edit->pointer()) == pointer)
            return edit;
    }
    return nullptr;
}

QString ResourcesPage::coresText(const Json *quota, const Json *period)
{
    if (!quota || !period || !quota->is_number_integer() || !period->is_number_integer())
        return QString();
    const long double q = quota->get<long double>();
    const long double p = period->get<long double>();
    if (q < 0)
        return tr("no CPU limit");
    if (p <= 0)
        return QString();
    const double cores = double(q / p);
    return tr("= %1 cores").arg(QLocale().toString(cores, 'g', 4));
}

ByteSizeEdit *ResourcesPage::addByteSize(QFormLayout *form, const QString &label, const char *pointer, bool unlimited)
{
    auto *edit = new ByteSizeEdit(document(), JsonPointer(pointer), form->parentWidget());
    registerField(JsonPointer(pointer), edit);
    edit->setObjectName(QString::fromLatin1(pointer));
    edit->setUnlimitedAllowed(unlimited);
    connect(edit, &ByteSizeEdit::fieldFocused, this, &EditorPage::fieldFocused);
    form->addRow(label, edit);
    m_byteSizes.append(edit);
    return edit;
}

QGroupBox *ResourcesPage::createCgroupGroup()
{
    auto *group = new QGroupBox(tr("Control group"), content());
    auto *form = new QFormLayout(group);
    QLineEdit *path = addTextField(form, tr("Cgroup p&ath:"), "/linux/cgroupsPath");
    path->setPlaceholderText(tr("chosen by the runtime"));
    return group;
}

QGroupBox *ResourcesPage::createMemoryGroup()
{
    auto *group = new QGroupBox(tr("Memory"), content());
    auto *form = new QFormLayout(group);
    addByteSize(form, tr("&Limit:"), "/linux/resources/memory/limit", true);
    addByteSize(form, tr("&Reservation:"), "/linux/resources/memory/reservation", true);
    addByteSize(form, tr("Memory + s&wap:"), "/linux/resources/memory/swap", true);
    addIntegerField(form, tr("Swapp&iness:"), "/linux/resources/memory/swappiness", 0, 100);
    addByteSize(form, tr("&Kernel:"), "/linux/resources/memory/kernel", true);
    addByteSize(form, tr("Kernel &TCP:"), "/linux/resources/memory/kernelTCP", true);
    addBoolField(form, tr("Disable the &OOM killer"), "/linux/resources/memory/disableOOMKiller");
    addBoolField(form, tr("Account child cgroups (use hierarch&y)"), "/linux/resources/memory/useHierarchy");
    addBoolField(form, tr("Refuse a limit below &current usage on update"),
                 "/linux/resources/memory/checkBeforeUpdate");
    return group;
}

QGroupBox *ResourcesPage::createCpuGroup()
{
    auto *group = new QGroupBox(tr("CPU"), content());
    auto *form = new QFormLayout(group);
    addIntegerField(form, tr("S&hares:"), "/linux/resources/cpu/shares", 0);
    addIntegerField(form, tr("&Quota (µs):"), "/linux/resources/cpu/quota");
    addIntegerField(form, tr("P&eriod (µs):"), "/linux/resources/cpu/period", 0);
    m_cores = new QLabel(group);
    m_cores->setObjectName(QStringLiteral("cores"));
    form->addRow(QString(), m_cores);
    binder()->addRefresher(m_cores, [this] {
        m_cores->setText(coresText(document()->value(kResources / "cpu" / "quota"),
                                   document()->value(kResources / "cpu" / "period")));
    });
    addIntegerField(form, tr("&Burst (µs):"), "/linux/resources/cpu/burst", 0);
    addTextField(form, tr("CP&Us:"), "/linux/resources/cpu/cpus")->setPlaceholderText(tr("e.g. 0-3,7"));
    addTextField(form, tr("Memory &nodes:"), "/linux/resources/cpu/mems")->setPlaceholderText(tr("e.g. 0-1"));
    addIntegerField(form, tr("Real-time runti&me (µs):"), "/linux/resources/cpu/realtimeRuntime");
    addIntegerField(form, tr("Real-time &period (µs):"), "/linux/resources/cpu/realtimePeriod", 0);
    addIntegerField(form, tr("I&dle:"), "/linux/resources/cpu/idle", 0, 1);
    return group;
}

QGroupBox *ResourcesPage::createPidsGroup()
{
    auto *group = new QGroupBox(tr("Processes"), content());
    auto *form = new QFormLayout(group);
    addIntegerField(form, tr("Ma&ximum number of processes:"), "/linux/resources/pids/limit");
    return group;
}

QGroupBox *ResourcesPage::createBlockIoGroup()
{
    auto *group = new QGroupBox(tr("Block I/O"), content());
    auto *layout = new QVBoxLayout(group);
    auto *form = new QFormLayout;
    addIntegerField(form, tr("Wei&ght:"), "/linux/resources/blockIO/weight", 0, kUInt16Max);
    addIntegerField(form, tr("Lea&f weight:"), "/linux/resources/blockIO/leafWeight", 0, kUInt16Max);
    layout->addLayout(form);

    // Five device tables would make the page very long; they share tabs.
    auto *tabs = new QTabWidget(group);
    const auto device = [] { return Json::object({{"major", 8}, {"minor", 0}}); };
    const auto rateDevice = [] { return Json::object({{"major", 8}, {"minor", 0}, {"rate", 0}}); };
    const QList<ArrayTableModel::Column> rateColumns{{tr("Major"), "major", Kind::Integer},
                                                     {tr("Minor"), "minor", Kind::Integer},
                                                     {tr("Rate"), "rate", Kind::Integer}};
    tabs->addTab(createTable("/linux/resources/blockIO/weightDevice", tr("device weight"),
                             {{tr("Major"), "major", Kind::Integer},
                              {tr("Minor"), "minor", Kind::Integer},
                              {tr("Weight"), "weight", Kind::Integer},
                              {tr("Leaf weight"), "leafWeight", Kind::Integer}},
                             device, tabs),
                 tr("Weight per device"));
    tabs->addTab(
        createTable("/linux/resources/blockIO/throttleReadBpsDevice", tr("read limit"), rateColumns, rateDevice, tabs),
        tr("Read bytes/s"));
    tabs->addTab(createTable("/linux/resources/blockIO/throttleWriteBpsDevice", tr("write limit"), rateColumns,
                             rateDevice, tabs),
                 tr("Write bytes/s"));
    tabs->addTab(
        createTable("/linux/resources/blockIO/throttleReadIOPSDevice", tr("read limit"), rateColumns, rateDevice, tabs),
        tr("Read ops/s"));
    tabs->addTab(createTable("/linux/resources/blockIO/throttleWriteIOPSDevice", tr("write limit"), rateColumns,
                             rateDevice, tabs),
                 tr("Write ops/s"));
    layout->addWidget(tabs);
    return group;
}

QGroupBox *ResourcesPage::createHugepagesGroup()
{
    auto *group = new QGroupBox(tr("Huge pages"), content());
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(createTable(
        "/linux/resources/hugepageLimits", tr("huge page limit"),
        {{tr("Page size"), "pageSize"}, {tr("Limit (bytes)"), "limit", Kind::Integer}},
        [] {
            return Json::object({{"pageSize", "2MB"}, {"limit", 0}});
        },
        group));
    return group;
}

QGroupBox *ResourcesPage::createNetworkGroup()
{
    auto *group = new QGroupBox(tr("Network"), content());
    auto *layout = new QVBoxLayout(group);
    auto *form = new QFormLayout;
    addIntegerField(form, tr("Cla&ss ID:"), "/linux/resources/network/classID", 0, kUInt32Max);
    layout->addLayout(form);
    layout->addWidget(createTable(
        "/linux/resources/network/priorities", tr("interface priority"),
        {{tr("Interface"), "name"}, {tr("Priority"), "priority", Kind::Integer}},
        [] {
            return Json::object({{"name", "eth0"}, {"priority", 0}});
        },
        group));
    return group;
}

QGroupBox *ResourcesPage::createRdmaGroup()
{
    auto *group = new QGroupBox(tr("RDMA"), content());
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(createTable(
        "/linux/resources/rdma", tr("RDMA device"),
        {{tr("Device"), std::string(), Kind::MemberKey},
         {tr("HCA handles"), "hcaHandles", Kind::Integer},
         {tr("HCA objects"), "hcaObjects", Kind::Integer}},
        [] { return Json::object(); }, group));
    return group;
}

QGroupBox *ResourcesPage::createUnifiedGroup()
{
    auto *group = new QGroupBox(tr("Unified (cgroup v2 files)"), content());
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(createTable(
        "/linux/resources/unified", tr("cgroup file"),
        {{tr("File"), std::string(), Kind::MemberKey}, {tr("Value"), std::string(), Kind::MemberValue}},
        [] { return Json(""); }, group));
    return group;
}
